"""The list of Italian municipalities shipped in resources/istat/comuni.json, with its date.

Residence is stored as the cadastral (Belfiore) code, the one the codice fiscale uses, so a
renamed municipality keeps its records. The list is read once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from antiviolenza_desktop.services.resources import find_resource


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    province: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.province})"


@dataclass(frozen=True)
class MunicipalityList:
    as_of: str
    source: str
    items: tuple[Municipality, ...]

    def by_code(self) -> dict[str, Municipality]:
        return {item.code: item for item in self.items}


@cache
def municipalities() -> MunicipalityList:
    path = find_resource("istat", "comuni.json")
    if path is None:
        raise FileNotFoundError("resources/istat/comuni.json is missing from this installation")
    document = json.loads(path.read_text("utf-8"))
    items = tuple(Municipality(code, name, province) for code, name, province in document["comuni"])
    return MunicipalityList(document["as_of"], document["source"], items)


@cache
def municipality_codes() -> frozenset[str]:
    return frozenset(item.code for item in municipalities().items)
