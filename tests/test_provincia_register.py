"""The capofila's register of the Provincia on real stores: what it records, how it meets the
Ambiti's figures (no double counting), its keyed refusals (data unchanged), its reversals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.provincia import resolve_pseudonym
from antiviolenza_desktop.operations.exchange_province import write_provincial_report
from antiviolenza_desktop.reports.provincial_report import provincial_report
from antiviolenza_desktop.services import provincia, provincia_reading, register_reversal
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog
from tests.exchange_stores import Network
from tests.provincia_support import (
    TODAY,
    commit,
    commitment,
    cpi_hours,
    merged_network,
    pay,
    pseudonyms,
    record_hours,
    row_counts,
)


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    network = merged_network(tmp_path)
    yield network
    network.close()


def _totals(network: Network):  # type: ignore[no-untyped-def]
    with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
        return province_totals(uow, as_of=datetime.now(UTC))


def test_the_provincia_s_money_replaces_the_ambiti_s_on_its_fund(network: Network) -> None:
    capofila = network.capofila
    before = _totals(network)
    audited = row_counts(capofila)["audit_log"]
    first = pseudonyms(capofila, "cremonese")[0]
    row = commit(capofila, commitment(pseudonym=first[:8], amount=150_000))
    pay(capofila, row, 100_000)
    commit(capofila, commitment("cremasco", amount=80_000))
    record_hours(capofila, cpi_hours("3.1", minutes=600, cost=2_500))
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        query = select(AuditLog.action).where(AuditLog.action.like("provincia.%"))
        actions = list(uow.session.scalars(query.order_by(AuditLog.seq)))
    assert actions == [
        "provincia.impegno",
        "provincia.pagamento",
        "provincia.impegno",
        "provincia.ore_cpi",
    ]
    assert row_counts(capofila)["audit_log"] >= audited + 4
    after = _totals(network)
    funds = {f.fund: f for f in after.funds}
    active = funds["active_policies"]
    # the Provincia's register, not the Ambiti's projects (430.000 committed, 50.000 paid)
    assert (active.committed, active.disbursed) == (230_000, 100_000)
    assert (active.projects_committed, active.projects_disbursed) == (430_000, 50_000)
    assert after.funds[1:] == before.funds[1:]
    actions = {a.action: a for a in after.actions}
    old = {a.action: a for a in before.actions}
    # the Ambito's € 500,00 on the active fund is the projects' figure, not the province's A
    assert old["3.2-attive"].actual_a == 0 and actions["3.2-attive"].actual_a == 100_000
    assert actions["3.1"].actual_b == old["3.1"].actual_b + 25_000
    line_1 = next(line for line in after.lines if line.line == "1")
    assert line_1.actual_a == sum(a.actual_a for a in after.actions if a.line == "1")
    assert line_1.actual_b == sum(a.actual_b for a in after.actions if a.line == "1")
    figures = after.provincia
    assert figures is not None and figures.hours_value == 25_000
    by_ambito = {row.ambito: row for row in figures.by_ambito}
    assert (by_ambito["cremonese"].committed, by_ambito["cremonese"].projects_committed) == (
        150_000,
        350_000,
    )
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        (kept,) = provincia_reading.commitments(uow)[:1]
    assert kept.entry.pseudonym == first and kept.paid == 100_000


def test_an_empty_register_leaves_nothing_counted_twice(network: Network) -> None:
    totals = _totals(network)
    active = next(f for f in totals.funds if f.fund == "active_policies")
    assert (active.committed, active.disbursed, active.projects_committed) == (0, 0, 430_000)
    attive = next(a for a in totals.actions if a.action == "3.2-attive")
    assert attive.actual_a == 0


REFUSALS: list[tuple[str, Callable[[Network], object]]] = [
    ("provincia_oltre_dotazione", lambda n: commit(n.capofila, commitment(amount=3_000_001))),
    ("provincia_importo_non_positivo", lambda n: commit(n.capofila, commitment(amount=-1))),
    ("provincia_importo_non_positivo", lambda n: commit(n.capofila, commitment(amount=0))),
    (
        "provincia_data_fuori_programma",
        lambda n: commit(n.capofila, commitment(on=date(2017, 12, 31))),
    ),
    (
        "provincia_data_fuori_programma",
        lambda n: commit(n.capofila, commitment(on=TODAY + timedelta(days=1))),
    ),
    (  # the card's day: before the programme's start (data_avvio), the calendar's month 1
        "provincia_data_fuori_programma",
        lambda n: commit(n.capofila, commitment(on=date(2018, 1, 31))),
    ),
    ("provincia_ambito_sconosciuto", lambda n: commit(n.capofila, commitment("bresciano"))),
    ("provincia_fondo_non_suo", lambda n: commit(n.capofila, commitment(fund="passive_policies"))),
    (
        "provincia_intervento_sconosciuto",
        lambda n: commit(n.capofila, commitment(intervention="transport_refund")),
    ),
    ("provincia_donna_sconosciuta", lambda n: commit(n.capofila, commitment(pseudonym="0" * 8))),
    ("provincia_oltre_massimale", lambda n: commit(n.capofila, commitment(amount=300_001))),
    ("provincia_impegno_inesistente", lambda n: pay(n.capofila, 99, 1)),
    ("provincia_ore_fuori_linea", lambda n: record_hours(n.capofila, cpi_hours("4.2"))),
    ("ore_non_valide", lambda n: record_hours(n.capofila, cpi_hours(minutes=0))),
]


@pytest.mark.parametrize(("code", "attempt"), REFUSALS)
def test_each_refusal_is_keyed_and_changes_nothing(
    network: Network, code: str, attempt: Callable[[Network], object]
) -> None:
    before = row_counts(network.capofila)
    with pytest.raises(AppError) as refused:
        attempt(network)
    assert refused.value.code == code
    assert row_counts(network.capofila) == before


def test_the_cap_per_woman_sums_her_commitments(network: Network) -> None:
    woman = pseudonyms(network.capofila, "cremasco")[0]
    commit(network.capofila, commitment("cremasco", woman[:10], amount=200_000))
    before = row_counts(network.capofila)
    with pytest.raises(AppError) as refused:
        commit(network.capofila, commitment("cremasco", woman[:10], amount=100_001))
    assert refused.value.code == "provincia_oltre_massimale"
    assert row_counts(network.capofila) == before
    commit(network.capofila, commitment("cremasco", woman, amount=100_000))


def test_payments_are_refused_beyond_or_before_their_commitment(network: Network) -> None:
    row = commit(network.capofila, commitment(amount=40_000, on=TODAY - timedelta(days=3)))
    pay(network.capofila, row, 30_000)
    before = row_counts(network.capofila)
    attempts = [
        ("provincia_pagamento_oltre_impegno", lambda: pay(network.capofila, row, 10_001)),
        (
            "provincia_pagamento_prima_impegno",
            lambda: pay(network.capofila, row, 1, TODAY - timedelta(days=4)),
        ),
        ("provincia_importo_non_positivo", lambda: pay(network.capofila, row, 0)),
    ]
    for code, attempt in attempts:
        with pytest.raises(AppError) as refused:
            attempt()
        assert refused.value.code == code
    assert row_counts(network.capofila) == before


def test_only_the_capofila_keeps_the_register(network: Network) -> None:
    ambito = network.ambiti["cremonese"]
    with pytest.raises(AppError) as refused, UnitOfWork(ambito.store, ambito.actor) as uow:
        provincia.record_commitment(uow, entry=commitment(), today=TODAY)
    assert refused.value.code == "solo_capofila"


def test_a_paid_commitment_is_reversed_after_its_payments(network: Network) -> None:
    capofila = network.capofila
    row = commit(capofila, commitment(amount=60_000))
    payment = pay(capofila, row, 20_000)

    def reverse(kind: str, target: int) -> int:
        with UnitOfWork(capofila.store, capofila.actor) as uow:
            return register_reversal.reverse_row(
                uow,
                kind=kind,
                row_id=target,
                reason="Registrato due volte",
                day=TODAY,  # type: ignore[arg-type]
            )

    before = row_counts(capofila)
    with pytest.raises(AppError) as refused:
        reverse("provincia_commitments", row)
    assert refused.value.code == "provincia_impegno_con_pagamenti"
    assert row_counts(capofila) == before
    reverse("provincia_payments", payment)
    reverse("provincia_commitments", row)
    active = next(f for f in _totals(network).funds if f.fund == "active_policies")
    assert (active.committed, active.disbursed) == (0, 0)
    hours = record_hours(capofila, cpi_hours())
    reverse("provincia_hours", hours)
    assert _totals(network).provincia.hours_value == 0  # type: ignore[union-attr]


def test_a_pseudonym_prefix_must_name_one_woman() -> None:
    women = ["ab" * 32, "ab" * 4 + "cd" * 28, "ef" * 32]
    assert resolve_pseudonym("EFEFEFEF…", women, ambito="x") == "ef" * 32
    for typed, code in (
        ("abababab", "provincia_pseudonimo_ambiguo"),
        ("abab", "provincia_donna_sconosciuta"),
    ):
        with pytest.raises(AppError) as refused:
            resolve_pseudonym(typed, women, ambito="x")
        assert refused.value.code == code


def test_the_provincial_report_prints_the_provincia_s_fund_and_hours(
    network: Network, tmp_path: Path
) -> None:
    capofila = network.capofila
    woman = pseudonyms(capofila, "cremonese")[0]
    row = commit(capofila, commitment(pseudonym=woman[:8], amount=150_000))
    pay(capofila, row, 100_000)
    commit(capofila, commitment("cremasco", amount=80_000))
    record_hours(capofila, cpi_hours("3.1", minutes=600, cost=2_500))
    pdf, xlsx = tmp_path / "p.pdf", tmp_path / "p.xlsx"
    write_provincial_report(capofila, pdf, xlsx, TODAY)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Fondo gestito dalla Provincia di Cremona" in text
    assert "CPI di Cremona" in text and "€ 250,00" in text
    assert f"{woman[:8]}… (Cremonese)" in text and "donne non condivise (Cremasco)" in text
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        report = provincial_report(uow, today=TODAY, as_of=datetime.now(UTC))
    active = [w for w in report.annex if w.fund == "active_policies"]
    funds = {f.fund: f for f in report.funds}
    # the annex and the fund row are both the Provincia's: nothing counted twice
    assert sum(w.committed for w in active) == funds["active_policies"].committed == 230_000
    assert report.provincia is not None and report.provincia.hours_value == 25_000
    book = load_workbook(xlsx, read_only=True)
    assert "Provincia" in book.sheetnames


def test_an_operator_may_not_write_the_register(network: Network) -> None:
    operator = Actor(user_id=None, login="op", role="operator")
    before = row_counts(network.capofila)
    attempts: list[Callable[[UnitOfWork], object]] = [
        lambda uow: provincia.record_commitment(uow, entry=commitment(), today=TODAY),
        lambda uow: provincia.record_cpi_hours(uow, entry=cpi_hours(), today=TODAY),
    ]
    for attempt in attempts:
        with (
            pytest.raises(AppError) as refused,
            UnitOfWork(network.capofila.store, operator) as uow,
        ):
            attempt(uow)
        assert refused.value.code == "permesso_negato"
    assert row_counts(network.capofila) == before
