"""Archivio › Impostazioni… (idle minutes 1–15, language) kept with QSettings; the command
line wins over them; a hand-edited file with bad values falls back to the defaults; the file
never holds personal data (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from antiviolenza_desktop.ui.app import build_window, parse_args, with_settings
from antiviolenza_desktop.ui.archive.app_settings import KEYS, AppSettings
from antiviolenza_desktop.ui.archive.settings_dialog import SettingsDialog
from tests.support import LOGIN, PASSWORD
from tests.ui_support import make_store, unlock


def ini_settings(folder: Path) -> tuple[AppSettings, Path]:
    path = folder / "impostazioni.ini"
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat)), path


def test_defaults_then_saved_values(tmp_path: Path) -> None:
    settings, _path = ini_settings(tmp_path)
    assert (settings.idle_minutes, settings.language) == (5, "it")
    settings.set_idle_minutes(12)
    settings.set_language("en")
    again, _path = ini_settings(tmp_path)
    assert (again.idle_minutes, again.language) == (12, "en")


@pytest.mark.parametrize(
    ("minutes", "language"),
    [("0", "fr"), ("16", ""), ("dieci", "italiano"), ("-3", "EN"), ("7.5", "@Invalid()")],
)
def test_a_hand_edited_file_with_bad_values_reads_as_the_defaults(
    tmp_path: Path, minutes: str, language: str
) -> None:
    path = tmp_path / "impostazioni.ini"
    path.write_text(
        f"[session]\nidle_minutes={minutes}\nlanguage={language}\n"
        "[window]\ngeometry=non-geometria\nstate=42\n",
        encoding="utf-8",
    )
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert (settings.idle_minutes, settings.language) == (5, "it")
    assert settings.window_geometry() is None
    args = with_settings(parse_args([]), settings)
    assert (args.idle_minutes, args.lang) == (5, "it")


def test_a_settings_file_that_is_not_text_reads_as_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "impostazioni.ini"
    path.write_bytes(bytes(range(256)) * 4)
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert (settings.idle_minutes, settings.language, settings.window_geometry()) == (5, "it", None)


def test_out_of_range_values_are_never_written(tmp_path: Path) -> None:
    settings, path = ini_settings(tmp_path)
    with pytest.raises(ValueError):
        settings.set_idle_minutes(16)
    with pytest.raises(ValueError):
        settings.set_language("de")
    assert not path.exists() or "session" not in path.read_text("utf-8")


def test_the_command_line_wins_over_the_settings(tmp_path: Path) -> None:
    settings, _path = ini_settings(tmp_path)
    settings.set_idle_minutes(9)
    settings.set_language("en")
    kept = with_settings(parse_args([]), settings)
    assert (kept.idle_minutes, kept.lang) == (9, "en")
    given = with_settings(parse_args(["--idle-minutes", "2", "--lang", "it"]), settings)
    assert (given.idle_minutes, given.lang) == (2, "it")


def test_the_window_takes_its_idle_minutes_from_the_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings, _path = ini_settings(tmp_path)
    settings.set_idle_minutes(3)
    database = make_store(tmp_path)
    window = build_window(parse_args(["--store", str(database)]), settings)
    qtbot.addWidget(window)
    assert window.idle.idle_ms == 3 * 60_000  # type: ignore[attr-defined]
    window = build_window(parse_args(["--store", str(database), "--idle-minutes", "1"]), settings)
    qtbot.addWidget(window)
    assert window.idle.idle_ms == 60_000  # type: ignore[attr-defined]


def test_the_settings_dialog_saves_and_applies_the_idle_minutes(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings, _path = ini_settings(tmp_path)
    window = build_window(parse_args(["--store", str(make_store(tmp_path))]), settings)
    qtbot.addWidget(window)
    window.show()

    def choose() -> None:
        dialog = window.findChild(SettingsDialog)
        assert dialog.idle_minutes.value() == 5
        assert dialog.language.currentText() == "Italiano"
        dialog.idle_minutes.setValue(2)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()

    QTimer.singleShot(0, choose)
    window.settings_action.trigger()  # type: ignore[attr-defined]
    assert window.idle.idle_ms == 2 * 60_000  # type: ignore[attr-defined]
    assert (settings.idle_minutes, settings.language) == (2, "en")


def test_the_settings_file_never_holds_personal_data(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings, path = ini_settings(tmp_path)
    database = make_store(tmp_path)
    window = build_window(parse_args(["--store", str(database)]), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):  # type: ignore[attr-defined]
        unlock(qtbot, window)
    settings.set_idle_minutes(4)
    window.close()
    stored = QSettings(str(path), QSettings.Format.IniFormat)
    assert set(stored.allKeys()) <= KEYS
    text = path.read_bytes()
    for personal in (LOGIN, PASSWORD, "Archivio di prova", "Coordinatrice", database.name):
        assert personal.encode() not in text


def test_the_dialog_offers_only_the_allowed_range(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings(None), 5)
    qtbot.addWidget(dialog)
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 15)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["it", "en"]
