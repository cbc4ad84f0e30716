"""The O.R.A./ISTAT part of the referral form: contact channel, help sought before, the log of
services, the author's profile and the outcomes of her path.

Its own group box, built with the sections' helpers so each field gets a slot named like the
domain's issues (`statutory.<name>`); the service log is a list editor like the children's.
Every field may stay blank: "— non rilevato —" is what she did not answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel

from antiviolenza_desktop.domain.case import statutory_options as so
from antiviolenza_desktop.domain.case.statutory import PREFIX, StatutoryFacts
from antiviolenza_desktop.ui.case.form_fields import OptionChecks, OptionCombo
from antiviolenza_desktop.ui.case.services_editor import ServicesEditor

if TYPE_CHECKING:
    from antiviolenza_desktop.ui.case.form_sections import CaseFormSections


class StatutoryInputs(QObject):
    """The inputs of the group; `group` is the box the pages place."""

    def __init__(self, sections: CaseFormSections) -> None:
        super().__init__()
        self.group, form = sections.group(self.tr("Dati per O.R.A. e ISTAT (facoltativi)"))
        hint = QLabel(
            self.tr("Lascia vuoto quello che la donna non ha detto: conta come «non rilevato»."),
            wordWrap=True,
        )
        hint.setStyleSheet("color: #555555;")
        form.addRow(hint)
        blank = self.tr("— non rilevato —")
        self.contact_channel = OptionCombo(so.CONTACT_CHANNELS, empty_text=blank)
        channel = self.tr("Canale del &primo contatto")
        sections.row(form, channel, PREFIX + "contact_channel", self.contact_channel)
        self.help_before = OptionChecks(so.HELP_BEFORE, columns=2)
        sections.checks_row(
            form, self.tr("&Aiuto chiesto prima"), PREFIX + "help_before", self.help_before
        )
        self.services = ServicesEditor(sections.guard)
        sections.list_row(form, self.tr("Servizi erogati dal centro"), self.services)
        self._author_rows(sections, form, blank)
        self.outcomes = OptionChecks(so.PATH_OUTCOMES, columns=2)
        sections.checks_row(
            form, self.tr("&Esiti del percorso"), PREFIX + "outcomes", self.outcomes
        )

    def _author_rows(self, sections: CaseFormSections, form: QFormLayout, blank: str) -> None:
        self.perpetrator_sex = OptionCombo(so.PERPETRATOR_SEX, empty_text=blank)
        self.perpetrator_age_band = OptionCombo(so.PERPETRATOR_AGE_BANDS, empty_text=blank)
        self.perpetrator_citizenship = OptionCombo(so.PERPETRATOR_CITIZENSHIP, empty_text=blank)
        rows = (
            (self.tr("Autore: se&sso"), "perpetrator_sex", self.perpetrator_sex),
            (self.tr("Autore: classe di e&tà"), "perpetrator_age_band", self.perpetrator_age_band),
            (
                self.tr("Autore: cittadina&nza"),
                "perpetrator_citizenship",
                self.perpetrator_citizenship,
            ),
        )
        for label, name, combo in rows:
            sections.row(form, label, PREFIX + name, combo)
        self.perpetrator_record = OptionChecks(so.PERPETRATOR_RECORD, columns=2)
        sections.checks_row(
            form,
            self.tr("Autore: &denunce o misure"),
            PREFIX + "perpetrator_record",
            self.perpetrator_record,
        )

    def value(self) -> StatutoryFacts:
        """What the inputs hold now; nothing is checked here."""
        return StatutoryFacts(
            contact_channel=self.contact_channel.value(),
            help_before=self.help_before.value(),
            services=self.services.value(),
            perpetrator_sex=self.perpetrator_sex.value(),
            perpetrator_age_band=self.perpetrator_age_band.value(),
            perpetrator_citizenship=self.perpetrator_citizenship.value(),
            perpetrator_record=self.perpetrator_record.value(),
            outcomes=self.outcomes.value(),
        )

    def set_value(self, facts: StatutoryFacts) -> None:
        self.contact_channel.set_value(facts.contact_channel)
        self.help_before.set_value(facts.help_before)
        self.services.set_value(facts.services)
        self.perpetrator_sex.set_value(facts.perpetrator_sex)
        self.perpetrator_age_band.set_value(facts.perpetrator_age_band)
        self.perpetrator_citizenship.set_value(facts.perpetrator_citizenship)
        self.perpetrator_record.set_value(facts.perpetrator_record)
        self.outcomes.set_value(facts.outcomes)
