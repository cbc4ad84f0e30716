"""Save PNGs of period approval at 1366×768 on a small synthetic network.

Usage (from the repository root): python tools/approval_screenshots.py OUTPUT_DIR

Builds, in a temporary folder, a capofila store and three enrolled Ambito stores at the KDF
floor. The cremonese submits last month and the previous one (one approved, one reopened),
the cremasco a quarter of last year (sent back with a reason), the casalasco last month (still
waiting). Captures the capofila's «Approvazione dei periodi» tab, the cremonese's and the
cremasco's pages after importing their decision files, an expense dated in the approved
month refused, and the export dialog with its periods field. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from tests.approval_support import LAST_MONTH, TODAY, apply, decided, export_submitting, merge
from tests.exchange_stores import enrolled_network
from tools.exchange_screenshots import save, view, wait_for

from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.funds.expenses import ExpenseDialog

SIZE = (1366, 768)
EARLIER = (
    Period(LAST_MONTH.year - 1, month=12)
    if LAST_MONTH.month == 1
    else Period(LAST_MONTH.year, month=LAST_MONTH.month - 1)
)
QUARTER = Period(TODAY.year - 1, quarter=4)


def _decisions(network) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    capofila, ambiti = network.capofila, network.ambiti
    merge(capofila, export_submitting(ambiti["cremonese"], EARLIER, LAST_MONTH))
    merge(capofila, export_submitting(ambiti["cremasco"], QUARTER))
    merge(capofila, export_submitting(ambiti["casalasco"], LAST_MONTH))
    decided(capofila, "cremonese", EARLIER, "approve")
    decided(capofila, "cremonese", EARLIER, "reopen")
    files = {"cremonese": decided(capofila, "cremonese", LAST_MONTH, "approve")}
    files["cremasco"] = decided(
        capofila,
        "cremasco",
        QUARTER,
        "send_back",
        "Mancano le ore di cofinanziamento di novembre: aggiungerle e sottomettere di nuovo.",
    )
    return files


def _locked_expense(app: QApplication, opened, runner, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The expense dialog refusing a day of the approved month, the reason under the date."""
    dialog = ExpenseDialog(opened, runner, load_default_programme())
    dialog.on.set_value(LAST_MONTH.last_day)
    dialog.amount.setText("250,00")
    dialog.payee.setText("Ente formatore")
    dialog.document.setText("Fattura 12")
    dialog.show()
    dialog.submit()
    wait_for(app, lambda: dialog.save_button.isEnabled())
    save(dialog, out, "approval-locked-expense")
    dialog.close()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    runner = BackgroundRunner()
    with tempfile.TemporaryDirectory() as folder:
        network = enrolled_network(Path(folder), ("cremonese", "cremasco", "casalasco"))
        files = _decisions(network)
        capofila = view(app, network.capofila, runner)
        capofila.resize(*SIZE)
        capofila.tabs.setCurrentWidget(capofila.province_periods)
        panel = capofila.province_periods
        wait_for(app, lambda: panel.table.rowCount() == 4)
        panel.table.selectRow(1)
        save(capofila, out, "approval-capofila")
        for code in ("cremonese", "cremasco"):
            apply(network.ambiti[code], files[code])
            page = view(app, network.ambiti[code], runner)
            page.resize(*SIZE)
            wait_for(app, lambda page=page: page.ambito_periods.table.rowCount() > 0)
            save(page, out, f"approval-ambito-{code}")
        _locked_expense(app, network.ambiti["cremonese"], runner, out)
        dialog = page.open_export()
        dialog.periods.setText(QUARTER.label)
        wait_for(app, lambda: dialog.isVisible())
        save(dialog, out, "approval-export-dialog")
        dialog.close()
        runner.wait(10_000)
        network.close()


if __name__ == "__main__":
    main()
