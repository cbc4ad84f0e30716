"""What the printed forms print: plain frozen records of strings, dates, cents and tuples.

The Progetto personalizzato and the scheda di segnalazione are laid out by `project_form` and
`referral_form` from these records only, so the reports layer never depends on how the
domain stores assessments, projects or cases: `services` maps its records onto these, and a
change in the domain touches that mapping, not the layout. Amounts are integer cents (the
layout formats them as `€ 1.234,56`), dates are `datetime.date` (printed `dd/mm/yyyy`).

Every form also has a blank version for handwriting (`ProjectPrint.blank`,
`ReferralPrint.blank`): the same sections with ruled lines, empty boxes and the options of
every closed list as checkboxes. Blank forms carry the programme and the Ambito, never a
case. The woman's name appears only in the body of a filled form, never in file metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol, cast

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.domain.project import options as popt

__all__ = [
    "ACTIVE_INTERVENTIONS",
    "ASSESSMENT_DOMAINS",
    "DEFAULT_CAVS",
    "DEFAULT_PROJECT_SIGNATURES",
    "DEFAULT_REFERRAL_SIGNATURES",
    "HOUSING_A_SOLUTIONS",
    "HOUSING_B_FINDERS",
    "HOUSING_B_LANDLORDS",
    "HOUSING_PATHS",
    "PASSIVE_SUPPORTS",
    "PROJECT_CONSENT",
    "REFERRAL_CONSENT",
    "AssessmentSummary",
    "CostRow",
    "DomainScore",
    "EconomicSupport",
    "FormField",
    "FormHeader",
    "FormSection",
    "FormTable",
    "FundUse",
    "HousingPath",
    "InterventionRow",
    "ProjectPrint",
    "ReferralPrint",
    "Signatory",
    "SupportRow",
    "TimelineRow",
    "WorkPath",
]

ASSESSMENT_DOMAINS: tuple[str, ...] = (
    "Situazione abitativa",
    "Reddito e risorse economiche",
    "Lavoro e competenze",
    "Istruzione e formazione",
    "Salute",
    "Carico di cura (figli minori, persone con disabilità)",
    "Rete familiare e sociale",
    "Sicurezza e rischio",
    "Situazione legale",
    "Documenti e permesso di soggiorno",
    "Lingua",
    "Mobilità",
)
"""The domains the issue requires; the instrument file in `resources/instruments` may add more."""

ACTIVE_INTERVENTIONS: tuple[str, ...] = (
    "Tirocinio extracurricolare con indennità",
    "Certificazione delle competenze",
    "Formazione / riqualificazione",
    "Servizi per l'autoimprenditorialità",
    "Colloquio specialistico",
    "Definizione del percorso",
    "Orientamento e formazione alla ricerca attiva del lavoro",
    "Bilancio delle competenze",
    "Coaching",
    "Incontro domanda/offerta / esperienza lavorativa",
    "Tutoraggio",
)
"""Active-policy interventions listed on the programme card (Fondo politiche attive)."""

PASSIVE_SUPPORTS: tuple[str, ...] = (
    "Indennità di partecipazione (mai per il tirocinio extracurricolare)",
    "Rimborso spese di trasporto",
    "Asilo nido",
    "Pre e post scuola, semiconvitto",
    "Mensa scolastica",
    "Trasporto scolastico",
    "Centri estivi",
    "Attività sportive e ricreative",
    "Assistenza familiare",
)
"""Passive-policy supports listed on the programme card (Fondo politiche passive)."""

HOUSING_PATHS: tuple[str, ...] = (
    "a) sostegno a servizi abitativi temporanei",
    "b) sostegno alla sottoscrizione di un nuovo contratto di locazione sul mercato privato",
)
HOUSING_A_SOLUTIONS: tuple[str, ...] = (
    "alloggio pubblico (l.r. 16/2016 art. 23 c. 13)",
    "assegnazione in deroga",
    "alloggio privato o di housing sociale",
)
HOUSING_B_FINDERS: tuple[str, ...] = (
    "operatori della rete",
    "partner del progetto",
    "la donna stessa",
)
HOUSING_B_LANDLORDS: tuple[str, ...] = tuple(option.label for option in popt.LANDLORD_ROLES)
"""Path b: who lets the home, as a role (never a name)."""
_HOUSING_A_COSTS = ("Canone di locazione", "Spese condominiali", "Utenze")
_HOUSING_B_COSTS = ("Costi di ingresso nella nuova abitazione",)

DEFAULT_CAVS: tuple[Option, ...] = (
    Option("aida", "AIDA (Cremona)"),
    Option("mia", "MIA (Cremona)"),
    Option("donne_contro_la_violenza", "Donne contro la violenza (Crema)"),
)

PROJECT_CONSENT = (
    "La sottoscritta dichiara di aver partecipato alla definizione del presente progetto "
    "personalizzato, di averne compreso obiettivi, impegni e tempi e di condividerli. "
    "Acconsente al trattamento dei propri dati personali, comprese le categorie particolari di "
    "dati (art. 9 del Regolamento UE 2016/679), da parte del Centro antiviolenza, dell'équipe "
    "multidisciplinare dell'Ambito, del Centro per l'Impiego e degli enti che erogano gli "
    "interventi, per le sole finalità del progetto. Può revocare il consenso in qualsiasi "
    "momento, senza conseguenze sull'aiuto che riceve dal Centro antiviolenza."
)
REFERRAL_CONSENT = (
    "La donna è stata informata della segnalazione all'équipe multidisciplinare dell'Ambito e "
    "vi acconsente. Acconsente al trattamento dei propri dati personali, comprese le categorie "
    "particolari di dati (art. 9 del Regolamento UE 2016/679), per la valutazione "
    "multidimensionale e la definizione del progetto personalizzato. Può revocare il consenso "
    "in qualsiasi momento."
)


@dataclass(frozen=True)
class Signatory:
    """One signature block: the role, and the name and body printed under the line."""

    role: str
    name: str = ""
    body: str = ""


DEFAULT_PROJECT_SIGNATURES: tuple[Signatory, ...] = (
    Signatory("La donna"),
    Signatory("La referente del Centro antiviolenza"),
    Signatory("Il/la referente dell'équipe multidisciplinare"),
    Signatory("Il Centro per l'Impiego"),
)
DEFAULT_REFERRAL_SIGNATURES: tuple[Signatory, ...] = (
    Signatory("La donna"),
    Signatory("L'operatrice del Centro antiviolenza"),
    Signatory("L'assistente sociale"),
)


@dataclass(frozen=True)
class FormHeader:
    """What the header of every page carries: programme, act, Ambito, case code."""

    programme_title: str
    programme_act: str  # e.g. "Regione Lombardia – d.g.r. n. 6947 del 24/07/2017"
    ambito: str
    case_code: str = ""
    printed_on: date | None = None


# --- Progetto personalizzato ---------------------------------------------------------------


@dataclass(frozen=True)
class DomainScore:
    """Need and resources of one assessment domain, now and at the previous assessment."""

    label: str
    need: int | None = None
    resources: int | None = None
    previous_need: int | None = None
    previous_resources: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AssessmentSummary:
    """The latest multidimensional assessment, compared with the one before (if any)."""

    assessed_on: date | None
    domains: tuple[DomainScore, ...]
    previous_on: date | None = None
    instrument: str = ""
    members: tuple[str, ...] = ()
    scale_max: int = 4
    housing_suggestion: str = ""
    work_suggestion: str = ""
    housing_decision: str = ""  # the path the project chose, and whether it followed the above

    @property
    def has_previous(self) -> bool:
        return self.previous_on is not None or any(
            score.previous_need is not None or score.previous_resources is not None
            for score in self.domains
        )


@dataclass(frozen=True)
class FundUse:
    """One fund's share for this woman: what the project uses, the per-woman cap, the rest."""

    fund: str
    used_cents: int | None
    cap_cents: int | None

    @property
    def residual_cents(self) -> int | None:
        if self.used_cents is None or self.cap_cents is None:
            return None
        return self.cap_cents - self.used_cents


