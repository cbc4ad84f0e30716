"""Name guard benchmark: a payment's texts checked against every woman of a 50,000-case store.

Target (issue 12): the check adds well under 50 ms to a payment at 50,000 cases, and a payment
costs about the same on 50,000 cases as on 2,000. Prints, on stores of 50,000 and 2,000
synthetic cases (the funds benchmark's, with a 2,000-row ledger): one payment recorded (with
the check, + commit); the check alone (payee, document and note of a payment; a 4,000-character
narrative); a raw sqlcipher3 query that reads every surname, the least any check reading names
in Python must pay; and the check as it was done before (every name loaded, one loop per woman).
It asserts nothing. Run with `make bench`.
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import funds
from sqlalchemy import select

from antiviolenza_desktop.domain.name_guard import ExportedText, WomanNamedInText, refuse_names
from antiviolenza_desktop.services import ledger
from antiviolenza_desktop.services.exported_texts import refuse_women_named, women_in
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case
from antiviolenza_desktop.store.sqlcipher_connection import connect

BIG, SMALL = 50_000, 2_000
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


def store_with_ledger(folder: Path, cases: list[tuple[object, ...]]) -> OpenStore:
    opened = funds.build_store(folder / f"cases-{len(cases)}.avdb", cases)
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger.import_entries(uow, funds.synthetic_ledger(len(cases), funds.SMALL_LEDGER_ROWS))
    return opened


def measure(opened: OpenStore) -> dict[str, float]:  # bool counts as a figure here
    return {
        "payment": statistics.median(funds.measure_payments(opened)) * 1000,
        "check": check_ms(opened, PAYMENT_TEXTS),
        "narrative": check_ms(opened, NARRATIVE_TEXT, 5),
        "raw": raw_surnames_ms(opened),
        "old": old_check_ms(opened),
        "candidates": candidates(opened, PAYMENT_TEXTS),
        "narrative candidates": candidates(opened, NARRATIVE_TEXT),
        "narrative refused": refused(opened, NARRATIVE_TEXT),
    }


def main() -> None:
    cases = funds.case_rows(BIG)
    figures = {}
    with tempfile.TemporaryDirectory() as name:
        for count in (BIG, SMALL):
            opened = store_with_ledger(Path(name), cases[:count])
            figures[count] = measure(opened)
            opened.store.close()
    big, small = figures[BIG], figures[SMALL]
    print(f"name guard on {BIG:,} and {SMALL:,} synthetic cases (medians):")
    print(f"  one payment (record_disbursement + commit, median of {funds.PAYMENTS}):")
    print(f"    {BIG:,} cases {big['payment']:.1f} ms, {SMALL:,} cases {small['payment']:.1f} ms")
    print(f"    ratio {BIG:,} / {SMALL:,}: {big['payment'] / small['payment']:.2f}")
    print("  the check alone, payee + document + note (target: well under 50 ms):")
    print(f"    {BIG:,} cases {big['check']:.1f} ms, {SMALL:,} cases {small['check']:.1f} ms")
    print(f"    share of the payment at {BIG:,}: {big['check'] / big['payment']:.0%}")
    print(f"  raw sqlcipher3 SELECT of every surname at {BIG:,}: {big['raw']:.1f} ms")
    print(f"    ratio check / raw: {big['check'] / big['raw']:.2f}")
    print(f"  before (every name loaded, a loop per woman) at {BIG:,}: {big['old']:.1f} ms")
    print(f"    ratio before / now: {big['old'] / big['check']:.1f}")
    print(f"  a 4,000-character narrative: {BIG:,} cases {big['narrative']:.1f} ms, ", end="")
    print(f"{SMALL:,} cases {small['narrative']:.1f} ms")
    print(
        f"  women read to be judged at {BIG:,}: payment {big['candidates']:.0f}, narrative "
        f"{big['narrative candidates']:.0f} (refused: {bool(big['narrative refused'])}; at "
        f"{SMALL:,}: {bool(small['narrative refused'])})"
    )


if __name__ == "__main__":
    main()
