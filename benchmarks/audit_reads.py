"""Cost of auditing reads (issue 12): opening a case with and without its audit row.

A store of 10,000 synthetic cases and a chained audit log of 200,000 entries (a few years of a
busy Ambito). Times, median and worst over many openings of random cases:
- opening a case as the services did before (`load_case` in a unit of work, nothing written);
- opening it with its read recorded (`read_audit.open_case`: the same read plus one chained
  audit row, committed with the store's `synchronous = FULL`);
- the floor: one audit row inserted and committed with raw sqlcipher3 on the same file;
- the case list's batch of 200 rows with and without its audit entry;
- the viewer's queries on the long log: every entry, one case code, reads of one user;
and the query plan of the last-entry lookup `audit.record` runs before each append (it must
walk the primary key backwards, not sort the table). Run with `make bench`.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from antiviolenza_desktop.domain.audit.actions import READ_LIST, READ_RECORD
from antiviolenza_desktop.domain.audit.chain import entry_hash
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.audit_query import AuditFilter, audit_seqs
from antiviolenza_desktop.services.case_list import CaseListQuery, CaseListSource
from antiviolenza_desktop.services.case_list import case_rows as rows_of
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.read_audit import open_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.schema import AuditLog, Case
from antiviolenza_desktop.store.sqlcipher_connection import connect
from case_list import case_rows

CASES = 10_000
AUDIT_ROWS = 200_000
OPENINGS = 200
PASSWORD = "tegola-viola-fiume-capriolo"
LOGIN = "misura"
LAST_ENTRY = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"


def audit_history(start_seq: int, prev_hash: str, count: int) -> list[tuple[object, ...]]:
    """`count` chained entries after `start_seq`: mostly reads and edits of random cases."""
    rng = random.Random(7)
    columns = [column.key for column in AuditLog.__table__.columns]
    moment = datetime(2023, 1, 1, tzinfo=UTC)
    rows = []
    for seq in range(start_seq + 1, start_seq + count + 1):
        moment += timedelta(seconds=rng.randint(30, 600))
        case = rng.randint(1, CASES)
        action = rng.choice((READ_RECORD, READ_RECORD, READ_LIST, "caso.modificato"))
        details = "{}" if action == "caso.modificato" else f'{{"codice": "CRE-2026-{case:05d}"}}'
        fields = {
            "seq": seq,
            "at": moment.isoformat(timespec="microseconds"),
            "actor": LOGIN,
            "action": action,
            "entity": "case",
            "entity_id": str(case),
            "details": details,
            "prev_hash": prev_hash,
        }
        prev_hash = entry_hash(**fields)
        values = {**fields, "actor_id": 1, "hash": prev_hash}
        rows.append(tuple(values[column] for column in columns))
    return rows


def build_store(folder: Path) -> Path:
    database = folder / "bench.avdb"
    created = initialise_store(
        database,
        store_name="Prestazioni",
        ambito="cremonese",
        login=LOGIN,
        display_name="Misura Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    with created.store.engine.begin() as connection:
        bulk_insert(connection, Case.__table__, case_rows(CASES))
        last = connection.exec_driver_sql(LAST_ENTRY).one()
        bulk_insert(connection, AuditLog.__table__, audit_history(last[0], last[1], AUDIT_ROWS))
    created.store.close()
    return database


def timings(action: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        out.append(time.perf_counter() - started)
    return out


def each(items: list[Any], action: Callable[[Any], object]) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        action(item)
        out.append(time.perf_counter() - started)
    return out


def show(label: str, runs: list[float]) -> float:
    median = statistics.median(runs) * 1000
    print(f"{label}: median {median:.2f} ms, worst {max(runs) * 1000:.2f} ms")
    return median


def open_without_audit(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        load_case(uow, case_id=case_id)


def open_with_audit(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        open_case(uow, case_id=case_id)


def raw_insert(database: Path, raw_key: bytes, runs: int) -> list[float]:
    """The floor: read the last entry, append one chained row, commit (plain sqlcipher3)."""
    out = []
    with closing(connect(database, raw_key)) as connection:
        for _ in range(runs):
            started = time.perf_counter()
            seq, prev = connection.execute(LAST_ENTRY).fetchone()
            fields = {
                "seq": seq + 1,
                "at": datetime.now(UTC).isoformat(timespec="microseconds"),
                "actor": LOGIN,
                "action": READ_RECORD,
                "entity": "case",
                "entity_id": "1",
                "details": '{"codice": "CRE-2026-00001"}',
                "prev_hash": prev,
            }
            connection.execute(
                "INSERT INTO audit_log (seq, at, actor_id, actor, action, entity, entity_id, "
                "details, prev_hash, hash) VALUES (:seq, :at, 1, :actor, :action, :entity, "
                ":entity_id, :details, :prev_hash, :hash)",
                {**fields, "hash": entry_hash(**fields)},
            )
            connection.commit()
            out.append(time.perf_counter() - started)
        plan = connection.execute(f"EXPLAIN QUERY PLAN {LAST_ENTRY}").fetchall()
        lookup = timings(lambda: connection.execute(LAST_ENTRY).fetchone(), runs)
    # "SCAN audit_log" with no "USE TEMP B-TREE FOR ORDER BY": seq is the rowid, walked
    # backwards and stopped after one row, so the lookup does not grow with the log.
    print(f"plan of the last-entry lookup: {' / '.join(str(row[-1]) for row in plan)}")
    print(f"  the last-entry lookup alone: median {statistics.median(lookup) * 1e6:.1f} µs")
    return out


def list_batches(opened: OpenStore) -> None:
    source = CaseListSource(opened)
    ids = source.ids(CaseListQuery())
    batches = [ids[start : start + 200] for start in range(0, 200 * 40, 200)]

    def plain_rows(batch: list[int]) -> None:
        with opened.store.sessions() as session:
            rows_of(session, batch)

    plain = each(batches, plain_rows)
    runs = each(batches, source.rows)
    base = show("case list batch of 200 rows, no audit", plain)
    with_audit = show("case list batch of 200 rows, with its audit entry", runs)
    print(f"  ratio {with_audit / base:.2f}")


def viewer_queries(opened: OpenStore) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        for label, wanted in (
            ("every entry", AuditFilter()),
            ("one case code", AuditFilter(case_code="CRE-2026-04321")),
            ("reads of one user", AuditFilter(user=LOGIN, kind="reads")),
        ):
            runs = timings(lambda w=wanted: audit_seqs(uow, wanted=w), 5)
            show(f"viewer filter on {AUDIT_ROWS:,} entries, {label}", runs)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        started = time.perf_counter()
        database = build_store(Path(name))
        built = time.perf_counter() - started
        print(f"store with {CASES:,} cases and {AUDIT_ROWS:,} audit entries built in {built:.1f} s")
        opened = unlock(database, login=LOGIN, password=PASSWORD)
        try:
            rng = random.Random(3)
            ids = [rng.randint(1, CASES) for _ in range(OPENINGS)]
            for case_id in ids[:10]:  # warm the page cache as a working session would
                open_without_audit(opened, case_id)
            base_runs = each(ids, lambda case_id: open_without_audit(opened, case_id))
            audit_runs = each(ids, lambda case_id: open_with_audit(opened, case_id))
            base = show("open a case, no audit row (before)", base_runs)
            audited = show("open a case, with its audit row", audit_runs)
            print(f"  ratio {audited / base:.2f}, added {audited - base:.2f} ms per opening")
            floor = show(
                "raw sqlcipher3: read last entry + insert one chained row + commit",
                raw_insert(database, bytes(opened.store._raw_key), OPENINGS),
            )
            print(f"  audit row cost over the raw floor: {(audited - base) / floor:.2f}x")
            list_batches(opened)
            viewer_queries(opened)
            verify = timings(lambda: audit.verify(opened.store), 3)
            show(f"audit verify of {AUDIT_ROWS + 2 * OPENINGS + 50:,} entries", verify)
        finally:
            opened.store.close()


if __name__ == "__main__":
    main()
