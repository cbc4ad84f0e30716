"""«Registra invio…» and «Cambia stato…»: the two writes of the «Invii» tab, with the
refusals inline under the field they concern (`ui.funds.dialogs.WriteDialog`).

A referral her consent does not cover is refused by the operation with the consent's own
message (missing, or withdrawn on a day), shown under the form: it says to record the consent
in «Consensi» first. The lists are the domain's codes (`network_training.BODY_KINDS`,
`domain.case.referral.NEXT`); the rules are checked by the operation
(`operations.case_referrals`) on the background runner, nothing here that the CLI would not
check too.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import NewReferral, NewStatus, Referral
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations import case_referrals
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.case.referral_words import service_text, status_label, status_text
from antiviolenza_desktop.ui.case.service_picker import ServicePicker, kinds_combo
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint


class ReferralDialog(WriteDialog):
    """A new referral: the service (kind, and a network member if one is chosen), the day,
    the kind of body that sends her."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        case_id: int,
        code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Registra invio"), parent)
        self._opened, self._case_id = opened, case_id
        self.heading.setText(self.tr("Nuovo invio a un servizio · caso %1").replace("%1", code))
        picker = ServicePicker(
            opened, runner, self.tr("— scegli il servizio —"), self._failed, self
        )
        self.service, self.member = picker.service, picker.member
        self.sent_on = DateField()
        self.sent_on.set_value(date.today())
        self.sender = kinds_combo()
        self.add_field("service_kind", self.tr("&Servizio"), self.service)
        self.add_field("member_id", self.tr("&Ente della rete"), self.member)
        self.add_field("sent_on", self.tr("&Inviata il"), self.sent_on)
        self.add_field("sender_kind", self.tr("Inviata &da"), self.sender)
        self.form.addRow(
            hint(
                self.tr(
                    "L'invio richiede il consenso della donna all'invio a questo servizio, in "
                    "vigore nel giorno dell'invio: se manca, registralo in «Consensi»."
                )
            )
        )
        self.save_button.setText(self.tr("&Registra l'invio"))
        self.service.setFocus()

    def _failed(self, error: AppError) -> None:
        if shiboken6.isValid(self):
            self.show_problem("member_id", error_text(error))

    def new_referral(self) -> NewReferral:
        return NewReferral(
            self.service.currentData(),
            self.sent_on.value(),
            self.sender.currentData(),
            self.member.currentData(),
        )

    def submit(self) -> None:
        self.clear_problems()
        opened, case_id, new = self._opened, self._case_id, self.new_referral()
        self.run_write(lambda: case_referrals.send_referral(opened, case_id, new))


class StatusDialog(WriteDialog):
    """The next status of one referral, with its day and, for a refusal, the reason."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        case_id: int,
        referral: Referral,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Stato dell'invio"), parent)
        self._opened, self._case_id, self._referral = opened, case_id, referral
        self.heading.setText(
            self.tr("Invio n. %1 · %2 · inviata il %3 · ora %4")
            .replace("%1", str(referral.id))
            .replace("%2", service_text(referral))
            .replace("%3", format_date(referral.sent_on))
            .replace("%4", status_text(referral))
        )
        self.status = QComboBox()
        for code in rules.NEXT.get(referral.status, ()):
            self.status.addItem(status_label(code), code)
        self.on = DateField()
        self.on.set_value(date.today())
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        self.add_field("status", self.tr("&Nuovo stato"), self.status)
        self.add_field("on", self.tr("&Dal giorno"), self.on)
        self.add_field("reason", self.tr("&Motivo del rifiuto"), self.reason)
        self.form.addRow(
            hint(
                self.tr(
                    "Il motivo si scrive solo per un rifiuto, senza nomi di persone: può "
                    "comparire sulla stampa del progetto."
                )
            )
        )
        self.save_button.setText(self.tr("&Registra lo stato"))
        self.status.currentIndexChanged.connect(self._sync)
        self._sync()
        self.status.setFocus()

    def _sync(self) -> None:
        self.reason.setEnabled(self.status.currentData() == rules.REFUSED)

    def new_status(self) -> NewStatus:
        reason = self.reason.toPlainText() if self.reason.isEnabled() else ""
        return NewStatus(self.status.currentData(), self.on.value(), reason)

    def submit(self) -> None:
        self.clear_problems()
        opened, case_id, number = self._opened, self._case_id, self._referral.id
        new = self.new_status()
        self.run_write(lambda: case_referrals.change_status(opened, case_id, number, new))
