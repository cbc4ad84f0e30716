"""The installation's self-test (services/self_check and each layer's checks), run here from
the source tree: every check passes on a sound installation, a failing check is reported as
ERRORE without stopping the others, and each check fails on what it is there to catch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.exchange import self_check as exchange_checks
from antiviolenza_desktop.reports import self_check as report_checks
from antiviolenza_desktop.services import resources as resources_module
from antiviolenza_desktop.services import self_check
from antiviolenza_desktop.store import self_check as store_checks


def test_a_failing_check_is_reported_and_the_others_still_run() -> None:
    ran: list[str] = []

    def broken() -> str:
        ran.append("broken")
        raise ValueError("rotto")

    def sound() -> str:
        ran.append("sound")
        return "dettaglio"

    lines: list[str] = []
    passed = self_check.run_checks(
        (self_check.Check("prima", broken), self_check.Check("seconda", sound)), lines.append
    )
    assert passed is False
    assert ran == ["broken", "sound"]
    assert lines == [
        "ERRORE  prima: ValueError: rotto",
        "OK      seconda (dettaglio)",
        "Autodiagnosi NON superata.",
    ]


def test_all_passing_checks_pass() -> None:
    lines: list[str] = []
    assert self_check.run_checks((self_check.Check("una", lambda: None),), lines.append)
    assert lines == ["OK      una", "Autodiagnosi superata."]


@pytest.mark.parametrize(
    "check",
    [
        self_check.check_resources,
        self_check.check_municipalities,
        store_checks.check_migrations_head,
        store_checks.check_argon2id,
        self_check.check_throwaway_store,
        self_check.check_utf8_mode,
        exchange_checks.check_bundle_round_trip,
        report_checks.check_xlsx,
        report_checks.check_pdf_font,
    ],
)
def test_each_check_passes_on_this_installation(check) -> None:  # type: ignore[no-untyped-def]
    check()


def test_the_throwaway_store_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert self_check.check_throwaway_store().startswith("SQLCipher 4.")
    assert list(tmp_path.iterdir()) == []


def test_missing_resources_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources_module, "RESOURCE_ROOTS", (tmp_path,))
    with pytest.raises(FileNotFoundError, match=r"istat/comuni\.json.*antiviolenza_en\.qm"):
        self_check.check_resources()


def test_a_frozen_build_without_utf8_mode_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    flags = type("Flags", (), {"utf8_mode": 0})()
    monkeypatch.setattr("sys.flags", flags)
    with pytest.raises(RuntimeError, match="UTF-8"):
        self_check.check_utf8_mode()
    flags.utf8_mode = 1
    assert self_check.check_utf8_mode() == "attiva"


def test_migrations_not_reaching_the_expected_head_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_checks, "EXPECTED_HEAD", "0099")
    with pytest.raises(store_checks.SelfCheckFailed, match="attesa 0099"):
        store_checks.check_migrations_head()


def test_a_pdf_without_an_embedded_font_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_checks, "blank_referral_pdf", lambda: b"%PDF-1.4 /Helvetica")
    with pytest.raises(report_checks.ReportSelfCheckFailed, match="TrueType"):
        report_checks.check_pdf_font()
    monkeypatch.setattr(report_checks, "blank_referral_pdf", lambda: b"%PDF-1.4 /FontFile2 1 0 R")
    assert report_checks.check_pdf_font()


def test_cli_self_test_reports_every_check(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["self-test", "--json"])
    payload = json.loads(capsys.readouterr().out)
    lines = payload["checks"]
    names = [check.name for check in (*self_check.CHECKS, *exchange_checks.CHECKS)]
    names += [check.name for check in report_checks.CHECKS]
    assert len(lines) == len(names) + 1
    for name, line in zip(names, lines, strict=False):
        assert name in line and line.startswith("OK "), line
    assert lines[-1] == "Autodiagnosi superata."
    assert (code, payload["passed"]) == (0, True)
