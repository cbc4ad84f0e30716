"""The pseudonymised snapshot an Ambito sends the capofila, as typed data and canonical JSON.

A snapshot is the Ambito's whole state for the programme at one moment (never a delta), so a
lost, repeated or out-of-order bundle cannot corrupt the provincial totals. Its content is an
allow-list: every string is a code of a closed vocabulary, a month (YYYY-MM), a keyed
pseudonym or the creation time, and every number an integer (cents, minutes, counts). There is
no field a name, codice fiscale, address, phone, birth date or free text could travel in:
`payload_schema` refuses anything else, on export (BU-14) as on import.

Payload, version 3 (JSON object, keys sorted in the canonical form):

- `schema_version`, `programme_id`, `ambito`, `created_at` (UTC, `YYYY-MM-DDTHH:MM:SSZ`),
  `sequence` (grows with every export of the store);
- `cases`: one record per case whose woman consented to sharing (`Case.consent_sharing`):
  `record` (record key), `pseudonym`, `cav`, `lines` (requested), `priority` (the card's
  criteria she meets), `age_band` (at referral), `stage`, `referral_month`, `stage_months`
  ({stage: month}), `funds` ({fund: {committed, disbursed}} from the ledger, net of reversals)
  and `project` (the revision in force, or null): `revision`, `status`, `lines`,
  `validated_month`, `closed_month`, `interventions` ([{fund, kind, planned, status,
  start_month, end_month}]), `outcomes` ([{kind, contract_type}]), `drop_reason`;
- `unshared`: the cases without consent to sharing, as aggregates only: `women`, `lines`
  ({line: women}) and `funds`;
- `cofinancing`: [{action, month, minutes, value}] of staff hours, net of reversed rows;
- `action_expenses`: [{action, month, amount}] outside women's projects (e.g. training, 3.4);
- `totals`: the sender's own figures, computed from the store independently of the records:
  `women`, `lines`, `funds`, `actions` ({action: {a, b}}; A = money paid, B = co-financing);
- `training` (since version 2): [{action, month, sessions, minutes, participants}] with
  `participants` = {kind of body: head count}; never a topic, a trainer or a name;
- `network` (since version 2): `members` ({kind: organisations in the network now}) and
  `changes` ([{month, kind, joined, left}]); never an organisation's name;
- `audit_head` (since version 2): {seq, hash} of the Ambito's newest audit entry when the
  bundle was built, or null. The capofila compares it across snapshots: a log shorter than
  last time means a restore from a copy or removed entries (the hash chain shows edits in the
  middle, not the newest entries cut off).

Version 1 had no `training`, `network` and `audit_head`; `payload_schema.UPGRADERS[1]` fills
them empty (and the head null). Version 2 knew nine kinds of body, version 3 fifteen (the
card's target bodies: `domain.funds.network_training.BODY_KINDS`); `UPGRADERS[2]` gives a
version-2 payload a zero count for each new kind, in `network.members` and in every training
row's `participants`.

A woman counts in a line when the project in force covers that line; women are counted once
per pseudonym. All money is integer cents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from antiviolenza_desktop.domain.funds.network_training import KIND_CODES
from antiviolenza_desktop.domain.money import Cents

SCHEMA_VERSION = 3
CREATED_AT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
AGE_BANDS: tuple[str, ...] = ("under_18", "18_29", "30_39", "40_49", "50_59", "60_plus")
CASE_LINES: tuple[str, ...] = ("work", "housing")


@dataclass(frozen=True, slots=True)
class FundAmounts:
    """Net commitments and net payments of one fund, in cents."""

    committed: Cents = 0
    disbursed: Cents = 0

    def __add__(self, other: FundAmounts) -> FundAmounts:
        return FundAmounts(self.committed + other.committed, self.disbursed + other.disbursed)


@dataclass(frozen=True, slots=True)
class InterventionRecord:
    """One intervention of the project in force; `status` only for active-policy ones."""

    fund: str
    kind: str
    planned: Cents
    status: str | None = None
    start_month: str | None = None
    end_month: str | None = None


@dataclass(frozen=True, slots=True)
class OutcomeRecord:
    kind: str
    contract_type: str | None = None


@dataclass(frozen=True, slots=True)
class ProjectRecord:
    """The revision in force of her Progetto personalizzato (validated or closed)."""

    revision: int
    status: str
    lines: tuple[str, ...]
    validated_month: str | None
    closed_month: str | None = None
    interventions: tuple[InterventionRecord, ...] = ()
    outcomes: tuple[OutcomeRecord, ...] = ()
    drop_reason: str | None = None


@dataclass(frozen=True, slots=True)
class CaseRecord:
    record: str
    pseudonym: str
    cav: str
    lines: tuple[str, ...]
    priority: tuple[str, ...]
    age_band: str | None
    stage: str
    referral_month: str
    stage_months: tuple[tuple[str, str], ...]
    funds: tuple[tuple[str, FundAmounts], ...]
    project: ProjectRecord | None = None

    def in_line(self, line: str) -> bool:
        """Whether she counts in `line`: her project in force covers it."""
        return self.project is not None and line in self.project.lines


@dataclass(frozen=True, slots=True)
class Aggregate:
    """Women, women per line and money per fund: the unshared cases, or the sender's totals."""

    women: int
    lines: tuple[tuple[str, int], ...]
    funds: tuple[tuple[str, FundAmounts], ...]


