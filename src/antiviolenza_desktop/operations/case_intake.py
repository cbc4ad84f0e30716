"""Saving a referral or an edit of a case: the form's Save, in one unit of work; and the same
save of a referral read from a file (the CLI's `casi aggiungi --file`).

The GUI runs it on the background runner's thread, so the store keeps one writer and the
window only waits for the answer. The rules, the duplicate check and the audit entry are the
intake service's; this is the one place that opens the transaction around them.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.services import erasure
from antiviolenza_desktop.services.intake import SavedCase, record_case, update_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def save_case(
    opened: OpenStore,
    case_id: int | None,
    draft: CaseDraft,
    confirmed: Collection[int] = (),
    *,
    today: date | None = None,
) -> SavedCase:
    """Record a new referral (`case_id` None) or update one; `confirmed` are the cases she
    said are not the same woman. Errors: the intake service's (`services.intake`)."""
    day = today or date.today()
    with UnitOfWork(opened.store, opened.actor) as uow:
        if case_id is None:
            return record_case(uow, draft=draft, today=day, not_duplicate_of=confirmed)
        return update_case(uow, case_id=case_id, draft=draft, today=day, not_duplicate_of=confirmed)


def add_case_by_codes(
    opened: OpenStore,
    draft: CaseDraft,
    not_duplicate_of: Collection[str] = (),
    *,
    today: date | None = None,
) -> SavedCase:
    """Record a new referral the way the form's Save does, naming the cases she is not by
    their codes (the CLI's `casi aggiungi --file … --non-doppione CODICE`), in one unit of
    work. The file is read into `draft` by `domain.case.intake_file` before the store is
    opened. Errors: CaseNotFound for a code, and the intake service's; nothing is written
    then."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        confirmed = [erasure.find_case(uow, code=code) for code in not_duplicate_of]
        return record_case(
            uow, draft=draft, today=today or date.today(), not_duplicate_of=confirmed
        )
