"""The workspace's forms across a lock: what they hold is kept as drafts and comes back.

At a lock, `collect` takes from every form with unsaved changes (the new referral, the case
being edited, the assessment being typed, the project being edited) its value and where she
was; `ui.session` writes them to the store before it closes. After the same worker unlocks,
`restore` reopens the area, case and tab she was on, puts each value back into its form,
unsaved (she still saves it herself), and says so in a notice that offers to discard them.

A kept draft is deleted from the store as soon as its form is saved, validated or cancelled,
or when she discards it here; a draft that cannot be put back (refused by the service, or its
case gone or erased) is dropped with a coded message instead. One whose case failed to open
for a passing reason (the store busy) is said so and kept again at the next lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.form_drafts import ASSESSMENT, CASE_EDIT, NEW_REFERRAL, PROJECT
from antiviolenza_desktop.operations.drafts import discard_draft
from antiviolenza_desktop.services.form_drafts import FormDraft, KeptDrafts
from antiviolenza_desktop.services.intake import CaseNotFound
from antiviolenza_desktop.ui.form_places import place_in, return_to
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from antiviolenza_desktop.ui.workspace import Workspace

DraftKey = tuple[str, int | None]


def form_label(kind: str) -> str:
    labels = {
        NEW_REFERRAL: QCoreApplication.translate("WorkspaceDrafts", "nuova segnalazione"),
        CASE_EDIT: QCoreApplication.translate("WorkspaceDrafts", "modifica della scheda"),
        ASSESSMENT: QCoreApplication.translate("WorkspaceDrafts", "nuova valutazione"),
        PROJECT: QCoreApplication.translate("WorkspaceDrafts", "modifica del progetto"),
    }
    return labels[kind]


class DraftNotice(QWidget):
    """The line above the areas: which drafts came back unsaved, and what could not."""

    discard_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("draftNotice")
        self.text = QLabel(objectName="noticeLabel", wordWrap=True)
        self.text.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.problems = ErrorLabel()
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.addLayout(row)
        column.addWidget(self.problems)
        self.show_kept([])

    def show_kept(self, kinds: Sequence[str]) -> None:
        """Name the drafts still unsaved on screen (none: the line goes)."""
        if len(kinds) > 1:
            text = self.tr("Bozze ripristinate: %1, non ancora salvate. Controllale e salvale.")
            self.discard_button.setText(self.tr("Scarta le bozze"))
        else:
            text = self.tr("Bozza ripristinata: %1, non ancora salvata. Controllala e salvala.")
            self.discard_button.setText(self.tr("Scarta la bozza"))
        if kinds:
            self.text.setText(text.replace("%1", ", ".join(form_label(kind) for kind in kinds)))
        else:
            self.text.clear()
        self.text.setVisible(bool(kinds))
        self.discard_button.setVisible(bool(kinds))
        self._follow()

    def show_problems(self, texts: Sequence[str]) -> None:
        if texts:
            self.problems.show_error("\n".join(dict.fromkeys(texts)))
        else:
            self.problems.clear_error()
        self._follow()

    def _follow(self) -> None:
        self.setVisible(self.text.isVisibleTo(self) or self.problems.isVisibleTo(self))


class WorkspaceDrafts(QObject):
    """Collects the drafts of a workspace's forms and puts them back; owned by the workspace."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.notice = DraftNotice()
        self.notice.discard_requested.connect(self.discard_all)
        self.kept: list[DraftKey] = []
        self.held_back: list[FormDraft] = []  # their case did not open for a passing reason
        self._changed_meanwhile: list[str] = []
        detail = workspace.detail
        workspace.new_case.saved.connect(lambda _case_id: self._done(NEW_REFERRAL, None))
        detail.saved.connect(lambda case_id: self._done(CASE_EDIT, case_id))
        detail.form.cancelled.connect(lambda: self._done(CASE_EDIT, self._case_id()))
        detail.project_tab.editing_done.connect(lambda: self._done(PROJECT, self._case_id()))
        detail.erased_shown.connect(self._case_erased)

    def _case_id(self) -> int | None:
        view = self.ws.detail.view
        return view.case_id if view is not None else None

    # --- at the lock ---------------------------------------------------------------------

    def saving(self) -> bool:
        """A form's save is running: the lock must learn how it ended before keeping drafts."""
        detail = self.ws.detail
        editor = detail.assessment_tab.editor
        return (
            self.ws.new_case.saving
            or detail.form.saving
            or (editor is not None and editor.saving)
            or detail.project_tab.saving
        )

    def collect(self) -> list[FormDraft]:
        """Every form with unsaved changes, with where she was (the form on screen is marked
        `current`), and the drafts held back at the last unlock that no form replaced."""
        ws = self.ws
        shown = ws.shown_area()
        drafts: list[FormDraft] = []
        referral = ws.new_case.unsaved_value()
        if referral is not None:
            place = _place(ws.new_case, ws.new_case.pages.scrolls, shown is ws.new_case)
            drafts.append(FormDraft(NEW_REFERRAL, None, referral, place))
        drafts.extend(self._case_drafts())
        written = {(draft.kind, draft.case_id) for draft in drafts}
        return drafts + [d for d in self.held_back if (d.kind, d.case_id) not in written]

    def _case_drafts(self) -> list[FormDraft]:
        ws, detail = self.ws, self.ws.detail
        shown = ws.shown_area()
        drafts: list[FormDraft] = []
        case_id = self._case_id()
        if case_id is None:
            return drafts
        tab = detail.tabs.currentWidget()
        on_detail = shown is detail
        parts: list[tuple[str, Any, QWidget, Sequence[QAbstractScrollArea], bool]] = []
        edit = detail.form.unsaved_value()
        on_form = tab is not detail.assessment_tab and tab is not detail.project_tab
        parts.append((CASE_EDIT, edit, detail.form, detail.form.pages.scrolls, on_form))
        editor = detail.assessment_tab.editor
        if editor is not None and detail.assessment_tab.pages.currentWidget() is editor:
            on_tab = tab is detail.assessment_tab
            parts.append((ASSESSMENT, editor.unsaved_value(), editor, [editor.scroll], on_tab))
        project = detail.project_tab
        on_project = tab is project
        value = project.unsaved_value()
        parts.append((PROJECT, value, project.editor, [project.editor.scroll], on_project))
        bases = {CASE_EDIT: detail.form.loaded_fingerprint(), PROJECT: project.stored_fingerprint()}
        for kind, value, form, scrolls, here in parts:
            if value is not None:
                place = _place(form, scrolls, on_detail and here)
                place.update(tab=detail.tabs.currentIndex(), page=project.pages.currentIndex())
                if kind in bases:
                    place["base"] = bases[kind]
                drafts.append(FormDraft(kind, case_id, value, place))
        return drafts

    # --- after unlocking -----------------------------------------------------------------

    def restore(self, kept: KeptDrafts, lost: AppError | None) -> None:
        """Put the kept drafts back where she was, and say what came back and what could not."""
        problems = [error_text(error) for error in (lost, *kept.refused) if error is not None]
        referral = [d for d in kept.drafts if d.kind == NEW_REFERRAL]
        of_case = [d for d in kept.drafts if d.case_id is not None]
        for draft in referral:
            self.ws.new_case.restore_unsaved(draft.value)  # type: ignore[arg-type]
            self.kept.append((draft.kind, None))
        if of_case:
            restored = self._restore_case(of_case)
            if not restored:
                problems.append(self.ws.detail.error.text())
            problems.extend(self._changed_meanwhile)
        self._go_where_she_was([d for d in kept.drafts if (d.kind, d.case_id) in self.kept])
        self.notice.show_kept([kind for kind, _case in self.kept])
        self.notice.show_problems([text for text in problems if text])

    def _restore_case(self, drafts: Sequence[FormDraft]) -> bool:
        """Open the case of `drafts` and put each back into its form; False when the case
        cannot be opened or edited: the drafts are dropped when it is gone or erased, and kept
        for the next lock when it failed to open for a passing reason (the store busy)."""
        case_id = drafts[0].case_id
        assert case_id is not None
        # One case shows at a time: drafts of another case (kept apart after a failed reading)
        # wait for a later unlock instead of being dropped.
        self.held_back.extend(draft for draft in drafts if draft.case_id != case_id)
        drafts = [draft for draft in drafts if draft.case_id == case_id]
        detail = self.ws.detail
        self.ws.open_case(case_id)
        opened = self._case_id() == case_id
        if not opened and not isinstance(detail.refusal, CaseNotFound):
            self.held_back.extend(drafts)
            return False
        if not opened or not detail.edit_button.isEnabled():
            for draft in drafts:
                self._discard((draft.kind, draft.case_id))
            return False
        for draft in drafts:
            if self._restore_one(draft):
                self.kept.append((draft.kind, case_id))
            else:
                self._discard((draft.kind, draft.case_id))
        return True

    def _restore_one(self, draft: FormDraft) -> bool:
        """Put one draft back into its form; False when the form cannot take it any more
        (a project closed meanwhile, the instrument missing from this installation)."""
        detail = self.ws.detail
        self._note_if_changed_meanwhile(draft)
        if draft.kind == CASE_EDIT:
            detail.start_editing()
            detail.form.restore_unsaved(draft.value)  # type: ignore[arg-type]
            return True
        if draft.kind == ASSESSMENT:
            detail.assessment_tab.new_assessment()
            editor = detail.assessment_tab.editor
            if editor is None or detail.assessment_tab.pages.currentWidget() is not editor:
                return False
            editor.saved.connect(lambda _id: self._done(ASSESSMENT, self._case_id()))
            editor.cancelled.connect(lambda: self._done(ASSESSMENT, self._case_id()))
            editor.restore_unsaved(draft.value)  # type: ignore[arg-type]
            return True
        detail.project_tab.restore_unsaved(draft.value)  # type: ignore[arg-type]
        return not detail.project_tab.editor.read_only

    def _note_if_changed_meanwhile(self, draft: FormDraft) -> None:
        """Her draft was made on the record as it was: if someone saved it after the lock,
        saving the draft would undo that change, so she is told to compare first."""
        detail = self.ws.detail
        if draft.kind == CASE_EDIT:
            now = detail.form.loaded_fingerprint()
            text = self.tr(
                "Dopo il blocco qualcuno ha salvato la scheda: la bozza ripristinata non contiene "
                "quelle modifiche. Confrontala con la scheda salvata prima di salvarla."
            )
        elif draft.kind == PROJECT:
            now = detail.project_tab.stored_fingerprint()
            text = self.tr(
                "Dopo il blocco qualcuno ha salvato il progetto: la bozza ripristinata non "
                "contiene quelle modifiche. Confrontala con la revisione salvata prima di salvarla."
            )
        else:
            return
        if draft.place.get("base", now) != now:
            self._changed_meanwhile.append(text)

    def _go_where_she_was(self, drafts: Sequence[FormDraft]) -> None:
        """Show the area (and tab) of the form she had on screen, or of one that came back."""
        if not drafts:
            return
        current = next((d for d in drafts if d.place.get("current")), None)
        target = current or next((d for d in drafts if d.case_id is not None), drafts[0])
        detail = self.ws.detail
        if target.kind == NEW_REFERRAL:
            self.ws.show_new_referral()
            form: QWidget = self.ws.new_case
            scrolls: Sequence[QAbstractScrollArea] = self.ws.new_case.pages.scrolls
        else:
            detail.tabs.setCurrentIndex(target.place.get("tab", 0))
            detail.project_tab.pages.setCurrentIndex(target.place.get("page", 0))
            form, scrolls = self._form_of(target.kind)
        if current is not None:
            place = dict(current.place)
            QTimer.singleShot(0, _while_alive(form, lambda: return_to(form, scrolls, place)))

    def _form_of(self, kind: str) -> tuple[QWidget, Sequence[QAbstractScrollArea]]:
        detail = self.ws.detail
        editor = detail.assessment_tab.editor
        if kind == ASSESSMENT and editor is not None:
            return editor, [editor.scroll]
        if kind == PROJECT:
            return detail.project_tab.editor, [detail.project_tab.editor.scroll]
        return detail.form, detail.form.pages.scrolls

    # --- saved, cancelled or discarded ---------------------------------------------------

    def discard_all(self) -> None:
        """She does not want them: each form goes back to what is stored, the rows go."""
        ws, detail = self.ws, self.ws.detail
        for kind, case_id in list(self.kept):
            same_case = case_id is not None and case_id == self._case_id()
            if kind == NEW_REFERRAL:
                ws.new_case.clear()
            elif kind == CASE_EDIT and same_case and not detail.form.read_only:
                detail.form.cancel_button.click()
            elif kind == ASSESSMENT and same_case and detail.assessment_tab.editor is not None:
                detail.assessment_tab.editor.cancel_button.click()
            elif kind == PROJECT and same_case and not detail.project_tab.editor.read_only:
                detail.project_tab.cancel_editing()
            self._done(kind, case_id)

    def _case_erased(self, case_id: int) -> None:
        """Her drafts went with the erasure: the notice no longer names them."""
        self.held_back = [draft for draft in self.held_back if draft.case_id != case_id]
        for kind, kept_case in list(self.kept):
            if kept_case == case_id:
                self._done(kind, kept_case)

    def _done(self, kind: str, case_id: int | None) -> None:
        """The form of a kept draft was saved or dropped: its row goes from the store."""
        key = (kind, case_id)
        if key not in self.kept:
            return
        self.kept.remove(key)
        self._discard(key)
        self.notice.show_kept([kind for kind, _case in self.kept])

    def _discard(self, key: DraftKey) -> None:
        try:
            discard_draft(self.ws.opened, key[0], key[1])
        except AppError as refused:
            self.notice.show_problems([error_text(refused)])


def _place(form: QWidget, scrolls: Sequence[QAbstractScrollArea], current: bool) -> dict[str, int]:
    place = place_in(form, scrolls)
    place["current"] = int(current)
    return place


def _while_alive(widget: QWidget, action: Callable[[], None]) -> Callable[[], None]:
    """`action`, skipped when the widget went meanwhile (the store locked again)."""

    def run() -> None:
        if shiboken6.isValid(widget):
            action()

    return run