@dataclass(frozen=True, slots=True)
class ActionAmounts:
    a: Cents = 0
    b: Cents = 0


@dataclass(frozen=True, slots=True)
class Totals:
    women: int
    lines: tuple[tuple[str, int], ...]
    funds: tuple[tuple[str, FundAmounts], ...]
    actions: tuple[tuple[str, ActionAmounts], ...]


@dataclass(frozen=True, slots=True)
class CofinancingRow:
    action: str
    month: str
    minutes: int
    value: Cents


@dataclass(frozen=True, slots=True)
class ExpenseRow:
    action: str
    month: str
    amount: Cents


@dataclass(frozen=True, slots=True)
class TrainingMonth:
    """The training sessions of one action in one month: how many, how long, who came."""

    action: str
    month: str
    sessions: int
    minutes: int
    participants: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class NetworkChange:
    """Organisations of one kind that joined and left the network in one month."""

    month: str
    kind: str
    joined: int
    left: int


@dataclass(frozen=True, slots=True)
class NetworkFigures:
    """Members per kind now, and the joinings and leavings per month and kind behind them."""

    members: tuple[tuple[str, int], ...] = tuple((kind, 0) for kind in KIND_CODES)
    changes: tuple[NetworkChange, ...] = ()

    @property
    def total(self) -> int:
        return sum(count for _, count in self.members)

    def members_at(self, month: str) -> int:
        """Organisations in the network at the end of `month` (YYYY-MM), all kinds."""
        return sum(self.kinds_at(month).values())

    def kinds_at(self, month: str) -> dict[str, int]:
        """Organisations per kind (every kind, in order) at the end of `month` (YYYY-MM)."""
        counts = dict.fromkeys(KIND_CODES, 0)
        for change in self.changes:
            if change.month <= month:
                counts[change.kind] += change.joined - change.left
        return counts


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The sender's newest audit entry when the bundle was built."""

    seq: int
    hash: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    schema_version: int
    programme_id: str
    ambito: str
    created_at: datetime
    sequence: int
    cases: tuple[CaseRecord, ...]
    unshared: Aggregate
    cofinancing: tuple[CofinancingRow, ...]
    action_expenses: tuple[ExpenseRow, ...]
    totals: Totals
    training: tuple[TrainingMonth, ...] = ()
    network: NetworkFigures = NetworkFigures()
    audit_head: AuditHead | None = None


def format_created_at(moment: datetime) -> str:
    """UTC, to the second; a naive datetime is refused (ValueError): its zone is unknown."""
    if moment.tzinfo is None:
        raise ValueError("created_at must carry a time zone")
    return moment.astimezone(UTC).strftime(CREATED_AT_FORMAT)


def _funds(pairs: tuple[tuple[str, FundAmounts], ...]) -> dict[str, Any]:
    return {f: {"committed": a.committed, "disbursed": a.disbursed} for f, a in pairs}


def _intervention(item: InterventionRecord) -> dict[str, Any]:
    return {
        "fund": item.fund,
        "kind": item.kind,
        "planned": item.planned,
        "status": item.status,
        "start_month": item.start_month,
        "end_month": item.end_month,
    }


