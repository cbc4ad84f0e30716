"""The financial report's record: every figure equals the ledger's and registers' own sums."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.funds.cofinancing import hours_value
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, committed, disbursed
from antiviolenza_desktop.reports.financial_report_data import (
    CAPOFILA_LABEL,
    FinancialReport,
    financial_report,
)
from antiviolenza_desktop.services import ledger
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.financial_report_support import (
    NARRATIVE_31,
    Woman,
    build_report_store,
    open_new_store,
)
from tests.funds_support import TODAY


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OpenStore, list[Woman]]]:
    """One filled Cremonese store shared by the module's tests, which only read it."""
    opened = open_new_store(tmp_path_factory.mktemp("report"), "cremonese")
    women = build_report_store(opened)
    yield opened, women
    opened.store.close()


def _report(opened: OpenStore) -> FinancialReport:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return financial_report(uow, today=TODAY, with_ledger=True)


def test_fund_figures_equal_the_ledger_sums(filled) -> None:  # type: ignore[no-untyped-def]
    opened, _women = filled
    report = _report(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        entries = ledger.all_entries(uow)
    assert report.ledger == tuple(entries)
    for fund in report.funds:
        assert fund.committed == committed(entries, fund=fund.fund)
        assert fund.disbursed == disbursed(entries, fund=fund.fund)
        assert fund.available == fund.allocated - fund.committed
    by_fund = {fund.fund: fund for fund in report.funds}
    assert (by_fund["active_policies"].committed, by_fund["active_policies"].disbursed) == (
        490_000,
        223_456,
    )
    assert (by_fund["passive_policies"].committed, by_fund["passive_policies"].disbursed) == (
        120_000,
        30_000,
    )
    assert by_fund["housing_autonomy"].cap_per_woman is None


def test_the_annex_equals_each_womans_ledger_sums_by_case_code_only(filled) -> None:  # type: ignore[no-untyped-def]
    opened, women = filled
    report = _report(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        entries = ledger.all_entries(uow)
    ids = {woman.code: woman.case_id for woman in women}
    expected = {
        (woman.code, fund)
        for woman in women
        for fund in FUND_LABELS
        if committed(entries, fund=fund, case_id=woman.case_id)
    }
    assert {(row.case_code, row.fund) for row in report.annex} == expected
    for row in report.annex:
        case_id = ids[row.case_code]
        assert row.committed == committed(entries, fund=row.fund, case_id=case_id)
        assert row.disbursed == disbursed(entries, fund=row.fund, case_id=case_id)
    third = [row for row in report.annex if row.case_code == women[2].code]
    assert [(row.committed, row.disbursed) for row in third] == [(90_000, 0)]
    assert sum(row.disbursed for row in report.annex) == sum(f.disbursed for f in report.funds)


def test_budget_tables_follow_the_card_with_actual_figures(filled) -> None:  # type: ignore[no-untyped-def]
    opened, _women = filled
    report = _report(opened)
    work, housing = report.tables
    assert (work.number, housing.number) == ("2.1", "3.1")
    assert [row.printed_code for row in work.rows] == ["3.0", "3.1", "3.2", "3.2", "3.3", "3.4"]
    rows = {row.code: row for row in (*work.rows, *housing.rows)}
    assert (rows["3.1"].printed_total, rows["3.1"].planned_total) == (0, 131_575)
    assert rows["3.1"].actual_b == hours_value(600, 2_550)
    assert rows["4.2"].actual_b == hours_value(510, 3_000)
    assert (rows["3.2-attive"].committed_a, rows["3.2-attive"].actual_a) == (490_000, 223_456)
    assert (rows["3.2-passive"].committed_a, rows["3.2-passive"].actual_a) == (120_000, 30_000)
    assert (rows["4.3"].committed_a, rows["4.3"].actual_a) == (0, 0)
    assert rows["3.4"].actual_a == 25_000 and rows["3.4"].committed_a is None
    assert (work.planned_a, work.planned_b, work.planned_total) == (4_465_973, 446_597, 4_912_570)
    assert (housing.planned_a, housing.planned_total) == (3_520_675, 3_872_742)


def test_tabella_1_adds_up_the_budget_tables(filled) -> None:  # type: ignore[no-untyped-def]
    opened, _women = filled
    report = _report(opened)
    for line, table in zip(report.lines, report.tables, strict=True):
        assert (line.actual_a, line.actual_b) == (table.actual_a, table.actual_b)
        assert line.planned_total == line.planned_a + line.planned_b
    assert (report.planned_a, report.planned_b, report.planned_total) == (
        7_986_648,
        798_664,
        8_785_312,
    )
    assert report.actual_a == 223_456 + 30_000 + 25_000
    assert report.actual_b == hours_value(600, 2_550) + hours_value(510, 3_000)
    assert report.actual_total == report.actual_a + report.actual_b


def test_heading_and_narratives(filled) -> None:  # type: ignore[no-untyped-def]
    opened, _women = filled
    report = _report(opened)
    heading = report.heading
    assert heading.reporter == "Ambito Cremonese (Comune di Cremona)"
    assert (heading.first_entry_on, heading.last_entry_on) == (TODAY, TODAY)
    assert heading.act == "Regione Lombardia – d.g.r. n. 6947 del 24/07/2017"
    assert not heading.is_capofila
    texts = {item.code: item.text for item in report.narratives}
    assert texts["3.1"] == NARRATIVE_31 and texts["4.4"] == ""
    assert len(report.narratives) == 11


def test_an_empty_capofila_store_reports_the_province_and_zeros(tmp_path: Path) -> None:
    opened = open_new_store(tmp_path, "capofila")
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            report = financial_report(uow, today=TODAY)
    finally:
        opened.store.close()
    assert report.heading.reporter == CAPOFILA_LABEL and report.heading.is_capofila
    assert report.heading.first_entry_on is None and report.ledger is None
    assert report.annex == () and report.actual_total == 0
    assert [f.allocated for f in report.funds] == [3_000_000, 1_400_000, 3_520_675]
