"""Writing and reading the fund ledger: commitments from validated projects, payments, reversals.

Every write goes through `_append`: it numbers the entry after the last one, passes it through
`domain.ledger_invariants.check_new_entry` (the one gate), inserts it, re-checks the case's
ledger and the fund totals, and audits it, all in the caller's transaction. The rules see the
case's own entries plus fund-wide SQL sums, so a payment costs the same with 200,000 rows.
Nothing here updates or deletes a row: the table's triggers would refuse it anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import aliased

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.allocation import allocations_of, caps_of
from antiviolenza_desktop.domain.funds.cofinancing import MAX_TEXT as MAX_REASON
from antiviolenza_desktop.domain.funds.cofinancing import RequiredText
from antiviolenza_desktop.domain.ledger.entries import (
    FUND_LABELS,
    EntryNotFound,
    FundTotals,
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
from antiviolenza_desktop.services.exported_texts import refuse_women_named, texts_naming_women
from antiviolenza_desktop.services.fund_settings import current_setups
from antiviolenza_desktop.services.intake import CaseNotFound
from antiviolenza_desktop.services.payment_items import check_item, unpayable_items
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.services.users import require_coordinator
from antiviolenza_desktop.services.woman_keys import key_with, stored_secret, woman_key
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.schema import Case, LedgerRecord


class LedgerInconsistent(AppError):
    """A write passed the gate but the ledger after it breaks a rule: a bug, never data."""

    code = "registro_incoerente"
    template = "Il registro dei fondi non sarebbe coerente dopo questa scrittura: {problems}"


class ReversalBeforeEntry(AppError):
    code = "storno_prima_della_voce"
    template = (
        "Lo storno del {day} è precedente alla voce n. {seq} del {entry_day}: controlla la data."
    )


class EntryOfAnotherKind(AppError):
    code = "voce_non_impegno"
    template = "La voce n. {seq} non è un impegno: le erogazioni si registrano su un impegno."


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def to_entry(row: LedgerRecord) -> LedgerEntry:
    return LedgerEntry(
        seq=row.seq,
        case_id=row.case_id,
        case_code=row.case_code,
        fund=row.fund,
        kind=row.kind,  # type: ignore[arg-type]
        amount=row.amount,
        on=date.fromisoformat(row.on_date),
        revision=row.revision,
        commitment_seq=row.commitment_seq,
        payee=row.payee,
        document_ref=row.document_ref,
        note=row.note,
        reverses_seq=row.reverses_seq,
        intervention=row.intervention,
    )


def entries_of_case(uow: UnitOfWork, case_id: int) -> list[LedgerEntry]:
    return _entries_where(uow, LedgerRecord.case_id == case_id)


_COLUMNS = (  # LedgerEntry's fields, in order
    LedgerRecord.seq,
    LedgerRecord.case_id,
    LedgerRecord.case_code,
    LedgerRecord.fund,
    LedgerRecord.kind,
    LedgerRecord.amount,
    LedgerRecord.on_date,
    LedgerRecord.revision,
    LedgerRecord.commitment_seq,
    LedgerRecord.payee,
    LedgerRecord.document_ref,
    LedgerRecord.note,
    LedgerRecord.reverses_seq,
    LedgerRecord.intervention,
)


def all_entries(uow: UnitOfWork) -> list[LedgerEntry]:
    """Every entry in order, from plain columns rather than ORM objects (200,000 rows in about
    1 s instead of 6 s: reports and imports read the whole ledger)."""
    return _entries_where(uow)


def _entries_where(uow: UnitOfWork, *conditions: ColumnElement[bool]) -> list[LedgerEntry]:
    """Entries in ledger order, from plain columns (in LedgerEntry's field order; only the
    date needs parsing; `kind`, a str column, holds only EntryKind values)."""
    rows = uow.session.execute(select(*_COLUMNS).where(*conditions).order_by(LedgerRecord.seq))
    return [LedgerEntry(*row[:6], date.fromisoformat(row[6]), *row[7:]) for row in rows]  # type: ignore[arg-type]


def entry(uow: UnitOfWork, seq: int) -> LedgerEntry:
    """One entry by number. Errors: EntryNotFound."""
    row = uow.session.get(LedgerRecord, seq)
    if row is None:
        raise EntryNotFound("seq", seq=seq)
    return to_entry(row)


def last_seq(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.max(LedgerRecord.seq))) or 0


def net_sums(uow: UnitOfWork) -> dict[tuple[str, str], Cents]:
    """Net sums per (fund, commitment|disbursement): rows of that kind less their reversals."""
    plain = uow.session.execute(
        select(LedgerRecord.fund, LedgerRecord.kind, func.sum(LedgerRecord.amount))
        .where(LedgerRecord.kind != "reversal")
        .group_by(LedgerRecord.fund, LedgerRecord.kind)
    )
    sums = {(fund, kind): int(total) for fund, kind, total in plain}
    target = aliased(LedgerRecord)
    reversed_rows = uow.session.execute(
        select(target.fund, target.kind, func.sum(LedgerRecord.amount))
        .join(target, target.seq == LedgerRecord.reverses_seq)
        .where(LedgerRecord.kind == "reversal")
        .group_by(target.fund, target.kind)
    )
    for fund, kind, total in reversed_rows:
        sums[fund, kind] = sums.get((fund, kind), 0) - int(total)
    return sums


def fund_committed(uow: UnitOfWork) -> dict[str, Cents]:
    """Net commitments per fund over the whole ledger."""
    sums = net_sums(uow)
    return {fund: sums.get((fund, "commitment"), 0) for fund in FUND_LABELS}


def committed_on_fund(uow: UnitOfWork, fund: str) -> Cents:
    """Net commitments of one fund: its commitments less their reversals (a reversal is on its
    target's fund, a rule of the gate). Both sums read the (fund, kind) index range of that fund
    only, so a commitment does not pay for a scan of the whole ledger."""
    plain = uow.session.scalar(
        select(func.coalesce(func.sum(LedgerRecord.amount), 0)).where(
            LedgerRecord.fund == fund, LedgerRecord.kind == "commitment"
        )
    )
    target = aliased(LedgerRecord)
    undone = uow.session.scalar(
        select(func.coalesce(func.sum(LedgerRecord.amount), 0))
        .join(target, target.seq == LedgerRecord.reverses_seq)
        .where(
            LedgerRecord.fund == fund,
            LedgerRecord.kind == "reversal",
            target.kind == "commitment",
        )
    )
    return int(plain or 0) - int(undone or 0)


def totals(uow: UnitOfWork) -> tuple[FundTotals, ...]:
    """Allocated, committed, disbursed and available per fund, by SQL sums (the dashboard)."""
    sums = net_sums(uow)
    result = []
    for setup in current_setups(uow):
        spent = sums.get((setup.fund, "commitment"), 0)
        paid = sums.get((setup.fund, "disbursement"), 0)
        result.append(
            FundTotals(setup.fund, setup.allocation, spent, paid, setup.allocation - spent)
        )
    return tuple(result)


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
        return _Her(entries, {}, _payee_erased(uow, entries, of_cases=[case_id]))
    same_woman = Case.codice_fiscale == cf
    key = woman_key(uow, cf)
    if key is not None:
        same_woman = or_(same_woman, Case.woman_key == key)
    cases = list(uow.session.scalars(select(Case.id).where(same_woman)))
    entries = _entries_where(uow, LedgerRecord.case_id.in_(cases))
    return _Her(entries, dict.fromkeys(cases, cf), _payee_erased(uow, entries, of_cases=cases))


def _payee_erased(
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


def _women(uow: UnitOfWork) -> tuple[dict[int, str], dict[int, str]]:
    """Every case's code, and who she is for the caps: her CF's woman key (her CF itself before
    any erasure), or an erased case's kept key, so a woman is one across her paths."""
    secret = stored_secret(uow)
    codes, women = {}, {}
    rows = uow.session.execute(select(Case.id, Case.code, Case.codice_fiscale, Case.woman_key))
    for case_id, code, cf, kept in rows:
        codes[case_id] = code
        if cf:
            women[case_id] = cf if secret is None else key_with(secret, cf)
        elif kept:
            women[case_id] = kept
    return codes, women


def _append(uow: UnitOfWork, new: LedgerEntry, her: _Her) -> LedgerEntry:
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
    uow.session.add(
        LedgerRecord(
            seq=numbered.seq,
            case_id=numbered.case_id,
            case_code=numbered.case_code,
            fund=numbered.fund,
            kind=numbered.kind,
            amount=numbered.amount,
            on_date=numbered.on.isoformat(),
            revision=numbered.revision,
            commitment_seq=numbered.commitment_seq,
            reverses_seq=numbered.reverses_seq,
            payee=numbered.payee,
            document_ref=numbered.document_ref,
            note=numbered.note,
            actor=uow.actor.login,
            created_at=_now(),
            intervention=numbered.intervention,
        )
    )
    uow.session.flush()
    her.entries.append(numbered)
    _recheck(uow, her, allocations, caps, numbered.fund if commitment else None)
    details = {"voce": numbered.seq, "tipo": numbered.kind, "fondo": numbered.fund}
    details["importo"] = numbered.amount
    if numbered.intervention is not None:
        details["intervento"] = numbered.intervention
    audit.record(
        uow, action=f"fondi.{numbered.kind}", entity="case", entity_id=new.case_id, details=details
    )
    return numbered


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
    problems = invariant_violations(
        her.entries,
        allocations=allocations,
        caps=caps,
        woman_of=her.woman_of,
        payee_erased=her.payee_erased,
    )
    if committed_fund is not None:
        amount = committed_on_fund(uow, committed_fund)
        allocation = allocations.get(committed_fund, 0)
        if amount > allocation:
            problems.append(
                f"Gli impegni sul {FUND_LABELS[committed_fund]} sono {format_eur(amount)}: "
                f"superano lo stanziamento di {format_eur(allocation)}."
            )
    if problems:
        raise LedgerInconsistent(problems=" ".join(problems))


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
    (`domain.payment_items`: another case's, not in the project, another fund's) and the
    gate's refusals (residual exceeded, commitment reversed, amount not positive, payee or
    document missing, paid before committed)."""
    require_coordinator(uow, "registrare erogazioni")
    today = today or date.today()
    if on > today:
        raise DateInFuture(
            "on", what="dell'erogazione", day=f"{on:%d/%m/%Y}", today=f"{today:%d/%m/%Y}"
        )
    commitment = entry(uow, commitment_seq)
    if commitment.kind != "commitment":
        raise EntryOfAnotherKind("commitment_seq", seq=commitment_seq)
    item = check_item(uow, intervention, commitment) if intervention is not None else None
    refuse_women_named(
        uow,
        [
            ExportedText("payee", "Il beneficiario", payee),
            ExportedText("document_ref", "Il riferimento del documento", document_ref),
            ExportedText("note", "La nota", note),
        ],
    )
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


def reverse(
    uow: UnitOfWork, *, seq: int, on: date, note: str, today: date | None = None
) -> LedgerEntry:
    """Cancel one commitment or payment in full, dated between the entry and `today`. Errors:
    EntryNotFound, AlreadyReversed, ReversalOfReversal, CommitmentHasDisbursements,
    DateInFuture, ReversalBeforeEntry, RequiredText (the reason), PermissionDenied."""
    require_coordinator(uow, "stornare voci del registro dei fondi")
    if not note.strip() or len(note.strip()) > MAX_REASON:
        raise RequiredText("note", what="il motivo dello storno", most=MAX_REASON)
    today = today or date.today()
    if on > today:
        raise DateInFuture(
            "on", what="dello storno", day=f"{on:%d/%m/%Y}", today=f"{today:%d/%m/%Y}"
        )
    target = entry(uow, seq)
    if on < target.on:
        raise ReversalBeforeEntry(
            "on", day=f"{on:%d/%m/%Y}", seq=seq, entry_day=f"{target.on:%d/%m/%Y}"
        )
    refuse_women_named(uow, [ExportedText("note", "Il motivo dello storno", note)])
    return _append(uow, reversal_of(target, 0, on, note.strip()), _her(uow, target.case_id))


def _foreign_rows(
    uow: UnitOfWork, incoming: Sequence[LedgerEntry], codes: Mapping[int, str]
) -> Iterator[str]:
    """Rows that name a case the store does not have (or by another code), or whose free text
    names a woman of the store or holds a codice fiscale: the gate's checks that need the
    cases table."""
    named = texts_naming_women(uow, (text for row in incoming for text in _texts(row)))
    for row in incoming:
        if codes.get(row.case_id) != row.case_code:
            yield f"La voce n. {row.seq} è di un caso che non esiste in questo archivio."
        elif named.intersection(_texts(row)):
            yield f"La voce n. {row.seq} contiene il nome o il codice fiscale di una donna."


def _texts(row: LedgerEntry) -> tuple[str, str, str]:
    return row.payee, row.document_ref, row.note


def import_entries(uow: UnitOfWork, entries: Iterable[LedgerEntry]) -> int:
    """The bulk path: append many entries at once after checking the whole resulting ledger.
    Errors: LedgerInconsistent listing every broken rule (nothing is written then),
    PermissionDenied."""
    require_coordinator(uow, "importare voci nel registro dei fondi")
    incoming = list(entries)
    existing = all_entries(uow)
    setups = current_setups(uow)
    codes, women = _women(uow)
    problems = [*_foreign_rows(uow, incoming, codes), *unpayable_items(uow, incoming, existing)]
    problems += invariant_violations(
        [*existing, *incoming],
        allocations=allocations_of(setups),
        caps=caps_of(setups),
        woman_of=women,
        payee_erased=_payee_erased(uow, existing),
    )
    if problems:
        raise LedgerInconsistent(problems=" ".join(problems[:20]))
    stamp, actor = _now(), uow.actor.login
    rows = (
        (
            e.seq,
            e.case_id,
            e.case_code,
            e.fund,
            e.kind,
            e.amount,
            e.on.isoformat(),
            e.revision,
            e.commitment_seq,
            e.reverses_seq,
            e.payee,
            e.document_ref,
            e.note,
            actor,
            stamp,
            e.intervention,
        )
        for e in incoming
    )
    count = bulk_insert(uow.session.connection(), LedgerRecord.__table__, rows)  # type: ignore[arg-type]
    audit.record(uow, action="fondi.importazione", entity="ledger", details={"voci": count})
    return count
