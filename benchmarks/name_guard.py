"""Name guard benchmark: a payment's texts checked against every woman of a 50,000-case store.

Target (issue 12): the check adds well under 50 ms to a payment at 50,000 cases. Prints, on
stores of 50,000 and 2,000 synthetic cases (the funds benchmark's, with a 2,000-row ledger),
and on 50,000 cases whose surnames are all different (the worst case for the set of name
parts): one payment recorded (+ commit) with the check and with the check replaced by a no-op;
the check alone (payee, document and note of a payment; a 4,000-character narrative); a raw
sqlcipher3 query that reads every surname, the least any check that reads names must pay; and
the check as it was done before (every name loaded, one loop per woman). It asserts nothing.
Run with `make bench`.
"""

from __future__ import annotations

import contextlib
import itertools
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from sqlalchemy import select

import funds
from antiviolenza_desktop.domain.case.codice_fiscale import name_key
from antiviolenza_desktop.domain.name_guard import ExportedText, WomanNamedInText, refuse_names
from antiviolenza_desktop.services import ledger, ledger_import
from antiviolenza_desktop.services.exported_texts import refuse_women_named, women_in
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case
from antiviolenza_desktop.store.sqlcipher_connection import connect

BIG, SMALL = 50_000, 2_000
DISTINCT = "50,000, every surname different"
SYLLABLES = ("ri", "ni", "lo", "na", "ti", "ca", "ve", "do", "ssi", "li", "ma", "ra", "te", "bi")
RUNS = 31
PAYMENT_TEXTS = [
    ExportedText("payee", "Il beneficiario", "Ente sintetico di prova"),
    ExportedText("document_ref", "Il riferimento del documento", "Mandato 118/2026"),
    ExportedText("note", "La nota", "Quota di ottobre, affitto dell'alloggio"),
]
NARRATIVE = (
    "Nel trimestre le donne accolte hanno svolto tirocini presso aziende del territorio, con "
    "l'accompagnamento delle operatrici e dei servizi sociali dell'Ambito. "
) * 30
NARRATIVE_TEXT = [ExportedText("text", "La relazione", NARRATIVE[:4000])]


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def check_ms(opened: OpenStore, texts: list[ExportedText], runs: int = RUNS) -> float:
    """The check's time whether it passes or refuses (a long text may well be refused)."""

    def check(uow: UnitOfWork) -> None:
        with contextlib.suppress(WomanNamedInText):
            refuse_women_named(uow, texts)

    with UnitOfWork(opened.store, opened.actor) as uow:
        return median_ms(lambda: check(uow), runs)


def refused(opened: OpenStore, texts: list[ExportedText]) -> bool:
    with UnitOfWork(opened.store, opened.actor) as uow:
        try:
            refuse_women_named(uow, texts)
        except WomanNamedInText:
            return True
    return False


def old_check_ms(opened: OpenStore) -> float:
    """What the co-financing registers did before: every name, one loop per woman."""

    def check() -> None:
        with UnitOfWork(opened.store, opened.actor) as uow:
            names = list(uow.session.execute(select(Case.first_name, Case.last_name)))
            for item in PAYMENT_TEXTS:
                refuse_names(item.field, item.what, item.text, names)

    return median_ms(check, 5)


def raw_surnames_ms(opened: OpenStore) -> float:
    connection = connect(opened.store.database, bytes(opened.store._raw_key))
    took = median_ms(lambda: connection.execute("SELECT last_name FROM cases").fetchall())
    connection.close()
    return took


def candidates(opened: OpenStore, texts: list[ExportedText]) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return len(women_in(uow, [item.text for item in texts]))


def with_distinct_surnames(cases: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The same cases, each surname made unique by a synthetic ending (and its name_key)."""
    columns = [column.key for column in Case.__table__.columns]
    first, last, key = (columns.index(name) for name in ("first_name", "last_name", "name_key"))
    endings = iter(itertools.product(SYLLABLES, repeat=5))
    changed = []
    for row in cases:
        values = list(row)
        values[last] = f"{values[last]}{''.join(next(endings))}"
        values[key] = name_key(str(values[first]), str(values[last]))
        changed.append(tuple(values))
    return changed


def payment_without_check_ms(opened: OpenStore) -> float:
    """The same payments with the guard replaced by a no-op, to see what the check adds."""
    with mock.patch.object(ledger, "refuse_women_named", lambda _uow, _texts: None):
        return statistics.median(funds.measure_payments(opened)) * 1000


def store_with_ledger(folder: Path, label: str, cases: list[tuple[object, ...]]) -> OpenStore:
    opened = funds.build_store(folder / f"cases-{hash(label)}.avdb", cases)
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_import.import_entries(
            uow, funds.synthetic_ledger(len(cases), funds.SMALL_LEDGER_ROWS)
        )
    return opened


def measure(opened: OpenStore) -> dict[str, float]:
    return {
        "payment": statistics.median(funds.measure_payments(opened)) * 1000,
        "payment without check": payment_without_check_ms(opened),
        "check": check_ms(opened, PAYMENT_TEXTS),
        "narrative": check_ms(opened, NARRATIVE_TEXT, 5),
        "raw": raw_surnames_ms(opened),
        "old": old_check_ms(opened),
        "candidates": candidates(opened, PAYMENT_TEXTS),
        "narrative candidates": candidates(opened, NARRATIVE_TEXT),
        "narrative refused": refused(opened, NARRATIVE_TEXT),
    }


def report(label: str, figures: dict[str, float], small: dict[str, float]) -> None:
    print(f"on {label} cases:")
    print(
        f"  one payment (record_disbursement + commit, median of {funds.PAYMENTS}): "
        f"{figures['payment']:.1f} ms; without the check {figures['payment without check']:.1f}"
        f" ms; on {SMALL:,} cases {small['payment']:.1f} ms"
    )
    print(f"  the check alone, payee + document + note: {figures['check']:.1f} ms ", end="")
    print(f"(on {SMALL:,} cases {small['check']:.1f} ms; target well under 50 ms)")
    print(f"  raw sqlcipher3 SELECT of every surname: {figures['raw']:.1f} ms; ", end="")
    print(f"ratio check / raw {figures['check'] / figures['raw']:.2f}")
    print(f"  before (every name loaded, a loop per woman): {figures['old']:.1f} ms; ", end="")
    print(f"ratio before / now {figures['old'] / figures['check']:.0f}")
    print(f"  a 4,000-character narrative: {figures['narrative']:.1f} ms ", end="")
    print(f"(on {SMALL:,} cases {small['narrative']:.1f} ms)")
    print(
        f"  women read to be judged: payment {figures['candidates']:.0f}, narrative "
        f"{figures['narrative candidates']:.0f} (narrative refused: "
        f"{bool(figures['narrative refused'])}; on {SMALL:,} cases: "
        f"{bool(small['narrative refused'])})"
    )


def main() -> None:
    cases = funds.case_rows(BIG)
    stores = {f"{BIG:,}": cases, f"{SMALL:,}": cases[:SMALL], DISTINCT: None}
    figures = {}
    with tempfile.TemporaryDirectory() as name:
        for label, rows in stores.items():
            rows = rows or with_distinct_surnames(cases)
            opened = store_with_ledger(Path(name), label, rows)
            figures[label] = measure(opened)
            opened.store.close()
    small = figures[f"{SMALL:,}"]
    for label in (f"{BIG:,}", DISTINCT):
        report(label, figures[label], small)


if __name__ == "__main__":
    main()
