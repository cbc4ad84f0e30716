"""The referral form (scheda di segnalazione): new referrals and editing a case.

The form checks as she types: every change (debounced by 200 ms) rebuilds the `CaseDraft`
and runs the domain's `validate_case`, and each issue appears under its field. Errors about
empty fields wait until she has left the field or tried to save. Saving runs the intake
service on the background runner, so the window never freezes on the encrypted store; a
possible duplicate opens a dialog that can open the existing case or save anyway.

One page with every section for a new referral; two tabs ("Anagrafica", "Segnalazione")
when the case detail hosts it, where it starts read-only.

`unsaved_value` (what differs from what was loaded) and `restore_unsaved` let a lock keep what
she typed as a draft and put it back after unlocking (`ui.workspace_drafts`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.codice_fiscale import cf_problem
from antiviolenza_desktop.domain.case.intake import (
    CaseDraft,
    CaseHasErrors,
    FieldIssue,
    StageChangeRefused,
    allowed_next_stages,
    derived_birth_date,
    normalise_cf,
    stage_path,
    validate_case,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.case_intake import save_case
from antiviolenza_desktop.services.documents import to_document
from antiviolenza_desktop.services.form_drafts import fingerprint
from antiviolenza_desktop.services.intake import CaseView, PossibleDuplicate, SavedCase
from antiviolenza_desktop.services.municipalities import municipalities, municipality_codes
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_dialogs import DuplicateDialog
from antiviolenza_desktop.ui.case.form_draft import COUNTRY_CITIZENSHIPS, read_draft, write_draft
from antiviolenza_desktop.ui.case.form_fields import ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_issues import focus_first_error, show_issues
from antiviolenza_desktop.ui.case.form_pages import FormPages
from antiviolenza_desktop.ui.case.form_saving import saved_notice
from antiviolenza_desktop.ui.case.form_sections import CaseFormSections
from antiviolenza_desktop.ui.case.form_slots import TouchTracker
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.read_only_look import show_read_only
from antiviolenza_desktop.ui.widgets import ErrorLabel

CHECK_DEBOUNCE_MS = 200


class CaseForm(QWidget):
    """The referral form; `saved(case_id)` after a save, `open_existing(case_id)` from the
    duplicate dialog, `cancelled` when she drops her edits of an existing case."""

    saved = Signal(int)
    open_existing = Signal(int)
    cancelled = Signal()

    def __init__(
        self,
        opened: OpenStore,
        clipboard: ClipboardGuard,
        runner: BackgroundRunner,
        *,
        tabbed: bool = False,
    ) -> None:
        super().__init__()
        self._opened, self._clipboard, self._runner = opened, clipboard, runner
        cavs = load_default_programme().cav
        self._cav_codes = tuple(cav.code for cav in cavs)
        self._guard = ReadOnlyGuard(self)
        self.sections = CaseFormSections(cavs, municipalities(), self._guard)
        self.case_id: int | None = None
        self.read_only = False
        self.issues: list[FieldIssue] = []
        self.duplicate_dialog: DuplicateDialog | None = None
        self._attempted = self._loading = self._saving = self._birth_from_cf = False
        self._generation = 0
        self._debounce = QTimer(self, singleShot=True, interval=CHECK_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.validate_now)
        self._tracker = TouchTracker(self._debounce.start, self)
        for slot in self.sections.slots.values():
            self._tracker.watch(slot)
        self.pages = FormPages(self.sections, tabbed=tabbed)
        self.tabs = self.pages.tabs
        self._build_action_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages.widget, 1)
        layout.addWidget(self.action_bar)
        self._connect_changes()
        self._add_save_shortcut()
        self._refresh_dependent_fields()
        self._loaded = read_draft(self.sections)
        # The draft as loaded (JSON): what counts as "no unsaved changes".
        self._shown = to_document(self._loaded)
        runner.busy_changed.connect(self._runner_busy)

    def _add_save_shortcut(self) -> None:
        """Ctrl+S anywhere in the form saves it."""
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    def _runner_busy(self, busy: bool) -> None:
        """An unexpected failure goes to the error hook, not to `_refused`: unlock Save anyway."""
        if not busy and self._saving:
            self._set_saving(False)

    def _build_action_bar(self) -> None:
        self.action_bar = QWidget()
        self.notice = QLabel(objectName="noticeLabel", wordWrap=True)
        self.notice.setStyleSheet("color: #1b5e20;")
        self.form_error = ErrorLabel()
        self.cancel_button = QPushButton(self.tr("Annulla le modifiche"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.cancel_button.hide()
        self.save_button = QPushButton(self.tr("&Salva"))
        self.save_button.setToolTip(self.tr("Salva la scheda (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())  # not save(checked)
        messages = QVBoxLayout()
        messages.addWidget(self.notice)
        messages.addWidget(self.form_error)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        bar = QHBoxLayout(self.action_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addLayout(messages, 1)
        bar.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignTop)

    def _connect_changes(self) -> None:
        s = self.sections
        for edit in s.line_edits:
            edit.textChanged.connect(self._changed)
        for field in s.dates:
            field.dateChanged.connect(self._changed)
        for widget in s.guarded:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self._changed)
        s.children.changed.connect(self._changed)
        s.statutory.services.changed.connect(self._changed)
        s.codice_fiscale.textChanged.connect(self._cf_changed)
        s.birth_date.dateChanged.connect(self._birth_typed)
        s.copy_cf.clicked.connect(lambda: self._copy(normalise_cf(s.codice_fiscale.text())))
        s.copy_phone.clicked.connect(lambda: self._copy(s.safe_phone.text().strip()))

    # --- as she types ----------------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._refresh_dependent_fields()
        self._debounce.start()

    def _refresh_dependent_fields(self) -> None:
        """Fields that depend on others: the country, the stage dates, the copy buttons."""
        s = self.sections
        s.citizenship_country.setEnabled(s.citizenship.value() in COUNTRY_CITIZENSHIPS)
        path = stage_path(s.stage.value() or "contact")
        for stage, field in s.stage_dates.items():
            s.stage_form.setRowVisible(field.parentWidget(), stage in path)
        s.copy_cf.setEnabled(bool(s.codice_fiscale.text().strip()))
        s.copy_phone.setEnabled(bool(s.safe_phone.text().strip()))

    def _cf_changed(self, text: str) -> None:
        """A valid CF fills an empty birth date (and keeps it in step while it came from it)."""
        if self._loading or self.read_only:
            return
        code = normalise_cf(text)
        born = derived_birth_date(code) if cf_problem(code, None) is None else None
        s = self.sections
        if born is not None and (s.birth_date.is_empty() or self._birth_from_cf):
            self._set_birth_from_cf(born)
        elif born is None and self._birth_from_cf:
            self._set_birth_from_cf(None)

    def _set_birth_from_cf(self, born: date | None) -> None:
        s = self.sections
        s.birth_date.blockSignals(True)
        s.birth_date.set_value(born)
        s.birth_date.blockSignals(False)
        self._birth_from_cf = born is not None
        s.birth_hint.setVisible(self._birth_from_cf)

    def _birth_typed(self) -> None:
        self._birth_from_cf = False
        self.sections.birth_hint.hide()

    def _copy(self, text: str) -> None:
        if text:
            self._clipboard.copy_sensitive(text)
            self.notice.setText(self.tr("Copiato: gli appunti si svuotano tra 10 secondi."))

    def validate_now(self) -> list[FieldIssue]:
        """Check the draft with the domain rules and show every issue next to its field."""
        self._debounce.stop()
        self.issues = validate_case(
            read_draft(self.sections),
            today=date.today(),
            cav_codes=self._cav_codes,
            municipalities=municipality_codes(),
        )
        self._show(self.issues)
        return self.issues

    def _show(self, issues: Iterable[FieldIssue]) -> None:
        reveal = self._attempted or self.read_only
        show_issues(self.sections, issues, self.form_error, reveal_all=reveal)

    def hide_issues(self) -> None:
        """Show no issue: an erased case (a tombstone) has its required fields empty by design."""
        self.issues = []
        self._show(())

    # --- saving ----------------------------------------------------------------------------

    def save(self, not_duplicate_of: Collection[int] = ()) -> None:
        """Run the intake service off the GUI thread; the answer comes back to `_saved` or
        `_refused`. Does nothing in read mode or while a save is running."""
        if self.read_only or self._saving:
            return
        self._attempted = True
        self.notice.clear()
        self.validate_now()
        draft, case_id, opened = read_draft(self.sections), self.case_id, self._opened
        confirmed = tuple(not_duplicate_of)
        self._set_saving(True)
        self._runner.run(
            lambda: save_case(opened, case_id, draft, confirmed),
            self._current(self._saved),
            self._current(self._refused),
            answered_at_lock=True,
        )

    def _current(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        """Drop answers that arrive after the form was emptied (lock) or deleted."""
        generation = self._generation

        def deliver(result: Any) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                handler(result)

        return deliver

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Salvataggio…") if saving else self.tr("&Salva"))

    def _saved(self, result: SavedCase) -> None:
        self._set_saving(False)
        new = self.case_id is None
        self.case_id = result.case_id
        self.notice.setText(saved_notice(result, new=new))
        self.saved.emit(result.case_id)

    def _refused(self, error: AppError) -> None:
        self._set_saving(False)
        if isinstance(error, PossibleDuplicate):
            self._ask_about_duplicates(error)
        elif isinstance(error, CaseHasErrors):
            # The service checked the same rules; show its issues too, once each.
            self._show(dict.fromkeys([*self.validate_now(), *error.issues]))
            self.focus_first_error()
        elif isinstance(error, StageChangeRefused):
            self.sections.slots["stage"].error.show_error(error_text(error))
            self.pages.reveal(self.sections.slots["stage"].focus())
        else:
            self.form_error.show_error(error_text(error))

    def _ask_about_duplicates(self, error: PossibleDuplicate) -> None:
        dialog = DuplicateDialog(error.matches, self)
        dialog.open_existing.connect(self.open_existing)
        dialog.save_anyway.connect(lambda: self.save(not_duplicate_of=dialog.case_ids()))
        dialog.finished.connect(dialog.deleteLater)
        self.duplicate_dialog = dialog
        dialog.open()

    def focus_first_error(self) -> None:
        """Put the keyboard on the first field (in page order) that shows an error."""
        target = focus_first_error(self.sections, self.issues)
        if target is not None:
            self.pages.reveal(target)

    # --- loading, read mode, emptying ------------------------------------------------------

    def load(self, view: CaseView) -> None:
        """Show a stored case; the stage can only stay or move to where the path allows."""
        self.case_id = view.case_id
        stage = view.draft.stage
        self.sections.stage.set_choices((stage, *allowed_next_stages(stage)))
        self._fill(view.draft)

    def load_draft(self, draft: CaseDraft) -> None:
        """Show a draft that is not stored yet (a new referral prepared elsewhere)."""
        self.case_id = None
        self.sections.stage.set_choices(opt.codes(opt.STAGES))
        self._fill(draft)

    def clear(self) -> None:
        """Empty every widget (nothing personal stays on screen or in undo history)."""
        self.load_draft(CaseDraft())
        self.notice.clear()
        self.pages.scroll_to_top()
        if self.duplicate_dialog is not None and shiboken6.isValid(self.duplicate_dialog):
            self.duplicate_dialog.reject()
        self.duplicate_dialog = None

    def _fill(self, draft: CaseDraft) -> None:
        self._generation += 1
        self._set_saving(False)
        self._loading = True
        try:
            write_draft(self.sections, draft)
        finally:
            self._loading = False
        self._attempted = False
        self.sections.birth_hint.hide()
        self._birth_from_cf = False
        for slot in self.sections.slots.values():
            slot.reset()
        self.form_error.clear_error()
        self._refresh_dependent_fields()
        self.validate_now()
        self._loaded = read_draft(self.sections)
        self._shown = to_document(self._loaded)

    # --- drafts kept across a lock ---------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._saving

    def loaded_fingerprint(self) -> int:
        """Of the record as loaded (see `services.form_drafts.fingerprint`)."""
        return fingerprint(self._loaded)

    def unsaved_value(self) -> CaseDraft | None:
        """What she typed and has not saved, or None (read mode, or nothing changed)."""
        if self.read_only:
            return None
        value = read_draft(self.sections)
        return None if to_document(value) == self._shown else value

    def restore_unsaved(self, draft: CaseDraft) -> None:
        """Put back a draft kept at a lock; it stays unsaved, for her to save."""
        self._loading = True
        try:
            write_draft(self.sections, draft)
        finally:
            self._loading = False
        self._refresh_dependent_fields()
        self.validate_now()

    def set_read_only(self, read_only: bool) -> None:
        """Read mode: values stay readable and reachable by Tab, but nothing can change."""
        self.read_only = read_only
        s = self.sections
        for edit in s.line_edits:
            edit.setReadOnly(read_only)
        for field in s.dates:
            field.set_read_only(read_only)
        self._guard.apply(s.guarded, read_only)
        s.children.set_read_only(read_only)
        s.statutory.services.set_read_only(read_only)
        for page in self.pages.scrolls:
            show_read_only(page, read_only)
        self.buttons.setVisible(not read_only)
        self.validate_now()
