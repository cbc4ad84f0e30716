"""What the printed scheda di segnalazione prints: sections of labelled fields, as records.

`referral_form` lays the scheda out from a `ReferralPrint` only. `ReferralPrint.filled` takes a
`CaseDraft`'s values and turns codes into the labels of the domain's vocabularies
(`intake_options`); `ReferralPrint.blank` prints the same vocabularies as checkboxes, so the
paper form offers exactly the choices the app does. The woman's name appears only in the body
of a filled form, never in file metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, cast

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case import statutory_options as so
from antiviolenza_desktop.domain.case.intake_options import Option

from .forms_model import FormHeader, Signatory

DEFAULT_CAVS: tuple[Option, ...] = (
    Option("aida", "AIDA (Cremona)"),
    Option("mia", "MIA (Cremona)"),
    Option("donne_contro_la_violenza", "Donne contro la violenza (Crema)"),
)
REFERRAL_CONSENT = (
    "La donna è stata informata della segnalazione all'équipe multidisciplinare dell'Ambito e "
    "vi acconsente. Acconsente al trattamento dei propri dati personali, comprese le categorie "
    "particolari di dati (art. 9 del Regolamento UE 2016/679), per la valutazione "
    "multidimensionale e la definizione del progetto personalizzato. Può revocare il consenso "
    "in qualsiasi momento."
)
DEFAULT_REFERRAL_SIGNATURES: tuple[Signatory, ...] = (
    Signatory("La donna"),
    Signatory("L'operatrice del Centro antiviolenza"),
    Signatory("L'assistente sociale"),
)


@dataclass(frozen=True)
class FormField:
    """One labelled field. Filled forms print `value`; blank forms print `options` as
    checkboxes, or `lines` ruled lines when the field is free text."""

    key: str
    label: str
    value: str = ""
    options: tuple[str, ...] = ()
    multiple: bool = False
    lines: int = 1


@dataclass(frozen=True)
class FormTable:
    """A small grid inside a section (the children); blank forms get `blank_rows` empty rows."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    blank_rows: int = 4
    widths: tuple[float, ...] = ()  # relative weights, one per column
    options: tuple[tuple[str, ...], ...] = ()  # per column: checkboxes on blank rows


@dataclass(frozen=True)
class FormSection:
    title: str
    fields: tuple[FormField, ...]
    table: FormTable | None = None


class ChildLike(Protocol):
    """What the referral needs of a child: the domain's `intake.Child` fits."""

    @property
    def age(self) -> int | None: ...
    @property
    def minor(self) -> bool: ...
    @property
    def disabled(self) -> bool: ...


@dataclass(frozen=True)
class _Spec:
    key: str
    label: str
    vocabulary: tuple[Option, ...] = ()
    multiple: bool = False
    lines: int = 1


_YES_NO = (Option("yes", "sì"), Option("no", "no"))
_CHILD_COLUMNS = ("N.", "Età (anni)", "Minorenne", "Con disabilità")


Layout = tuple[tuple[str, tuple[_Spec, ...]], ...]
"""The scheda's sections (title, fields); keys are the attribute names of `intake.CaseDraft`."""


def _referral_layout(cavs: tuple[Option, ...]) -> Layout:
    """The scheda's sections and fields: the first names the CAVs of this Ambito."""
    return (("Segnalazione", _referral_specs(cavs)), *_CASE_SECTIONS)


def _referral_specs(cavs: tuple[Option, ...]) -> tuple[_Spec, ...]:
    return (
        _Spec("referral_date", "Data della segnalazione"),
        _Spec("taken_in_charge_on", "Presa in carico dal CAV il"),
        _Spec("referring_cav", "Centro antiviolenza che segnala", cavs),
        _Spec("joint_social_services", "Segnalazione congiunta con i servizi sociali", _YES_NO),
        _Spec("stage", "Fase del percorso al Centro antiviolenza", opt.STAGES),
        _Spec("contact_reasons", "Motivi del contatto", opt.CONTACT_REASONS, True),
        _Spec("lines_requested", "Linee del programma richieste", opt.LINES, True),
    )


