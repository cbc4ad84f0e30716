"""`antiviolenza casi stampa-progetto|stampa-scheda CODICE --pdf OUT` end to end on a real
store: the same PDF, in content, as the GUI's «Stampa → Salva in PDF…» writes for the same
case; written privately, never over a file unless --sovrascrivi; each refusal writes
nothing, records no print and leaves an existing file as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.operations import case_prints
from antiviolenza_desktop.operations.case_consents import case_id_of
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui import print_menu
from antiviolenza_desktop.ui.background import BackgroundRunner
from tests.case_cli_support import audit_actions, casi, closed_store, data_state, two_cases
from tests.support import LOGIN, PASSWORD


def _pages(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, tuple[str, str]]:
    return closed_store(opened, monkeypatch)


@pytest.mark.parametrize(
    ("action", "form", "stem"),
    [
        ("stampa-progetto", case_prints.PROJECT, "Progetto"),
        ("stampa-scheda", case_prints.REFERRAL, "Scheda di segnalazione"),
    ],
)
def test_the_cli_pdf_is_the_gui_s(  # type: ignore[no-untyped-def]
    qtbot, opened, monkeypatch, tmp_path, capsys, action, form, stem
) -> None:
    code = two_cases(opened)[0]
    saved: list[object] = []
    monkeypatch.setattr(print_menu.QDesktopServices, "openUrl", saved.append)
    button = print_menu.PrintButton(opened, BackgroundRunner(), lambda: None)
    qtbot.addWidget(button)
    from_gui = tmp_path / "gui.pdf"
    button.save(from_gui, form, case_id_of(opened, code))
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    from_cli = tmp_path / "cli.pdf"
    status, done = casi(capsys, opened.store.database, action, code, "--pdf", str(from_cli))
    assert status == 0 and done == {
        "ok": True, "codice": code, "modulo": form, "pdf": str(from_cli),
    }  # fmt: skip
    pages = _pages(from_cli)
    assert pages == _pages(from_gui) and stem in pages[0]
    assert from_cli.stat().st_mode & 0o777 == 0o600
    printed = [json.loads(d) for _a, d in audit_actions(opened.store.database, "lettura.stampa")]
    assert printed == [{"codice": code, "modulo": form}] * 2


def test_an_existing_file_is_kept_unless_sovrascrivi(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database, (code, _other) = store
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "progetto.pdf"
    target.write_bytes(b"not a pdf yet")
    before = data_state(database)
    status, refused = casi(capsys, database, "stampa-progetto", code, "--pdf", str(target))
    assert status == 1 and refused["code"] == "modulo_esistente"
    assert target.read_bytes() == b"not a pdf yet"
    assert data_state(database) == before
    assert audit_actions(database, "lettura.stampa") == []
    args = ["stampa-progetto", code, "--pdf", str(target), "--sovrascrivi"]
    assert casi(capsys, database, *args)[0] == 0
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["progetto.pdf"]


def test_a_woman_without_a_project_gets_no_file(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database, (_code, without) = store
    target = tmp_path / "out" / "progetto.pdf"
    target.parent.mkdir()
    before = data_state(database)
    status, refused = casi(capsys, database, "stampa-progetto", without, "--pdf", str(target))
    assert status == 1 and refused["code"] == "niente_da_stampare"
    assert list(target.parent.iterdir()) == []
    assert data_state(database) == before
    assert audit_actions(database, "lettura.stampa") == []


@pytest.mark.parametrize("where", ["missing/progetto.pdf", "case"])
def test_an_unknown_case_or_folder_writes_nothing(store, capsys, tmp_path, where) -> None:  # type: ignore[no-untyped-def]
    database, (code, _other) = store
    target = tmp_path / where
    asked = "CRE-1999-0001" if where == "case" else code
    before = data_state(database)
    status, refused = casi(capsys, database, "stampa-progetto", asked, "--pdf", str(target))
    assert status == 1
    expected = "scheda_inesistente" if where == "case" else "modulo_cartella_mancante"
    assert refused["code"] == expected
    assert not target.exists() and data_state(database) == before
    assert audit_actions(database, "lettura.stampa") == []


def test_the_plain_output_says_where(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database, (code, _other) = store
    target = tmp_path / "scheda.pdf"
    args = ["casi", "stampa-scheda", code.lower(), "--pdf", str(target)]
    assert main([*args, "--store", str(database), "--user", LOGIN]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Scheda di segnalazione del caso {code} salvata in {target}."
    )
