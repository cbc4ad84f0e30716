"""Store benchmarks: unlock time, connection open with and without the cipher settings check,
and bulk insert through the store vs raw drivers.

Run with `make bench`. Prints figures and ratios; it asserts nothing (targets live in the
closing notes of the issues, measured on the 2-core reference machine).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path

import sqlcipher3
from sqlalchemy import Column, Integer, MetaData, String, Table

from antiviolenza_desktop.store import kdf
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.creation import StoreIdentity, create_store
from antiviolenza_desktop.store.schema import User
from antiviolenza_desktop.store.sqlcipher_connection import SETTINGS, connect, key_literal
from antiviolenza_desktop.store.unlock import open_with_password

ROWS = 50_000
RUNS = 3
OPENS = 300
PASSWORD = "benchmark-sintetico-nessun-dato"
CREATE = "CREATE TABLE bench (id INTEGER PRIMARY KEY, code TEXT, amount INTEGER, note TEXT)"
INSERT = "INSERT INTO bench (id, code, amount, note) VALUES (?, ?, ?, ?)"

bench = Table(
    "bench",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("code", String),
    Column("amount", Integer),
    Column("note", String),
)


def synthetic_rows() -> list[tuple[int, str, int, str]]:
    return [(i, f"C{i:06d}", (i * 7919) % 300_000, f"nota sintetica {i}") for i in range(ROWS)]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _populate(session: object) -> None:
    session.add(  # type: ignore[attr-defined]
        User(login="bench", display_name="Bench", role="coordinator", created_at="", active=True)
    )


def measure_unlock(folder: Path) -> tuple[kdf.KdfParams, list[float]]:
    params, _ = kdf.calibrate()
    created = create_store(
        folder / "unlock.avdb",
        identity=StoreIdentity("Bench", "cremonese", "coordinator"),
        user="bench",
        password=PASSWORD,
        params=params,
        populate=_populate,
    )
    created.store.close()
    times = []
    for _ in range(3):
        started = time.perf_counter()
        store = open_with_password(folder / "unlock.avdb", user="bench", password=PASSWORD)
        times.append(time.perf_counter() - started)
        store.close()
    return params, times


def open_without_cipher_settings(path: Path, raw_key: bytes) -> None:
    """The read-only open as it was before the settings were set and read back (issue 12)."""
    connection = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    with closing(connection):
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{key_literal(raw_key)}"')
        connection.execute("PRAGMA cipher_version").fetchone()
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for statement in SETTINGS:
            connection.execute(statement).fetchall()


def open_with_cipher_settings(path: Path, raw_key: bytes) -> None:
    connect(path, raw_key, read_only=True).close()


def measure_connection_open(folder: Path) -> tuple[float, float]:
    """Median seconds per read-only open, before and with the cipher settings check."""
    raw_key = os.urandom(32)
    path = folder / "open.db"
    with closing(connect(path, raw_key, create=True)) as connection:
        connection.execute(CREATE)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    medians = []
    for method in (open_without_cipher_settings, open_with_cipher_settings):
        runs = [timed(partial(method, path, raw_key)) for _ in range(OPENS)]
        medians.append(statistics.median(runs))
    return medians[0], medians[1]


def store_bulk(folder: Path, rows: list[tuple[int, str, int, str]]) -> float:
    created = create_store(
        folder / "bulk.avdb",
        identity=StoreIdentity("Bench", "cremonese", "coordinator"),
        user="bench",
        password=PASSWORD,
        params=kdf.FLOOR_PARAMS,
        populate=_populate,
    )
    store = created.store
    with store.engine.begin() as connection:
        connection.exec_driver_sql(CREATE)

    def run() -> None:
        with store.engine.begin() as connection:
            bulk_insert(connection, bench, rows)

    seconds = timed(run)
    store.close()
    return seconds


def raw_sqlcipher(folder: Path, rows: list[tuple[int, str, int, str]]) -> float:
    connection = connect(folder / "raw.db", os.urandom(32), create=True)
    connection.execute(CREATE)

    def run() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(INSERT, rows)
        connection.execute("COMMIT")

    seconds = timed(run)
    connection.close()
    return seconds


def raw_sqlite(folder: Path, rows: list[tuple[int, str, int, str]]) -> float:
    connection = sqlite3.connect(folder / "plain.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA cache_size = -65536")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(CREATE)

    def run() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(INSERT, rows)
        connection.execute("COMMIT")

    seconds = timed(run)
    connection.close()
    return seconds


def median_of_runs(
    folder: Path, rows: list[tuple[int, str, int, str]], method: Callable[..., float]
) -> float:
    results = []
    for run in range(RUNS):
        target = folder / f"{method.__name__}-{run}"
        target.mkdir()
        results.append(method(target, rows))
    return statistics.median(results)


def main() -> None:
    rows = synthetic_rows()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        params, unlocks = measure_unlock(folder)
        print(
            f"KDF calibrated: Argon2id m={params.memory_kib // 1024} MiB, "
            f"t={params.iterations}, p={params.lanes}"
        )
        print(
            f"unlock (KDF + page checks + schema check): median {statistics.median(unlocks):.3f} s "
            f"(runs: {', '.join(f'{t:.3f}' for t in unlocks)})"
        )
        before_s, after_s = measure_connection_open(folder)
        print(
            f"connection open (read-only, median of {OPENS}): {before_s * 1000:.2f} ms before, "
            f"{after_s * 1000:.2f} ms with cipher settings set and read back "
            f"(+{(after_s - before_s) * 1000:.2f} ms, ratio {after_s / before_s:.2f}); "
            f"an unlock opens about 4 connections: +{4 * (after_s - before_s) * 1000:.2f} ms "
            f"against {statistics.median(unlocks):.3f} s"
        )
        store_s, cipher_s, plain_s = (
            median_of_runs(folder, rows, method)
            for method in (store_bulk, raw_sqlcipher, raw_sqlite)
        )
    print(f"bulk insert of {ROWS:,} rows, one transaction (median of {RUNS} fresh files):")
    print(
        f"  store bulk path (compiled executemany) {store_s:.3f} s  ({ROWS / store_s:,.0f} rows/s)"
    )
    print(
        f"  raw sqlcipher3 executemany          {cipher_s:.3f} s  ({ROWS / cipher_s:,.0f} rows/s)"
    )
    print(f"  raw sqlite3 executemany (no cipher) {plain_s:.3f} s  ({ROWS / plain_s:,.0f} rows/s)")
    print(f"  ratio store / raw sqlcipher3: {store_s / cipher_s:.2f}")
    print(f"  ratio raw sqlcipher3 / raw sqlite3: {cipher_s / plain_s:.2f}")


if __name__ == "__main__":
    main()