_WOMAN = (
    _Spec("last_name", "Cognome"),
    _Spec("first_name", "Nome"),
    _Spec("codice_fiscale", "Codice fiscale"),
    _Spec("birth_date", "Data di nascita"),
    _Spec("residence_municipality", "Comune di residenza"),
    _Spec("citizenship_country", "Paese di cittadinanza (se straniera)"),
    _Spec("safe_phone", "Telefono sicuro"),
    _Spec("safe_address", "Indirizzo sicuro per la posta"),
    _Spec("citizenship", "Cittadinanza", opt.CITIZENSHIP),
    _Spec("marital_status", "Stato civile", opt.MARITAL_STATUS),
    _Spec("safe_to_call", "Si può telefonare", _YES_NO),
    _Spec("safe_to_write", "Si può scrivere", _YES_NO),
)
_CHILDREN = (
    _Spec("children_witnessed", "I figli hanno assistito alla violenza", _YES_NO),
    _Spec("children_suffered", "I figli hanno subito violenza", _YES_NO),
)
_SITUATION = (
    _Spec("shelter", "Ospitalità in casa rifugio o struttura", opt.SHELTER),
    _Spec("housing", "Situazione abitativa", opt.HOUSING),
    _Spec("employment", "Condizione occupazionale", opt.EMPLOYMENT),
    _Spec("did_signed", "DID (Dichiarazione di Immediata Disponibilità)", _YES_NO),
    _Spec("income_band", "Reddito annuo del nucleo", opt.INCOME_BANDS),
)
_VIOLENCE = (
    _Spec("violence_types", "Forme di violenza subite", opt.VIOLENCE_TYPES, True),
    _Spec("perpetrator_relationship", "Relazione con l'autore", opt.PERPETRATOR_RELATIONSHIP),
    _Spec("complaint", "Denuncia", opt.COMPLAINT),
    _Spec("sent_by", "Chi l'ha indirizzata al Centro antiviolenza", opt.SENT_BY),
)
_CONSENT = (
    _Spec("consent_date", "Consenso al trattamento dei dati raccolto il"),
    _Spec("consent_sharing", "Consenso alla condivisione con l'équipe", _YES_NO),
    _Spec("notes", "Bisogni e motivazione della segnalazione", lines=5),
)
_STATUTORY = (
    _Spec("statutory.contact_channel", "Canale del primo contatto", so.CONTACT_CHANNELS),
    _Spec("statutory.help_before", "Aiuto chiesto prima del Centro", so.HELP_BEFORE, True),
    _Spec("statutory.services", "Servizi erogati dal Centro (tipo e data)", lines=3),
    _Spec("statutory.perpetrator_sex", "Autore: sesso", so.PERPETRATOR_SEX),
    _Spec("statutory.perpetrator_age_band", "Autore: classe di età", so.PERPETRATOR_AGE_BANDS),
    _Spec("statutory.perpetrator_citizenship", "Autore: cittadinanza", so.PERPETRATOR_CITIZENSHIP),
    _Spec(
        "statutory.perpetrator_record",
        "Autore: denunce o misure precedenti",
        so.PERPETRATOR_RECORD,
        True,
    ),
    _Spec("statutory.outcomes", "Esiti del percorso", so.PATH_OUTCOMES, True),
)
_CHILDREN_TITLE = "Figli"
_CASE_SECTIONS: Layout = (
    ("La donna", _WOMAN),
    (_CHILDREN_TITLE, _CHILDREN),
    ("Situazione", _SITUATION),
    ("Violenza", _VIOLENCE),
    ("Dati per O.R.A. e ISTAT (facoltativi)", _STATUTORY),
    ("Consenso e percorso", _CONSENT),
)


