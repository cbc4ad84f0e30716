"""The roles that matter most, on real stores with real users: a CAV worker reads and writes
only her CAV's cases, the équipe member never touches funds, users or the exchange, the
Provincia sees no case; each refusal leaves every row of the store as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.access.permissions import ROLE_OPERATOR, ROLE_PROVINCIA
from antiviolenza_desktop.domain.case.consent import STATISTICS, NewConsent
from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.domain.funds.network_training import MemberEntry
from antiviolenza_desktop.domain.project.draft import ProjectDraft
from antiviolenza_desktop.operations import case_consents, case_overview, case_prints, case_reading
from antiviolenza_desktop.operations.assessment import read_assessments
from antiviolenza_desktop.operations.exchange_bundles import export_bundle_file
from antiviolenza_desktop.operations.project import read_project
from antiviolenza_desktop.operations.tasks import read_tasks
from antiviolenza_desktop.services import credentials, intake, network_members, projects
from antiviolenza_desktop.services.authorization import CaseOutsideScope
from antiviolenza_desktop.services.case_list import CaseListQuery, CaseListSource
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.services.users import list_users
from tests.roles_support import TODAY, case_of, cav_worker, colleague, whole_store

WEEK_AGO = TODAY - timedelta(days=7)


@pytest.fixture
def two_cav(opened: OpenStore) -> tuple[int, int]:
    """A case referred by AIDA and one by MIA, both waiting long enough to be «Da fare»."""
    return case_of(opened, "aida", 3, waiting_weeks=20), case_of(opened, "mia", 4, waiting_weeks=20)


def _refused(opened: OpenStore, error: type[AppError], work: object) -> None:
    before = whole_store(opened)
    with pytest.raises(error):
        work()  # type: ignore[operator]
    assert whole_store(opened) == before


def test_her_user_row_keeps_her_cav(opened: OpenStore) -> None:
    worker = cav_worker(opened, "mia")
    assert (worker.actor.role, worker.actor.cav) == ("cav", "mia")
    with UnitOfWork(opened.store, opened.actor) as uow:
        mine = [u for u in list_users(uow) if u.login == "cav.mia"]
    assert [(u.role, u.cav) for u in mine] == [("cav", "mia")]


def test_a_cav_worker_cannot_open_another_cavs_case(opened: OpenStore, two_cav) -> None:  # type: ignore[no-untyped-def]
    aida, mia = two_cav
    worker = cav_worker(opened)
    assert case_reading.open_case(worker, aida).case_id == aida
    _refused(opened, CaseOutsideScope, lambda: case_reading.open_case(worker, mia))
    _refused(opened, CaseOutsideScope, lambda: case_reading.read_history(worker, mia))
    _refused(opened, CaseOutsideScope, lambda: case_consents.read_consents(worker, mia))
    _refused(
        opened, CaseOutsideScope, lambda: case_prints.form_pdf(worker, case_prints.REFERRAL, mia)
    )


def test_a_cav_worker_lists_and_finds_only_her_cavs_cases(opened: OpenStore, two_cav) -> None:  # type: ignore[no-untyped-def]
    aida, mia = two_cav
    worker = cav_worker(opened)
    source = CaseListSource(worker)
    assert source.ids(CaseListQuery()) == [aida]
    with UnitOfWork(opened.store, opened.actor) as uow:
        theirs = intake.load_case(uow, case_id=mia).draft.last_name
    assert source.ids(CaseListQuery(search=theirs)) == []
    assert source.ids(CaseListQuery(cav="mia")) == []
    assert list(source.rows([aida, mia])) == [aida]


def test_her_da_fare_holds_only_her_cavs_cases(opened: OpenStore, two_cav) -> None:  # type: ignore[no-untyped-def]
    aida, mia = two_cav
    everyone = {task.case_id for task in read_tasks(opened, everyone=True).tasks}
    assert everyone == {aida, mia}
    worker = cav_worker(opened)
    assert {task.case_id for task in read_tasks(worker, everyone=True).tasks} == {aida}


def test_a_cav_worker_cannot_write_a_project_even_on_her_case(opened: OpenStore, two_cav) -> None:  # type: ignore[no-untyped-def]
    aida, _mia = two_cav
    worker = cav_worker(opened)

    def draft() -> object:
        with UnitOfWork(worker.store, worker.actor) as uow:
            return projects.save_draft(uow, case_id=aida, draft=ProjectDraft())

    _refused(opened, PermissionDenied, draft)


def test_a_cav_worker_reads_neither_the_assessment_nor_the_project_of_her_case(
    opened: OpenStore, two_cav: tuple[int, int]
) -> None:
    aida, _mia = two_cav
    worker = cav_worker(opened)
    code = case_reading.open_case(worker, aida).code
    _refused(opened, PermissionDenied, lambda: read_assessments(worker, aida))
    _refused(opened, PermissionDenied, lambda: read_project(worker, aida))
    _refused(opened, PermissionDenied, lambda: case_overview.read_project_by_code(worker, code))
    _refused(opened, PermissionDenied, lambda: case_overview.read_assessments_by_code(worker, code))
    _refused(
        opened, PermissionDenied, lambda: case_prints.form_pdf(worker, case_prints.PROJECT, aida)
    )
    overview = case_overview.read_overview(worker, code)
    assert overview.work is None and overview.view.case_id == aida
    assert case_overview.read_overview(opened, code).work is not None


def test_a_cav_worker_records_referrals_and_consents_of_her_cav_only(
    opened: OpenStore, two_cav
) -> None:  # type: ignore[no-untyped-def]
    aida, mia = two_cav
    worker = cav_worker(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        hers, theirs = (intake.load_case(uow, case_id=c).draft for c in (aida, mia))
    new = NewConsent(STATISTICS, WEEK_AGO, "written_form")
    assert case_consents.add_consent(worker, aida, new) > 0
    _refused(opened, CaseOutsideScope, lambda: case_consents.add_consent(worker, mia, new))

    def save(case_id: int | None, draft: object) -> object:
        with UnitOfWork(worker.store, worker.actor) as uow:
            if case_id is None:
                return intake.record_case(uow, draft=draft, today=TODAY)  # type: ignore[arg-type]
            return intake.update_case(uow, case_id=case_id, draft=draft, today=TODAY)  # type: ignore[arg-type]

    _refused(opened, CaseOutsideScope, lambda: save(mia, theirs))
    _refused(opened, CaseOutsideScope, lambda: save(aida, replace(hers, referring_cav="mia")))
    moved = replace(theirs, referring_cav="mia", codice_fiscale=None, first_name="Altra")
    _refused(opened, CaseOutsideScope, lambda: save(None, moved))
    assert save(aida, hers).case_id == aida  # type: ignore[attr-defined]
    assert case_of(worker, "aida", 9) not in (aida, mia)


def test_the_equipe_member_touches_no_funds_users_or_exchange(
    opened: OpenStore, tmp_path: Path
) -> None:
    member = colleague(opened, "equipe.uno", ROLE_OPERATOR)
    entry = MemberEntry("Aler Cremona", "aler", WEEK_AGO)

    def add_member() -> object:
        with UnitOfWork(member.store, member.actor) as uow:
            return network_members.add_member(uow, entry=entry, today=TODAY)

    _refused(opened, PermissionDenied, add_member)
    _refused(
        opened,
        PermissionDenied,
        lambda: credentials.add_user(
            member, login="altra", display_name="Altra", role="operator", password="x" * 20
        ),
    )
    _refused(opened, PermissionDenied, lambda: credentials.rekey(member, new_recovery_key=False))
    target = tmp_path / "pacchetto.avdx"
    _refused(opened, PermissionDenied, lambda: export_bundle_file(member, target))
    assert not target.exists()


def test_the_provincia_sees_no_case(opened: OpenStore, two_cav) -> None:  # type: ignore[no-untyped-def]
    aida, _mia = two_cav
    provincia = OpenStore(opened.store, Actor(None, "provincia", ROLE_PROVINCIA))
    assert CaseListSource(provincia).ids(CaseListQuery()) == []
    assert CaseListSource(provincia).rows([aida]) == {}
    _refused(opened, PermissionDenied, lambda: case_reading.open_case(provincia, aida))
    _refused(opened, PermissionDenied, lambda: read_tasks(provincia))
