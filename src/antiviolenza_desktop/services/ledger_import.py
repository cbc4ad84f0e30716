"""The bulk path into the fund ledger: many entries appended at once (a capofila's merge, a
restore of entries), after checking the whole ledger they would make.

Nothing is written when any rule breaks: the refusal lists every problem found (up to 20), so
one attempt tells the coordinator everything to fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.allocation import allocations_of, caps_of
from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.domain.ledger.invariants import invariant_violations
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.approval_lock import locked_among
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exported_texts import texts_naming_women
from antiviolenza_desktop.services.fund_settings import current_setups
from antiviolenza_desktop.services.ledger import all_entries
from antiviolenza_desktop.services.ledger_writes import LedgerInconsistent, now, payee_erased
from antiviolenza_desktop.services.payment_items import unpayable_items
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.services.woman_keys import key_with, stored_secret
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.schema import Case, LedgerRecord

MAX_PROBLEMS = 20


class RowOfUnknownCase(AppError):
    code = "voce_di_caso_sconosciuto"
    template = "La voce n. {seq} è di un caso che non esiste in questo archivio."


class RowNamingAWoman(AppError):
    code = "voce_nomina_una_donna"
    template = "La voce n. {seq} contiene il nome o il codice fiscale di una donna."


def import_entries(uow: UnitOfWork, entries: Iterable[LedgerEntry]) -> int:
    """Append many entries at once after checking the whole resulting ledger. Errors:
    LedgerInconsistent listing every broken rule, entries dated in an approved period among
    them (nothing is written then),
    PermissionDenied."""
    require(uow, Permission.FUNDS)
    incoming = list(entries)
    existing = all_entries(uow)
    setups = current_setups(uow)
    codes, women = _women(uow)
    problems: list[AppError | str] = [
        *_foreign_rows(uow, incoming, codes),
        *unpayable_items(uow, incoming, existing),
        *locked_among(uow, (entry.on for entry in incoming), register="ledger"),
    ]
    problems += invariant_violations(
        [*existing, *incoming],
        allocations=allocations_of(setups),
        caps=caps_of(setups),
        woman_of=women,
        payee_erased=payee_erased(uow, existing),
    )
    if problems:
        raise LedgerInconsistent(problems[:MAX_PROBLEMS])
    rows = row_values(incoming, stamp=now(), actor=uow.actor.login)
    count = bulk_insert(uow.session.connection(), LedgerRecord.__table__, rows)  # type: ignore[arg-type]
    audit.record(uow, action="fondi.importazione", entity="ledger", details={"voci": count})
    return count


def row_values(
    incoming: Sequence[LedgerEntry], *, stamp: str, actor: str | None
) -> Iterator[tuple[Any, ...]]:
    """The table's columns, in `store.schema.LedgerRecord`'s order, for each entry."""
    for e in incoming:
        yield (
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


def _foreign_rows(
    uow: UnitOfWork, incoming: Sequence[LedgerEntry], codes: Mapping[int, str]
) -> Iterator[AppError]:
    """Rows that name a case the store does not have (or by another code), or whose free text
    names a woman of the store or holds a codice fiscale: the gate's checks that need the
    cases table."""
    named = texts_naming_women(uow, (text for row in incoming for text in _texts(row)))
    for row in incoming:
        if codes.get(row.case_id) != row.case_code:
            yield RowOfUnknownCase("seq", seq=row.seq)
        elif named.intersection(_texts(row)):
            yield RowNamingAWoman("seq", seq=row.seq)


def _texts(row: LedgerEntry) -> tuple[str, str, str]:
    return row.payee, row.document_ref, row.note
