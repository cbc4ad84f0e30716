"""One multidimensional assessment of a woman by the équipe, and what the program reads from it.

An `Assessment` records who was there (name, body, role), the instrument id and version it used,
a need score, a resources score and a note for each domain, and the answers to the housing and
work sections. `validate_assessment` returns every problem at once as `FieldIssue`s, like the
referral form. `compare` lines up two assessments domain by domain for the "what changed"
table and chart. The two `suggest_*` functions apply the card's rules to the answers: each
suggestion carries its reasons in Italian, and none of them decides anything — the équipe does,
and the project records what it chose.

Field names in `FieldIssue.field`: `held_on`, `instrument`, `members`, `members[0].name`,
`scores.housing.need`, `housing_answers.in_shelter`, `work_answers.needs_training`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from antiviolenza_desktop.domain.assessment import issues as iss
from antiviolenza_desktop.domain.assessment import reasons as why
from antiviolenza_desktop.domain.assessment.instrument import (
    GOOD,
    NO,
    UNKNOWN,
    YES,
    Instrument,
    Section,
)
from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.domain.case.intake_issues import TOO_LONG
from antiviolenza_desktop.domain.case.intake_options import Option, label_of
from antiviolenza_desktop.domain.messages import Message, MessageKind
from antiviolenza_desktop.domain.project.options import ACTIVE_INTERVENTIONS, HOUSING_PATHS

MAX_NOTE = 2000
MAX_NAME = 120
HIGH_NEED = 3
"""On the 0–4 scales of instrument v1, a need of 3 («elevato») or more counts as high."""

Direction = Literal["improved", "worsened", "unchanged", "mixed", "not_comparable"]
DIRECTIONS: tuple[Option, ...] = (
    Option("improved", "migliorata"),
    Option("worsened", "peggiorata"),
    Option("unchanged", "invariata"),
    Option("mixed", "in parte migliorata, in parte peggiorata"),
    Option("not_comparable", "non confrontabile"),
)


@dataclass(frozen=True, slots=True)
class TeamMember:
    """A member of the équipe present at the assessment."""

    name: str
    body: str
    role: str


@dataclass(frozen=True, slots=True)
class DomainScore:
    """The équipe's scores for one domain; None while not yet scored."""

    domain: str
    need: int | None = None
    resources: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Assessment:
    """One assessment as recorded; `validate_assessment` checks it against its instrument."""

    held_on: date | None = None
    instrument_id: str = ""
    instrument_version: int = 0
    members: tuple[TeamMember, ...] = ()
    scores: tuple[DomainScore, ...] = ()
    housing_answers: Mapping[str, str] = field(default_factory=dict)
    work_answers: Mapping[str, str] = field(default_factory=dict)
    note: str = ""

    def score(self, domain: str) -> DomainScore | None:
        """The scores of `domain`, or None when the assessment has none."""
        return next((score for score in self.scores if score.domain == domain), None)


def validate_assessment(
    assessment: Assessment, instrument: Instrument, today: date
) -> list[FieldIssue]:
    """Every problem of the assessment against the instrument version it names; [] if none."""
    return [
        *_head(assessment, instrument, today),
        *_members(assessment.members),
        *_scores(assessment, instrument),
        *_answers(assessment.housing_answers, instrument.housing, "housing_answers"),
        *_answers(assessment.work_answers, instrument.work, "work_answers"),
    ]


def _head(assessment: Assessment, instrument: Instrument, today: date) -> Iterator[FieldIssue]:
    held = assessment.held_on
    if held is None:
        yield iss.HELD_ON_MISSING.error("held_on")
    elif held > today:
        yield iss.HELD_ON_FUTURE.error("held_on", day=f"{held:%d/%m/%Y}")
    elif held < instrument.valid_from:
        yield iss.INSTRUMENT_NOT_YET.error(
            "held_on", instrument=instrument.label, day=f"{held:%d/%m/%Y}"
        )
    if (assessment.instrument_id, assessment.instrument_version) != (
        instrument.id,
        instrument.version,
    ):
        yield iss.INSTRUMENT_MISMATCH.error(
            "instrument",
            used=assessment.instrument_id,
            used_version=assessment.instrument_version,
            checked=instrument.id,
            checked_version=instrument.version,
        )
    if len(assessment.note) > MAX_NOTE:
        yield TOO_LONG.error("note", max=MAX_NOTE)


def _members(members: Sequence[TeamMember]) -> Iterator[FieldIssue]:
    if not members:
        yield iss.NO_MEMBERS.error("members")
        return
    for index, member in enumerate(members):
        for name, value, missing in (
            ("name", member.name, iss.MEMBER_NAME_MISSING),
            ("body", member.body, iss.MEMBER_BODY_MISSING),
            ("role", member.role, iss.MEMBER_ROLE_MISSING),
        ):
            if not value.strip():
                yield missing.error(f"members[{index}].{name}")
            elif len(value) > MAX_NAME:
                yield TOO_LONG.error(f"members[{index}].{name}", max=MAX_NAME)
    if len({member.body.strip().casefold() for member in members}) < 2:
        yield iss.ONE_BODY_ONLY.warning("members")


