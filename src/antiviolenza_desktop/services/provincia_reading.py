"""Reading the capofila's register of the Provincia: every row, and the rows in force.

Apart from `services.provincia` (the writes) so each stays small; the provincial totals read
`commitments` and `cpi_hours` in force (`domain.exchange.province_provincia`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.provincia import ProvinciaCommitment, ProvinciaPayment
from antiviolenza_desktop.domain.funds.schedule import HOURS, DatedRow
from antiviolenza_desktop.services.provincia import CommitmentLine, HoursLine, PaymentLine
from antiviolenza_desktop.services.reversible_rows import reversed_by
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ProvinciaCommitmentRow,
    ProvinciaHoursRow,
    ProvinciaPaymentRow,
)


def payments(uow: UnitOfWork) -> list[PaymentLine]:
    """Every payment row, oldest first, with who reversed it."""
    rows = list(uow.session.scalars(select(ProvinciaPaymentRow).order_by(ProvinciaPaymentRow.id)))
    reversing = reversed_by(rows)
    return [
        PaymentLine(
            row.id,
            ProvinciaPayment(
                row.commitment_id,
                date.fromisoformat(row.on_date),
                row.amount,
                row.payee,
                row.document_ref,
            ),
            row.reverses_id,
            reversing.get(row.id),
        )
        for row in rows
    ]


def commitments(uow: UnitOfWork) -> list[CommitmentLine]:
    """Every commitment row, oldest first, with what its payments in force add up to."""
    paid: dict[int, int] = defaultdict(int)
    for line in payments(uow):
        if line.reverses_id is None and line.reversed_by is None:
            paid[line.entry.commitment_id] += line.entry.amount
    rows = list(
        uow.session.scalars(select(ProvinciaCommitmentRow).order_by(ProvinciaCommitmentRow.id))
    )
    reversing = reversed_by(rows)
    return [
        CommitmentLine(
            row.id,
            ProvinciaCommitment(
                row.ambito,
                row.pseudonym,
                row.fund,
                row.intervention,
                date.fromisoformat(row.on_date),
                row.amount,
                row.note,
            ),
            paid[row.id],
            row.reverses_id,
            reversing.get(row.id),
        )
        for row in rows
    ]


def cpi_hours(uow: UnitOfWork) -> list[HoursLine]:
    """Every CPI hours row, oldest first, with who reversed it."""
    rows = list(uow.session.scalars(select(ProvinciaHoursRow).order_by(ProvinciaHoursRow.id)))
    reversing = reversed_by(rows)
    return [
        HoursLine(
            row.id,
            HoursEntry(
                row.office,
                row.person,
                row.action_code,
                row.month,
                row.minutes,
                row.hourly_cost,
                row.note,
            ),
            row.value,
            row.reverses_id,
            reversing.get(row.id),
        )
        for row in rows
    ]


def dated_cpi_hours(uow: UnitOfWork) -> list[DatedRow]:
    """The CPI hours in force as rows of the calendar's hours register (the month's first day):
    they are line 1's B, so the provincial report warns those outside their action's months by
    the same rule as an Ambito's hours (`domain.funds.schedule`)."""
    return [
        DatedRow(HOURS, line.entry.action_code, date.fromisoformat(f"{line.entry.month}-01"))
        for line in cpi_hours(uow)
        if line.reverses_id is None and line.reversed_by is None
    ]
