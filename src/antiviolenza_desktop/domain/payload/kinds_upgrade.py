"""`UPGRADERS[2]`: a version-2 payload in version 3, which knows six more kinds of body.

Version 3 added the card's target bodies to the kinds of the network and of training
participants (`domain.funds.network_training.BODY_KINDS`). The payload's per-kind counts must
name every kind, so a version-2 payload — from an Ambito whose application is not yet
upgraded, or a snapshot the capofila kept before — gets a zero count for each new kind in
`network.members` and in every training row's `participants`: no organisation of a kind its
sender did not know can have joined, so its figures are exactly what they were.

The upgrader runs before the fields are checked, so it fills only what has the version-2
shape and leaves anything else for `payload_schema` to refuse with its usual reason. A
version-2 payload that already names a new kind is not a version-2 payload: refused.
"""

from __future__ import annotations

from typing import Any

from antiviolenza_desktop.domain.funds.network_training import KIND_CODES, KINDS_BEFORE_3
from antiviolenza_desktop.domain.payload.json_codec import PayloadInvalid, at

NEW_IN_3: tuple[str, ...] = tuple(kind for kind in KIND_CODES if kind not in KINDS_BEFORE_3)
_NOT_IN_2 = "tipo di ente non previsto nella versione 2 del formato"


def _is_plain(value: Any) -> bool:
    """A JSON object without repeated keys (those are left to the field checks' refusal)."""
    return type(value) is dict


def _refuse_new(path: str, kind: Any) -> None:
    if kind in NEW_IN_3:
        raise PayloadInvalid(path, _NOT_IN_2)


def _filled(counts: Any, path: str) -> Any:
    """Per-kind counts with a zero for each new kind; anything else as it was."""
    if not _is_plain(counts):
        return counts
    for kind in counts:
        _refuse_new(at(path, kind), kind)
    return {**counts, **dict.fromkeys(NEW_IN_3, 0)}


def _training(rows: Any) -> Any:
    if not isinstance(rows, list):
        return rows
    return [
        {**row, "participants": _filled(row["participants"], at(at("training", i), "participants"))}
        if _is_plain(row) and "participants" in row
        else row
        for i, row in enumerate(rows)
    ]


def _network(network: Any) -> Any:
    if not _is_plain(network):
        return network
    changes = network.get("changes")
    if isinstance(changes, list):
        for index, change in enumerate(changes):
            if _is_plain(change) and isinstance(change.get("kind"), str):
                _refuse_new(at(at("network.changes", index), "kind"), change["kind"])
    if "members" not in network:
        return network
    return {**network, "members": _filled(network["members"], "network.members")}


def upgrade_from_2(payload: dict[str, Any]) -> dict[str, Any]:
    """Version 2 → 3: zero counts for the kinds of body added in version 3."""
    upgraded = {**payload, "schema_version": 3}
    if "training" in payload:
        upgraded["training"] = _training(payload["training"])
    if "network" in payload:
        upgraded["network"] = _network(payload["network"])
    return upgraded
