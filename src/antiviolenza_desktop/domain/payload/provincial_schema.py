"""The allow-list of a provincial payload (`domain.payload.provincial`), and its sums checked.

What the Region runs on a decrypted, verified provincial body, and what the capofila runs on
what it is about to send: strict JSON (`json_codec`), the schema version (newer: «aggiornare
l'applicazione»; version 1 upgraded: `UPGRADERS`), the programme, every field (codes of the
programme's Ambiti, funds and actions, the case lines, the Lombard provinces; integers within
bounds; the creation time), then the sums, exactly: each money figure of the province equals
the sum of its Ambiti's plus what the Provincia's part adds
(`domain.payload.provincial_provincia`: a Provincia fund's money is the Provincia's, its
action's A moves by the Provincia's payments less the Ambiti's on that fund, the CPI hours add
to their action's B); its women (counted once across Ambiti at the capofila) lie between the
largest Ambito's count and their sum. This is the one place of that rule.
No string can hold a name, a pseudonym or free text.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.hierarchy import PROVINCES
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.payload.fast import MAX_CENTS
from antiviolenza_desktop.domain.payload.json_codec import (
    PayloadInvalid,
    at,
    code,
    decode_json,
    integer,
    keyed,
    obj,
    string,
)
from antiviolenza_desktop.domain.payload.provincial import (
    PROVINCIAL_SCHEMA_VERSION,
    AmbitoTotals,
    ProvincialCounts,
    ProvincialSnapshot,
)
from antiviolenza_desktop.domain.payload.provincial_provincia import parse_part, upgrade_from_1
from antiviolenza_desktop.domain.payload.schema import (
    MAX_COUNT,
    MAX_SEQUENCE,
    PayloadOtherProgramme,
    Upgrader,
    upgrade_payload,
)
from antiviolenza_desktop.domain.payload.snapshot import (
    CASE_LINES,
    CREATED_AT_FORMAT,
    ActionAmounts,
    FundAmounts,
    Totals,
)
from antiviolenza_desktop.domain.programme.model import Programme

_TOP = (
    *("schema_version", "programme_id", "province", "created_at", "sequence"),
    *("ambiti", "totals", "counts", "provincia"),
)
_COUNTS = ("unshared_women", "duplicate_women", "caps_exceeded")

UPGRADERS: dict[int, Upgrader] = {1: upgrade_from_1}
"""`UPGRADERS[n]` turns a provincial payload of version n into n + 1: 1 → 2 adds an empty
Provincia part (`provincial_provincia.upgrade_from_1`), so the bundles and the kept payloads
of version 1 keep importing and reading, their province the plain sum of the Ambiti's."""


class ProvincialSumsMismatch(AppError):
    code = "pacchetto_provinciale_somme_non_corrispondenti"
    template = (
        "I totali della provincia non tornano con quelli dei suoi Ambiti (campo «{path}»: "
        "dichiarato {stated}, dagli Ambiti {computed}). Pacchetto rifiutato."
    )


class ProvinciaMoneyMismatch(ProvincialSumsMismatch):
    """A figure the Provincia's part adds to does not match it (forged Provincia money)."""

    code = "pacchetto_provinciale_somme_provincia_non_corrispondenti"
    template = (
        "I totali della provincia non tornano con quelli dei suoi Ambiti e della Provincia "
        "(campo «{path}»: dichiarato {stated}, da Ambiti e Provincia {computed}). Pacchetto "
        "rifiutato."
    )


