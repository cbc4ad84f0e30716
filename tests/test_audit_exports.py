"""Exports with per-woman rows are reads of every woman they name: the financial report
(annex and ledger sheet) and the ledger CSV each leave one audit entry with the count and the
case codes, no name; the audit log's own CSV and `antiviolenza audit list|export` show them."""

from __future__ import annotations

import csv
import io
import json
import shutil
import stat
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.audit.actions import READ_EXPORT
from antiviolenza_desktop.reports.audit_csv import AUDIT_COLUMNS
from antiviolenza_desktop.reports.financial_report_data import financial_report
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.financial_report_support import Woman, build_report_store, open_new_store
from tests.funds_support import TODAY
from tests.support import LOGIN, PASSWORD


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Woman]]:
    folder = tmp_path_factory.mktemp("template")
    opened = open_new_store(folder)
    try:
        women = build_report_store(opened)
    finally:
        opened.store.close()
    return folder, women


@pytest.fixture
def store(
    template: tuple[Path, list[Woman]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[Woman]]:
    folder, women = template
    target = tmp_path / "store"
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.lock"))
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return target / "archivio.avdb", women


def _cli(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args[:2], "--store", str(database), "--user", LOGIN, *args[2:], "--json"])
    return code, json.loads(capsys.readouterr().out)


def _exports(database: Path) -> list[dict]:  # type: ignore[type-arg]
    """The details of every export entry; the chain still verifies."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        assert audit.verify(opened.store).intact
        with closing(opened.store.raw_connection()) as connection:
            rows = connection.execute(
                "SELECT details FROM audit_log WHERE action = ? ORDER BY seq", (READ_EXPORT,)
            ).fetchall()
        return [json.loads(row[0]) for row in rows]
    finally:
        opened.store.close()


def _no_names(text: str, women: list[Woman]) -> None:
    for woman in women:
        for part in (woman.first_name, woman.last_name, woman.codice_fiscale):
            assert part not in text


def test_financial_report_records_the_women_of_its_annex(store) -> None:  # type: ignore[no-untyped-def]
    database, women = store
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            financial_report(uow, today=TODAY, with_ledger=True)
    finally:
        opened.store.close()
    [entry] = _exports(database)
    codes = sorted(w.code for w in women)
    assert entry == {"esportazione": "rendiconto", "casi": 3, "codici": codes}


def test_ledger_csv_export_records_its_women(store, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, women = store
    code, _payload = _cli(capsys, database, "fondi", "registro", "--csv", str(tmp_path / "r.csv"))
    assert code == 0
    [entry] = _exports(database)
    assert entry == {
        "esportazione": "registro_fondi",
        "casi": 3,
        "codici": sorted(w.code for w in women),
    }


def test_audit_list_and_csv_export_by_case_code(store, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, women = store
    target = women[0].code
    code, payload = _cli(capsys, database, "audit", "list", "--caso", target.lower())
    assert code == 0
    actions = [row["azione"] for row in payload["voci"]]
    assert "caso.creato" in actions and "progetto.validato" in actions
    assert all(target in row["codici"] for row in payload["voci"])
    _cli(capsys, database, "fondi", "registro", "--csv", str(tmp_path / "registro.csv"))
    path = tmp_path / "registro-operazioni.csv"
    code, payload = _cli(
        capsys, database, "audit", "export", "--csv", str(path), "--azione", "letture"
    )
    assert (code, payload["voci"]) == (0, 1)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and stat.S_IMODE(path.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == AUDIT_COLUMNS
    [exported] = rows[1:]
    assert exported[2:5] == [LOGIN, "lettura", "Dati esportati"]
    assert exported[5] == ", ".join(sorted(w.code for w in women))
    _no_names(raw.decode("utf-8-sig"), women)
    before = path.read_bytes()
    code, payload = _cli(capsys, database, "audit", "export", "--csv", str(path))
    assert (code, payload["code"]) == (1, "esportazione_esistente") and path.read_bytes() == before


def test_audit_filters_refuse_a_reversed_period_and_a_bad_date(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    today, yesterday = TODAY.strftime("%d/%m/%Y"), (TODAY - timedelta(days=1)).strftime("%d/%m/%Y")
    code, payload = _cli(capsys, database, "audit", "list", "--dal", today, "--al", yesterday)
    assert (code, payload["code"]) == (1, "registro_periodo_rovesciato")
    code, payload = _cli(capsys, database, "audit", "list", "--dal", "31/02/2026")
    assert (code, payload["code"]) == (1, "data_non_leggibile")
    code, payload = _cli(capsys, database, "audit", "list", "--dal", today, "--al", today)
    assert code == 0 and payload["trovate"] > 0
    future = (date.today() + timedelta(days=2)).strftime("%d/%m/%Y")
    code, payload = _cli(capsys, database, "audit", "list", "--dal", future)
    assert (code, payload["trovate"]) == (0, 0)


def test_a_bundle_export_records_how_many_women_it_carries(tmp_path: Path) -> None:
    from tests.exchange_merge_support import export, woman
    from tests.exchange_stores import enrolled_network

    network = enrolled_network(tmp_path)
    ambito = network.ambiti["cremonese"]
    try:
        woman(ambito, 21)
        woman(ambito, 22)
        export(ambito)
        with closing(ambito.store.raw_connection()) as connection:
            [(details,)] = connection.execute(
                "SELECT details FROM audit_log WHERE action = 'scambio.pacchetto_esportato'"
            ).fetchall()
    finally:
        network.close()
    assert json.loads(details)["casi"] == 2
