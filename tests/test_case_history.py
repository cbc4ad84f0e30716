"""Her whole history on one screen: the service's events and the «Panoramica» tab."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from antiviolenza_desktop.domain.project.revisions import Closure, MonitoringUpdate
from antiviolenza_desktop.services import (
    erasure,
    ledger,
    ledger_writes,
    projects,
    register_reversal,
)
from antiviolenza_desktop.services.case_history import case_history
from antiviolenza_desktop.services.intake import load_case, update_case
from antiviolenza_desktop.services.read_audit import record_print
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from tests.funds_support import TODAY, new_case, validate_project, work_project
from tests.signoff_support import COLLEAGUE, sign_in
from tests.support import LOGIN

NEWEST_FIRST = [
    "project_closed",
    "signoff",
    "signoff",
    "monitoring",
    "print",
    "reversal",
    "disbursement",
    "commitment",
    "project_confirmed",
    "signoff",
    "signoff",
    "assessment",
    "edit",
    "referral",
    "stage",
    "stage",
    "stage",
]


def _whole_path(opened: OpenStore) -> int:
    """A synthetic woman with one event of every kind, in this order."""
    case_id = new_case(opened, 41)
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=case_id).draft
        update_case(uow, case_id=case_id, draft=replace(draft, did_signed=True), today=TODAY)
    validate_project(opened, case_id, work_project(150_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        commitment = ledger.entries_of_case(uow, case_id)[0]
        paid = ledger_writes.record_disbursement(
            uow,
            commitment_seq=commitment.seq,
            amount=40_000,
            on=TODAY,
            payee="Ente di formazione Prova",
            document_ref="Fattura 7/2026",
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(
            uow, kind="ledger", row_id=paid.seq, day=TODAY, reason="Importo sbagliato"
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
        record_print(uow, case_id=case_id, code=code, form="progetto_personalizzato")
    with UnitOfWork(opened.store, opened.actor) as uow:
        update = MonitoringUpdate(TODAY, "cpi", "colloquio")
        projects.add_monitoring(uow, case_id=case_id, update=update, today=TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        closure = Closure(TODAY, drop_reason="moved_away")
        sign_in(uow, case_id)
        projects.close(uow, case_id=case_id, closure=closure, today=TODAY)
    return case_id


def _history(opened: OpenStore, case_id: int):  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        return case_history(uow, case_id=case_id)


def _audit_count(opened: OpenStore) -> int:
    with opened.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(AuditLog)) or 0


def test_every_kind_of_event_newest_first_with_who(opened: OpenStore) -> None:
    case_id = _whole_path(opened)
    before = _audit_count(opened)
    events = _history(opened, case_id)
    assert _audit_count(opened) == before  # the history records nothing itself
    assert [event.kind for event in events] == NEWEST_FIRST
    assert {event.who for event in events if event.at is not None} == {opened.actor.login}
    by_kind = {event.kind: event.params for event in events}
    assert by_kind["project_confirmed"] == {"revision": 1}
    signed = [(e.params["act"], e.params["signer"]) for e in events if e.kind == "signoff"]
    assert signed == [
        ("chiusura", COLLEAGUE),
        ("chiusura", LOGIN),
        ("validazione", COLLEAGUE),
        ("validazione", LOGIN),
    ]
    assert {e.params["revision"] for e in events if e.kind == "signoff"} == {1}
    assert by_kind["disbursement"]["amount"] == 40_000
    with UnitOfWork(opened.store, opened.actor) as uow:
        referred = load_case(uow, case_id=case_id).draft.referral_date
    assert [e.on for e in events if e.kind in ("referral", "stage")] == [referred] * 4
    assert {e.on for e in events if e.kind not in ("referral", "stage")} == {TODAY}
    assert by_kind["reversal"]["reverses"] == by_kind["disbursement"]["entry"]
    assert by_kind["print"] == {"form": "progetto_personalizzato"}
    stages = [e.params["stage"] for e in events if e.kind == "stage"]
    assert stages == ["taken_in_charge", "reception", "contact"]


def test_the_history_names_no_payee_note_or_name(opened: OpenStore) -> None:
    case_id = _whole_path(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=case_id).draft
    words = {draft.first_name, draft.last_name, "Ente di formazione Prova", "Importo sbagliato"}
    shown = repr(_history(opened, case_id))
    assert not [word for word in words if word in shown]


@pytest.fixture
def detail(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> Iterator[CaseDetail]:
    widget = CaseDetail(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    widget.clear()


def _table_text(detail: CaseDetail) -> list[list[str]]:
    table = detail.overview.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_overview_tab_shows_her_path(
    qtbot: QtBot, detail: CaseDetail, opened: OpenStore
) -> None:
    case_id = _whole_path(opened)
    before = _audit_count(opened)
    assert detail.open_case(case_id)
    assert _audit_count(opened) == before + 1  # lettura.scheda only: no double audit
    assert detail.tabs.currentWidget() is detail.overview
    assert detail.tabs.tabText(0) == "Pa&noramica"
    rows = _table_text(detail)
    assert len(rows) == len(NEWEST_FIRST)
    assert rows[0][0] == f"{TODAY:%d/%m/%Y}" and rows[0][2] == "Progetto chiuso"
    assert rows[0][4] == opened.actor.login
    disbursement = next(row for row in rows if row[2] == "Erogazione")
    assert "voce n. " in disbursement[3] and "€ 400,00" in disbursement[3]
    assert rows[-1][1] == "" and rows[-1][4] == ""  # a stage: a day, no time, no one
    # Filter by kind, then a double-click opens the tab of the item.
    filter_box = detail.overview.kind_filter
    filter_box.setCurrentIndex(filter_box.findData("assessment"))
    assert [row[2] for row in _table_text(detail)] == ["Valutazione"]
    table = detail.overview.table
    rect = table.visualItemRect(table.item(0, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert detail.tabs.currentWidget() is detail.assessment_tab
    detail.tabs.setCurrentWidget(detail.overview)
    assert detail.edit_button.isVisible()  # «Modifica» from the overview opens Anagrafica
    detail.start_editing()
    assert detail.tabs.currentWidget() is detail.referral_pages[0]
    detail.form.cancel_button.click()
    detail.clear()
    assert detail.overview.table.rowCount() == 0 and detail.overview.events == []


def test_an_erased_case_shows_nothing_personal(detail: CaseDetail, opened: OpenStore) -> None:
    case_id = _whole_path(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        view = load_case(uow, case_id=case_id)
        erasure.erase_case(
            uow, case_id=case_id, reason="richiesta", typed_code=view.code, today=TODAY
        )
    draft = view.draft
    secrets = [draft.first_name, draft.last_name, draft.codice_fiscale or "-", draft.safe_phone]
    assert detail.open_case(case_id)
    rows = _table_text(detail)
    assert rows[0][2] == "Eliminazione dei dati"
    shown = " ".join(" ".join(row) for row in rows)
    assert not [secret for secret in secrets if secret and secret in shown]
    assert "Ente di formazione Prova" not in shown
