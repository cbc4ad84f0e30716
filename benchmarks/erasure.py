"""Erasure benchmark on 50,000 synthetic cases: the list of cases due and one erasure.

Half the cases are concluded, on days spread over ten years. Prints the time of
`due_for_erasure` (the «Casi da eliminare» list) and of one `erase_case_and_checkpoint`
(the transaction plus the WAL checkpoint), each with the ratio to the nearest raw sqlcipher3
work on the same file: one SELECT of the final stage dates, and one UPDATE of the case row
plus the checkpoint. Run with `.venv/bin/python benchmarks/erasure.py`.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from faker import Faker

from antiviolenza_desktop.services import erasure, retention_due
from antiviolenza_desktop.services.case_records import fill_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.schema import Case, CaseStageDate

CASES = 50_000
LOGIN = "misura"
PASSWORD = "tegola-viola-fiume-capriolo"
TODAY = date(2026, 11, 25)


def rows(count: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    rng = random.Random(2)
    faker = Faker("it_IT")
    faker.seed_instance(2)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    columns = [column.key for column in Case.__table__.columns]
    cases, stages = [], []
    for index in range(count):
        case = Case(id=index + 1, code=f"CRE-2016-{index + 1:05d}", created_at=now, updated_at=now)
        fill_case(case, synthetic_case(rng, faker, ["aida", "mia"], TODAY))
        if index % 2 == 0:
            case.stage = "concluded"
            ended = TODAY - timedelta(days=rng.randint(30, 3650))
            stages.append((index + 1, "concluded", ended.isoformat()))
        cases.append(tuple(getattr(case, column) for column in columns))
    return cases, stages


def build(folder: Path) -> OpenStore:
    created = initialise_store(
        folder / "bench.avdb",
        store_name="Prestazioni",
        ambito="cremonese",
        login=LOGIN,
        display_name="Misura Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    cases, stages = rows(CASES)
    with created.store.engine.begin() as connection:
        bulk_insert(connection, Case.__table__, cases)
        bulk_insert(connection, CaseStageDate.__table__, stages)
    return OpenStore(created.store, actor_for(created.store, LOGIN))


def median_of(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def due(opened: OpenStore) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return len(retention_due.due_for_erasure(uow, today=TODAY))


def raw_due(opened: OpenStore) -> int:
    connection = opened.store.raw_connection()
    try:
        return len(
            connection.execute(
                "SELECT c.id, c.code, d.date FROM cases c JOIN case_stage_dates d "
                "ON d.case_id = c.id AND d.stage IN ('concluded', 'dropped_out') "
                "WHERE c.erased_at IS NULL AND d.date <= ?",
                ((TODAY - timedelta(days=5 * 365)).isoformat(),),
            ).fetchall()
        )
    finally:
        connection.close()


def erase_one(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = retention_due.erasure_state(uow, case_id=case_id).code
    erasure.erase_case_and_checkpoint(
        opened, case_id=case_id, reason="richiesta", typed_code=code, today=TODAY
    )


def raw_erase_one(opened: OpenStore, case_id: int) -> None:
    connection = opened.store.raw_connection()
    try:
        connection.execute(
            "UPDATE cases SET first_name = '', last_name = '', name_key = '', "
            "codice_fiscale = NULL, safe_phone = NULL, safe_address = NULL WHERE id = ?",
            (case_id,),
        )
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        opened = build(Path(folder))
        try:
            count = due(opened)
            ours, raw = median_of(lambda: due(opened)), median_of(lambda: raw_due(opened))
            print(f"cases: {CASES}, due for erasure: {count}")
            print(
                f"due_for_erasure: {ours * 1000:.1f} ms (raw sqlcipher {raw * 1000:.1f} ms, "
                f"ratio {ours / raw:.1f})"
            )
            ids = iter(range(2, CASES, 2))
            ours = median_of(lambda: erase_one(opened, next(ids)))
            raw = median_of(lambda: raw_erase_one(opened, next(ids)))
            print(
                f"erase one case + checkpoint: {ours * 1000:.1f} ms (raw UPDATE + checkpoint "
                f"{raw * 1000:.1f} ms, ratio {ours / raw:.1f})"
            )
        finally:
            opened.store.close()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
