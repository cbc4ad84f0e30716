"""The anonymous O.R.A./ISTAT tables: counting (pure), small-cell suppression, and the export
from a real store read back (CSV and XLSX) with totals equal to the cases, and refusals."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from faker import Faker
from sqlalchemy import func, select

from antiviolenza_desktop.domain.case.small_cells import (
    COMPLEMENT,
    ThresholdOutOfRange,
    suppress,
)
from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.domain.case.statutory_tables import (
    BLANK,
    TABLE_KEYS,
    CountTable,
    TableCase,
    TablePeriodReversed,
    statutory_tables,
)
from antiviolenza_desktop.operations import case_intake
from antiviolenza_desktop.operations.statutory_exports import (
    TablesRequest,
    TablesTargetMissing,
    save_statutory_tables,
)
from antiviolenza_desktop.reports.export_files import ExportFileExists
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.synthetic_statutory import with_synthetic_services
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog, Case, CaseService

TODAY = date.today()
SINCE, UNTIL = TODAY - timedelta(days=120), TODAY


def _case(day: date, channel: str | None, *services: ServiceGiven) -> TableCase:
    facts = StatutoryFacts(contact_channel=channel, services=services)
    return TableCase(day, None, facts)


def _table(tables: list[CountTable], key: str) -> CountTable:
    return next(t for t in tables if t.key == key)


def test_the_tables_count_the_women_referred_and_the_services_given_in_the_period() -> None:
    inside, before = date(2026, 3, 1), date(2025, 12, 31)
    cases = [
        _case(inside, "police", ServiceGiven("legal", inside), ServiceGiven("legal", inside)),
        _case(inside, None),
        _case(before, "police", ServiceGiven("shelter", date(2026, 1, 5))),
    ]
    tables = statutory_tables(cases, date(2026, 1, 1), date(2026, 12, 31))
    assert [t.key for t in tables] == list(TABLE_KEYS)
    channel = _table(tables, "canale_contatto")
    counts = {code: n for code, _label, n in channel.rows}
    assert (channel.total, counts["police"], counts[BLANK]) == (2, 1, 1)
    assert sum(counts.values()) == channel.total and channel.adds_up
    given = {code: n for code, _l, n in _table(tables, "servizi_prestazioni").rows}
    assert (given["legal"], given["shelter"]) == (2, 1)
    women = _table(tables, "servizi_donne")
    assert women.total == 2 and dict((c, n) for c, _l, n in women.rows)["legal"] == 1


def test_a_reversed_period_is_refused() -> None:
    with pytest.raises(TablePeriodReversed) as refused:
        statutory_tables([], date(2026, 2, 1), date(2026, 1, 1))
    assert refused.value.field == "since"


def _counts(*counts: int, adds_up: bool = True) -> CountTable:
    rows = tuple((f"c{i}", f"c{i}", n) for i, n in enumerate(counts))
    return CountTable("t", "t", "donne", rows, sum(counts), adds_up)


def test_small_cells_are_hidden_with_a_complement_where_the_total_gives_them_away() -> None:
    shown = suppress(_counts(2, 0, 7, 9), 5)
    assert (shown.cells, shown.total) == (("<5", "0", COMPLEMENT, "9"), "18")
    two_small = suppress(_counts(2, 3, 9), 5)
    assert two_small.cells == ("<5", "<5", "9")  # two hidden cells: neither can be worked out
    multiple = suppress(_counts(2, 7, adds_up=False), 5)
    assert multiple.cells == ("<5", "7")  # its rows do not add up: no complement needed


def test_a_small_total_is_hidden_with_all_its_cells() -> None:
    shown = suppress(_counts(1, 2, 0), 5)
    assert (shown.cells, shown.total) == (("<5", "<5", "0"), "<5")


@pytest.mark.parametrize("threshold", [1, 51])
def test_a_threshold_out_of_range_is_refused(threshold: int) -> None:
    with pytest.raises(ThresholdOutOfRange):
        suppress(_counts(3), threshold)


# --- the export from a real store ----------------------------------------------------------


def _record_cases(opened: OpenStore, count: int) -> list[int]:
    faker = Faker("it_IT")
    faker.seed_instance(41)
    rng = random.Random(41)
    saved = []
    for index in range(count):
        draft = synthetic_case(rng, faker, ["aida"], TODAY)
        day = TODAY - timedelta(days=10 * index)  # half inside the period, half before it
        dates = {"contact": day}
        draft = replace(draft, referral_date=day, consent_date=day, stage="contact")
        draft = with_synthetic_services(replace(draft, stage_dates=dates), TODAY)
        draft = replace(draft, statutory=replace(draft.statutory, perpetrator_sex="male"))
        saved.append(case_intake.save_case(opened, None, draft, today=TODAY).case_id)
    return saved


def _referred_in_period(opened: OpenStore) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        between = Case.referral_date.between(SINCE.isoformat(), UNTIL.isoformat())
        return uow.session.scalar(select(func.count()).select_from(Case).where(between)) or 0


def _services_in_period(opened: OpenStore) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        between = CaseService.day.between(SINCE.isoformat(), UNTIL.isoformat())
        return uow.session.scalar(select(func.count()).select_from(CaseService).where(between)) or 0


def _csv_rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def test_the_export_read_back_has_the_cases_of_the_store_and_no_name(
    opened: OpenStore, tmp_path: Path
) -> None:
    ids = _record_cases(opened, 24)
    request = TablesRequest(SINCE, UNTIL, 2, tmp_path / "t.csv", tmp_path / "t.xlsx")
    saved = save_statutory_tables(opened, request)
    expected = _referred_in_period(opened)
    assert 8 < expected < 24 and saved.women == expected
    rows = _csv_rows(tmp_path / "t.csv")
    totals = {r["tabella"]: r["valore"] for r in rows if r["codice"] == "total"}
    women_tables = [key for key in TABLE_KEYS if not key.startswith("servizi")]
    assert all(totals[key] == str(expected) for key in women_tables)
    sex = {r["codice"]: r["valore"] for r in rows if r["tabella"] == "autore_sesso"}
    assert sex == {"male": str(expected), "female": "0", BLANK: "0", "total": str(expected)}
    assert totals["servizi_prestazioni"] == str(_services_in_period(opened))
    book = openpyxl.load_workbook(tmp_path / "t.xlsx", read_only=True)
    cells = [c for row in book["Tabelle"].iter_rows(values_only=True) for c in row if c]
    assert cells.count(expected) >= len(women_tables)  # each women table's total, a number
    written = (tmp_path / "t.csv").read_text("utf-8-sig") + " ".join(map(str, cells))
    with UnitOfWork(opened.store, opened.actor) as uow:
        for case_id in ids:
            view = load_case(uow, case_id=case_id)
            for secret in (view.draft.last_name, view.draft.first_name, view.code):
                assert secret not in written
        audit = uow.session.scalars(select(AuditLog.action).order_by(AuditLog.seq)).all()
    assert audit[-1] == "statistiche.esportate"


def test_a_period_without_cases_gives_zero_tables(opened: OpenStore, tmp_path: Path) -> None:
    _record_cases(opened, 2)
    far = date(2020, 1, 1)
    saved = save_statutory_tables(opened, TablesRequest(far, far, 5, tmp_path / "e.csv"))
    assert (saved.women, saved.services) == (0, 0)
    rows = _csv_rows(tmp_path / "e.csv")
    counted = [r["valore"] for r in rows if r["tabella"] in TABLE_KEYS]
    assert counted and set(counted) == {"0"}


@pytest.mark.parametrize(
    "request_args, refusal",
    [
        ((UNTIL, SINCE, 5), TablePeriodReversed),
        ((SINCE, UNTIL, 1), ThresholdOutOfRange),
        ((SINCE, UNTIL, 5, None, None), TablesTargetMissing),
    ],
)
def test_refusals_write_nothing(
    opened: OpenStore,
    tmp_path: Path,
    request_args: tuple,
    refusal: type,  # type: ignore[type-arg]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    args = request_args if len(request_args) == 5 else (*request_args, folder / "r.csv")
    with pytest.raises(refusal):
        save_statutory_tables(opened, TablesRequest(*args))
    assert list(folder.iterdir()) == []


def test_an_existing_file_is_never_overwritten(opened: OpenStore, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("mine")
    with pytest.raises(ExportFileExists):
        save_statutory_tables(opened, TablesRequest(SINCE, UNTIL, 5, tmp_path / "x.csv"))
    assert (tmp_path / "x.csv").read_text() == "mine"
