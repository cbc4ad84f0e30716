"""`antiviolenza-gui --self-test`: the Qt checks (main window offscreen, Qt's Italian
translations, the icon) on top of every non-Qt check, one OK/ERRORE line each."""

from __future__ import annotations

import pytest

from antiviolenza_desktop.ui import app, self_test


def test_qt_checks_pass(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "mostrata a" in self_test.check_main_window()
    assert self_test.check_qt_translations() == "qtbase_it"
    assert self_test.check_icon() == "7 dimensioni"


def test_a_missing_icon_fails_its_check(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("antiviolenza_desktop.ui.app_icon.find_resource", lambda *_: None)
    with pytest.raises(FileNotFoundError, match="icone"):
        self_test.check_icon()


def test_gui_self_test_runs_every_check(qtbot, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    code = app.main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(self_test.ALL_CHECKS) + 1
    for check, line in zip(self_test.ALL_CHECKS, lines, strict=False):
        assert check.name in line and line.startswith("OK "), line
    assert code == 0
