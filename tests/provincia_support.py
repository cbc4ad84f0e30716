"""A capofila with two Ambiti merged, for the tests of the register of the Provincia.

Cremonese: two women asking € 1.500,00 and € 2.000,00 of the active fund, the first already
paid € 500,00 by the Ambito (what a store recorded before the Provincia had its register);
Cremasco: one woman asking € 800,00. Only synthetic people.
"""

from __future__ import annotations

from contextlib import closing
from datetime import date

from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.provincia import ProvinciaCommitment, ProvinciaPayment
from antiviolenza_desktop.services import ledger_writes, provincia
from antiviolenza_desktop.services.exchange_province import kept_snapshots
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import export, merge, woman
from tests.exchange_stores import Network, enrolled_network

TODAY = date.today()
TABLES = ("provincia_commitments", "provincia_payments", "provincia_hours", "audit_log")


def merged_network(folder) -> Network:  # type: ignore[no-untyped-def]
    network = enrolled_network(folder, ("cremonese", "cremasco"))
    cremonese, cremasco = network.ambiti["cremonese"], network.ambiti["cremasco"]
    woman(cremonese, 21, active=150_000)
    woman(cremonese, 22, active=200_000)
    woman(cremasco, 31, active=80_000)
    with UnitOfWork(cremonese.store, cremonese.actor) as uow:
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=50_000, on=TODAY, payee="Ente di Prova", document_ref="F1"
        )
    for opened in (cremonese, cremasco):
        merge(network.capofila, export(opened))
    return network


def pseudonyms(capofila: OpenStore, ambito: str) -> list[str]:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return sorted(record.pseudonym for record in kept_snapshots(uow)[ambito].cases)


def commitment(
    ambito: str = "cremonese", pseudonym: str | None = None, **changes
) -> ProvinciaCommitment:  # type: ignore[no-untyped-def]
    values = {
        "ambito": ambito,
        "pseudonym": pseudonym,
        "fund": "active_policies",
        "intervention": "extracurricular_traineeship",
        "on": TODAY,
        "amount": 120_000,
        "note": "",
    }
    values.update(changes)
    return ProvinciaCommitment(**values)


def commit(capofila: OpenStore, entry: ProvinciaCommitment) -> int:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return provincia.record_commitment(uow, entry=entry, today=TODAY)


def pay(capofila: OpenStore, row: int, amount: int, on: date = TODAY) -> int:
    payment = ProvinciaPayment(row, on, amount, "Tirocinante", "Mandato 7/2026")
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return provincia.record_payment(uow, payment=payment, today=TODAY)


def cpi_hours(action: str = "3.1", minutes: int = 600, cost: int = 2_500) -> HoursEntry:
    return HoursEntry("CPI di Cremona", "Orientatrice", action, f"{TODAY:%Y-%m}", minutes, cost)


def record_hours(capofila: OpenStore, entry: HoursEntry) -> int:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return provincia.record_cpi_hours(uow, entry=entry, today=TODAY)


def row_counts(opened: OpenStore) -> dict[str, int]:
    with closing(opened.store.raw_connection()) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in TABLES
        }
