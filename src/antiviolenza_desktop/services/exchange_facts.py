"""What an exchange snapshot is built from, read from the store in a few set-based queries.

The exporter (`exchange.snapshot`) may not touch the database driver, so this module reads
exactly the columns a snapshot needs and hands them over as plain data. Names, addresses,
phones, notes, payees and the people of the hours register are never selected. The codice
fiscale is read only so that the exporter can turn it into a keyed pseudonym in memory.

Money comes from the ledger as net sums (rows less the rows that reverse them) per case and
fund; the registers of co-financing hours and action expenses likewise net of reversals, per
action and month. The fund totals are taken separately, from `services.ledger.totals`, so the
capofila's recomputation of them from the records is a real cross-check.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import aliased

from antiviolenza_desktop.domain.case.consent import SHARING
from antiviolenza_desktop.domain.case.statutory_tables import TableCase
from antiviolenza_desktop.domain.funds.network_training import TrainingEntry
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.project.draft import PrivateLease, TemporaryHousing
from antiviolenza_desktop.services import (
    consent_rows,
    exchange_registers,
    ledger,
    statutory_tables,
)
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    Case,
    CaseChild,
    CaseStageDate,
    CofinancingHours,
    LedgerRecord,
    ProjectEventRecord,
    ProjectRevisionRecord,
    StoreMeta,
)

Planned = tuple[str, Cents, str | None, str | None]
"""An intervention or support as the snapshot sees it: kind, cents, start and end (ISO dates)."""


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    """The revision in force, as far as a snapshot needs it: its number, status, validation,
    lines, the active interventions with their status after monitoring, the passive supports,
    the housing path (code and fund total) and, for a closed revision, its closure."""

    number: int
    status: str
    validated_on: date | None
    lines: frozenset[str]
    interventions: tuple[Planned, ...]
    statuses: tuple[str, ...]
    supports: tuple[Planned, ...]
    housing: tuple[str, Cents] | None
    closure: ClosureFacts | None


@dataclass(frozen=True, slots=True)
class ClosureFacts:
    closed_on: date
    outcomes: tuple[tuple[str, str | None], ...]
    drop_reason: str | None


@dataclass(frozen=True, slots=True)
class CaseFacts:
    case_id: int
    code: str
    referral_date: date
    cav: str
    codice_fiscale: str | None
    birth_date: date | None
    lines: frozenset[str]
    stage: str
    stage_dates: dict[str, date]
    consent_sharing: bool
    minor_or_disabled_children: bool
    in_shelter: bool
    employment: str | None
    funds: dict[str, tuple[Cents, Cents]]
    project: ProjectFacts | None
    kept_pseudonym: str | None = None
    """The pseudonym an erased case had at erasure (services.erasure), used instead of CF."""


@dataclass(frozen=True, slots=True)
class StoreFacts:
    store_id: str
    ambito: str
    programme_id: str
    cases: list[CaseFacts]
    cofinancing: list[tuple[str, str, int, Cents]]
    expenses: list[tuple[str, str, Cents]]
    fund_totals: dict[str, tuple[Cents, Cents]] = field(default_factory=dict)
    training: list[TrainingEntry] = field(default_factory=list)
    members: list[tuple[str, date, date | None]] = field(default_factory=list)
    audit_head: tuple[int, str] | None = None
    statutory: dict[int, TableCase] = field(default_factory=dict)


def _rows(uow: UnitOfWork, statement: Select[*tuple[Any, ...]]) -> Sequence[Row[*tuple[Any, ...]]]:
    """A plain-column query on the session's connection (same transaction), fetched at once:
    Core rows, without the ORM's per-row loading (a fifth of the read of 10,000 cases)."""
    return uow.session.connection().execute(statement).all()


def _meta(uow: UnitOfWork) -> dict[str, str]:
    return {row.key: row.value for row in uow.session.scalars(select(StoreMeta))}