@dataclass(frozen=True)
class InterventionRow:
    label: str
    provider: str = ""
    planned_cents: int | None = None
    start: date | None = None
    end: date | None = None
    status: str = ""


@dataclass(frozen=True)
class WorkPath:
    cpi_office: str
    service_pact_on: date | None  # Patto di Servizio Personalizzato
    did_on: date | None  # Dichiarazione di Immediata Disponibilità
    interventions: tuple[InterventionRow, ...]
    fund: FundUse | None = None


@dataclass(frozen=True)
class SupportRow:
    label: str
    amount_cents: int | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class EconomicSupport:
    supports: tuple[SupportRow, ...]
    fund: FundUse | None = None


@dataclass(frozen=True)
class CostRow:
    label: str
    amount_cents: int | None = None
    note: str = ""


@dataclass(frozen=True)
class HousingPath:
    """Path a (temporary housing) or b (new private lease), its details, costs and co-payment."""

    path: str  # "a", "b", or "" on a blank form
    path_label: str
    details: tuple[tuple[str, str], ...] = ()
    costs: tuple[CostRow, ...] = ()
    copayment_municipality: str = ""
    copayment_cents: int | None = None
    copayment_note: str = ""
    fund: FundUse | None = None


@dataclass(frozen=True)
class TimelineRow:
    activity: str
    start: date | None = None
    end: date | None = None
    responsible: str = ""


