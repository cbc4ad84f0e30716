"""Proof that an erasure erases: every page of the store, of its WAL and of each copy left after
the purge is decrypted and searched for a marker that was her name, CF, phone and address.

Before the erasure the same search finds the marker in the store and in each copy (a routine
backup, a pre-upgrade copy and the store a restore set aside), so the search is known to see
through the encryption; afterwards it finds it nowhere.
"""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from alembic import command

from antiviolenza_desktop.services import (
    credentials,
    erasure,
    erasure_copies,
    ledger,
    ledger_writes,
    retention_due,
)
from antiviolenza_desktop.services.maintenance import restore
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import migrations_runner
from antiviolenza_desktop.store.backup import default_backup_dir
from antiviolenza_desktop.store.schema import Case
from antiviolenza_desktop.store.unlock import open_with_password
from antiviolenza_desktop.store.unlock_throttle import attempts_path
from tests.erasure_support import MARKER, MARKER_PHONE, marked_case, plain_case
from tests.funds_support import TODAY
from tests.sqlcipher_pages import holds_marker, plaintext_of
from tests.support import LOGIN, PASSWORD
from tests.test_erasure_money import ADDRESS_NOTE, LANDLORD


def _raw_key(opened: OpenStore) -> bytes:
    return bytes(opened.store._raw_key)  # the test must decrypt the pages itself


def _every_copy(database: Path) -> list[Path]:
    """Each database file of every copy beside the store: backups and set-aside stores."""
    copies = sorted(default_backup_dir(database).glob("*.avdb"))
    replaced = database.parent / "sostituiti"
    if replaced.is_dir():
        copies += sorted(replaced.glob(f"*/{database.name}"))
    return copies


def _found_in(path: Path, key: bytes, cf: str) -> bool:
    plaintext = plaintext_of(path, key)
    markers = (MARKER, cf, MARKER_PHONE, LANDLORD, ADDRESS_NOTE)
    return any(holds_marker(plaintext, m) for m in markers)


