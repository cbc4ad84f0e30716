"""Save PNGs of the regional roll-up at 1366×768: the capofila's provincial view with its
«Esporta per la Regione…» action, and the Region's workspace (only «Rete») after the import
(the regional totals, and the keys tab with the capofila's registered key).

Usage (from the repository root): python tools/region_screenshots.py OUTPUT_DIR
[--lang it|en|pseudo]

Builds, in a temporary folder, three Ambito stores with synthetic women, their capofila (the
bundles merged) and a regional store that enrolled the capofila; the capofila exports from its
view, the Region imports from its own. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from tests.exchange_merge_support import export, merge, woman
from tests.exchange_stores import enrolled_network
from tests.region_support import enrol_capofila, new_region
from tools.exchange_screenshots import save, wait_for

from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.exchange.view import ExchangeView
from antiviolenza_desktop.ui.translations import install_translator
from antiviolenza_desktop.ui.workspace import Workspace

SIZE = (1366, 768)
WOMEN = {"cremonese": (21, 22), "cremasco": (22, 31), "casalasco": (42,)}


def main(folder: Path, lang: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    install_translator(app, lang)
    runner = BackgroundRunner()
    with tempfile.TemporaryDirectory() as temporary:
        base = Path(temporary)
        network = enrolled_network(base, tuple(WOMEN))
        for ambito, seeds in WOMEN.items():
            for seed in seeds:
                woman(network.ambiti[ambito], seed, active=120_000 + seed * 1_000)
            merge(network.capofila, export(network.ambiti[ambito]))
        region = new_region(base)
        enrol_capofila(region, network.capofila)
        capofila = ExchangeView(network.capofila, runner)
        capofila.resize(*SIZE)
        capofila.show()
        capofila.refresh()
        wait_for(app, lambda: capofila.province.totals is not None)
        target = base / "provincia.avbundle"
        capofila.province.export_for_region(target)
        wait_for(app, lambda: target.exists() and "n. 1" in capofila.province.status.text())
        save(capofila, folder, "capofila-esporta-per-la-regione")
        workspace = Workspace(region, ClipboardGuard(), runner, regional=True)
        workspace.resize(*SIZE)
        workspace.show()
        view = workspace.network
        wait_for(app, lambda: view.region.totals is not None)
        view.region.import_files([target])
        wait_for(
            app,
            lambda: (
                view.region.totals is not None and view.region.totals.provinces[0].sequence == 1
            ),
        )
        save(workspace, folder, "regione-province-e-totali")
        view.region.tabs.setCurrentIndex(1)
        save(workspace, folder, "regione-chiavi-delle-capofila")
        capofila.close()
        workspace.close()
        region.store.close()
        network.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en", "pseudo"))
    arguments = parser.parse_args()
    main(arguments.output, arguments.lang)
