"""The CLI while another process holds the store (the GUI): reading commands open it beside
the holder and are audited; writing commands are refused, the data unchanged; the holder's
rekey and a reader never run at the same time."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.store_errors import (
    StoreBeingRead,
    StoreBusyBesideHolder,
    StoreUnderMaintenance,
)
from antiviolenza_desktop.services import audit, ledger, read_audit, register_reversal
from antiviolenza_desktop.services.reading_unit import SHARED_ATTEMPTS, read_in_unit
from antiviolenza_desktop.services.shared_unlock import unlock_beside_holder
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import process_lock
from antiviolenza_desktop.store.encrypted_store import pending_slot_file_path
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.store.schema import AuditLog, LedgerRecord
from tests.financial_report_support import Woman, build_report_store, open_new_store
from tests.support import LOGIN, PASSWORD


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Woman]]:
    folder = tmp_path_factory.mktemp("template")
    opened = open_new_store(folder)
    try:
        women = build_report_store(opened)
    finally:
        opened.store.close()
    return folder, women


@pytest.fixture
def holder(
    template: tuple[Path, list[Woman]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[OpenStore]:
    """The store open in this process as the GUI holds it (process lock taken)."""
    folder, _women = template
    target = tmp_path / "store"
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.lock", "*.gate"))
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    opened = unlock(target / "archivio.avdb", login=LOGIN, password=PASSWORD)
    yield opened
    if opened.store.is_open:
        opened.store.close()


def _cli(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args, "--store", str(database), "--user", LOGIN, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _audit_actions(holder: OpenStore) -> list[tuple[str, str]]:
    with UnitOfWork(holder.store, holder.actor) as uow:
        rows = uow.session.execute(select(AuditLog.action, AuditLog.details).order_by(AuditLog.seq))
        return [(action, details) for action, details in rows]


def test_ledger_export_beside_the_holder_is_audited(holder, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = holder.store.database
    before = len(_audit_actions(holder))
    target = tmp_path / "registro.csv"
    code, payload = _cli(capsys, database, "fondi", "registro", "--csv", str(target))
    assert (code, payload["voci"]) == (0, 13), payload
    with target.open(encoding="utf-8-sig", newline="") as stream:
        assert len(list(csv.reader(stream, delimiter=";"))) == 14
    added = _audit_actions(holder)[before:]
    assert [action for action, _ in added] == ["accesso.aperto", "lettura.esportazione"]
    assert json.loads(added[0][1])["sola_lettura"] is True
    assert json.loads(added[1][1])["esportazione"] == "registro_fondi"
    # The holder keeps writing after the reader has gone, and its audit chain is whole.
    with UnitOfWork(holder.store, holder.actor) as uow:
        register_reversal.reverse_row(
            uow, kind="ledger", row_id=6, day=ledger.all_entries(uow)[5].on, reason="prova"
        )
    code, payload = _cli(capsys, database, "audit", "verify")
    assert (code, payload["intact"]) == (0, True)


def test_status_totals_and_report_beside_the_holder(holder, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = holder.store.database
    code, payload = _cli(capsys, database, "status")
    assert code == 0 and payload["cases"] == 3
    code, payload = _cli(capsys, database, "fondi", "totali")
    assert (code, payload["fondi"][0]["impegnato"]) == (0, "4900.00")
    pdf = tmp_path / "rendiconto.pdf"
    code, payload = _cli(capsys, database, "fondi", "rendiconto", "--pdf", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    code, payload = _cli(capsys, database, "verify")
    assert (code, payload["healthy"]) == (0, True)


def test_a_writing_command_is_refused_and_nothing_changes(holder, capsys) -> None:  # type: ignore[no-untyped-def]
    database = holder.store.database
    with UnitOfWork(holder.store, holder.actor) as uow:
        before = tuple(ledger.all_entries(uow))
    audit_before = _audit_actions(holder)
    code, payload = _cli(capsys, database, "fondi", "storna", "--voce", "6", "--motivo", "prova")
    assert (code, payload["code"]) == (1, "archivio_aperto_altrove")
    assert "chiudi o blocca l'applicazione" in payload["message"]
    with UnitOfWork(holder.store, holder.actor) as uow:
        assert tuple(ledger.all_entries(uow)) == before
    assert _audit_actions(holder) == audit_before


def test_the_reader_cannot_write_anything_but_its_audit_rows(holder) -> None:  # type: ignore[no-untyped-def]
    reader = unlock_beside_holder(holder.store.database, login=LOGIN, password=PASSWORD)
    try:
        with pytest.raises(DBAPIError), UnitOfWork(reader.store, reader.actor) as uow:
            uow.session.execute(LedgerRecord.__table__.update().values(note="x"))
    finally:
        reader.store.close()
    with UnitOfWork(holder.store, holder.actor) as uow:
        assert all(entry.note != "x" for entry in ledger.all_entries(uow))


def test_rekey_waits_for_the_reader_and_the_reader_for_a_rekey(holder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    database = holder.store.database
    monkeypatch.setattr(process_lock, "GATE_WAIT_SECONDS", 0.2)
    reader = unlock_beside_holder(database, login=LOGIN, password=PASSWORD)
    keys_before = slot_file_path(database).read_bytes()
    try:
        with pytest.raises(StoreBeingRead):
            holder.store.rekey()
        assert slot_file_path(database).read_bytes() == keys_before
        assert not pending_slot_file_path(database).exists()
        with UnitOfWork(reader.store, reader.actor) as uow:  # the reader's key still opens it
            assert len(ledger.all_entries(uow)) == 13
    finally:
        reader.store.close()
    pending = pending_slot_file_path(database)
    pending.write_bytes(b"{}")
    try:
        with pytest.raises(StoreUnderMaintenance):
            unlock_beside_holder(database, login=LOGIN, password=PASSWORD)
    finally:
        pending.unlink()
    holder.store.rekey()
    reader = unlock_beside_holder(database, login=LOGIN, password=PASSWORD)
    reader.store.close()


@pytest.mark.slow
def test_a_second_process_reads_while_this_one_holds(holder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = holder.store.database
    env = {**os.environ, "ANTIVIOLENZA_PASSWORD": PASSWORD}
    command = [sys.executable, "-m", "antiviolenza_desktop"]
    store_args = ["--store", str(database), "--user", LOGIN]
    read = subprocess.run(
        [*command, "fondi", "totali", *store_args],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert read.returncode == 0, read.stderr
    assert "€ 4.900,00" in read.stdout
    refused = subprocess.run(
        [*command, "fondi", "storna", *store_args, "--voce", "6", "--motivo", "prova"],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "chiudi o blocca l'applicazione (Ctrl+L)" in refused.stderr
    with UnitOfWork(holder.store, holder.actor) as uow:
        assert not any(entry.note == "prova" for entry in ledger.all_entries(uow))


def _holder_writes(holder: OpenStore) -> None:
    with UnitOfWork(holder.store, holder.actor) as uow:
        audit.record(uow, action="accesso.aperto", entity="store")


def test_a_read_is_run_again_when_the_holder_wrote_meanwhile(holder) -> None:  # type: ignore[no-untyped-def]
    reader = unlock_beside_holder(holder.store.database, login=LOGIN, password=PASSWORD)
    attempts: list[int] = []

    def export(uow: UnitOfWork) -> int:
        entries = ledger.all_entries(uow)  # the reader's snapshot starts here
        attempts.append(len(entries))
        if len(attempts) == 1:
            _holder_writes(holder)  # ... so its audit row would append to a stale chain
        read_audit.record_export(uow, kind="registro_fondi", case_codes=["X"])
        return len(entries)

    try:
        assert read_in_unit(reader, export) == 13
    finally:
        reader.store.close()
    assert attempts == [13, 13]
    assert audit.verify(holder.store).intact


def test_a_holder_writing_at_every_attempt_gives_a_clear_refusal(holder) -> None:  # type: ignore[no-untyped-def]
    reader = unlock_beside_holder(holder.store.database, login=LOGIN, password=PASSWORD)
    before = len(_audit_actions(holder))

    def export(uow: UnitOfWork) -> None:
        ledger.all_entries(uow)
        _holder_writes(holder)
        read_audit.record_export(uow, kind="registro_fondi", case_codes=["X"])

    try:
        with pytest.raises(StoreBusyBesideHolder):
            read_in_unit(reader, export)
    finally:
        reader.store.close()
    actions = [action for action, _ in _audit_actions(holder)[before:]]
    assert actions == ["accesso.aperto"] * SHARED_ATTEMPTS  # the holder's, none of the reader's


_KEPT_ON = ("foreign_keys", "recursive_triggers")
_COPY_OF_ROW_1 = (
    "(seq, at, actor_id, actor, action, entity, entity_id, details, prev_hash, hash) "
    "SELECT seq, at, actor_id, actor, action, entity, entity_id, {details}, prev_hash, hash "
    "FROM audit_log WHERE seq = 1"
)


def _store_state(holder: OpenStore) -> tuple[object, ...]:
    """The header fields a pragma writes, and the whole audit log, as the holder reads them."""
    with holder.store.engine.connect() as connection:
        header = tuple(
            connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("user_version", "application_id", "schema_version")
        )
        rows = connection.exec_driver_sql("SELECT * FROM audit_log ORDER BY seq").all()
    return header, tuple(tuple(row) for row in rows)


@pytest.mark.parametrize(
    "statement",
    [
        "PRAGMA user_version = 99",
        "PRAGMA main.application_id = 99",
        "PRAGMA schema_version = 99",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA recursive_triggers = OFF",
        "PRAGMA optimize",
        "PRAGMA cipher_migrate",
        "ANALYZE",
        "VACUUM",
        # Row 1 again, its details forged: REPLACE deletes the old row (same seq and hash).
        "INSERT OR REPLACE INTO audit_log " + _COPY_OF_ROW_1.format(details="'falsificato'"),
        "REPLACE INTO audit_log " + _COPY_OF_ROW_1.format(details="'falsificato'"),
        # A new seq with row 1's hash: REPLACE deletes row 1 (the hash is unique).
        "REPLACE INTO audit_log " + _COPY_OF_ROW_1.replace("SELECT seq,", "SELECT seq + 1000,"),
        "INSERT INTO audit_log "
        + _COPY_OF_ROW_1.format(details="details")
        + " ON CONFLICT (seq) DO UPDATE SET details = 'falsificato'",
    ],
)
def test_the_reader_cannot_change_the_store_by_pragma_or_replace(holder, statement: str) -> None:  # type: ignore[no-untyped-def]
    """Through the reader's own sqlcipher3 connection, autocommitting: refused, and the audit
    log, the header and the connection's integrity settings are as they were."""
    reader = unlock_beside_holder(holder.store.database, login=LOGIN, password=PASSWORD)
    try:
        before = _store_state(holder)  # with the reader's own audit row of its opening
        pooled = reader.store.engine.raw_connection()
        connection = pooled.driver_connection
        with pytest.raises(sqlcipher3.DatabaseError):
            connection.execute(statement).fetchall()
        settings = [connection.execute(f"PRAGMA {name}").fetchone()[0] for name in _KEPT_ON]
        assert settings == [1] * len(_KEPT_ON)
        pooled.close()
    finally:
        reader.store.close()
    assert _store_state(holder) == before
