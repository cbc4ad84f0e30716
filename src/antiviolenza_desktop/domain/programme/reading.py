"""Turns the parsed programme file (nested mappings from TOML) into the programme model.

Reading is the first half of `programme_validation.validate_programme`: it checks that every
field is present, of the right type, and that no amount is negative, recording one error
`Finding` per defect so a person fixes the whole file in one pass. Where a value is unusable
the reader (`domain.programme.reader`) puts a placeholder and carries on; a programme read
with errors is thrown away.
Keys are Italian because they appear in the locations shown to the people who edit the file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

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
from antiviolenza_desktop.domain.programme.reader import Data, Reader, at, describe

FORMAT_VERSION = 1

_Item = TypeVar("_Item")


_TOP_KEYS = frozenset(
    {"versione_formato", "programma", "riferimenti_normativi", "ambiti", "cav", "fondi"}
    | {"linee", "obiettivi", "dati_contesto", "provincia"}
)
_PROGRAMME_KEYS = frozenset(
    {"id", "titolo", "data_scheda", "durata_mesi", "capofila", "atto", "totale_a", "totale_b"}
    | {"totale", "data_avvio"}
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
        start_date=reader.day(head, "data_avvio", "programma") if "data_avvio" in head else None,
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
                location, "Tipo di dato errato: serve un testo.", "un testo", describe(body)
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
