"""The «Consensi» tab of a case: her consents with their state today, and the two writes
(«Registra consenso…», «Revoca…»).

It reads on the background runner when the case opens and after each write (the case was
opened, an audited read, before); answers for a case no longer shown are dropped. A withdrawn
consent stays in the list with its day: the register is never rewritten.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import Consent
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.case_consents import ConsentListing, read_consents
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.consent_dialogs import (
    ConsentDialog,
    WithdrawalDialog,
    describe,
    option_label,
)
from antiviolenza_desktop.ui.confirmations import ConfirmationLabel
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint


class CaseConsentsTab(QWidget):
    """`changed` after a consent or a withdrawal of hers was written."""

    changed = Signal()

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.listing: ConsentListing | None = None
        self._generation = 0
        self.summary = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("N."),
                self.tr("Finalità"),
                self.tr("Dato il"),
                self.tr("Raccolto come"),
                self.tr("Registrato da"),
                self.tr("Stato oggi"),
            ]
        )
        self.table.setAccessibleName(self.tr("Consensi della donna"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Registra consenso…"))
        self.withdraw_button = QPushButton(self.tr("Re&voca…"))
        self.confirmation = ConfirmationLabel()
        self._lay_out()
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.table.itemSelectionChanged.connect(self._sync)
        self._sync()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint(
                self.tr(
                    "Ogni consenso ha una finalità, il giorno e il modo in cui è stato raccolto. "
                    "Una revoca si aggiunge al registro: il consenso resta visibile, revocato."
                )
            ),
            1,
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.confirmation)

    def load(self, case_id: int) -> None:
        if self.listing is None or self.listing.case_id != case_id:
            self.confirmation.clear_confirmation()
        self._generation += 1
        generation, opened = self._generation, self._opened
        self.summary.setText(self.tr("Lettura dei consensi…"))

        def show(listing: ConsentListing) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_listing(listing)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.summary.setText(error_text(error))

        self._runner.run(lambda: read_consents(opened, case_id), show, failed)

    def show_listing(self, listing: ConsentListing) -> None:
        self.listing = listing
        self.table.setRowCount(len(listing.consents))
        for row, consent in enumerate(listing.consents):
            for column, text in enumerate(self._cells(consent, listing)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        in_force = [c for c in listing.consents if c.state_on(listing.day) == rules.IN_FORCE]
        self.summary.setText(
            self.tr("Consensi in vigore oggi: %1 su %2 registrati.")
            .replace("%1", str(len(in_force)))
            .replace("%2", str(len(listing.consents)))
            if listing.consents
            else self.tr("Nessun consenso registrato: registra quello alla presa in carico.")
        )
        self._sync()

    def _cells(self, consent: Consent, listing: ConsentListing) -> list[str]:
        state = option_label(rules.STATE_LABELS[consent.state_on(listing.day)])
        if consent.withdrawn_on is not None:
            state = self.tr("%1 il %2").replace("%1", state)
            state = state.replace("%2", format_date(consent.withdrawn_on))
        return [
            str(consent.id),
            describe(consent),
            format_date(consent.given_on),
            option_label(rules.label_of(rules.WAYS, consent.way)),
            consent.recorded_by or "—",
            state,
        ]

    def selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        if self.listing is None or not rows:
            return None
        return self.listing.consents[rows[0].row()]

    def _sync(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.listing is not None)
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawn_on is None)

    def add(self) -> ConsentDialog | None:
        if self.listing is None:
            return None
        listing = self.listing
        dialog = ConsentDialog(self._opened, self._runner, listing.case_id, listing.code, self)
        dialog.written.connect(lambda _n: self._written(self.tr("Consenso registrato.")))
        dialog.open()
        return dialog

    def withdraw(self) -> WithdrawalDialog | None:
        chosen = self.selected()
        if self.listing is None or chosen is None or chosen.withdrawn_on is not None:
            return None
        dialog = WithdrawalDialog(self._opened, self._runner, self.listing.case_id, chosen, self)
        dialog.written.connect(lambda _n: self._written(self.tr("Revoca registrata.")))
        dialog.open()
        return dialog

    def _written(self, text: str) -> None:
        self.confirmation.confirm(text)
        if self.listing is not None:
            self.load(self.listing.case_id)
        self.changed.emit()

    def set_writable(self, writable: bool) -> None:
        """An erased case shows no consents and offers no writes."""
        self.add_button.setVisible(writable)
        self.withdraw_button.setVisible(writable)

    def clear(self) -> None:
        """Forget her (the store is locking or another case opens)."""
        self.listing = None
        self._generation += 1
        self.confirmation.clear_confirmation()
        self.table.setRowCount(0)
        self.summary.clear()
        self._sync()
