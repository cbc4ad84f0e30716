"""The waiting list of each line of the programme, ordered by the card's priority criteria.

What the card says (Tabella 2 for line 1, Tabella 3 for line 2, "Destinatari delle azioni"):

- line 1, work: «Costituiscono elementi di priorità: - la presenza di uno o più figli minori
  o disabili - l'inserimento in una casa rifugio o struttura di accoglienza - la condizione
  di disoccupazione»;
- line 2, housing: «Costituiscono elementi di priorità: - la presenza di uno o più figli
  minori o disabili - l'inserimento in una casa rifugio o struttura di accoglienza - la
  condizione economica di maggiore svantaggio».

Decision: the criteria are COUNTED, not lexicographic. The card lists "elementi di priorità"
as an unordered bullet list, with no ranking among them ("in ordine di", "prioritariamente")
and no weights, so each element adds the same priority. Reading the list as lexicographic
would invent a hierarchy the card does not state: a woman whose only element is a minor
child would outrank one who is both in a shelter and unemployed.

The housing line's third element is comparative ("maggiore svantaggio": greater than whom?)
and the card gives no threshold, so it cannot be a yes/no element to count without inventing
one. It therefore orders the women who meet the same number of the other two elements: the
lower the household income band, the higher she ranks; an income not stated ranks last and
says so ("reddito non indicato"), which prompts the équipe to ask rather than guess.

Remaining ties go to the earlier referral (first come, first served), then the case code, so
the list is the same on every laptop. The function is pure: the services gather the facts by
query and the GUI shows `reasons` next to each row, translated: each is a code with the option
codes it names (`PriorityReason`), like an AppError's template and parameters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.intake import CaseDraft

LINE_WORK = "work"
LINE_HOUSING = "housing"
CHILDREN = "minor_or_disabled_children"
SHELTER = "in_shelter"
UNEMPLOYED = "unemployed"
ECONOMIC_DISADVANTAGE = "greatest_economic_disadvantage"
"""Criterion codes, as in the programme file's `priorita` lists."""

LINE_CRITERIA: dict[str, tuple[str, ...]] = {
    LINE_WORK: (CHILDREN, SHELTER, UNEMPLOYED),
    LINE_HOUSING: (CHILDREN, SHELTER, ECONOMIC_DISADVANTAGE),
}
"""Each line's criteria in card order; the comparative one is not counted (see above)."""

_JOBLESS = frozenset({"unemployed", "never_employed"})
_INCOME_ORDER = opt.codes(opt.INCOME_BANDS)

REASON_TEMPLATES: dict[str, str] = {
    CHILDREN: "figli minori o con disabilità",
    SHELTER: "ospite di una casa rifugio o struttura di accoglienza",
    UNEMPLOYED: "{employment}",
    "no_income": "nessun reddito nel nucleo",
    "income_band": "reddito del nucleo {income_band}",
    "income_unknown": "reddito non indicato",
    "no_priority": "nessun elemento di priorità",
}
"""Each reason's Italian template (the GUI translates it, context "waiting_list"); a
placeholder names the intake vocabulary whose label fills it (`REASON_VOCABULARIES`)."""

REASON_VOCABULARIES = {"employment": opt.EMPLOYMENT, "income_band": opt.INCOME_BANDS}


@dataclass(frozen=True, slots=True)
class PriorityReason:
    """Why she stands where she does, as a code and the option codes it names (never text):
    the GUI translates the template and the option labels."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def template(self) -> str:
        return REASON_TEMPLATES[self.code]

    @property
    def text(self) -> str:
        """The Italian sentence (for the CLI, the logs of tests)."""
        labels = {name: opt.label_of(REASON_VOCABULARIES[name], code) for name, code in self.params}
        return self.template.format(**labels)


NO_PRIORITY = PriorityReason("no_priority")
INCOME_UNKNOWN = PriorityReason("income_unknown")


@dataclass(frozen=True, slots=True)
class PriorityFacts:
    """The facts of one case that the priority rule reads, and nothing more."""

    case_id: int
    case_code: str
    referral_date: date
    has_minor_or_disabled_children: bool
    in_shelter: bool
    employment: str | None
    income_band: str | None
    lines_requested: frozenset[str]


@dataclass(frozen=True, slots=True)
class RankedCase:
    """One row of a waiting list: where she stands, which criteria she meets and why."""

    position: int
    facts: PriorityFacts
    criteria_met: tuple[str, ...]
    reasons: tuple[PriorityReason, ...]

    @property
    def score(self) -> int:
        """How many counted criteria she meets: the first key of the order."""
        return len(self.criteria_met)


def facts_for_case(case_id: int, case_code: str, draft: CaseDraft) -> PriorityFacts:
    """The priority facts of a saved referral form (which always has a referral date)."""
    if draft.referral_date is None:
        raise ValueError("a case on a waiting list has a referral date")
    return PriorityFacts(
        case_id=case_id,
        case_code=case_code,
        referral_date=draft.referral_date,
        has_minor_or_disabled_children=any(c.minor or c.disabled for c in draft.children),
        in_shelter=draft.shelter != "none",
        employment=draft.employment,
        income_band=draft.income_band,
        lines_requested=draft.lines_requested,
    )


def _criteria_met(line: str, facts: PriorityFacts) -> tuple[str, ...]:
    met = {
        CHILDREN: facts.has_minor_or_disabled_children,
        SHELTER: facts.in_shelter,
        UNEMPLOYED: line == LINE_WORK and facts.employment in _JOBLESS,
    }
    return tuple(code for code in LINE_CRITERIA[line] if met.get(code, False))


def _income_rank(facts: PriorityFacts) -> int:
    """0 for no income, rising with the band; unknown (or unlisted) after every band."""
    if facts.income_band in _INCOME_ORDER:
        return _INCOME_ORDER.index(facts.income_band)
    return len(_INCOME_ORDER)


def _income_reason(band: str | None) -> PriorityReason:
    if band not in _INCOME_ORDER:
        return INCOME_UNKNOWN
    if band == "none":
        return PriorityReason("no_income")
    return PriorityReason("income_band", (("income_band", band),))


def _reasons(line: str, facts: PriorityFacts, met: tuple[str, ...]) -> tuple[PriorityReason, ...]:
    reasons = [PriorityReason(code) for code in met if code in (CHILDREN, SHELTER)]
    if UNEMPLOYED in met and facts.employment is not None:
        reasons.append(PriorityReason(UNEMPLOYED, (("employment", facts.employment),)))
    if line == LINE_HOUSING:
        reasons.append(_income_reason(facts.income_band))
    return tuple(reasons) or (NO_PRIORITY,)


def rank_waiting_list(line: str, facts: Iterable[PriorityFacts]) -> list[RankedCase]:
    """The cases that requested `line`, best first, each with its criteria and reasons.

    Order: more counted criteria first; on the housing line, then lower income band
    (unknown last); then earlier referral; then case code and id. ValueError for an
    unknown line code.
    """
    if line not in LINE_CRITERIA:
        raise ValueError(f"unknown line {line!r}: expected one of {sorted(LINE_CRITERIA)}")
    income_counts = line == LINE_HOUSING
    rows = []
    for item in facts:
        if line not in item.lines_requested:
            continue
        met = _criteria_met(line, item)
        income = _income_rank(item) if income_counts else 0
        key = (-len(met), income, item.referral_date, item.case_code, item.case_id)
        rows.append((key, item, met))
    rows.sort(key=lambda row: row[0])
    return [
        RankedCase(position, item, met, _reasons(line, item, met))
        for position, (_, item, met) in enumerate(rows, start=1)
    ]
