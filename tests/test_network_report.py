"""The financial report's «Rete territoriale e formazione», on real stores and read back.

The Ambito's report counts its own registers (the demo's network: ten organisations at the end
of the card's month, fourteen now, the card's target bodies among them); the PDF says the
growth in words and the XLSX «Rete» sheet holds every kind with SUM totals. The provincial
report sums the newest bundle of each Ambito by the same function. Without a member at the
card's month the growth is said to be not computable.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from antiviolenza_desktop.domain.exchange.province_registers import growth_message
from antiviolenza_desktop.domain.funds.network_training import KIND_CODES, MemberEntry
from antiviolenza_desktop.domain.payload.registers import network_figures
from antiviolenza_desktop.reports.financial_report_data import FinancialReport, financial_report
from antiviolenza_desktop.reports.financial_report_pdf import financial_report_pdf_bytes
from antiviolenza_desktop.reports.financial_report_xlsx import financial_report_xlsx_bytes
from antiviolenza_desktop.reports.network_section import growth_sentence, network_section
from antiviolenza_desktop.reports.provincial_report import provincial_report
from antiviolenza_desktop.services import network_members
from antiviolenza_desktop.services.demo_network import add_network_activity
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import export, merge
from tests.exchange_samples import PROGRAMME
from tests.exchange_stores import Network, enrolled_network
from tests.financial_report_support import open_new_store
from tests.funds_support import TODAY

GROWTH = (
    "A fine 01/2018 (mese della scheda) erano nella rete 10 organizzazioni, oggi 14: crescita "
    "40 % (obiettivo della linea 1: +10 %, cioè 11); obiettivo raggiunto."
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FinancialReport]:
    opened = open_new_store(tmp_path_factory.mktemp("rete"))
    try:
        add_network_activity(opened, today=TODAY)
        with UnitOfWork(opened.store, opened.actor) as uow:
            made = financial_report(uow, today=TODAY)
    finally:
        opened.store.close()
    yield made


def _counts(report: FinancialReport) -> dict[str, tuple[int, int, int]]:
    assert report.network is not None
    return {row.kind: (row.at_baseline, row.now, row.trained) for row in report.network.rows}


def test_the_ambito_report_counts_its_registers_by_kind(report: FinancialReport) -> None:
    counts = _counts(report)
    assert list(counts) == list(KIND_CODES)
    assert counts["ats_asst"] == (2, 2, 3)
    assert counts["terzo_settore"] == (1, 0, 0)  # the cooperative that left
    assert counts["servimpresa"] == (0, 1, 1) and counts["aler"] == (0, 1, 0)
    assert report.network is not None
    assert sum(b for b, _, _ in counts.values()) == report.network.growth.baseline == 10
    assert (report.network.sessions, report.network.minutes, report.network.trained) == (2, 420, 26)
    assert growth_sentence(report.network) == GROWTH


def test_the_pdf_says_the_growth_and_lists_every_kind(report: FinancialReport) -> None:
    reader = PdfReader(io.BytesIO(financial_report_pdf_bytes(report)))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Rete territoriale e formazione" in text
    assert GROWTH in text
    assert "Formazione: 2 sessioni, 7 h, 26 partecipanti." in text
    for label in ("Operatore accreditato lavoro e formazione", "Camera di Commercio", "Aler"):
        assert label in text
    assert "Agenzia per il lavoro Esempio" not in text  # organisations are counted, not named


def test_the_xlsx_rete_sheet_holds_every_kind_and_sum_totals(report: FinancialReport) -> None:
    data = financial_report_xlsx_bytes(report)
    cached = openpyxl.load_workbook(io.BytesIO(data), data_only=True)["Rete"]
    rows = {row[0]: row[1:4] for row in cached.iter_rows(min_row=5, values_only=True) if row[0]}
    assert rows["Servimpresa"] == (0, 1, 1)
    assert rows["ATS / ASST"] == (2, 2, 3)
    assert rows["Totale"] == (10, 14, 26)
    assert GROWTH in rows
    formulas = openpyxl.load_workbook(io.BytesIO(data))["Rete"]
    total_row = next(r for r in formulas.iter_rows() if r[0].value == "Totale")
    assert all(str(cell.value).startswith("=SUM(") for cell in total_row[1:4])


def test_without_members_at_the_cards_month_the_growth_is_not_computable() -> None:
    figures = network_figures([("aler", date(2019, 3, 1), None)])
    section = network_section((figures,), (), PROGRAMME)
    assert section.growth.growth_percent is None
    assert growth_sentence(section) == (
        "Oggi nella rete 1 organizzazione. Crescita non calcolabile: nessuna organizzazione "
        "risulta nella rete a fine 01/2018 (mese della scheda), la base dell'obiettivo."
    )


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    made = enrolled_network(tmp_path, ("cremonese", "cremasco"))
    yield made
    made.close()


def _member(opened: OpenStore, kind: str, joined: date) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        entry = MemberEntry(f"Ente Prova {kind}", kind, joined)
        network_members.add_member(uow, entry=entry, today=TODAY)


def test_the_provincial_report_sums_the_newest_bundles(network: Network) -> None:
    cremonese, cremasco = network.ambiti["cremonese"], network.ambiti["cremasco"]
    add_network_activity(cremonese, today=TODAY)
    _member(cremasco, "ats_asst", date(2016, 1, 18))
    _member(cremasco, "camera_commercio", date(2018, 5, 2))
    for ambito in (cremonese, cremasco):
        assert merge(network.capofila, export(ambito)).merged
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        provincial = provincial_report(uow, today=TODAY, as_of=datetime(2026, 3, 3, tzinfo=UTC))
    counts = _counts(provincial)
    assert counts["ats_asst"] == (3, 3, 3)
    assert counts["camera_commercio"] == (0, 2, 1)
    assert provincial.network is not None
    assert (provincial.network.growth.baseline, provincial.network.growth.total) == (11, 16)


def test_the_members_per_kind_at_a_month_count_the_leavings_up_to_it() -> None:
    left_at_card = ("cav", date(2017, 3, 1), date(2018, 1, 20))
    figures = network_figures(
        [left_at_card, ("cav", date(2017, 6, 1), None), ("aler", date(2018, 2, 1), None)]
    )
    at_card = figures.kinds_at("2018-01")
    assert list(at_card) == list(KIND_CODES)
    assert (at_card["cav"], at_card["aler"]) == (1, 0)
    assert figures.kinds_at("2017-12")["cav"] == 2
    assert figures.members_at("2018-02") == sum(figures.kinds_at("2018-02").values()) == 2


def test_the_growth_message_is_keyed_and_says_when_the_target_is_not_reached() -> None:
    figures = network_figures([("cav", date(2017, 3, 1), None)] * 10)
    message = growth_message(network_section((figures,), (), PROGRAMME).growth)
    assert message.code == "rete_obiettivo_non_raggiunto"
    assert message.text == (
        "A fine 01/2018 erano 10: crescita 0 % (obiettivo +10 %, cioè 11); "
        "obiettivo non ancora raggiunto."
    )