@dataclass(frozen=True)
class ProjectPrint:
    """The Progetto personalizzato as printed for the woman, the CAV, the équipe and the CPI."""

    header: FormHeader
    woman_name: str
    revision: int | None
    status: str
    validated_on: date | None
    equipe_referent: str
    lines: tuple[str, ...]
    goals: tuple[str, ...]
    assessment: AssessmentSummary | None
    work: WorkPath | None
    economic: EconomicSupport | None
    housing: HousingPath | None
    timeline: tuple[TimelineRow, ...] = ()
    approved_by: tuple[str, ...] = ()
    consent_statement: str = PROJECT_CONSENT
    consent_on: date | None = None
    signatures: tuple[Signatory, ...] = DEFAULT_PROJECT_SIGNATURES
    is_blank: bool = False
    woman_codice_fiscale: str = ""
    woman_birth_date: date | None = None

    @property
    def funds(self) -> tuple[FundUse, ...]:
        """The per-fund rows of every path that has one, in path order."""
        paths = (self.work, self.economic, self.housing)
        return tuple(p.fund for p in paths if p is not None and p.fund is not None)

    @classmethod
    def blank(
        cls,
        header: FormHeader,
        *,
        domains: Sequence[str] = ASSESSMENT_DOMAINS,
        active_cap_cents: int | None = 300_000,
        passive_cap_cents: int | None = 140_000,
        housing_cap_cents: int | None = None,
        signatures: Sequence[Signatory] = DEFAULT_PROJECT_SIGNATURES,
        consent_statement: str = PROJECT_CONSENT,
    ) -> ProjectPrint:
        """The same form with nothing filled in, for a meeting where it is written by hand."""
        empty_header = FormHeader(
            header.programme_title, header.programme_act, header.ambito, "", header.printed_on
        )
        return cls(
            header=empty_header,
            woman_name="",
            revision=None,
            status="",
            validated_on=None,
            equipe_referent="",
            lines=tuple(option.label for option in opt.LINES),
            goals=(),
            assessment=AssessmentSummary(None, tuple(DomainScore(label) for label in domains)),
            work=WorkPath(
                "",
                None,
                None,
                tuple(InterventionRow(label) for label in ACTIVE_INTERVENTIONS),
                FundUse("Fondo politiche attive", None, active_cap_cents),
            ),
            economic=EconomicSupport(
                tuple(SupportRow(label) for label in PASSIVE_SUPPORTS),
                FundUse("Fondo politiche passive", None, passive_cap_cents),
            ),
            housing=HousingPath(
                "",
                "",
                costs=tuple(CostRow(label) for label in (*_HOUSING_A_COSTS, *_HOUSING_B_COSTS)),
                fund=FundUse("Fondo autonomia abitativa", None, housing_cap_cents),
            ),
            signatures=tuple(Signatory(s.role) for s in signatures),
            consent_statement=consent_statement,
            is_blank=True,
        )


# --- Scheda di segnalazione ----------------------------------------------------------------


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


