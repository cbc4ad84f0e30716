"""The audit log as queries for its viewer, its CSV export and `antiviolenza audit list`.

Shaped like the case list (services.case_list): the filter gives sequence numbers, newest
first, and rows are read for the numbers on screen, so a log of hundreds of thousands of entries
costs one narrow query and a few small ones. Filters are SQL: dates are local calendar days
turned into the UTC bounds the entries are stamped with; a case code matches the entries that
carry it in `details` (reads, prints, exports) and the writes that name her case by id.
Permission: coordinator, for every function here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, Select, and_, or_, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.audit.actions import AUDIT_EXPORTED, READ_PREFIX, check_period
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog, Case, User

ActionKind = Literal["all", "reads", "writes"]
MAX_CODE = 40


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None
    until: date | None = None
    user: str | None = None
    case_code: str | None = None
    kind: ActionKind = "all"


@dataclass(frozen=True)
class AuditRow:
    """One entry as shown: `at` is the stored UTC stamp, `case_codes` the women it names."""

    seq: int
    at: str
    actor: str | None
    action: str
    case_codes: tuple[str, ...]
    details: dict[str, object]


def _utc_bound(day: date) -> str:
    """Local midnight of `day` as the UTC ISO text `audit._now()` writes (same width, so the
    strings compare in time order)."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _case_condition(uow: UnitOfWork, code: str) -> ColumnElement[bool]:
    code = code.strip().upper()[:MAX_CODE]
    quoted = json.dumps(code)
    named = AuditLog.details.like(f"%{_escape_like(quoted)}%", escape="\\")
    case_id = uow.session.scalar(select(Case.id).where(Case.code == code))
    if case_id is None:
        return named
    return or_(named, and_(AuditLog.entity == "case", AuditLog.entity_id == str(case_id)))


def _filtered(uow: UnitOfWork, wanted: AuditFilter) -> Select[int]:
    statement = select(AuditLog.seq)
    if wanted.since is not None:
        statement = statement.where(AuditLog.at >= _utc_bound(wanted.since))
    if wanted.until is not None:
        statement = statement.where(AuditLog.at < _utc_bound(wanted.until + timedelta(days=1)))
    if wanted.user:
        statement = statement.where(AuditLog.actor == wanted.user.strip().casefold())
    if wanted.kind == "reads":
        statement = statement.where(AuditLog.action.startswith(READ_PREFIX, autoescape=True))
    elif wanted.kind == "writes":
        statement = statement.where(~AuditLog.action.startswith(READ_PREFIX, autoescape=True))
    if wanted.case_code and wanted.case_code.strip():
        statement = statement.where(_case_condition(uow, wanted.case_code))
    return statement


def audit_seqs(uow: UnitOfWork, *, wanted: AuditFilter) -> list[int]:
    """The sequence numbers matching the filter, newest first. Errors: PermissionDenied,
    AuditPeriodReversed."""
    require(uow, Permission.AUDIT)
    check_period(wanted.since, wanted.until)
    return list(uow.session.scalars(_filtered(uow, wanted).order_by(AuditLog.seq.desc())))


def audit_rows(uow: UnitOfWork, *, seqs: Sequence[int]) -> dict[int, AuditRow]:
    """The entries for `seqs` (one query for them, one for the case codes their ids name)."""
    require(uow, Permission.AUDIT)
    if not seqs:
        return {}
    statement = select(
        AuditLog.seq,
        AuditLog.at,
        AuditLog.actor,
        AuditLog.action,
        AuditLog.entity,
        AuditLog.entity_id,
        AuditLog.details,
    ).where(AuditLog.seq.in_(list(seqs)))
    raw = uow.session.execute(statement).all()
    case_ids = {int(r.entity_id) for r in raw if r.entity == "case" and _is_id(r.entity_id)}
    codes: dict[int, str] = {
        case_id: code
        for case_id, code in uow.session.execute(
            select(Case.id, Case.code).where(Case.id.in_(case_ids))
        )
    }
    rows = {}
    for r in raw:
        details = _details(r.details)
        named = codes.get(int(r.entity_id)) if r.entity == "case" and _is_id(r.entity_id) else None
        rows[r.seq] = AuditRow(r.seq, r.at, r.actor, r.action, _codes_of(details, named), details)
    return rows


def all_rows(uow: UnitOfWork, *, wanted: AuditFilter) -> list[AuditRow]:
    """Every entry matching the filter, newest first (for the CSV export)."""
    seqs = audit_seqs(uow, wanted=wanted)
    rows: list[AuditRow] = []
    for start in range(0, len(seqs), 500):
        batch = seqs[start : start + 500]
        found = audit_rows(uow, seqs=batch)
        rows.extend(found[seq] for seq in batch if seq in found)
    return rows


def rows_for_export(uow: UnitOfWork, *, wanted: AuditFilter) -> list[AuditRow]:
    """`all_rows`, and the export itself recorded (how many entries; the filter names no one
    but a case code, which is recorded too). Errors: as `audit_seqs`."""
    rows = all_rows(uow, wanted=wanted)
    details: dict[str, object] = {"voci": len(rows)}
    if wanted.case_code:
        details["codice"] = wanted.case_code.strip().upper()[:MAX_CODE]
    audit.record(uow, action=AUDIT_EXPORTED, entity="audit_log", details=details)
    return rows


def user_logins(uow: UnitOfWork) -> list[str]:
    """The logins of the store's users, for the viewer's user filter."""
    require(uow, Permission.AUDIT)
    return list(uow.session.scalars(select(User.login).order_by(User.login)))


def _is_id(value: str | None) -> bool:
    return value is not None and value.isdigit()


def _details(text: str) -> dict[str, object]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _codes_of(details: dict[str, object], named: str | None) -> tuple[str, ...]:
    codes = details.get("codici")
    if isinstance(codes, list):
        return tuple(str(code) for code in codes)
    single = details.get("codice")
    if isinstance(single, str):
        return (single,)
    return (named,) if named else ()


class AuditSource:
    """The viewer's queries, one short unit of work per call (nothing is written)."""

    def __init__(self, opened: OpenStore) -> None:
        self._opened = opened

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._opened.store, self._opened.actor)

    def seqs(self, wanted: AuditFilter) -> list[int]:
        with self._uow() as uow:
            return audit_seqs(uow, wanted=wanted)

    def rows(self, seqs: Sequence[int]) -> dict[int, AuditRow]:
        with self._uow() as uow:
            return audit_rows(uow, seqs=seqs)

    def users(self) -> list[str]:
        with self._uow() as uow:
            return user_logins(uow)
