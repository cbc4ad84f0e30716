"""This store's view of each fund: its share of the allocation and the per-woman caps.

Defaults come from the programme file and `domain.fund_allocation`; the coordinator's changes
are rows of `fund_settings`, checked against the ledger (an allocation never below what is
already committed, a cap never below a woman's commitments) and audited.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.funds.allocation import (
    FundOverride,
    FundSetup,
    check_override,
    default_setup,
    fund_setups,
)
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, UnknownFund
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.programme import CAPOFILA, REGION, load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import FundSetting, LedgerRecord, StoreMeta


def store_ambito(uow: UnitOfWork) -> str | None:
    """The Ambito code of this store; None for the capofila's store, which sees the province
    (and for the Region's, which keeps no register of its own)."""
    meta = uow.session.get(StoreMeta, "ambito")
    if meta is None or meta.value in (CAPOFILA, REGION):
        return None
    return meta.value


def _overrides(uow: UnitOfWork) -> dict[str, FundOverride]:
    rows = uow.session.scalars(select(FundSetting))
    return {row.fund: FundOverride(row.allocation, row.rule, row.cap_per_woman) for row in rows}


def current_setups(uow: UnitOfWork) -> tuple[FundSetup, ...]:
    """Every ledger fund as this store sees it, in fund order."""
    return fund_setups(load_default_programme(), store_ambito(uow), _overrides(uow))


def net_committed_by_case(uow: UnitOfWork, fund: str) -> dict[str, Cents]:
    """Net commitments of each case on one fund (case code → cents), by SQL."""
    reversed_rows = select(LedgerRecord.reverses_seq).where(LedgerRecord.kind == "reversal")
    rows = uow.session.execute(
        select(LedgerRecord.case_code, func.sum(LedgerRecord.amount))
        .where(
            LedgerRecord.fund == fund,
            LedgerRecord.kind == "commitment",
            LedgerRecord.seq.not_in(reversed_rows.scalar_subquery()),
        )
        .group_by(LedgerRecord.case_code)
    )
    return {code: int(total) for code, total in rows}


def configure_fund(
    uow: UnitOfWork, *, fund: str, allocation: Cents, cap_per_woman: Cents | None
) -> FundSetup:
    """Set this store's share of a fund (rule `manuale`) and, where the card leaves it open,
    the per-woman cap. Errors: PermissionDenied, UnknownFund, AllocationAboveProvince,
    AllocationBelowCommitments, CapFixedByProgramme, CapNotPositive, CapBelowCommitments."""
    require(uow, Permission.FUNDS)
    if fund not in FUND_LABELS:
        raise UnknownFund("fund", fund=fund, known=", ".join(FUND_LABELS.values()))
    programme = load_default_programme()
    setup = next(s for s in current_setups(uow) if s.fund == fund)
    by_case = net_committed_by_case(uow, fund)
    largest = max(by_case.items(), key=lambda item: item[1], default=None)
    override = FundOverride(allocation, "manuale", cap_per_woman)
    check_override(
        setup,
        override,
        fund_committed=sum(by_case.values()),
        largest_case=largest,
        programme_cap=default_setup(programme, fund, store_ambito(uow)).cap_per_woman,
    )
    row = uow.session.get(FundSetting, fund) or FundSetting(fund=fund)
    row.allocation = allocation
    row.rule = override.rule
    row.cap_per_woman = cap_per_woman
    row.updated_at = datetime.now(UTC).isoformat(timespec="seconds")
    uow.session.add(row)
    uow.session.flush()
    details = {"fondo": fund, "stanziamento": allocation, "massimale": cap_per_woman}
    audit.record(uow, action="fondi.configurato", entity="fund", entity_id=fund, details=details)
    return next(s for s in current_setups(uow) if s.fund == fund)