def _display(value: object, spec: _Spec) -> str:
    """Turn a CaseDraft-like value into the text the form prints (codes become labels)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    labels = {option.code: option.label for option in spec.vocabulary}
    if isinstance(value, str):
        return labels.get(value, value)
    if isinstance(value, Iterable):
        chosen = set(value)
        if labels:  # vocabulary order, not the set's arbitrary order
            ordered = [o.label for o in spec.vocabulary if o.code in chosen]
            return ", ".join(ordered + sorted(str(v) for v in chosen - set(labels)))
        return ", ".join(sorted(str(item) for item in chosen))
    return str(value)


def _services_text(services: object) -> str:
    """«accoglienza e colloqui 02/03/2026; consulenza legale 10/03/2026», oldest first."""
    labels = {option.code: option.label for option in so.SERVICE_KINDS}
    return "; ".join(
        f"{labels.get(s.kind, s.kind)} {s.day.strftime('%d/%m/%Y')}"
        for s in sorted(cast("Iterable[Any]", services), key=lambda s: s.day)
    )


def _children_rows(children: Sequence[ChildLike]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            str(number),
            "" if child.age is None else str(child.age),
            "sì" if child.minor else "no",
            "sì" if child.disabled else "no",
        )
        for number, child in enumerate(children, start=1)
    )


@dataclass(frozen=True)
class ReferralPrint:
    """The scheda di segnalazione: sections of labelled fields, consent and signatures."""

    header: FormHeader
    sections: tuple[FormSection, ...]
    consent_statement: str = REFERRAL_CONSENT
    signatures: tuple[Signatory, ...] = DEFAULT_REFERRAL_SIGNATURES
    is_blank: bool = False
    consents_in_force: tuple[str, ...] = ()
    """Her consents in force on the print day (`reports.consent_lines`), one line each."""

    @classmethod
    def filled(
        cls,
        header: FormHeader,
        values: Mapping[str, object],
        *,
        children: Sequence[ChildLike] = (),
        cavs: Sequence[Option] = DEFAULT_CAVS,
        signatures: Sequence[Signatory] = DEFAULT_REFERRAL_SIGNATURES,
        consent_statement: str = REFERRAL_CONSENT,
    ) -> ReferralPrint:
        """Build from `CaseDraft`-named values: codes, dates, booleans and sets are turned
        into the Italian labels the form prints, so a whole draft can be passed as
        `{f.name: getattr(draft, f.name) for f in fields(draft)}` plus a `notes` text.
        `stage_dates["taken_in_charge"]` fills the date of taking in charge; `children`
        (argument or value) fills the children's table. Unknown keys raise KeyError: a
        mapping typo must not silently print an empty field."""
        layout = _referral_layout(tuple(cavs))
        _refuse_unknown_keys(layout, values)
        kids = children or cast("Sequence[ChildLike]", values.get("children", ()))
        sections = _sections(layout, _with_taken_in_charge(values), _children_rows(kids))
        return cls(header, sections, consent_statement, tuple(signatures))

    @classmethod
    def blank(
        cls,
        header: FormHeader,
        *,
        cavs: Sequence[Option] = DEFAULT_CAVS,
        signatures: Sequence[Signatory] = DEFAULT_REFERRAL_SIGNATURES,
        consent_statement: str = REFERRAL_CONSENT,
    ) -> ReferralPrint:
        """The same scheda to fill in by hand: checkboxes for every closed list."""
        return cls(
            header.without_case(),
            _sections(_referral_layout(tuple(cavs)), {}, ()),
            consent_statement,
            tuple(Signatory(s.role) for s in signatures),
            is_blank=True,
        )


def _refuse_unknown_keys(layout: Layout, values: Mapping[str, object]) -> None:
    known = {spec.key for _title, specs in layout for spec in specs}
    unknown = set(values) - known - {"stage_dates", "children", "statutory"}
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))


def _with_taken_in_charge(values: Mapping[str, object]) -> dict[str, object]:
    """The date of taking in charge comes from `stage_dates` unless given on its own; the
    O.R.A./ISTAT answers (`statutory`) are printed field by field."""
    merged = dict(values)
    statutory = values.get("statutory")
    if statutory is not None:
        for spec in _STATUTORY:
            merged[spec.key] = getattr(statutory, spec.key.removeprefix("statutory."))
        merged["statutory.services"] = _services_text(merged["statutory.services"])
    stage_dates = values.get("stage_dates")
    if isinstance(stage_dates, Mapping) and "taken_in_charge_on" not in merged:
        merged["taken_in_charge_on"] = stage_dates.get("taken_in_charge")
    return merged


def _sections(
    layout: Layout, values: Mapping[str, object], children: tuple[tuple[str, ...], ...]
) -> tuple[FormSection, ...]:
    """Every field with its printed value (empty on a blank form) and its vocabulary's labels,
    which a blank form prints as checkboxes."""
    return tuple(
        FormSection(
            title,
            tuple(
                FormField(
                    spec.key,
                    spec.label,
                    _display(values.get(spec.key), spec),
                    tuple(option.label for option in spec.vocabulary),
                    spec.multiple,
                    spec.lines,
                )
                for spec in specs
            ),
            _children_table(children) if title == _CHILDREN_TITLE else None,
        )
        for title, specs in layout
    )


def _children_table(rows: tuple[tuple[str, ...], ...]) -> FormTable:
    yes_no = ("sì", "no")
    return FormTable(
        _CHILD_COLUMNS, rows, blank_rows=4, widths=(1, 3, 3, 3), options=((), (), yes_no, yes_no)
    )
