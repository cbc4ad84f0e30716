"""The append-only fund ledger: commitments, disbursements and reversals, as pure rules.

Every row is a `LedgerEntry` with a positive amount in cents; its `kind` gives the sign:
- `commitment` (impegno): money of a fund promised to one woman's case;
- `disbursement` (erogazione): a payment against one commitment (`commitment_seq`);
- `reversal` (storno): cancels one earlier commitment or disbursement in full (`reverses_seq`).
No row is ever updated or deleted: mistakes and project revisions are corrected by reversals.

This module holds the rows, their refusals, the derived views (`committed`, `disbursed`,
`open_commitments`, `fund_totals`) and the entries a validated project revision produces.
`ledger_invariants.check_new_entry` is the one gate every write passes, and
`ledger_invariants.invariant_violations` re-checks a whole ledger after it. Refusals are
`AppError`s that name the rule and the amounts, formatted as `€ 1.234,56`.
Per-woman caps are per case: one case is one woman, and all her projects commit on her case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.project.model import FUNDS, CapExceeded, fund_total
from antiviolenza_desktop.domain.project.revisions import NotYetValidated, ProjectRevision

EntryKind = Literal["commitment", "disbursement", "reversal"]
KINDS: tuple[str, ...] = ("commitment", "disbursement", "reversal")
FUND_LABELS: dict[str, str] = {option.code: option.label for option in FUNDS}


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One row of the ledger. `revision` is the project revision a commitment comes from
    (None for one entered by hand); `payee` and `document_ref` describe a disbursement."""

    seq: int
    case_id: int
    case_code: str
    fund: str
    kind: EntryKind
    amount: Cents
    on: date
    revision: int | None = None
    commitment_seq: int | None = None
    payee: str = ""
    document_ref: str = ""
    note: str = ""
    reverses_seq: int | None = None
    intervention: str | None = None  # the project item a payment names (payment_items)


# --- refusals ------------------------------------------------------------------------------


class AmountNotPositive(AppError):
    code = "importo_non_positivo"
    template = (
        "L'importo di {amount} non è valido: ogni voce del registro ha un importo positivo in "
        "centesimi (è il tipo di voce a dare il segno)."
    )


class UnknownFund(AppError):
    code = "fondo_sconosciuto"
    template = "Il fondo «{fund}» non esiste: scegli tra {known}."


class UnknownEntryKind(AppError):
    code = "tipo_voce_sconosciuto"
    template = "Il tipo di voce «{kind}» non esiste: impegno, erogazione o storno."


class SeqNotAppended(AppError):
    code = "voce_non_in_coda"
    template = (
        "La voce n. {seq} non segue l'ultima del registro (n. {last}): il registro si scrive "
        "solo in coda."
    )


class CommitmentNotFound(AppError):
    code = "impegno_inesistente"
    template = "L'erogazione fa riferimento all'impegno n. {seq}, che non esiste nel registro."


class CommitmentOfAnotherCase(AppError):
    code = "impegno_di_altro_caso"
    template = (
        "L'impegno n. {seq} è del caso {their_case} sul {their_fund}: non si può erogare su di "
        "esso per il caso {case} sul {fund}."
    )


class CommitmentReversed(AppError):
    code = "impegno_stornato"
    template = (
        "L'impegno n. {seq} è stato stornato (storno n. {reversal}): non si può più erogare su "
        "di esso."
    )


class DisbursementOverResidual(AppError):
    code = "erogazione_oltre_residuo"
    template = (
        "L'erogazione di {amount} supera il residuo dell'impegno n. {seq} ({residual}; "
        "impegnati {committed}, già erogati {disbursed})."
    )


class PaymentDetailMissing(AppError):
    code = "erogazione_senza_dati"
    template = (
        "Manca {what} dell'erogazione: ogni pagamento dice a chi è andato e con quale "
        "documento (ricevuta, fattura, numero di mandato)."
    )


class PaymentBeforeCommitment(AppError):
    code = "erogazione_prima_impegno"
    template = (
        "L'erogazione del {day} è precedente all'impegno n. {seq} del {committed_on}: "
        "controlla la data."
    )


