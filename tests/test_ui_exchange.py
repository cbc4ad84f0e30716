"""The «Rete» area: enrolment by phone, export, dry run and merge, driven through the widgets.

Real encrypted stores at the KDF floor (tests/exchange_stores.py), the real background runner,
no sleeps: every step waits for what the window shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services import exchange_snapshots as kept
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.bundle_import import ImportDialog
from antiviolenza_desktop.ui.exchange.view import ExchangeView
from antiviolenza_desktop.ui.exchange.widgets import table_texts
from tests.exchange_stores import Network, enrolled_network, make_store

WAIT = 20_000


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Network]:
    """A capofila store and the Cremonese store, not yet enrolled."""
    network = Network(make_store(tmp_path, "capofila"))
    network.ambiti["cremonese"] = make_store(tmp_path, "cremonese")
    yield network
    network.close()


@pytest.fixture
def enrolled(tmp_path: Path) -> Iterator[Network]:
    network = enrolled_network(tmp_path)
    yield network
    network.close()


def view_of(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> ExchangeView:
    view = ExchangeView(opened, runner)
    qtbot.addWidget(view)
    view.resize(1180, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.state is not None, timeout=WAIT)
    return view


def senders(capofila: OpenStore) -> list[records.SenderKey]:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return records.senders(uow)


def export_file(qtbot: QtBot, view: ExchangeView, path: Path) -> None:
    dialog = view.open_export()
    dialog.file.set_path(path)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.bundle is not None, timeout=WAIT)


def test_enrolment_issue_accept_register_with_a_wrong_then_the_right_fingerprint(
    qtbot: QtBot, pair: Network, runner: BackgroundRunner, tmp_path: Path
) -> None:
    capofila = view_of(qtbot, pair.capofila, runner)
    ambito = view_of(qtbot, pair.ambiti["cremonese"], runner)
    assert capofila.stack.currentIndex() == 1 and ambito.stack.currentIndex() == 2
    assert (
        ambito.ambito_page.not_enrolled.isVisible()
        and not ambito.ambito_page.export_button.isEnabled()
    )

    issue = capofila.open_issue()
    issue.ambito.setCurrentIndex(issue.ambito.findData("cremonese"))
    enrolment_file = tmp_path / "iscrizione.json"
    issue.file.set_path(enrolment_file)
    issue.save_button.click()
    qtbot.waitUntil(lambda: bool(issue.code), timeout=WAIT)
    assert enrolment_file.exists()
    assert issue.code_display.groups == tuple(issue.code.split("-"))
    assert len(issue.code_display.groups) == 4
    assert not issue.save_button.isVisible()
    issue.reject()

    accept = ambito.open_accept()
    accept.file.set_path(enrolment_file)
    groups = issue.code.split("-")
    groups[1] = ("B" if groups[1][0] != "B" else "C") + groups[1][1:]
    accept.code.setText("-".join(groups))  # a misheard character in the second group
    accept.save_button.click()
    problem = accept.fields["code"][1]
    qtbot.waitUntil(problem.isVisible, timeout=WAIT)
    assert "2" in problem.text()
    accept.code.setText(issue.code.lower())
    accept.save_button.click()
    qtbot.waitUntil(lambda: accept.accepted_enrolment is not None, timeout=WAIT)
    spoken = accept.accepted_enrolment.enrolment.fingerprint
    assert accept.fingerprint_display.groups == tuple(spoken.split())
    key_file = tmp_path / "chiave.json"
    accept.key_file.set_path(key_file)
    accept.save_key_button.click()
    qtbot.waitUntil(accept.key_saved.isVisible, timeout=WAIT)
    assert key_file.exists()
    accept.reject()
    qtbot.waitUntil(lambda: ambito.ambito_page.export_button.isEnabled(), timeout=WAIT)
    assert ambito.ambito_page.fingerprint.groups == tuple(spoken.split())

    register = capofila.open_register()
    register.file.set_path(key_file)
    assert "cremonese" in register.key_info.text()
    groups = spoken.split()
    wrong = " ".join([groups[0][:-1] + str((int(groups[0][-1]) + 1) % 10), *groups[1:]])
    register.fingerprint.setText(wrong)
    register.save_button.click()
    refusal = register.fields["fingerprint"][1]
    qtbot.waitUntil(refusal.isVisible, timeout=WAIT)
    assert "non corrisponde" in refusal.text() or "impronta" in refusal.text().lower()
    assert senders(pair.capofila) == []
    register.fingerprint.setText(spoken)
    with qtbot.waitSignal(register.written, timeout=WAIT):
        register.save_button.click()
    assert [s.ambito for s in senders(pair.capofila)] == ["cremonese"]
    qtbot.waitUntil(lambda: capofila.senders.table.rowCount() == 1, timeout=WAIT)
    assert table_texts(capofila.senders.table)[0][4] == "attiva"


def test_revoking_a_key_asks_first_and_marks_it(
    qtbot: QtBot,
    enrolled: Network,
    runner: BackgroundRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = view_of(qtbot, enrolled.capofila, runner)
    view.senders.table.selectRow(0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    view.senders.revoke_selected()
    assert senders(enrolled.capofila)[0].revoked_at is None
    view.senders.revoke_selected()
    qtbot.waitUntil(lambda: senders(enrolled.capofila)[0].revoked_at is not None, timeout=WAIT)
    qtbot.waitUntil(
        lambda: table_texts(view.senders.table)[0][4].startswith("REVOCATA"), timeout=WAIT
    )


def test_the_public_key_is_saved_again_but_never_over_a_file(
    qtbot: QtBot, enrolled: Network, runner: BackgroundRunner, tmp_path: Path
) -> None:
    view = view_of(qtbot, enrolled.ambiti["cremonese"], runner)
    target = tmp_path / "chiave.json"
    view.save_key_file(target)
    qtbot.waitUntil(lambda: "chiave.json" in view.status.text(), timeout=WAIT)
    written = target.read_bytes()
    assert b"cremonese" in written
    view.save_key_file(target)
    qtbot.waitUntil(lambda: bool(view.error.text()), timeout=WAIT)
    assert target.read_bytes() == written


def test_the_export_dialog_writes_a_bundle_named_by_ambito_and_day(
    qtbot: QtBot, enrolled: Network, runner: BackgroundRunner, tmp_path: Path
) -> None:
    view = view_of(qtbot, enrolled.ambiti["cremonese"], runner)
    dialog = view.open_export()
    assert dialog.file.path().name.startswith("pacchetto-cremonese-")
    assert dialog.file.path().suffix == ".avbundle"
    target = tmp_path / "uscita.avbundle"
    dialog.file.set_path(target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.bundle is not None, timeout=WAIT)
    assert target.read_bytes() == dialog.bundle.data
    assert target.read_bytes().startswith(b"AVBUNDLE")
    assert dialog.bundle.sequence == 1
    assert "Donne: 0" in dialog.summary.text()
    dialog.reject()
    qtbot.waitUntil(lambda: "n. 2" in view.ambito_page.export_state.text(), timeout=WAIT)

    again = view.open_export()
    again.file.set_path(target)
    again.save_button.click()
    qtbot.waitUntil(again.error.isVisible, timeout=WAIT)
    assert "esiste già" in again.error.text()


def test_import_shows_the_dry_run_and_merges_only_after_confirmation(
    qtbot: QtBot,
    enrolled: Network,
    runner: BackgroundRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ambito = view_of(qtbot, enrolled.ambiti["cremonese"], runner)
    bundle = tmp_path / "cremonese.avbundle"
    export_file(qtbot, ambito, bundle)
    garbage = tmp_path / "altro.avbundle"
    garbage.write_bytes(b"non un pacchetto" * 10)
    capofila = view_of(qtbot, enrolled.capofila, runner)
    dialog = capofila.open_import()
    assert isinstance(dialog, ImportDialog)
    dialog.check([bundle, garbage])
    qtbot.waitUntil(lambda: len(dialog.previews) == 2, timeout=WAIT)
    good, bad = dialog.previews
    assert good.preview is not None and good.preview.report.sequence_after == 1
    assert bad.error is not None and "Rifiutato" not in dialog.status.text()
    assert "da unire 1, rifiutati 1" in dialog.status.text()
    assert dialog.merge_button.isEnabled()

    def kept_count() -> int:
        with UnitOfWork(enrolled.capofila.store, enrolled.capofila.actor) as uow:
            return len(kept.newest_snapshots(uow))

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    dialog.merge_button.click()
    assert kept_count() == 0 and dialog.outcomes == []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.merged, timeout=WAIT):
        dialog.merge_button.click()
    assert kept_count() == 1
    assert [o.merged for o in dialog.outcomes] == [True]
    assert "Unito il pacchetto n. 1" in dialog.status.text()

    dialog.check([bundle])
    qtbot.waitUntil(lambda: len(dialog.previews) == 1, timeout=WAIT)
    assert dialog.previews[0].preview is not None
    assert dialog.previews[0].preview.already_imported
    assert not dialog.merge_button.isEnabled()


def test_summary_lines_translate_the_fund_and_line_labels_they_carry(qapp) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.domain.exchange.bundle_summaries import EXPORT_FUND, EXPORT_LINE
    from antiviolenza_desktop.domain.messages import VOCABULARY
    from antiviolenza_desktop.ui.messages import message_text

    fund = EXPORT_FUND(fund="Fondo politiche attive", committed="€ 1,00", disbursed="€ 0,00")
    assert message_text(fund) == "Fondo politiche attive: impegnati € 1,00, erogati € 0,00."
    line = EXPORT_LINE(line="linea 2 (autonomia abitativa)", women=1)
    assert message_text(line) == "Donne della linea 2 (autonomia abitativa): 1."
    assert ("fund", VOCABULARY) in EXPORT_FUND.labels and ("line", VOCABULARY) in EXPORT_LINE.labels