def _pay_her_landlord(opened: OpenStore) -> None:
    """A payment whose payee and note hold the marker (an address and a landlord: not her
    name, so the name guard lets them through)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow,
            commitment_seq=1,
            amount=10_000,
            on=TODAY,
            payee=LANDLORD,
            document_ref="MAND-7",
            note=ADDRESS_NOTE,
        )


def _erase(opened: OpenStore, case_id: int) -> None:
    code = _code_of(opened, case_id)
    erased = erasure.erase_case_and_checkpoint(
        opened, case_id=case_id, reason="richiesta", typed_code=code, today=TODAY
    )
    assert erased.wal_truncated


def test_no_page_of_the_store_or_of_any_copy_holds_her_data_after_erasure(
    opened: OpenStore,
) -> None:
    plain_case(opened, 11)
    case_id, cf = marked_case(opened)
    _pay_her_landlord(opened)
    plain_case(opened, 12)
    database = opened.store.database
    opened.store.backup(reason="manuale")
    opened.store.backup(reason="prima-aggiornamento")
    routine = sorted(default_backup_dir(database).glob("*manuale*.avdb"))[0]
    opened.store.close()
    restored = restore(routine, login=LOGIN, password=PASSWORD, target=database, replace=True)
    opened, set_aside = restored.opened, restored.set_aside
    assert set_aside is not None and restored.erasures_reapplied == 0
    key = _raw_key(opened)
    copies = _every_copy(database)
    assert len(copies) == 3
    assert _found_in(database, key, cf)
    assert all(_found_in(copy, key, cf) for copy in copies)
    try:
        _erase(opened, case_id)
        purged = erasure_copies.purge_copies_after_erasure(opened)
        assert {c.path for c in purged.removed} == {*copies[:2], set_aside}
        assert not any(copy.exists() for copy in copies)
        remaining = _every_copy(database)
        assert remaining == [purged.fresh_backup]
        assert not _found_in(database, key, cf)
        for copy in remaining:
            assert not _found_in(copy, key, cf), copy.name
    finally:
        opened.store.close()


def _code_of(opened: OpenStore, case_id: int) -> str:
    with UnitOfWork(opened.store, opened.actor) as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        return case.code


def test_restoring_a_copy_from_before_an_erasure_erases_her_again(opened: OpenStore) -> None:
    plain_case(opened, 13)
    case_id, cf = marked_case(opened)
    _pay_her_landlord(opened)
    database = opened.store.database
    before_erasure = opened.store.backup(reason="manuale")
    _erase(opened, case_id)
    with UnitOfWork(opened.store, opened.actor) as uow:
        live = erasure.read_erasures(uow)
    opened.store.close()
    restored = restore(
        before_erasure, login=LOGIN, password=PASSWORD, target=database, replace=True
    )
    opened = restored.opened
    try:
        assert restored.erasures_reapplied == 1
        with UnitOfWork(opened.store, opened.actor) as uow:
            state = retention_due.erasure_state(uow, case_id=case_id)
            entries = ledger.all_entries(uow)
            again = erasure.read_erasures(uow)
        assert again.woman_key_secret == live.woman_key_secret
        (before, after) = (live.tombstones[0], again.tombstones[0])
        assert after == replace(before, erased_at=after.erased_at)  # same codes and keys
        assert after.erased_at > before.erased_at  # her data left this file at the restore
        assert state.erased and state.erasure_reason == "richiesta"
        assert [(e.payee, e.note) for e in entries if e.kind == "disbursement"] == [("", "")]
        key = _raw_key(opened)
        assert not _found_in(database, key, cf)
        assert _found_in(before_erasure, key, cf)  # the copy itself is not modified
        with closing(opened.store.raw_connection()) as connection:
            motives = [
                json.loads(details)["motivo"]
                for (details,) in connection.execute(
                    "SELECT details FROM audit_log WHERE action = 'caso.dati_eliminati'"
                )
            ]
        assert motives == ["ripristino"]  # the copy's audit log predates the erasure
    finally:
        opened.store.close()


def test_a_password_changed_since_the_copy_still_finds_the_erasures(opened: OpenStore) -> None:
    """The replaced store is read with the copy's key: no password is tried on it, so a changed
    password neither hides the erasures nor counts as a failed attempt."""
    case_id, cf = marked_case(opened, with_project=False)
    database = opened.store.database
    before_erasure = opened.store.backup(reason="manuale")
    credentials.change_password(opened, current_password=PASSWORD, new_password=PASSWORD + "-nuova")
    _erase(opened, case_id)
    opened.store.close()
    restored = restore(
        before_erasure, login=LOGIN, password=PASSWORD, target=database, replace=True
    )
    try:
        assert restored.erasures_reapplied == 1
        assert restored.opened.store.failed_attempts == 0
        assert not attempts_path(database).exists()
        assert not _found_in(database, _raw_key(restored.opened), cf)
    finally:
        restored.opened.store.close()


def _make_it_older(copy: Path) -> None:
    """Take a copy back to the schema before the erasure (0007), as copies made before this
    release are: opening it after the restore then upgrades it, with a safety copy first."""
    with (
        open_with_password(copy, user=LOGIN, password=PASSWORD, migrate=False) as store,
        store.engine.begin() as connection,
    ):
        command.downgrade(migrations_runner._config(connection), "0007")


def test_the_purge_after_restoring_an_older_schema_copy_leaves_no_copy_with_her_data(
    opened: OpenStore,
) -> None:
    case_id, cf = marked_case(opened, with_project=False)
    database = opened.store.database
    old = opened.store.backup(reason="manuale")
    _erase(opened, case_id)
    opened.store.close()
    _make_it_older(old)
    restored = restore(old, login=LOGIN, password=PASSWORD, target=database, replace=True)
    opened = restored.opened
    try:
        assert restored.erasures_reapplied == 1
        key = _raw_key(opened)
        upgraded = [c for c in _every_copy(database) if "prima-aggiornamento" in c.name]
        assert upgraded and _found_in(upgraded[0], key, cf)  # the upgrade's safety copy
        erasure_copies.purge_copies_after_erasure(opened)
        assert not any(_found_in(copy, key, cf) for copy in _every_copy(database))
        assert not _found_in(database, key, cf)
    finally:
        opened.store.close()


def test_a_store_rekeyed_since_the_copy_is_read_with_the_password(opened: OpenStore) -> None:
    case_id, cf = marked_case(opened, with_project=False)
    database = opened.store.database
    before_erasure = opened.store.backup(reason="manuale")
    credentials.rekey(opened, new_recovery_key=False)
    _erase(opened, case_id)
    opened.store.close()
    restored = restore(
        before_erasure, login=LOGIN, password=PASSWORD, target=database, replace=True
    )
    try:
        assert restored.erasures_reapplied == 1
        assert not _found_in(database, _raw_key(restored.opened), cf)
    finally:
        restored.opened.store.close()
