"""«Registra consenso…» and «Revoca…»: the two writes of the «Consensi» tab, with the
refusals inline under the field they concern (`ui.funds.dialogs.WriteDialog`).

The lists are the domain's codes (`domain.case.consent`, `network_training.BODY_KINDS`), their
Italian labels translated with context "consent_options". The rules are checked by the
operation (`operations.case_consents`) on the background runner; nothing is checked here that
the CLI would not check too.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import Consent, NewConsent
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.operations import case_consents
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.case.service_picker import ServicePicker, kind_label
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint


def option_label(label: str) -> str:
    return QCoreApplication.translate("consent_options", label)


def _combo(pairs: tuple[tuple[str, str], ...]) -> QComboBox:
    combo = QComboBox()
    for code, label in pairs:
        combo.addItem(option_label(label), code)
    return combo


class ConsentDialog(WriteDialog):
    """A new consent: purpose, the service for a referral (kind, and a network member if she
    named one), the day and the way it was collected."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        case_id: int,
        code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Registra consenso"), parent)
        self._opened, self._case_id = opened, case_id
        self.heading.setText(self.tr("Nuovo consenso della donna · caso %1").replace("%1", code))
        self.purpose = _combo(rules.PURPOSES)
        self._picker = ServicePicker(
            opened, runner, self.tr("— nessun servizio —"), self._failed, self
        )
        self.service, self.member = self._picker.service, self._picker.member
        self.given_on = DateField()
        self.given_on.set_value(date.today())
        ways = tuple(p for p in rules.WAYS if p[0] != rules.BEFORE_REGISTER)
        self.way = _combo(ways)
        self.add_field("purpose", self.tr("&Finalità"), self.purpose)
        self.add_field("service_kind", self.tr("&Servizio (invio)"), self.service)
        self.add_field("member_id", self.tr("&Ente della rete"), self.member)
        self.add_field("given_on", self.tr("&Dato il"), self.given_on)
        self.add_field("way", self.tr("&Raccolto come"), self.way)
        self.save_button.setText(self.tr("&Registra il consenso"))
        self.purpose.currentIndexChanged.connect(self._sync)
        self._sync()
        self.purpose.setFocus()

    def _failed(self, error: AppError) -> None:
        if shiboken6.isValid(self):
            self.show_problem("member_id", error_text(error))

    def _sync(self) -> None:
        """Only a referral names a service."""
        referral = self.purpose.currentData() == rules.REFERRAL
        if not referral:
            self.service.setCurrentIndex(0)
        self.service.setEnabled(referral)
        self._picker.fill_members()

    def new_consent(self) -> NewConsent:
        return NewConsent(
            self.purpose.currentData(),
            self.given_on.value(),
            self.way.currentData(),
            self.service.currentData(),
            self.member.currentData(),
        )

    def submit(self) -> None:
        self.clear_problems()
        opened, case_id, new = self._opened, self._case_id, self.new_consent()
        self.run_write(lambda: case_consents.add_consent(opened, case_id, new))


class WithdrawalDialog(WriteDialog):
    """Her withdrawal of one consent, with its day."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        case_id: int,
        consent: Consent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Revoca del consenso"), parent)
        self._opened, self._case_id, self._consent = opened, case_id, consent
        self.heading.setText(
            self.tr("Consenso n. %1 · %2 · dato il %3")
            .replace("%1", str(consent.id))
            .replace("%2", describe(consent))
            .replace("%3", format_date(consent.given_on))
        )
        self.withdrawn_on = DateField()
        self.withdrawn_on.set_value(date.today())
        self.add_field("withdrawn_on", self.tr("&Revocato il"), self.withdrawn_on)
        self.form.addRow(
            hint(
                self.tr(
                    "La revoca resta nel registro accanto al consenso: da quel giorno ciò che "
                    "il consenso copriva (progetto, invio, condivisione) non si fa più."
                )
            )
        )
        self.save_button.setText(self.tr("&Registra la revoca"))
        self.withdrawn_on.setFocus()

    def submit(self) -> None:
        self.clear_problems()
        opened, case_id, number = self._opened, self._case_id, self._consent.id
        day = self.withdrawn_on.value()
        self.run_write(lambda: case_consents.withdraw_consent(opened, case_id, number, day))


def describe(consent: Consent) -> str:
    """Its purpose, and for a referral the service named."""
    purpose = option_label(rules.label_of(rules.PURPOSES, consent.purpose))
    if consent.service_kind is None:
        return purpose
    service = consent.member_name or kind_label(rules.label_of(BODY_KINDS, consent.service_kind))
    return f"{purpose}: {service}"
