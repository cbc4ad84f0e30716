"""Fondi › Relazione: the financial report (PDF, XLSX) and the ledger (CSV) saved from the GUI
through a save dialog, a progress dialog and a confirmation, read back with the right totals,
audited like the CLI's; each refusal shown and leaving no file behind."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from antiviolenza_desktop.reports import export_files, private_files
from antiviolenza_desktop.reports.ledger_columns import KIND_LABELS
from antiviolenza_desktop.services import ledger
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.funds.dashboard import FundsView
from antiviolenza_desktop.ui.funds.report_export import ReportExports, with_suffix
from tests.financial_report_support import Woman, build_report_store, open_new_store
from tests.support import LOGIN, PASSWORD

WAIT = 30_000


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Woman]]:
    folder = tmp_path_factory.mktemp("template")
    opened = open_new_store(folder)
    try:
        women = build_report_store(opened)
    finally:
        opened.store.close()
    return folder, women


@pytest.fixture
def filled(template: tuple[Path, list[Woman]], tmp_path: Path) -> Iterator[OpenStore]:
    folder, _women = template
    target = tmp_path / "store"
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.lock", "*.gate"))
    opened = unlock(target / "archivio.avdb", login=LOGIN, password=PASSWORD)
    yield opened
    opened.store.close()


def _view(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> FundsView:
    """The real Fondi area at 1366×768, on its Relazione tab (the caller keeps it alive)."""
    view = FundsView(opened, runner)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.pages.setCurrentIndex(view.pages.count() - 1)
    qtbot.waitExposed(view)
    return view


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: int = 0) -> list[str]:
    """Answer the save dialog with `path` and its `chosen_filter`-th filter; keep what it got."""
    asked: list[str] = []

    def answer(_parent, _title, start, filters, _selected, _options):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(path), filters.split(";;")[chosen_filter]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def _saved(qtbot: QtBot, exports: ReportExports) -> QMessageBox:
    qtbot.waitUntil(lambda: exports.confirmation is not None, timeout=WAIT)
    box = exports.confirmation
    assert box is not None and box.isVisible() and exports.progress is None
    assert exports.report_button.isEnabled()
    return box


def _exports_audited(opened: OpenStore) -> list[dict]:  # type: ignore[type-arg]
    with UnitOfWork(opened.store, opened.actor) as uow:
        rows = uow.session.scalars(
            select(AuditLog.details).where(AuditLog.action == "lettura.esportazione")
        )
        return [json.loads(details) for details in rows]


def test_the_report_is_saved_as_pdf_and_read_back(  # type: ignore[no-untyped-def]
    qtbot: QtBot, filled, runner, tmp_path: Path, monkeypatch, template
) -> None:
    view = _view(qtbot, filled, runner)
    exports = view.exports
    asked = _choose(monkeypatch, tmp_path / "relazione")
    qtbot.mouseClick(exports.report_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith(".pdf") and "rendiconto-finanziario-" in asked[0]
    box = _saved(qtbot, exports)
    target = tmp_path / "relazione.pdf"
    assert str(target) in box.text()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    for total in ("€ 4.900,00", "€ 2.234,56", "€ 87.853,12"):
        assert total in text
    women = template[1]
    assert all(woman.code in text and woman.last_name not in text for woman in women)
    assert _exports_audited(filled)[-1]["esportazione"] == "rendiconto"
    assert sorted(os.listdir(tmp_path)) == ["relazione.pdf", "store"]
    assert exports.folder == tmp_path


def test_the_report_is_saved_as_xlsx_with_its_totals(  # type: ignore[no-untyped-def]
    qtbot: QtBot, filled, runner, tmp_path: Path, monkeypatch
) -> None:
    view = _view(qtbot, filled, runner)
    exports = view.exports
    _choose(monkeypatch, tmp_path / "relazione", chosen_filter=1)
    exports.ask_report()
    _saved(qtbot, exports)
    book = openpyxl.load_workbook(tmp_path / "relazione.xlsx", data_only=True)
    annex = next(
        row
        for row in book["Impegni per donna"].iter_rows(values_only=True)
        if row[0] == "Totale (3 donne)"
    )
    assert annex[2:] == (6_100, 2_534.56, 3_565.44)
    assert "Registro" in book.sheetnames


def test_the_ledger_is_exported_as_csv_with_its_totals(  # type: ignore[no-untyped-def]
    qtbot: QtBot, filled, runner, tmp_path: Path, monkeypatch
) -> None:
    view = _view(qtbot, filled, runner)
    exports = view.exports
    _choose(monkeypatch, tmp_path / "registro")
    exports.ask_ledger()
    box = _saved(qtbot, exports)
    target = tmp_path / "registro.csv"
    assert str(target) in box.text() and "13 voci" in box.text()
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))[1:]
    with UnitOfWork(filled.store, filled.actor) as uow:
        entries = ledger.all_entries(uow)
    assert len(rows) == len(entries) == 13
    for kind, label in KIND_LABELS.items():
        in_file = sum(int(row[5].replace(",", "")) for row in rows if row[4] == label)
        assert in_file == sum(entry.amount for entry in entries if entry.kind == kind)
    audited = _exports_audited(filled)[-1]
    assert (audited["esportazione"], audited["casi"]) == ("registro_fondi", 3)


def _refused(qtbot: QtBot, exports: ReportExports) -> str:
    qtbot.waitUntil(lambda: exports.error.isVisible(), timeout=WAIT)
    assert exports.confirmation is None and exports.progress is None
    assert exports.report_button.isEnabled() and exports.ledger_button.isEnabled()
    return exports.error.text()


def test_an_unwritable_folder_is_refused(  # type: ignore[no-untyped-def]
    qtbot: QtBot, filled, runner, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "sola-lettura"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere: the folder answers as it would to a user
        allowed = export_files.os.access
        monkeypatch.setattr(
            export_files.os,
            "access",
            lambda path, mode: Path(path) != folder and allowed(path, mode),
        )
    view = _view(qtbot, filled, runner)
    exports = view.exports
    exports.save_report(folder / "relazione.pdf")
    assert "non è scrivibile" in _refused(qtbot, exports)
    folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_an_existing_file_is_refused_and_kept(qtbot: QtBot, filled, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "registro.csv"
    target.write_bytes(b"firmato")
    view = _view(qtbot, filled, runner)
    exports = view.exports
    exports.save_ledger(target)
    assert "esiste già" in _refused(qtbot, exports)
    assert target.read_bytes() == b"firmato"


def test_a_file_in_use_is_refused_and_leaves_nothing(  # type: ignore[no-untyped-def]
    qtbot: QtBot, filled, runner, tmp_path: Path, monkeypatch
) -> None:
    def held(_source, _target):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "in uso")  # as Windows says of a file another program holds

    monkeypatch.setattr(private_files.os, "replace", held)
    folder = tmp_path / "uscita"
    folder.mkdir()
    view = _view(qtbot, filled, runner)
    exports = view.exports
    exports.save_report(folder / "relazione.pdf")
    assert "in uso da un altro programma" in _refused(qtbot, exports)
    assert list(folder.iterdir()) == []


def test_nothing_to_report_is_refused(  # type: ignore[no-untyped-def]
    qtbot: QtBot, opened, runner, tmp_path: Path
) -> None:
    folder = tmp_path / "uscita"
    folder.mkdir()
    view = _view(qtbot, opened, runner)
    exports = view.exports
    exports.save_report(folder / "relazione.pdf")
    assert "Non c'è ancora nulla da rendicontare" in _refused(qtbot, exports)
    exports.save_ledger(folder / "registro.csv")
    qtbot.waitUntil(lambda: "registro dei fondi è vuoto" in exports.error.text(), timeout=WAIT)
    assert list(folder.iterdir()) == []
    assert _exports_audited(opened) == []


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [
        ("relazione", ".pdf", "relazione.pdf"),
        ("relazione", ".xlsx", "relazione.xlsx"),
        ("relazione.XLSX", ".pdf", "relazione.XLSX"),
        ("relazione.v2", ".pdf", "relazione.v2.pdf"),
    ],
)
def test_the_extension_is_added_when_missing(typed: str, chosen: str, expected: str) -> None:
    assert with_suffix(typed, (".pdf", ".xlsx"), chosen) == Path(expected)


def test_the_real_save_dialog_proposes_a_dated_name_and_saves_the_workbook(  # type: ignore[no-untyped-def]
    qtbot: QtBot, filled, runner, tmp_path: Path
) -> None:
    view = _view(qtbot, filled, runner)
    exports = view.exports
    exports.folder = tmp_path
    seen: dict[str, object] = {}

    def answer() -> None:  # Qt's own dialog, as offscreen and on desktops without a portal
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen["title"], seen["files"] = dialog.windowTitle(), dialog.selectedFiles()
        dialog.selectNameFilter(dialog.nameFilters()[1])
        dialog.accept()

    QTimer.singleShot(0, answer)
    exports.ask_report()
    _saved(qtbot, exports)
    assert seen["title"] == "Salva la relazione finanziaria"
    [proposed] = seen["files"]  # type: ignore[misc]
    assert Path(proposed).parent == tmp_path
    assert Path(proposed).name == f"rendiconto-finanziario-{date.today():%Y-%m-%d}.pdf"
    saved = Path(proposed).with_suffix(".xlsx")
    assert openpyxl.load_workbook(saved).sheetnames[0] == "Tabella 1"
