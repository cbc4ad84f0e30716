"""Enrolment and keys through the operations both front ends call, without Qt: issue the
enrolment file, accept it with the one-time code, export and rotate the Ambito's key; each
refusal leaves the stores and the files as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.exchange_enrolment import (
    accept_enrolment,
    issue_enrolment_file,
    read_enrolment_file,
    read_network,
)
from antiviolenza_desktop.operations.exchange_keys import (
    export_public_key,
    list_keys,
    read_key_file,
    register_key,
    rotate_key,
)
from tests.exchange_merge_support import row_counts
from tests.exchange_stores import Network, enrolled_network, make_store


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    network = enrolled_network(tmp_path / "rete")
    yield network
    network.close()


def test_enrolment_issued_accepted_and_registered(tmp_path: Path) -> None:
    capofila, ambito = make_store(tmp_path, "capofila"), make_store(tmp_path, "cremonese")
    try:
        enrolment_file, key_path = tmp_path / "iscrizione.avenrol", tmp_path / "chiave.json"
        issued = issue_enrolment_file(capofila, "cremonese", enrolment_file)
        assert enrolment_file.read_bytes() == issued.data

        data = read_enrolment_file(enrolment_file, key_path)
        accepted = accept_enrolment(ambito, data, issued.one_time_code, key_path)
        assert key_path.read_bytes() == accepted.key_file
        assert accepted.enrolment.ambito == "cremonese"
        assert read_network(ambito).signing_key is not None

        sender = register_key(capofila, read_key_file(key_path), accepted.enrolment.fingerprint)
        assert (sender.ambito, sender.key_id) == ("cremonese", accepted.enrolment.key_id)
        assert [s.key_id for s in read_network(capofila).senders] == [sender.key_id]
    finally:
        capofila.store.close()
        ambito.store.close()


def test_enrolment_refusals_change_nothing(tmp_path: Path) -> None:
    capofila, ambito = make_store(tmp_path, "capofila"), make_store(tmp_path, "cremonese")
    try:
        taken = tmp_path / "preso.avenrol"
        taken.write_bytes(b"mio")
        before = row_counts(capofila)
        with pytest.raises(AppError) as exists:
            issue_enrolment_file(capofila, "cremonese", taken)
        assert exists.value.code == "file_esistente"
        assert taken.read_bytes() == b"mio" and row_counts(capofila) == before

        issued = issue_enrolment_file(capofila, "cremonese", tmp_path / "iscrizione.avenrol")
        key_path = tmp_path / "chiave.json"
        other = issue_enrolment_file(capofila, "casalasco", tmp_path / "altra.avenrol")
        wrong = other.one_time_code  # well formed, but another file's
        with pytest.raises(AppError) as refused:
            accept_enrolment(ambito, issued.data, wrong, key_path)
        assert refused.value.code == "codice_monouso_errato"
        assert not key_path.exists() and read_network(ambito).signing_key is None
    finally:
        capofila.store.close()
        ambito.store.close()


def test_export_public_key_writes_the_registered_key(network: Network, tmp_path: Path) -> None:
    ambito = network.ambiti["cremonese"]
    path = tmp_path / "chiave.json"
    written = export_public_key(ambito, path)
    (sender,) = list_keys(network.capofila).registry
    assert (written.key_id, written.fingerprint) == (sender.key_id, sender.fingerprint)
    assert read_key_file(path).key_id == sender.key_id

    with pytest.raises(AppError) as exists:
        export_public_key(ambito, path)
    assert exists.value.code == "file_esistente"
    assert read_key_file(path).key_id == sender.key_id


def test_rotate_key_of_an_ambito_and_of_the_capofila(network: Network, tmp_path: Path) -> None:
    ambito = network.ambiti["cremonese"]
    taken = tmp_path / "presa.json"
    taken.write_bytes(b"mio")
    keys_before = list_keys(ambito).own
    with pytest.raises(AppError) as exists:
        rotate_key(ambito, taken)
    assert exists.value.code == "file_esistente"
    assert list_keys(ambito).own == keys_before and taken.read_bytes() == b"mio"

    path = tmp_path / "nuova.json"
    rotated = rotate_key(ambito, path)
    assert rotated.public is not None and rotated.written is not None
    assert rotated.written.key_id == rotated.summary.key_id == read_key_file(path).key_id
    assert rotated.summary.key_id not in {k.key_id for k in keys_before}
    assert len(list_keys(ambito).own) == len(keys_before) + 1

    on_capofila = rotate_key(network.capofila)
    assert on_capofila.public is None and on_capofila.written is None
    assert on_capofila.summary.key_id in {k.key_id for k in list_keys(network.capofila).own}
