"""The write behind the form's Save, and the sentence that confirms it.

`write_case` runs on the background runner's thread: it opens its own unit of work there, so
the store is written by one thread and the GUI thread only waits for the answer.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.services.intake import SavedCase, record_case, update_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def write_case(
    opened: OpenStore, case_id: int | None, draft: CaseDraft, confirmed: Collection[int]
) -> SavedCase:
    """Record a new referral (case_id None) or update one, in one transaction."""
    today = date.today()
    with UnitOfWork(opened.store, opened.actor) as uow:
        if case_id is None:
            return record_case(uow, draft=draft, today=today, not_duplicate_of=confirmed)
        return update_case(
            uow, case_id=case_id, draft=draft, today=today, not_duplicate_of=confirmed
        )


def saved_notice(saved: SavedCase, *, new: bool) -> str:
    """ "Scheda CRE-2026-0001 registrata." plus how many warnings are left to look at."""
    # Named `translate`, not `tr`: lupdate reads a bare `tr(a, b)` as tr(source, comment)
    # and would file these sentences under an empty context with the wrong source.
    translate = QCoreApplication.translate
    if new:
        text = translate("CaseForm", "Scheda %1 registrata.")
    else:
        text = translate("CaseForm", "Modifiche alla scheda %1 salvate.")
    text = text.replace("%1", saved.code)
    count = len(saved.warnings)
    if count == 1:
        text += " " + translate(
            "CaseForm", "1 avviso da ricontrollare (in giallo accanto al campo)."
        )
    elif count:
        # Two sentences, not "%n": they differ beyond the number (al campo / ai campi).
        more = translate("CaseForm", "%1 avvisi da ricontrollare (in giallo accanto ai campi).")
        text += " " + more.replace("%1", str(count))
    return text
