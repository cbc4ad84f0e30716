"""The fast path of the case check: one pass over a well-formed case record, no field paths.

`payload_schema` checks every case of a payload (on import, and on export before anything
leaves the store, BU-14). Its precise walk builds the path of every field it visits
(`cases[812].project.interventions[1].kind`) so an error can name it; on a 10,000-case
payload those few hundred thousand strings were most of the check's time, though only a
refused payload ever needs one. `fast_case` accepts exactly what the precise walk accepts —
the same key sets, types, vocabularies, patterns and bounds — and returns None at the first
doubt, so the precise walk runs on that case and names the field. It never accepts more:
anything it does not recognise goes to the precise check.
"""

from __future__ import annotations

from typing import Any

from antiviolenza_desktop.domain.case import intake_options as intake
from antiviolenza_desktop.domain.case.priority import CHILDREN, SHELTER, UNEMPLOYED
from antiviolenza_desktop.domain.payload.json_codec import HEX64, MONTH
from antiviolenza_desktop.domain.payload.snapshot import (
    AGE_BANDS,
    CASE_LINES,
    CaseRecord,
    FundAmounts,
    InterventionRecord,
    OutcomeRecord,
    ProjectRecord,
)
from antiviolenza_desktop.domain.project import options as project
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND, HOUSING_FUND, PASSIVE_FUND

MAX_CENTS = 10**12
MAX_INTERVENTIONS = 500
MAX_REVISION = 10**6
PRIORITY_FLAGS = (CHILDREN, SHELTER, UNEMPLOYED)
STAGES = intake.codes(intake.STAGES)
INTERVENTION_KINDS: dict[str, tuple[str, ...]] = {
    ACTIVE_FUND: intake.codes(project.ACTIVE_INTERVENTIONS),
    PASSIVE_FUND: intake.codes(project.PASSIVE_SUPPORTS),
    HOUSING_FUND: intake.codes(project.HOUSING_PATHS),
}
CASE_FIELDS = (
    *("record", "pseudonym", "cav", "lines", "priority", "age_band", "stage"),
    *("referral_month", "stage_months", "funds", "project"),
)
PROJECT_FIELDS = (
    *("revision", "status", "lines", "validated_month", "closed_month"),
    *("interventions", "outcomes", "drop_reason"),
)
INTERVENTION_FIELDS = ("fund", "kind", "planned", "status", "start_month", "end_month")
PROJECT_STATUSES = ("validated", "closed")

CASE_KEYS = frozenset(CASE_FIELDS)
PROJECT_KEYS = frozenset(PROJECT_FIELDS)
INTERVENTION_KEYS = frozenset(INTERVENTION_FIELDS)
_OUTCOME_KEYS = frozenset({"kind", "contract_type"})
_AMOUNT_KEYS = frozenset({"committed", "disbursed"})
STAGE_SET = frozenset(STAGES)
AGE_BAND_SET = frozenset(AGE_BANDS)
INTERVENTION_KIND_SETS = {fund: frozenset(kinds) for fund, kinds in INTERVENTION_KINDS.items()}
ACTIVE_STATUSES = frozenset(intake.codes(project.INTERVENTION_STATUS))
OUTCOMES = frozenset(intake.codes(project.OUTCOMES))
MAX_OUTCOMES = len(project.OUTCOMES)
CONTRACT_TYPES = frozenset(intake.codes(project.CONTRACT_TYPES))
DROP_REASONS = frozenset(intake.codes(project.DROP_REASONS))
_LINES = frozenset(CASE_LINES)
_PRIORITIES = frozenset(PRIORITY_FLAGS)
_month = MONTH.fullmatch
_NO_MONEY = FundAmounts()
_hex64 = HEX64.fullmatch


def _plain(item: Any, keys: frozenset[str]) -> bool:
    """An object with exactly `keys` and no repeated key (the precise `obj` test): a plain
    dict, since the strict reader makes a `StrictObject` only of an object with a repeated
    key (and the exporter's objects are plain dicts)."""
    return type(item) is dict and item.keys() == keys


def _is_month(value: Any) -> bool:
    return type(value) is str and _month(value) is not None


def _optional_month(value: Any) -> bool:
    return value is None or (type(value) is str and _month(value) is not None)


def _codes(value: Any, allowed: frozenset[str]) -> tuple[str, ...] | None:
    """Distinct codes of `allowed`, sorted (the precise `code_list`), or None."""
    if type(value) is not list:
        return None
    for item in value:
        if type(item) is not str or item not in allowed:
            return None
    return tuple(sorted(value)) if len(set(value)) == len(value) else None


def _amounts(item: Any) -> FundAmounts | None:
    """Her amounts in one fund; the one shared zero for a fund she has no money in (most)."""
    if type(item) is not dict or item.keys() != _AMOUNT_KEYS:
        return None
    committed, disbursed = item["committed"], item["disbursed"]
    if type(committed) is not int or type(disbursed) is not int:
        return None
    if not (0 <= committed <= MAX_CENTS and 0 <= disbursed <= MAX_CENTS):
        return None
    return FundAmounts(committed, disbursed) if committed or disbursed else _NO_MONEY


