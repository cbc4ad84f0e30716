"""The append-only fund ledger: every refusal with its Italian message and amounts, caps and
allocations to the cent, project revisions as reversals, and the invariants under hypothesis.

Synthetic data only: invented case codes, payees and document numbers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.ledger.entries import (
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
    OpenCommitment,
    ReversalMismatch,
    ReversalOfReversal,
    RevisionAlreadyCommitted,
    SeqNotAppended,
    UnknownFund,
    commitment_entries_for,
    committed,
    disbursed,
    fund_totals,
    open_commitments,
    reversal_of,
)
from antiviolenza_desktop.domain.ledger.invariants import check_new_entry, invariant_violations
from antiviolenza_desktop.domain.project.model import (
    ACTIVE_FUND,
    HOUSING_FUND,
    PASSIVE_FUND,
    ActiveIntervention,
    CapExceeded,
    Caps,
    PassiveSupport,
    ProjectDraft,
    WorkPath,
)
from antiviolenza_desktop.domain.project.revisions import NotYetValidated, ProjectRevision

ON = date(2026, 3, 2)
CAPS = Caps(active=300_000, passive=140_000, housing=None)
ALLOCATIONS = {ACTIVE_FUND: 3_000_000, PASSIVE_FUND: 1_400_000, HOUSING_FUND: 1_173_558}
FUNDS = (ACTIVE_FUND, PASSIVE_FUND, HOUSING_FUND)


def commit(seq: int, amount: int, *, fund: str = ACTIVE_FUND, case: int = 1) -> LedgerEntry:
    return LedgerEntry(seq, case, f"CAV-{case:03d}", fund, "commitment", amount, ON)


def pay(seq: int, commitment: LedgerEntry, amount: int) -> LedgerEntry:
    return LedgerEntry(
        seq,
        commitment.case_id,
        commitment.case_code,
        commitment.fund,
        "disbursement",
        amount,
        ON,
        commitment_seq=commitment.seq,
        payee="Ente di Prova",
        document_ref="FT 1/2026",
    )


def undo(seq: int, entry: LedgerEntry) -> LedgerEntry:
    return reversal_of(entry, seq, ON, "Importo registrato per errore")


def append(
    ledger: list[LedgerEntry], *entries: LedgerEntry, allocations: dict[str, int] = ALLOCATIONS
) -> list[LedgerEntry]:
    """Append entries through the gate, as services do, and check the whole ledger after."""
    for entry in entries:
        check_new_entry(ledger, entry, allocations=allocations, caps=CAPS)
        ledger = [*ledger, entry]
        assert invariant_violations(ledger, allocations=allocations, caps=CAPS) == []
    return ledger


def refusal(ledger: list[LedgerEntry], entry: LedgerEntry, **kwargs: object) -> AppError:
    allocations = kwargs.get("allocations", ALLOCATIONS)
    with pytest.raises(AppError) as caught:
        check_new_entry(ledger, entry, allocations=allocations, caps=CAPS)  # type: ignore[arg-type]
    return caught.value


# --- derived views -------------------------------------------------------------------------


def test_views_net_reversals_out_of_commitments_and_disbursements() -> None:
    first, second = commit(1, 200_000), commit(2, 50_000, fund=PASSIVE_FUND, case=2)
    paid = pay(3, first, 80_000)
    ledger = append([], first, second, paid, pay(4, first, 20_000), undo(5, paid))
    assert committed(ledger) == 250_000
    assert committed(ledger, fund=ACTIVE_FUND) == 200_000
    assert committed(ledger, case_id=2) == 50_000
    assert disbursed(ledger) == 20_000
    assert disbursed(ledger, fund=PASSIVE_FUND) == 0
    assert open_commitments(ledger) == [
        OpenCommitment(1, 1, "CAV-001", ACTIVE_FUND, 200_000, 20_000, 180_000),
        OpenCommitment(2, 2, "CAV-002", PASSIVE_FUND, 50_000, 0, 50_000),
    ]
    ledger = append(ledger, undo(6, second))
    assert committed(ledger, case_id=2) == 0
    assert [c.seq for c in open_commitments(ledger)] == [1]
    assert fund_totals(ledger, ALLOCATIONS) == (
        FundTotals(ACTIVE_FUND, 3_000_000, 200_000, 20_000, 2_800_000),
        FundTotals(PASSIVE_FUND, 1_400_000, 0, 0, 1_400_000),
        FundTotals(HOUSING_FUND, 1_173_558, 0, 0, 1_173_558),
    )


# --- refusals, each with its message -------------------------------------------------------


@pytest.mark.parametrize(("amount", "shown"), [(0, "€ 0,00"), (-500, "-€ 5,00")])
def test_amounts_must_be_positive_cents(amount: int, shown: str) -> None:
    error = refusal([], commit(1, amount))
    assert isinstance(error, AmountNotPositive)
    assert error.field == "amount"
    assert error.message == (
        f"L'importo di {shown} non è valido: ogni voce del registro ha un importo positivo in "
        "centesimi (è il tipo di voce a dare il segno)."
    )


def test_an_unknown_fund_is_refused() -> None:
    error = refusal([], commit(1, 100, fund="training"))
    assert isinstance(error, UnknownFund)
    assert error.message == (
        "Il fondo «training» non esiste: scegli tra Fondo politiche attive, "
        "Fondo politiche passive, Fondo autonomia abitativa."
    )


def test_entries_are_only_appended() -> None:
    error = refusal(append([], commit(1, 100), commit(2, 100)), commit(2, 100))
    assert isinstance(error, SeqNotAppended)
    assert error.message == (
        "La voce n. 2 non segue l'ultima del registro (n. 2): il registro si scrive solo in coda."
    )


def test_a_disbursement_beyond_the_residual_names_both_amounts() -> None:
    ledger = [commit(seq, 100) for seq in range(1, 12)]
    ledger = append(ledger, commitment := commit(12, 80_000), pay(13, commitment, 50_000))
    error = refusal(ledger, pay(14, commitment, 50_000))
    assert isinstance(error, DisbursementOverResidual)
    assert error.code == "erogazione_oltre_residuo"
    assert error.message == (
        "L'erogazione di € 500,00 supera il residuo dell'impegno n. 12 (€ 300,00; "
        "impegnati € 800,00, già erogati € 500,00)."
    )
    append(ledger, pay(14, commitment, 30_000))


def test_a_disbursement_needs_an_existing_commitment() -> None:
    first = commit(1, 10_000)
    ledger = append([], first, payment := pay(2, first, 100))
    for target in (9, 2):
        error = refusal(ledger, replace(pay(3, first, 100), commitment_seq=target))
        assert isinstance(error, CommitmentNotFound)
        assert error.message == (
            f"L'erogazione fa riferimento all'impegno n. {target}, che non esiste nel registro."
        )
    assert payment.kind == "disbursement"


def test_a_disbursement_stays_on_its_case_and_fund() -> None:
    ledger = append([], first := commit(1, 10_000))
    error = refusal(ledger, replace(pay(2, first, 100), case_id=2, case_code="CAV-002"))
    assert isinstance(error, CommitmentOfAnotherCase)
    assert error.message == (
        "L'impegno n. 1 è del caso CAV-001 sul Fondo politiche attive: non si può erogare su di "
        "esso per il caso CAV-002 sul Fondo politiche attive."
    )
    error = refusal(ledger, replace(pay(2, first, 100), fund=PASSIVE_FUND))
    assert isinstance(error, CommitmentOfAnotherCase)


def test_no_disbursement_on_a_reversed_commitment() -> None:
    ledger = append([], first := commit(1, 10_000), undo(2, first))
    error = refusal(ledger, pay(3, first, 100))
    assert isinstance(error, CommitmentReversed)
    assert error.message == (
        "L'impegno n. 1 è stato stornato (storno n. 2): non si può più erogare su di esso."
    )


def test_a_reversal_needs_an_existing_entry() -> None:
    error = refusal([], replace(undo(2, commit(1, 100)), seq=1))
    assert isinstance(error, EntryNotFound)
    assert error.message == "Lo storno fa riferimento alla voce n. 1, che non esiste nel registro."


def test_an_entry_is_reversed_once_and_a_reversal_never() -> None:
    ledger = append([], first := commit(1, 10_000), reversal := undo(2, first))
    error = refusal(ledger, undo(3, first))
    assert isinstance(error, AlreadyReversed)
    assert error.message == (
        "La voce n. 1 è già stata stornata (storno n. 2): non si storna due volte."
    )
    error = refusal(ledger, undo(3, reversal))
    assert isinstance(error, ReversalOfReversal)
    assert error.message == (
        "La voce n. 2 è uno storno: uno storno non si storna, registra invece una nuova voce."
    )


def test_a_reversal_cancels_the_whole_entry_of_the_same_case() -> None:
    ledger = append([], first := commit(1, 10_000))
    error = refusal(ledger, replace(undo(2, first), amount=4_000))
    assert isinstance(error, ReversalMismatch)
    assert error.message == (
        "Lo storno di € 40,00 per il caso CAV-001 sul Fondo politiche attive non corrisponde "
        "alla voce n. 1 (€ 100,00, caso CAV-001, Fondo politiche attive): uno storno annulla "
        "per intero una voce dello stesso caso e fondo."
    )
    error = refusal(ledger, replace(undo(2, first), case_id=2, case_code="CAV-002"))
    assert isinstance(error, ReversalMismatch)


def test_a_commitment_with_payments_is_reversed_only_after_them() -> None:
    first = commit(1, 100_000)
    ledger = append([], first, a := pay(2, first, 10_000), pay(3, first, 2_550))
    error = refusal(ledger, undo(4, first))
    assert isinstance(error, CommitmentHasDisbursements)
    assert error.message == (
        "L'impegno n. 1 ha erogazioni non stornate per € 125,50 (voci n. 2, 3): "
        "storna prima quelle erogazioni."
    )
    ledger = append(ledger, undo(4, a))
    assert "voci n. 3)" in refusal(ledger, undo(5, first)).message
    append(ledger, undo(5, ledger[2]), undo(6, first))


# --- per-woman caps and the Ambito's allocation --------------------------------------------


def test_a_second_project_up_to_the_active_cap_is_allowed() -> None:
    append([], commit(1, 200_000), commit(2, 100_000))


def test_a_second_project_one_cent_over_the_active_cap_is_refused() -> None:
    ledger = append([], commit(1, 200_000), commit(2, 50_000, case=2))
    error = refusal(ledger, commit(3, 100_001))
    assert isinstance(error, CommitmentOverCap)
    assert isinstance(error, CapExceeded)
    assert error.params["fund"] == ACTIVE_FUND
    assert error.message == (
        "Gli impegni del caso CAV-001 sul Fondo politiche attive arriverebbero a € 3.000,01 "
        "(già impegnati € 2.000,00, nuovo impegno € 1.000,01): superano il massimo di "
        "€ 3.000,00 per donna."
    )


def test_a_reversed_commitment_frees_her_cap() -> None:
    ledger = append([], first := commit(1, 200_000), commit(2, 100_000), undo(3, first))
    append(ledger, commit(4, 200_000))


def test_the_passive_cap_and_an_uncapped_housing_fund() -> None:
    ledger = append([], commit(1, 140_000, fund=PASSIVE_FUND))
    error = refusal(ledger, commit(2, 1, fund=PASSIVE_FUND))
    assert "superano il massimo di € 1.400,00 per donna" in error.message
    append(ledger, commit(2, 900_000, fund=HOUSING_FUND))


def test_the_allocation_is_exhausted_to_the_cent() -> None:
    allocations = {**ALLOCATIONS, ACTIVE_FUND: 500_000}
    ledger = append([], commit(1, 300_000), commit(2, 199_999, case=2), allocations=allocations)
    error = refusal(ledger, commit(3, 2, case=3), allocations=allocations)
    assert isinstance(error, AllocationExceeded)
    assert error.message == (
        "Gli impegni sul Fondo politiche attive arriverebbero a € 5.000,01 (già impegnati "
        "€ 4.999,99, nuovo impegno € 0,02): superano lo stanziamento dell'Ambito di "
        "€ 5.000,00 (disponibili € 0,01)."
    )
    append(ledger, commit(3, 1, case=3), allocations=allocations)


def test_a_fund_without_allocation_takes_no_commitment() -> None:
    error = refusal([], commit(1, 100, fund=HOUSING_FUND), allocations={})
    assert isinstance(error, AllocationExceeded)
    assert error.params["available"] == "€ 0,00"


# --- project revisions ---------------------------------------------------------------------


def revision(number: int, active: int, passive: int, status: str = "validated") -> ProjectRevision:
    work = WorkPath(interventions=(ActiveIntervention("training_requalification", "cpi", active),))
    draft = ProjectDraft(work=work, passive_supports=(PassiveSupport("transport_refund", passive),))
    return ProjectRevision(number, status, draft, ON)  # type: ignore[arg-type]


def entries_for(rev: ProjectRevision, ledger: list[LedgerEntry]) -> list[LedgerEntry]:
    return commitment_entries_for(
        rev,
        case_id=1,
        case_code="CAV-001",
        existing_entries=ledger,
        next_seq=len(ledger) + 1,
        on=ON,
    )


def test_validating_a_revision_commits_its_amounts_per_fund() -> None:
    new = entries_for(revision(1, 150_000, 20_000), [])
    assert [(e.seq, e.kind, e.fund, e.amount, e.revision) for e in new] == [
        (1, "commitment", ACTIVE_FUND, 150_000, 1),
        (2, "commitment", PASSIVE_FUND, 20_000, 1),
    ]
    assert append([], *new)


def test_a_new_revision_reverses_the_old_commitments_and_commits_anew() -> None:
    manual = commit(1, 10_000, fund=HOUSING_FUND)
    ledger = append([manual], *entries_for(revision(1, 150_000, 20_000), [manual]))
    before = list(ledger)
    new = entries_for(revision(2, 290_000, 0), ledger)
    assert [(e.seq, e.kind, e.reverses_seq, e.fund, e.amount) for e in new] == [
        (4, "reversal", 2, ACTIVE_FUND, 150_000),
        (5, "reversal", 3, PASSIVE_FUND, 20_000),
        (6, "commitment", None, ACTIVE_FUND, 290_000),
    ]
    ledger = append(ledger, *new)
    assert ledger[:3] == before
    assert committed(ledger, fund=ACTIVE_FUND) == 290_000
    assert committed(ledger, fund=PASSIVE_FUND) == 0
    assert committed(ledger, fund=HOUSING_FUND) == 10_000


def test_a_revision_over_the_cap_is_refused_by_the_gate() -> None:
    ledger = append([], *entries_for(revision(1, 100_000, 0), []))
    with pytest.raises(CommitmentOverCap):
        append(ledger, commit(2, 250_000, case=1))
    append(ledger, *entries_for(revision(2, 300_000, 0), ledger))


def test_old_commitments_with_payments_must_be_settled_before_a_new_revision() -> None:
    ledger = append([], *entries_for(revision(1, 100_000, 0), []))
    ledger = append(ledger, pay(2, ledger[0], 5_000))
    with pytest.raises(CommitmentHasDisbursements):
        append(ledger, *entries_for(revision(2, 200_000, 0), ledger))


def test_a_draft_or_an_already_committed_revision_commits_nothing() -> None:
    with pytest.raises(NotYetValidated):
        entries_for(revision(1, 100, 0, status="draft"), [])
    ledger = append([], *entries_for(revision(1, 100, 0), []))
    with pytest.raises(RevisionAlreadyCommitted) as caught:
        entries_for(revision(1, 100, 0), ledger)
    assert caught.value.message == (
        "La revisione 1 del progetto del caso CAV-001 ha già i suoi impegni (n. 1)."
    )


# --- the whole-ledger check ----------------------------------------------------------------


def test_invariant_violations_reports_a_ledger_written_around_the_gate() -> None:
    first = commit(1, 400_000)
    ledger = [
        first,
        pay(2, first, 500_000),
        undo(3, first),
        undo(4, first),
        commit(4, 0, fund="training"),
    ]
    assert invariant_violations(ledger, allocations={ACTIVE_FUND: 100}, caps=CAPS) == [
        "La voce n. 4 segue la n. 4: i numeri devono crescere.",
        "La voce n. 4 ha un importo non positivo (€ 0,00).",
        "La voce n. 4 è su un fondo sconosciuto «training».",
        "La voce n. 1 è stornata 2 volte.",
        "L'impegno n. 1 è stornato (storno n. 4) ma ha erogazioni non stornate prima dello "
        "storno o registrate dopo.",
    ]
    assert invariant_violations(ledger[:2], allocations={ACTIVE_FUND: 100}, caps=CAPS) == [
        "Sull'impegno n. 1 (€ 4.000,00) risultano erogati € 5.000,00: più dell'impegnato.",
        "Gli impegni del caso CAV-001 sul Fondo politiche attive sono € 4.000,00: superano il "
        "massimo di € 3.000,00 per donna.",
        "Gli impegni sul Fondo politiche attive sono € 4.000,00: superano lo stanziamento "
        "dell'Ambito di € 1,00.",
    ]


# --- any accepted sequence keeps the invariants --------------------------------------------

AMOUNTS = st.builds(
    lambda base, jitter: base + jitter,
    st.sampled_from([0, 1, 4_000, 20_000, 60_000, 100_000, 140_000, 180_000]),
    st.integers(-1, 1),
)
OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["commitment", "disbursement", "reversal"]),
        st.integers(1, 3),
        st.sampled_from(FUNDS),
        AMOUNTS,
        st.integers(0, 60),
    ),
    max_size=60,
)
SMALL_ALLOCATIONS = {ACTIVE_FUND: 400_000, PASSIVE_FUND: 200_000, HOUSING_FUND: 250_000}


def candidate(ledger: list[LedgerEntry], op: tuple[str, int, str, int, int]) -> LedgerEntry:
    kind, case, fund, amount, pick = op
    seq = len(ledger) + 1
    base = LedgerEntry(seq, case, f"CAV-{case:03d}", fund, "commitment", amount, ON)
    if kind == "commitment" or not ledger:
        return base
    target = ledger[pick % len(ledger)]
    if kind == "reversal":
        return undo(seq, target)
    return pay(seq, target, amount // 4)


def naive(ledger: list[LedgerEntry], kind: str, fund: str) -> int:
    reversed_seqs = {e.reverses_seq for e in ledger if e.kind == "reversal"}
    return sum(
        e.amount for e in ledger if e.kind == kind and e.fund == fund and e.seq not in reversed_seqs
    )


@settings(max_examples=300, deadline=None)
@given(OPERATIONS)
def test_accepted_operations_keep_every_invariant(
    ops: list[tuple[str, int, str, int, int]],
) -> None:
    ledger: list[LedgerEntry] = []
    for op in ops:
        entry = candidate(ledger, op)
        try:
            check_new_entry(ledger, entry, allocations=SMALL_ALLOCATIONS, caps=CAPS)
        except AppError:
            continue
        ledger.append(entry)
    assert invariant_violations(ledger, allocations=SMALL_ALLOCATIONS, caps=CAPS) == []
    for totals in fund_totals(ledger, SMALL_ALLOCATIONS):
        assert totals.committed == naive(ledger, "commitment", totals.fund)
        assert totals.disbursed == naive(ledger, "disbursement", totals.fund)
        assert totals.available == SMALL_ALLOCATIONS[totals.fund] - totals.committed >= 0
        assert 0 <= totals.disbursed <= totals.committed
    for line in open_commitments(ledger):
        assert 0 <= line.residual == line.committed - line.disbursed
    assert committed(ledger) == sum(committed(ledger, case_id=case) for case in (1, 2, 3))
