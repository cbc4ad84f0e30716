"""The real window hides what a role cannot do: a CAV worker's and an équipe member's areas,
case tabs and menu actions, against a coordinator's; and the users dialog gives the new roles
with the CAV."""

from __future__ import annotations

from pathlib import Path

import pytest

from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.ui.archive.user_forms import AddUserDialog
from antiviolenza_desktop.ui.archive.users_dialog import UsersDialog
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.workspace import Workspace
from tests.exchange_stores import make_store
from tests.roles_support import COLLEAGUE_PASSWORD, case_of, colleague
from tests.store_template import new_store_and_key
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD
from tests.ui_support import make_window


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A store with a coordinator, a CAV worker of AIDA, an équipe member, and one case of
    AIDA and one of MIA."""
    path, _key = new_store_and_key(tmp_path)
    opened = unlock(path, login=LOGIN, password=PASSWORD)
    try:
        for login, role, cav in (("cav.aida", "cav", "aida"), ("equipe", "operator", None)):
            add_user(
                opened,
                login=login,
                display_name=login,
                role=role,
                password=OTHER_PASSWORD,
                cav=cav,
            )
        case_of(opened, "aida", 3)
        case_of(opened, "mia", 4)
    finally:
        opened.store.close()
    return path


def _window(qtbot, database: Path, login: str, password: str = OTHER_PASSWORD) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    window.lock_screen.user.setText(login)
    window.lock_screen.password.setText(password)
    with qtbot.waitSignal(window.session.unlocked, timeout=15_000):
        window.lock_screen.unlock_button.click()
    return window


def _areas(workspace: Workspace) -> list[str]:
    nav = workspace.nav
    return [nav.item(row).text() for row in range(nav.count()) if not nav.item(row).isHidden()]


def _menu(window: MainWindow) -> set[str]:
    actions = (
        window.funds_action,
        window.network_action,
        window.audit_action,
        window.copies_action,
        window.users_action,
        window.rekey_action,
        window.retention_action,
    )
    return {action.text() for action in actions if action.isVisible() and action.isEnabled()}


def _opened(window: MainWindow) -> OpenStore:
    assert window.session.opened is not None
    return window.session.opened


def test_a_cav_worker_sees_her_cases_referrals_and_tasks_only(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, database, "cav.aida")
    workspace = window.workspace
    assert workspace is not None
    assert [a.split(" (")[0] for a in _areas(workspace)] == [
        "Casi",
        "Nuova segnalazione",
        "Da fare",
    ]
    assert _menu(window) == set()
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert "&Fondi" not in titles and "&Rete" not in titles
    assert workspace.case_list.tables_button.isHidden() and workspace.case_list.cav.isHidden()
    qtbot.waitUntil(lambda: workspace.case_list.model.rowCount() == 1, timeout=5_000)
    detail = workspace.detail
    case_id = workspace.case_list.model.case_id_at(0)
    workspace.open_case(case_id)
    tabs = detail.tabs
    shown = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert "&Fondi" not in shown and "&Progetto" not in shown and "&Valutazione" not in shown
    assert "&Consensi" in shown and detail.edit_button.isVisible()
    assert not detail.erase_button.isVisible()
    prints = {a.text(): a.isVisible() for a in detail.print_button.menu().actions()}
    assert prints["Scheda di segnalazione"] and not prints["Progetto personalizzato"]
    assert detail.project_tab.case_id is None  # her project was never read for this role
    window.session.lock()


def test_an_equipe_member_sees_the_case_work_but_no_coordinator_tool(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, database, "equipe")
    workspace = window.workspace
    assert workspace is not None
    assert len(_areas(workspace)) == 6
    assert _menu(window) == {window.funds_action.text(), window.network_action.text()}
    assert workspace.tasks.thresholds_button.isHidden()
    province = workspace.network.province
    assert province.region_button.isHidden()
    assert all(button.isHidden() for button in province.provincia.write_buttons)
    network, funds = workspace.network, workspace.funds
    hidden = (
        network.ambito_page.export_button,
        network.ambito_page.accept_button,
        network.transfer_box.receive_button,
        network.transfer_box.register_button,
        funds.settings_button,
        funds.hours.add_button,
        funds.expenses.add_button,
        funds.narratives.save_button,
    )
    assert all(button.isHidden() and not button.isEnabled() for button in hidden)
    qtbot.waitUntil(lambda: workspace.case_list.model.rowCount() == 2, timeout=5_000)
    workspace.open_case(workspace.case_list.model.case_id_at(0))
    assert workspace.detail.transfer_button.isHidden()
    window.session.lock()
    assert not window.users_action.isVisible() and not window.audit_action.isVisible()


def test_the_coordinator_adds_a_cav_worker_in_the_users_dialog(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, database, LOGIN, PASSWORD)
    assert len(_menu(window)) == 7
    window.users_action.trigger()
    users = window.findChild(UsersDialog)
    assert users is not None
    assert any(users.table.item(r, 2).text() == "Operatrice CAV (AIDA)" for r in range(3))
    cav_row = next(r for r in range(3) if users.table.item(r, 2).text().startswith("Operatrice"))
    users.table.selectRow(cav_row)
    assert not users.role_button.isEnabled() and users.other_role_button.isEnabled()
    users.add_button.click()
    form = users.form_dialog
    assert isinstance(form, AddUserDialog)
    roles = [form.role.itemData(i) for i in range(form.role.count())]
    assert roles == ["coordinator", "operator", "cav"]  # no Provincia on an Ambito's store
    assert not form.roles.cav.isEnabled()
    form.role.setCurrentIndex(roles.index("cav"))
    assert form.roles.cav.isEnabled()
    form.roles.cav.setCurrentIndex(form.roles.cav.findData("mia"))
    assert form.roles.chosen() == ("cav", "mia")
    window.session.lock()


def test_the_provincia_sees_only_the_network_and_writes_her_register(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    capofila = make_store(tmp_path, "capofila")
    database = capofila.store.database
    try:
        colleague(capofila, "provincia.cr", "provincia")
    finally:
        capofila.store.close()
    window = _window(qtbot, database, "provincia.cr", COLLEAGUE_PASSWORD)
    workspace = window.workspace
    assert workspace is not None
    assert _areas(workspace) == ["Rete"]
    assert workspace.case_list.model.rowCount() == 0
    assert _menu(window) == {window.network_action.text()}
    province = workspace.network.province
    assert province.region_button.isHidden()
    assert not any(button.isHidden() for button in province.provincia.write_buttons)
    window.session.lock()
