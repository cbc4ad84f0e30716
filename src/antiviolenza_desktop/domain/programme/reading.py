"""Turns the parsed programme file (nested mappings from TOML) into the programme model.

Reading is the first half of `programme_validation.validate_programme`: it checks that every
field is present, of the right type, and that no amount is negative, recording one error
`Finding` per defect so a person fixes the whole file in one pass. Where a value is unusable
the reader puts a placeholder and carries on; a programme read with errors is thrown away.
Keys are Italian because they appear in the locations shown to the people who edit the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any, Literal, TypeVar

from antiviolenza_desktop.domain.money import Cents, InvalidAmount, format_eur, parse_amount
from antiviolenza_desktop.domain.programme.model import (
    MANAGED_BY_AMBITI,
    ROLE_BASIS,
    ROLE_OTHER,
    Action,
    Ambito,
    Cav,
    ContextFigure,
    Fund,
    LegalReference,
    Line,
    Programme,
    Target,
)

FORMAT_VERSION = 1
CONFIGURABLE = "configurabile"

_Item = TypeVar("_Item")
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


def _describe(value: object) -> str:
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
            self.error(at(where, key), message, expected, _describe(value))
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
                self.error(f"{location}[#{index}]", message, expected, _describe(value))

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
                self.error(location, message, "una tabella", _describe(item))


_TOP_KEYS = frozenset(
    {"versione_formato", "programma", "riferimenti_normativi", "ambiti", "cav", "fondi"}
    | {"linee", "obiettivi", "dati_contesto", "provincia"}
)
_PROGRAMME_KEYS = frozenset(
    {"id", "titolo", "data_scheda", "durata_mesi", "capofila", "atto", "totale_a", "totale_b"}
    | {"totale"}
)
_ACT_KEYS = frozenset({"tipo", "numero", "data"})
_REFERENCE_KEYS = frozenset({"dove", "tipo", "numero", "data", "anno", "articolo", "ruolo"})
_AMBITO_KEYS = frozenset({"codice", "nome", "capofila", "ente_gestore"})
_CAV_KEYS = frozenset({"codice", "nome", "comune"})
_FUND_KEYS = frozenset(
    {"codice", "nome", "gestore", "azione", "dotazione", "massimale_per_donna", "ambiti"}
    | {"interventi", "destinatari", "gestione"}
)
_LINE_KEYS = frozenset(
    {"codice", "nome", "azione_regionale", "totale_a", "totale_b", "totale", "donne_minimo"}
    | {"priorita", "fonte_cofinanziamento", "azioni"}
)
_ACTION_KEYS = frozenset(
    {"codice", "codice_scheda", "nome", "importo_a", "importo_b", "totale", "mesi"}
)
_TARGET_KEYS = frozenset({"codice", "descrizione", "valore", "unita", "linea"})
_CONTEXT_KEYS = frozenset({"codice", "descrizione", "valore", "periodo", "linea"})


def read_programme(data: Data, reader: Reader) -> Programme:
    """Build the programme from the whole parsed file; defects go to `reader.findings`."""
    reader.known(data, _TOP_KEYS, "")
    _check_version(reader, data)
    head = reader.table(data, "programma", "")
    reader.known(head, _PROGRAMME_KEYS, "programma")
    funds = _all(reader, data, "fondi", _read_fund)
    return Programme(
        id=reader.text(head, "id", "programma"),
        title=reader.text(head, "titolo", "programma"),
        basis=_read_basis(reader, head),
        legal_references=_all(reader, data, "riferimenti_normativi", _read_reference, False),
        card_date=reader.day(head, "data_scheda", "programma"),
        duration_months=reader.integer(head, "durata_mesi", "programma", minimum=1),
        capofila=reader.text(head, "capofila", "programma"),
        total_a=reader.money(head, "totale_a", "programma"),
        total_b=reader.money(head, "totale_b", "programma"),
        total=reader.money(head, "totale", "programma"),
        lines=_all(reader, data, "linee", partial(_read_line, funds=funds)),
        funds=funds,
        ambiti=_all(reader, data, "ambiti", _read_ambito),
        cav=_all(reader, data, "cav", _read_cav),
        targets=_all(reader, data, "obiettivi", _read_target, False),
        context=_all(reader, data, "dati_contesto", _read_context, False),
    )


def _check_version(reader: Reader, data: Data) -> None:
    """Refuse files written for another format: their keys may mean something else."""
    version = reader.integer(data, "versione_formato", "")
    if type(data.get("versione_formato")) is int and version != FORMAT_VERSION:
        message = "Versione del formato non supportata da questa versione del programma."
        reader.error("versione_formato", message, str(FORMAT_VERSION), str(version))


def _all(
    reader: Reader,
    data: Data,
    key: str,
    read: Callable[[Reader, Data, str], _Item],
    required: bool = True,
) -> tuple[_Item, ...]:
    """Read every table of the top-level array `key` with `read`."""
    tables = reader.tables(data, key, "", required=required)
    return tuple(read(reader, item, where) for where, item in tables)


def _read_basis(reader: Reader, head: Data) -> LegalReference:
    """The act the programme is based on (`[programma.atto]`)."""
    where = "programma.atto"
    act = reader.table(head, "atto", "programma")
    reader.known(act, _ACT_KEYS, where)
    day = reader.day(act, "data", where)
    kind, number = reader.text(act, "tipo", where), reader.text(act, "numero", where)
    return LegalReference(kind, number, day.year, ROLE_BASIS, "programma", day=day)


def _read_reference(reader: Reader, item: Data, where: str) -> LegalReference:
    """A citation: dated acts carry `data`, the others only `anno`, never both."""
    reader.known(item, _REFERENCE_KEYS, where)
    day = reader.day(item, "data", where) if "data" in item else None
    if day is not None and "anno" in item:
        message = "Indica la data oppure l'anno, non entrambi: potrebbero contraddirsi."
        reader.error(at(where, "anno"), message, "solo «data»", str(item["anno"]))
    year = day.year if day is not None else reader.integer(item, "anno", where)
    role = reader.text(item, "ruolo", where)
    if role and role not in (ROLE_BASIS, ROLE_OTHER):
        message = "Ruolo sconosciuto del riferimento normativo."
        reader.error(at(where, "ruolo"), message, f"{ROLE_BASIS} oppure {ROLE_OTHER}", role)
    return LegalReference(
        kind=reader.text(item, "tipo", where),
        number=reader.text(item, "numero", where),
        year=year,
        role=role,
        where=reader.text(item, "dove", where),
        day=day,
        article=reader.optional_text(item, "articolo", where),
    )


def _read_ambito(reader: Reader, item: Data, where: str) -> Ambito:
    reader.known(item, _AMBITO_KEYS, where)
    return Ambito(
        code=reader.text(item, "codice", where),
        name=reader.text(item, "nome", where),
        capofila=reader.text(item, "capofila", where),
        managing_entity=reader.text(item, "ente_gestore", where),
    )


def _read_cav(reader: Reader, item: Data, where: str) -> Cav:
    reader.known(item, _CAV_KEYS, where)
    return Cav(
        code=reader.text(item, "codice", where),
        name=reader.text(item, "nome", where),
        town=reader.text(item, "comune", where),
    )


def _read_fund(reader: Reader, item: Data, where: str) -> Fund:
    reader.known(item, _FUND_KEYS, where)
    recipients = reader.table(item, "destinatari", where) if "destinatari" in item else {}
    for ambito, body in recipients.items():
        if not isinstance(body, str):
            location = at(at(where, "destinatari"), ambito)
            reader.error(
                location, "Tipo di dato errato: serve un testo.", "un testo", _describe(body)
            )
    return Fund(
        code=reader.text(item, "codice", where),
        name=reader.text(item, "nome", where),
        managing_entity=reader.text(item, "gestore", where),
        action=reader.text(item, "azione", where),
        allocation=reader.money(item, "dotazione", where),
        cap_per_woman=reader.cap(item, "massimale_per_donna", where),
        ambiti=reader.texts(item, "ambiti", where, required=False),
        interventions=reader.texts(item, "interventi", where, required=False),
        printed_recipients=tuple(recipients.items()),
        managed_by=reader.optional_text(item, "gestione", where) or MANAGED_BY_AMBITI,
    )


def _read_line(reader: Reader, item: Data, where: str, *, funds: tuple[Fund, ...]) -> Line:
    reader.known(item, _LINE_KEYS, where)
    code = reader.text(item, "codice", where)
    return Line(
        code=code,
        name=reader.text(item, "nome", where),
        regional_action=reader.integer(item, "azione_regionale", where, minimum=0),
        total_a=reader.money(item, "totale_a", where),
        total_b=reader.money(item, "totale_b", where),
        total=reader.money(item, "totale", where),
        target_women=reader.integer(item, "donne_minimo", where, minimum=0),
        priority_criteria=reader.texts(item, "priorita", where),
        cofinancing_source=reader.text(item, "fonte_cofinanziamento", where),
        actions=tuple(
            _read_action(reader, action, action_where, code, funds)
            for action_where, action in reader.tables(item, "azioni", where)
        ),
    )


def _read_action(
    reader: Reader, item: Data, where: str, line: str, funds: tuple[Fund, ...]
) -> Action:
    """An action; its funds are the funds whose `azione` names it (one source of truth)."""
    reader.known(item, _ACTION_KEYS, where)
    code = reader.text(item, "codice", where)
    return Action(
        code=code,
        printed_code=reader.optional_text(item, "codice_scheda", where) or code,
        name=reader.text(item, "nome", where),
        line=line,
        amount_a=reader.money(item, "importo_a", where),
        amount_b=reader.money(item, "importo_b", where),
        printed_total=reader.money(item, "totale", where),
        months=reader.integers(item, "mesi", where),
        funds=tuple(fund.code for fund in funds if fund.action == code),
    )


def _read_target(reader: Reader, item: Data, where: str) -> Target:
    reader.known(item, _TARGET_KEYS, where)
    return Target(
        code=reader.text(item, "codice", where),
        description=reader.text(item, "descrizione", where),
        value=reader.integer(item, "valore", where, minimum=0),
        unit=reader.text(item, "unita", where),
        line=reader.optional_text(item, "linea", where),
    )


def _read_context(reader: Reader, item: Data, where: str) -> ContextFigure:
    reader.known(item, _CONTEXT_KEYS, where)
    return ContextFigure(
        code=reader.text(item, "codice", where),
        description=reader.text(item, "descrizione", where),
        value=reader.integer(item, "valore", where, minimum=0),
        period=reader.text(item, "periodo", where),
        line=reader.optional_text(item, "linea", where),
    )
