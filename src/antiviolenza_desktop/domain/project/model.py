"""The Progetto personalizzato: what the équipe agrees with a woman, and the rules it must keep.

A project combines up to three paths, each paid by its own fund with its own per-woman cap
(the programme file holds the caps; `caps_from_programme` reads them):
- the work path with the CPI: active-policy interventions, Fondo politiche attive, € 3.000,00;
- economic support: passive-policy supports, Fondo politiche passive, € 1.400,00;
- the housing path: a) temporary housing services or b) a new private lease, Fondo autonomia
  abitativa, with a cap the card leaves to regional acts (None: not set, nothing to check).

Every rule is a pure function. A refusal is an `AppError` subclass with a stable `code`, and its
Italian message names the rule and the numbers. `validation_problems` lists everything that
stops validation as `FieldIssue`s, for the form; `validate` raises `ProjectNotValid` with them.
A validated revision is frozen: `project_revisions` makes new revisions and keeps the history.
The dataclasses of the draft live in `project_draft` and are re-exported here (`name as name`),
so callers import the project's content and its rules from this one module.

All money is integer cents. Field names in `FieldIssue.field`: `goals`, `referent`,
`assessment`, `consent`, `work.cpi_office`, `work.interventions[0].end`,
`passive_supports[1].linked_intervention`, `housing.monthly_costs[0].kind`, ...
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.domain.case.intake_issues import VALUE_UNKNOWN
from antiviolenza_desktop.domain.case.intake_options import LINES, Option, codes
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import issue_of
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.domain.project import issues as iss
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.draft import (
    ActiveIntervention as ActiveIntervention,
)
from antiviolenza_desktop.domain.project.draft import (
    HousingCost as HousingCost,
)
from antiviolenza_desktop.domain.project.draft import (
    PassiveSupport as PassiveSupport,
)
from antiviolenza_desktop.domain.project.draft import (
    PrivateLease as PrivateLease,
)
from antiviolenza_desktop.domain.project.draft import (
    ProjectDraft as ProjectDraft,
)
from antiviolenza_desktop.domain.project.draft import (
    TemporaryHousing as TemporaryHousing,
)
from antiviolenza_desktop.domain.project.draft import (
    WorkPath as WorkPath,
)
from antiviolenza_desktop.domain.project.lease import lease_problems

ACTIVE_FUND = "active_policies"
PASSIVE_FUND = "passive_policies"
HOUSING_FUND = "housing_autonomy"
FUNDS: tuple[Option, ...] = (
    Option(ACTIVE_FUND, "Fondo politiche attive"),
    Option(PASSIVE_FUND, "Fondo politiche passive"),
    Option(HOUSING_FUND, "Fondo autonomia abitativa"),
)
"""Codes as in the programme file's `[[fondi]]`, labels as printed on the project form."""

_TOTAL_OF = {
    ACTIVE_FUND: "delle politiche attive",
    PASSIVE_FUND: "delle politiche passive",
    HOUSING_FUND: "del sostegno abitativo",
}
_TRAINEESHIP = opt.EXTRACURRICULAR_TRAINEESHIP
_FIELD_OF = {ACTIVE_FUND: "work.interventions", PASSIVE_FUND: "passive_supports"}


# --- money ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Caps:
    """Per-woman caps in cents; None means the cap is not set and is not checked."""

    active: Cents | None
    passive: Cents | None
    housing: Cents | None

    def of(self, fund: str) -> Cents | None:
        """The cap of a fund by its code; KeyError for a code that is not a fund."""
        return {ACTIVE_FUND: self.active, PASSIVE_FUND: self.passive, HOUSING_FUND: self.housing}[
            fund
        ]


def caps_from_programme(programme: Programme, *, housing_cap: Cents | None = None) -> Caps:
    """The caps of the programme's funds; `housing_cap` is used when the file leaves the housing
    cap «configurabile» (the card defers it to regional acts)."""
    housing = programme.fund(HOUSING_FUND).cap_per_woman
    return Caps(
        active=programme.fund(ACTIVE_FUND).cap_per_woman,
        passive=programme.fund(PASSIVE_FUND).cap_per_woman,
        housing=housing if housing is not None else housing_cap,
    )


def fund_total(draft: ProjectDraft, fund: str) -> Cents:
    """What the draft asks of one fund. Cancelled interventions and her municipality's
    co-payment do not count."""
    if fund == ACTIVE_FUND:
        return sum(i.planned_cost for i in draft.interventions if i.status != "cancelled")
    if fund == PASSIVE_FUND:
        return sum(support.amount for support in draft.passive_supports)
    if fund == HOUSING_FUND:
        return draft.housing.fund_total if draft.housing else 0
    raise KeyError(fund)


@dataclass(frozen=True, slots=True)
class FundUse:
    """One line of the printed form's money table; `residual` is None when there is no cap."""

    fund: str
    label: str
    used: Cents
    cap: Cents | None
    residual: Cents | None


