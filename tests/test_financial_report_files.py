"""The report's files read back: PDF (pypdf), XLSX (openpyxl), ledger CSV; no woman's name."""

from __future__ import annotations

import csv
import io
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.domain.store_errors import DiskFull
from antiviolenza_desktop.reports.export_files import (
    ExportFileExists,
    ExportFolderMissing,
    ExportSameFile,
    check_export_targets,
)
from antiviolenza_desktop.reports.financial_report_data import (
    FinancialReport,
    ReportHeading,
    WomanRow,
    financial_report,
)
from antiviolenza_desktop.reports.financial_report_pdf import (
    financial_report_pdf_bytes,
    write_financial_report_pdf,
)
from antiviolenza_desktop.reports.financial_report_xlsx import (
    financial_report_xlsx_bytes,
    write_financial_report_xlsx,
)
from antiviolenza_desktop.reports.ledger_csv import csv_amount, ledger_csv_bytes, write_ledger_csv
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.financial_report_support import (
    NARRATIVE_32,
    Woman,
    build_report_store,
    open_new_store,
)
from tests.funds_support import TODAY

DAY = TODAY.strftime("%d/%m/%Y")


@pytest.fixture(scope="module")
def report_and_women(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[FinancialReport, list[Woman]]]:
    opened = open_new_store(tmp_path_factory.mktemp("files"))
    try:
        women = build_report_store(opened)
        with UnitOfWork(opened.store, opened.actor) as uow:
            report = financial_report(uow, today=TODAY, with_ledger=True)
    finally:
        opened.store.close()
    yield report, women


def _identities(women: list[Woman]) -> list[str]:
    return [text for w in women for text in (w.first_name, w.last_name, w.codice_fiscale) if text]


def _assert_no_identity(text: str, women: list[Woman]) -> None:
    folded = text.casefold()
    for identity in _identities(women):
        assert identity.casefold() not in folded


def _is_private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


# PDF ---------------------------------------------------------------------------------------


def test_pdf_shows_the_cards_tables_with_figures_and_no_names(report_and_women) -> None:  # type: ignore[no-untyped-def]
    report, women = report_and_women
    reader = PdfReader(io.BytesIO(financial_report_pdf_bytes(report)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Tabella 1 - Risorse complessive",
        "Tabella 2.1 - Budget interventi A)",
        "Tabella 3.1 - Budget interventi B)",
        "€ 49.125,70",
        "€ 87.853,12",
        "€ 1.315,75 *",
        "è stampato come € 0,00",
        "€ 2.234,56",
        "€ 4.900,00",
        "€ 2.784,56",
        NARRATIVE_32,
        "Relazione non ancora scritta.",
        f"estratto il {DAY}",
        "Ambito Cremonese (Comune di Cremona)",
        f"Pagina 1 di {len(reader.pages)}",
        *(woman.code for woman in women),
    ):
        assert expected in text, expected
    _assert_no_identity(text, women)
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    metadata = reader.metadata
    assert metadata is not None and metadata.author == "antiviolenza-desktop"
    _assert_no_identity(str(dict(metadata)), women)


def test_pdf_is_written_privately_and_never_over_a_file(tmp_path: Path, report_and_women) -> None:  # type: ignore[no-untyped-def]
    report, _women = report_and_women
    target = tmp_path / "rendiconto.pdf"
    write_financial_report_pdf(target, report)
    assert _is_private(target) and target.read_bytes().startswith(b"%PDF")
    before = target.read_bytes()
    with pytest.raises(ExportFileExists):
        write_financial_report_pdf(target, report)
    assert target.read_bytes() == before
    with pytest.raises(ExportFolderMissing):
        write_financial_report_pdf(tmp_path / "manca" / "r.pdf", report)
    assert [p.name for p in tmp_path.iterdir()] == ["rendiconto.pdf"]  # no temporary left


def test_the_same_target_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportSameFile):
        check_export_targets([tmp_path / "a.pdf", tmp_path / "." / "a.pdf"])


# XLSX --------------------------------------------------------------------------------------


def _load(report: FinancialReport, *, cached: bool) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(financial_report_xlsx_bytes(report)), data_only=cached)


