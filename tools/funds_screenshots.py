"""Save PNGs of the fund screens on a synthetic store with validated projects and payments.

Usage (from the repository root): python tools/funds_screenshots.py OUTPUT_DIR [--lang it|en|pseudo]

The demo store has no validated projects, so this script makes its own store in a temporary
folder: synthetic women (tests/funds_support.py), projects validated months ago, payments in
several months, co-financing hours and a training expense. It captures the dashboard pages,
a drill-down list, the payment dialog with a refusal, the hours dialog, the fund settings,
the case's "Fondi" tab and the dashboard as an operator sees it. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget
from tests.funds_support import assessment_on, care_consent_before, new_case, work_project
from tests.signoff_support import sign_in
from tests.support import LOGIN, PASSWORD

from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry, HoursEntry
from antiviolenza_desktop.operations.funds_reading import read_funds
from antiviolenza_desktop.services import (
    assessments,
    cofinancing,
    ledger,
    ledger_writes,
    projects,
    register_reversal,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork, actor_for
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.funds.dashboard import FundsView
from antiviolenza_desktop.ui.translations import install_translator

TODAY = date.today()
SIZE = (1180, 760)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app: QApplication, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def validate_on(opened: OpenStore, case_id: int, active: int, passive: int, day: date) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        care_consent_before(uow, case_id, day)
        assessments.record_assessment(
            uow, case_id=case_id, assessment=assessment_on(day), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=work_project(active, passive))
        sign_in(uow, case_id)
        projects.validate(uow, case_id=case_id, validated_on=day, today=TODAY)


def populate(opened: OpenStore) -> int:
    """Four women, payments over five months, hours and a training expense; returns the
    first case id."""
    cases = [new_case(opened, seed) for seed in range(4)]
    start = TODAY - timedelta(days=150)
    plans = [(300_000, 60_000), (250_000, 40_000), (200_000, 0), (150_000, 30_000)]
    for case_id, (active, passive) in zip(cases, plans, strict=True):
        validate_on(opened, case_id, active, passive, start)
    with UnitOfWork(opened.store, opened.actor) as uow:
        commitments = [e for e in ledger.all_entries(uow) if e.kind == "commitment"]
        for index, commitment in enumerate(commitments[:5]):
            for month in range(index % 3 + 1):
                ledger_writes.record_disbursement(
                    uow,
                    commitment_seq=commitment.seq,
                    amount=25_000 + 5_000 * month,
                    on=start + timedelta(days=20 + 30 * (month + index % 2)),
                    payee="la beneficiaria" if month % 2 else "Ente di formazione Prova",
                    document_ref=f"Mandato {100 + index * 10 + month}",
                )
        hours = HoursEntry(
            "Comune di Cremona", "Assistente sociale", "3.1", f"{TODAY:%Y-%m}", 600, 2_550
        )
        first = cofinancing.record_hours(uow, entry=hours, today=TODAY)
        cofinancing.record_hours(
            uow,
            entry=HoursEntry(
                "Provincia di Cremona", "Operatrice CPI", "3.2-attive", f"{TODAY:%Y-%m}", 440, 2_800
            ),
            today=TODAY,
        )
        register_reversal.reverse_row(
            uow, kind="hours", row_id=first, day=TODAY, reason="Ore registrate due volte"
        )
        cofinancing.record_expense(
            uow,
            expense=ExpenseEntry(
                "3.4", TODAY, 30_000, "Ente di formazione Prova", "Fattura 7/2026", "Prima giornata"
            ),
            today=TODAY,
        )
        cofinancing.set_narrative(uow, action_code="3.1", text="Valutazioni svolte dalle équipe.")
    return cases[0]


def capture_gantt(app: QApplication, folder: Path, opened: OpenStore, view: FundsView) -> None:
    """The Gantt at 1366×768 as it looked in January 2019, month 12 of the programme: hours
    recorded in the card's months of 3.0 and 3.1, one row outside 3.1's months."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        for action, month, minutes in (("3.0", "2018-02", 420), ("3.1", "2018-05", 600)):
            entry = HoursEntry("Comune di Cremona", "Assistente", action, month, minutes, 2_550)
            cofinancing.record_hours(uow, entry=entry, today=TODAY)
    size = view.size()
    view.resize(1366, 768)
    view.pages.setCurrentWidget(view.gantt)
    view.show_snapshot(read_funds(opened, date(2019, 1, 15)))
    settle(app)
    save(view, folder, "fondi-05b-cronoprogramma-gennaio-2019")
    view.pages.setCurrentIndex(0)
    settle(app)
    save(view, folder, "fondi-05c-quadro-avvisi-calendario")
    view.resize(size)
    view.refresh()
    wait_for(app, lambda: view.refresh_button.isEnabled())


