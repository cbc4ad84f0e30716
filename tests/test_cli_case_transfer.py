"""`antiviolenza casi chiave-ricezione|registra-chiave|trasferisci|ricevi` end to end on two
real Ambito stores: the cards exchanged by file and fingerprint, a case sent and received, and
refusals that exit 1 and change nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.unlock import open_with_password
from tests.exchange_stores import enrolled_network
from tests.support import LOGIN, PASSWORD
from tests.transfer_support import RECEIVER, SENDER, dump, woman


@pytest.fixture
def stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path, str]]:
    network = enrolled_network(tmp_path, (SENDER, RECEIVER))
    sender, receiver = network.ambiti[SENDER], network.ambiti[RECEIVER]
    case_id = woman(sender)
    with UnitOfWork(sender.store, sender.actor) as uow:
        code = load_case(uow, case_id=case_id).code
    paths = (sender.store.database, receiver.store.database)
    network.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    yield paths[0], paths[1], code


def _casi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, Any]:
    code = main(["casi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out or captured.err)


def _exchange(capsys: pytest.CaptureFixture[str], one: Path, other: Path, folder: Path) -> str:
    """Both cards registered; the id of `other`'s receiving key as `one` registered it."""
    ids = []
    for mine, theirs, name in ((one, other, "a.json"), (other, one, "b.json")):
        code, card = _casi(capsys, theirs, "chiave-ricezione", "--file", str(folder / name))
        assert code == 0
        code, registered = _casi(
            capsys, mine, "registra-chiave", str(folder / name), "--impronta", card["impronta"]
        )
        assert code == 0
        ids.append(registered["id_chiave_ricezione"])
    return ids[0]


def _dump(database: Path) -> object:
    store = open_with_password(database, user=LOGIN, password=PASSWORD)
    try:
        rows = dump(OpenStore(store, actor_for(store, LOGIN)))
        rows.pop("audit_log")  # each unlock adds its own entry
        return rows
    finally:
        store.close()


def test_cards_send_and_receive(stores, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sender, receiver, code = stores
    key_id = _exchange(capsys, sender, receiver, tmp_path)
    out = tmp_path / "caso.avtr"
    status, sent = _casi(capsys, sender, "trasferisci", code, "--a", key_id, "--file", str(out))
    assert (status, sent["codice"], sent["ambito"]) == (0, code, RECEIVER)
    status, received = _casi(capsys, receiver, "ricevi", str(out))
    assert status == 0
    assert received["codice_provenienza"] == code
    assert received["codice"].startswith("CMA-")
    assert received["possibili_doppioni"] == []
    before = _dump(receiver)
    status, refused = _casi(capsys, receiver, "ricevi", str(out))
    assert (status, refused["code"]) == (1, "trasferimento_gia_ricevuto")
    assert _dump(receiver) == before


def test_wrong_fingerprint_and_unknown_receiver(stores, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sender, receiver, code = stores
    _casi(capsys, receiver, "chiave-ricezione", "--file", str(tmp_path / "card.json"))
    before = _dump(sender)
    status, refused = _casi(
        capsys,
        sender,
        "registra-chiave",
        str(tmp_path / "card.json"),
        "--impronta",
        "11111 22222 33333 44444 55555 66666",
    )
    assert (status, refused["code"]) == (1, "impronta_diversa")
    out = tmp_path / "caso.avtr"
    status, refused = _casi(
        capsys, sender, "trasferisci", code, "--a", RECEIVER, "--file", str(out)
    )
    assert (status, refused["code"]) == (1, "trasferimento_ambito_senza_chiave")
    assert not out.exists()
    assert _dump(sender) == before
