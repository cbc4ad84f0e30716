"""Times on screen are this computer's local time, dd/mm/yyyy HH:MM, never UTC.

The store writes UTC stamps; the tests run in a zone far from UTC (Kathmandu, +05:45) so a
UTC clock on screen cannot pass for local time by chance.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.bundle_import import ImportDialog
from antiviolenza_desktop.ui.formatting import format_local_day, format_local_time
from tests.exchange_stores import Network, enrolled_network
from tests.test_ui_exchange import WAIT, export_file, view_of


@pytest.fixture
def far_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Kathmandu")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def enrolled(tmp_path: Path) -> Iterator[Network]:
    network = enrolled_network(tmp_path)
    yield network
    network.close()


def test_stamps_become_local_time_and_local_day(far_zone: None) -> None:
    assert format_local_time("2026-06-30T20:30:00+00:00") == "01/07/2026 02:15"
    assert format_local_time(datetime(2026, 6, 30, 20, 30, tzinfo=UTC)) == "01/07/2026 02:15"
    assert format_local_time(datetime(2026, 6, 30, 20, 30)) == "01/07/2026 02:15"  # naive: UTC
    assert format_local_day("2026-06-30T20:30:00+00:00") == "01/07/2026"


def test_the_import_preview_shows_the_bundle_time_in_local_time(
    qtbot: QtBot, far_zone: None, enrolled: Network, runner: BackgroundRunner, tmp_path: Path
) -> None:
    bundle = tmp_path / "cremonese.avbundle"
    export_file(qtbot, view_of(qtbot, enrolled.ambiti["cremonese"], runner), bundle)
    dialog = view_of(qtbot, enrolled.capofila, runner).open_import()
    assert isinstance(dialog, ImportDialog)
    dialog.check([bundle])
    qtbot.waitUntil(lambda: len(dialog.previews) == 1, timeout=WAIT)
    preview = dialog.previews[0].preview
    assert preview is not None
    heads = [
        label.text() for label in dialog.findChildren(QLabel) if "pacchetto n." in label.text()
    ]
    local = preview.created_at.astimezone()
    assert len(heads) == 1 and "UTC" not in heads[0]
    assert f"del {local:%d/%m/%Y %H:%M}," in heads[0]