def residual_under_caps(draft: ProjectDraft, caps: Caps) -> tuple[FundUse, ...]:
    """Per fund, what the draft uses and what remains under the per-woman cap."""
    uses = []
    for fund in FUNDS:
        used, cap = fund_total(draft, fund.code), caps.of(fund.code)
        residual = None if cap is None else cap - used
        uses.append(FundUse(fund.code, fund.label, used, cap, residual))
    return tuple(uses)


# --- rules ---------------------------------------------------------------------------------


class CapExceeded(AppError):
    """The draft asks a fund for more than the per-woman cap."""

    code = "massimale_superato"
    template = "Il totale {what} ({total}) supera il massimo di {cap} per donna"


class AllowanceTiedToTraineeship(AppError):
    """A participation allowance linked to an extracurricular traineeship."""

    code = "indennita_su_tirocinio"
    template = (
        "L'indennità di partecipazione (voce {support}, {amount}) non può essere legata al "
        "tirocinio extracurricolare (intervento {intervention}): il tirocinio è già indennizzato "
        "dal Fondo politiche attive"
    )


def cap_breaches(draft: ProjectDraft, caps: Caps) -> list[CapExceeded]:
    """One error per fund whose total is above its cap (equal to the cap is allowed)."""
    breaches = []
    for fund in FUNDS:
        total, cap = fund_total(draft, fund.code), caps.of(fund.code)
        if cap is not None and total > cap:
            breaches.append(
                CapExceeded(
                    _FIELD_OF.get(fund.code, "housing"),
                    fund=fund.code,
                    what=_TOTAL_OF[fund.code],
                    total=format_eur(total),
                    cap=format_eur(cap),
                    excess=format_eur(total - cap),
                )
            )
    return breaches


def check_caps(draft: ProjectDraft, caps: Caps) -> None:
    """Raise CapExceeded for the first fund over its cap (active, passive, housing)."""
    for breach in cap_breaches(draft, caps):
        raise breach


def allowance_breaches(draft: ProjectDraft) -> list[AllowanceTiedToTraineeship]:
    """Participation allowances linked to an extracurricular traineeship (numbered from 1)."""
    breaches = []
    interventions = draft.interventions
    for index, support in enumerate(draft.passive_supports):
        linked = support.linked_intervention
        if support.kind != opt.PARTICIPATION_ALLOWANCE or linked is None:
            continue
        if 0 <= linked < len(interventions) and interventions[linked].kind == _TRAINEESHIP:
            breaches.append(
                AllowanceTiedToTraineeship(
                    f"passive_supports[{index}].linked_intervention",
                    support=index + 1,
                    amount=format_eur(support.amount),
                    intervention=linked + 1,
                )
            )
    return breaches


def check_allowance_not_tied_to_traineeship(draft: ProjectDraft) -> None:
    """Raise AllowanceTiedToTraineeship when a participation allowance pays for a traineeship."""
    for breach in allowance_breaches(draft):
        raise breach


# --- validation ----------------------------------------------------------------------------


class ProjectNotValid(AppError):
    """The project cannot be validated yet; `issues` are the errors, in form order."""

    code = "progetto_non_validabile"
    template = "Il progetto non si può validare. Problemi da risolvere: {count}; il primo: {first}"

    def __init__(self, issues: Iterable[FieldIssue]) -> None:
        self.issues = tuple(issue for issue in issues if issue.severity == "error")
        first = self.issues[0] if self.issues else None
        super().__init__(
            field=(first.field or None) if first else None,
            count=len(self.issues),
            first=first.message if first else "",
        )


def validation_problems(
    draft: ProjectDraft,
    *,
    caps: Caps,
    has_assessment: bool,
    lines_requested: Collection[str],
    consent_recorded: bool,
) -> list[FieldIssue]:
    """Everything that stops validation (errors) or deserves a look (warnings); [] if none.

    Validation needs: an assessment, her consent, goals and a referent (and, outside the draft,
    the équipe's sign-offs: `domain.project.signoff`);
    every line she requested or the project covers with its path defined; known codes,
    no negative amounts, periods that end after they start; the caps; the allowance rule.
    """
    lines = set(lines_requested) | set(draft.lines)
    return [
        *_preconditions(draft, has_assessment, consent_recorded),
        *_lines(draft, lines),
        *_work(draft.work),
        *_passive(draft),
        *_housing(draft.housing),
        *(issue_of(breach) for breach in cap_breaches(draft, caps)),
        *(issue_of(breach) for breach in allowance_breaches(draft)),
    ]


def validate(
    draft: ProjectDraft,
    *,
    caps: Caps,
    has_assessment: bool,
    lines_requested: Collection[str],
    consent_recorded: bool,
) -> None:
    """Raise ProjectNotValid listing every error of `validation_problems`; warnings pass."""
    issues = validation_problems(
        draft,
        caps=caps,
        has_assessment=has_assessment,
        lines_requested=lines_requested,
        consent_recorded=consent_recorded,
    )
    if any(issue.severity == "error" for issue in issues):
        raise ProjectNotValid(issues)


