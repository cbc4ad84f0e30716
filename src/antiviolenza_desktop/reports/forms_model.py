"""What the printed Progetto personalizzato prints: frozen records of strings, dates, cents.

The Progetto personalizzato is laid out by `project_form` from these records only (the scheda
di segnalazione by `referral_form` from `referral_model`, which shares the header and the
signatures), so the reports layer never depends on how the domain stores assessments, projects
or cases: `services` maps its records onto these, and a change in the domain touches that
mapping, not the layout. Amounts are integer cents (the layout formats them as `€ 1.234,56`),
dates are `datetime.date` (printed `dd/mm/yyyy`).

Every form also has a blank version for handwriting (`ProjectPrint.blank`,
`ReferralPrint.blank`): the same sections with ruled lines, empty boxes and the options of
every closed list as checkboxes. The options are the labels of the app's own vocabularies
(`domain.project.options`, and the domains of the assessment instrument file), so paper and
screen offer the same choices. Blank forms carry the programme and the Ambito, never a
case. The woman's name appears only in the body of a filled form, never in file metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.domain.project import options as popt

__all__ = [
    "ACTIVE_INTERVENTIONS",
    "DEFAULT_PROJECT_SIGNATURES",
    "HOUSING_A_SOLUTIONS",
    "HOUSING_B_FINDERS",
    "HOUSING_B_LANDLORDS",
    "HOUSING_COSTS",
    "HOUSING_PATHS",
    "PASSIVE_SUPPORTS",
    "PROJECT_CONSENT",
    "PROVIDERS",
    "AssessmentSummary",
    "CostRow",
    "DomainScore",
    "EconomicSupport",
    "FormHeader",
    "FundUse",
    "HousingPath",
    "InterventionRow",
    "ProjectPrint",
    "Signatory",
    "SupportRow",
    "TimelineRow",
    "WorkPath",
]


def labels(vocabulary: Iterable[Option]) -> tuple[str, ...]:
    """The printed labels of a vocabulary, in its order."""
    return tuple(option.label for option in vocabulary)


ACTIVE_INTERVENTIONS = labels(popt.ACTIVE_INTERVENTIONS)
"""Active-policy interventions (Fondo politiche attive)."""
PROVIDERS = labels(popt.PROVIDERS)
PASSIVE_SUPPORTS = labels(popt.PASSIVE_SUPPORTS)
"""Passive-policy supports (Fondo politiche passive)."""
HOUSING_PATHS = labels(popt.HOUSING_PATHS)
HOUSING_A_SOLUTIONS = labels(popt.TEMPORARY_HOUSING_KINDS)
HOUSING_B_FINDERS = labels(popt.HOUSING_FOUND_BY)
HOUSING_B_LANDLORDS = labels(popt.LANDLORD_ROLES)
"""Path b: who lets the home, as a role (never a name)."""
HOUSING_COSTS = labels(popt.HOUSING_COST_KINDS)
"""Path a's monthly costs, then path b's entry costs."""

PROJECT_CONSENT = (
    "La sottoscritta dichiara di aver partecipato alla definizione del presente progetto "
    "personalizzato, di averne compreso obiettivi, impegni e tempi e di condividerli. "
    "Acconsente al trattamento dei propri dati personali, comprese le categorie particolari di "
    "dati (art. 9 del Regolamento UE 2016/679), da parte del Centro antiviolenza, dell'équipe "
    "multidisciplinare dell'Ambito, del Centro per l'Impiego e degli enti che erogano gli "
    "interventi, per le sole finalità del progetto. Può revocare il consenso in qualsiasi "
    "momento, senza conseguenze sull'aiuto che riceve dal Centro antiviolenza."
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


@dataclass(frozen=True)
class FormHeader:
    """What the header of every page carries: programme, act, Ambito, case code."""

    programme_title: str
    programme_act: str  # e.g. "Regione Lombardia – d.g.r. n. 6947 del 24/07/2017"
    ambito: str
    case_code: str = ""
    printed_on: date | None = None

    def without_case(self) -> FormHeader:
        """The header of a blank form: the same programme and Ambito, no case code."""
        return FormHeader(
            self.programme_title, self.programme_act, self.ambito, "", self.printed_on
        )


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
class ApprovalRow:
    """One équipe member's sign-off of an act, as printed: the act, the revision, her display
    name and when («dd/mm/yyyy hh:mm», local time; a typed name from before the sign-offs
    says so)."""

    act: str
    revision: int
    name: str
    when: str


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
    approvals: tuple[ApprovalRow, ...] = ()
    consent_statement: str = PROJECT_CONSENT
    consent_on: date | None = None
    consents_in_force: tuple[str, ...] = ()
    """Her consents in force on the print day (`reports.consent_lines`), one line each."""
    referrals: tuple[str, ...] = ()
    """Her referrals to services with their status (`reports.referral_lines`), one line each."""
    signatures: tuple[Signatory, ...] = DEFAULT_PROJECT_SIGNATURES
    is_blank: bool = False
    woman_codice_fiscale: str = ""
    woman_birth_date: date | None = None
    next_monitoring: date | None = None
    """The next due days of a running project (`services.tasks.project_due_dates`)."""
    next_review: date | None = None

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
        domains: Sequence[str],
        scale_max: int,
        active_cap_cents: int | None = 300_000,
        passive_cap_cents: int | None = 140_000,
        housing_cap_cents: int | None = None,
        signatures: Sequence[Signatory] = DEFAULT_PROJECT_SIGNATURES,
        consent_statement: str = PROJECT_CONSENT,
    ) -> ProjectPrint:
        """The same form with nothing filled in, for a meeting where it is written by hand.
        `domains` and `scale_max` are those of the current assessment instrument."""
        return cls(
            header=header.without_case(),
            woman_name="",
            revision=None,
            status="",
            validated_on=None,
            equipe_referent="",
            lines=labels(opt.LINES),
            goals=(),
            assessment=AssessmentSummary(
                None, tuple(DomainScore(label) for label in domains), scale_max=scale_max
            ),
            work=_blank_work(active_cap_cents),
            economic=_blank_economic(passive_cap_cents),
            housing=_blank_housing(housing_cap_cents),
            signatures=tuple(Signatory(s.role) for s in signatures),
            consent_statement=consent_statement,
            is_blank=True,
        )


def _blank_work(cap_cents: int | None) -> WorkPath:
    """Every active intervention as an empty row, to tick by hand."""
    return WorkPath(
        "",
        None,
        None,
        tuple(InterventionRow(label) for label in ACTIVE_INTERVENTIONS),
        FundUse("Fondo politiche attive", None, cap_cents),
    )


def _blank_economic(cap_cents: int | None) -> EconomicSupport:
    """Every passive support (the 11 of the app) as an empty row, to tick by hand."""
    return EconomicSupport(
        tuple(SupportRow(label) for label in PASSIVE_SUPPORTS),
        FundUse("Fondo politiche passive", None, cap_cents),
    )


def _blank_housing(cap_cents: int | None) -> HousingPath:
    """No path chosen; every cost the housing fund may cover as an empty row."""
    return HousingPath(
        "",
        "",
        costs=tuple(CostRow(label) for label in HOUSING_COSTS),
        fund=FundUse("Fondo autonomia abitativa", None, cap_cents),
    )
