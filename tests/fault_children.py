"""Child processes for tests/test_store_faults.py: each opens a real store and does one risky thing.

Run as `python fault_children.py <mode> <database> [args...]`. The login and the password
(synthetic) come from AVD_TEST_LOGIN and AVD_TEST_PASSWORD. Every marker line is flushed at
once, so the parent can time its SIGKILL on it. Modes that wait to be killed block on stdin: if
the parent goes away, the pipe closes and the child ends on its own.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from antiviolenza_desktop.store import encrypted_store
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.unlock import open_with_password

TABLE_SQL = (
    "CREATE TABLE IF NOT EXISTS fault_rows "
    "(id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, payload BLOB NOT NULL)"
)
INSERT_SQL = "INSERT INTO fault_rows (batch, payload) VALUES (?, ?)"
PAYLOAD_BYTES = 200
DEADLINE_SECONDS = 60.0
FAILED_BATCH = -1
RETRY_BATCH = -2
SLOT_FILE_LIMIT_BYTES = 512  # smaller than any slot file


def say(*words: object) -> None:
    print(*words, flush=True)


def open_store(database: str, password: str | None = None) -> EncryptedStore:
    return open_with_password(
        Path(database),
        user=os.environ["AVD_TEST_LOGIN"],
        password=password or os.environ["AVD_TEST_PASSWORD"],
    )


def rows_of(batch: int, count: int) -> list[tuple[int, bytes]]:
    return [(batch, random.randbytes(PAYLOAD_BYTES)) for _ in range(count)]


def wait_for_parent() -> None:
    """Block until the parent kills us or closes our stdin."""
    sys.stdin.read()


def writer(database: str, batch_rows: str) -> None:
    """One transaction of `batch_rows` rows per batch, until killed: BEGIN n ... COMMITTED n."""
    store = open_store(database)
    connection = store.raw_connection()
    connection.execute(TABLE_SQL)
    batch = connection.execute("SELECT coalesce(max(batch), 0) FROM fault_rows").fetchone()[0]
    say("READY", batch)
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        batch += 1
        rows = rows_of(batch, int(batch_rows))
        connection.execute("BEGIN IMMEDIATE")
        say("BEGIN", batch)
        connection.executemany(INSERT_SQL, rows)
        connection.execute("COMMIT")
        say("COMMITTED", batch)
    connection.close()
    store.close()


def rekey(database: str, variant: str = "") -> None:
    """Rekey, then wait to be killed.

    `hold` keeps a second keyed connection in an open read transaction meanwhile, so neither
    the rekey's own checkpoint nor closing its connection can fold the WAL into the file;
    `hold-kill-before-swap` also dies by SIGKILL at the moment the
    parked slot file would be promoted: the crash state right after the rekey's commit.
    """
    store = open_store(database)
    held = store.raw_connection() if variant.startswith("hold") else None
    if held is not None:
        held.execute("BEGIN")
        held.execute("SELECT count(*) FROM fault_rows").fetchone()
    if variant == "hold-kill-before-swap":
        real_replace = os.replace

        def replace_or_die(src: str, dst: str) -> None:
            if str(src).endswith(".keys.pending"):
                os.kill(os.getpid(), signal.SIGKILL)
            real_replace(src, dst)

        encrypted_store.os.replace = replace_or_die  # type: ignore[assignment]
    say("REKEY")
    started = time.perf_counter()
    store.rekey()
    say("DONE", f"{time.perf_counter() - started:.4f}")
    wait_for_parent()


def set_passwords(database: str, *passwords: str) -> None:
    """Rewrite the password slot over and over, alternating passwords: SET n <index>."""
    store = open_store(database, password=passwords[0])
    say("READY")
    deadline = time.monotonic() + DEADLINE_SECONDS
    turn = 0
    while time.monotonic() < deadline:
        turn += 1
        index = turn % len(passwords)
        say("WRITING", turn, index)
        store.set_password(os.environ["AVD_TEST_LOGIN"], passwords[index], FLOOR_PARAMS)
        say("SET", turn, index)


def backup(database: str, backup_dir: str) -> None:
    store = open_store(database)
    say("BACKUP")
    started = time.perf_counter()
    path = store.backup(Path(backup_dir), reason="prova")
    say("DONE", f"{time.perf_counter() - started:.4f}", path.name)
    wait_for_parent()


def wal(database: str, transactions: str, rows: str) -> None:
    """Commit rows in WAL mode, never checkpoint, then wait to be killed with the file open."""
    store = open_store(database)
    connection = store.raw_connection()
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute(TABLE_SQL)
    for batch in range(1, int(transactions) + 1):
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(INSERT_SQL, rows_of(batch, int(rows)))
        connection.execute("COMMIT")
        say("COMMITTED", batch)
    wait_for_parent()


def _outcome(action: Callable[[], object]) -> str:
    try:
        result = action()
    except Exception as error:
        report = {
            "ok": False,
            "type": f"{type(error).__module__}.{type(error).__qualname__}",
            "code": getattr(error, "code", None),
            "message": str(error)[:300],
            "cause": repr(error.__cause__)[:300] if error.__cause__ else None,
        }
    else:
        report = {"ok": True, "result": result}
    return json.dumps(report)


def diskfull(database: str, limit_bytes: str, big_rows: str, backup_dir: str) -> None:
    """A file-size limit stands in for a full disk: insert, back up, then retry without it."""
    import resource  # POSIX only, and only this mode needs it

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    store = open_store(database)
    statement = text("INSERT INTO fault_rows (batch, payload) VALUES (:batch, :payload)")

    def insert(batch: int) -> int:
        with store.sessions.begin() as session:
            session.execute(
                statement,
                [
                    {"batch": batch, "payload": payload}
                    for _, payload in rows_of(batch, int(big_rows))
                ],
            )
        return int(big_rows)

    def take_backup() -> str:
        return store.backup(Path(backup_dir), reason="prova").name

    def new_password() -> None:
        store.set_password(os.environ["AVD_TEST_LOGIN"], "pietra-nuova-prova-disco", FLOOR_PARAMS)

    def backup_dir_listing() -> str:
        return json.dumps(sorted(p.name for p in Path(backup_dir).iterdir()))

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit_bytes), hard))
    say("INSERT", _outcome(lambda: insert(FAILED_BATCH)))
    say("BACKUP", _outcome(take_backup))
    say("LEFT", backup_dir_listing())
    resource.setrlimit(resource.RLIMIT_FSIZE, (SLOT_FILE_LIMIT_BYTES, hard))
    say("SLOTS", _outcome(new_password))
    say("LEFT_STORE", json.dumps(sorted(p.name for p in Path(database).parent.iterdir())))
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    say("RETRY_INSERT", _outcome(lambda: insert(RETRY_BATCH)))
    say("RETRY_BACKUP", _outcome(take_backup))
    store.close()
    say("CLOSED")


MODES: dict[str, Callable[..., None]] = {
    "writer": writer,
    "rekey": rekey,
    "set-passwords": set_passwords,
    "backup": backup,
    "wal": wal,
    "diskfull": diskfull,
}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
