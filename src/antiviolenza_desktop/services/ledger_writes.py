"""Writing the fund ledger: commitments from validated projects, payments, reversals.

Every write goes through `_append`: it numbers the entry after the last one, passes it through
`domain.ledger.invariants.check_new_entry` (the one gate), inserts it, re-checks the case's
ledger and the fund totals, and audits it, all in the caller's transaction. The rules see the
case's own entries plus fund-wide SQL sums, so a payment costs the same with 200,000 rows.
Nothing here updates or deletes a row: the table's triggers would refuse it anyway. A reversal
a person asks for reaches `append_reversal` only through `services.register_reversal.reverse_row`,
which holds the rule every register shares; the one automatic reversal is the commitment a new
validated revision of a project replaces (`commit_revision`, built by the domain with the
revision's own day and reason).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import or_, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.allocation import allocations_of, caps_of
from antiviolenza_desktop.domain.ledger.entries import (
    FUND_LABELS,
    LedgerEntry,
    commitment_entries_for,
    reversal_of,
)
from antiviolenza_desktop.domain.ledger.invariants import check_new_entry, invariant_violations
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.name_guard import ExportedText
from antiviolenza_desktop.domain.project.model import Caps
from antiviolenza_desktop.domain.project.payment_items import PaymentItemRef
from antiviolenza_desktop.domain.project.revisions import DateInFuture, ProjectRevision
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.approval_lock import refuse_locked_day
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exported_texts import refuse_women_named
from antiviolenza_desktop.services.fund_settings import current_setups
from antiviolenza_desktop.services.intake import CaseNotFound
from antiviolenza_desktop.services.ledger import (
    committed_on_fund,
    entries_of_case,
    entries_where,
    entry,
    last_seq,
)
from antiviolenza_desktop.services.payment_items import check_item
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.services.woman_keys import woman_key
from antiviolenza_desktop.store.schema import Case, LedgerRecord


class LedgerInconsistent(AppError):
    """A write passed the gate but the ledger after it breaks a rule (a bug, never data), or
    a bulk import would break one. `findings` are the problems one by one: keyed errors (code
    and parameters) where this layer finds them, the whole-ledger check's sentences otherwise;
    `problems` joins their Italian text for the one-line refusal."""

    code = "registro_incoerente"
    template = "Il registro dei fondi non sarebbe coerente dopo questa scrittura: {problems}"

    def __init__(self, findings: Sequence[AppError | str]) -> None:
        self.findings = tuple(findings)
        texts = [f.message if isinstance(f, AppError) else f for f in self.findings]
        super().__init__(None, problems=" ".join(texts), count=len(texts))


class CommittedOverAllocation(AppError):
    code = "impegni_oltre_stanziamento"
    template = "Gli impegni sul {fund} sono {committed}: superano lo stanziamento di {allocation}."


class EntryOfAnotherKind(AppError):
    code = "voce_non_impegno"
    template = "La voce n. {seq} non è un impegno: le erogazioni si registrano su un impegno."


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class _Her:
    """The ledger of one woman: every entry of her cases (a woman who came back has several,
    told by her codice fiscale, or for an erased path by the tombstone's `woman_key`) and which
    case is hers, for the per-woman caps."""

    entries: list[LedgerEntry]
    woman_of: dict[int, str]
    payee_erased: frozenset[int]


def _her(uow: UnitOfWork, case_id: int) -> _Her:
    cf = _case(uow, case_id).codice_fiscale
    if not cf:
        entries = entries_of_case(uow, case_id)
        return _Her(entries, {}, payee_erased(uow, entries, of_cases=[case_id]))
    same_woman = Case.codice_fiscale == cf
    key = woman_key(uow, cf)
    if key is not None:
        same_woman = or_(same_woman, Case.woman_key == key)
    cases = list(uow.session.scalars(select(Case.id).where(same_woman)))
    entries = entries_where(uow, LedgerRecord.case_id.in_(cases))
    return _Her(entries, dict.fromkeys(cases, cf), payee_erased(uow, entries, of_cases=cases))


def payee_erased(
    uow: UnitOfWork, entries: Sequence[LedgerEntry], *, of_cases: Iterable[int] | None = None
) -> frozenset[int]:
    """The seqs of stored rows of erased cases, whose payee the erasure emptied. One woman's
    write names her few cases; an import reads every tombstone (few) rather than naming each
    case of the ledger in the query."""
    query = select(Case.id).where(Case.erased_at.is_not(None))
    if of_cases is not None:
        query = query.where(Case.id.in_(set(of_cases)))
    erased = set(uow.session.scalars(query))
    return frozenset(entry.seq for entry in entries if entry.case_id in erased)


def _append(uow: UnitOfWork, new: LedgerEntry, her: _Her) -> LedgerEntry:
    refuse_locked_day(uow, new.on, register="ledger")
    setups = current_setups(uow)
    allocations, caps = allocations_of(setups), caps_of(setups)
    numbered = replace(new, seq=last_seq(uow) + 1)
    # Only a commitment can raise a fund's total: payments and reversals need the case alone,
    # so a payment costs the same on 200,000 rows as on 2,000 (benchmarks/funds.py).
    commitment = numbered.kind == "commitment" and numbered.fund in FUND_LABELS
    fund_wide = {numbered.fund: committed_on_fund(uow, numbered.fund)} if commitment else {}
    check_new_entry(
        her.entries,
        numbered,
        allocations=allocations,
        caps=caps,
        fund_committed=fund_wide,
        woman_of=her.woman_of,
    )
    uow.session.add(_record(uow, numbered))
    uow.session.flush()
    her.entries.append(numbered)
    _recheck(uow, her, allocations, caps, numbered.fund if commitment else None)
    _audit(uow, numbered)
    return numbered


def _record(uow: UnitOfWork, entry: LedgerEntry) -> LedgerRecord:
    return LedgerRecord(
        seq=entry.seq,
        case_id=entry.case_id,
        case_code=entry.case_code,
        fund=entry.fund,
        kind=entry.kind,
        amount=entry.amount,
        on_date=entry.on.isoformat(),
        revision=entry.revision,
        commitment_seq=entry.commitment_seq,
        reverses_seq=entry.reverses_seq,
        payee=entry.payee,
        document_ref=entry.document_ref,
        note=entry.note,
        actor=uow.actor.login,
        created_at=now(),
        intervention=entry.intervention,
    )


def _audit(uow: UnitOfWork, entry: LedgerEntry) -> None:
    details: dict[str, Any] = {"voce": entry.seq, "tipo": entry.kind, "fondo": entry.fund}
    details["importo"] = entry.amount
    if entry.intervention is not None:
        details["intervento"] = entry.intervention
    audit.record(
        uow, action=f"fondi.{entry.kind}", entity="case", entity_id=entry.case_id, details=details
    )


def _recheck(
    uow: UnitOfWork,
    her: _Her,
    allocations: Mapping[str, Cents],
    caps: Caps,
    committed_fund: str | None,
) -> None:
    """Her ledger after the write by the whole-ledger rules, and the total of the fund a
    commitment went to (her commitments within the allocation follow from the fund's being
    within it; payments and reversals never raise a fund's commitments)."""
    problems: list[AppError | str] = list(
        invariant_violations(
            her.entries,
            allocations=allocations,
            caps=caps,
            woman_of=her.woman_of,
            payee_erased=her.payee_erased,
        )
    )
    if committed_fund is not None:
        amount = committed_on_fund(uow, committed_fund)
        allocation = allocations.get(committed_fund, 0)
        if amount > allocation:
            problems.append(
                CommittedOverAllocation(
                    fund=FUND_LABELS[committed_fund],
                    committed=format_eur(amount),
                    allocation=format_eur(allocation),
                )
            )
    if problems:
        raise LedgerInconsistent(problems)


def _case(uow: UnitOfWork, case_id: int) -> Case:
    case = uow.session.get(Case, case_id)
    if case is None:
        raise CaseNotFound
    return case


def commit_revision(
    uow: UnitOfWork, *, case_id: int, revision: ProjectRevision, on: date
) -> list[LedgerEntry]:
    """Make the ledger match a newly validated revision: reverse the earlier revision's live
    commitments, then commit what this one asks of each fund. Called by project validation in
    its transaction, so a refusal (cap, allocation, payments to reverse first) refuses the
    validation too."""
    case = _case(uow, case_id)
    her = _her(uow, case_id)
    planned = commitment_entries_for(
        revision,
        case_id=case_id,
        case_code=case.code,
        existing_entries=her.entries,
        next_seq=last_seq(uow) + 1,
        on=on,
    )
    return [_append(uow, new, her) for new in planned]


def record_disbursement(
    uow: UnitOfWork,
    *,
    commitment_seq: int,
    amount: Cents,
    on: date,
    payee: str,
    document_ref: str,
    note: str = "",
    today: date | None = None,
    intervention: PaymentItemRef | None = None,
) -> LedgerEntry:
    """A payment against one commitment, made on `on` (not after `today`), naming if asked
    the project item it pays. Errors: EntryNotFound, EntryOfAnotherKind, DateInFuture,
    PermissionDenied (only the coordinator records payments), the item's refusals
    (`domain.payment_items`: another case's, not in the project, another fund's), a woman
    named in the texts, and the gate's refusals (residual exceeded, commitment reversed,
    amount not positive, payee or document missing, paid before committed)."""
    require(uow, Permission.FUNDS)
    commitment = _payable(uow, commitment_seq, on, today or date.today())
    item = check_item(uow, intervention, commitment) if intervention is not None else None
    _refuse_named(uow, payee=payee, document_ref=document_ref, note=note)
    payment = LedgerEntry(
        seq=0,
        case_id=commitment.case_id,
        case_code=commitment.case_code,
        fund=commitment.fund,
        kind="disbursement",
        amount=amount,
        on=on,
        commitment_seq=commitment_seq,
        payee=payee.strip(),
        document_ref=document_ref.strip(),
        note=note.strip(),
        intervention=item.key if item is not None else None,
    )
    return _append(uow, payment, _her(uow, commitment.case_id))


def _refuse_named(uow: UnitOfWork, *, payee: str, document_ref: str, note: str) -> None:
    """A payment's texts go into reports and bundles: none may name a woman of the store."""
    refuse_women_named(
        uow,
        [
            ExportedText("payee", "Il beneficiario", payee),
            ExportedText("document_ref", "Il riferimento del documento", document_ref),
            ExportedText("note", "La nota", note),
        ],
    )


def _payable(uow: UnitOfWork, commitment_seq: int, on: date, today: date) -> LedgerEntry:
    """The commitment a payment made on `on` draws on. Errors: DateInFuture, EntryNotFound,
    EntryOfAnotherKind."""
    if on > today:
        raise DateInFuture(
            "on", what="dell'erogazione", day=f"{on:%d/%m/%Y}", today=f"{today:%d/%m/%Y}"
        )
    commitment = entry(uow, commitment_seq)
    if commitment.kind != "commitment":
        raise EntryOfAnotherKind("commitment_seq", seq=commitment_seq)
    return commitment


def append_reversal(uow: UnitOfWork, target: LedgerEntry, on: date, note: str) -> LedgerEntry:
    """The reversing entry of `target`, through the gate (which refuses a second reversal, a
    reversal of a reversal, a commitment with live payments). The reason and the day are
    `register_reversal.reverse_row`'s to check first; the permission is checked here too, so
    no other caller can write a reversal a coordinator did not ask for."""
    require(uow, Permission.FUNDS)
    return _append(uow, reversal_of(target, 0, on, note), _her(uow, target.case_id))
