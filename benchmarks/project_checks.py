"""What opening a case's project costs now that the panel shows the Ambito's funds live.

`services.project_checks.project_checks` (read with every project, see operations/project.py)
adds, per fund, the net commitments of the whole fund and the case's own ledger entries. The
fund sums read the (fund, kind) index range, as a commitment's own check does, so they grow
with the fund, not with the rest of the store. Target: on 200,000 ledger rows, under 50 ms and
within 3× raw sqlcipher3 running the same per-fund sums (opening a case must stay instant).
Prints the medians on 200,000 and 2,000 rows and the ratio to raw; asserts nothing. The store,
cases and ledger are those of benchmarks/funds.py (synthetic people only).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.services.project_checks import project_checks
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.schema import LedgerRecord
from antiviolenza_desktop.store.sqlcipher_connection import connect
from funds import (
    CASES,
    LEDGER_ROWS,
    LOGIN,
    SMALL_LEDGER_ROWS,
    build_store,
    case_rows,
    ledger_tuples,
    synthetic_ledger,
    timed,
)

RUNS = 30
RAW_SUMS = (
    "SELECT coalesce(sum(amount), 0) FROM ledger_entries WHERE fund = ? AND kind = 'commitment'",
    "SELECT coalesce(sum(r.amount), 0) FROM ledger_entries r JOIN ledger_entries t "
    "ON t.seq = r.reverses_seq WHERE r.fund = ? AND r.kind = 'reversal' "
    "AND t.kind = 'commitment'",
)


def store_with_ledger(folder: Path, name: str, rows: int) -> OpenStore:
    cases = case_rows(CASES if rows > SMALL_LEDGER_ROWS else 2_000)
    entries = synthetic_ledger(len(cases), rows)
    opened = build_store(folder / name, cases)
    with opened.store.engine.begin() as connection:
        bulk_insert(connection, LedgerRecord.__table__, ledger_tuples(entries, LOGIN))
    return opened


def service_medians(opened: OpenStore, case_ids: list[int]) -> float:
    def read(case_id: int) -> None:
        with UnitOfWork(opened.store, opened.actor) as uow:
            project_checks(uow, case_id=case_id)

    return statistics.median(timed(lambda c=c: read(c)) for c in case_ids)


def raw_median(opened: OpenStore) -> float:
    connection = connect(opened.store.database, bytes(opened.store._raw_key))

    def sums() -> None:
        for fund in FUND_LABELS:
            for statement in RAW_SUMS:
                connection.execute(statement, (fund,)).fetchone()

    median = statistics.median(timed(sums) for _ in range(RUNS))
    connection.close()
    return median


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        started = time.perf_counter()
        big = store_with_ledger(folder, "big.avdb", LEDGER_ROWS)
        small = store_with_ledger(folder, "small.avdb", SMALL_LEDGER_ROWS)
        print(f"stores built in {time.perf_counter() - started:.1f} s")
        cases = list(range(1, RUNS + 1))
        big_s, small_s = service_medians(big, cases), service_medians(small, cases)
        raw_s = raw_median(big)
        big.store.close()
        small.store.close()
    print(f"project_checks for one case (median of {RUNS} cases):")
    print(f"  on {LEDGER_ROWS:,} ledger rows: {big_s * 1000:.1f} ms")
    print(f"  on {SMALL_LEDGER_ROWS:,} ledger rows: {small_s * 1000:.1f} ms")
    print(f"  ratio big / small: {big_s / small_s:.2f}")
    print(f"  raw sqlcipher3, the same per-fund sums on the big ledger: {raw_s * 1000:.1f} ms")
    print(f"  ratio service / raw: {big_s / raw_s:.2f} (target ≤ 3, and under 50 ms)")


if __name__ == "__main__":
    main()