_RESOURCES_ISSUES = (iss.RESOURCES_MISSING, iss.RESOURCES_OFF_SCALE)


def _scores(assessment: Assessment, instrument: Instrument) -> Iterator[FieldIssue]:
    known = {domain.code for domain in instrument.domains}
    seen: set[str] = set()
    for score in assessment.scores:
        if score.domain not in known:
            yield iss.DOMAIN_UNKNOWN.error(f"scores.{score.domain}")
        elif score.domain in seen:
            yield iss.DOMAIN_TWICE.error(f"scores.{score.domain}")
        seen.add(score.domain)
    for domain in instrument.domains:
        score = assessment.score(domain.code) or DomainScore(domain.code)
        for part, value, scale, missing, off_scale in (
            ("need", score.need, domain.need, iss.NEED_MISSING, iss.NEED_OFF_SCALE),
            ("resources", score.resources, domain.resources, *_RESOURCES_ISSUES),
        ):
            at = f"scores.{domain.code}.{part}"
            if value is None:
                yield missing.error(at, domain=domain.label)
            elif value not in scale:
                yield off_scale.error(at, domain=domain.label, maximum=scale.maximum, value=value)
        if len(score.note) > MAX_NOTE:
            yield TOO_LONG.error(f"scores.{domain.code}.note", max=MAX_NOTE)


def _answers(answers: Mapping[str, str], section: Section, prefix: str) -> Iterator[FieldIssue]:
    for code, answer in answers.items():
        try:
            question = section.question(code)
        except KeyError:
            yield iss.QUESTION_UNKNOWN.error(f"{prefix}.{code}")
            continue
        if answer not in question.answer_codes():
            yield iss.ANSWER_UNKNOWN.error(f"{prefix}.{code}")


# --- comparison ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DomainChange:
    """One domain before and after; deltas are None when either side is missing."""

    domain: str
    need_before: int | None
    need_after: int | None
    resources_before: int | None
    resources_after: int | None
    need_delta: int | None
    resources_delta: int | None
    direction: Direction


def compare(previous: Assessment | None, current: Assessment) -> list[DomainChange]:
    """Domain by domain, what changed from `previous` (None: first assessment) to `current`.

    Order: the current assessment's domains, then any only the previous one had. A lower need
    or higher resources is an improvement; one better and one worse is `mixed`. Scores of two
    instrument versions are compared by domain code, as numbers.
    """
    before = {score.domain: score for score in previous.scores} if previous else {}
    after = {score.domain: score for score in current.scores}
    codes = list(after) + [code for code in before if code not in after]
    return [_change(code, before.get(code), after.get(code)) for code in codes]


def _change(code: str, before: DomainScore | None, after: DomainScore | None) -> DomainChange:
    old = before or DomainScore(code)
    new = after or DomainScore(code)
    need_delta = _delta(old.need, new.need)
    resources_delta = _delta(old.resources, new.resources)
    return DomainChange(
        domain=code,
        need_before=old.need,
        need_after=new.need,
        resources_before=old.resources,
        resources_after=new.resources,
        need_delta=need_delta,
        resources_delta=resources_delta,
        direction=_direction(need_delta, resources_delta),
    )


def _delta(before: int | None, after: int | None) -> int | None:
    return None if before is None or after is None else after - before


def _direction(need_delta: int | None, resources_delta: int | None) -> Direction:
    if need_delta is None and resources_delta is None:
        return "not_comparable"
    # Signs of "better": a falling need and rising resources both count as +1.
    signs = {
        (0 if delta == 0 else (1 if delta * orientation > 0 else -1))
        for delta, orientation in ((need_delta, -1), (resources_delta, 1))
        if delta is not None
    }
    if signs == {0}:
        return "unchanged"
    if 1 in signs and -1 in signs:
        return "mixed"
    return "improved" if 1 in signs else "worsened"


# --- suggestions ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the rules propose and why; `code` is None when they cannot propose anything."""

    code: str | None
    label: str
    reasons: tuple[Message, ...]

    @property
    def reason_texts(self) -> tuple[str, ...]:
        """The reasons in Italian."""
        return tuple(reason.text for reason in self.reasons)

    @property
    def path(self) -> str | None:
        """For a housing suggestion: "a", "b" or None."""
        return self.code


