"""The capofila's provincial view and report: the figures are `province_totals`' and no other.

Two Ambiti follow the same synthetic woman (same codice fiscale, so the same pseudonym) with
€ 2.000 of the active fund each: € 4.000 together break the € 3.000 cap per woman. The third
Ambito never sent a bundle: the view says it is stale, in words.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from faker import Faker
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    merge_files,
    preview_files,
)
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.province_view import ProvinceView
from antiviolenza_desktop.ui.exchange.widgets import table_texts
from tests.exchange_stores import Network, enrolled_network
from tests.funds_support import TODAY, validate_project, work_project

WAIT = 20_000


def shared_woman(opened: OpenStore, seed: int) -> int:
    """The same synthetic woman for every store given the same seed, consenting to sharing."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    draft = synthetic_case(random.Random(seed), faker, ["aida"], TODAY)
    day = draft.referral_date
    draft = replace(
        draft,
        lines_requested=frozenset({"work"}),
        stage="taken_in_charge",
        stage_dates={"contact": day, "reception": day, "taken_in_charge": day},
        consent_sharing=True,
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=TODAY).case_id


@pytest.fixture
def merged(tmp_path: Path) -> Iterator[Network]:
    network = enrolled_network(tmp_path, ("cremonese", "cremasco"))
    paths = []
    for code, store in network.ambiti.items():
        validate_project(store, shared_woman(store, 7), work_project(200_000))
        paths.append(tmp_path / f"{code}.avbundle")
        export_bundle_file(store, paths[-1])
    outcomes = merge_files(
        network.capofila, preview_files(network.capofila, paths), all_or_none=False
    )
    assert [o.merged for o in outcomes] == [True, True]
    yield network
    network.close()


@pytest.fixture
def view(qtbot: QtBot, merged: Network, runner: BackgroundRunner) -> ProvinceView:
    widget = ProvinceView(merged.capofila, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.totals is not None, timeout=WAIT)
    return widget


def expected(merged: Network) -> ProvincialTotals:
    with UnitOfWork(merged.capofila.store, merged.capofila.actor) as uow:
        return province_totals(uow, as_of=datetime.now(UTC))


def test_the_view_shows_province_totals(view: ProvinceView, merged: Network) -> None:
    totals = expected(merged)
    assert view.totals is not None
    assert view.totals.lines == totals.lines and view.totals.funds == totals.funds
    ambiti = table_texts(view.ambiti_table)
    assert [row[0] for row in ambiti] == [a.name for a in totals.ambiti]
    assert [row[1] for row in ambiti] == ["n. 1", "n. 1", "—"]
    assert ambiti[2][4] == "DA AGGIORNARE: nessun pacchetto ricevuto"
    assert ambiti[0][4] == "aggiornato"
    assert view.stale_warning.isVisible() and "Casalasco" in view.stale_warning.text()
    lines = table_texts(view.lines_table)
    assert [row[1] for row in lines] == [str(line.women) for line in totals.lines]
    assert lines[0][2] == "≥ 10" and lines[1][2] == "≥ 6"
    assert lines[0][3] == f"mancano {10 - totals.lines[0].women}"
    assert [row[4] for row in lines] == [format_eur(line.actual_a) for line in totals.lines]
    funds = table_texts(view.funds_table)
    assert [row[2] for row in funds] == [format_eur(f.committed) for f in totals.funds]
    # the active fund is the Provincia's (empty register); the Ambiti's projects hold € 4.000
    assert funds[0][2] == "€ 0,00" and totals.funds[0].projects_committed == 400_000
    actions = table_texts(view.actions_table)
    assert [row[3] for row in actions] == [format_eur(a.actual_a) for a in totals.actions]


def test_a_woman_in_two_ambiti_is_one_duplicate_and_breaks_the_combined_cap(
    view: ProvinceView, merged: Network
) -> None:
    totals = expected(merged)
    assert len(totals.duplicates) == 1 and len(totals.caps_exceeded) == 1
    pseudonym = totals.duplicates[0].pseudonym
    duplicates = table_texts(view.women_figures.duplicates_table)
    assert duplicates == [[pseudonym[:8] + "…", "Cremasco, Cremonese"]]
    caps = table_texts(view.women_figures.caps_table)
    assert caps[0][:4] == [
        pseudonym[:8] + "…",
        "Fondo politiche attive",
        "€ 4.000,00",
        "€ 3.000,00",
    ]
    assert pseudonym not in " ".join(" ".join(row) for row in caps + duplicates)
    assert "superano il massimo" in view.women_figures.caps_note.text()


def test_the_provincial_report_has_the_view_s_figures(
    qtbot: QtBot, view: ProvinceView, merged: Network, tmp_path: Path
) -> None:
    pdf, xlsx = tmp_path / "provincia.pdf", tmp_path / "provincia.xlsx"
    with qtbot.waitSignal(view.report_written, timeout=WAIT):
        view.export_report(pdf=pdf, xlsx=xlsx)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_mode & 0o077 == 0
    totals = expected(merged)
    sheet = load_workbook(xlsx)["Tabella 1"]
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    line_1 = totals.lines[0]
    assert line_1.actual_a / 100 in values
    funds = load_workbook(xlsx)["Fondi"]
    rows = [row for row in funds.iter_rows(values_only=True) if row and row[0]]
    names = [
        f.name + (" (gestito dalla Provincia)" if f.fund == "active_policies" else "")
        for f in totals.funds
    ]
    assert [row[0] for row in rows if row[0] in names] == names
    assert [row[3] for row in rows if row[0] in names] == [f.committed / 100 for f in totals.funds]

    view.export_report(pdf=pdf)
    qtbot.waitUntil(view.error.isVisible, timeout=WAIT)
    assert "esiste già" in view.error.text()
