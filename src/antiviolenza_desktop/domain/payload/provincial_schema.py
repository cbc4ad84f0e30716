"""The allow-list of a provincial payload (`domain.payload.provincial`), and its sums checked.

What the Region runs on a decrypted, verified provincial body, and what the capofila runs on
what it is about to send: strict JSON (`json_codec`), the schema version (newer: «aggiornare
l'applicazione»), the programme, every field (codes of the programme's Ambiti, funds and
actions, the case lines, the Lombard provinces; integers within bounds; the creation time),
then the sums: the province's money equals the sum of its Ambiti's, and its women (counted
once across Ambiti at the capofila) lie between the largest Ambito's count and their sum.
Where the programme gives the Provincia a register (`domain.exchange.province_provincia`), the
figures it changes are not the Ambiti's sum: a Provincia fund's money and its action's A are
not summed, and the B of an action on a line it co-finances (its CPI hours added) is at least
the Ambiti's sum.
No string can hold a name, a pseudonym or free text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.hierarchy import PROVINCES
from antiviolenza_desktop.domain.exchange.province_provincia import (
    ProvinciaShare,
    provincia_share,
)
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
from antiviolenza_desktop.domain.payload.schema import (
    MAX_COUNT,
    MAX_SEQUENCE,
    PayloadOtherProgramme,
    PayloadTooNew,
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
    *("ambiti", "totals", "counts"),
)
_COUNTS = ("unshared_women", "duplicate_women", "caps_exceeded")


class ProvincialSumsMismatch(AppError):
    code = "pacchetto_provinciale_somme_non_corrispondenti"
    template = (
        "I totali della provincia non tornano con quelli dei suoi Ambiti (campo «{path}»: "
        "dichiarato {stated}, dagli Ambiti {computed}). Pacchetto rifiutato."
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


def _version(top: dict[str, Any]) -> int:
    version = integer(top.get("schema_version"), "schema_version", 1, 10**6)
    if version > PROVINCIAL_SCHEMA_VERSION:
        raise PayloadTooNew("schema_version", version=version, known=PROVINCIAL_SCHEMA_VERSION)
    return version


def provincial_fields(raw: Any, programme: Programme) -> ProvincialSnapshot:
    """Every field of a decoded provincial payload checked, its sums not yet."""
    if isinstance(raw, dict) and "schema_version" in raw:
        _version(raw)
    top = obj(raw, "", _TOP)
    theirs = string(top["programme_id"], "programme_id")
    if theirs != programme.id:
        raise PayloadOtherProgramme("programme_id", theirs=theirs[:80], ours=programme.id)
    codes = [ambito.code for ambito in programme.ambiti]
    ambiti = keyed(top["ambiti"], "ambiti", codes, all_keys=True)
    counts = obj(top["counts"], "counts", _COUNTS)
    return ProvincialSnapshot(
        schema_version=_version(top),
        programme_id=theirs,
        province=code(top["province"], "province", PROVINCES),
        created_at=_created_at(top["created_at"], "created_at"),
        sequence=integer(top["sequence"], "sequence", 1, MAX_SEQUENCE),
        ambiti=tuple(_ambito(ambiti[c], at("ambiti", c), c, programme) for c in codes),
        totals=_totals(top["totals"], "totals", programme),
        counts=ProvincialCounts(
            *(integer(counts[name], at("counts", name), 0, MAX_COUNT) for name in _COUNTS)
        ),
    )


def _money_sums(snapshot: ProvincialSnapshot, share: ProvinciaShare, lines: dict[str, str]) -> None:
    stated = snapshot.totals
    for index, (fund, amounts) in enumerate(stated.funds):
        funds = [row.totals.funds[index][1] for row in snapshot.ambiti]
        for name in ("committed", "disbursed"):
            if fund not in share.funds:
                _same(f"totals.funds.{fund}.{name}", getattr(amounts, name), funds, name)
    for index, (action, pair) in enumerate(stated.actions):
        actions = [row.totals.actions[index][1] for row in snapshot.ambiti]
        if action not in share.actions_a:
            _same(f"totals.actions.{action}.a", pair.a, actions, "a")
        more = lines.get(action) in share.lines_b
        _same(f"totals.actions.{action}.b", pair.b, actions, "b", at_least=more)


def _same(path: str, stated: int, parts: list[Any], name: str, *, at_least: bool = False) -> None:
    """A sum of money: the province's figure is the sum of its Ambiti's (`at_least`: not below
    it, where the Provincia's CPI hours add to it)."""
    computed = sum(getattr(part, name) for part in parts)
    if stated < computed or (stated > computed and not at_least):
        raise ProvincialSumsMismatch(
            path, path=path, stated=format_eur(stated), computed=format_eur(computed)
        )


def _women_within(path: str, stated: int, counts: list[int]) -> None:
    """Women counted once across Ambiti: at least the largest Ambito's, at most the sum."""
    low, high = max(counts, default=0), sum(counts)
    if not low <= stated <= high:
        raise ProvincialSumsMismatch(path, path=path, stated=str(stated), computed=f"{low}–{high}")


def check_provincial_sums(snapshot: ProvincialSnapshot, programme: Programme) -> None:
    """Raise ProvincialSumsMismatch on the first province figure its Ambiti contradict."""
    lines = {action.code: action.line for action in programme.actions}
    _money_sums(snapshot, provincia_share(programme), lines)
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
    ProvincialSumsMismatch."""
    snapshot = provincial_fields(raw, programme)
    check_provincial_sums(snapshot, programme)
    return snapshot


def parse_provincial(data: bytes, *, programme: Programme) -> ProvincialSnapshot:
    """Decode canonical provincial payload bytes strictly and validate them."""
    return validate_provincial(decode_json(data), programme=programme)
