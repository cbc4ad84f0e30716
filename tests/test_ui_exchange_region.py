"""The GUI's two ends of the regional roll-up: the enrolment dialogs (Region issues, capofila
accepts, Region registers), the capofila's «Esporta per la Regione…» and the Region's «Rete»
area, which shows the provinces merged and the regional totals.

A real province (one Ambito, two synthetic women, merged at the capofila) and a regional store
that enrolled the capofila. The capofila exports from its provincial view; the Region imports
the file from its view and shows exactly the capofila's figures; an Ambito's bundle offered to
the Region is refused with its own message and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.exchange.hierarchy import AmbitoBundleAtRegion
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.province_view import ProvinceView
from antiviolenza_desktop.ui.exchange.region_dialogs import (
    IssueProvinceDialog,
    RegisterProvinceKeyDialog,
)
from antiviolenza_desktop.ui.exchange.view import ExchangeView
from antiviolenza_desktop.ui.exchange.widgets import table_texts
from tests.exchange_merge_support import export, merge, row_counts, woman
from tests.exchange_stores import Network, enrolled_network
from tests.provincia_support import commit, commitment
from tests.region_support import enrol_capofila, new_region

WAIT = 20_000


@dataclass
class Stores:
    network: Network
    region: OpenStore
    ambito_bundle: Path


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Stores]:
    network = enrolled_network(tmp_path, ("cremonese",))
    cremonese = network.ambiti["cremonese"]
    woman(cremonese, 21, active=150_000)
    woman(cremonese, 31, active=80_000, passive=20_000)
    ambito_bundle = tmp_path / "ambito.avbundle"
    ambito_bundle.write_bytes(export(cremonese))
    merge(network.capofila, ambito_bundle.read_bytes())
    region = new_region(tmp_path)
    yield Stores(network, region, ambito_bundle)
    region.store.close()
    network.close()


def _region_view(qtbot: QtBot, stores: Stores, runner: BackgroundRunner) -> ExchangeView:
    widget = ExchangeView(stores.region, runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.region.totals is not None, timeout=WAIT)
    return widget


def test_the_region_enrols_the_capofila_through_the_dialogs(
    qtbot: QtBot, stores: Stores, runner: BackgroundRunner, tmp_path: Path
) -> None:
    region = _region_view(qtbot, stores, runner)
    issue = region.region.open_dialog(IssueProvinceDialog)
    assert isinstance(issue, IssueProvinceDialog)
    assert issue.ambito.currentData() == "cremona"
    names = [issue.ambito.itemText(i) for i in range(issue.ambito.count())]
    assert "Monza e Brianza" in names and "Cremona" in names
    enrolment_file = tmp_path / "iscrizione-regione.json"
    issue.file.set_path(enrolment_file)
    issue.save_button.click()
    qtbot.waitUntil(lambda: bool(issue.code), timeout=WAIT)
    issue.reject()

    capofila = ExchangeView(stores.network.capofila, runner)
    qtbot.addWidget(capofila)
    capofila.refresh()
    qtbot.waitUntil(lambda: capofila.state is not None, timeout=WAIT)
    accept = capofila.open_accept_region()
    accept.file.set_path(enrolment_file)
    accept.code.setText(issue.code)
    accept.save_button.click()
    qtbot.waitUntil(lambda: accept.accepted_enrolment is not None, timeout=WAIT)
    assert accept.accepted_enrolment is not None
    spoken = accept.accepted_enrolment.enrolment.fingerprint
    assert "provincia «cremona»" in dialog_text(accept)
    key_file = tmp_path / "chiave-capofila.json"
    accept.key_file.set_path(key_file)
    accept.save_key_button.click()
    qtbot.waitUntil(accept.key_saved.isVisible, timeout=WAIT)
    accept.reject()

    register = region.region.open_dialog(RegisterProvinceKeyDialog)
    assert isinstance(register, RegisterProvinceKeyDialog)
    register.file.set_path(key_file)
    register.fingerprint.setText("1" * 30)
    register.save_button.click()
    qtbot.waitUntil(register.fields["fingerprint"][1].isVisible, timeout=WAIT)
    register.fingerprint.setText(spoken)
    with qtbot.waitSignal(register.written, timeout=WAIT):
        register.save_button.click()
    with UnitOfWork(stores.region.store, stores.region.actor) as uow:
        assert [s.ambito for s in records.senders(uow)] == ["cremona"]
    register.reject()  # the keys are read again: the new key is listed
    qtbot.waitUntil(lambda: region.region.senders.table.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


def dialog_text(dialog: QWidget) -> str:
    """Every label of the dialog, as one text."""
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_capofila_exports_and_the_region_shows_its_figures(
    qtbot: QtBot, stores: Stores, runner: BackgroundRunner, tmp_path: Path
) -> None:
    enrol_capofila(stores.region, stores.network.capofila)
    commit(stores.network.capofila, commitment(amount=120_000))  # the Provincia's register
    province = ProvinceView(stores.network.capofila, runner)
    qtbot.addWidget(province)
    target = tmp_path / "provincia.avbundle"
    province.export_for_region(target)
    qtbot.waitUntil(lambda: target.exists() and "n. 1" in province.status.text(), timeout=WAIT)
    assert province.region_button.text() == "Esporta per la &Regione…"

    widget = _region_view(qtbot, stores, runner)
    assert widget.status.text() == "Regione"
    assert (
        table_texts(widget.region.provinces_table)[0][4]
        == "DA AGGIORNARE: nessun pacchetto ricevuto"
    )
    widget.region.import_files([target])
    qtbot.waitUntil(
        lambda: (
            widget.region.totals is not None and widget.region.totals.provinces[0].sequence == 1
        ),
        timeout=WAIT,
    )
    [row] = table_texts(widget.region.provinces_table)
    assert (row[0], row[1], row[3], row[4]) == ("cremona", "n. 1", "1 su 3", "aggiornato")
    assert widget.region.women.text().startswith("Donne: 2 (0 senza consenso")
    # the figures the CLI's `region totals` prints, in the GUI too
    assert "(0 in più Ambiti della stessa provincia; massimali per donna superati: 0)" in (
        widget.region.women.text()
    )
    funds = {r[0]: r[1:] for r in table_texts(widget.region.funds_table)}
    # the active fund as the capofila counts it, the Provincia's register (docs/provincia.md);
    # the passive fund as the Ambito's sum
    assert {"€ 1.200,00", "€ 200,00"} <= {committed for committed, _ in funds.values()}
    # what the Provincia's register adds, as the import checked it
    assert widget.region.provincia.text().startswith(
        "Di cui dal registro della Provincia: impegnato € 1.200,00, erogato € 0,00"
    )


def test_an_ambito_bundle_at_the_region_is_refused_in_words(
    qtbot: QtBot, stores: Stores, runner: BackgroundRunner
) -> None:
    widget = _region_view(qtbot, stores, runner)
    before = row_counts(stores.region)
    widget.region.import_files([stores.ambito_bundle])
    qtbot.waitUntil(lambda: widget.region.error.isVisible(), timeout=WAIT)
    assert widget.region.error.text() == AmbitoBundleAtRegion().message
    assert row_counts(stores.region) == before


def test_the_region_lists_and_revokes_a_capofila_key(
    qtbot: QtBot, stores: Stores, runner: BackgroundRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    enrol_capofila(stores.region, stores.network.capofila)
    widget = _region_view(qtbot, stores, runner)
    panel = widget.region.senders
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert panel.table.horizontalHeaderItem(0).text() == "Provincia"
    assert table_texts(panel.table)[0][0] == "cremona"
    assert table_texts(panel.table)[0][4] == "attiva"
    before = row_counts(stores.region)
    panel.revoke_selected()
    assert widget.region.error.text() == "Seleziona nell'elenco la chiave da revocare."
    panel.table.selectRow(0)
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.revoke_selected()
    assert row_counts(stores.region) == before
    assert "capofila della provincia «cremona»" in questions[0]
    panel.revoke_selected()
    qtbot.waitUntil(lambda: table_texts(panel.table)[0][4].startswith("REVOCATA"), timeout=WAIT)
    with UnitOfWork(stores.region.store, stores.region.actor) as uow:
        assert records.senders(uow)[0].revoked_at is not None


def test_a_regional_store_opens_on_rete_with_no_cases_or_funds_areas(
    qtbot: QtBot, stores: Stores, runner: BackgroundRunner, tmp_path: Path
) -> None:
    """The Region keeps no cases and no funds: its workspace offers only «Rete», opened first."""
    from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
    from antiviolenza_desktop.ui.session.store_session import StoreSession
    from antiviolenza_desktop.ui.workspace import Workspace

    assert StoreSession(tmp_path / "regione.avdb", runner).regional
    assert not StoreSession(tmp_path / "capofila.avdb", runner).regional
    workspace = Workspace(stores.region, ClipboardGuard(), runner, regional=True)
    qtbot.addWidget(workspace)
    shown = [
        workspace.nav.item(row).text()
        for row in range(workspace.nav.count())
        if not workspace.nav.item(row).isHidden()
    ]
    assert shown == ["Rete"]
    assert workspace.areas.currentWidget() is workspace.network
    qtbot.waitUntil(lambda: workspace.network.region.totals is not None, timeout=WAIT)
    runner.wait(10_000)
