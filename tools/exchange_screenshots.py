"""Save PNGs of the «Rete» screens on a small synthetic network, and the provincial report PDF.

Usage (from the repository root): python tools/exchange_screenshots.py OUTPUT_DIR

Builds, in a temporary folder, a capofila store and three Ambito stores at the KDF floor: two
Ambiti enrolled and merged (the same synthetic woman in both, so a duplicate and a combined cap
show), the third enrolled through the dialogs on camera. Captures the provincial view, the keys
page, each enrolment dialog at its result, a refused fingerprint, the import's dry run with a
refused file, the Ambito's page and the export's result; writes the provincial report (PDF)
beside the PNGs. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget
from tests.exchange_stores import enrolled_network, make_store
from tests.funds_support import new_case, validate_project, work_project
from tests.test_ui_exchange_province import shared_woman

from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    merge_files,
    preview_files,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.view import ExchangeView

SIZE = (1180, 760)


def wait_for(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def view(app: QApplication, opened: OpenStore, runner: BackgroundRunner) -> ExchangeView:
    widget = ExchangeView(opened, runner)
    widget.resize(*SIZE)
    widget.show()
    widget.refresh()
    wait_for(app, lambda: widget.state is not None)
    return widget


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    runner = BackgroundRunner()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        network = enrolled_network(folder, ("cremonese", "cremasco"))
        bundles = []
        for code, store in network.ambiti.items():
            validate_project(store, shared_woman(store, 7), work_project(200_000))
            for seed in range(3):
                validate_project(store, new_case(store, 20 + seed), work_project(150_000, 20_000))
            bundles.append(folder / f"{code}.avbundle")
            export_bundle_file(store, bundles[-1])
        merge_files(network.capofila, preview_files(network.capofila, bundles), all_or_none=True)
        casalasco = make_store(folder, "casalasco")

        capofila = view(app, network.capofila, runner)
        wait_for(app, lambda: capofila.province.totals is not None)
        save(capofila, out, "01-capofila-quadro")
        capofila.tabs.setCurrentIndex(1)
        save(capofila, out, "02-capofila-chiavi")

        issue = capofila.open_issue()
        issue.ambito.setCurrentIndex(issue.ambito.findData("casalasco"))
        issue.file.set_path(folder / "iscrizione-casalasco.json")
        issue.save_button.click()
        wait_for(app, lambda: bool(issue.code))
        save(issue, out, "03-emetti-iscrizione")
        issue.reject()

        ambito = view(app, casalasco, runner)
        save(ambito, out, "04-ambito-non-iscritto")
        accept = ambito.open_accept()
        accept.file.set_path(folder / "iscrizione-casalasco.json")
        accept.code.setText(issue.code)
        save(accept, out, "05-accetta-prima")
        accept.save_button.click()
        wait_for(app, lambda: accept.accepted_enrolment is not None)
        accept.key_file.set_path(folder / "chiave-casalasco.json")
        accept.save_key_button.click()
        wait_for(app, accept.key_saved.isVisible)
        save(accept, out, "06-accetta-impronta")
        spoken = (
            accept.accepted_enrolment.enrolment.fingerprint if accept.accepted_enrolment else ""
        )
        accept.reject()
        wait_for(app, lambda: ambito.ambito_page.export_button.isEnabled())
        save(ambito, out, "07-ambito-iscritto")

        register = capofila.open_register()
        register.file.set_path(folder / "chiave-casalasco.json")
        register.fingerprint.setText(str((int(spoken[0]) + 1) % 10) + spoken[1:])
        register.save_button.click()
        wait_for(app, register.fields["fingerprint"][1].isVisible)
        save(register, out, "08-registra-impronta-sbagliata")
        register.fingerprint.setText(spoken)
        register.save_button.click()
        wait_for(app, lambda: not register.isVisible())

        export = ambito.open_export()
        export.file.set_path(folder / "casalasco.avbundle")
        export.save_button.click()
        wait_for(app, lambda: export.bundle is not None)
        save(export, out, "09-esporta")
        export.reject()

        (folder / "rotto.avbundle").write_bytes(b"AVBUNDLE" + bytes(80))
        dialog = capofila.open_import()
        dialog.check([folder / "casalasco.avbundle", bundles[0], folder / "rotto.avbundle"])
        wait_for(app, lambda: len(dialog.previews) == 3)
        save(dialog, out, "10-importa-prova")
        dialog.merge()
        wait_for(app, lambda: bool(dialog.outcomes))
        save(dialog, out, "11-importa-unito")
        dialog.reject()
        capofila.tabs.setCurrentIndex(0)
        capofila.province.refresh()
        wait_for(app, lambda: "Casalasco" not in capofila.province.stale_warning.text())
        capofila.province.export_report(pdf=out / "rendiconto-provinciale.pdf")
        wait_for(app, lambda: (out / "rendiconto-provinciale.pdf").exists())
        save(capofila, out, "12-capofila-quadro-completo")
        runner.wait(30_000)
        network.close()
        casalasco.store.close()


if __name__ == "__main__":
    main()
