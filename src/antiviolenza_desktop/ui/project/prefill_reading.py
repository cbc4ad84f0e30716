"""Short reads on the GUI thread of what a new form may start from (`services.prefill`): the
housing answers of a new assessment, the proposal of a new project. Like the tabs' own reads
when a case opens, they touch a handful of rows."""

from __future__ import annotations

from antiviolenza_desktop.services import prefill
from antiviolenza_desktop.services.prefill import ProjectProposal
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def read_proposed_answers(opened: OpenStore, case_id: int) -> dict[str, str]:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return prefill.assessment_answers(uow, case_id=case_id)


def read_project_proposal(opened: OpenStore, case_id: int) -> ProjectProposal:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return prefill.project_proposal(uow, case_id=case_id)
