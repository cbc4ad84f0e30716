"""The parts of a snapshot payload added by schema version 2: training, network, audit head.

`training` is one row per action and month (sessions, minutes, participants per kind of
body), `network` the members per kind with the joinings and leavings per month behind them,
`audit_head` the sender's newest audit entry or null. Counts and codes only: the topic of a
session and the name of an organisation stay in the store. `upgrade_from_1` is
`UPGRADERS[1]`: a version-1 payload had none of them, so it gets them empty (and a null head,
which no warning compares against), with the nine kinds of body version 2 knew
(`UPGRADERS[2]` adds the others).

The network figures must agree with themselves: per kind, the members stated equal those who
joined less those who left, and no month leaves a kind below zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from antiviolenza_desktop.domain.funds.network_training import (
    KIND_CODES,
    KIND_LABELS,
    KINDS_BEFORE_3,
    MAX_SESSION_MINUTES,
    TrainingEntry,
)
from antiviolenza_desktop.domain.payload.json_codec import (
    HEX64,
    PayloadInvalid,
    array,
    at,
    code,
    integer,
    keyed,
    month,
    obj,
    string,
)
from antiviolenza_desktop.domain.payload.snapshot import (
    AuditHead,
    NetworkChange,
    NetworkFigures,
    TrainingMonth,
)
from antiviolenza_desktop.domain.payload.totals import PayloadTotalsMismatch

MAX_COUNT = 10**7
MAX_ROWS = 10**5
MAX_SEQ = 2**53 - 1
ADDED_IN_2 = ("training", "network", "audit_head")


def upgrade_from_1(payload: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: no training, no network members, no audit head. A version-1 payload
    that already carries one of those fields is not a version-1 payload: refused."""
    for name in ADDED_IN_2:
        if name in payload:
            raise PayloadInvalid(name, "campo non previsto nella versione 1 del formato")
    return {
        **payload,
        "schema_version": 2,
        "training": [],
        "network": {"members": dict.fromkeys(KINDS_BEFORE_3, 0), "changes": []},
        "audit_head": None,
    }


def _per_kind(value: Any, path: str) -> tuple[tuple[str, int], ...]:
    checked = keyed(value, path, KIND_CODES, all_keys=True)
    return tuple(
        (kind, integer(checked[kind], at(path, kind), 0, MAX_COUNT)) for kind in KIND_CODES
    )


def parse_training(value: Any, actions: list[str]) -> tuple[TrainingMonth, ...]:
    rows = []
    seen: set[tuple[str, str]] = set()
    for index, raw in enumerate(array(value, "training", MAX_ROWS)):
        where = at("training", index)
        item = obj(raw, where, ("action", "month", "sessions", "minutes", "participants"))
        key = (
            code(item["action"], at(where, "action"), actions),
            month(item["month"], at(where, "month")),
        )
        if key in seen:
            raise PayloadInvalid(where, "azione e mese ripetuti")
        seen.add(key)
        sessions = integer(item["sessions"], at(where, "sessions"), 1, MAX_COUNT)
        minutes = integer(item["minutes"], at(where, "minutes"), 1, MAX_SESSION_MINUTES * sessions)
        participants = _per_kind(item["participants"], at(where, "participants"))
        if sum(count for _, count in participants) < sessions:
            raise PayloadInvalid(
                at(where, "participants"), "meno partecipanti che sessioni di formazione"
            )
        rows.append(TrainingMonth(*key, sessions, minutes, participants))
    return tuple(rows)


def _change(raw: Any, where: str) -> NetworkChange:
    item = obj(raw, where, ("month", "kind", "joined", "left"))
    change = NetworkChange(
        month=month(item["month"], at(where, "month")),
        kind=code(item["kind"], at(where, "kind"), KIND_CODES),
        joined=integer(item["joined"], at(where, "joined"), 0, MAX_COUNT),
        left=integer(item["left"], at(where, "left"), 0, MAX_COUNT),
    )
    if change.joined == 0 and change.left == 0:
        raise PayloadInvalid(where, "riga senza adesioni né uscite")
    return change


def _check_network(figures: NetworkFigures) -> None:
    running: dict[str, int] = defaultdict(int)
    for change in sorted(figures.changes, key=lambda c: (c.month, c.kind)):
        running[change.kind] += change.joined - change.left
        if running[change.kind] < 0:
            raise PayloadTotalsMismatch(
                "network",
                what=f"i membri della rete «{KIND_LABELS[change.kind]}» a fine {change.month}",
                stated="almeno 0",
                computed=str(running[change.kind]),
            )
    for kind, stated in figures.members:
        if stated != running[kind]:
            raise PayloadTotalsMismatch(
                "network",
                what=f"il numero di membri della rete «{KIND_LABELS[kind]}»",
                stated=str(stated),
                computed=str(running[kind]),
            )


def parse_network(value: Any) -> NetworkFigures:
    item = obj(value, "network", ("members", "changes"))
    changes = tuple(
        _change(raw, at("network.changes", index))
        for index, raw in enumerate(array(item["changes"], "network.changes", MAX_ROWS))
    )
    if len({(c.month, c.kind) for c in changes}) != len(changes):
        raise PayloadInvalid("network.changes", "mese e tipo di ente ripetuti")
    figures = NetworkFigures(_per_kind(item["members"], "network.members"), changes)
    _check_network(figures)
    return figures


def _hash(value: Any) -> str:
    text = string(value, "audit_head.hash")
    if HEX64.fullmatch(text) is None:
        raise PayloadInvalid("audit_head.hash", "attese 64 cifre esadecimali minuscole")
    return text


def parse_audit_head(value: Any) -> AuditHead | None:
    if value is None:
        return None
    item = obj(value, "audit_head", ("seq", "hash"))
    return AuditHead(
        seq=integer(item["seq"], "audit_head.seq", 1, MAX_SEQ),
        hash=_hash(item["hash"]),
    )


# --- building them (the exporter) ----------------------------------------------------------


def training_months(entries: Iterable[TrainingEntry]) -> tuple[TrainingMonth, ...]:
    """Sessions in force summed per action and month: counts, minutes and participants per
    kind of body. The topic is not read."""
    sums: dict[tuple[str, str], list[Any]] = {}
    for entry in entries:
        key = (entry.action_code, f"{entry.on:%Y-%m}")
        row = sums.setdefault(key, [0, 0, dict.fromkeys(KIND_CODES, 0)])
        row[0] += 1
        row[1] += entry.minutes
        for kind, count in entry.participants.items():
            row[2][kind] += count
    return tuple(
        TrainingMonth(action, month_, sessions, minutes, tuple(people.items()))
        for (action, month_), (sessions, minutes, people) in sorted(sums.items())
    )


def network_figures(members: Iterable[tuple[str, date, date | None]]) -> NetworkFigures:
    """Members in force as (kind, joined on, left on): members per kind now, and joinings
    and leavings per month and kind. The organisation's name is not read."""
    current = dict.fromkeys(KIND_CODES, 0)
    moves: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for kind, joined_on, left_on in members:
        moves[f"{joined_on:%Y-%m}", kind][0] += 1
        if left_on is None:
            current[kind] += 1
        else:
            moves[f"{left_on:%Y-%m}", kind][1] += 1
    changes = tuple(
        NetworkChange(month_, kind, joined, left)
        for (month_, kind), (joined, left) in sorted(moves.items())
    )
    return NetworkFigures(tuple(current.items()), changes)
