"""The seven sections of the referral form, built in reading order so Tab follows the page.

`CaseFormSections` owns every input of the form and one `FieldSlot` per `CaseDraft` field
(plus one per stage date), so the form can put each domain issue next to its field by name.
Labels carry & mnemonics and are the buddies of their inputs; every input has an accessible
name. Nothing here checks a value: the domain does, through the form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.programme.model import Cav
from antiviolenza_desktop.services.municipalities import MunicipalityList
from antiviolenza_desktop.ui.case.children_editor import ChildrenEditor
from antiviolenza_desktop.ui.case.form_fields import (
    DateField,
    MunicipalityEdit,
    OptionChecks,
    OptionCombo,
    ReadOnlyGuard,
    option_label,
)
from antiviolenza_desktop.ui.case.form_slots import FieldSlot, field_box
from antiviolenza_desktop.ui.case.form_statutory import StatutoryInputs

NAME_WIDTH = 300
WIDE = 460
LABEL_WIDTH = 190


class CaseFormSections(QObject):
    """Every input of the form, its slot, and the seven group boxes that hold them (the
    O.R.A./ISTAT one is built by `form_statutory`)."""

    def __init__(
        self, cavs: tuple[Cav, ...], listing: MunicipalityList, guard: ReadOnlyGuard
    ) -> None:
        super().__init__()
        self.slots: dict[str, FieldSlot] = {}
        self.guard = guard
        self.line_edits: list[QLineEdit] = []
        self.dates: list[DateField] = []
        self.guarded: list[QWidget] = []
        self.referral = self._referral_section(cavs)
        self.woman = self._woman_section(listing)
        self.children_box = self._children_section()
        self.situation = self._situation_section()
        self.violence = self._violence_section()
        self.statutory = StatutoryInputs(self)
        self.path = self._path_section()

    # --- helpers ---------------------------------------------------------------------------

    def _slot(self, name: str, inputs: list[QWidget], is_empty: Callable[[], bool]) -> FieldSlot:
        slot = FieldSlot(name, inputs, is_empty)
        self.slots[name] = slot
        for widget in inputs:
            if isinstance(widget, DateField):
                self.dates.append(widget)
            elif isinstance(widget, QLineEdit):
                self.line_edits.append(widget)
            else:
                self.guarded.append(widget)
        return slot

    def row(
        self, form: QFormLayout, label: str, name: str, field: QWidget, *extra: QWidget
    ) -> None:
        """A labelled row: `label` (with its &) is the buddy of `field`, issues go under it."""
        caption = _caption(label)
        caption.setBuddy(field)
        field.setAccessibleName(label.replace("&", ""))
        if isinstance(field, (QLineEdit, OptionCombo)):
            field.setMinimumWidth(max(field.minimumWidth(), min(field.maximumWidth(), NAME_WIDTH)))
        slot = self._slot(name, [field], _emptiness(field))
        form.addRow(caption, field_box([slot], field, *extra, reserve=True))

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        self._slot(name, [box], lambda: not box.isChecked())
        return box

    def checks_row(self, form: QFormLayout, label: str, name: str, checks: OptionChecks) -> None:
        caption = _caption(label)
        caption.setBuddy(checks.first())
        boxes = list(checks.boxes.values())
        slot = self._slot(name, boxes, lambda: not checks.value())
        form.addRow(caption, field_box([slot], checks, reserve=True))

    @staticmethod
    def list_row(form: QFormLayout, label: str, editor: QWidget) -> None:
        """A list editor (children, services) under its caption; its rows show their issues."""
        form.addRow(_caption(label), editor)

    @staticmethod
    def group(title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return group, form

    # --- sections --------------------------------------------------------------------------

    def _referral_section(self, cavs: tuple[Cav, ...]) -> QGroupBox:
        group, form = self.group(self.tr("Segnalazione"))
        self.referral_date = DateField()
        self.row(form, self.tr("&Data della segnalazione"), "referral_date", self.referral_date)
        self.referring_cav = OptionCombo(
            [opt.Option(cav.code, f"{cav.name} ({cav.town})") for cav in cavs],
            empty_text=self.tr("— scegli —"),
        )
        self.row(form, self.tr("&Centro antiviolenza"), "referring_cav", self.referring_cav)
        self.joint_social_services = self._check(
            "joint_social_services", self.tr("Segnalata &insieme ai servizi sociali")
        )
        form.addRow(
            "",
            field_box(
                [self.slots["joint_social_services"]], self.joint_social_services, reserve=True
            ),
        )
        self.sent_by = OptionCombo(opt.SENT_BY, empty_text=self.tr("— non indicato —"))
        self.row(form, self.tr("&Chi l'ha indirizzata"), "sent_by", self.sent_by)
        self.contact_reasons = OptionChecks(opt.CONTACT_REASONS, columns=3)
        self.checks_row(
            form, self.tr("&Motivi del contatto"), "contact_reasons", self.contact_reasons
        )
        self.lines_requested = OptionChecks(opt.LINES, columns=2)
        self.checks_row(form, self.tr("&Linee richieste"), "lines_requested", self.lines_requested)
        return group

    def _woman_section(self, listing: MunicipalityList) -> QGroupBox:
        group, form = self.group(self.tr("La donna"))
        self.first_name = QLineEdit(maximumWidth=NAME_WIDTH)
        self.row(form, self.tr("&Nome"), "first_name", self.first_name)
        self.last_name = QLineEdit(maximumWidth=NAME_WIDTH)
        self.row(form, self.tr("C&ognome"), "last_name", self.last_name)
        self.codice_fiscale = QLineEdit(maximumWidth=NAME_WIDTH, maxLength=24)
        self.codice_fiscale.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_cf = self._copy_button(self.tr("Copia il codice fiscale"))
        self.row(
            form, self.tr("Codice &fiscale"), "codice_fiscale", self.codice_fiscale, self.copy_cf
        )
        self.birth_date = DateField()
        self.birth_hint = _hint(self.tr("ricavata dal codice fiscale"))
        self.birth_hint.hide()
        self.row(form, self.tr("Data di &nascita"), "birth_date", self.birth_date, self.birth_hint)
        self.citizenship = OptionCombo(opt.CITIZENSHIP, empty_text=self.tr("— scegli —"))
        self.row(form, self.tr("Ci&ttadinanza"), "citizenship", self.citizenship)
        self.citizenship_country = QLineEdit(maximumWidth=NAME_WIDTH, enabled=False)
        self.citizenship_country.setPlaceholderText(self.tr("solo per cittadinanza straniera"))
        self.row(form, self.tr("&Paese"), "citizenship_country", self.citizenship_country)
        self.marital_status = OptionCombo(
            opt.MARITAL_STATUS, empty_text=self.tr("— non indicato —")
        )
        self.row(form, self.tr("Stato ci&vile"), "marital_status", self.marital_status)
        self.residence_municipality = MunicipalityEdit(listing)
        self.residence_municipality.setMaximumWidth(NAME_WIDTH)
        self.row(
            form,
            self.tr("Comune di &residenza"),
            "residence_municipality",
            self.residence_municipality,
        )
        self._contacts_rows(form)
        return group

    def _contacts_rows(self, form: QFormLayout) -> None:
        self.safe_phone = QLineEdit(maximumWidth=220, maxLength=24)
        self.copy_phone = self._copy_button(self.tr("Copia il telefono"))
        self.row(form, self.tr("&Telefono sicuro"), "safe_phone", self.safe_phone, self.copy_phone)
        self.safe_address = QLineEdit(maximumWidth=WIDE, maxLength=220)
        self.safe_address.setMinimumWidth(WIDE)
        self.row(form, self.tr("Indiri&zzo sicuro"), "safe_address", self.safe_address)
        self.safe_to_call = self._check("safe_to_call", self.tr("si può &chiamarla"))
        self.safe_to_write = self._check("safe_to_write", self.tr("si può scri&verle"))
        slots = [self.slots["safe_to_call"], self.slots["safe_to_write"]]
        form.addRow("", field_box(slots, self.safe_to_call, self.safe_to_write, reserve=True))

    def _children_section(self) -> QGroupBox:
        group, form = self.group(self.tr("Figli"))
        self.children = ChildrenEditor(self.guard)
        form.addRow(_caption(""), self.children)
        self.children_witnessed = self._check(
            "children_witnessed", self.tr("i figli hanno &assistito alla violenza")
        )
        self.children_suffered = self._check(
            "children_suffered", self.tr("i figli hanno s&ubito violenza")
        )
        slots = [self.slots["children_witnessed"], self.slots["children_suffered"]]
        form.addRow(
            "", field_box(slots, self.children_witnessed, self.children_suffered, reserve=True)
        )
        return group

    def _situation_section(self) -> QGroupBox:
        group, form = self.group(self.tr("Situazione"))
        self.shelter = OptionCombo(opt.SHELTER)
        self.row(form, self.tr("Casa &rifugio o struttura"), "shelter", self.shelter)
        self.employment = OptionCombo(opt.EMPLOYMENT, empty_text=self.tr("— scegli —"))
        self.row(form, self.tr("Condizione &lavorativa"), "employment", self.employment)
        self.did_signed = self._check(
            "did_signed", self.tr("ha firmato la &DID (dichiarazione di immediata disponibilità)")
        )
        form.addRow("", field_box([self.slots["did_signed"]], self.did_signed, reserve=True))
        self.income_band = OptionCombo(opt.INCOME_BANDS, empty_text=self.tr("— non indicato —"))
        self.row(form, self.tr("Fascia di r&eddito"), "income_band", self.income_band)
        self.housing = OptionCombo(opt.HOUSING, empty_text=self.tr("— non indicato —"))
        self.row(form, self.tr("Situazione &abitativa"), "housing", self.housing)
        return group

    def _violence_section(self) -> QGroupBox:
        group, form = self.group(self.tr("Violenza"))
        self.violence_types = OptionChecks(opt.VIOLENCE_TYPES, columns=3)
        self.checks_row(form, self.tr("&Tipi di violenza"), "violence_types", self.violence_types)
        self.perpetrator_relationship = OptionCombo(
            opt.PERPETRATOR_RELATIONSHIP, empty_text=self.tr("— non indicato —")
        )
        self.row(
            form,
            self.tr("&Relazione con l'autore"),
            "perpetrator_relationship",
            self.perpetrator_relationship,
        )
        self.complaint = OptionCombo(opt.COMPLAINT)
        self.row(form, self.tr("De&nuncia"), "complaint", self.complaint)
        return group

    def _path_section(self) -> QGroupBox:
        group, form = self.group(self.tr("Consenso e percorso"))
        self.consent_date = DateField()
        self.row(form, self.tr("Data del &consenso"), "consent_date", self.consent_date)
        self.consent_sharing = self._check(
            "consent_sharing",
            self.tr("consente la condivisione &pseudonimizzata con il capofila"),
        )
        explanation = _hint(
            self.tr("Senza questo consenso la scheda non lascia mai questo computer.")
        )
        box = field_box([self.slots["consent_sharing"]], self.consent_sharing, reserve=True)
        box.layout().insertWidget(1, explanation)
        form.addRow("", box)
        self.stage = OptionCombo(opt.STAGES)
        self.row(form, self.tr("&Fase del percorso"), "stage", self.stage)
        self.stage_dates: dict[str, DateField] = {}
        self.stage_form = form
        for option in opt.STAGES:
            edit = DateField()
            self.stage_dates[option.code] = edit
            label = self.tr("Data: %1").replace("%1", option_label(option))
            self.row(form, label, f"stage_dates.{option.code}", edit)
        return group

    def _copy_button(self, accessible: str) -> QPushButton:
        button = QPushButton(self.tr("Copia"))
        button.setAccessibleName(accessible)
        button.setToolTip(accessible + self.tr(" (gli appunti si svuotano dopo 10 secondi)"))
        return button


def _caption(text: str) -> QLabel:
    """A row label; one minimum width for all sections keeps their fields in one column."""
    caption = QLabel(text)
    caption.setMinimumWidth(LABEL_WIDTH)
    return caption


def _hint(text: str) -> QLabel:
    """Grey explanatory text next to or under a field."""
    hint = QLabel(text, objectName="hintLabel", wordWrap=True)
    hint.setStyleSheet("color: #555555;")
    return hint


def _emptiness(field: QWidget) -> Callable[[], bool]:
    """How a slot tells whether its input is still blank."""
    if isinstance(field, DateField):
        return field.is_empty
    if isinstance(field, QLineEdit):
        return lambda: not field.text().strip()
    if isinstance(field, OptionCombo):
        return lambda: field.value() is None
    return lambda: False