class EntryNotFound(AppError):
    code = "voce_inesistente"
    template = "Lo storno fa riferimento alla voce n. {seq}, che non esiste nel registro."


class AlreadyReversed(AppError):
    code = "voce_gia_stornata"
    template = (
        "La voce n. {seq} è già stata stornata (storno n. {reversal}): non si storna due volte."
    )


class ReversalOfReversal(AppError):
    code = "storno_di_storno"
    template = (
        "La voce n. {seq} è uno storno: uno storno non si storna, registra invece una nuova voce."
    )


class ReversalMismatch(AppError):
    code = "storno_non_corrispondente"
    template = (
        "Lo storno di {amount} per il caso {case} sul {fund} non corrisponde alla voce n. {seq} "
        "({their_amount}, caso {their_case}, {their_fund}): uno storno annulla per intero una "
        "voce dello stesso caso e fondo."
    )


class CommitmentHasDisbursements(AppError):
    code = "impegno_con_erogazioni"
    template = (
        "L'impegno n. {seq} ha erogazioni non stornate per {disbursed} (voci n. {entries}): "
        "storna prima quelle erogazioni."
    )


class CommitmentOverCap(CapExceeded):
    """A commitment would take her net commitments on a fund above the per-woman cap."""

    code = "massimale_impegni_superato"
    template = (
        "Gli impegni del caso {case} sul {fund_label} arriverebbero a {total} (già impegnati "
        "{current}, nuovo impegno {amount}): superano il massimo di {cap} per donna."
    )


class AllocationExceeded(AppError):
    code = "stanziamento_superato"
    template = (
        "Gli impegni sul {fund_label} arriverebbero a {total} (già impegnati {current}, nuovo "
        "impegno {amount}): superano lo stanziamento dell'Ambito di {allocation} "
        "(disponibili {available})."
    )


class RevisionAlreadyCommitted(AppError):
    code = "revisione_gia_impegnata"
    template = (
        "La revisione {number} del progetto del caso {case} ha già i suoi impegni (n. {seqs})."
    )


# --- derived views -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenCommitment:
    """A commitment that is not reversed, with what was paid on it and what is left."""

    seq: int
    case_id: int
    case_code: str
    fund: str
    committed: Cents
    disbursed: Cents
    residual: Cents


@dataclass(frozen=True, slots=True)
class FundTotals:
    """One fund of the Ambito: `available` is what can still be committed."""

    fund: str
    allocated: Cents
    committed: Cents
    disbursed: Cents
    available: Cents


@dataclass
class LedgerIndex:
    """An index of a ledger for the rules: rows by number, who reversed what, payments per
    commitment. Built in one pass; not part of the stored data."""

    by_seq: dict[int, LedgerEntry] = field(default_factory=dict)
    reversed_by: dict[int, int] = field(default_factory=dict)
    payments: dict[int, list[LedgerEntry]] = field(default_factory=dict)
    last_seq: int = 0

    @classmethod
    def of(cls, entries: Iterable[LedgerEntry]) -> LedgerIndex:
        book = cls()
        for entry in entries:
            book.by_seq[entry.seq] = entry
            book.last_seq = max(book.last_seq, entry.seq)
            if entry.kind == "reversal" and entry.reverses_seq is not None:
                book.reversed_by[entry.reverses_seq] = entry.seq
            if entry.kind == "disbursement" and entry.commitment_seq is not None:
                book.payments.setdefault(entry.commitment_seq, []).append(entry)
        return book

    def live_payments(self, commitment_seq: int) -> list[LedgerEntry]:
        payments = self.payments.get(commitment_seq, [])
        return [p for p in payments if p.seq not in self.reversed_by]

    def paid(self, commitment_seq: int) -> Cents:
        return sum(p.amount for p in self.live_payments(commitment_seq))


def _net(entries: Sequence[LedgerEntry], kind: str, fund: str | None, case_id: int | None) -> Cents:
    book = LedgerIndex.of(entries)
    total = 0
    for entry in entries:
        target = book.by_seq.get(entry.reverses_seq or 0) if entry.kind == "reversal" else entry
        if target is None or target.kind != kind:
            continue
        if (fund is None or entry.fund == fund) and (case_id is None or entry.case_id == case_id):
            total += -entry.amount if entry.kind == "reversal" else entry.amount
    return total


