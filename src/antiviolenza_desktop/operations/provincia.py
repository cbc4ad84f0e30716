"""The capofila's register of the Provincia for every front end: one unit of work per call.

The rules are `domain.funds.provincia`'s, applied by `services.provincia` (coordinator at the
capofila); reversals go through `operations.register_reversal` like every other register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.provincia import ProvinciaCommitment, ProvinciaPayment
from antiviolenza_desktop.services import provincia, provincia_reading
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import require_capofila
from antiviolenza_desktop.services.provincia import CommitmentLine, HoursLine, PaymentLine
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ProvinciaRegister:
    commitments: tuple[CommitmentLine, ...]
    payments: tuple[PaymentLine, ...]
    hours: tuple[HoursLine, ...]


def record_commitment(opened: OpenStore, entry: ProvinciaCommitment, today: date) -> int:
    """Errors: see `services.provincia.record_commitment`; nothing is written then."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return provincia.record_commitment(uow, entry=entry, today=today)


def record_payment(opened: OpenStore, payment: ProvinciaPayment, today: date) -> int:
    """Errors: see `services.provincia.record_payment`; nothing is written then."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return provincia.record_payment(uow, payment=payment, today=today)


def record_cpi_hours(opened: OpenStore, entry: HoursEntry, today: date) -> int:
    """Errors: see `services.provincia.record_cpi_hours`; nothing is written then."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return provincia.record_cpi_hours(uow, entry=entry, today=today)


def read_register(opened: OpenStore) -> ProvinciaRegister:
    """Every row of the three registers, oldest first. Errors: NotCapofilaStore."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.NETWORK_READ)
        require_capofila(uow, "leggere il registro della Provincia")
        return ProvinciaRegister(
            tuple(provincia_reading.commitments(uow)),
            tuple(provincia_reading.payments(uow)),
            tuple(provincia_reading.cpi_hours(uow)),
        )
