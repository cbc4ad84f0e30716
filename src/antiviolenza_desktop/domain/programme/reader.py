"""Typed access to a parsed TOML file that records a `Finding` per defect instead of raising.

The programme file (`reading`, `provincia_reading`) and the assessment instrument read through
it, so a person editing either file is told every defect in one pass, each with its location
(`linee[1].totale`), what was due and what was found.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from antiviolenza_desktop.domain.money import Cents, InvalidAmount, format_eur, parse_amount

CONFIGURABLE = "configurabile"

Severity = Literal["error", "warning"]
Param = int | str
Data = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect of a programme file: where it is, what is wrong (in Italian), what was due.

    `code` and `params` key the defects of the whole-programme checks (their MessageKind, in
    domain.programme.finding_messages); a reading defect has no code yet."""

    severity: Severity
    location: str
    message_it: str
    expected: str | None = None
    found: str | None = None
    code: str = ""
    params: tuple[tuple[str, Param], ...] = ()


_TYPE_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "vero/falso"),
    (int, "numero intero"),
    (float, "numero decimale"),
    (str, "testo"),
    (datetime, "data e ora"),
    (date, "data"),
    (list, "elenco"),
    (Mapping, "tabella"),
)


def describe(value: object) -> str:
    """How a wrong value is shown in `Finding.found`: its TOML type, and the value if short."""
    name = next((label for kind, label in _TYPE_NAMES if isinstance(value, kind)), "valore")
    if isinstance(value, list | Mapping):
        return name
    return f"{name} {value!r}"[:80]


def at(where: str, key: str) -> str:
    """The location of `key` inside the table at `where` (`linee[1]` + `totale`)."""
    return f"{where}.{key}" if where else key


class Reader:
    """Reads typed values out of the parsed file and records an error for each defect."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def error(self, location: str, message: str, expected: str | None, found: str | None) -> None:
        self.findings.append(Finding("error", location, message, expected, found))

    def _value(self, data: Data, key: str, where: str, expected: str, kind: type) -> Any:
        """The value of a required key if it has the right type, else None (and an error)."""
        if key not in data:
            self.error(at(where, key), "Campo obbligatorio mancante.", expected, None)
            return None
        value = data[key]
        if not isinstance(value, kind) or isinstance(value, bool | datetime):
            message = f"Tipo di dato errato: serve {expected}."
            self.error(at(where, key), message, expected, describe(value))
            return None
        return value

    def known(self, data: Data, allowed: frozenset[str], where: str) -> None:
        """Refuse keys the format does not define: a misspelt key must not go unnoticed."""
        for key in sorted(set(data) - allowed):
            message = f"Campo sconosciuto «{key}»: forse un errore di battitura?"
            self.error(at(where, key), message, ", ".join(sorted(allowed)), key)

    def text(self, data: Data, key: str, where: str) -> str:
        value = self._value(data, key, where, "un testo non vuoto", str)
        if value is not None and not value.strip():
            self.error(at(where, key), "Il testo è vuoto.", "un testo non vuoto", '""')
        return value or ""

    def optional_text(self, data: Data, key: str, where: str) -> str | None:
        return self.text(data, key, where) if key in data else None

    def integer(self, data: Data, key: str, where: str, minimum: int | None = None) -> int:
        value = self._value(data, key, where, "un numero intero", int)
        if value is None:
            return 0
        if minimum is not None and value < minimum:
            message = f"Il valore deve essere almeno {minimum}."
            self.error(at(where, key), message, f"≥ {minimum}", str(value))
        return int(value)

    def day(self, data: Data, key: str, where: str) -> date:
        value = self._value(data, key, where, "una data AAAA-MM-GG", date)
        return value if value is not None else date.min

    def money(self, data: Data, key: str, where: str) -> Cents:
        value = self._value(data, key, where, 'un importo come testo, es. "1234.56"', str)
        return 0 if value is None else self._amount(value, at(where, key))

    def _amount(self, text: str, location: str) -> Cents:
        try:
            cents = parse_amount(text)
        except InvalidAmount as error:
            self.error(location, error.message, 'un importo come "1234.56"', text)
            return 0
        if cents < 0:
            message = "Importo negativo: le risorse di un programma non possono essere negative."
            self.error(location, message, f"≥ {format_eur(0)}", format_eur(cents))
        return cents

    def cap(self, data: Data, key: str, where: str) -> Cents | None:
        """A per-woman cap: an amount, or `configurabile` when the card does not fix it."""
        if data.get(key) == CONFIGURABLE:
            return None
        return self.money(data, key, where)

    def texts(self, data: Data, key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
        if key not in data and not required:
            return ()
        values = self._value(data, key, where, "un elenco di testi", list) or []
        return tuple(self._each(values, str, "un testo", at(where, key)))

    def integers(self, data: Data, key: str, where: str) -> tuple[int, ...]:
        values = self._value(data, key, where, "un elenco di numeri interi", list) or []
        return tuple(self._each(values, int, "un numero intero", at(where, key)))

    def _each(self, values: list[Any], kind: type, expected: str, location: str) -> Iterator[Any]:
        for index, value in enumerate(values, start=1):
            if isinstance(value, kind) and not isinstance(value, bool):
                yield value
            else:
                message = f"Elemento {index} di tipo errato: serve {expected}."
                self.error(f"{location}[#{index}]", message, expected, describe(value))

    def table(self, data: Data, key: str, where: str) -> Data:
        return self._value(data, key, where, "una tabella", Mapping) or {}

    def tables(
        self, data: Data, key: str, where: str, *, required: bool = True
    ) -> Iterator[tuple[str, Data]]:
        """Each table of an array of tables, with its location (`linee[1]`, or `linee[#2]`)."""
        if key not in data and not required:
            return
        for index, item in enumerate(self._value(data, key, where, "un elenco", list) or [], 1):
            label = item.get("codice") if isinstance(item, Mapping) else None
            if not isinstance(label, str) or not label:
                label = f"#{index}"
            location = f"{at(where, key)}[{label}]"
            if isinstance(item, Mapping):
                yield location, item
            else:
                message = "Tipo di dato errato: serve una tabella."
                self.error(location, message, "una tabella", describe(item))
