"""The report exports' shared rules (operations.export_writing), without Qt: a report needs at
least one target, and a failing second file takes the first one with it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.store_errors import DiskFull
from antiviolenza_desktop.operations import export_writing
from antiviolenza_desktop.operations.export_writing import ReportTargetMissing, write_all_or_none
from antiviolenza_desktop.operations.financial_exports import save_financial_report
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.exchange_merge_support import row_counts
from tests.financial_report_support import build_report_store, open_new_store


@pytest.fixture
def reporting(tmp_path: Path) -> Iterator[OpenStore]:
    opened = open_new_store(tmp_path)
    build_report_store(opened)
    yield opened
    opened.store.close()


def _disk_full() -> None:
    raise DiskFull


def test_a_failing_second_write_removes_the_first(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.xlsx"
    with pytest.raises(DiskFull):
        write_all_or_none([(first, lambda: first.write_bytes(b"%PDF")), (second, _disk_full)])
    assert list(tmp_path.iterdir()) == []


def test_the_financial_report_needs_a_target(reporting: OpenStore, tmp_path: Path) -> None:
    before = row_counts(reporting)
    with pytest.raises(ReportTargetMissing) as refused:
        save_financial_report(reporting, today=date(2026, 11, 25))
    assert refused.value.code == "rendiconto_senza_file"
    assert row_counts(reporting) == before and list(tmp_path.glob("*.pdf")) == []


def test_the_financial_report_leaves_no_pdf_when_the_xlsx_fails(
    reporting: OpenStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_writing, "write_financial_report_xlsx", lambda *_: _disk_full())
    pdf, xlsx = tmp_path / "rendiconto.pdf", tmp_path / "rendiconto.xlsx"
    with pytest.raises(DiskFull):
        save_financial_report(reporting, today=date(2026, 11, 25), pdf=pdf, xlsx=xlsx)
    assert not pdf.exists() and not xlsx.exists()