def capture(app: QApplication, folder: Path, opened: OpenStore, case_id: int) -> None:
    runner = BackgroundRunner()
    view = FundsView(opened, runner)
    view.resize(*SIZE)
    view.show()
    view.refresh()
    wait_for(app, lambda: bool(view.snapshot.totals))
    settle(app)
    save(view, folder, "fondi-01-quadro")
    view.months.parentWidget().parentWidget().parentWidget().parentWidget().verticalScrollBar().setValue(
        10_000
    )  # type: ignore[union-attr]
    settle(app)
    save(view, folder, "fondi-02-quadro-in-fondo")
    for index, name in enumerate(
        ("azioni", "cronoprogramma", "ore", "spese", "relazione"), start=1
    ):
        view.pages.setCurrentIndex(index)
        settle(app)
        save(view, folder, f"fondi-{index + 2:02d}-{name}")
    capture_gantt(app, folder, opened, view)
    view.pages.setCurrentIndex(0)
    dialog = view.open_figure("active_policies", "committed")
    wait_for(app, lambda: bool(dialog.panel.model.items))
    dialog.panel.table.selectRow(0)
    settle(app)
    save(dialog, folder, "fondi-07-voci-impegni")
    payment = dialog.panel.pay()
    assert payment is not None
    payment.amount.setText("99.999,00")
    payment.payee.setText("la beneficiaria")
    payment.document.setText("Mandato 999")
    payment.submit()
    wait_for(app, lambda: payment.error.isVisible() or payment.fields["amount"][1].isVisible())
    settle(app)
    save(payment, folder, "fondi-08-erogazione-rifiutata")
    payment.reject()
    reversal = dialog.panel.reverse()
    assert reversal is not None
    settle(app)
    save(reversal, folder, "fondi-09-storno")
    reversal.reject()
    dialog.reject()
    view.pages.setCurrentWidget(view.hours)
    hours = view.hours.add()
    assert hours is not None
    hours.hours.setValue(12)
    hours.minutes.setValue(30)
    hours.cost.setText("25,50")
    settle(app)
    save(hours, folder, "fondi-10-ore")
    hours.reject()
    settings = view.open_settings()
    assert settings is not None
    settings.fund.setCurrentIndex(2)
    settle(app)
    save(settings, folder, "fondi-11-impostazioni")
    settings.reject()
    view.close()
    detail = CaseDetail(opened, ClipboardGuard(), runner)
    detail.resize(*SIZE)
    detail.show()
    detail.open_case(case_id)
    detail.tabs.setCurrentWidget(detail.funds_tab)
    wait_for(app, lambda: bool(detail.funds_tab.commitments.items))
    settle(app)
    save(detail, folder, "fondi-12-scheda-caso")
    detail.close()
    operator = OpenStore(opened.store, Actor(user_id=None, login="operatrice", role="operator"))
    seen = FundsView(operator, runner)
    seen.resize(*SIZE)
    seen.show()
    seen.refresh()
    wait_for(app, lambda: bool(seen.snapshot.totals))
    seen.pages.setCurrentWidget(seen.hours)
    settle(app)
    save(seen, folder, "fondi-13-operatrice-ore")
    runner.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en", "pseudo"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    with tempfile.TemporaryDirectory() as name:
        created = initialise_store(
            Path(name) / "archivio.avdb",
            store_name="Archivio di prova",
            ambito="cremonese",
            login=LOGIN,
            display_name="Coordinatrice Prova",
            password=PASSWORD,
            params=FLOOR_PARAMS,
        )
        opened = OpenStore(created.store, actor_for(created.store, LOGIN))
        try:
            case_id = populate(opened)
            capture(app, args.output, opened, case_id)
        finally:
            opened.store.close()


if __name__ == "__main__":
    main()