def _created_at(value: Any, path: str) -> datetime:
    text = string(value, path)
    try:
        return datetime.strptime(text, CREATED_AT_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise PayloadInvalid(path, "attesa data e ora UTC AAAA-MM-GGTHH:MM:SSZ") from None


def _pair(value: Any, path: str, names: tuple[str, str]) -> tuple[int, int]:
    item = obj(value, path, names)
    return (
        integer(item[names[0]], at(path, names[0]), 0, MAX_CENTS),
        integer(item[names[1]], at(path, names[1]), 0, MAX_CENTS),
    )


def _totals(value: Any, path: str, programme: Programme) -> Totals:
    item = obj(value, path, ("women", "lines", "funds", "actions"))
    lines = keyed(item["lines"], at(path, "lines"), CASE_LINES, all_keys=True)
    funds = [fund.code for fund in programme.funds]
    by_fund = keyed(item["funds"], at(path, "funds"), funds, all_keys=True)
    actions = [action.code for action in programme.actions]
    by_action = keyed(item["actions"], at(path, "actions"), actions, all_keys=True)
    fund_path, action_path = at(path, "funds"), at(path, "actions")
    pair = ("committed", "disbursed")
    return Totals(
        women=integer(item["women"], at(path, "women"), 0, MAX_COUNT),
        lines=tuple(
            (line, integer(lines[line], at(at(path, "lines"), line), 0, MAX_COUNT))
            for line in CASE_LINES
        ),
        funds=tuple((f, FundAmounts(*_pair(by_fund[f], at(fund_path, f), pair))) for f in funds),
        actions=tuple(
            (x, ActionAmounts(*_pair(by_action[x], at(action_path, x), ("a", "b"))))
            for x in actions
        ),
    )


def _ambito(value: Any, path: str, ambito: str, programme: Programme) -> AmbitoTotals:
    item = obj(value, path, ("sequence", "created_at", "totals"))
    sequence, created = item["sequence"], item["created_at"]
    if (sequence is None) != (created is None):
        raise PayloadInvalid(at(path, "sequence"), "numero e data vanno insieme")
    return AmbitoTotals(
        ambito=ambito,
        sequence=None
        if sequence is None
        else integer(sequence, at(path, "sequence"), 1, MAX_SEQUENCE),
        created_at=None if created is None else _created_at(created, at(path, "created_at")),
        totals=_totals(item["totals"], at(path, "totals"), programme),
    )


def provincial_fields(raw: Any, programme: Programme) -> ProvincialSnapshot:
    """Every field of a decoded provincial payload checked (an older version upgraded), its
    sums not yet; `schema_version` is the version the payload was written in."""
    upgraded = upgrade_payload(raw, current=PROVINCIAL_SCHEMA_VERSION, upgraders=UPGRADERS)
    top = obj(upgraded, "", _TOP)
    theirs = string(top["programme_id"], "programme_id")
    if theirs != programme.id:
        raise PayloadOtherProgramme("programme_id", theirs=theirs[:80], ours=programme.id)
    codes = [ambito.code for ambito in programme.ambiti]
    ambiti = keyed(top["ambiti"], "ambiti", codes, all_keys=True)
    counts = obj(top["counts"], "counts", _COUNTS)
    return ProvincialSnapshot(
        schema_version=raw["schema_version"],
        programme_id=theirs,
        province=code(top["province"], "province", PROVINCES),
        created_at=_created_at(top["created_at"], "created_at"),
        sequence=integer(top["sequence"], "sequence", 1, MAX_SEQUENCE),
        ambiti=tuple(_ambito(ambiti[c], at("ambiti", c), c, programme) for c in codes),
        totals=_totals(top["totals"], "totals", programme),
        counts=ProvincialCounts(
            *(integer(counts[name], at("counts", name), 0, MAX_COUNT) for name in _COUNTS)
        ),
        provincia=parse_part(top["provincia"], programme),
    )


def _fund_sums(snapshot: ProvincialSnapshot, programme: Programme) -> dict[str, int]:
    """Each fund: the Provincia's part where it names the fund, else the Ambiti's sum. Returns
    how much each action's A moves (the Provincia's payments less the Ambiti's on its fund)."""
    provincia = dict(snapshot.provincia.funds)
    moves: dict[str, int] = defaultdict(int)
    for index, (fund, amounts) in enumerate(snapshot.totals.funds):
        summed = {
            name: sum(getattr(row.totals.funds[index][1], name) for row in snapshot.ambiti)
            for name in ("committed", "disbursed")
        }
        own = provincia.get(fund)
        for name, computed in summed.items():
            expected = computed if own is None else getattr(own, name)
            _same(f"totals.funds.{fund}.{name}", getattr(amounts, name), expected, own is not None)
        if own is not None:
            moves[programme.fund(fund).action] += own.disbursed - summed["disbursed"]
    return moves


def _money_sums(snapshot: ProvincialSnapshot, programme: Programme) -> None:
    """Every money figure: the Ambiti's sum plus what the Provincia's part adds, exactly."""
    moves = _fund_sums(snapshot, programme)
    hours = dict(snapshot.provincia.hours)
    for index, (action, pair) in enumerate(snapshot.totals.actions):
        parts = [row.totals.actions[index][1] for row in snapshot.ambiti]
        a = sum(part.a for part in parts) + moves.get(action, 0)
        b = sum(part.b for part in parts) + hours.get(action, 0)
        _same(f"totals.actions.{action}.a", pair.a, a, action in moves)
        _same(f"totals.actions.{action}.b", pair.b, b, action in hours)


def _same(path: str, stated: int, computed: int, provincia: bool) -> None:
    """A sum of money, exactly; `provincia`: the Provincia's part added to it (its own
    refusal, so a forged Provincia figure says so)."""
    if stated != computed:
        kind = ProvinciaMoneyMismatch if provincia else ProvincialSumsMismatch
        raise kind(path, path=path, stated=format_eur(stated), computed=format_eur(computed))


def _women_within(path: str, stated: int, counts: list[int]) -> None:
    """Women counted once across Ambiti: at least the largest Ambito's, at most the sum."""
    low, high = max(counts, default=0), sum(counts)
    if not low <= stated <= high:
        raise ProvincialSumsMismatch(path, path=path, stated=str(stated), computed=f"{low}–{high}")


def check_provincial_sums(snapshot: ProvincialSnapshot, programme: Programme) -> None:
    """Raise ProvincialSumsMismatch on the first province figure its Ambiti contradict."""
    _money_sums(snapshot, programme)
    _women_within("totals.women", snapshot.totals.women, [r.totals.women for r in snapshot.ambiti])
    for index, (line, women) in enumerate(snapshot.totals.lines):
        per_ambito = [row.totals.lines[index][1] for row in snapshot.ambiti]
        _women_within(f"totals.lines.{line}", women, per_ambito)
    unshared = snapshot.counts.unshared_women
    if unshared > snapshot.totals.women:
        path = "counts.unshared_women"
        raise ProvincialSumsMismatch(
            path, path=path, stated=str(unshared), computed=f"0–{snapshot.totals.women}"
        )


def validate_provincial(raw: Any, *, programme: Programme) -> ProvincialSnapshot:
    """A decoded provincial payload checked field by field and its sums checked. Errors:
    PayloadInvalid, PayloadIdentityField, PayloadTooNew, PayloadOtherProgramme,
    ProvinciaPartUnexpected, ProvincialSumsMismatch (ProvinciaMoneyMismatch among them)."""
    snapshot = provincial_fields(raw, programme)
    check_provincial_sums(snapshot, programme)
    return snapshot


def parse_provincial(data: bytes, *, programme: Programme) -> ProvincialSnapshot:
    """Decode canonical provincial payload bytes strictly and validate them."""
    return validate_provincial(decode_json(data), programme=programme)
