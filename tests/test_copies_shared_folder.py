"""Whose copies a store rotates: only its own and a former store's at its path (issue 12).

Store A's `backup --to` copies may sit in store B's `copie-di-sicurezza/` (a USB stick that
holds B): opening B or copying B never deletes them. A stray name that only looks like a copy
never stops an open."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.backup_rotation import CopyKind
from antiviolenza_desktop.domain.copy_errors import CopiesNotDeleted
from antiviolenza_desktop.services import copies
from antiviolenza_desktop.services.maintenance import backup_now, restore
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import actor_for
from antiviolenza_desktop.store import backup
from antiviolenza_desktop.store.unlock import open_with_password
from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD

STAMP = "%Y%m%d-%H%M%S"


def _days_ago(days: int) -> datetime:
    return (datetime.now() - timedelta(days=days)).replace(microsecond=0)


def _new_store(folder: Path, name: str) -> OpenStore:
    store = open_with_password(new_store(folder, store_name=name), user=LOGIN, password=PASSWORD)
    return OpenStore(store, actor_for(store, LOGIN))


def _aged(made: Path, opened: OpenStore, days: list[int]) -> list[Path]:
    """Copies of the backup `made` beside it, renamed as if taken `days` ago (the newest of
    them keeps `made` itself, renamed too, so no copy of today remains)."""
    stem = f"{opened.store.database.stem}-{opened.store.slot_file.store_id[:8]}"
    aged = []
    for day in days:
        target = made.with_name(f"{stem}-{_days_ago(day):{STAMP}}-manuale.avdb")
        shutil.copyfile(made, target)
        keys = made.with_name(made.name + ".keys")
        shutil.copyfile(keys, target.with_name(target.name + ".keys"))
        aged.append(target)
    made.unlink()
    keys.unlink()
    return aged


@pytest.fixture
def stick(tmp_path: Path) -> tuple[Path, list[Path]]:
    """Store B on a stick, and store A's old copies written with `--to` into B's folder."""
    store_b = _new_store(tmp_path / "chiavetta", "Centro B")
    backup_now(store_b)
    database_b = store_b.store.database
    store_b.store.close()
    store_a = _new_store(tmp_path / "ufficio", "Centro A")
    try:
        made = backup_now(store_a, destination=backup.default_backup_dir(database_b))
        a_copies = _aged(made, store_a, [100, 110, 120, 130])
    finally:
        store_a.store.close()
    return database_b, a_copies


def test_opening_and_copying_a_store_leaves_another_stores_copies(
    stick: tuple[Path, list[Path]],
) -> None:
    database_b, a_copies = stick
    reopened = unlock(database_b, login=LOGIN, password=PASSWORD)
    try:
        assert all(copy.exists() for copy in a_copies)
        backup_now(reopened)
        assert all(copy.exists() for copy in a_copies)
        listed = {info.path for info in copies.list_copies(database_b)}
        assert not listed & set(a_copies)
    finally:
        reopened.store.close()


def test_a_former_stores_backups_expire_but_its_newest_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_b = _new_store(tmp_path / "chiavetta", "Centro B")
    database_b = store_b.store.database
    b_copies = _aged(backup_now(store_b), store_b, [95, 100, 110, 120])
    store_b.store.close()
    store_a = _new_store(tmp_path / "ufficio", "Centro A")
    a_copy = backup_now(store_a)
    store_a.store.close()

    result = restore(
        a_copy, login=LOGIN, password=PASSWORD, target=database_b, replace=True, other_store=True
    )
    restored, set_aside = result.opened, result.set_aside
    try:
        assert set_aside is not None and set_aside.exists()
        assert b_copies[0].exists(), "the former store's newest copy is never rotated away"
        assert not any(copy.exists() for copy in b_copies[1:])
        kinds = {info.path: info.kind for info in copies.list_copies(database_b)}
        assert kinds[b_copies[0]] is CopyKind.FORMER_STORE
        newest_former = next(i for i in copies.list_copies(database_b) if i.path == b_copies[0])
        assert newest_former.expires_on is None
        backup_now(restored)
        assert b_copies[0].exists()
        shutil.rmtree(set_aside)  # its folder expires: the former store is still known
        kinds = {info.path: info.kind for info in copies.list_copies(database_b)}
        assert kinds[b_copies[0]] is CopyKind.FORMER_STORE
        assert main(["copie", "elenca", "--store", str(database_b)]) == 0
        listing = capsys.readouterr().out
        line = next(line for line in listing.splitlines() if b_copies[0].name in line)
        assert "da eliminare a mano" in line
        copies.delete_copy(restored, file_name=b_copies[0].name)  # by hand it may go
        assert not b_copies[0].exists()
    finally:
        restored.store.close()


def _stray_names(database: Path) -> list[Path]:
    folder = backup.default_backup_dir(database)
    replaced = database.parent / "sostituiti" / f"{database.stem}-20261399-155906-000001"
    replaced.mkdir(parents=True)
    stray = folder / f"{database.stem}-0123abcd-20261399-155906-manuale.avdb"
    stray.write_bytes(b"not a copy")
    remembered = replaced.parent / f".{database.stem}-archivi-precedenti"
    remembered.write_bytes(b"\xff\xfe not-an-id 0123abcdef\n")
    return [stray, replaced]


def test_a_stray_name_in_the_copies_folders_never_stops_an_open(opened: OpenStore) -> None:
    backup_now(opened)
    database = opened.store.database
    strays = _stray_names(database)
    opened.store.close()
    reopened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        assert all(path.exists() for path in strays)
        listed = {info.path for info in copies.list_copies(database)}
        assert not listed & set(strays)
    finally:
        reopened.store.close()


def test_the_rotation_at_open_never_fails_an_open(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = opened.store.database
    opened.store.close()
    for failure in (ValueError("bad stamp"), CopiesNotDeleted(names="x")):

        def failing(*_args: object, failure: Exception = failure, **_kwargs: object) -> None:
            raise failure

        monkeypatch.setattr(backup, "expired_copies", failing)
        reopened = unlock(database, login=LOGIN, password=PASSWORD)
        reopened.store.close()
