"""Reading the `[provincia]` table of a programme file: the Provincia as a party of the network.

Kept apart from `reading` (which reads the rest of the card) so each module stays small. The
table is optional: a programme whose funds are all managed by the Ambiti needs no Provincia,
and the validator refuses a fund `gestione = "provincia"` when the table is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from antiviolenza_desktop.domain.programme.model import Provincia
from antiviolenza_desktop.domain.programme.reader import Reader

_PROVINCIA_KEYS = frozenset({"nome", "servizio", "linee_cofinanziamento"})


def read_provincia(reader: Reader, data: Mapping[str, Any]) -> Provincia | None:
    """The `[provincia]` table, or None when the file has none."""
    if "provincia" not in data:
        return None
    table = reader.table(data, "provincia", "")
    reader.known(table, _PROVINCIA_KEYS, "provincia")
    return Provincia(
        name=reader.text(table, "nome", "provincia"),
        service=reader.text(table, "servizio", "provincia"),
        cofinancing_lines=reader.texts(table, "linee_cofinanziamento", "provincia", required=False),
    )
