"""Period approval in the «Rete» area: the Ambito's periods box and the capofila's table.

- `AmbitoPeriodsBox` (on the Ambito's «Iscrizione e pacchetto» page): each submitted period
  with its state, the day and author of the capofila's decision and the reason of a send-back;
  «Sottometti un periodo…» opens the bundle export, whose «periodi» field submits them;
  «Importa le decisioni della capofila…» applies the signed decision file.
- `ProvincePeriodsView` (the capofila's «Approvazione dei periodi» tab): every Ambito's periods
  (Ambito, period, state, date, reason) and the decisions on the selected row: approve, send
  back with a reason, reopen; each writes the Ambito's decision file.

Everything runs through `operations.exchange_approval` on the background runner; the services
decide what is allowed (only the coordinator; the state machine), the buttons only ask.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.approval.states import Decision
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.exchange_approval import (
    Decided,
    ambito_periods,
    capofila_periods,
    decide_and_write,
    import_decision_file,
    suggested_decision_name,
)
from antiviolenza_desktop.services.approval_periods import PeriodRow
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table, mark_row
from antiviolenza_desktop.ui.formatting import format_local_day
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only

DECISION_FILTER = "Decisioni (*.avdecisioni)"


def state_text(state: str) -> str:
    return {
        "submitted": QCoreApplication.translate("PeriodApproval", "sottomesso, in attesa"),
        "approved": QCoreApplication.translate("PeriodApproval", "APPROVATO: bloccato"),
        "sent_back": QCoreApplication.translate("PeriodApproval", "rinviato all'Ambito"),
        "reopened": QCoreApplication.translate("PeriodApproval", "riaperto"),
    }.get(state, state)


def _decided_on(row: PeriodRow) -> str:
    if row.decided_at:
        return f"{format_local_day(row.decided_at)} ({row.decided_by})"
    return format_local_day(row.submitted_at)


class _PeriodsPanel(QWidget):
    """What both sides share: a table of periods read on the runner, a status line, errors."""

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self._generation = 0
        self.rows: list[PeriodRow] = []
        self.status = QLabel(wordWrap=True)
        self.empty = QLabel(wordWrap=True)
        self.error = ErrorLabel()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._generation += 1
        generation = self._generation

        def finished(result: Any) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                done(result)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.error.show_error(error_text(error))

        self.error.clear_error()
        self._runner.run(work, finished, failed)

    def _fill(self, table: QTableWidget, rows: list[PeriodRow], cells: list[list[str]]) -> None:
        self.rows = rows
        fill_table(table, cells)
        self.empty.setVisible(not rows)
        for index, row in enumerate(rows):
            if row.state in ("sent_back", "submitted"):
                mark_row(table, index)

    def clear(self) -> None:
        self._generation += 1
        self.rows = []
        self.status.clear()


class AmbitoPeriodsBox(_PeriodsPanel):
    submit_requested = Signal()

    def __init__(self, opened: OpenStore, runner: BackgroundRunner, writer: bool) -> None:
        super().__init__(opened, runner)
        self.table = compact_table(
            [self.tr("Periodo"), self.tr("Stato"), self.tr("Deciso il (da)"), self.tr("Motivo")],
            self.tr("Periodi sottomessi alla capofila"),
            stretch=3,
        )
        self.submit_button = writer_only(QPushButton(self.tr("&Sottometti un periodo…")), writer)
        self.import_button = writer_only(
            QPushButton(self.tr("Importa le &decisioni della capofila…")), writer
        )
        box = QGroupBox(self.tr("Approvazione dei periodi"))
        column = QVBoxLayout(box)
        column.addWidget(
            QLabel(
                self.tr(
                    "Un mese o un trimestre concluso si sottomette alla capofila con il "
                    "pacchetto. Un periodo approvato è bloccato: nessuna voce dei fondi, ora, "
                    "spesa, formazione o movimento della rete datata in esso si può registrare "
                    "finché la capofila non lo riapre."
                ),
                wordWrap=True,
            )
        )
        column.addWidget(self.empty)
        column.addWidget(self.table)
        column.addWidget(self.status)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.submit_button.clicked.connect(self.submit_requested)
        self.import_button.clicked.connect(self.choose_file)

    def refresh(self) -> None:
        opened = self._opened
        self._run(lambda: ambito_periods(opened), self.show_rows)

    def show_rows(self, rows: list[PeriodRow]) -> None:
        cells = [[r.period.label, state_text(r.state), _decided_on(r), r.reason] for r in rows]
        self._fill(self.table, rows, cells)
        self.empty.setText(self.tr("Nessun periodo sottomesso finora."))

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importa le decisioni della capofila"), str(Path.home()), DECISION_FILTER
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        opened = self._opened

        def applied(result: Any) -> None:
            self.status.setText(
                self.tr(
                    "File delle decisioni n. %1 applicato: %n periodi cambiati.",
                    "",
                    len(result.changed),
                ).replace("%1", str(result.sequence))
            )
            self.refresh()

        self._run(lambda: import_decision_file(opened, path), applied)


class ProvincePeriodsView(_PeriodsPanel):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner, writer: bool) -> None:
        super().__init__(opened, runner)
        self.names: dict[str, str] = {}
        headers = [self.tr("Ambito"), self.tr("Periodo"), self.tr("Stato"), self.tr("Data (da)")]
        headers.append(self.tr("Motivo"))
        self.table = compact_table(headers, self.tr("Periodi degli Ambiti"), stretch=4)
        self.approve_button = writer_only(QPushButton(self.tr("&Approva…")), writer)
        self.send_back_button = writer_only(QPushButton(self.tr("Ri&nvia all'Ambito…")), writer)
        self.reopen_button = writer_only(QPushButton(self.tr("Ria&pri…")), writer)
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(
                self.tr(
                    "I periodi che gli Ambiti sottomettono con i pacchetti. Ogni decisione "
                    "scrive il file delle decisioni firmato da consegnare all'Ambito, che lo "
                    "importa: solo allora il periodo approvato è bloccato nel suo archivio."
                ),
                wordWrap=True,
            )
        )
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.send_back_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.error)
        column.addWidget(self.empty)
        column.addWidget(self.table)
        column.addStretch(1)
        self.approve_button.clicked.connect(lambda: self.ask_and_decide("approve"))
        self.send_back_button.clicked.connect(lambda: self.ask_and_decide("send_back"))
        self.reopen_button.clicked.connect(lambda: self.ask_and_decide("reopen"))

    def refresh(self) -> None:
        opened = self._opened
        self._run(lambda: capofila_periods(opened), self.show_rows)

    def show_rows(self, rows: list[PeriodRow]) -> None:
        cells = [
            [
                self.names.get(r.ambito, r.ambito),
                r.period.label,
                state_text(r.state),
                _decided_on(r),
                r.reason,
            ]
            for r in rows
        ]
        self._fill(self.table, rows, cells)
        self.empty.setText(self.tr("Nessun Ambito ha ancora sottomesso un periodo."))

    def selected(self) -> PeriodRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen and self.rows else None

    def ask_and_decide(self, decision: Decision) -> None:
        row = self.selected()
        if row is None:
            self.error.show_error(self.tr("Seleziona nell'elenco il periodo su cui decidere."))
            return
        reason = ""
        if decision == "send_back":
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Rinvia all'Ambito"),
                self.tr("Motivo del rinvio (al massimo 200 caratteri):"),
            )
            if not ok:
                return
        name = suggested_decision_name(row.ambito, date.today())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva il file delle decisioni"), str(Path.home() / name), DECISION_FILTER
        )
        if chosen:
            self.decide(row, decision, Path(chosen), reason)

    def decide(self, row: PeriodRow, decision: Decision, path: Path, reason: str = "") -> None:
        opened = self._opened

        def decided(result: Decided) -> None:
            self.status.setText(
                self.tr("Periodo %1 dell'Ambito «%2»: %3. File delle decisioni scritto in %4.")
                .replace("%1", result.period.period.label)
                .replace("%2", self.names.get(row.ambito, row.ambito))
                .replace("%3", state_text(result.period.state))
                .replace("%4", str(result.path))
            )
            self.refresh()

        self._run(
            lambda: decide_and_write(
                opened,
                ambito=row.ambito,
                period=row.period,
                decision=decision,
                reason=reason,
                path=path,
            ),
            decided,
        )
