"""The report's «Cronoprogramma»: the PDF page and the XLSX sheet read back from a real store."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.reports.financial_report_data import FinancialReport, financial_report
from antiviolenza_desktop.reports.financial_report_pdf import financial_report_pdf_bytes
from antiviolenza_desktop.reports.financial_report_xlsx import financial_report_xlsx_bytes
from antiviolenza_desktop.reports.provincial_report import provincial_report
from antiviolenza_desktop.services import cofinancing, fund_figures
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import enrolled_network
from tests.financial_report_support import open_new_store
from tests.funds_support import TODAY

JANUARY_2019 = date(2019, 1, 15)


def _report(folder: Path) -> FinancialReport:
    opened = open_new_store(folder)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            for action, month, minutes in (("3.0", "2018-02", 420), ("3.1", "2019-03", 60)):
                entry = HoursEntry("Comune di Cremona", "Assistente", action, month, minutes, 2_550)
                cofinancing.record_hours(uow, entry=entry, today=TODAY)
            return financial_report(uow, today=JANUARY_2019)
    finally:
        opened.store.close()


def _gantt_page(report: FinancialReport) -> str:
    pages = PdfReader(io.BytesIO(financial_report_pdf_bytes(report))).pages
    return next(
        p.extract_text() for p in pages if "Cronoprogramma delle azioni" in p.extract_text()
    )


def test_the_pdf_has_the_gantt_on_a_page_of_its_own(tmp_path: Path) -> None:
    report = _report(tmp_path)
    assert report.schedule is not None and report.schedule.today_month == 12
    assert [w.message.code for w in report.calendar_warnings] == [
        "ore_fuori_mesi_azione",
        "cofinanziamento_oltre_scheda",
    ]
    text = _gantt_page(report)
    assert "Alla data di estrazione il programma è al mese 12 (gen 2019)" in text
    assert "Il mese 19 è oltre la durata del programma (18 mesi)" in text
    assert "Conclusa" in text and "In ritardo" in text and "Non avviata" in text
    assert "Azione 3.1: ore di cofinanziamento registrate fuori dai mesi" in text
    assert "Impegni ed erogazioni per donna" not in text


def test_the_workbook_has_the_gantt_sheet(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(io.BytesIO(financial_report_xlsx_bytes(_report(tmp_path))))
    rows = list(book["Cronoprogramma"].iter_rows(values_only=True))
    head = rows[3]
    assert head[:3] == ("Azione", "Descrizione", "1 · feb 2018")
    assert head[20:22] == ("19 · ago 2019", "Stato")
    by_code = {row[0]: row for row in rows[4:15]}
    assert [i - 1 for i, cell in enumerate(by_code["3.3"]) if cell == "X"] == [18, 19]
    assert (by_code["3.0"][21], by_code["4.0"][21]) == ("Conclusa", "In ritardo")
    notes = [row[0] for row in rows[16:] if row[0]]
    assert notes[0].startswith("Alla data di estrazione il programma è al mese 12")
    assert notes[2].startswith("Azione 3.0: cofinanziamento (B) registrato per € 178,50")


def test_without_a_start_date_the_page_says_why(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    undated = replace(load_default_programme(), start_date=None)
    monkeypatch.setattr(fund_figures, "load_default_programme", lambda: undated)
    report = _report(tmp_path)
    assert report.schedule is None
    assert "non ha una data di avvio" in _gantt_page(report)
    book = openpyxl.load_workbook(io.BytesIO(financial_report_xlsx_bytes(report)))
    assert "non ha una data di avvio" in str(book["Cronoprogramma"]["A5"].value)


def test_the_provincial_report_has_the_gantt_from_the_provinces_money(tmp_path: Path) -> None:
    network = enrolled_network(tmp_path)
    try:
        with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
            now = datetime.now(UTC)
            report = provincial_report(uow, today=JANUARY_2019, as_of=now)
    finally:
        network.close()
    assert report.schedule is not None and report.calendar_warnings == ()
    states = {row.action.code: row.state for row in report.schedule.rows}
    assert (states["3.0"], states["4.2"]) == ("in_ritardo", "non_avviata")
    assert "Alla data di estrazione il programma è al mese 12" in _gantt_page(report)
