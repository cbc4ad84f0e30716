"""The allow-list of a snapshot payload: every field, its type, its vocabulary and its bounds.

`parse_snapshot(data, programme=...)` is what import runs on a decrypted, verified body:
strict JSON (`payload_json`), schema version (newer: «aggiornare l'applicazione»; older:
upgraded through `UPGRADERS`), programme, every field, then the sender's totals recomputed
from the records (`payload_totals`). `validate_payload` does the same on an already decoded
object; the exporter runs it on what it is about to send, so a payload the capofila would
refuse — an identity field above all (BU-14) — never leaves the store.

Vocabularies come from the programme (Ambiti, CAV, funds, actions) and from the domain's
closed lists (stages, interventions, outcomes...): a string that is not one of their codes, a
month or a pseudonym is refused, so free text has nowhere to hide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from antiviolenza_desktop.domain.case import intake_options as intake
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.payload.fast import (
    CASE_FIELDS,
    INTERVENTION_FIELDS,
    INTERVENTION_KINDS,
    MAX_CENTS,
    MAX_INTERVENTIONS,
    PRIORITY_FLAGS,
    PROJECT_FIELDS,
    PROJECT_STATUSES,
    STAGES,
    fast_case,
)
from antiviolenza_desktop.domain.payload.json_codec import (
    PayloadInvalid,
    array,
    at,
    code,
    code_list,
    decode_json,
    hex64,
    integer,
    keyed,
    month,
    obj,
    optional_code,
    optional_month,
    string,
)
from antiviolenza_desktop.domain.payload.kinds_upgrade import upgrade_from_2
from antiviolenza_desktop.domain.payload.registers import (
    parse_audit_head,
    parse_network,
    parse_training,
    upgrade_from_1,
)
from antiviolenza_desktop.domain.payload.snapshot import (
    AGE_BANDS,
    CASE_LINES,
    CREATED_AT_FORMAT,
    SCHEMA_VERSION,
    ActionAmounts,
    Aggregate,
    CaseRecord,
    CofinancingRow,
    ExpenseRow,
    FundAmounts,
    InterventionRecord,
    OutcomeRecord,
    ProjectRecord,
    Snapshot,
    Totals,
)
from antiviolenza_desktop.domain.payload.totals import check_totals
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.domain.project import options as project
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND

MAX_COUNT = 10**7
MAX_SEQUENCE = 2**53 - 1
MAX_CASES = 10**6
MAX_ROWS = 10**5
MAX_MINUTES = 10**9
_STAGES = STAGES
_TOP = (
    *("schema_version", "programme_id", "ambito", "created_at", "sequence", "cases"),
    *("unshared", "cofinancing", "action_expenses", "totals"),
    *("training", "network", "audit_head"),
)

Upgrader = Callable[[dict[str, Any]], dict[str, Any]]
UPGRADERS: dict[int, Upgrader] = {1: upgrade_from_1, 2: upgrade_from_2}
"""`UPGRADERS[n]` turns a version-n payload into version n + 1, so older bundles (and the
older snapshots and figures the capofila already keeps) keep importing and reading. 1 → 2
adds empty training and network figures and a null audit head (`payload_registers.
upgrade_from_1`); 2 → 3 zero counts for the kinds of body added in 3 (`payload_kinds_upgrade`)."""


class PayloadTooNew(AppError):
    code = "pacchetto_versione_futura"
    template = (
        "Il pacchetto usa la versione {version} del formato, più recente di quella che questa "
        "applicazione conosce ({known}): aggiornare l'applicazione e ripetere l'importazione."
    )


class PayloadTooOld(AppError):
    code = "pacchetto_versione_non_supportata"
    template = (
        "Il pacchetto usa la versione {version} del formato, che questa applicazione non sa più "
        "leggere (la più vecchia è la {oldest}): chiedere all'Ambito un nuovo pacchetto."
    )


class PayloadOtherProgramme(AppError):
    code = "pacchetto_altro_programma"
    template = (
        "Il pacchetto è del programma «{theirs}», questo archivio segue «{ours}»: non si possono "
        "unire."
    )


# --- versions ------------------------------------------------------------------------------


def upgrade_payload(
    raw: Any, *, current: int = SCHEMA_VERSION, upgraders: Mapping[int, Upgrader] = UPGRADERS
) -> dict[str, Any]:
    """The payload in the current schema version: newer refused, older upgraded step by step."""
    top = obj(raw, "", list(raw) if isinstance(raw, dict) else _TOP)
    if "schema_version" not in top:
        raise PayloadInvalid("schema_version", "campo obbligatorio mancante")
    version = integer(top["schema_version"], "schema_version", 1, 10**6)
    if version > current:
        raise PayloadTooNew("schema_version", version=version, known=current)
    while version < current:
        step = upgraders.get(version)
        if step is None:
            oldest = min((v for v in upgraders if v < current), default=current)
            raise PayloadTooOld("schema_version", version=version, oldest=oldest)
        top = step(dict(top))
        version += 1
        if top.get("schema_version") != version:
            raise PayloadInvalid("schema_version", f"l'aggiornamento non ha prodotto la {version}")
    return top


# --- fields --------------------------------------------------------------------------------


def _cents(value: Any, path: str) -> int:
    return integer(value, path, 0, MAX_CENTS)


def _fast_amounts(item: Any) -> FundAmounts | None:
    """The common case without building paths; None sends it to the precise check."""
    if not isinstance(item, dict) or getattr(item, "duplicates", None) or len(item) != 2:
        return None
    committed, disbursed = item.get("committed"), item.get("disbursed")
    if type(committed) is not int or type(disbursed) is not int:
        return None
    if 0 <= committed <= MAX_CENTS and 0 <= disbursed <= MAX_CENTS:
        return FundAmounts(committed, disbursed)
    return None


def _amounts(value: Any, path: str) -> FundAmounts:
    item = obj(value, path, ("committed", "disbursed"))
    return FundAmounts(
        _cents(item["committed"], at(path, "committed")),
        _cents(item["disbursed"], at(path, "disbursed")),
    )


def _funds(value: Any, path: str, funds: tuple[str, ...]) -> tuple[tuple[str, FundAmounts], ...]:
    checked = keyed(value, path, funds, all_keys=True)
    return tuple(
        (fund, _fast_amounts(checked[fund]) or _amounts(checked[fund], at(path, fund)))
        for fund in funds
    )


def _lines(value: Any, path: str) -> tuple[tuple[str, int], ...]:
    checked = keyed(value, path, CASE_LINES, all_keys=True)
    return tuple(
        (line, integer(checked[line], at(path, line), 0, MAX_COUNT)) for line in CASE_LINES
    )


def _intervention(value: Any, path: str, funds: tuple[str, ...]) -> InterventionRecord:
    item = obj(value, path, INTERVENTION_FIELDS)
    fund = code(item["fund"], at(path, "fund"), funds)
    kinds = INTERVENTION_KINDS.get(fund, ())
    statuses = intake.codes(project.INTERVENTION_STATUS) if fund == ACTIVE_FUND else ()
    return InterventionRecord(
        fund=fund,
        kind=code(item["kind"], at(path, "kind"), kinds),
        planned=_cents(item["planned"], at(path, "planned")),
        status=optional_code(item["status"], at(path, "status"), statuses),
        start_month=optional_month(item["start_month"], at(path, "start_month")),
        end_month=optional_month(item["end_month"], at(path, "end_month")),
    )


def _outcome(value: Any, path: str) -> OutcomeRecord:
    item = obj(value, path, ("kind", "contract_type"))
    return OutcomeRecord(
        code(item["kind"], at(path, "kind"), intake.codes(project.OUTCOMES)),
        optional_code(
            item["contract_type"], at(path, "contract_type"), intake.codes(project.CONTRACT_TYPES)
        ),
    )


def _project(value: Any, path: str, funds: tuple[str, ...]) -> ProjectRecord | None:
    if value is None:
        return None
    item = obj(value, path, PROJECT_FIELDS)
    interventions = array(item["interventions"], at(path, "interventions"), MAX_INTERVENTIONS)
    outcomes = array(item["outcomes"], at(path, "outcomes"), len(project.OUTCOMES))
    return ProjectRecord(
        revision=integer(item["revision"], at(path, "revision"), 1, 10**6),
        status=code(item["status"], at(path, "status"), PROJECT_STATUSES),
        lines=code_list(item["lines"], at(path, "lines"), CASE_LINES),
        validated_month=optional_month(item["validated_month"], at(path, "validated_month")),
        closed_month=optional_month(item["closed_month"], at(path, "closed_month")),
        interventions=tuple(
            _intervention(x, at(at(path, "interventions"), i), funds)
            for i, x in enumerate(interventions)
        ),
        outcomes=tuple(_outcome(x, at(at(path, "outcomes"), i)) for i, x in enumerate(outcomes)),
        drop_reason=optional_code(
            item["drop_reason"], at(path, "drop_reason"), intake.codes(project.DROP_REASONS)
        ),
    )


def _case(value: Any, path: str, programme: Programme, funds: tuple[str, ...]) -> CaseRecord:
    item = obj(value, path, CASE_FIELDS)
    months = keyed(item["stage_months"], at(path, "stage_months"), _STAGES, all_keys=False)
    return CaseRecord(
        record=hex64(item["record"], at(path, "record")),
        pseudonym=hex64(item["pseudonym"], at(path, "pseudonym")),
        cav=code(item["cav"], at(path, "cav"), [c.code for c in programme.cav]),
        lines=code_list(item["lines"], at(path, "lines"), CASE_LINES),
        priority=code_list(item["priority"], at(path, "priority"), PRIORITY_FLAGS),
        age_band=optional_code(item["age_band"], at(path, "age_band"), AGE_BANDS),
        stage=code(item["stage"], at(path, "stage"), _STAGES),
        referral_month=month(item["referral_month"], at(path, "referral_month")),
        stage_months=tuple(
            (stage, month(months[stage], at(at(path, "stage_months"), stage)))
            for stage in _STAGES
            if stage in months
        ),
        funds=_funds(item["funds"], at(path, "funds"), funds),
        project=_project(item["project"], at(path, "project"), funds),
    )


def _cases(value: Any, programme: Programme, funds: tuple[str, ...]) -> tuple[CaseRecord, ...]:
    """Each case through the fast path (`payload_fast`), the precise one when it doubts."""
    records = array(value, "cases", MAX_CASES)
    cavs, fund_keys = frozenset(c.code for c in programme.cav), frozenset(funds)
    result = tuple(
        fast_case(x, cavs, funds, fund_keys) or _case(x, at("cases", i), programme, funds)
        for i, x in enumerate(records)
    )
    seen: set[str] = set()
    for index, record in enumerate(result):
        if record.record in seen:
            raise PayloadInvalid(at(at("cases", index), "record"), "scheda ripetuta")
        seen.add(record.record)
    return result


def _aggregate(value: Any, path: str, funds: tuple[str, ...]) -> Aggregate:
    item = obj(value, path, ("women", "lines", "funds"))
    return Aggregate(
        women=integer(item["women"], at(path, "women"), 0, MAX_COUNT),
        lines=_lines(item["lines"], at(path, "lines")),
        funds=_funds(item["funds"], at(path, "funds"), funds),
    )


def _monthly(
    value: Any, path: str, actions: list[str], amount_fields: tuple[str, ...]
) -> list[tuple[Any, ...]]:
    rows = []
    seen: set[tuple[str, str]] = set()
    for index, raw in enumerate(array(value, path, MAX_ROWS)):
        where = at(path, index)
        item = obj(raw, where, ("action", "month", *amount_fields))
        key = (
            code(item["action"], at(where, "action"), actions),
            month(item["month"], at(where, "month")),
        )
        if key in seen:
            raise PayloadInvalid(where, "azione e mese ripetuti")
        seen.add(key)
        amounts = [
            integer(item[f], at(where, f), 1, MAX_MINUTES if f == "minutes" else MAX_CENTS)
            for f in amount_fields
        ]
        rows.append((*key, *amounts))
    return rows


def _totals(value: Any, actions: list[str], funds: tuple[str, ...]) -> Totals:
    item = obj(value, "totals", ("women", "lines", "funds", "actions"))
    by_action = keyed(item["actions"], "totals.actions", actions, all_keys=True)
    pairs = []
    for action in actions:
        where = at("totals.actions", action)
        amounts = obj(by_action[action], where, ("a", "b"))
        pairs.append(
            (
                action,
                ActionAmounts(
                    _cents(amounts["a"], at(where, "a")), _cents(amounts["b"], at(where, "b"))
                ),
            )
        )
    return Totals(
        women=integer(item["women"], "totals.women", 0, MAX_COUNT),
        lines=_lines(item["lines"], "totals.lines"),
        funds=_funds(item["funds"], "totals.funds", funds),
        actions=tuple(pairs),
    )


def _created_at(value: Any) -> datetime:
    text = string(value, "created_at")
    try:
        return datetime.strptime(text, CREATED_AT_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise PayloadInvalid("created_at", "attesa data e ora UTC AAAA-MM-GGTHH:MM:SSZ") from None


def validate_payload(raw: Any, *, programme: Programme) -> Snapshot:
    """A decoded payload checked field by field against the allow-list, upgraded to the current
    version, with its totals recomputed. Errors: PayloadInvalid, PayloadIdentityField,
    PayloadTooNew, PayloadTooOld, PayloadOtherProgramme, PayloadTotalsMismatch."""
    snapshot = payload_fields(raw, programme)
    check_totals(snapshot, programme)
    return snapshot


def parse_header(data: bytes, *, programme: Programme) -> Snapshot:
    """A kept snapshot header (`domain.payload.figures`: a checked snapshot without its records and
    registers), field by field like a payload; its totals are not recomputed, since the
    records they came from are not in it. Errors: those of `validate_payload` but the
    totals'."""
    return payload_fields(decode_json(data), programme)