def _row_of(sheet, first_cell: str) -> tuple:  # type: ignore[no-untyped-def, type-arg]
    return next(row for row in sheet.iter_rows(values_only=True) if row[0] == first_cell)


def test_xlsx_sheets_hold_the_figures_as_euro_numbers(report_and_women) -> None:  # type: ignore[no-untyped-def]
    report, women = report_and_women
    book = _load(report, cached=True)
    assert book.sheetnames == [
        "Tabella 1",
        "Tabella 2.1",
        "Tabella 3.1",
        "Fondi",
        "Rete",
        "Relazione",
        "Cronoprogramma",
        "Impegni per donna",
        "Registro",
    ]
    work = book["Tabella 2.1"]
    assert work.freeze_panes == "A6"
    active = _row_of(work, "3.2")
    assert active[2:] == (30_000, 1_800, 31_800, 4_900, 2_234.56, 0, 2_234.56)
    assert work["G6"].number_format.startswith("[$€-410]")
    table = report.tables[0]
    total = _row_of(work, "Totale")
    expected = [table.planned_a, table.planned_b, table.planned_total, table.committed_a]
    expected += [table.actual_a, table.actual_b, table.actual_total]
    assert list(total[2:]) == [cents / 100 for cents in expected]
    lines = _row_of(book["Tabella 1"], "Totale")
    assert lines[2:5] == (79_866.48, 7_986.64, 87_853.12)
    assert lines[5] == report.actual_a / 100
    annex = _row_of(book["Impegni per donna"], "Totale (3 donne)")
    assert annex[2:] == (6_100, 2_534.56, 3_565.44)
    strings = [
        cell
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]
    _assert_no_identity("\n".join(strings), women)


def test_the_cards_mistyped_act_in_tabella_2_1_is_corrected_and_said_in_both_files(  # type: ignore[no-untyped-def]
    report_and_women,
) -> None:
    """The card prints «d.g.r. n. 6497 del 27/4/2017» over Tabella 2.1 only; the report keeps
    the programme's act in the title and says in a note what the card prints there."""
    report, _women = report_and_women
    note = (
        "Sulla scheda questa tabella cita la d.g.r. n. 6497 del 27/04/2017; il programma si basa "
        "sulla d.g.r. n. 6947 del 24/07/2017"
    )
    work, housing = report.tables
    assert "ex d.g.r. n. 6947 del 24/07/2017" in work.title
    assert any(text.startswith(note) for text in work.notes())
    assert not any("6497" in text for text in housing.notes())
    reader = PdfReader(io.BytesIO(financial_report_pdf_bytes(report)))
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert note in pdf_text
    book = _load(report, cached=True)
    for name, expected in (("Tabella 2.1", True), ("Tabella 3.1", False)):
        cells = [c for row in book[name].iter_rows(values_only=True) for c in row if c]
        assert any(isinstance(c, str) and c.startswith(note) for c in cells) is expected


def test_xlsx_totals_are_sum_formulas_over_their_rows(report_and_women) -> None:  # type: ignore[no-untyped-def]
    report, _women = report_and_women
    book = _load(report, cached=False)
    total = _row_of(book["Tabella 2.1"], "Totale")
    assert total[2:] == tuple(f"=SUM({col}6:{col}11)" for col in "CDEFGHI")


def test_xlsx_ledger_sheet_lists_every_entry(report_and_women) -> None:  # type: ignore[no-untyped-def]
    report, _women = report_and_women
    rows = list(_load(report, cached=True)["Registro"].iter_rows(min_row=5, values_only=True))
    assert len(rows) == len(report.ledger)
    by_seq = {row[0]: row for row in rows}
    assert by_seq[8][1].date() == TODAY
    assert by_seq[8][4:8] == ("erogazione", 1_234.56, 3, None)
    assert by_seq[11][4:8] == ("storno", 800, None, 10)


def test_xlsx_is_written_privately(tmp_path: Path, report_and_women) -> None:  # type: ignore[no-untyped-def]
    report, _women = report_and_women
    target = tmp_path / "rendiconto.xlsx"
    write_financial_report_xlsx(target, report)
    assert _is_private(target)
    with pytest.raises(ExportFileExists):
        write_financial_report_xlsx(target, report)


