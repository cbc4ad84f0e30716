"""Property tests of the fund ledger against a model anyone can check by eye.

The model keeps the ledger as a list and a set of reversed numbers, and predicts for every
operation whether the gate accepts it and, if not, which rule refuses it and with which
amounts. Random sequences of commitments, payments and reversals then go through
`check_new_entry` (fast, many examples): after each accepted one the whole-ledger invariants
hold and the net sums equal the model's; each refusal is the predicted `AppError` and its
message names the amounts (`€ 1.234,56`) or entry numbers. A slower property runs operations
through the real services on a fresh encrypted store per example and compares the SQL totals
with the rules' totals over every entry.

Synthetic data only: invented case codes, payees and document numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.allocation import allocations_of, caps_of
from antiviolenza_desktop.domain.ledger.entries import (
    KINDS,
    AllocationExceeded,
    AlreadyReversed,
    AmountNotPositive,
    CommitmentHasDisbursements,
    CommitmentNotFound,
    CommitmentOfAnotherCase,
    CommitmentOverCap,
    CommitmentReversed,
    DisbursementOverResidual,
    EntryNotFound,
    FundTotals,
    LedgerEntry,
    ReversalMismatch,
    ReversalOfReversal,
    committed,
    disbursed,
    fund_totals,
)
from antiviolenza_desktop.domain.ledger.invariants import check_new_entry, invariant_violations
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND, HOUSING_FUND, PASSIVE_FUND, Caps
from antiviolenza_desktop.services import fund_settings, ledger, ledger_writes, register_reversal
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.unlock import open_with_password
from tests.funds_support import TODAY, new_case, validate_project, work_project
from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD

ON = date(2026, 3, 2)
FUNDS = (ACTIVE_FUND, PASSIVE_FUND, HOUSING_FUND)
CASES = (1, 2, 3)
# Two or three women exhaust each allocation; the housing fund has no per-woman cap.
CAPS = Caps(active=300_000, passive=140_000, housing=None)
ALLOCATIONS = {ACTIVE_FUND: 500_000, PASSIVE_FUND: 250_000, HOUSING_FUND: 300_000}


def code_of(case: int) -> str:
    return f"CAV-{case:03d}"


# --- the model -----------------------------------------------------------------------------

Op = tuple[Any, ...]
"""One operation as drawn: its kind first, then what the kind needs."""
Expected = tuple[type[AppError], list[str]] | None
"""What the model predicts: None (accepted) or the refusal and the texts its message shows."""


@dataclass
class Model:
    """The ledger the simplest way: rows in order and the numbers that were reversed."""

    rows: list[LedgerEntry] = field(default_factory=list)
    reversed_by: dict[int, int] = field(default_factory=dict)

    @property
    def next_seq(self) -> int:
        return len(self.rows) + 1

    def row(self, seq: int) -> LedgerEntry | None:
        return self.rows[seq - 1] if 1 <= seq <= len(self.rows) else None

    def live(self, kind: str) -> list[LedgerEntry]:
        return [e for e in self.rows if e.kind == kind and e.seq not in self.reversed_by]

    def net(self, kind: str, fund: str | None = None, case: int | None = None) -> int:
        return sum(
            e.amount
            for e in self.live(kind)
            if fund in (None, e.fund) and case in (None, e.case_id)
        )

    def payments_on(self, seq: int) -> list[LedgerEntry]:
        return [e for e in self.live("disbursement") if e.commitment_seq == seq]

    def append(self, entry: LedgerEntry) -> None:
        self.rows.append(entry)
        if entry.kind == "reversal" and entry.reverses_seq is not None:
            self.reversed_by[entry.reverses_seq] = entry.seq


def number(seq: int | None) -> str:
    return f"n. {seq}"


def expect_commitment(model: Model, entry: LedgerEntry) -> Expected:
    amount, eur = entry.amount, format_eur
    if amount <= 0:
        return AmountNotPositive, [eur(amount)]
    hers = model.net("commitment", entry.fund, entry.case_id)
    cap = CAPS.of(entry.fund)
    if cap is not None and hers + amount > cap:
        return CommitmentOverCap, [eur(hers + amount), eur(hers), eur(amount), eur(cap)]
    fund_wide, allocation = model.net("commitment", entry.fund), ALLOCATIONS[entry.fund]
    if fund_wide + amount > allocation:
        shown = [eur(fund_wide + amount), eur(fund_wide), eur(amount), eur(allocation)]
        return AllocationExceeded, [*shown, eur(allocation - fund_wide)]
    return None


def expect_payment(model: Model, entry: LedgerEntry) -> Expected:
    seq, target = entry.commitment_seq, model.row(entry.commitment_seq or 0)
    if entry.amount <= 0:
        return AmountNotPositive, [format_eur(entry.amount)]
    if target is None or target.kind != "commitment":
        return CommitmentNotFound, [number(seq)]
    if (target.case_id, target.fund) != (entry.case_id, entry.fund):
        return CommitmentOfAnotherCase, [number(seq), target.case_code, entry.case_code]
    if target.seq in model.reversed_by:
        return CommitmentReversed, [number(seq), number(model.reversed_by[target.seq])]
    paid = sum(p.amount for p in model.payments_on(target.seq))
    if entry.amount > target.amount - paid:
        shown = [format_eur(entry.amount), format_eur(target.amount - paid)]
        return DisbursementOverResidual, [*shown, format_eur(target.amount), format_eur(paid)]
    return None


def expect_reversal(model: Model, entry: LedgerEntry) -> Expected:
    seq, target = entry.reverses_seq, model.row(entry.reverses_seq or 0)
    if target is None:
        return EntryNotFound, [number(seq)]
    if target.kind == "reversal":
        return ReversalOfReversal, [number(seq)]
    if target.seq in model.reversed_by:
        return AlreadyReversed, [number(seq), number(model.reversed_by[target.seq])]
    if entry.amount != target.amount:
        return ReversalMismatch, [format_eur(entry.amount), format_eur(target.amount)]
    live = model.payments_on(target.seq) if target.kind == "commitment" else []
    if live:
        shown = [format_eur(sum(p.amount for p in live)), *(str(p.seq) for p in live)]
        return CommitmentHasDisbursements, shown
    return None


# --- operations ----------------------------------------------------------------------------

COMMIT_AMOUNTS = st.one_of(
    st.sampled_from([-1, 0, 1, 100_000, 139_999, 140_000, 140_001, 300_000, 300_001]),
    st.integers(1, 320_000),
    st.integers(1, 150_000),
)
COMMITS = st.tuples(
    st.just("commit"), st.sampled_from(CASES), st.sampled_from(FUNDS), COMMIT_AMOUNTS
)
# A payment's amount: as drawn, or exactly the commitment's residual, or one cent more.
TARGETS = st.integers(-20, 60)
"""Which entry a payment or reversal names: see `pick`."""
PAYS = st.tuples(
    st.just("pay"),
    TARGETS,
    st.sampled_from(["raw", "raw", "residual", "residual+1"]),
    st.one_of(st.sampled_from([-1, 0, 1]), st.integers(1, 200_000), st.integers(1, 50_000)),
    st.sampled_from([False, False, False, True]),  # True: on behalf of another woman
)
# The last field is added to the reversed amount: 1 makes a reversal that does not match.
REVERSALS = st.tuples(st.just("reverse"), TARGETS, st.sampled_from([0, 0, 0, 0, 1]))
OPERATIONS = st.lists(st.one_of(COMMITS, PAYS, PAYS, REVERSALS), min_size=5, max_size=50)


def pick(rows: Sequence[LedgerEntry], raw: int, kinds: tuple[str, ...]) -> int:
    """An entry number: for `raw` ≥ 0 one of the entries of `kinds` (reversed or not), when
    there are any; otherwise any number from 0 to one past the last entry."""
    suitable = [e.seq for e in rows if e.kind in kinds]
    if raw >= 0 and suitable:
        return suitable[raw % len(suitable)]
    return abs(raw) % (len(rows) + 2)


def candidate(model: Model, op: Op) -> tuple[LedgerEntry, Expected]:
    seq = model.next_seq
    if op[0] == "commit":
        _, case, fund, amount = op
        entry = LedgerEntry(seq, case, code_of(case), fund, "commitment", amount, ON)
        return entry, expect_commitment(model, entry)
    if op[0] == "pay":
        _, raw, mode, amount, stray = op
        target_seq = pick(model.rows, raw, ("commitment",))
        target = model.row(target_seq)
        case, fund = (target.case_id, target.fund) if target else (1, ACTIVE_FUND)
        if stray:
            case = case % len(CASES) + 1
        if target is not None and mode != "raw":
            residual = target.amount - sum(p.amount for p in model.payments_on(target_seq))
            amount = residual + (1 if mode == "residual+1" else 0)
        entry = LedgerEntry(
            seq,
            case,
            code_of(case),
            fund,
            "disbursement",
            amount,
            ON,
            commitment_seq=target_seq,
            payee="Ente di Prova",
            document_ref=f"FT {seq}/2026",
        )
        return entry, expect_payment(model, entry)
    _, raw, off_by = op
    target_seq = pick(model.rows, raw, KINDS)
    target = model.row(target_seq)
    case, fund, amount = (
        (target.case_id, target.fund, target.amount) if target else (1, ACTIVE_FUND, 100)
    )
    entry = LedgerEntry(
        seq,
        case,
        code_of(case),
        fund,
        "reversal",
        amount + off_by,
        ON,
        reverses_seq=target_seq,
        note="Errore",
    )
    return entry, expect_reversal(model, entry)


def mentions(message: str, text: str) -> bool:
    """`text` in the message, not as a part of a longer number."""
    return re.search(r"(?<!\d)" + re.escape(text) + r"(?!\d)", message) is not None


@settings(max_examples=300, deadline=None)
@given(OPERATIONS)
def test_the_gate_accepts_exactly_what_the_model_allows_and_keeps_every_invariant(
    ops: list[Op],
) -> None:
    model, entries = Model(), []
    for op in ops:
        entry, expected = candidate(model, op)
        try:
            check_new_entry(entries, entry, allocations=ALLOCATIONS, caps=CAPS)
        except AppError as refusal:
            event(f"refused: {type(refusal).__name__}")
            assert expected is not None, f"refused, the model accepts: {refusal.message}"
            kind, texts = expected
            assert type(refusal) is kind, refusal.message
            missing = [text for text in texts if not mentions(refusal.message, text)]
            assert not missing, f"{refusal.message!r} does not show {missing}"
            continue
        assert expected is None, f"accepted, the model expects {expected[0].__name__}"
        event(f"accepted: {entry.kind}")
        entries.append(entry)
        model.append(entry)
        assert invariant_violations(entries, allocations=ALLOCATIONS, caps=CAPS) == []
        for fund in FUNDS:
            assert committed(entries, fund=fund) == model.net("commitment", fund)
            assert disbursed(entries, fund=fund) == model.net("disbursement", fund)
            for case in CASES:
                assert committed(entries, fund=fund, case_id=case) == model.net(
                    "commitment", fund, case
                )
                assert disbursed(entries, fund=fund, case_id=case) == model.net(
                    "disbursement", fund, case
                )
    for totals in fund_totals(entries, ALLOCATIONS):
        assert 0 <= totals.disbursed <= totals.committed <= totals.allocated
        assert totals.available == ALLOCATIONS[totals.fund] - totals.committed


# --- through the services, on a real store -------------------------------------------------

VALIDATIONS = st.tuples(
    st.just("validate"),
    st.integers(0, 2),
    st.sampled_from([0, 50_000, 150_000, 300_000, 300_001]),
    st.sampled_from([0, 40_000, 140_000]),
)
SERVICE_OPERATIONS = st.lists(
    st.one_of(
        VALIDATIONS,
        VALIDATIONS,
        st.tuples(st.just("pay"), TARGETS, st.sampled_from([1, 25_000, 60_000, 150_000])),
        st.tuples(st.just("pay"), TARGETS, st.sampled_from([1, 25_000, 60_000, 150_000])),
        st.tuples(st.just("reverse"), TARGETS),
    ),
    min_size=2,
    max_size=10,
)


def fresh_store(folder: Path) -> OpenStore:
    """A store per example (a shared one would carry one example's ledger into the next), with
    allocations small enough for three women to exhaust the active fund."""
    store = open_with_password(new_store(folder, alone=True), user=LOGIN, password=PASSWORD)
    opened = OpenStore(store, actor_for(store, LOGIN))
    with UnitOfWork(opened.store, opened.actor) as uow:
        fund_settings.configure_fund(uow, fund=ACTIVE_FUND, allocation=500_000, cap_per_woman=None)
    return opened


def apply(opened: OpenStore, cases: list[int], entries: list[LedgerEntry], op: Op) -> None:
    if op[0] == "validate":
        _, which, active, passive = op
        validate_project(opened, cases[which], work_project(active, passive))
        return
    with UnitOfWork(opened.store, opened.actor) as uow:
        if op[0] == "pay":
            ledger_writes.record_disbursement(
                uow,
                commitment_seq=pick(entries, op[1], ("commitment",)),
                amount=op[2],
                on=TODAY,
                payee="Ente di Prova",
                document_ref="FT 1/2026",
            )
        else:
            register_reversal.reverse_row(
                uow, kind="ledger", row_id=pick(entries, op[1], KINDS), day=TODAY, reason="Errore"
            )


def snapshot(opened: OpenStore) -> tuple[list[LedgerEntry], tuple[FundTotals, ...], list[str]]:
    with UnitOfWork(opened.store, opened.actor) as uow:
        entries = ledger.all_entries(uow)
        setups = fund_settings.current_setups(uow)
        sql = ledger.totals(uow)
    allocations = allocations_of(setups)
    assert sql == fund_totals(entries, allocations)
    return (
        entries,
        sql,
        invariant_violations(entries, allocations=allocations, caps=caps_of(setups)),
    )


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(ops=SERVICE_OPERATIONS)
def test_the_services_keep_sql_totals_equal_to_the_rules_over_every_entry(
    tmp_path_factory: pytest.TempPathFactory,
    ops: list[Op],
) -> None:
    opened = fresh_store(tmp_path_factory.mktemp("ledger"))
    try:
        cases = [new_case(opened, seed) for seed in range(3)]
        for op in ops:
            before, _, _ = snapshot(opened)
            try:
                apply(opened, cases, before, op)
            except AppError as refusal:
                event(f"refused: {type(refusal).__name__}")
                assert refusal.message
                if isinstance(refusal, DisbursementOverResidual | AllocationExceeded):
                    amounts = [format_eur(amount) for amount in op[2:]]
                    assert any(amount in refusal.message for amount in amounts)
                assert snapshot(opened)[0] == before, "a refusal changed the ledger"
                continue
            event(f"accepted: {op[0]}")
            entries, totals, problems = snapshot(opened)
            assert problems == []
            assert entries[: len(before)] == before, "an entry was changed"
            assert op[0] == "validate" or len(entries) == len(before) + 1
            assert all(0 <= t.disbursed <= t.committed <= t.allocated for t in totals)
    finally:
        opened.store.close()
