"""Regressions from the review of user management: who may restore over the store, what a
disable reaches (managed copies, leftover slots, a later restore), and the proofs needed to
enable a colleague again or change one's own password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.domain.access.users import WrongCurrentPassword
from antiviolenza_desktop.domain.copy_errors import CopiesBusy
from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.store_errors import UnknownUser, WrongRecoveryKey
from antiviolenza_desktop.services.credentials import (
    add_user,
    change_password,
    disable_user,
    enable_user,
    rekey,
)
from antiviolenza_desktop.services.maintenance import backup_now, restore
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import RECOVERY_ACTOR, actor_for
from antiviolenza_desktop.store import backup
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.store.schema import User
from antiviolenza_desktop.store.unlock import open_with_password
from tests.store_template import new_store_and_key
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD, sha256_of

COLLEAGUE = "op.una"
NEW_PASSWORD = "ginepro lanterna vascello 42"


@pytest.fixture
def created(tmp_path: Path) -> Iterator[tuple[OpenStore, str]]:
    """An unlocked store with its coordinator and a colleague coordinator: (store, key)."""
    database, recovery_key = new_store_and_key(tmp_path)
    store = open_with_password(database, user=LOGIN, password=PASSWORD)
    opened = OpenStore(store, actor_for(store, LOGIN))
    add_user(
        opened,
        login=COLLEAGUE,
        display_name="Operatrice Una",
        role="coordinator",
        password=OTHER_PASSWORD,
    )
    yield opened, recovery_key
    if opened.store.is_open:
        opened.store.close()


def _files(*databases: Path) -> dict[str, str]:
    """The bytes (hashes) of each database and its slot file."""
    paths = [p for d in databases for p in (d, slot_file_path(d))]
    return {str(path): sha256_of(path) for path in paths}


def _state(opened: OpenStore) -> tuple[bytes, list[tuple[str, bool]]]:
    with opened.store.sessions() as session:
        rows = [(u.login, u.active) for u in session.scalars(select(User).order_by(User.login))]
    return slot_file_path(opened.store.database).read_bytes(), rows


def test_a_disabled_worker_cannot_restore_an_old_copy_over_the_store(
    created: tuple[OpenStore, str], tmp_path: Path
) -> None:
    """Her copy on a USB stick still opens with her password: the live store says no."""
    opened, _ = created
    stick = backup_now(opened, destination=tmp_path / "chiavetta")
    disable_user(opened, login=COLLEAGUE)
    database = opened.store.database
    opened.store.close()
    before = _files(database, stick)
    with pytest.raises(PermissionDenied):
        restore(stick, login=COLLEAGUE, password=OTHER_PASSWORD, target=database, replace=True)
    assert _files(database, stick) == before
    assert not (database.parent / "sostituiti").exists()


def test_nor_after_a_key_rotation_made_the_store_unreadable_with_her_copy(
    created: tuple[OpenStore, str], tmp_path: Path
) -> None:
    """«Ruota la chiave» is the advice after a disable: her old copy must not win then."""
    opened, _ = created
    stick = backup_now(opened, destination=tmp_path / "chiavetta")
    disable_user(opened, login=COLLEAGUE)
    rekey(opened, new_recovery_key=False)
    database = opened.store.database
    opened.store.close()
    before = _files(database, stick)
    with pytest.raises(PermissionDenied):
        restore(stick, login=COLLEAGUE, password=OTHER_PASSWORD, target=database, replace=True)
    assert _files(database, stick) == before


def test_a_restore_disables_again_who_was_disabled_after_the_copy(
    created: tuple[OpenStore, str], tmp_path: Path
) -> None:
    opened, _ = created
    stick = backup_now(opened, destination=tmp_path / "chiavetta")
    disable_user(opened, login=COLLEAGUE)
    database = opened.store.database
    opened.store.close()
    restored = restore(stick, login=LOGIN, password=PASSWORD, target=database, replace=True)
    try:
        assert restored.disables_reapplied == 1
        assert _state(restored.opened)[1] == [(LOGIN, True), (COLLEAGUE, False)]
    finally:
        restored.opened.store.close()
    with pytest.raises(UnknownUser):
        unlock(database, login=COLLEAGUE, password=OTHER_PASSWORD)


def test_an_operator_cannot_restore_over_the_store(
    created: tuple[OpenStore, str], tmp_path: Path
) -> None:
    opened, _ = created
    add_user(
        opened,
        login="op.due",
        display_name="Operatrice Due",
        role="operator",
        password=NEW_PASSWORD,
    )
    copy = backup_now(opened)
    database = opened.store.database
    opened.store.close()
    before = _files(database, copy)
    with pytest.raises(PermissionDenied):
        restore(copy, login="op.due", password=NEW_PASSWORD, target=database, replace=True)
    assert _files(database, copy) == before


def test_disabling_removes_her_slot_from_the_managed_copies(
    created: tuple[OpenStore, str],
) -> None:
    opened, _ = created
    copy = backup_now(opened)
    done = disable_user(opened, login=COLLEAGUE)
    assert done.copies_updated == 1
    with pytest.raises(UnknownUser):
        open_with_password(copy, user=COLLEAGUE, password=OTHER_PASSWORD, migrate=False)
    open_with_password(copy, user=LOGIN, password=PASSWORD, migrate=False).close()


def test_disabling_while_a_restore_reads_the_copies_changes_nothing(
    created: tuple[OpenStore, str],
) -> None:
    opened, _ = created
    copy = backup_now(opened)
    before = _state(opened), sha256_of(slot_file_path(copy))
    with backup.copies_locked(copy.parent), pytest.raises(CopiesBusy):
        disable_user(opened, login=COLLEAGUE)
    assert (_state(opened), sha256_of(slot_file_path(copy))) == before


def test_disabling_an_inactive_user_removes_a_leftover_slot(
    created: tuple[OpenStore, str],
) -> None:
    """An enable that wrote her slot and then failed to commit leaves the row inactive."""
    opened, _ = created
    disable_user(opened, login=COLLEAGUE)
    opened.store.set_password(COLLEAGUE, OTHER_PASSWORD, FLOOR_PARAMS)
    disable_user(opened, login=COLLEAGUE)
    assert opened.store.slot_file.password_slot(COLLEAGUE) is None


def test_enabling_needs_the_recovery_key(created: tuple[OpenStore, str]) -> None:
    """Disable then enable must not be a way to set a colleague's password without it."""
    opened, recovery_key = created
    disable_user(opened, login=COLLEAGUE)
    before = _state(opened)
    with pytest.raises(WrongRecoveryKey):
        enable_user(
            opened,
            login=COLLEAGUE,
            recovery_key=format_recovery_key(bytes(20)),
            password=NEW_PASSWORD,
        )
    assert _state(opened) == before
    enable_user(opened, login=COLLEAGUE, recovery_key=recovery_key, password=NEW_PASSWORD)
    opened.store.close()
    unlock(opened.store.database, login=COLLEAGUE, password=NEW_PASSWORD).store.close()


def test_changing_my_password_needs_the_current_one(created: tuple[OpenStore, str]) -> None:
    opened, _ = created
    before = _state(opened)
    with pytest.raises(WrongCurrentPassword):
        change_password(opened, current_password=OTHER_PASSWORD, new_password=NEW_PASSWORD)
    assert _state(opened) == before
    change_password(opened, current_password=PASSWORD, new_password=NEW_PASSWORD)
    assert _state(opened) != before


def test_a_recovery_session_is_refused_clearly(created: tuple[OpenStore, str]) -> None:
    opened, _ = created
    before = _state(opened)
    recovery = OpenStore(opened.store, RECOVERY_ACTOR)
    with pytest.raises(PermissionDenied):
        change_password(recovery, current_password="", new_password=NEW_PASSWORD)
    assert _state(opened) == before