# CSV ---------------------------------------------------------------------------------------


def _csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_ledger_csv_for_italian_spreadsheets(tmp_path: Path, report_and_women) -> None:  # type: ignore[no-untyped-def]
    report, women = report_and_women
    target = tmp_path / "registro.csv"
    write_ledger_csv(target, report.ledger)
    assert _is_private(target)
    rows = _csv_rows(target.read_bytes())
    assert rows[0][:6] == ["N. voce", "Data", "Codice caso", "Fondo", "Tipo", "Importo"]
    assert len(rows) == len(report.ledger) + 1
    payment = rows[8]
    assert payment[:8] == [
        "8",
        DAY,
        women[1].code,
        "Fondo politiche attive",
        "erogazione",
        "1234,56",
        "3",
        "",
    ]
    assert payment[8:10] == ["Ente di formazione Prova", "Fattura 77"]
    assert rows[11][4:8] == ["storno", "800,00", "", "10"]
    _assert_no_identity(target.read_text("utf-8-sig"), women)
    with pytest.raises(ExportFileExists):
        write_ledger_csv(target, report.ledger)


def test_csv_text_that_looks_like_a_formula_stays_text() -> None:
    entry = LedgerEntry(
        1,
        1,
        "CRE-2026-0001",
        "active_policies",
        "disbursement",
        5,
        date(2026, 3, 1),
        commitment_seq=1,
        payee='=HYPERLINK("http://x")',
        document_ref="+39",
        note="@nota; con punto e virgola",
    )
    row = _csv_rows(ledger_csv_bytes([entry]))[1]
    assert row[5] == "0,05"
    assert row[8:] == ['\'=HYPERLINK("http://x")', "'+39", "'@nota; con punto e virgola"]


@pytest.mark.parametrize(
    ("cents", "text"), [(0, "0,00"), (5, "0,05"), (123_456, "1234,56"), (-100, "-1,00")]
)
def test_csv_amounts_have_a_decimal_comma_and_no_grouping(cents: int, text: str) -> None:
    assert csv_amount(cents) == text


def test_a_long_annex_is_laid_out_in_chunks_with_one_total() -> None:
    heading = ReportHeading(
        "Programma", "Atto", "Ambito", "Capofila", TODAY, TODAY, None, None, False
    )
    annex = tuple(
        WomanRow(f"CRE-2026-{n:04d}", "active_policies", "Fondo politiche attive", 10_000, 2_500)
        for n in range(650)
    )
    report = FinancialReport(heading, (), (), (), (), annex)
    text = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(financial_report_pdf_bytes(report))).pages
    )
    assert all(f"CRE-2026-{n:04d}" in text for n in range(650))
    assert text.count("Totale (650 donne)") == 1
    assert "€ 65.000,00" in text and "€ 16.250,00" in text and "€ 48.750,00" in text


def test_a_workbook_that_fails_half_way_leaves_no_scratch_and_no_open_row_file(  # type: ignore[no-untyped-def]
    tmp_path: Path, report_and_women, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scratch rows hold payees and notes: on a failure every sheet's row file is closed
    (Windows could not remove it open) and the scratch folder is gone, with no export left."""
    import xlsxwriter

    from antiviolenza_desktop.reports import financial_report_xlsx as xlsx_module

    report, _women = report_and_women
    books: list[xlsxwriter.Workbook] = []

    class KeptWorkbook(xlsxwriter.Workbook):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            books.append(self)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device (prova)")

    monkeypatch.setattr(xlsx_module.xlsxwriter, "Workbook", KeptWorkbook)
    monkeypatch.setattr(xlsx_module, "_ledger_row", disk_full)
    with pytest.raises(DiskFull):
        write_financial_report_xlsx(tmp_path / "rendiconto.xlsx", report)
    assert list(tmp_path.iterdir()) == []
    (book,) = books
    assert book.worksheets() and all(sheet.row_data_fh_closed for sheet in book.worksheets())