def _preconditions(draft: ProjectDraft, assessed: bool, consent: bool) -> Iterator[FieldIssue]:
    if not assessed:
        yield iss.NO_ASSESSMENT.error("assessment")
    if not consent:
        yield iss.NO_CONSENT.error("consent")
    if not [goal for goal in draft.goals if goal.strip()]:
        yield iss.NO_GOALS.error("goals")
    if not draft.referent.strip():
        yield iss.NO_REFERENT.error("referent")


def _lines(draft: ProjectDraft, lines: set[str]) -> Iterator[FieldIssue]:
    if not lines:
        yield iss.NO_LINES.error("lines")
    if lines - set(codes(LINES)):
        yield iss.UNKNOWN_LINE.error("lines")
    work = draft.work
    if "work" in lines and (work is None or not work.cpi_office.strip()):
        yield iss.NO_CPI_OFFICE.error("work.cpi_office")
    active = [i for i in draft.interventions if i.status != "cancelled"]
    if "work" in lines and not active:
        yield iss.NO_INTERVENTIONS.error("work.interventions")
    if "housing" in lines and draft.housing is None:
        yield iss.NO_HOUSING_PATH.error("housing")


def _known(name: str, value: str, options: tuple[Option, ...]) -> Iterator[FieldIssue]:
    if value not in codes(options):
        yield VALUE_UNKNOWN.error(name)


def _amount(name: str, cents: Cents) -> Iterator[FieldIssue]:
    if cents < 0:
        yield iss.NEGATIVE_AMOUNT.error(name, amount=format_eur(cents))


def _period(name: str, start: date | None, end: date | None) -> Iterator[FieldIssue]:
    if start is not None and end is not None and end < start:
        yield iss.END_BEFORE_START.error(name, end=f"{end:%d/%m/%Y}", start=f"{start:%d/%m/%Y}")


def _work(work: WorkPath | None) -> Iterator[FieldIssue]:
    for index, item in enumerate(work.interventions if work else ()):
        at = f"work.interventions[{index}]"
        yield from _known(f"{at}.kind", item.kind, opt.ACTIVE_INTERVENTIONS)
        yield from _known(f"{at}.provider", item.provider, opt.PROVIDERS)
        yield from _known(f"{at}.status", item.status, opt.INTERVENTION_STATUS)
        yield from _amount(f"{at}.planned_cost", item.planned_cost)
        yield from _period(f"{at}.end", item.start, item.end)


def _passive(draft: ProjectDraft) -> Iterator[FieldIssue]:
    count = len(draft.interventions)
    for index, support in enumerate(draft.passive_supports):
        at = f"passive_supports[{index}]"
        yield from _known(f"{at}.kind", support.kind, opt.PASSIVE_SUPPORTS)
        yield from _amount(f"{at}.amount", support.amount)
        yield from _period(f"{at}.period_to", support.period_from, support.period_to)
        linked = support.linked_intervention
        if linked is not None and not 0 <= linked < count:
            yield iss.NO_SUCH_INTERVENTION.error(f"{at}.linked_intervention")
        elif linked is None and support.kind == opt.PARTICIPATION_ALLOWANCE:
            yield iss.ALLOWANCE_UNLINKED.warning(f"{at}.linked_intervention")


def _housing(housing: TemporaryHousing | PrivateLease | None) -> Iterator[FieldIssue]:
    if isinstance(housing, TemporaryHousing):
        yield from _temporary(housing)
    elif isinstance(housing, PrivateLease):
        yield from _known("housing.found_by", housing.found_by, opt.HOUSING_FOUND_BY)
        if not housing.entry_costs:
            yield iss.NO_ENTRY_COSTS.error("housing.entry_costs")
        yield from _costs("housing.entry_costs", housing.entry_costs, opt.ENTRY_COSTS)
        yield from (issue_of(problem) for problem in lease_problems(housing))


def _temporary(housing: TemporaryHousing) -> Iterator[FieldIssue]:
    yield from _known("housing.kind", housing.kind, opt.TEMPORARY_HOUSING_KINDS)
    if housing.months < 1:
        yield iss.NO_MONTHS.error("housing.months")
    if not housing.monthly_costs:
        yield iss.NO_MONTHLY_COSTS.error("housing.monthly_costs")
    yield from _costs("housing.monthly_costs", housing.monthly_costs, opt.MONTHLY_COSTS_COVERED)
    yield from _amount("housing.municipality_copayment", housing.municipality_copayment)
    if housing.municipality_copayment > 0 and not housing.copayment_covers.strip():
        yield iss.COPAYMENT_UNEXPLAINED.error("housing.copayment_covers")


def _costs(
    name: str, costs: tuple[HousingCost, ...], allowed: frozenset[str]
) -> Iterator[FieldIssue]:
    covered = ", ".join(label for code, label in opt.HOUSING_COST_KINDS if code in allowed)
    for index, cost in enumerate(costs):
        yield from _amount(f"{name}[{index}].amount", cost.amount)
        if cost.kind not in allowed:
            yield iss.COST_NOT_COVERED.error(f"{name}[{index}].kind", covered=covered)
