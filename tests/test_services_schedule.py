"""The calendar on a real store: rows outside their action's months and co-financing beyond the
card are warned where every front end reads fund warnings; reversed rows count for nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.network_training import TrainingEntry
from antiviolenza_desktop.domain.funds.schedule import FINISHED, LATE, RUNNING
from antiviolenza_desktop.operations.funds_reading import read_funds, read_totals
from antiviolenza_desktop.services import cofinancing, fund_figures, register_reversal, training
from antiviolenza_desktop.services.demo import open_or_create_demo
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.funds_support import TODAY


def _hours(action: str, month: str, minutes: int = 60) -> HoursEntry:
    return HoursEntry("Comune di Cremona", "Assistente sociale", action, month, minutes, 2_550)


def _codes(opened, today: date = TODAY) -> list[str]:  # type: ignore[no-untyped-def]
    return [warning.message.code for warning in read_totals(opened, today).warnings]


def test_rows_outside_their_months_are_warned_until_reversed(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_hours(uow, entry=_hours("3.1", "2018-05"), today=TODAY)
        late = cofinancing.record_hours(uow, entry=_hours("3.1", "2019-03"), today=TODAY)
        session = TrainingEntry(date(2018, 4, 9), "Sessione 1", 120, {"cav": 4}, "3.4")
        training.record_training(uow, entry=session, today=TODAY)
    warnings = read_totals(opened, TODAY).warnings
    assert [w.text for w in warnings] == [
        "Azione 3.1: ore di cofinanziamento registrate fuori dai mesi dell'azione "
        "(apr 2018 – nov 2018), righe 1, da 03/2019 a 03/2019.",
        "Azione 3.4: sessioni di formazione fuori dai mesi dell'azione (dic 2018 – mar 2019), "
        "righe 1, da 09/04/2018 a 09/04/2018.",
    ]
    with UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(
            uow, kind="hours", row_id=late, day=TODAY, reason="Mese sbagliato"
        )
    assert _codes(opened) == ["formazione_fuori_mesi_azione"]


def test_co_financing_beyond_the_card_is_warned(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        # 7 h at € 25,50 = € 178,50 on action 3.0, whose card plans € 172,00 in Feb-Mar 2018
        cofinancing.record_hours(uow, entry=_hours("3.0", "2018-02", 420), today=TODAY)
    warnings = read_totals(opened, TODAY).warnings
    assert [w.text for w in warnings] == [
        "Azione 3.0: cofinanziamento (B) registrato per € 178,50, oltre quanto previsto dalla "
        "scheda (€ 172,00)."
    ]


def test_the_dashboard_snapshot_carries_the_gantt(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_hours(uow, entry=_hours("3.0", "2018-03", 420), today=TODAY)
        cofinancing.record_hours(uow, entry=_hours("3.1", "2018-05"), today=TODAY)
    during = read_funds(opened, date(2018, 6, 10)).schedule
    after = read_funds(opened, TODAY).schedule
    assert during is not None and after is not None
    assert (during.columns, during.today_month) == (19, 5)
    states = {row.action.code: row.state for row in during.rows}
    assert (states["3.0"], states["3.1"]) == (FINISHED, RUNNING)
    assert states["4.1"] == "non_avviata"
    assert {row.action.code: row.state for row in after.rows}["3.1"] == LATE


def test_without_a_start_date_there_is_no_gantt_and_no_month_warning(  # type: ignore[no-untyped-def]
    opened, monkeypatch
) -> None:
    undated = replace(load_default_programme(), start_date=None)
    monkeypatch.setattr(fund_figures, "load_default_programme", lambda: undated)
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_hours(uow, entry=_hours("3.1", "2019-03"), today=TODAY)
    assert read_funds(opened, TODAY).schedule is None
    assert _codes(opened) == []


def test_one_dashboard_read_walks_the_registers_once(  # type: ignore[no-untyped-def]
    opened, monkeypatch
) -> None:
    calls: list[int] = []
    walk = fund_figures.dated_rows

    def counted(uow):  # type: ignore[no-untyped-def]
        calls.append(1)
        return walk(uow)

    monkeypatch.setattr(fund_figures, "dated_rows", counted)
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_hours(uow, entry=_hours("3.1", "2019-03"), today=TODAY)
    snapshot = read_funds(opened, TODAY)
    assert len(calls) == 1
    assert snapshot.schedule is not None
    assert [w.message.code for w in snapshot.warnings] == ["ore_fuori_mesi_azione"]


def test_the_demo_records_inside_the_programme_months(tmp_path) -> None:  # type: ignore[no-untyped-def]
    opened, _ = open_or_create_demo(tmp_path / "demo.avdb")
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            found = fund_figures.calendar(uow, today=TODAY, figures=fund_figures.actions(uow))
    finally:
        opened.store.close()
    assert found.schedule is not None
    assert found.warnings == []
    assert {row.action.code: row.started for row in found.schedule.rows}["3.4"]
