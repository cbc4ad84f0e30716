"""The project items a payment may name, read from the revision its commitment came from.

Reads the stored revisions directly (not through `services.projects`, which writes the ledger
and so imports `services.ledger`): the rule itself is `domain.payment_items`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import select

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.domain.project.model import ProjectDraft
from antiviolenza_desktop.domain.project.payment_items import (
    ItemNotInProject,
    PayableItem,
    PaymentItemRef,
    check_payment_item,
    payable_items,
)
from antiviolenza_desktop.services.documents import from_document
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ProjectRevisionRecord


def _revision_of(
    uow: UnitOfWork, commitment: LedgerEntry
) -> tuple[int | None, ProjectDraft | None]:
    """The revision a commitment came from; for one entered by hand, her newest validated or
    closed revision (the one in force)."""
    query = select(ProjectRevisionRecord).where(ProjectRevisionRecord.case_id == commitment.case_id)
    if commitment.revision is not None:
        query = query.where(ProjectRevisionRecord.number == commitment.revision)
    else:
        query = query.where(ProjectRevisionRecord.status != "draft")
    record = uow.session.scalars(query.order_by(ProjectRevisionRecord.number.desc())).first()
    if record is None:
        return commitment.revision, None
    return record.number, from_document(ProjectDraft, record.document)


def check_item(uow: UnitOfWork, ref: PaymentItemRef, commitment: LedgerEntry) -> PayableItem:
    """The item a payment on `commitment` names; the refusals of `check_payment_item`."""
    number, draft = _revision_of(uow, commitment)
    return check_payment_item(ref, commitment=commitment, draft=draft, revision=number)


def items_for(uow: UnitOfWork, commitment: LedgerEntry) -> tuple[PayableItem, ...]:
    """The items of the commitment's revision that its fund pays: the payment dialog's list."""
    _number, draft = _revision_of(uow, commitment)
    if draft is None:
        return ()
    return tuple(item for item in payable_items(draft) if item.fund == commitment.fund)


def ref_by_number(uow: UnitOfWork, commitment: LedgerEntry, number: int) -> PaymentItemRef:
    """The item numbered `number` (as printed on the Progetto: «N.» of its path's table) among
    those the commitment's fund pays, for the command line. ItemNotInProject when none is."""
    for item in items_for(uow, commitment):
        if item.number == number:
            return PaymentItemRef(commitment.case_id, item.key)
    revision, _draft = _revision_of(uow, commitment)
    shown = "—" if revision is None else str(revision)
    raise ItemNotInProject("intervention", seq=commitment.seq, revision=shown)


def unpayable_items(
    uow: UnitOfWork, incoming: Sequence[LedgerEntry], existing: Sequence[LedgerEntry]
) -> Iterator[str]:
    """The bulk import's problems with the items its rows name: the same rule as a payment
    recorded one at a time, so an imported row cannot name what a typed one could not."""
    by_seq = {entry.seq: entry for entry in (*existing, *incoming)}
    for row in incoming:
        if row.intervention is None:
            continue
        commitment = by_seq.get(row.commitment_seq) if row.commitment_seq is not None else None
        if row.kind != "disbursement" or commitment is None:
            yield f"La voce n. {row.seq} nomina un intervento ma non è un'erogazione su un impegno."
            continue
        try:
            check_item(uow, PaymentItemRef(row.case_id, row.intervention), commitment)
        except AppError:
            yield (
                f"La voce n. {row.seq} nomina un intervento che il progetto del suo impegno "
                "non ha o che il suo fondo non paga."
            )
