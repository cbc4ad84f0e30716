"""Shared helpers of the `antiviolenza casi` case-work tests: a closed store with two synthetic
women (one with a validated project), the CLI run under --json, and the store's data as it
stands, to prove that a refusal leaves it exactly as it was."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.funds_support import new_case, validate_project, work_project
from tests.support import LOGIN, PASSWORD

DATA_TABLES = (
    "cases",
    "case_children",
    "case_stage_dates",
    "case_services",
    "case_consents",
    "case_consent_withdrawals",
    "project_revisions",
    "project_events",
)


def two_cases(opened: OpenStore) -> tuple[str, str]:
    """Two women taken in charge; the first has a validated project. Their codes."""
    with_project = new_case(opened, 61)
    validate_project(opened, with_project, work_project(150_000))
    without = new_case(opened, 62)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return (
            load_case(uow, case_id=with_project).code,
            load_case(uow, case_id=without).code,
        )


def closed_store(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, tuple[str, str]]:
    codes = two_cases(opened)
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return opened.store.database, codes


def casi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, Any]:
    """`antiviolenza casi ARGS --store DB --user coord --json`: (exit code, its JSON)."""
    status = main(["casi", *args, "--store", str(database), "--user", LOGIN, "--json"])
    return status, json.loads(capsys.readouterr().out)


def audit_actions(database: Path, prefix: str) -> list[tuple[str, str | None]]:
    """(action, details) of the audit entries whose action starts with `prefix`."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with closing(opened.store.raw_connection()) as connection:
            return connection.execute(
                "SELECT action, details FROM audit_log WHERE action LIKE ? ORDER BY seq",
                (f"{prefix}%",),
            ).fetchall()
    finally:
        opened.store.close()


def data_state(database: Path) -> tuple[object, ...]:
    """Every row of the case tables, and the audit entries that are not a session's own or a
    read (each unlock records itself, so those are left out)."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with closing(opened.store.raw_connection()) as connection:
            rows = [
                connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608
                for table in DATA_TABLES
            ]
            written = connection.execute(
                "SELECT seq, action, details FROM audit_log WHERE action NOT LIKE 'lettura.%' "
                "AND action NOT LIKE 'accesso.%' ORDER BY seq"
            ).fetchall()
        return (*rows, written)
    finally:
        opened.store.close()
