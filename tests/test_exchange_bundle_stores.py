"""Bundles between real stores: Ambito seals, capofila opens with its registry of senders.

BU-03 (unknown key, another Ambito's key), BU-18 (revoked key), rotation at both ends, and the
snapshot rows the import will write (append-only, newest per Ambito).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy.exc
import sqlcipher3

from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleWrongRecipient,
    SenderAmbitoMismatch,
    SenderRevoked,
    UnknownSender,
)
from antiviolenza_desktop.domain.exchange.enrolment_errors import NotCapofilaStore, NotEnrolled
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_container import OpenedBundle, seal_bundle
from antiviolenza_desktop.exchange.bundle_io import open_at_capofila, seal_for_capofila
from antiviolenza_desktop.exchange.key_material import new_signing_key
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services import exchange_snapshots as snapshots
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import (
    Network,
    accept,
    enrolled_network,
    issue,
    make_store,
    public_key_file,
    register,
)

PAYLOAD = b'{"ambito":"cremonese","sequenza":1}'


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    made = enrolled_network(tmp_path, ("cremonese", "cremasco"))
    yield made
    made.close()


def _seal(store: OpenStore, payload: bytes = PAYLOAD) -> bytes:
    with UnitOfWork(store.store, store.actor) as uow:
        return seal_for_capofila(uow, payload)


def _open(capofila: OpenStore, data: bytes) -> OpenedBundle:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return open_at_capofila(uow, data)


def _own(store: OpenStore, purpose: str) -> records.OwnKey:
    with UnitOfWork(store.store, store.actor) as uow:
        key = records.active_own_key(uow, purpose)
    assert key is not None
    return key


def _enrolment(store: OpenStore) -> records.Enrolment:
    with UnitOfWork(store.store, store.actor) as uow:
        enrolled = records.current_enrolment(uow)
    assert enrolled is not None
    return enrolled


def _forge(store: OpenStore, *, signing_key: bytes, key_id: str, ambito: str) -> bytes:
    """A bundle sealed properly to the capofila but signed by the key given."""
    enrolled = _enrolment(store)
    return seal_bundle(
        PAYLOAD,
        signing_key=signing_key,
        sender_key_id=key_id,
        ambito=ambito,
        recipient_public_key=enrolled.capofila_encryption_key,
        recipient_key_id=enrolled.capofila_encryption_key_id,
    )


def test_round_trip_between_stores(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    opened = _open(network.capofila, _seal(cremonese))
    assert opened.ambito == "cremonese"
    assert opened.sender_key_id == _own(cremonese, "signing").key_id
    assert opened.payload == PAYLOAD
    assert opened.content_sha256 == hashlib.sha256(PAYLOAD).hexdigest()


def test_bu03_unregistered_key_is_an_unknown_sender(network: Network) -> None:
    stranger = new_signing_key()
    data = _forge(
        network.ambiti["cremonese"],
        signing_key=stranger.private_key,
        key_id=stranger.key_id,
        ambito="cremonese",
    )
    with pytest.raises(UnknownSender) as caught:
        _open(network.capofila, data)
    assert caught.value.message.startswith("Mittente sconosciuto")
    assert stranger.key_id in caught.value.message


def test_bu03_one_ambitos_key_claiming_another_is_refused(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    own = _own(cremonese, "signing")
    data = _forge(cremonese, signing_key=own.private_key, key_id=own.key_id, ambito="cremasco")
    with pytest.raises(SenderAmbitoMismatch) as caught:
        _open(network.capofila, data)
    assert "cremasco" in caught.value.message and "cremonese" in caught.value.message


def test_bu18_revoked_key_is_refused(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    data = _seal(cremonese)
    with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
        keys.revoke_ambito_key(uow, key_id=_own(cremonese, "signing").key_id)
    with pytest.raises(SenderRevoked) as caught:
        _open(network.capofila, data)
    assert "revocata" in caught.value.message
    assert _open(network.capofila, _seal(network.ambiti["cremasco"])).ambito == "cremasco"


def test_after_a_revocation_the_new_key_works(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
        keys.revoke_ambito_key(uow, key_id=_own(cremonese, "signing").key_id)
    with UnitOfWork(cremonese.store, cremonese.actor) as uow:
        rotated = keys.rotate_ambito_signing_key(uow)
    with pytest.raises(UnknownSender):  # not yet registered
        _open(network.capofila, _seal(cremonese))
    register(network.capofila, public_key_file(cremonese), rotated.fingerprint or "")
    assert _open(network.capofila, _seal(cremonese)).sender_key_id == rotated.key_id


def test_bundles_signed_before_a_routine_rotation_still_open(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    before = _seal(cremonese)
    with UnitOfWork(cremonese.store, cremonese.actor) as uow:
        rotated = keys.rotate_ambito_signing_key(uow)
    register(network.capofila, public_key_file(cremonese), rotated.fingerprint or "")
    assert _open(network.capofila, before).ambito == "cremonese"


def test_capofila_rotation_old_bundles_open_new_ones_follow_re_enrolment(
    network: Network,
) -> None:
    cremonese = network.ambiti["cremonese"]
    in_transit = _seal(cremonese)
    with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
        new_key = keys.rotate_capofila_encryption_key(uow)
    assert _open(network.capofila, in_transit).payload == PAYLOAD
    again = issue(network.capofila, "cremonese")
    accept(cremonese, again.data, again.one_time_code)
    fresh = _seal(cremonese)
    assert _open(network.capofila, fresh).recipient_key_id == new_key.key_id


def test_a_bundle_for_another_capofila_is_refused(tmp_path: Path, network: Network) -> None:
    (tmp_path / "altra").mkdir()
    other = make_store(tmp_path / "altra", "capofila")
    try:
        with UnitOfWork(other.store, other.actor) as uow:
            keys.ensure_capofila_keys(uow)
        with pytest.raises(BundleWrongRecipient):
            _open(other, _seal(network.ambiti["cremonese"]))
    finally:
        other.store.close()


def test_roles_are_checked(tmp_path: Path, network: Network) -> None:
    with pytest.raises(NotCapofilaStore):
        _open(network.ambiti["cremonese"], _seal(network.ambiti["cremonese"]))
    (tmp_path / "nuovo").mkdir()
    casalasco = make_store(tmp_path / "nuovo", "casalasco")
    try:
        with pytest.raises(NotEnrolled):
            _seal(casalasco)
    finally:
        casalasco.store.close()


# snapshots ----------------------------------------------------------------------------------


def _add(capofila: OpenStore, ambito: str, sequence: int, payload: bytes) -> None:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        snapshots.add_snapshot(
            uow,
            ambito=ambito,
            sequence=sequence,
            content_sha256=hashlib.sha256(payload).hexdigest(),
            schema_version=1,
            payload=payload,
            sender_key_id="00" * 16,
            created_at="2026-11-26T10:00:00+00:00",
        )


def test_snapshots_keep_history_and_give_the_newest_per_ambito(network: Network) -> None:
    capofila = network.capofila
    _add(capofila, "cremonese", 1, b"{}")
    _add(capofila, "cremonese", 3, b'{"a":1}')
    _add(capofila, "cremasco", 2, b'{"b":1}')
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        newest = snapshots.newest_snapshots(uow)
        assert snapshots.snapshot_at(uow, ambito="cremonese", sequence=1) is not None
        assert snapshots.newest_snapshot(uow, "casalasco") is None
    assert {a: s.sequence for a, s in newest.items()} == {"cremonese": 3, "cremasco": 2}
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        _add(capofila, "cremonese", 3, b"{}")
    with closing(capofila.store.raw_connection()) as connection:
        for statement in (
            "UPDATE exchange_snapshots SET sequence = 9",
            "DELETE FROM exchange_snapshots",
        ):
            with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
                connection.execute(statement)
