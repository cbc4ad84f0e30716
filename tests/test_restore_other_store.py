"""A copy of another store is never restored over a store without saying so (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.backup_rotation import CopyKind
from antiviolenza_desktop.domain.copy_errors import BackupOfAnotherStore
from antiviolenza_desktop.domain.store_errors import KeySlotFileDamaged
from antiviolenza_desktop.services import copies
from antiviolenza_desktop.services.maintenance import backup_now, restore
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import actor_for
from antiviolenza_desktop.store.unlock import open_with_password
from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD, sha256_of


def _store(folder: Path, name: str, ambito: str) -> Path:
    database = new_store(folder, store_name=name, ambito=ambito)
    store = open_with_password(database, user=LOGIN, password=PASSWORD)
    opened = OpenStore(store, actor_for(store, LOGIN))
    try:
        backup_now(opened)
    finally:
        store.close()
    return database


@pytest.fixture
def two_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    ours = _store(tmp_path / "crema", "Centro Crema", "cremasco")
    theirs = _store(tmp_path / "casalmaggiore", "Centro Casalmaggiore", "casalasco")
    return ours, theirs


def _fingerprints(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): sha256_of(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(".lock")
    }


def _their_copy(theirs: Path) -> Path:
    return next((theirs.parent / "copie-di-sicurezza").glob("*.avdb"))


def test_cli_refuses_another_stores_copy_and_touches_nothing(
    two_stores: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ours, theirs = two_stores
    root = ours.parent.parent
    before = _fingerprints(root)
    args = ["restore", str(_their_copy(theirs)), "--store", str(ours), "--user", LOGIN]
    code = main([*args, "--replace", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1 and payload["code"] == "copia_di_altro_archivio"
    for name in ("Centro Crema", "Cremasco", "Centro Casalmaggiore", "Casalasco"):
        assert name in payload["message"]
    assert _fingerprints(root) == before
    assert not (ours.parent / "sostituiti").exists()


def test_cli_restores_another_stores_copy_when_confirmed(
    two_stores: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ours, theirs = two_stores
    ours_before = sha256_of(ours)
    args = ["restore", str(_their_copy(theirs)), "--store", str(ours), "--user", LOGIN]
    code = main([*args, "--replace", "--altro-archivio", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0, payload
    set_aside = Path(payload["set_aside"])
    assert set_aside.parent == ours.parent / "sostituiti"
    assert sha256_of(set_aside / ours.name) == ours_before
    assert main(["status", "--store", str(ours), "--user", LOGIN, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ambito"] == "casalasco"
    # the former store and its own backup stay listed, so they still expire
    kinds = {copy.kind for copy in copies.list_copies(ours)}
    assert {CopyKind.REPLACED, CopyKind.FORMER_STORE} <= kinds


def test_a_slot_file_claiming_our_store_id_does_not_open(two_stores: tuple[Path, Path]) -> None:
    """A slot file edited to claim our store id cannot sneak another store's data in: the
    store id is bound to the key check, so the copy does not open and nothing moves."""
    ours, theirs = two_stores
    copy = _their_copy(theirs)
    keys = copy.with_name(copy.name + ".keys")
    our_id = json.loads(ours.with_name(ours.name + ".keys").read_text())["store_id"]
    their_id = json.loads(keys.read_text())["store_id"]
    keys.write_text(keys.read_text().replace(their_id, our_id))
    before = sha256_of(ours)
    with pytest.raises(KeySlotFileDamaged):
        restore(copy, login=LOGIN, password=PASSWORD, target=ours, replace=True)
    assert sha256_of(ours) == before
    assert not (ours.parent / "sostituiti").exists()


def test_a_target_without_slot_file_can_still_be_restored(two_stores: tuple[Path, Path]) -> None:
    """KS-02: the slot file of the store is lost; its own copy brings it back."""
    ours, _ = two_stores
    ours.with_name(ours.name + ".keys").unlink()
    copy = next((ours.parent / "copie-di-sicurezza").glob("*.avdb"))
    restored = restore(copy, login=LOGIN, password=PASSWORD, target=ours, replace=True)
    restored.opened.store.close()
    set_aside = restored.set_aside
    assert set_aside is not None and (set_aside / ours.name).exists()
    assert restored.erasures_reapplied is None  # the old store cannot be told: say so


def test_same_refusal_for_the_gui_through_the_service(two_stores: tuple[Path, Path]) -> None:
    ours, theirs = two_stores
    with pytest.raises(BackupOfAnotherStore) as refused:
        restore(_their_copy(theirs), login=LOGIN, password=PASSWORD, target=ours, replace=True)
    assert refused.value.params["target_store"] == "Centro Crema"