def _net_by_case(uow: UnitOfWork) -> dict[int, dict[str, list[Cents]]]:
    """{case id: {fund: [committed, disbursed]}}, each net of the reversals of its rows."""
    result: dict[int, dict[str, list[Cents]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    slot = {"commitment": 0, "disbursement": 1}
    rows = _rows(
        uow,
        select(
            LedgerRecord.case_id,
            LedgerRecord.fund,
            LedgerRecord.kind,
            func.sum(LedgerRecord.amount),
        )
        .where(LedgerRecord.kind != "reversal")
        .group_by(LedgerRecord.case_id, LedgerRecord.fund, LedgerRecord.kind),
    )
    for case_id, fund, kind, total in rows:
        result[case_id][fund][slot[kind]] += int(total)
    target = aliased(LedgerRecord)
    reversed_rows = _rows(
        uow,
        select(target.case_id, target.fund, target.kind, func.sum(LedgerRecord.amount))
        .join(target, target.seq == LedgerRecord.reverses_seq)
        .where(LedgerRecord.kind == "reversal")
        .group_by(target.case_id, target.fund, target.kind),
    )
    for case_id, fund, kind, total in reversed_rows:
        result[case_id][fund][slot[kind]] -= int(total)
    return result


_TEMPORARY = frozenset(f.name for f in fields(TemporaryHousing))
_LEASE = frozenset(f.name for f in fields(PrivateLease))


def _planned(raw: dict[str, Any], amount: str, start: str, end: str) -> Planned:
    return (raw["kind"], raw.get(amount, 0), raw.get(start), raw.get(end))


def _housing(raw: dict[str, Any] | None) -> tuple[str, Cents] | None:
    """Path a or b told apart by field names, as `services.documents` does, and its total."""
    if raw is None:
        return None
    if raw.keys() <= _TEMPORARY:
        monthly = sum(cost["amount"] for cost in raw.get("monthly_costs", ()))
        return TemporaryHousing.code, monthly * raw.get("months", 0)
    if raw.keys() <= _LEASE:
        return PrivateLease.code, sum(cost["amount"] for cost in raw.get("entry_costs", ()))
    raise ValueError("document does not match any of the expected record kinds")


def _statuses(planned: list[str], updates: list[dict[str, Any]]) -> tuple[str, ...]:
    """`intervention_statuses` on the stored documents: updates oldest first (ISO dates sort
    as dates; equal dates keep the order they were recorded in)."""
    for update in sorted(updates, key=lambda update: update["on"]):
        for index, status in update.get("statuses", ()):
            if 0 <= index < len(planned):
                planned[index] = status
    return tuple(planned)


def _closure(raw: dict[str, Any]) -> ClosureFacts:
    return ClosureFacts(
        date.fromisoformat(raw["closed_on"]),
        tuple((o["kind"], o.get("contract_type")) for o in raw.get("outcomes", ())),
        raw.get("drop_reason"),
    )


def _events(
    uow: UnitOfWork, in_force: Collection[int]
) -> tuple[dict[int, list[dict[str, Any]]], dict[int, dict[str, Any]]]:
    """The monitoring updates (oldest first) and the closure of the cases in `in_force`."""
    updates: dict[int, list[dict[str, Any]]] = defaultdict(list)
    closures: dict[int, dict[str, Any]] = {}
    events = _rows(
        uow,
        select(ProjectEventRecord.case_id, ProjectEventRecord.kind, ProjectEventRecord.document)
        .where(ProjectEventRecord.kind.in_(("monitoring", "closure")))
        .order_by(ProjectEventRecord.id),
    )
    for case_id, kind, document in events:
        if case_id not in in_force:
            continue
        if kind == "monitoring":
            updates[case_id].append(json.loads(document))
        else:
            closures[case_id] = json.loads(document)
    return updates, closures


def _project(
    row: Row[*tuple[Any, ...]], updates: list[dict[str, Any]], closure: dict[str, Any] | None
) -> ProjectFacts:
    _, number, status, validated_on, document = row
    draft = json.loads(document)
    active = (draft.get("work") or {}).get("interventions", ())
    return ProjectFacts(
        number=number,
        status=status,
        validated_on=date.fromisoformat(validated_on) if validated_on else None,
        lines=frozenset(draft.get("lines", ())),
        interventions=tuple(_planned(x, "planned_cost", "start", "end") for x in active),
        statuses=_statuses([x.get("status", "planned") for x in active], updates),
        supports=tuple(
            _planned(x, "amount", "period_from", "period_to")
            for x in draft.get("passive_supports", ())
        ),
        housing=_housing(draft.get("housing")),
        closure=_closure(closure) if closure is not None and status == "closed" else None,
    )


def _projects(uow: UnitOfWork) -> dict[int, ProjectFacts]:
    """The revision in force of every case that has one (newest validated or closed).

    Documents are read as plain JSON, only the fields a snapshot carries, and only the
    revision in force of each case is decoded: rebuilding every revision as a `ProjectDraft`
    (`services.documents`) was most of the time of an export. The missing-field defaults
    in `_project` are those of the domain dataclasses."""
    rows = _rows(
        uow,
        select(
            ProjectRevisionRecord.case_id,
            ProjectRevisionRecord.number,
            ProjectRevisionRecord.status,
            ProjectRevisionRecord.validated_on,
            ProjectRevisionRecord.document,
        )
        .where(ProjectRevisionRecord.status != "draft")
        .order_by(ProjectRevisionRecord.case_id, ProjectRevisionRecord.number),
    )
    in_force = {row[0]: row for row in rows}
    updates, closures = _events(uow, in_force)
    return {
        case_id: _project(row, updates.get(case_id, []), closures.get(case_id))
        for case_id, row in in_force.items()
    }


_LINES = {
    (work, housing): frozenset(
        line for line, wanted in (("work", work), ("housing", housing)) if wanted
    )
    for work in (False, True)
    for housing in (False, True)
}
"""The requested lines of a case, by its (line_work, line_housing) flags."""


_CASE_COLUMNS = (
    *(Case.id, Case.code, Case.referral_date, Case.referring_cav, Case.codice_fiscale),
    *(Case.birth_date, Case.line_work, Case.line_housing, Case.stage),
    *(Case.shelter, Case.employment, Case.kept_pseudonym),
)


def _stage_dates(uow: UnitOfWork) -> dict[int, dict[str, date]]:
    result: dict[int, dict[str, date]] = defaultdict(dict)
    for case_id, stage, day in _rows(
        uow, select(CaseStageDate.case_id, CaseStageDate.stage, CaseStageDate.date)
    ):
        result[case_id][stage] = date.fromisoformat(day)
    return result


def _cases(uow: UnitOfWork, day: date) -> list[CaseFacts]:
    """Every case; `consent_sharing` is her sharing consent in force on `day` (the register's
    one rule, `domain.case.consent`): a withdrawn one leaves her in the counts only."""
    sharing = consent_rows.cases_with_consent(uow, purpose=SHARING, day=day)
    with_children = set(
        uow.session.scalars(
            select(CaseChild.case_id).where(CaseChild.minor | CaseChild.disabled).distinct()
        )
    )
    stage_dates = _stage_dates(uow)
    money = _net_by_case(uow)
    projects = _projects(uow)
    result = []
    for row in _rows(uow, select(*_CASE_COLUMNS).order_by(Case.id)):
        case_id, code, referral, cav, codice_fiscale, birth = row[:6]
        line_work, line_housing, stage, shelter, employment, kept = row[6:]
        result.append(
            CaseFacts(
                case_id=case_id,
                code=code,
                referral_date=date.fromisoformat(referral),
                cav=cav,
                codice_fiscale=codice_fiscale or None,
                birth_date=date.fromisoformat(birth) if birth else None,
                lines=_LINES[bool(line_work), bool(line_housing)],
                stage=stage,
                stage_dates=stage_dates.get(case_id, {}),
                consent_sharing=case_id in sharing,
                minor_or_disabled_children=case_id in with_children,
                in_shelter=shelter != "none",
                employment=employment,
                funds={fund: (c, d) for fund, (c, d) in money.get(case_id, {}).items()},
                project=projects.get(case_id),
                kept_pseudonym=kept,
            )
        )
    return result


def _cofinancing(uow: UnitOfWork) -> list[tuple[str, str, int, Cents]]:
    """Net minutes and value per (action, month): rows neither reversing nor reversed."""
    reversed_ids = select(CofinancingHours.reverses_id).where(
        CofinancingHours.reverses_id.is_not(None)
    )
    rows = uow.session.execute(
        select(
            CofinancingHours.action_code,
            CofinancingHours.month,
            func.sum(CofinancingHours.minutes),
            func.sum(CofinancingHours.value),
        )
        .where(
            CofinancingHours.reverses_id.is_(None),
            CofinancingHours.id.not_in(reversed_ids.scalar_subquery()),
        )
        .group_by(CofinancingHours.action_code, CofinancingHours.month)
    )
    return [(action, month, int(minutes), int(value)) for action, month, minutes, value in rows]


def _expenses(uow: UnitOfWork) -> list[tuple[str, str, Cents]]:
    """Net amount per (action, month of the expense), reversed rows left out."""
    reversed_ids = select(ActionExpense.reverses_id).where(ActionExpense.reverses_id.is_not(None))
    month = func.substr(ActionExpense.on_date, 1, 7)
    rows = uow.session.execute(
        select(ActionExpense.action_code, month, func.sum(ActionExpense.amount))
        .where(
            ActionExpense.reverses_id.is_(None),
            ActionExpense.id.not_in(reversed_ids.scalar_subquery()),
        )
        .group_by(ActionExpense.action_code, month)
    )
    return [(action, on, int(amount)) for action, on, amount in rows]


def gather(uow: UnitOfWork, day: date | None = None) -> StoreFacts:
    """Everything a snapshot of this store needs, in one read transaction; the consents are
    those in force on `day` (today when None)."""
    meta = _meta(uow)
    return StoreFacts(
        store_id=meta.get("store_id", ""),
        ambito=meta.get("ambito", ""),
        programme_id=meta.get("programme_id") or load_default_programme().id,
        cases=_cases(uow, day or date.today()),
        cofinancing=_cofinancing(uow),
        expenses=_expenses(uow),
        fund_totals={t.fund: (t.committed, t.disbursed) for t in ledger.totals(uow)},
        training=exchange_registers.training_in_force(uow),
        members=exchange_registers.members_in_force(uow),
        audit_head=exchange_registers.audit_head(uow),
        statutory=statutory_tables.table_cases_by_id(uow),
    )
