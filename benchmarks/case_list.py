"""Case list benchmark on 50,000 synthetic cases: cold start, search, sort, memory.

Targets (issue 3): cold start to lock screen ≤ 0.5 s, search keystroke to rows shown ≤ 40 ms,
sort by a column ≤ 50 ms, peak memory ≤ 250 MB. Prints figures and the ratio of each query to
the same query in raw sqlcipher3. Run with `make bench`.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from faker import Faker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from antiviolenza_desktop.services.case_records import fill_case
from antiviolenza_desktop.services.store_lifecycle import initialise_store
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.schema import Case
from antiviolenza_desktop.ui.case.list_view import CaseListView

CASES = 50_000
PASSWORD = "tegola-viola-fiume-capriolo"
VISIBLE_ROWS = 30
CAV = ["aida", "mia", "donne_contro_la_violenza"]


def case_rows(count: int) -> list[tuple[object, ...]]:
    rng = random.Random(1)
    faker = Faker("it_IT")
    faker.seed_instance(1)
    today = date(2026, 11, 25)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    columns = [column.key for column in Case.__table__.columns]
    rows = []
    for index in range(count):
        case = Case(id=index + 1, code=f"CRE-2026-{index + 1:05d}", created_at=now, updated_at=now)
        fill_case(case, synthetic_case(rng, faker, CAV, today))
        rows.append(tuple(getattr(case, column) for column in columns))
    return rows


def build_store(folder: Path) -> Path:
    database = folder / "bench.avdb"
    created = initialise_store(
        database,
        store_name="Prestazioni",
        ambito="cremonese",
        login="misura",
        display_name="Misura Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    with created.store.engine.begin() as connection:
        bulk_insert(connection, Case.__table__, case_rows(CASES))
    created.store.close()
    return database


def cold_start(database: Path) -> float:
    """Wall time of a fresh process from interpreter start to the lock screen painted."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from antiviolenza_desktop.ui.app import build_window, parse_args\n"
        "app = QApplication([])\n"
        "window = build_window(parse_args(['--store', sys.argv[1]]))\n"
        "window.show(); app.processEvents()\n"
    )
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, str(database)], check=True)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def shown(view: CaseListView) -> None:
    """Ask the model for the cells a person sees, as painting would."""
    model = view.model
    for row in range(min(VISIBLE_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            model.index(row, column).data()


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def raw_search(database: Path, raw_key: bytes, word: str) -> float:
    from antiviolenza_desktop.store.sqlcipher_connection import connect

    connection = connect(database, raw_key)
    started = time.perf_counter()
    ids = connection.execute(
        "SELECT id FROM cases WHERE name_key LIKE ? OR codice_fiscale LIKE ? OR code LIKE ? "
        "ORDER BY referral_date DESC, id DESC",
        (f"%{word}%", f"{word.upper()}%", f"%{word.upper()}%"),
    ).fetchall()
    first = [row[0] for row in ids[:200]]
    marks = ",".join("?" * len(first))
    connection.execute(f"SELECT * FROM cases WHERE id IN ({marks})", first).fetchall()  # noqa: S608
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        started = time.perf_counter()
        database = build_store(Path(name))
        print(
            f"store with {CASES:,} synthetic cases built in {time.perf_counter() - started:.1f} s"
        )
        print(
            f"cold start to lock screen (fresh process, median of 3): {cold_start(database):.3f} s"
        )
        from antiviolenza_desktop.services.store_lifecycle import unlock

        app = QApplication.instance() or QApplication([])
        opened = unlock(database, login="misura", password=PASSWORD)
        view = CaseListView(opened, {code: code.upper() for code in CAV})
        view.resize(1100, 700)
        shown(view)
        searches = []
        for word in ("ros", "mar", "bia", "CRE-2026-4", "zzz"):
            view.search.setText(word)
            searches.append(timed(lambda: (view.apply_filters(), shown(view))))
        view.search.setText("")
        view.apply_filters()
        sorts = []
        for column in (1, 0, 4, 6):
            sorts.append(
                timed(
                    lambda c=column: (view.model.sort(c, Qt.SortOrder.AscendingOrder), shown(view))
                )
            )
        raw = statistics.median(
            raw_search(database, bytes(opened.store._raw_key), w) for w in ("ros", "mar", "bia")
        )
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        view.clear()
        view.deleteLater()
        opened.store.close()
        app.processEvents()
    search_ms = statistics.median(searches) * 1000
    worst = max(searches) * 1000
    print(f"search keystroke to rows shown: median {search_ms:.1f} ms, worst {worst:.1f} ms")
    ratio = search_ms / (raw * 1000)
    print(f"  same query in raw sqlcipher3: {raw * 1000:.1f} ms (ratio {ratio:.2f})")
    sort_ms = statistics.median(sorts) * 1000
    print(f"sort by a column: median {sort_ms:.1f} ms, worst {max(sorts) * 1000:.1f} ms")
    print(f"peak memory of this process (store, Qt, 50,000-row list): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
