"""The GUI hides what the user's role cannot do: areas, case tabs, buttons and menu actions.

One table per place says which permission each entry needs; the permissions are the acting
user's, read through `operations.access.my_permissions` from the same matrix the services
enforce (`domain.access.permissions`). Hiding spares her a button that could only be refused;
the refusal itself stays the services' (a hidden entry reached another way is still refused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from antiviolenza_desktop.domain.access.permissions import ROLE_CAV, Permission
from antiviolenza_desktop.operations.access import my_permissions
from antiviolenza_desktop.services.store_lifecycle import OpenStore

if TYPE_CHECKING:
    from antiviolenza_desktop.ui.case.detail import CaseDetail
    from antiviolenza_desktop.ui.main_window import MainWindow
    from antiviolenza_desktop.ui.workspace import Workspace


def permissions(opened: OpenStore | None) -> frozenset[Permission]:
    """The acting user's permissions; none while the store is locked."""
    return frozenset() if opened is None else my_permissions(opened)


def workspace_areas(workspace: Workspace) -> dict[QWidget, Permission]:
    """Each navigation area and the permission it needs to be shown."""
    return {
        workspace.case_list: Permission.CASE_READ,
        workspace.waiting_list: Permission.WAITING_LIST,
        workspace.new_case: Permission.INTAKE,
        workspace.funds: Permission.FUNDS_READ,
        workspace.network: Permission.NETWORK_READ,
        workspace.tasks: Permission.TASKS,
    }


def hide_areas(workspace: Workspace, regional: bool) -> None:
    """Hide the navigation entries her role cannot use (a Region's store shows only «Rete»),
    and start on the first one left."""
    held = permissions(workspace.opened)
    first = -1
    for widget, needed in workspace_areas(workspace).items():
        row = workspace.areas.indexOf(widget)
        hidden = needed not in held or (regional and widget is not workspace.network)
        workspace.nav.item(row).setHidden(hidden)
        if not hidden and first < 0:
            first = row
    workspace.nav.setCurrentRow(max(first, 0))


def case_tabs(detail: CaseDetail) -> dict[QWidget, Permission]:
    """The case detail's tabs that not every reader of the case may see: the assessment and
    the project are the équipe's work, the funds the Ambito's (a CAV worker sees her referral,
    its overview and her consents)."""
    return {
        detail.assessment_tab: Permission.ASSESSMENT,
        detail.project_tab: Permission.PROJECT,
        detail.funds_tab: Permission.FUNDS_READ,
    }


def hide_case_tabs(detail: CaseDetail, opened: OpenStore) -> None:
    """Hide the tabs of the case detail her role does not work on."""
    held = permissions(opened)
    for widget, needed in case_tabs(detail).items():
        detail.tabs.setTabVisible(detail.tabs.indexOf(widget), needed in held)


def hide_by_role(workspace: Workspace, regional: bool) -> None:
    """The areas and the case tabs her role cannot use, hidden; the first area left shown.
    A CAV worker's list holds her CAV's cases only, so it shows no CAV filter either."""
    hide_areas(workspace, regional)
    hide_case_tabs(workspace.detail, workspace.opened)
    held = permissions(workspace.opened)
    workspace.case_list.tables_button.setVisible(Permission.STATUTORY_TABLES in held)
    workspace.case_list.cav.setVisible(workspace.opened.actor.role != ROLE_CAV)
    hide_province_writes(workspace, held)


def hide_province_writes(workspace: Workspace, held: frozenset[Permission]) -> None:
    """At the capofila: the Provincia's register is written by the coordinator and the
    Provincia, the export for the Region only by the coordinator (EXCHANGE)."""
    province = workspace.network.province
    province.region_button.setVisible(Permission.EXCHANGE in held)
    for button in province.provincia.write_buttons:
        button.setVisible(Permission.PROVINCIA_REGISTER in held)


def menu_actions(window: MainWindow) -> dict[QAction, Permission]:
    """The window's menu actions that need a permission (the others are everyone's)."""
    return {
        window.funds_action: Permission.FUNDS_READ,
        window.network_action: Permission.NETWORK_READ,
        window.audit_action: Permission.AUDIT,
        window.copies_action: Permission.BACKUPS,
        window.users_action: Permission.USERS,
        window.rekey_action: Permission.USERS,
        window.retention_action: Permission.ERASURE,
    }


def show_menu_actions(window: MainWindow, unlocked: bool) -> None:
    """Show and enable the menu actions her role may use; all of them off while locked (the
    coordinator's own tools hidden then too). A Region's store has no funds to show."""
    held = permissions(window.session.opened if unlocked else None)
    hidden_when_locked = (window.audit_action, window.copies_action, window.users_action)
    for action, needed in menu_actions(window).items():
        allowed = unlocked and needed in held
        no_funds = action is window.funds_action and window.session.regional
        action.setEnabled(allowed and not no_funds)
        action.setVisible(allowed or (not unlocked and action not in hidden_when_locked))
    for action in (window.funds_action, window.network_action):  # their menus hold nothing else
        for menu in action.associatedObjects():
            if isinstance(menu, QMenu):
                menu.menuAction().setVisible(action.isVisible())