_A_CONDITIONS = (
    (
        "income_sustains_private_lease",
        "reddito sufficiente per un affitto privato",
        why.A_INCOME,
    ),
    (
        "territory_offers_private_lease",
        "alloggio in affitto disponibile sul territorio",
        why.A_TERRITORY,
    ),
    (
        "life_project_tied_to_territory",
        "progetto di vita legato al territorio",
        why.A_LIFE_PROJECT,
    ),
)
"""(question, short Italian name, reason for path a when the answer is «no»)."""
_B_LEVELS = (
    ("economic_resources", "risorse economiche"),
    ("social_resources", "risorse sociali"),
)


def suggest_housing_path(answers: Mapping[str, str]) -> Suggestion:
    """The card's rule for the housing path (action 4.3), with its reasons.

    a (temporary housing services) when any of: her income cannot sustain a private lease, the
    territory cannot find one, her life project is not yet tied to this territory. b (new
    private lease) when none of those holds and her economic and social resources are both
    good. Otherwise None, with the reason: which answers are missing or «non so», or that her
    resources are not yet at the level the card requires for b.
    """
    reasons = tuple(reason() for code, _, reason in _A_CONDITIONS if answers.get(code) == NO)
    if reasons:
        return Suggestion("a", label_of(HOUSING_PATHS, "a_temporary"), reasons)
    open_questions = [name for code, name, _ in _A_CONDITIONS if answers.get(code) != YES]
    open_questions += [name for code, name in _B_LEVELS if answers.get(code) in (None, UNKNOWN)]
    if open_questions:
        missing = why.NO_PATH_OPEN_QUESTIONS(questions=", ".join(open_questions))
        return Suggestion(None, "nessuna proposta", (missing,))
    weak = [label for code, label in _B_LEVELS if answers.get(code) != GOOD]
    if weak:
        levels = why.NO_PATH_WEAK_LEVELS(levels=", ".join(weak))
        return Suggestion(None, "nessuna proposta", (levels,))
    reasons = (why.B_INCOME_AND_TERRITORY(), why.B_LIFE_PROJECT(), why.B_RESOURCES())
    return Suggestion("b", label_of(HOUSING_PATHS, "b_private_lease"), reasons)


_FIRST_EXPERIENCE = ("extracurricular_traineeship", "job_matching")
_ANSWER_RULES: tuple[tuple[str, str, tuple[str, ...], MessageKind], ...] = (
    ("recent_work_experience", NO, _FIRST_EXPERIENCE, why.NO_RECENT_WORK),
    ("clear_work_goal", NO, ("skills_review", "coaching"), why.NO_WORK_GOAL),
    ("skills_to_certify", YES, ("skills_certification",), why.SKILLS_TO_CERTIFY),
    ("needs_training", YES, ("training_requalification",), why.NEEDS_TRAINING),
    ("self_employment_interest", YES, ("self_employment_services",), why.SELF_EMPLOYMENT),
    ("job_search_autonomy", NO, ("job_search_orientation",), why.NO_JOB_SEARCH),
    ("ready_for_placement", YES, ("job_matching",), why.READY_FOR_PLACEMENT),
    ("needs_support_at_work", YES, ("tutoring",), why.SUPPORT_AT_WORK),
)
"""(question, answer that triggers, services it suggests, reason)."""
_SCORE_RULES: tuple[tuple[str, str, MessageKind], ...] = (
    ("employment", "training_requalification", why.HIGH_NEED_EMPLOYMENT),
    ("education", "training_requalification", why.HIGH_NEED_EDUCATION),
    ("language", "training_requalification", why.HIGH_NEED_LANGUAGE),
)
_ALWAYS = (
    ("specialist_interview", why.ALWAYS_INTERVIEW),
    ("path_definition", why.ALWAYS_PATH),
)


def suggest_work_services(
    answers: Mapping[str, str], scores: Sequence[DomainScore], *, high_need: int = HIGH_NEED
) -> list[Suggestion]:
    """The active-policy services that fit her answers and scores, in the card's order.

    The specialist interview and the path definition are always proposed (action 3.2: the CPI
    holds the interview with every woman and defines the path with the équipe). Each other
    service comes with the answers or high need scores (≥ `high_need`) that call for it.
    """
    reasons: dict[str, list[Message]] = {code: [reason()] for code, reason in _ALWAYS}
    for question, trigger, services, answered in _ANSWER_RULES:
        if answers.get(question) == trigger:
            for service in services:
                reasons.setdefault(service, []).append(answered())
    by_domain = {score.domain: score for score in scores}
    for domain, service, scored in _SCORE_RULES:
        need = by_domain[domain].need if domain in by_domain else None
        if need is not None and need >= high_need:
            reasons.setdefault(service, []).append(scored(need=need))
    return [
        Suggestion(option.code, option.label, tuple(reasons[option.code]))
        for option in ACTIVE_INTERVENTIONS
        if option.code in reasons
    ]
