"""The audit viewer on the real main window, offscreen: an operator opens a case, the
coordinator finds that read by case code, exports it to CSV and verifies the chain; an operator
has no viewer; opening the waiting list records the women it shows, once in ten minutes; a read
whose audit cannot be written (a case, the case list, the waiting list) shows nothing of her."""

from __future__ import annotations

import csv
import io
import json
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.audit.actions import READ_LIST, SHOWN_IN_WAITING_LIST
from antiviolenza_desktop.domain.store_errors import DiskFull
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.audit_query import AuditSource
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.archive.audit_model import AuditLogModel
from antiviolenza_desktop.ui.archive.audit_view import AuditLogDialog
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.case.waiting_list_view import WaitingListView
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.main_window import MainWindow
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD
from tests.test_ui_case_detail import CF, DRAFT
from tests.ui_support import make_store, make_window

OPERATOR = "op.una"


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, int, str]:
    """A store with an operator and one synthetic woman: (path, case id, case code)."""
    path = make_store(tmp_path)
    opened = unlock_store(path, login=LOGIN, password=PASSWORD)
    try:
        add_user(
            opened,
            login=OPERATOR,
            display_name="Operatrice Una",
            role="operator",
            password=OTHER_PASSWORD,
        )
        with UnitOfWork(opened.store, opened.actor) as uow:
            saved = record_case(uow, draft=DRAFT, today=date.today())
    finally:
        opened.store.close()
    return path, saved.case_id, saved.code


def _unlocked(qtbot: QtBot, path: Path, login: str, password: str) -> MainWindow:
    window = make_window(path)
    qtbot.addWidget(window)
    window.show()
    window.lock_screen.user.setText(login)
    window.lock_screen.password.setText(password)
    with qtbot.waitSignal(window.session.unlocked, timeout=20_000):
        window.lock_screen.unlock_button.click()
    return window


def _lock(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.locked):
        window.lock_action.trigger()


def test_coordinator_sees_an_operators_read_and_exports_it(
    qtbot: QtBot, database: tuple[Path, int, str], tmp_path: Path
) -> None:
    path, case_id, code = database
    window = _unlocked(qtbot, path, OPERATOR, OTHER_PASSWORD)
    assert not window.audit_action.isVisible() and not window.audit_action.isEnabled()
    window.audit_action.trigger()
    assert window.findChild(AuditLogDialog) is None
    assert window.workspace is not None
    window.workspace.open_case(case_id)
    assert window.workspace.detail.view is not None
    _lock(qtbot, window)

    window.lock_screen.user.setText(LOGIN)
    window.lock_screen.password.setText(PASSWORD)
    with qtbot.waitSignal(window.session.unlocked, timeout=20_000):
        window.lock_screen.unlock_button.click()
    assert window.audit_action.isVisible()
    window.audit_action.trigger()
    dialog = window.findChild(AuditLogDialog)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("reads"))
    dialog.case_code.setText(code.lower())
    qtbot.waitUntil(lambda: dialog.model.wanted.case_code == code.lower(), timeout=5_000)
    model = dialog.model
    shown = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    opened_rows = [row for row in shown if row[3] == "Scheda aperta"]
    assert opened_rows and opened_rows[-1][2] == OPERATOR and opened_rows[-1][4] == code
    assert all(row[2] in (OPERATOR, LOGIN) for row in shown)

    target = tmp_path / "registro.csv"
    dialog.export_csv(target)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert [OPERATOR, "lettura", "Scheda aperta", code] in [r[2:6] for r in rows[1:]]
    for personal in (DRAFT.first_name, DRAFT.last_name, CF):
        assert personal not in text

    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verify_button.isEnabled(), timeout=10_000)
    assert "Catena integra" in dialog.chain.text()
    _lock(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(AuditLogDialog) is None, timeout=5_000)


