"""A small network for the exchange tests: a capofila store and Ambito stores, really enrolled.

Stores are real encrypted stores at the KDF floor; the enrolment goes through the same service
functions the CLI and the GUI call (issue → accept with the code → register after typing the
fingerprint). Only synthetic data: no case is needed to exercise keys and bundles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from antiviolenza_desktop.exchange import enrolment, keys
from antiviolenza_desktop.exchange.public_key_file import read_public_key_file
from antiviolenza_desktop.services.exchange_records import SenderKey
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.unlock import open_with_password
from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD


def make_store(folder: Path, ambito: str) -> OpenStore:
    """A new store of `ambito` (a copy: see tests.store_template), unlocked, unaudited."""
    database = new_store(
        folder, file_name=f"{ambito}.avdb", store_name=f"Archivio {ambito}", ambito=ambito
    )
    store = open_with_password(database, user=LOGIN, password=PASSWORD)
    return OpenStore(store, actor_for(store, LOGIN))


def issue(capofila: OpenStore, ambito: str) -> enrolment.IssuedEnrolment:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return enrolment.issue_enrolment(uow, ambito=ambito)


def accept(store: OpenStore, data: bytes, code: str) -> enrolment.AcceptedEnrolment:
    with UnitOfWork(store.store, store.actor) as uow:
        return enrolment.accept_enrolment(uow, data=data, one_time_code=code)


def public_key_file(store: OpenStore) -> bytes:
    with UnitOfWork(store.store, store.actor) as uow:
        return keys.ambito_public_key_file(uow)


def register(capofila: OpenStore, key_file: bytes, typed: str) -> SenderKey:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return keys.register_ambito_key(
            uow, key=read_public_key_file(key_file), typed_fingerprint=typed
        )


def enrol(capofila: OpenStore, store: OpenStore, ambito: str) -> SenderKey:
    """The whole enrolment of one Ambito, fingerprint typed correctly."""
    issued = issue(capofila, ambito)
    accepted = accept(store, issued.data, issued.one_time_code)
    return register(capofila, public_key_file(store), accepted.fingerprint)


@dataclass
class Network:
    capofila: OpenStore
    ambiti: dict[str, OpenStore] = field(default_factory=dict)

    def close(self) -> None:
        for opened in (self.capofila, *self.ambiti.values()):
            if opened.store.is_open:
                opened.store.close()


def enrolled_network(folder: Path, ambiti: tuple[str, ...] = ("cremonese",)) -> Network:
    network = Network(make_store(folder, "capofila"))
    for ambito in ambiti:
        network.ambiti[ambito] = make_store(folder, ambito)
        enrol(network.capofila, network.ambiti[ambito], ambito)
    return network
