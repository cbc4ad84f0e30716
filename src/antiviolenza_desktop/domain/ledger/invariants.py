"""The rules of the fund ledger in one place: the gate of every write and the whole-ledger check.

`check_new_entry` decides whether one entry may be appended and raises the `AppError` of the
first rule it breaks. A store with 200,000 rows does not load them all for one payment: it
passes the entries of the case concerned and, as `fund_committed`, the net commitments of each
fund over the whole ledger (one SQL sum), which is all the allocation rule needs.
`invariant_violations` re-checks a whole ledger, independently of how it
was written (services after every write, bulk imports, property tests), and lists every rule
it finds broken as a keyed message (`invariant_findings`; `invariant_violations` gives their
Italian sentences), with the amounts: an empty list means the ledger is sound.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence

from antiviolenza_desktop.domain.ledger.entries import (
    FUND_LABELS,
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
    LedgerEntry,
    LedgerIndex,
    PaymentBeforeCommitment,
    PaymentDetailMissing,
    ReversalMismatch,
    ReversalOfReversal,
    SeqNotAppended,
    UnknownEntryKind,
    UnknownFund,
    committed,
)
from antiviolenza_desktop.domain.ledger.invariant_messages import (
    AMOUNT_NOT_POSITIVE,
    FUND_UNKNOWN,
    KIND_UNKNOWN,
    OVER_ALLOCATION,
    OVER_CAP,
    OVERPAID,
    PAID_AROUND_REVERSAL,
    PAYMENT_BEFORE_COMMITMENT,
    PAYMENT_DETAIL_MISSING,
    PAYMENT_ELSEWHERE,
    PAYMENT_WITHOUT_COMMITMENT,
    REVERSAL_PARTIAL,
    REVERSAL_WITHOUT_TARGET,
    REVERSED_TWICE,
    SEQ_NOT_GROWING,
)
from antiviolenza_desktop.domain.messages import Message
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.project.model import Caps

# --- the gate of every write ---------------------------------------------------------------


def check_new_entry(
    entries: Sequence[LedgerEntry],
    entry: LedgerEntry,
    *,
    allocations: Mapping[str, Cents],
    caps: Caps,
    fund_committed: Mapping[str, Cents] | None = None,
    woman_of: Mapping[int, str] | None = None,
) -> None:
    """Raise the `AppError` of the first rule `entry` breaks when appended to `entries`.

    `entries` is the whole ledger, or every entry of the cases of the entry's woman when
    `fund_committed` gives the fund-wide net commitments. `woman_of` maps case ids to a key of
    the woman (her normalised codice fiscale): a woman who came back has two cases and one
    cap. Without it, or for a case it does not list, one case is one woman."""
    book = LedgerIndex.of(entries)
    _check_shape(book, entry)
    if entry.kind == "commitment":
        if fund_committed is None:
            fund_wide = committed(entries, fund=entry.fund)
        else:
            fund_wide = fund_committed.get(entry.fund, 0)
        _check_commitment(entries, entry, allocations, caps, fund_wide, woman_of or {})
    elif entry.kind == "disbursement":
        _check_disbursement(book, entry)
    else:
        _check_reversal(book, entry)


def _check_shape(book: LedgerIndex, entry: LedgerEntry) -> None:
    if entry.kind not in KINDS:
        raise UnknownEntryKind("kind", kind=entry.kind)
    if entry.fund not in FUND_LABELS:
        known = ", ".join(FUND_LABELS.values())
        raise UnknownFund("fund", fund=entry.fund, known=known)
    if type(entry.amount) is not int or entry.amount <= 0:
        raise AmountNotPositive("amount", amount=_eur(entry.amount))
    if entry.seq <= book.last_seq:
        raise SeqNotAppended("seq", seq=entry.seq, last=book.last_seq)


def _eur(amount: object) -> str:
    return format_eur(amount) if isinstance(amount, int) else repr(amount)


def _check_commitment(
    entries: Sequence[LedgerEntry],
    entry: LedgerEntry,
    allocations: Mapping[str, Cents],
    caps: Caps,
    fund_wide: Cents,
    woman_of: Mapping[int, str],
) -> None:
    label = FUND_LABELS[entry.fund]
    cap = caps.of(entry.fund)
    her_cases = _cases_of_woman(entry.case_id, woman_of)
    hers = sum(committed(entries, fund=entry.fund, case_id=case) for case in her_cases)
    if cap is not None and hers + entry.amount > cap:
        codes = {e.case_id: e.case_code for e in entries}
        others = sorted(codes.get(case, str(case)) for case in her_cases - {entry.case_id})
        raise CommitmentOverCap(
            "amount",
            fund=entry.fund,
            fund_label=label,
            case=entry.case_code
            + (f" e dei suoi altri casi {', '.join(others)}" if others else ""),
            total=format_eur(hers + entry.amount),
            current=format_eur(hers),
            amount=format_eur(entry.amount),
            cap=format_eur(cap),
        )
    refusal = allocation_refusal(entry.fund, fund_wide, entry.amount, allocations)
    if refusal is not None:
        raise refusal


def allocation_refusal(
    fund: str, committed: Cents, amount: Cents, allocations: Mapping[str, Cents]
) -> AllocationExceeded | None:
    """The Ambito's rule for a new commitment of `amount` on `fund`, whose net commitments are
    `committed`: the total may not pass the fund's allocation. Also what the project panel
    shows while she types (domain.fund_room), so the panel and the validation agree."""
    allocation = allocations.get(fund, 0)
    if committed + amount <= allocation:
        return None
    return AllocationExceeded(
        "amount",
        fund=fund,
        fund_label=FUND_LABELS[fund],
        total=format_eur(committed + amount),
        current=format_eur(committed),
        amount=format_eur(amount),
        allocation=format_eur(allocation),
        available=format_eur(allocation - committed),
    )


def _cases_of_woman(case_id: int, woman_of: Mapping[int, str]) -> set[int]:
    woman = woman_of.get(case_id)
    if woman is None:
        return {case_id}
    return {case for case, key in woman_of.items() if key == woman} | {case_id}


def _check_disbursement(book: LedgerIndex, entry: LedgerEntry) -> None:
    seq = entry.commitment_seq
    commitment = book.by_seq.get(seq) if seq is not None else None
    if seq is None or commitment is None or commitment.kind != "commitment":
        raise CommitmentNotFound("commitment_seq", seq=seq)
    if (commitment.case_id, commitment.fund) != (entry.case_id, entry.fund):
        raise CommitmentOfAnotherCase(
            "commitment_seq",
            seq=seq,
            their_case=commitment.case_code,
            their_fund=FUND_LABELS.get(commitment.fund, commitment.fund),
            case=entry.case_code,
            fund=FUND_LABELS[entry.fund],
        )
    if seq in book.reversed_by:
        raise CommitmentReversed("commitment_seq", seq=seq, reversal=book.reversed_by[seq])
    paid = book.paid(seq)
    if entry.amount > commitment.amount - paid:
        raise DisbursementOverResidual(
            "amount",
            amount=format_eur(entry.amount),
            seq=seq,
            residual=format_eur(commitment.amount - paid),
            committed=format_eur(commitment.amount),
            disbursed=format_eur(paid),
        )
    if not entry.payee.strip():
        raise PaymentDetailMissing("payee", what="il beneficiario")
    if not entry.document_ref.strip():
        raise PaymentDetailMissing("document_ref", what="il riferimento del documento")
    if entry.on < commitment.on:
        raise PaymentBeforeCommitment(
            "on", day=f"{entry.on:%d/%m/%Y}", seq=seq, committed_on=f"{commitment.on:%d/%m/%Y}"
        )


def _check_reversal(book: LedgerIndex, entry: LedgerEntry) -> None:
    seq = entry.reverses_seq
    target = book.by_seq.get(seq) if seq is not None else None
    if seq is None or target is None:
        raise EntryNotFound("reverses_seq", seq=seq)
    if target.kind == "reversal":
        raise ReversalOfReversal("reverses_seq", seq=seq)
    if seq in book.reversed_by:
        raise AlreadyReversed("reverses_seq", seq=seq, reversal=book.reversed_by[seq])
    if (target.case_id, target.fund, target.amount) != (entry.case_id, entry.fund, entry.amount):
        raise ReversalMismatch(
            "reverses_seq",
            amount=format_eur(entry.amount),
            case=entry.case_code,
            fund=FUND_LABELS[entry.fund],
            seq=seq,
            their_amount=format_eur(target.amount),
            their_case=target.case_code,
            their_fund=FUND_LABELS.get(target.fund, target.fund),
        )
    live = book.live_payments(seq) if target.kind == "commitment" else []
    if live:
        raise CommitmentHasDisbursements(
            "reverses_seq",
            seq=seq,
            disbursed=format_eur(sum(p.amount for p in live)),
            entries=", ".join(str(p.seq) for p in live),
        )


# --- the whole ledger ----------------------------------------------------------------------


def invariant_violations(
    entries: Sequence[LedgerEntry],
    *,
    allocations: Mapping[str, Cents],
    caps: Caps,
    woman_of: Mapping[int, str] | None = None,
    payee_erased: Collection[int] = (),
) -> list[str]:
    """Every broken rule of the ledger, one Italian sentence each; [] when it is sound (the
    texts of `invariant_findings`, for the services that join them into one refusal)."""
    findings = invariant_findings(
        entries, allocations=allocations, caps=caps, woman_of=woman_of, payee_erased=payee_erased
    )
    return [finding.text for finding in findings]


def invariant_findings(
    entries: Sequence[LedgerEntry],
    *,
    allocations: Mapping[str, Cents],
    caps: Caps,
    woman_of: Mapping[int, str] | None = None,
    payee_erased: Collection[int] = (),
) -> list[Message]:
    """Every broken rule of the ledger, one keyed message each; [] when it is sound.

    `payee_erased` are the seqs of stored payments of erased cases: the erasure emptied their
    payee (free text that may name her), so «a payment names its payee» holds for the others."""
    index = LedgerIndex.of(entries)
    net = _net_commitments(entries, index)
    codes = {entry.case_id: entry.case_code for entry in entries}
    return [
        *_row_problems(entries),
        *_reference_problems(entries, index, payee_erased),
        *_payment_problems(entries, index),
        *_cap_problems(net, codes, caps, woman_of or {}),
        *_allocation_problems(net, allocations),
    ]


def _row_problems(entries: Sequence[LedgerEntry]) -> Iterator[Message]:
    previous = 0
    for entry in entries:
        if entry.seq <= previous:
            yield SEQ_NOT_GROWING(seq=entry.seq, previous=previous)
        previous = max(previous, entry.seq)
        if type(entry.amount) is not int or entry.amount <= 0:
            yield AMOUNT_NOT_POSITIVE(seq=entry.seq, amount=_eur(entry.amount))
        if entry.kind not in KINDS:
            yield KIND_UNKNOWN(seq=entry.seq, kind=entry.kind)
        if entry.fund not in FUND_LABELS:
            yield FUND_UNKNOWN(seq=entry.seq, fund=entry.fund)


def _reference_problems(
    entries: Sequence[LedgerEntry], index: LedgerIndex, payee_erased: Collection[int]
) -> Iterator[Message]:
    for entry in entries:
        if entry.kind == "disbursement":
            yield from _disbursement_reference(entry, index, entry.seq in payee_erased)
        elif entry.kind == "reversal":
            yield from _reversal_reference(entry, index)
    reversals = Counter(e.reverses_seq for e in entries if e.kind == "reversal")
    for seq, times in sorted(reversals.items(), key=lambda item: item[0] or 0):
        if times > 1:
            yield REVERSED_TWICE(seq=seq or 0, times=times)


def _disbursement_reference(
    entry: LedgerEntry, index: LedgerIndex, payee_erased: bool
) -> Iterator[Message]:
    if (not entry.payee.strip() and not payee_erased) or not entry.document_ref.strip():
        yield PAYMENT_DETAIL_MISSING(seq=entry.seq)
    target = index.by_seq.get(entry.commitment_seq or 0)
    if target is None or target.kind != "commitment" or target.seq >= entry.seq:
        yield PAYMENT_WITHOUT_COMMITMENT(seq=entry.seq, commitment=str(entry.commitment_seq))
    elif entry.on < target.on:
        yield PAYMENT_BEFORE_COMMITMENT(
            seq=entry.seq,
            on=f"{entry.on:%d/%m/%Y}",
            commitment=target.seq,
            committed_on=f"{target.on:%d/%m/%Y}",
        )
    elif (target.case_id, target.fund) != (entry.case_id, entry.fund):
        yield PAYMENT_ELSEWHERE(seq=entry.seq, commitment=target.seq)


def _reversal_reference(entry: LedgerEntry, index: LedgerIndex) -> Iterator[Message]:
    target = index.by_seq.get(entry.reverses_seq or 0)
    if target is None or target.kind == "reversal" or target.seq >= entry.seq:
        yield REVERSAL_WITHOUT_TARGET(seq=entry.seq, target=str(entry.reverses_seq))
    elif (target.case_id, target.fund, target.amount) != (entry.case_id, entry.fund, entry.amount):
        yield REVERSAL_PARTIAL(
            seq=entry.seq,
            amount=_eur(entry.amount),
            target=target.seq,
            target_amount=_eur(target.amount),
        )


def _payment_problems(entries: Sequence[LedgerEntry], index: LedgerIndex) -> Iterator[Message]:
    for entry in entries:
        if entry.kind != "commitment":
            continue
        paid = index.paid(entry.seq)
        reversal = index.reversed_by.get(entry.seq)
        if reversal is None and paid > entry.amount:
            yield OVERPAID(seq=entry.seq, amount=format_eur(entry.amount), paid=format_eur(paid))
        if reversal is not None and _paid_around(index, entry.seq, reversal):
            yield PAID_AROUND_REVERSAL(seq=entry.seq, reversal=reversal)


def _paid_around(index: LedgerIndex, commitment_seq: int, reversal: int) -> bool:
    """Whether a payment on a reversed commitment was live at its reversal or came after it."""
    for payment in index.payments.get(commitment_seq, []):
        undone = index.reversed_by.get(payment.seq)
        if payment.seq > reversal or undone is None or undone > reversal:
            return True
    return False


def _net_commitments(
    entries: Sequence[LedgerEntry], index: LedgerIndex
) -> Counter[tuple[int, str]]:
    """Net commitments per (case, fund) in one pass: commitments less their reversals."""
    net: Counter[tuple[int, str]] = Counter()
    for entry in entries:
        target = index.by_seq.get(entry.reverses_seq or 0) if entry.kind == "reversal" else entry
        if target is not None and target.kind == "commitment":
            sign = -1 if entry.kind == "reversal" else 1
            net[entry.case_id, entry.fund] += sign * entry.amount
    return net


def _cap_problems(
    net: Counter[tuple[int, str]], codes: dict[int, str], caps: Caps, woman_of: Mapping[int, str]
) -> Iterator[Message]:
    per_woman: Counter[tuple[str, str]] = Counter()
    cases_of: dict[str, set[int]] = {}
    for (case_id, fund), total in net.items():
        woman = woman_of.get(case_id, f"caso:{case_id}")
        per_woman[woman, fund] += total
        cases_of.setdefault(woman, set()).add(case_id)
    for (woman, fund), total in per_woman.items():
        cap = caps.of(fund) if fund in FUND_LABELS else None
        if cap is not None and total > cap:
            cases = ", ".join(sorted(codes[case] for case in cases_of[woman]))
            yield OVER_CAP(
                cases=cases, fund=FUND_LABELS[fund], total=format_eur(total), cap=format_eur(cap)
            )


def _allocation_problems(
    net: Counter[tuple[int, str]], allocations: Mapping[str, Cents]
) -> Iterator[Message]:
    for fund, label in FUND_LABELS.items():
        total = sum(amount for (_, code), amount in net.items() if code == fund)
        allocation = allocations.get(fund, 0)
        if total > allocation:
            yield OVER_ALLOCATION(
                fund=label, total=format_eur(total), allocation=format_eur(allocation)
            )
