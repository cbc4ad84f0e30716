"""The «Invii» tab of a case: her referrals to other services with their status, and the two
writes («Registra invio…», «Cambia stato…»).

It reads on the background runner when the case opens and after each write (the case was
opened, an audited read, before); answers for a case no longer shown are dropped. A status
change adds to the referral's history: the table shows the current status and its day, the
tooltip of a row the whole history.
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

from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import Referral
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.operations.case_referrals import ReferralListing, read_referrals
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.consent_dialogs import kind_label
from antiviolenza_desktop.ui.case.referral_dialogs import ReferralDialog, StatusDialog
from antiviolenza_desktop.ui.case.referral_words import service_text, status_label, status_text
from antiviolenza_desktop.ui.confirmations import ConfirmationLabel
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint


class CaseReferralsTab(QWidget):
    """`changed` after a referral or a status of hers was written."""

    changed = Signal()

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.listing: ReferralListing | None = None
        self._generation = 0
        self.summary = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("N."),
                self.tr("Servizio"),
                self.tr("Inviata il"),
                self.tr("Inviata da"),
                self.tr("Stato"),
                self.tr("Motivo del rifiuto"),
                self.tr("Consenso n."),
            ]
        )
        self.table.setAccessibleName(self.tr("Invii della donna ai servizi"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Registra invio…"))
        self.status_button = QPushButton(self.tr("Cambia s&tato…"))
        self.confirmation = ConfirmationLabel()
        self._lay_out()
        self.add_button.clicked.connect(self.add)
        self.status_button.clicked.connect(self.change_status)
        self.table.itemSelectionChanged.connect(self._sync)
        self._sync()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint(
                self.tr(
                    "Ogni invio nomina il servizio e il consenso che lo copre. Lo stato va da "
                    "inviata ad accolta o rifiutata (con il motivo), poi da accolta a conclusa."
                )
            ),
            1,
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.status_button)
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
        self.summary.setText(self.tr("Lettura degli invii…"))

        def show(listing: ReferralListing) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_listing(listing)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.summary.setText(error_text(error))

        self._runner.run(lambda: read_referrals(opened, case_id), show, failed)

    def show_listing(self, listing: ReferralListing) -> None:
        self.listing = listing
        self.table.setRowCount(len(listing.referrals))
        for row, referral in enumerate(listing.referrals):
            history = self._history(referral)
            for column, text in enumerate(self._cells(referral)):
                item = QTableWidgetItem(text)
                item.setToolTip(history)
                self.table.setItem(row, column, item)
        waiting = [r for r in listing.referrals if r.status == rules.SENT]
        self.summary.setText(
            self.tr("Invii registrati: %1, in attesa di risposta: %2.")
            .replace("%1", str(len(listing.referrals)))
            .replace("%2", str(len(waiting)))
            if listing.referrals
            else self.tr("Nessun invio registrato.")
        )
        self._sync()

    def _cells(self, referral: Referral) -> list[str]:
        return [
            str(referral.id),
            service_text(referral),
            format_date(referral.sent_on),
            kind_label(rules.label_of(BODY_KINDS, referral.sender_kind)),
            status_text(referral),
            referral.reason or "",
            str(referral.consent_id or "—"),
        ]

    def _history(self, referral: Referral) -> str:
        """Every status with its day and who recorded it, oldest first."""
        lines = [
            self.tr("%1 il %2 (%3)")
            .replace("%1", status_label(rules.SENT))
            .replace("%2", format_date(referral.sent_on))
            .replace("%3", referral.recorded_by or "—")
        ]
        for change in referral.changes:
            lines.append(
                self.tr("%1 il %2 (%3)")
                .replace("%1", status_label(change.status))
                .replace("%2", format_date(change.on))
                .replace("%3", change.recorded_by or "—")
            )
        return "\n".join(lines)

    def selected(self) -> Referral | None:
        rows = self.table.selectionModel().selectedRows()
        if self.listing is None or not rows:
            return None
        return self.listing.referrals[rows[0].row()]

    def _sync(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.listing is not None)
        self.status_button.setEnabled(chosen is not None and chosen.status in rules.NEXT)

    def add(self) -> ReferralDialog | None:
        if self.listing is None:
            return None
        listing = self.listing
        dialog = ReferralDialog(self._opened, self._runner, listing.case_id, listing.code, self)
        dialog.written.connect(lambda _n: self._written(self.tr("Invio registrato.")))
        dialog.open()
        return dialog

    def change_status(self) -> StatusDialog | None:
        chosen = self.selected()
        if self.listing is None or chosen is None or chosen.status not in rules.NEXT:
            return None
        dialog = StatusDialog(self._opened, self._runner, self.listing.case_id, chosen, self)
        dialog.written.connect(lambda _n: self._written(self.tr("Stato dell'invio registrato.")))
        dialog.open()
        return dialog

    def _written(self, text: str) -> None:
        self.confirmation.confirm(text)
        if self.listing is not None:
            self.load(self.listing.case_id)
        self.changed.emit()

    def set_writable(self, writable: bool) -> None:
        """An erased case shows no referrals and offers no writes."""
        self.add_button.setVisible(writable)
        self.status_button.setVisible(writable)

    def clear(self) -> None:
        """Forget her (the store is locking or another case opens)."""
        self.listing = None
        self._generation += 1
        self.confirmation.clear_confirmation()
        self.table.setRowCount(0)
        self.summary.clear()
        self._sync()
