"""Save PNGs of the provincial view's Provincia section at 1366×768 on a synthetic network.

Usage (from the repository root): python tools/provincia_screenshots.py OUTPUT_DIR

Builds a capofila with two Ambiti merged (tests.provincia_support), records the Provincia's
commitments, a payment and CPI hours, and captures the provincial view scrolled to the funds
and to the Provincia's section. Runs offscreen; only synthetic people.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QScrollArea
from tests.provincia_support import (
    commit,
    commitment,
    cpi_hours,
    merged_network,
    pay,
    pseudonyms,
    record_hours,
)

from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.view import ExchangeView


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    runner = BackgroundRunner()
    with tempfile.TemporaryDirectory() as temp:
        network = merged_network(Path(temp))
        capofila = network.capofila
        woman = pseudonyms(capofila, "cremonese")[0]
        row = commit(capofila, commitment(pseudonym=woman[:8], amount=150_000))
        pay(capofila, row, 100_000)
        commit(capofila, commitment("cremasco", amount=80_000))
        record_hours(capofila, cpi_hours("3.1", minutes=600, cost=2_500))
        record_hours(capofila, cpi_hours("3.2-attive", minutes=1230, cost=2_800))
        widget = ExchangeView(capofila, runner)
        widget.resize(1366, 768)
        widget.show()
        widget.refresh()
        deadline = time.monotonic() + 30
        while widget.province.totals is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        scroll = widget.province.findChild(QScrollArea)
        for name, target in (
            ("01-fondi", widget.province.funds_table),
            ("02-provincia", widget.province.provincia),
        ):
            scroll.ensureWidgetVisible(target, 0, 0)
            for _ in range(20):
                app.processEvents()
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            print(path)
        dialog = widget.province.open_provincia_dialog("commitment")
        dialog.amount.setText("30.000,01")
        dialog.submit()
        deadline = time.monotonic() + 30
        while not dialog.fields["amount"][1].isVisible() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        dialog.grab().save(str(out / "03-impegno-rifiutato.png"))
        print(out / "03-impegno-rifiutato.png")
        dialog.reject()
        widget.close()
        runner.wait()
        network.close()


if __name__ == "__main__":
    main()
