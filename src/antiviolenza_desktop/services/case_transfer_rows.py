"""A woman's whole record as plain values, and back as the rows of a new case.

What a transfer carries (docs/case-transfer.md): the referral form with her identity, children,
stage dates and the services given (`cases`, `case_children`, `case_stage_dates`,
`case_services`), every assessment, every Progetto revision and event (monitoring, closure),
and her consents with their withdrawals. Not carried: the ledger (the sender's accounts), the
audit log (the sender's), the drafts, and a referral consent that names one member of the
sender's own network (that member is not the receiver's; a consent to the kind of body is
carried). Columns are copied by name, so a column added to one of these tables travels without
a change here; the receiver refuses a record whose columns are not exactly its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, insert, select

from antiviolenza_desktop.domain.case.transfer import TransferContentInvalid
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    AssessmentRecord,
    Case,
    CaseChild,
    CaseConsent,
    CaseConsentWithdrawal,
    CaseService,
    CaseStageDate,
    ProjectEventRecord,
    ProjectRevisionRecord,
)

Row = dict[str, Any]

_CASE_LOCAL = frozenset(
    {
        "id",
        "code",
        "created_at",
        "updated_at",
        "erased_at",
        "erasure_reason",
        "kept_pseudonym",
        "woman_key",
        "transferred_at",
        "transferred_to",
    }
)
"""Columns of `cases` that belong to this store: its code, its clock, its tombstone, its mark."""

_CHILD_TABLES: dict[str, Table] = {
    "children": CaseChild.__table__,  # type: ignore[dict-item]
    "stage_dates": CaseStageDate.__table__,  # type: ignore[dict-item]
    "services": CaseService.__table__,  # type: ignore[dict-item]
    "assessments": AssessmentRecord.__table__,  # type: ignore[dict-item]
    "project_revisions": ProjectRevisionRecord.__table__,  # type: ignore[dict-item]
    "project_events": ProjectEventRecord.__table__,  # type: ignore[dict-item]
}
_CASES: Table = Case.__table__  # type: ignore[assignment]
_CONSENTS: Table = CaseConsent.__table__  # type: ignore[assignment]
_WITHDRAWALS: Table = CaseConsentWithdrawal.__table__  # type: ignore[assignment]
_ROW_LOCAL = frozenset({"id", "case_id"})
_CONSENT_FIELDS = ("purpose", "service_kind", "given_on", "way", "recorded_by", "recorded_at")
_WITHDRAWAL_FIELDS = ("withdrawn_on", "recorded_by", "recorded_at")


def _carried(table: Table, local: frozenset[str]) -> list[str]:
    return [column.name for column in table.columns if column.name not in local]


def _rows(uow: UnitOfWork, table: Table, case_id: int) -> list[Row]:
    names = _carried(table, _ROW_LOCAL)
    query = select(*(table.c[name] for name in names)).where(table.c.case_id == case_id)
    order = [table.c[k] for k in ("position", "stage", "number", "id") if k in table.c]
    return [dict(row._mapping) for row in uow.session.execute(query.order_by(*order))]


def _consents(uow: UnitOfWork, case_id: int) -> tuple[list[Row], int]:
    """Her consents with their withdrawal; the count of those left out (a named member)."""
    withdrawals = {
        row.consent_id: {name: getattr(row, name) for name in _WITHDRAWAL_FIELDS}
        for row in uow.session.execute(
            select(_WITHDRAWALS).where(_WITHDRAWALS.c.case_id == case_id)
        )
    }
    carried, left = [], 0
    query = select(_CONSENTS).where(_CONSENTS.c.case_id == case_id).order_by(_CONSENTS.c.id)
    for row in uow.session.execute(query):
        if row.member_id is not None:
            left += 1
            continue
        consent = {name: getattr(row, name) for name in _CONSENT_FIELDS}
        consent["withdrawal"] = withdrawals.get(row.id)
        carried.append(consent)
    return carried, left


def read_record(uow: UnitOfWork, case_id: int) -> tuple[Row, int]:
    """Her record as plain values (JSON-ready) and how many consents were left out."""
    names = _carried(_CASES, _CASE_LOCAL)
    case = uow.session.execute(
        select(*(_CASES.c[name] for name in names)).where(_CASES.c.id == case_id)
    ).one()
    record: Row = {"case": dict(case._mapping)}
    for key, table in _CHILD_TABLES.items():
        record[key] = _rows(uow, table, case_id)
    record["consents"], left = _consents(uow, case_id)
    return record, left


def _checked(value: object, names: list[str], what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict) or sorted(value) != sorted(names):
        raise TransferContentInvalid(reason=f"la parte «{what}» non ha i campi attesi")
    for item in value.values():
        if item is not None and not isinstance(item, str | int | bool):
            raise TransferContentInvalid(reason=f"la parte «{what}» ha un valore non ammesso")
    return value


def _list(record: Mapping[str, Any], key: str) -> list[Any]:
    value = record.get(key)
    if not isinstance(value, list):
        raise TransferContentInvalid(reason=f"manca la parte «{key}»")
    return value


def check_record(record: object) -> Mapping[str, Any]:
    """The record's shape against this store's tables, before any row is written.
    Errors: TransferContentInvalid."""
    expected = {"case", "consents", *_CHILD_TABLES}
    if not isinstance(record, dict) or set(record) != expected:
        raise TransferContentInvalid(reason="le parti della scheda non sono quelle attese")
    _checked(record["case"], _carried(_CASES, _CASE_LOCAL), "scheda")
    for key, table in _CHILD_TABLES.items():
        for row in _list(record, key):
            _checked(row, _carried(table, _ROW_LOCAL), key)
    for consent in _list(record, "consents"):
        if not isinstance(consent, dict):
            raise TransferContentInvalid(reason="un consenso non è leggibile")
        withdrawal = consent.get("withdrawal")
        _checked(
            {k: v for k, v in consent.items() if k != "withdrawal"},
            list(_CONSENT_FIELDS),
            "consensi",
        )
        if withdrawal is not None:
            _checked(withdrawal, list(_WITHDRAWAL_FIELDS), "revoche")
    return record


def write_record(uow: UnitOfWork, record: Mapping[str, Any], *, code: str, at: str) -> int:
    """The rows of a new case `code` from a checked record; the new case's id."""
    values = dict(record["case"], code=code, created_at=at, updated_at=at)
    case_id = int(
        uow.session.execute(insert(_CASES).values(**values).returning(_CASES.c.id)).scalar_one()
    )
    for key, table in _CHILD_TABLES.items():
        for row in record[key]:
            uow.session.execute(insert(table).values(**row, case_id=case_id))
    for consent in record["consents"]:
        fields = {k: v for k, v in consent.items() if k != "withdrawal"}
        consent_id = uow.session.execute(
            insert(_CONSENTS).values(**fields, case_id=case_id).returning(_CONSENTS.c.id)
        ).scalar_one()
        withdrawal = consent["withdrawal"]
        if withdrawal is not None:
            uow.session.execute(
                insert(_WITHDRAWALS).values(**withdrawal, consent_id=consent_id, case_id=case_id)
            )
    uow.session.flush()
    return case_id