def payload_fields(raw: Any, programme: Programme) -> Snapshot:
    """Every field of a decoded payload checked (see `validate_payload`), its totals not
    recomputed. Errors: those of `validate_payload` but the totals'."""
    top = obj(upgrade_payload(raw), "", _TOP)
    theirs = string(top["programme_id"], "programme_id")
    if theirs != programme.id:
        raise PayloadOtherProgramme("programme_id", theirs=theirs[:80], ours=programme.id)
    funds = tuple(fund.code for fund in programme.funds)
    actions = [action.code for action in programme.actions]
    return Snapshot(
        schema_version=SCHEMA_VERSION,
        programme_id=theirs,
        ambito=code(top["ambito"], "ambito", [a.code for a in programme.ambiti]),
        created_at=_created_at(top["created_at"]),
        sequence=integer(top["sequence"], "sequence", 1, MAX_SEQUENCE),
        cases=_cases(top["cases"], programme, funds),
        unshared=_aggregate(top["unshared"], "unshared", funds),
        cofinancing=tuple(
            CofinancingRow(*row)
            for row in _monthly(top["cofinancing"], "cofinancing", actions, ("minutes", "value"))
        ),
        action_expenses=tuple(
            ExpenseRow(*row)
            for row in _monthly(top["action_expenses"], "action_expenses", actions, ("amount",))
        ),
        totals=_totals(top["totals"], actions, funds),
        training=parse_training(top["training"], actions),
        network=parse_network(top["network"]),
        audit_head=parse_audit_head(top["audit_head"]),
    )


def parse_snapshot(data: bytes, *, programme: Programme) -> Snapshot:
    """Decode the canonical payload bytes strictly and validate them (see validate_payload)."""
    return validate_payload(decode_json(data), programme=programme)
