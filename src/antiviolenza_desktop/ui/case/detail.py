"""One case: its code and stage in the header, and the referral form in read mode in tabs.

"Modifica" turns the same `CaseForm` editable and saves through `update_case`; after a save
the case is read back from the store, so what she sees is what was written. Later issues add
their tabs to `tabs` (the project, the diary...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations import case_reading
from antiviolenza_desktop.services.intake import CaseView
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.assessment.view import AssessmentTab
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.consents_tab import CaseConsentsTab
from antiviolenza_desktop.ui.case.erasure import CaseErasureButton, erased_notice
from antiviolenza_desktop.ui.case.form import CaseForm
from antiviolenza_desktop.ui.case.funds_tab import CaseFundsTab
from antiviolenza_desktop.ui.case.history_view import CaseOverview
from antiviolenza_desktop.ui.case.referrals_tab import CaseReferralsTab
from antiviolenza_desktop.ui.case.transfer_dialog import CaseTransferButton, transfer_notice
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.print_menu import PrintButton
from antiviolenza_desktop.ui.project.view import ProjectTab
from antiviolenza_desktop.ui.read_only_look import READ_ONLY_BANNER_STYLE
from antiviolenza_desktop.ui.role_visibility import case_tabs, permissions
from antiviolenza_desktop.ui.widgets import ErrorLabel


class CaseDetail(QWidget):
    """`back_requested` for "Torna all'elenco", `saved(case_id)` after an edit is stored,
    `open_case_requested(case_id)` when the duplicate dialog asks for another case,
    `erased_shown(case_id)` once her editors are emptied after an erasure."""

    back_requested = Signal()
    saved = Signal(int)
    open_case_requested = Signal(int)
    erased_shown = Signal(int)

    def __init__(
        self, opened: OpenStore, clipboard: ClipboardGuard, runner: BackgroundRunner
    ) -> None:
        super().__init__()
        self._opened = opened
        self.view: CaseView | None = None
        self.refusal: AppError | None = None  # why the last case asked for did not open
        self._erased = False
        self._build_header()
        self.edit_button = QPushButton(self.tr("&Modifica"))
        self.back_button = QPushButton(self.tr("&Torna all'elenco"))
        self.print_button = PrintButton(
            opened, runner, lambda: self.view.case_id if self.view else None
        )
        self.erase_button = CaseErasureButton(opened, runner)
        self.transfer_button = CaseTransferButton(opened, runner)
        self._build_tabs(opened, clipboard, runner)
        self._lay_out()
        self._connect()

    def _build_header(self) -> None:
        """The case's title and subtitle, the notice and error lines, the read-only banner."""
        self.title = QLabel(objectName="caseTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(objectName="caseSubtitle")
        self.notice = QLabel(objectName="noticeLabel", wordWrap=True)
        self.notice.setStyleSheet("color: #1b5e20;")
        self.error = ErrorLabel()
        self.read_only_hint = QLabel(objectName="readOnlyBanner")
        self.read_only_hint.setStyleSheet(READ_ONLY_BANNER_STYLE)

    def _build_tabs(
        self, opened: OpenStore, clipboard: ClipboardGuard, runner: BackgroundRunner
    ) -> None:
        """The case form's tabs, with the overview first and assessment, project, funds after."""
        self.form = CaseForm(opened, clipboard, runner, tabbed=True)
        self.form.set_read_only(True)
        assert self.form.tabs is not None
        self.tabs = self.form.tabs
        self.referral_pages = (self.tabs.widget(0), self.tabs.widget(1))
        self.overview = CaseOverview(opened)
        self.tabs.insertTab(0, self.overview, self.tr("Pa&noramica"))
        self.tabs.setCurrentIndex(0)
        self.assessment_tab = AssessmentTab(opened, runner)
        self.project_tab = ProjectTab(opened, runner)
        self.tabs.addTab(self.assessment_tab, self.tr("&Valutazione"))
        self.tabs.addTab(self.project_tab, self.tr("&Progetto"))
        self.funds_tab = CaseFundsTab(opened, runner)
        self.tabs.addTab(self.funds_tab, self.tr("&Fondi"))
        self.consents_tab = CaseConsentsTab(opened, runner)
        self.tabs.addTab(self.consents_tab, self.tr("&Consensi"))
        self.referrals_tab = CaseReferralsTab(opened, runner)
        self.tabs.addTab(self.referrals_tab, self.tr("&Invii"))

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(self._sync_header)
        self.tabs.currentChanged.connect(self._reload_funds)
        self.edit_button.clicked.connect(self.start_editing)
        self.back_button.clicked.connect(self.back_requested)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self._cancel_editing)
        self.form.open_existing.connect(self.open_case_requested)
        self.erase_button.erased.connect(self._saved_quietly)
        self.transfer_button.transferred.connect(self._transferred)
        self.transfer_button.editing = self.has_unsaved_work
        self.print_button.confirmed.connect(self._show_notice)
        self.overview.jump_requested.connect(self._jump_to)
        self.tabs.currentChanged.connect(self._reload_overview)
        self.consents_tab.changed.connect(self._reload_after_consent)

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.read_only_hint)
        header.addWidget(self.edit_button)
        header.addWidget(self.print_button)
        header.addWidget(self.transfer_button)
        header.addWidget(self.erase_button)
        header.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.form, 1)

    def open_case(self, case_id: int, notice: str = "") -> bool:
        """Read the case from the store and show it in read mode; False when it is gone or
        its reading could not be audited (then nothing of hers is shown, only why)."""
        try:
            view = case_reading.open_case(self._opened, case_id)
        except AppError as refused:
            self.clear()
            self.refusal = refused
            self.error.show_error(error_text(refused))
            return False
        except Exception:
            self.clear()  # the previous case must not stay on screen either
            raise
        self.error.clear_error()
        self.refusal = None
        self._show(view)
        held = permissions(self._opened)
        for tab, needed in case_tabs(self).items():  # a tab her role does not see stays unread
            if needed in held:
                tab.load(case_id)
        self.consents_tab.load(case_id)
        self.referrals_tab.load(case_id)
        self.overview.load(case_id)
        erased = erased_notice(self.erase_button.load(case_id))
        note = self.transfer_button.load(case_id, view.code, erased=bool(erased))
        locked = bool(erased) or note.sent_to is not None
        for editable in (self.edit_button, self.assessment_tab, self.project_tab):
            editable.setEnabled(not locked)
        self.consents_tab.set_writable(not locked)
        self.referrals_tab.set_writable(not locked)
        self._say_read_only(erased=bool(erased), transferred=note.sent_to is not None)
        if locked:
            self.form.hide_issues()
        moved = transfer_notice(note)
        notice = "\n".join(line for line in (erased, moved, notice) if line)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        return True

    def _show(self, view: CaseView) -> None:
        self.view = view
        draft = view.draft
        self.form.load(view)
        self.form.notice.clear()
        self.form.set_read_only(True)
        self.form.cancel_button.hide()
        self.edit_button.show()
        self.read_only_hint.show()
        self.title.setText(self.tr("Scheda %1").replace("%1", view.code))
        stage = QCoreApplication.translate("intake_options", opt.label_of(opt.STAGES, draft.stage))
        name = " ".join(part for part in (draft.first_name, draft.last_name) if part)
        path = (
            self.tr("fase: %1 · segnalata il %2")
            .replace("%1", stage)
            .replace("%2", format_date(draft.referral_date))
        )
        self.subtitle.setText(f"{name} · {path}" if name else path)
        self._sync_header(self.tabs.currentIndex())

    def _say_read_only(self, *, erased: bool, transferred: bool = False) -> None:
        """The banner beside «Modifica»: why the fields cannot be typed into (an erased or a
        transferred case: on every tab)."""
        self._erased = erased or transferred
        if transferred and not erased:
            self.read_only_hint.setText(self.tr("Sola lettura: caso trasferito"))
            self.read_only_hint.setToolTip(
                self.tr("Il caso è passato a un altro Ambito; qui resta com'era al trasferimento.")
            )
        elif erased:
            self.read_only_hint.setText(self.tr("Sola lettura: dati personali eliminati"))
            self.read_only_hint.setToolTip(
                self.tr("Restano il codice, le date e gli importi; la scheda non si modifica più.")
            )
        else:
            self.read_only_hint.setText(self.tr("Sola lettura"))
            self.read_only_hint.setToolTip(self.tr("Premi «Modifica» per cambiare la scheda."))
        self._sync_header(self.tabs.currentIndex())

    def _sync_header(self, index: int) -> None:
        """ "Modifica" edits the referral: offer it on the referral's own tabs and on the
        overview (it opens Anagrafica)."""
        on_referral = self.tabs.widget(index) in (self.overview, *self.referral_pages)
        not_editing = self.form.cancel_button.isHidden()
        self.edit_button.setVisible(on_referral and not_editing and self.view is not None)
        self.read_only_hint.setVisible((on_referral and not_editing) or self._erased)

    def _reload_funds(self, index: int) -> None:
        """A validation on the Progetto tab changes her commitments: read them on arrival."""
        if self.tabs.widget(index) is self.funds_tab and self.view is not None:
            self.funds_tab.load(self.view.case_id)

    def start_editing(self) -> None:
        """Make the form editable and put the keyboard on the first field of the open tab."""
        if self.view is None:
            return
        if self.tabs.currentWidget() is self.overview:
            self.tabs.setCurrentWidget(self.referral_pages[0])
        self.form.set_read_only(False)
        self.form.cancel_button.show()
        self.edit_button.hide()
        self.read_only_hint.hide()
        self.notice.hide()
        s = self.form.sections
        first = (
            s.first_name if self.tabs.currentWidget() is self.referral_pages[0] else s.referral_date
        )
        first.setFocus()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _reload_overview(self, index: int) -> None:
        """What was saved on another tab (an assessment, a payment) shows on coming back."""
        if self.tabs.widget(index) is self.overview and self.view is not None:
            self.overview.load(self.view.case_id)

    def _jump_to(self, tab: str) -> None:
        """A double-click on the overview opens the tab where that item lives."""
        anagrafica, referral = self.referral_pages
        pages = {"anagrafica": anagrafica, "referral": referral, "funds": self.funds_tab}
        pages |= {"assessment": self.assessment_tab, "project": self.project_tab}
        pages["consents"] = self.consents_tab
        pages["referrals"] = self.referrals_tab
        self.tabs.setCurrentWidget(pages[tab])

    def _reload_after_consent(self) -> None:
        """A withdrawn sharing consent clears the referral form's tick: read her record back
        (an audited reading, like any opening) unless the form is being edited."""
        if self.view is not None and self.form.cancel_button.isHidden():
            self.open_case(self.view.case_id)

    def _cancel_editing(self) -> None:
        if self.view is not None:
            self._show(self.view)

    def _saved(self, case_id: int) -> None:
        self.open_case(case_id, self.form.notice.text())
        self.saved.emit(case_id)

    def has_unsaved_work(self) -> bool:
        """Something typed about her is not saved: the referral form, an assessment or the
        project being edited."""
        editor = self.assessment_tab.editor
        assessing = editor is not None and self.assessment_tab.pages.currentWidget() is editor
        return (
            self.form.unsaved_value() is not None
            or (assessing and editor is not None and editor.unsaved_value() is not None)
            or self.project_tab.unsaved_value() is not None
        )

    def _transferred(self, case_id: int, what_to_do: str) -> None:
        """Her case went to another Ambito: read back read-only, with where the file is."""
        self.open_case(case_id, notice=what_to_do)
        self.saved.emit(case_id)

    def _saved_quietly(self, case_id: int) -> None:
        """After an erasure: the tombstone is read back, and the lists refresh."""
        self.show_erased(case_id)
        self.saved.emit(case_id)

    def show_erased(self, case_id: int) -> None:
        """Her case was erased (here or from «Conservazione dei dati»): if it is on screen,
        what was being typed about her goes from every editor (the assessment, the project,
        the referral) and the tombstone is read back, so none of it is kept as a draft."""
        if self.view is None or self.view.case_id != case_id:
            return
        self.assessment_tab.clear()
        self.project_tab.clear()
        self.open_case(case_id)
        self.erased_shown.emit(case_id)

    def clear(self) -> None:
        """Forget the case: empty the form and the header (called when the store locks)."""
        self.view = None
        self.form.clear()
        self.form.set_read_only(True)
        self.assessment_tab.clear()
        self.project_tab.clear()
        self.funds_tab.clear()
        self.consents_tab.clear()
        self.referrals_tab.clear()
        self.overview.clear()
        self.erase_button.load(None)
        for label in (self.title, self.subtitle, self.notice):
            label.clear()
        self.error.clear_error()
