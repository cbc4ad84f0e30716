"""The «Invii» tab of a case: her referrals to other services with their status, and the two
writes («Registra invio…», «Cambia stato…»).

A status change adds to the referral's history: the table shows the current status and its
day, the tooltip of a row the whole history. Reading, refreshing and forgetting her are
`register_tab.CaseRegisterTab`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QPushButton

from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import Referral
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.operations.case_referrals import ReferralListing, read_referrals
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.referral_dialogs import ReferralDialog, StatusDialog
from antiviolenza_desktop.ui.case.referral_words import service_text, status_label, status_text
from antiviolenza_desktop.ui.case.register_tab import CaseRegisterTab, register_table
from antiviolenza_desktop.ui.case.service_picker import kind_label
from antiviolenza_desktop.ui.formatting import format_date


class CaseReferralsTab(CaseRegisterTab):
    """`changed` after a referral or a status of hers was written."""

    listing: ReferralListing | None

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        headers = [
            self.tr("N."),
            self.tr("Servizio"),
            self.tr("Inviata il"),
            self.tr("Inviata da"),
            self.tr("Stato"),
            self.tr("Motivo del rifiuto"),
            self.tr("Consenso n."),
        ]
        self.status_button = QPushButton(self.tr("Cambia s&tato…"))
        super().__init__(
            opened,
            runner,
            register_table(headers, 5, self.tr("Invii della donna ai servizi")),
            (QPushButton(self.tr("&Registra invio…")), self.status_button),
            self.tr(
                "Ogni invio nomina il servizio e il consenso che lo copre. Lo stato va da "
                "inviata ad accolta o rifiutata (con il motivo), poi da accolta a conclusa."
            ),
        )
        self.add_button.clicked.connect(self.add)
        self.status_button.clicked.connect(self.change_status)

    def reader(self) -> tuple[str, Callable[[OpenStore, int], Any]]:
        return self.tr("Lettura degli invii…"), read_referrals

    def rows_of(self, listing: ReferralListing) -> Sequence[Referral]:
        return listing.referrals

    def actionable(self, row: Referral) -> bool:
        return row.status in rules.NEXT

    def present(self, listing: ReferralListing) -> None:
        referrals = listing.referrals
        self.fill([self._cells(r) for r in referrals], [self._history(r) for r in referrals])
        waiting = [r for r in referrals if r.status == rules.SENT]
        self.summary.setText(
            self.tr("Invii registrati: %1, in attesa di risposta: %2.")
            .replace("%1", str(len(referrals)))
            .replace("%2", str(len(waiting)))
            if referrals
            else self.tr("Nessun invio registrato.")
        )

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
        steps = [(rules.SENT, referral.sent_on, referral.recorded_by)]
        steps += [(c.status, c.on, c.recorded_by) for c in referral.changes]
        return "\n".join(
            self.tr("%1 il %2 (%3)")
            .replace("%1", status_label(status))
            .replace("%2", format_date(day))
            .replace("%3", who or "—")
            for status, day, who in steps
        )

    def add(self) -> ReferralDialog | None:
        if self.listing is None:
            return None
        listing = self.listing
        dialog = ReferralDialog(self._opened, self._runner, listing.case_id, listing.code, self)
        dialog.written.connect(lambda _n: self.written(self.tr("Invio registrato.")))
        dialog.open()
        return dialog

    def change_status(self) -> StatusDialog | None:
        chosen = self.selected()
        if self.listing is None or chosen is None or not self.actionable(chosen):
            return None
        dialog = StatusDialog(self._opened, self._runner, self.listing.case_id, chosen, self)
        dialog.written.connect(lambda _n: self.written(self.tr("Stato dell'invio registrato.")))
        dialog.open()
        return dialog