def committed(
    entries: Sequence[LedgerEntry], *, fund: str | None = None, case_id: int | None = None
) -> Cents:
    """Net commitments (commitments less their reversals), optionally of one fund or case."""
    return _net(entries, "commitment", fund, case_id)


def disbursed(
    entries: Sequence[LedgerEntry], *, fund: str | None = None, case_id: int | None = None
) -> Cents:
    """Net disbursements (payments less their reversals), optionally of one fund or case."""
    return _net(entries, "disbursement", fund, case_id)


def open_commitments(entries: Sequence[LedgerEntry]) -> list[OpenCommitment]:
    """Every commitment not reversed, in ledger order, including those fully paid."""
    book = LedgerIndex.of(entries)
    result = []
    for entry in entries:
        if entry.kind == "commitment" and entry.seq not in book.reversed_by:
            paid = book.paid(entry.seq)
            result.append(
                OpenCommitment(
                    entry.seq,
                    entry.case_id,
                    entry.case_code,
                    entry.fund,
                    entry.amount,
                    paid,
                    entry.amount - paid,
                )
            )
    return result


def fund_totals(
    entries: Sequence[LedgerEntry], allocations: Mapping[str, Cents]
) -> tuple[FundTotals, ...]:
    """Allocated, committed, disbursed and available per fund, in the programme's fund order."""
    totals = []
    for code in FUND_LABELS:
        allocated = allocations.get(code, 0)
        spent = committed(entries, fund=code)
        totals.append(
            FundTotals(code, allocated, spent, disbursed(entries, fund=code), allocated - spent)
        )
    return tuple(totals)


# --- project revisions ---------------------------------------------------------------------


def commitment_entries_for(
    revision: ProjectRevision,
    *,
    case_id: int,
    case_code: str,
    existing_entries: Sequence[LedgerEntry],
    next_seq: int,
    on: date,
) -> list[LedgerEntry]:
    """The entries that make the ledger match a newly validated revision: a reversal of every
    live commitment of an earlier revision of the case, then one commitment per fund the
    revision asks money of. Services pass each through `check_new_entry`, in order; a reversal
    of a commitment with payments is refused there (the payments must be reversed first)."""
    if revision.status == "draft":
        raise NotYetValidated(what="Impegnare i fondi del progetto")
    previous = _live_revision_commitments(existing_entries, case_id)
    _refuse_recommit(revision, case_code, previous)
    new: list[LedgerEntry] = []
    for old in previous:
        note = f"Storno per la revisione {revision.number} del progetto"
        new.append(reversal_of(old, next_seq + len(new), on, note))
    for code in FUND_LABELS:
        amount = fund_total(revision.draft, code)
        if amount > 0:
            new.append(
                LedgerEntry(
                    next_seq + len(new),
                    case_id,
                    case_code,
                    code,
                    "commitment",
                    amount,
                    on,
                    revision=revision.number,
                    note=f"Impegno della revisione {revision.number} del progetto",
                )
            )
    return new


def _live_revision_commitments(entries: Sequence[LedgerEntry], case_id: int) -> list[LedgerEntry]:
    """The case's commitments that came from a project revision and are not reversed."""
    index = LedgerIndex.of(entries)
    return [
        e
        for e in entries
        if e.kind == "commitment"
        and e.case_id == case_id
        and e.revision is not None
        and e.seq not in index.reversed_by
    ]


def _refuse_recommit(
    revision: ProjectRevision, case_code: str, previous: Sequence[LedgerEntry]
) -> None:
    same = [e.seq for e in previous if e.revision is not None and e.revision >= revision.number]
    if same:
        raise RevisionAlreadyCommitted(
            number=revision.number, case=case_code, seqs=", ".join(map(str, same))
        )


def reversal_of(entry: LedgerEntry, seq: int, on: date, note: str) -> LedgerEntry:
    """A reversal cancelling `entry` in full."""
    return LedgerEntry(
        seq,
        entry.case_id,
        entry.case_code,
        entry.fund,
        "reversal",
        entry.amount,
        on,
        revision=entry.revision,
        note=note,
        reverses_seq=entry.seq,
    )
