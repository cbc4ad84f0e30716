"""The Provincia's register and the programme calendar: one start date for its date window
(`domain.programme.calendar.first_day_of_rows`), and its CPI hours under the calendar's rule
for hours outside their action's months (`domain.funds.schedule`) in the provincial report."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.provincia import (
    ProvinciaDateOutsideProgramme,
    check_cpi_hours,
    check_day,
)
from antiviolenza_desktop.domain.funds.schedule import HOURS_OUTSIDE
from antiviolenza_desktop.domain.programme.calendar import first_day_of_rows
from antiviolenza_desktop.reports.provincial_report import provincial_report
from antiviolenza_desktop.services import register_reversal
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import Network
from tests.provincia_support import TODAY, cpi_hours, merged_network, record_hours

PROGRAMME = load_default_programme()
CARD_DAY = date(2018, 1, 31)
START = date(2018, 2, 1)


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    network = merged_network(tmp_path)
    yield network
    network.close()


def _hours(month: str, action: str = "3.1") -> HoursEntry:
    return HoursEntry("CPI di Cremona", "Orientatrice", action, month, 600, 2_500)


def test_the_window_starts_on_the_programme_s_start_not_the_card_s_day() -> None:
    assert (PROGRAMME.card_date, PROGRAMME.start_date) == (CARD_DAY, START)
    assert first_day_of_rows(PROGRAMME) == START
    check_day(START, PROGRAMME, today=TODAY)
    with pytest.raises(ProvinciaDateOutsideProgramme) as refused:
        check_day(CARD_DAY, PROGRAMME, today=TODAY)
    assert refused.value.params == {
        "day": "31/01/2018",
        "start": "01/02/2018",
        "today": f"{TODAY:%d/%m/%Y}",
    }


def test_without_a_start_date_the_card_s_day_opens_the_window() -> None:
    undated = replace(PROGRAMME, start_date=None)
    assert first_day_of_rows(undated) == CARD_DAY
    check_day(CARD_DAY, undated, today=TODAY)
    with pytest.raises(ProvinciaDateOutsideProgramme):
        check_day(date(2018, 1, 30), undated, today=TODAY)


def test_cpi_hours_start_in_the_programme_s_first_month() -> None:
    check_cpi_hours(_hours("2018-02"), PROGRAMME, today=TODAY)
    with pytest.raises(ProvinciaDateOutsideProgramme) as refused:
        check_cpi_hours(_hours("2018-01"), PROGRAMME, today=TODAY)
    assert refused.value.field == "month"


def _calendar(network: Network) -> tuple[bool, list[tuple[str, dict[str, object]]]]:
    """Whether the Gantt has action 3.1 started, and the report's calendar warnings."""
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        report = provincial_report(uow, today=TODAY, as_of=datetime.now(UTC))
    assert report.schedule is not None
    started = next(row.started for row in report.schedule.rows if row.action.code == "3.1")
    return started, [(w.message.code, dict(w.message.params)) for w in report.calendar_warnings]


def test_cpi_hours_outside_their_action_s_months_are_warned_as_an_ambito_s(
    network: Network,
) -> None:
    assert _calendar(network)[1] == []
    record_hours(network.capofila, cpi_hours("3.1"))  # this month: 3.1 ran apr–nov 2018
    started, warned = _calendar(network)
    assert started and [code for code, _ in warned] == [HOURS_OUTSIDE.code]
    assert warned[0][1]["count"] == 1 and warned[0][1]["first"] == f"{TODAY:%m/%Y}"


def test_cpi_hours_inside_their_action_s_months_or_reversed_are_not_warned(
    network: Network,
) -> None:
    capofila = network.capofila
    record_hours(capofila, _hours("2018-05"))
    assert _calendar(network) == (True, [])
    outside = record_hours(capofila, cpi_hours("3.1"))
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        register_reversal.reverse_row(
            uow, kind="provincia_hours", row_id=outside, reason="Mese sbagliato", day=TODAY
        )
    assert _calendar(network) == (True, [])
