"""The provincial view's Provincia section shows the register's figures, the Ambiti's projects
beside them, and the CPI hours — the figures of `province_totals`, nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.province_provincia import ProvinciaFigures
from antiviolenza_desktop.ui.exchange.province_view import ProvinceView
from antiviolenza_desktop.ui.exchange.provincia_dialogs import CommitmentDialog
from antiviolenza_desktop.ui.exchange.widgets import table_texts
from tests.exchange_stores import Network
from tests.provincia_support import (
    commit,
    commitment,
    cpi_hours,
    merged_network,
    pay,
    record_hours,
    row_counts,
)


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    network = merged_network(tmp_path)
    yield network
    network.close()


def test_the_section_shows_the_provincia_s_register_and_the_cpi_hours(
    qtbot: QtBot, network: Network
) -> None:
    capofila = network.capofila
    row = commit(capofila, commitment(amount=150_000))
    pay(capofila, row, 100_000)
    record_hours(capofila, cpi_hours("3.1", minutes=600, cost=2_500))
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        totals = province_totals(uow, as_of=datetime.now(UTC))
    section = ProvinciaFigures(load_default_programme())
    qtbot.addWidget(section)
    section.show_totals(totals)
    rows = [[cell.replace("\u00a0", " ") for cell in r] for r in table_texts(section.fund_table)]
    assert rows[0] == ["Cremonese", "€ 1.500,00", "€ 1.000,00", "€ 3.500,00"]
    assert rows[1] == ["Cremasco", "€ 0,00", "€ 0,00", "€ 800,00"]
    hours = table_texts(section.hours_table)
    assert [h[1:4] for h in hours] == [["CPI di Cremona", "3.1", "10 h"]]
    assert "Provincia di Cremona" in section.note.text()
    section.clear()
    assert section.fund_table.rowCount() == 0 and not section.note.text()


def test_a_commitment_from_the_dialog_refreshes_the_view_and_a_refusal_names_its_field(
    qtbot: QtBot, network: Network, runner: BackgroundRunner
) -> None:
    view = ProvinceView(network.capofila, runner)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.totals is not None, timeout=20_000)
    dialog = view.open_provincia_dialog("commitment")
    assert isinstance(dialog, CommitmentDialog)
    dialog.amount.setText("30.000,01")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.fields["amount"][1].isVisible(), timeout=20_000)
    assert "supera la dotazione" in dialog.fields["amount"][1].text()
    assert row_counts(network.capofila)["provincia_commitments"] == 0
    dialog.ambito.setCurrentIndex(dialog.ambito.findData("cremasco"))
    dialog.amount.setText("800,00")
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(
        lambda: view.totals is not None and view.totals.funds[0].committed == 80_000,
        timeout=20_000,
    )
    rows = table_texts(view.provincia.fund_table)
    assert rows[1][1].replace("\u00a0", " ") == "€ 800,00"


def test_the_cpi_hours_dialog_offers_line_1_s_actions_only(
    qtbot: QtBot, network: Network, runner: BackgroundRunner
) -> None:
    view = ProvinceView(network.capofila, runner)
    qtbot.addWidget(view)
    dialog = view.open_provincia_dialog("hours")
    codes = [str(dialog.action.itemData(i)) for i in range(dialog.action.count())]
    programme = load_default_programme()
    assert codes == [action.code for action in programme.line("1").actions]
    dialog.body.setEditText("CPI di Crema")
    dialog.person.setText("Orientatrice")
    dialog.hours.setValue(4)
    dialog.cost.setText("25,00")
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.submit()
    assert row_counts(network.capofila)["provincia_hours"] == 1
