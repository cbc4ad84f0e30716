"""The «Consensi» tab of a case: her consents with their state today, and the two writes
(«Registra consenso…», «Revoca…»).

A withdrawn consent stays in the list with its day: the register is never rewritten.
Reading, refreshing and forgetting her are `register_tab.CaseRegisterTab`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QPushButton

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import Consent
from antiviolenza_desktop.operations.case_consents import ConsentListing, read_consents
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.consent_dialogs import (
    ConsentDialog,
    WithdrawalDialog,
    describe,
    option_label,
)
from antiviolenza_desktop.ui.case.register_tab import CaseRegisterTab, register_table
from antiviolenza_desktop.ui.formatting import format_date


class CaseConsentsTab(CaseRegisterTab):
    """`changed` after a consent or a withdrawal of hers was written."""

    listing: ConsentListing | None

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        headers = [
            self.tr("N."),
            self.tr("Finalità"),
            self.tr("Dato il"),
            self.tr("Raccolto come"),
            self.tr("Registrato da"),
            self.tr("Stato oggi"),
        ]
        self.withdraw_button = QPushButton(self.tr("Re&voca…"))
        super().__init__(
            opened,
            runner,
            register_table(headers, 1, self.tr("Consensi della donna")),
            (QPushButton(self.tr("&Registra consenso…")), self.withdraw_button),
            self.tr(
                "Ogni consenso ha una finalità, il giorno e il modo in cui è stato raccolto. "
                "Una revoca si aggiunge al registro: il consenso resta visibile, revocato."
            ),
        )
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw)

    def reader(self) -> tuple[str, Callable[[OpenStore, int], Any]]:
        return self.tr("Lettura dei consensi…"), read_consents

    def rows_of(self, listing: ConsentListing) -> Sequence[Consent]:
        return listing.consents

    def actionable(self, row: Consent) -> bool:
        return row.withdrawn_on is None

    def present(self, listing: ConsentListing) -> None:
        self.fill([self._cells(consent, listing) for consent in listing.consents])
        in_force = [c for c in listing.consents if c.state_on(listing.day) == rules.IN_FORCE]
        self.summary.setText(
            self.tr("Consensi in vigore oggi: %1 su %2 registrati.")
            .replace("%1", str(len(in_force)))
            .replace("%2", str(len(listing.consents)))
            if listing.consents
            else self.tr("Nessun consenso registrato: registra quello alla presa in carico.")
        )

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

    def add(self) -> ConsentDialog | None:
        if self.listing is None:
            return None
        listing = self.listing
        dialog = ConsentDialog(self._opened, self._runner, listing.case_id, listing.code, self)
        dialog.written.connect(lambda _n: self.written(self.tr("Consenso registrato.")))
        dialog.open()
        return dialog

    def withdraw(self) -> WithdrawalDialog | None:
        chosen = self.selected()
        if self.listing is None or chosen is None or not self.actionable(chosen):
            return None
        dialog = WithdrawalDialog(self._opened, self._runner, self.listing.case_id, chosen, self)
        dialog.written.connect(lambda _n: self.written(self.tr("Revoca registrata.")))
        dialog.open()
        return dialog