def _referral_layout(cavs: tuple[Option, ...]) -> tuple[tuple[str, tuple[_Spec, ...]], ...]:
    """The scheda's sections and fields; keys are the attribute names of `intake.CaseDraft`."""
    return (
        (
            "Segnalazione",
            (
                _Spec("referral_date", "Data della segnalazione"),
                _Spec("taken_in_charge_on", "Presa in carico dal CAV il"),
                _Spec("referring_cav", "Centro antiviolenza che segnala", cavs),
                _Spec(
                    "joint_social_services", "Segnalazione congiunta con i servizi sociali", _YES_NO
                ),
                _Spec("stage", "Fase del percorso al Centro antiviolenza", opt.STAGES),
                _Spec("contact_reasons", "Motivi del contatto", opt.CONTACT_REASONS, True),
                _Spec("lines_requested", "Linee del programma richieste", opt.LINES, True),
            ),
        ),
        (
            "La donna",
            (
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
            ),
        ),
        (
            "Figli",
            (
                _Spec("children_witnessed", "I figli hanno assistito alla violenza", _YES_NO),
                _Spec("children_suffered", "I figli hanno subito violenza", _YES_NO),
            ),
        ),
        (
            "Situazione",
            (
                _Spec("shelter", "Ospitalità in casa rifugio o struttura", opt.SHELTER),
                _Spec("housing", "Situazione abitativa", opt.HOUSING),
                _Spec("employment", "Condizione occupazionale", opt.EMPLOYMENT),
                _Spec("did_signed", "DID (Dichiarazione di Immediata Disponibilità)", _YES_NO),
                _Spec("income_band", "Reddito annuo del nucleo", opt.INCOME_BANDS),
            ),
        ),
        (
            "Violenza",
            (
                _Spec("violence_types", "Forme di violenza subite", opt.VIOLENCE_TYPES, True),
                _Spec(
                    "perpetrator_relationship",
                    "Relazione con l'autore",
                    opt.PERPETRATOR_RELATIONSHIP,
                ),
                _Spec("complaint", "Denuncia", opt.COMPLAINT),
                _Spec("sent_by", "Chi l'ha indirizzata al Centro antiviolenza", opt.SENT_BY),
            ),
        ),
        (
            "Consenso e percorso",
            (
                _Spec("consent_date", "Consenso al trattamento dei dati raccolto il"),
                _Spec("consent_sharing", "Consenso alla condivisione con l'équipe", _YES_NO),
                _Spec("notes", "Bisogni e motivazione della segnalazione", lines=5),
            ),
        ),
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
        known = {spec.key for _title, specs in layout for spec in specs}
        unknown = set(values) - known - {"stage_dates", "children"}
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        merged = dict(values)
        kids = children or cast("Sequence[ChildLike]", values.get("children", ()))
        stage_dates = values.get("stage_dates")
        if isinstance(stage_dates, Mapping) and "taken_in_charge_on" not in merged:
            merged["taken_in_charge_on"] = stage_dates.get("taken_in_charge")
        sections = tuple(
            FormSection(
                title,
                tuple(
                    FormField(
                        spec.key,
                        spec.label,
                        _display(merged.get(spec.key), spec),
                        tuple(option.label for option in spec.vocabulary),
                        spec.multiple,
                        spec.lines,
                    )
                    for spec in specs
                ),
                _children_table(_children_rows(kids)) if title == "Figli" else None,
            )
            for title, specs in layout
        )
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
        sections = tuple(
            FormSection(
                title,
                tuple(
                    FormField(
                        spec.key,
                        spec.label,
                        options=tuple(option.label for option in spec.vocabulary),
                        multiple=spec.multiple,
                        lines=spec.lines,
                    )
                    for spec in specs
                ),
                _children_table(()) if title == "Figli" else None,
            )
            for title, specs in _referral_layout(tuple(cavs))
        )
        empty_header = FormHeader(
            header.programme_title, header.programme_act, header.ambito, "", header.printed_on
        )
        return cls(
            empty_header,
            sections,
            consent_statement,
            tuple(Signatory(s.role) for s in signatures),
            is_blank=True,
        )


def _children_table(rows: tuple[tuple[str, ...], ...]) -> FormTable:
    yes_no = ("sì", "no")
    return FormTable(
        _CHILD_COLUMNS, rows, blank_rows=4, widths=(1, 3, 3, 3), options=((), (), yes_no, yes_no)
    )