def _project(project: ProjectRecord | None) -> dict[str, Any] | None:
    if project is None:
        return None
    return {
        "revision": project.revision,
        "status": project.status,
        "lines": list(project.lines),
        "validated_month": project.validated_month,
        "closed_month": project.closed_month,
        "interventions": [_intervention(item) for item in project.interventions],
        "outcomes": [{"kind": o.kind, "contract_type": o.contract_type} for o in project.outcomes],
        "drop_reason": project.drop_reason,
    }


def _case(record: CaseRecord) -> dict[str, Any]:
    return {
        "record": record.record,
        "pseudonym": record.pseudonym,
        "cav": record.cav,
        "lines": list(record.lines),
        "priority": list(record.priority),
        "age_band": record.age_band,
        "stage": record.stage,
        "referral_month": record.referral_month,
        "stage_months": dict(record.stage_months),
        "funds": _funds(record.funds),
        "project": _project(record.project),
    }


def _aggregate(aggregate: Aggregate) -> dict[str, Any]:
    return {
        "women": aggregate.women,
        "lines": dict(aggregate.lines),
        "funds": _funds(aggregate.funds),
    }


def to_payload(snapshot: Snapshot) -> dict[str, Any]:
    """The snapshot as the plain JSON object that is signed and sent; lists in a fixed order,
    so the same state always gives the same canonical bytes."""
    totals = snapshot.totals
    return {
        "schema_version": snapshot.schema_version,
        "programme_id": snapshot.programme_id,
        "ambito": snapshot.ambito,
        "created_at": format_created_at(snapshot.created_at),
        "sequence": snapshot.sequence,
        "cases": [_case(r) for r in sorted(snapshot.cases, key=lambda r: r.record)],
        "unshared": _aggregate(snapshot.unshared),
        "cofinancing": [
            {"action": r.action, "month": r.month, "minutes": r.minutes, "value": r.value}
            for r in sorted(snapshot.cofinancing, key=lambda r: (r.action, r.month))
        ],
        "action_expenses": [
            {"action": r.action, "month": r.month, "amount": r.amount}
            for r in sorted(snapshot.action_expenses, key=lambda r: (r.action, r.month))
        ],
        "totals": {
            "women": totals.women,
            "lines": dict(totals.lines),
            "funds": _funds(totals.funds),
            "actions": {code: {"a": x.a, "b": x.b} for code, x in totals.actions},
        },
        **_registers(snapshot),
    }


def _registers(snapshot: Snapshot) -> dict[str, Any]:
    """The fields of schema version 2: training, network and audit head."""
    return {
        "training": [
            {
                "action": r.action,
                "month": r.month,
                "sessions": r.sessions,
                "minutes": r.minutes,
                "participants": dict(r.participants),
            }
            for r in sorted(snapshot.training, key=lambda r: (r.action, r.month))
        ],
        "network": {
            "members": dict(snapshot.network.members),
            "changes": [
                {"month": c.month, "kind": c.kind, "joined": c.joined, "left": c.left}
                for c in sorted(snapshot.network.changes, key=lambda c: (c.month, c.kind))
            ],
        },
        "audit_head": None
        if snapshot.audit_head is None
        else {"seq": snapshot.audit_head.seq, "hash": snapshot.audit_head.hash},
    }


def _no_float(text: str) -> None:
    raise TypeError(f"float {text[:20]} in a payload: the payload carries integers only")


_MAYBE_FLOAT = re.compile(r"[:,\[]-?[0-9]+[.eE]")
"""A number with a fraction or an exponent where a JSON value starts. It may also match inside
a string (never missing a float: `json.dumps` writes every float that way), so a match only
sends the text to the exact check."""


def canonical_bytes(payload: Mapping[str, Any]) -> bytes:
    """Canonical JSON: sorted keys, no whitespace, UTF-8, integers only (TypeError on a float,
    ValueError on NaN). Equal payloads give equal bytes, which is what is signed and compared.
    Floats are looked for in the text: a regular expression finds every place one could be
    (four times faster than reading a 10,000-case payload back), and only then does C-speed
    `json.loads` tell a float from a string that merely looks like one."""
    text = json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    if _MAYBE_FLOAT.search(text) is not None:
        json.loads(text, parse_float=_no_float)
    return text.encode("utf-8")
