"""The «Tabelle O.R.A./ISTAT» dialog on a real store: it saves through the shared operation,
says what it saved, and shows a refusal (reversed period) without writing a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.statutory_dialog import StatutoryTablesDialog
from tests.test_statutory_export import SINCE, UNTIL, _record_cases


def _dialog(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> StatutoryTablesDialog:
    dialog = StatutoryTablesDialog(opened, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_tables_are_saved_for_the_chosen_period(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    _record_cases(opened, 4)
    dialog = _dialog(qtbot, opened, runner)
    assert dialog.threshold.value() == 5
    dialog.since.set_value(SINCE)
    dialog.until.set_value(UNTIL)
    dialog.threshold.setValue(3)
    dialog.save(tmp_path / "t.xlsx")
    qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=10_000)
    assert (tmp_path / "t.xlsx").exists() and "donne segnalate" in dialog.result.text()
    assert dialog.request(tmp_path / "t.csv").csv == tmp_path / "t.csv"


def test_a_reversed_period_is_shown_and_nothing_is_written(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, opened, runner)
    dialog.since.set_value(date(2026, 12, 31))
    dialog.until.set_value(date(2026, 1, 1))
    dialog.save(tmp_path / "t.csv")
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "la prima data deve venire prima" in dialog.error.text()
    assert not (tmp_path / "t.csv").exists() and dialog.save_button.isEnabled()
