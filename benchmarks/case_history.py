"""Cost of a case's «Panoramica» (issue 11): her history read from a long audit log.

The store of `audit_reads.py`: 10,000 synthetic cases and 200,000 chained audit entries. The
history selects the audit entries about one case (entity and entity_id, which have no index:
every opening scans the log), then her ledger rows and stage dates. Printed: the median and
worst over random cases of `case_history`, of the same audit query run with plain sqlcipher3
on the same file (the floor), their ratio, and the query plan. Run with
`python benchmarks/case_history.py`.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from antiviolenza_desktop.services.case_history import case_history
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.sqlcipher_connection import connect
from audit_reads import AUDIT_ROWS, CASES, LOGIN, PASSWORD, build_store, each, show

OPENINGS = 50
RAW_QUERY = (
    "SELECT at, actor, action, details FROM audit_log WHERE entity = 'case' "
    "AND entity_id = ? ORDER BY seq"
)


def history(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_history(uow, case_id=case_id)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        started = time.perf_counter()
        database = build_store(Path(name))
        print(f"store with {CASES:,} cases and {AUDIT_ROWS:,} audit entries built in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        opened = unlock(database, login=LOGIN, password=PASSWORD)
        try:
            rng = random.Random(11)
            ids = [rng.randint(1, CASES) for _ in range(OPENINGS)]
            for case_id in ids[:5]:  # warm the page cache as a working session would
                history(opened, case_id)
            ours = show("case_history of one case", each(ids, lambda c: history(opened, c)))
            with closing(connect(database, bytes(opened.store._raw_key))) as connection:
                raw = show(
                    "raw sqlcipher3: the same audit query",
                    each(ids, lambda c: connection.execute(RAW_QUERY, (str(c),)).fetchall()),
                )
                plan = connection.execute(f"EXPLAIN QUERY PLAN {RAW_QUERY}", ("1",)).fetchall()
            print(f"  ratio {ours / raw:.2f}")
            print(f"plan of the audit query: {' / '.join(str(row[-1]) for row in plan)}")
        finally:
            opened.store.close()


if __name__ == "__main__":
    main()
