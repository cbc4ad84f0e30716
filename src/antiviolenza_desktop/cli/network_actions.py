"""`antiviolenza fondi rete`, `rete-aggiungi`, `rete-uscita`: the network register from the
command line, as in the GUI's «Formazione e rete» tab.

`rete` lists the organisations in force and this store's network against line 1's growth
target (the baseline at the card's month: `operations.funds_reading.read_registers`);
`rete-aggiungi` adds an organisation of one kind of body (the help lists every code, the card's
target bodies among them), `rete-uscita` writes the day one left. The rules and refusals are the
services' (`domain.funds.network_training`): an unknown kind is refused with the known ones.
Cancelling a wrong row is `fondi storna --registro rete`.
"""

from __future__ import annotations

import argparse
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.fund_input import parse_day
from antiviolenza_desktop.cli.store_actions import StoreAction
from antiviolenza_desktop.domain.exchange.province_registers import NetworkProvince, growth_message
from antiviolenza_desktop.domain.funds.cofinancing import month_label
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS, KIND_LABELS, MemberEntry
from antiviolenza_desktop.operations import fund_registers
from antiviolenza_desktop.operations.funds_reading import read_registers

KINDS_HELP = "tipo di ente, uno di: " + "; ".join(f"{code} ({label})" for code, label in BODY_KINDS)


def _growth_text(network: NetworkProvince) -> str:
    month = month_label(network.baseline_month)
    if network.growth_percent is None:
        return f"crescita non calcolabile (nessuna organizzazione a fine {month})"
    reached = "raggiunto" if network.target_reached else "non ancora raggiunto"
    return (
        f"a fine {month} erano {network.baseline}, crescita {network.growth_percent} % "
        f"(obiettivo +{network.growth_target_percent} %: {network.target_members}, {reached})"
    )


def _no_options(_parser: argparse.ArgumentParser) -> None:
    return None


def _list(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        registers = read_registers(opened)
    members = [row for row in registers.members if row.in_force and row.left_on is None]
    network = registers.network
    lines = [
        f"n. {row.id}  {row.entry.name} · {KIND_LABELS[row.entry.kind]} · "
        f"dal {row.entry.joined_on:%d/%m/%Y}"
        for row in members
    ]
    lines.append(f"Organizzazioni nella rete oggi: {network.total}; {_growth_text(network)}.")
    data: dict[str, Any] = {
        "membri": [
            {"riga": r.id, "tipo": r.entry.kind, "adesione": r.entry.joined_on.isoformat()}
            for r in members
        ],
        "per_tipo": dict(network.members),
        "mese_base": network.baseline_month,
        "base": network.baseline,
        "crescita_percento": network.growth_percent,
        "obiettivo_percento": network.growth_target_percent,
        "crescita": output.message_data(growth_message(network)),
    }
    output.result(args, "\n".join(lines), data)
    return 0


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--organizzazione", required=True, help="nome dell'organizzazione (mai una persona)"
    )
    parser.add_argument("--tipo", required=True, metavar="CODICE", help=KINDS_HELP)
    parser.add_argument("--adesione", required=True, help="data di adesione, gg/mm/aaaa")


def _add(args: argparse.Namespace) -> int:
    entry = MemberEntry(
        args.organizzazione, args.tipo.strip(), parse_day(args.adesione, "joined_on")
    )
    with opened_store(args) as opened:
        row = fund_registers.add_member(opened, entry)
    text = f"Organizzazione aggiunta alla rete (riga n. {row}, {KIND_LABELS[entry.kind]})."
    output.result(args, text, {"riga": row, "tipo": entry.kind})
    return 0


def _leave_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--riga", type=int, required=True, metavar="N", help="n. della riga")
    parser.add_argument("--data", required=True, help="data di uscita, gg/mm/aaaa")


def _leave(args: argparse.Namespace) -> int:
    day = parse_day(args.data, "left_on")
    with opened_store(args) as opened:
        fund_registers.record_leaving(opened, args.riga, day)
    text = f"Uscita dalla rete registrata (riga n. {args.riga}, {day:%d/%m/%Y})."
    output.result(args, text, {"riga": args.riga, "uscita": day.isoformat()})
    return 0


NETWORK_ACTIONS: tuple[StoreAction, ...] = (
    (
        "rete",
        "organizzazioni della rete e crescita rispetto alla scheda "
        "(funziona anche con l'applicazione aperta)",
        _no_options,
        _list,
    ),
    ("rete-aggiungi", "aggiunge un'organizzazione alla rete territoriale", _add_options, _add),
    ("rete-uscita", "registra il giorno in cui un'organizzazione è uscita", _leave_options, _leave),
)
