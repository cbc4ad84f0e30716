"""Where the sign-offs show: migration 0018 keeps the typed approvers, the printed project says
who approved each act and when, and `antiviolenza casi firma|firme` works end to end (refusals
exit 1 and write nothing). Synthetic people and credentials only."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.project.signoff import BEFORE_SIGNOFF, CLOSURE, VALIDATION
from antiviolenza_desktop.operations import project as project_operations
from antiviolenza_desktop.operations import project_signoff
from antiviolenza_desktop.reports.case_prints import project_print
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.services import projects
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import migrations_runner
from antiviolenza_desktop.store.unlock import open_with_password
from tests.funds_support import TODAY, new_case, validate_project, work_project
from tests.signoff_support import COLLEAGUE, add_colleague, sign_off
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD


def _to(database: Path, revision: str, *, down: bool) -> None:
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        store.engine.begin() as connection,
    ):
        config = migrations_runner._config(connection)
        (command.downgrade if down else command.upgrade)(config, revision)


def test_migration_0018_keeps_the_typed_approvers_and_goes_down(opened: OpenStore) -> None:
    case_id = new_case(opened, 81)
    validate_project(opened, case_id, work_project(100_000))
    database = opened.store.database
    opened.store.close()
    _to(database, "0016", down=True)
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        closing(store.raw_connection()) as connection,
    ):
        document = json.loads(
            connection.execute("SELECT document FROM project_revisions").fetchone()[0]
        )
        document["approvers"] = ["Assistente Prova", " ", "Orientatrice Prova"]
        connection.execute("UPDATE project_revisions SET document = ?", (json.dumps(document),))
        connection.commit()
    reopened = unlock(database, login=LOGIN, password=PASSWORD)  # migrates to the head
    try:
        with UnitOfWork(reopened.store, reopened.actor) as uow:
            revisions = projects.revisions_of(uow, case_id=case_id)
            printed = project_print(uow, case_id=case_id, today=TODAY)
        state = project_operations.read_project(reopened, case_id)
    finally:
        reopened.store.close()
    assert revisions[0].status == "validated"  # the document reads as before
    migrated = [s for s in state.signoffs if s.way == BEFORE_SIGNOFF]
    assert [(s.name, s.act, s.revision, s.signed_on_text) for s in migrated] == [
        ("Assistente Prova", VALIDATION, 1, TODAY.isoformat()),
        ("Orientatrice Prova", VALIDATION, 1, TODAY.isoformat()),
    ]
    assert printed is not None
    typed = [row for row in printed.approvals if "prima delle firme" in row.when]
    assert [row.name for row in typed] == ["Assistente Prova", "Orientatrice Prova"]
    assert typed[0].when == f"{TODAY:%d/%m/%Y} (nome scritto prima delle firme)"
    _to(database, "0016", down=True)
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        closing(store.raw_connection()) as connection,
    ):
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "project_signoffs" not in tables


def test_the_print_shows_who_approved_each_act_and_when(opened: OpenStore) -> None:
    case_id = new_case(opened, 82)
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    validate_project(opened, case_id, work_project(100_000))
    sign_off(opened, case_id, CLOSURE)
    with UnitOfWork(opened.store, opened.actor) as uow:
        printed = project_print(uow, case_id=case_id, today=TODAY)
    assert printed is not None
    rows = [(row.act, row.revision, row.name) for row in printed.approvals]
    assert rows == [
        ("Validazione del progetto", 1, "Coordinatrice Prova"),
        ("Validazione del progetto", 1, "Assistente Prova"),
        ("Chiusura del progetto", 1, "Coordinatrice Prova"),
        ("Chiusura del progetto", 1, "Assistente Prova"),
    ]
    when = datetime.strptime(printed.approvals[0].when, "%d/%m/%Y %H:%M").astimezone()
    assert abs((when - before).total_seconds()) < 300
    pdf = project_form_bytes(printed)
    assert pdf.startswith(b"%PDF")


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, int]:
    case_id = new_case(opened, 83)
    validate_project(opened, case_id, work_project(100_000))
    project_operations.save_draft(opened, case_id, work_project(120_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
        add_colleague(uow)
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return opened.store.database, code, case_id


def _casi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, Any]:
    code = main(["casi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def _signoff_rows(database: Path) -> list[tuple[object, ...]]:
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as opened,
        closing(opened.raw_connection()) as connection,
    ):
        return connection.execute("SELECT * FROM project_signoffs ORDER BY id").fetchall()


def test_cli_signs_a_revision_and_lists_the_signatures(  # type: ignore[no-untyped-def]
    store, capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    database, code, _case_id = store
    monkeypatch.setenv("ANTIVIOLENZA_SIGNER_PASSWORD", PASSWORD)
    done, signed = _casi(capsys, database, "firma", code.lower(), "--atto", "revisione")
    assert done == 0
    assert (signed["codice"], signed["atto"], signed["revisione"]) == (code, "revisione", 2)
    assert signed["nome"] == "Coordinatrice Prova"
    monkeypatch.delenv("ANTIVIOLENZA_SIGNER_PASSWORD")
    secret = tmp_path / "firma.txt"
    secret.write_text(OTHER_PASSWORD + "\n", encoding="utf-8")
    done, _ = _casi(
        capsys, database, "firma", code, "--atto", "revisione", "--firmataria", COLLEAGUE,
        "--password-firmataria-file", str(secret),
    )  # fmt: skip
    assert done == 0
    done, listing = _casi(capsys, database, "firme", code)
    assert done == 0
    names = [(f["revisione"], f["atto"], f["nome"]) for f in listing["firme"]]
    assert names[-2:] == [
        (2, "revisione", "Coordinatrice Prova"),
        (2, "revisione", "Assistente Prova"),
    ]
    assert names[:2] == [
        (1, "validazione", "Coordinatrice Prova"),
        (1, "validazione", "Assistente Prova"),
    ]


@pytest.mark.parametrize(
    ("args", "signer_password"),
    [
        (("--atto", "revisione"), "sbagliata-del-tutto"),  # wrong password
        (("--atto", "validazione"), PASSWORD),  # not the act the project waits for
        (("--atto", "revisione", "--firmataria", "nessuna.prova"), PASSWORD),  # unknown user
    ],
)
def test_cli_refusals_exit_1_and_write_nothing(  # type: ignore[no-untyped-def]
    store, capsys, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], signer_password: str
) -> None:
    database, code, _case_id = store
    monkeypatch.setenv("ANTIVIOLENZA_SIGNER_PASSWORD", signer_password)
    before = _signoff_rows(database)
    done = main(["casi", "firma", code, "--store", str(database), "--user", LOGIN, *args])
    assert done == 1
    assert capsys.readouterr().err.strip()
    assert _signoff_rows(database) == before


def test_the_same_door_refuses_a_second_signature(opened: OpenStore) -> None:
    case_id = new_case(opened, 84)
    validate_project(opened, case_id, work_project(100_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
    project_signoff.sign_by_code(opened, code, CLOSURE, LOGIN, PASSWORD)
    with pytest.raises(Exception, match="ha già firmato"):
        project_signoff.sign_by_code(opened, code, CLOSURE, LOGIN, PASSWORD)
