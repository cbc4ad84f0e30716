"""The Stampa button writes the forms off the GUI thread and opens them for printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from antiviolenza_desktop.ui import print_menu
from antiviolenza_desktop.ui.background import BackgroundRunner


def test_print_button_writes_pdfs_and_refuses_a_missing_project(
    qtbot,
    tmp_path: Path,
    monkeypatch,
    opened,
    case_id,
) -> None:  # type: ignore[no-untyped-def]
    opened_urls: list[object] = []
    warnings: list[str] = []
    monkeypatch.setattr(print_menu.QDesktopServices, "openUrl", opened_urls.append)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    runner = BackgroundRunner()
    button = print_menu.PrintButton(opened, runner, lambda: case_id)
    qtbot.addWidget(button)

    button.write(tmp_path / "scheda.pdf", print_menu.referral_pdf, case_id)
    qtbot.waitUntil(lambda: bool(opened_urls), timeout=10_000)
    assert (tmp_path / "scheda.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "scheda.pdf").stat().st_mode & 0o777 == 0o600

    button.write(tmp_path / "progetto.pdf", print_menu.project_pdf, case_id)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "non ha ancora un Progetto" in warnings[0]
    assert not (tmp_path / "progetto.pdf").exists()

    button.write(tmp_path / "bianco.pdf", print_menu.blank_project_pdf, case_id)
    qtbot.waitUntil(lambda: len(opened_urls) == 2, timeout=10_000)
    assert button.isEnabled()
