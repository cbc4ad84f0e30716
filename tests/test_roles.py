"""Every role × permission refusal on a real store, from the matrix itself.

For each permission a role does not hold, a real service or operation that needs it is called
as that role: it raises PermissionDenied and the store, every row of every table, is as it
was. Every permission of the matrix has its probe.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from faker import Faker

from antiviolenza_desktop.domain.access.permissions import (
    PERMISSION_LABELS,
    ROLE_CAV,
    ROLE_PERMISSIONS,
    ROLES,
    Permission,
)
from antiviolenza_desktop.domain.case.consent import STATISTICS, NewConsent
from antiviolenza_desktop.domain.case.referral import NewReferral
from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.network_training import MemberEntry
from antiviolenza_desktop.domain.project.draft import ProjectDraft
from antiviolenza_desktop.domain.project.revisions import MonitoringUpdate
from antiviolenza_desktop.operations.exchange_enrolment import read_network
from antiviolenza_desktop.operations.funds_reading import read_totals
from antiviolenza_desktop.operations.statutory_exports import TablesRequest, save_statutory_tables
from antiviolenza_desktop.services import (
    approval_periods,
    assessments,
    audit_query,
    case_transfers,
    consents,
    copies,
    exchange_records,
    intake,
    network_members,
    project_signing,
    projects,
    read_audit,
    referrals,
    retention_due,
    task_settings,
    tasks,
    users,
)
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.provincia import record_cpi_hours
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.services.waiting_list import WaitingListSource
from tests.funds_support import assessment_on
from tests.roles_support import TODAY, case_of, whole_store

Probe = Callable[[OpenStore, int, Path], object]
WEEK_AGO = TODAY - timedelta(days=7)


def _in_unit(work: Callable[[UnitOfWork, int], object]) -> Probe:
    def probe(opened: OpenStore, case_id: int, _folder: Path) -> object:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return work(uow, case_id)

    return probe


def _referral() -> object:
    faker = Faker("it_IT")
    faker.seed_instance(11)
    return synthetic_case(random.Random(11), faker, ["aida"], TODAY)


def _tables(opened: OpenStore, _case_id: int, folder: Path) -> object:
    request = TablesRequest(WEEK_AGO, TODAY, 5, csv=folder / "tabelle.csv")
    return save_statutory_tables(opened, request)


HOURS = HoursEntry("Provincia", "Operatrice CPI", "3.2-attive", "2026-01", 60, 2_000)

PROBES: dict[Permission, Probe] = {
    Permission.CASE_READ: _in_unit(lambda uow, c: read_audit.open_case(uow, case_id=c)),
    Permission.INTAKE: _in_unit(
        lambda uow, _c: intake.record_case(uow, draft=_referral(), today=TODAY)  # type: ignore[arg-type]
    ),
    Permission.CONSENTS: _in_unit(
        lambda uow, c: consents.record_consent(
            uow, case_id=c, new=NewConsent(STATISTICS, WEEK_AGO, "written_form"), today=TODAY
        )
    ),
    Permission.ASSESSMENT: _in_unit(
        lambda uow, c: assessments.record_assessment(
            uow, case_id=c, assessment=assessment_on(TODAY), today=TODAY
        )
    ),
    Permission.REFERRALS: _in_unit(
        lambda uow, c: referrals.send_referral(
            uow, case_id=c, new=NewReferral("cpi", WEEK_AGO, "equipe"), today=TODAY
        )
    ),
    Permission.PROJECT_SIGNOFF: _in_unit(
        lambda uow, c: project_signing.sign(
            uow, case_id=c, act="validazione", login="demo.equipe", password="x"
        )
    ),
    Permission.TRANSFER: _in_unit(lambda uow, c: case_transfers.open_case_to_send(uow, c)),
    Permission.PROJECT: _in_unit(
        lambda uow, c: projects.save_draft(uow, case_id=c, draft=ProjectDraft())
    ),
    Permission.MONITORING: _in_unit(
        lambda uow, c: projects.add_monitoring(
            uow, case_id=c, update=MonitoringUpdate(TODAY, "équipe"), today=TODAY
        )
    ),
    Permission.WAITING_LIST: lambda opened, _c, _f: WaitingListSource(opened).lists(),
    Permission.TASKS: _in_unit(lambda uow, _c: tasks.due_tasks(uow, today=TODAY)),
    Permission.TASK_SETTINGS: _in_unit(lambda uow, _c: task_settings.set_task_thresholds(uow, {})),
    Permission.STATUTORY_TABLES: _tables,
    Permission.FUNDS_READ: lambda opened, _c, _f: read_totals(opened, TODAY),
    Permission.FUNDS: _in_unit(
        lambda uow, _c: network_members.add_member(
            uow, entry=MemberEntry("Aler Cremona", "aler", WEEK_AGO), today=TODAY
        )
    ),
    Permission.NETWORK_READ: lambda opened, _c, _f: read_network(opened),
    Permission.EXCHANGE: _in_unit(
        lambda uow, _c: exchange_records.revoke_sender(uow, key_id="0" * 16)
    ),
    Permission.APPROVALS: _in_unit(
        lambda uow, _c: approval_periods.submit_periods(uow, periods=(), today=TODAY, sequence=1)
    ),
    Permission.PROVINCIA_REGISTER: _in_unit(
        lambda uow, _c: record_cpi_hours(uow, entry=HOURS, today=TODAY)
    ),
    Permission.USERS: _in_unit(lambda uow, _c: users.list_users(uow)),
    Permission.ERASURE: _in_unit(lambda uow, _c: retention_due.set_retention_years(uow, years=12)),
    Permission.AUDIT: _in_unit(lambda uow, _c: audit_query.user_logins(uow)),
    Permission.BACKUPS: lambda opened, _c, _f: copies.outside_copies_until(opened),
}
REFUSALS = [
    (role, permission)
    for role in ROLES
    for permission in Permission
    if permission not in ROLE_PERMISSIONS[role]
]


def _as(opened: OpenStore, role: str) -> OpenStore:
    cav = "aida" if role == ROLE_CAV else None
    return OpenStore(opened.store, Actor(user_id=None, login=f"prova.{role}", role=role, cav=cav))


def test_every_permission_has_a_probe() -> None:
    assert set(PROBES) == set(Permission)
    assert set(PERMISSION_LABELS) == set(Permission)


@pytest.mark.parametrize(("role", "permission"), REFUSALS, ids=lambda v: str(v))
def test_each_role_is_refused_what_it_does_not_hold(
    opened: OpenStore, tmp_path: Path, role: str, permission: Permission
) -> None:
    case_id = case_of(opened, "aida", 3)
    before = whole_store(opened)
    acting = _as(opened, role)
    with pytest.raises(PermissionDenied) as refused:
        PROBES[permission](acting, case_id, tmp_path)
    assert refused.value.params["action"] == PERMISSION_LABELS[permission]
    assert whole_store(opened) == before
    assert not (tmp_path / "tabelle.csv").exists()


@pytest.mark.parametrize(
    ("role", "permission"),
    [(role, p) for role in ROLES for p in sorted(ROLE_PERMISSIONS[role])],
    ids=lambda v: str(v),
)
def test_each_role_holds_what_the_matrix_gives(
    opened: OpenStore, role: str, permission: Permission
) -> None:
    acting = _as(opened, role)
    with UnitOfWork(acting.store, acting.actor) as uow:
        require(uow, permission)


def test_a_session_without_a_role_holds_nothing(opened: OpenStore) -> None:
    recovery = OpenStore(opened.store, Actor(user_id=None, login=None, role="recupero"))
    for permission in Permission:
        with pytest.raises(PermissionDenied), UnitOfWork(recovery.store, recovery.actor) as uow:
            require(uow, permission)