def _intervention(item: Any, funds: frozenset[str]) -> InterventionRecord | None:
    if not _plain(item, INTERVENTION_KEYS):
        return None
    fund, kind, planned, status = item["fund"], item["kind"], item["planned"], item["status"]
    start, end = item["start_month"], item["end_month"]
    if type(fund) is not str or fund not in funds or type(kind) is not str:
        return None
    if kind not in INTERVENTION_KIND_SETS.get(fund, ()) or type(planned) is not int:
        return None
    if not 0 <= planned <= MAX_CENTS or not (_optional_month(start) and _optional_month(end)):
        return None
    if status is not None and (
        fund != ACTIVE_FUND or type(status) is not str or status not in ACTIVE_STATUSES
    ):
        return None
    return InterventionRecord(fund, kind, planned, status, start, end)


def _outcome(item: Any) -> OutcomeRecord | None:
    if not _plain(item, _OUTCOME_KEYS):
        return None
    kind, contract = item["kind"], item["contract_type"]
    if type(kind) is not str or kind not in OUTCOMES:
        return None
    if contract is not None and (type(contract) is not str or contract not in CONTRACT_TYPES):
        return None
    return OutcomeRecord(kind, contract)


def _project(item: Any, funds: frozenset[str]) -> ProjectRecord | None:
    if not _plain(item, PROJECT_KEYS):
        return None
    revision, status, drop = item["revision"], item["status"], item["drop_reason"]
    validated, closed = item["validated_month"], item["closed_month"]
    raw_items, raw_outcomes = item["interventions"], item["outcomes"]
    if type(revision) is not int or not 1 <= revision <= MAX_REVISION:
        return None
    if type(status) is not str or status not in PROJECT_STATUSES:
        return None
    if not (_optional_month(validated) and _optional_month(closed)):
        return None
    if drop is not None and (type(drop) is not str or drop not in DROP_REASONS):
        return None
    if not isinstance(raw_items, list) or len(raw_items) > MAX_INTERVENTIONS:
        return None
    if not isinstance(raw_outcomes, list) or len(raw_outcomes) > MAX_OUTCOMES:
        return None
    lines = _codes(item["lines"], _LINES)
    interventions = tuple(x for x in (_intervention(x, funds) for x in raw_items) if x)
    outcomes = tuple(x for x in (_outcome(x) for x in raw_outcomes) if x)
    if lines is None or len(interventions) + len(outcomes) != len(raw_items) + len(raw_outcomes):
        return None
    return ProjectRecord(revision, status, lines, validated, closed, interventions, outcomes, drop)


def _case_scalars(item: dict[str, Any], cavs: frozenset[str]) -> bool:
    """Record keys, CAV, stage, referral month and age band of a case object."""
    record, pseudonym, cav = item["record"], item["pseudonym"], item["cav"]
    age_band, stage, referral = item["age_band"], item["stage"], item["referral_month"]
    if type(record) is not str or _hex64(record) is None:
        return False
    if type(pseudonym) is not str or _hex64(pseudonym) is None:
        return False
    if type(cav) is not str or cav not in cavs or type(stage) is not str:
        return False
    if stage not in STAGE_SET or not _is_month(referral):
        return False
    return age_band is None or (type(age_band) is str and age_band in AGE_BAND_SET)


def _fund_amounts(
    amounts: Any, funds: tuple[str, ...], fund_keys: frozenset[str]
) -> tuple[tuple[str, FundAmounts], ...] | None:
    """The case's amounts per fund in programme order, or None when one is not well formed."""
    if not _plain(amounts, fund_keys):
        return None
    found = []
    for fund in funds:
        value = _amounts(amounts[fund])
        if value is None:
            return None
        found.append((fund, value))
    return tuple(found)


def fast_case(
    item: Any, cavs: frozenset[str], funds: tuple[str, ...], fund_keys: frozenset[str]
) -> CaseRecord | None:
    """The case record of a well-formed case object, or None (then the precise check runs).
    `funds` in programme order, `fund_keys` the same codes as a set."""
    if not _plain(item, CASE_KEYS) or not _case_scalars(item, cavs):
        return None
    months, amounts, raw_project = item["stage_months"], item["funds"], item["project"]
    if type(months) is not dict:
        return None
    if not months.keys() <= STAGE_SET or not all(_is_month(m) for m in months.values()):
        return None
    fund_amounts = _fund_amounts(amounts, funds, fund_keys)
    if fund_amounts is None:
        return None
    lines, priority = _codes(item["lines"], _LINES), _codes(item["priority"], _PRIORITIES)
    if lines is None or priority is None:
        return None
    project_record = None
    if raw_project is not None:
        project_record = _project(raw_project, fund_keys)
        if project_record is None:
            return None
    return CaseRecord(
        record=item["record"],
        pseudonym=item["pseudonym"],
        cav=item["cav"],
        lines=lines,
        priority=priority,
        age_band=item["age_band"],
        stage=item["stage"],
        referral_month=item["referral_month"],
        stage_months=tuple((s, months[s]) for s in STAGES if s in months),
        funds=fund_amounts,
        project=project_record,
    )
