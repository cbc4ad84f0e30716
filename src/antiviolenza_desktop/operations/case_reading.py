"""Opening one case for display, and reading her history: the case detail's two reads.

Opening is an audited read: her record and the audit entry that says who saw it commit in
the same unit of work (`services.read_audit.open_case`), so nothing of hers reaches the screen
unless the reading was recorded. Her history is read once the opening is audited.
"""

from __future__ import annotations

from antiviolenza_desktop.services.case_history import HistoryEvent, case_history
from antiviolenza_desktop.services.intake import CaseView
from antiviolenza_desktop.services.read_audit import open_case as audited_open
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def open_case(opened: OpenStore, case_id: int) -> CaseView:
    """Her record, with its reading recorded. Errors: CaseNotFound (nothing recorded) and
    the audit's own refusals (then nothing is shown)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return audited_open(uow, case_id=case_id)


def read_history(opened: OpenStore, case_id: int) -> list[HistoryEvent]:
    """Her events, oldest first (`services.case_history`); the caller has opened the case."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return case_history(uow, case_id=case_id)