def test_the_model_passes_the_model_tester(qtmodeltester, opened: OpenStore) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        record_case(uow, draft=DRAFT, today=date.today())
    model = AuditLogModel(AuditSource(opened))
    model.set_filter(model.wanted)
    assert model.rowCount() >= 2
    qtmodeltester.check(model)


def test_a_failed_audit_write_shows_nothing_of_her(
    qtbot: QtBot,
    opened: OpenStore,
    runner: BackgroundRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = record_case(uow, draft=DRAFT, today=date.today()).case_id
    detail = CaseDetail(opened, ClipboardGuard(), runner)
    qtbot.addWidget(detail)
    before = audit.verify(opened.store).checked

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise DiskFull

    monkeypatch.setattr(audit, "record", refuse)
    assert not detail.open_case(case_id)
    assert detail.view is None
    assert "Disco pieno" in detail.error.text()
    assert DRAFT.last_name not in detail.subtitle.text()
    assert detail.form.sections.last_name.text() == ""
    monkeypatch.undo()
    assert audit.verify(opened.store).checked == before


def test_the_case_list_shows_no_one_when_its_read_cannot_be_audited(
    qtbot: QtBot, opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from antiviolenza_desktop.ui.case.list_view import CaseListView

    with UnitOfWork(opened.store, opened.actor) as uow:
        record_case(uow, draft=DRAFT, today=date.today())

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise DiskFull

    monkeypatch.setattr(audit, "record", refuse)
    view = CaseListView(opened, {"mia": "MIA"})
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    column = view.model.COLUMNS.index("last_name")
    assert view.model.index(0, column).data() is None
    assert "Disco pieno" in view.count.text()
    monkeypatch.undo()
    view.apply_filters()
    assert view.model.index(0, column).data() == DRAFT.last_name


def _waiting_list_reads(path: Path) -> list[dict[str, object]]:
    opened = unlock_store(path, login=LOGIN, password=PASSWORD)
    try:
        with closing(opened.store.raw_connection()) as connection:
            rows = connection.execute(
                "SELECT actor, details FROM audit_log WHERE action = ? ORDER BY seq", (READ_LIST,)
            ).fetchall()
    finally:
        opened.store.close()
    return [
        {"actor": actor, **json.loads(details)}
        for actor, details in rows
        if json.loads(details).get("elenco") == SHOWN_IN_WAITING_LIST
    ]


def test_opening_the_waiting_list_records_the_women_it_shows(
    qtbot: QtBot, database: tuple[Path, int, str]
) -> None:
    path, _case_id, code = database
    window = _unlocked(qtbot, path, OPERATOR, OTHER_PASSWORD)
    assert window.workspace is not None
    nav = window.workspace.nav
    waiting = window.workspace.waiting_list
    assert waiting.tables["work"].rowCount() == 0  # unlocking reads no waiting list
    nav.setCurrentRow(1)
    assert waiting.tables["work"].item(0, 2).text() == code
    nav.setCurrentRow(0)
    nav.setCurrentRow(1)  # shown again within ten minutes
    assert waiting.tables["work"].item(0, 2).text() == code
    _lock(qtbot, window)
    entries = _waiting_list_reads(path)
    assert entries == [
        {"actor": OPERATOR, "casi": 1, "codici": [code], "elenco": SHOWN_IN_WAITING_LIST}
    ]
    for personal in (DRAFT.first_name, DRAFT.last_name, CF):
        assert personal not in json.dumps(entries)


def test_the_waiting_list_shows_no_one_when_its_read_cannot_be_audited(
    qtbot: QtBot, opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = record_case(uow, draft=DRAFT, today=date.today()).code

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise DiskFull

    view = WaitingListView(opened)
    qtbot.addWidget(view)
    monkeypatch.setattr(audit, "record", refuse)
    view.refresh()
    assert [table.rowCount() for table in view.tables.values()] == [0, 0]
    assert "Disco pieno" in view.error.text() and not view.error.isHidden()
    monkeypatch.undo()
    view.refresh()
    assert view.tables["work"].item(0, 2).text() == code
    assert view.error.isHidden()
