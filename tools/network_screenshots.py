"""Save PNGs of the network and training registers and of the capofila's network figures.

Usage (from the repository root): python tools/network_screenshots.py OUTPUT_DIR [--lang it|en]

Builds, in a temporary folder, a capofila and two enrolled Ambiti at the KDF floor. The
Cremonese gets the demo's network and training (`services.demo_network`: a baseline before the
card's month, the card's target bodies joined after it); the Cremasco a few members of its own.
Captures, at 1366×768, the Cremonese's «Formazione e rete» tab, the member dialog with each
kind in turn's longest label and the training dialog with every kind's counter; then both
bundles are merged and the capofila's provincial view is captured scrolled to the network
figures; writes the provincial report and the demo store's financial report (PDF and XLSX,
with their «Rete territoriale e formazione» part) beside the PNGs. Runs offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QScrollArea
from tests.exchange_stores import enrolled_network
from tools.exchange_screenshots import save, wait_for

from antiviolenza_desktop.domain.funds.network_training import KIND_LABELS, MemberEntry
from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    merge_files,
    preview_files,
)
from antiviolenza_desktop.operations.exchange_province import write_provincial_report
from antiviolenza_desktop.operations.financial_exports import save_financial_report
from antiviolenza_desktop.services import network_members
from antiviolenza_desktop.services.demo import open_or_create_demo
from antiviolenza_desktop.services.demo_network import add_network_activity
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.view import ExchangeView
from antiviolenza_desktop.ui.funds.network_registers import TrainingNetworkView
from antiviolenza_desktop.ui.translations import install_translator

SIZE = (1366, 768)
CREMASCO = (
    ("Comunità Sociale Cremasca", "servizi_sociali", date(2014, 2, 3)),
    ("ASST di Crema", "ats_asst", date(2016, 1, 18)),
    ("Associazione datoriale Esempio di Crema", "associazione_datoriale", date(2018, 10, 8)),
)


def ambito_screens(app: QApplication, runner: BackgroundRunner, opened, out: Path) -> None:  # type: ignore[no-untyped-def]
    view = TrainingNetworkView(opened, runner)
    view.resize(*SIZE)
    view.show()
    view.refresh()
    wait_for(app, lambda: view.members.model.rowCount() > 0)
    save(view, out, "rete-01-registri")
    member = view.members.add()
    assert member is not None
    longest = max(KIND_LABELS, key=lambda code: len(KIND_LABELS[code]))
    member.kind.setCurrentIndex(member.kind.findData(longest))
    wait_for(app, member.isVisible)
    save(member, out, "rete-02-membro-tipo-piu-lungo")
    member.reject()
    session = view.training.add()
    assert session is not None
    for spin in session.counts.values():
        spin.setValue(12)
    wait_for(app, session.isVisible)
    save(session, out, "rete-03-sessione-tutti-i-tipi")
    print("training dialog size hint", session.sizeHint().toTuple())
    session.reject()


def capofila_screen(app: QApplication, runner: BackgroundRunner, network, out: Path) -> None:  # type: ignore[no-untyped-def]
    view = ExchangeView(network.capofila, runner)
    view.resize(*SIZE)
    view.show()
    view.refresh()
    wait_for(app, lambda: view.province.totals is not None)
    save(view, out, "rete-04-capofila-quadro")
    scroll = view.province.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(view.province.registers)
        wait_for(app, lambda: True)
    save(view, out, "rete-05-capofila-rete-per-tipo")


def laptop_screen() -> None:
    """A 1366×768 offscreen screen instead of the plugin's 800×800: a dialog takes its natural
    size only up to two thirds of the screen's width, so the smaller screen would squeeze it."""
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        screen = Path(tempfile.gettempdir()) / "antiviolenza-screen-1366x768.json"
        size = {"x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1]}
        screen.write_text(json.dumps({"screens": [{"name": "laptop", **size}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en", "pseudo"))
    args = parser.parse_args()
    laptop_screen()
    out = args.output
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    runner = BackgroundRunner()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        network = enrolled_network(folder, ("cremonese", "cremasco"))
        try:
            cremonese, cremasco = network.ambiti["cremonese"], network.ambiti["cremasco"]
            add_network_activity(cremonese, today=date.today())
            with UnitOfWork(cremasco.store, cremasco.actor) as uow:
                for name, kind, joined in CREMASCO:
                    entry = MemberEntry(name, kind, joined)
                    network_members.add_member(uow, entry=entry, today=date.today())
            ambito_screens(app, runner, cremonese, out)
            bundles = []
            for code, store in network.ambiti.items():
                bundles.append(folder / f"{code}.avbundle")
                export_bundle_file(store, bundles[-1])
            previews = preview_files(network.capofila, bundles)
            merge_files(network.capofila, previews, all_or_none=True)
            capofila_screen(app, runner, network, out)
            runner.wait(30_000)
            for name in ("rete-provinciale.pdf", "rete-provinciale.xlsx"):
                (out / name).unlink(missing_ok=True)
            write_provincial_report(
                network.capofila,
                out / "rete-provinciale.pdf",
                out / "rete-provinciale.xlsx",
                date.today(),
            )
        finally:
            network.close()
        demo, _created = open_or_create_demo(folder / "demo.avdb")
        try:
            for name in ("rete-ambito-demo.pdf", "rete-ambito-demo.xlsx"):
                (out / name).unlink(missing_ok=True)
            pdf, xlsx = out / "rete-ambito-demo.pdf", out / "rete-ambito-demo.xlsx"
            save_financial_report(demo, today=date.today(), pdf=pdf, xlsx=xlsx)
        finally:
            demo.store.close()


if __name__ == "__main__":
    main()
