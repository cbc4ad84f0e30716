"""`antiviolenza provincia`: the capofila's register of the Provincia (docs/provincia.md).

    provincia impegna --ambito A [--donna PSEUDONIMO] --intervento I --importo X --data D
                      a commitment of the active fund for a woman of an Ambito (the first
                      digits of her pseudonym, as the provincial view shows them; none for a
                      woman the capofila knows only in the aggregates)
    provincia paga --impegno N --importo X --data D --beneficiario B [--documento R]
    provincia ore --sede CPI --persona P --azione 3.1 --mese mm/aaaa --ore 8:30 --costo-orario X
                      CPI staff hours, co-financing (B) of line 1
    provincia registro  the three registers
    provincia storna --registro impegni|pagamenti|ore --riga N --motivo M [--data D]

Coordinator of the capofila's store only; every write one audited transaction, every refusal
keyed (exit code 1, nothing written).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.fund_input import (
    fund_code,
    parse_day,
    parse_minutes,
    parse_money,
    parse_month,
)
from antiviolenza_desktop.cli.store_actions import StoreAction, add_store_actions, run_store_action
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry, format_minutes
from antiviolenza_desktop.domain.funds.provincia import ProvinciaCommitment, ProvinciaPayment
from antiviolenza_desktop.domain.funds.reversal import RegisterKind
from antiviolenza_desktop.domain.money import format_decimal, format_eur
from antiviolenza_desktop.operations import provincia
from antiviolenza_desktop.operations.register_reversal import reverse_row

NAME = "provincia"
HELP = "capofila: registro della Provincia (fondo politiche attive, ore dei CPI)"
REGISTERS: dict[str, RegisterKind] = {
    "impegni": "provincia_commitments",
    "pagamenti": "provincia_payments",
    "ore": "provincia_hours",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_actions(parser, _ACTIONS)


def run(args: argparse.Namespace) -> int:
    return run_store_action(args)


def _commit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ambito", required=True, help="codice dell'Ambito della donna")
    parser.add_argument("--donna", help="prime cifre del suo pseudonimo (vista provinciale)")
    parser.add_argument("--fondo", default="attive", help="fondo della Provincia (attive)")
    parser.add_argument(
        "--intervento", required=True, help="per esempio extracurricular_traineeship"
    )
    parser.add_argument("--importo", required=True, help="importo, per esempio 1.234,56")
    parser.add_argument("--data", required=True, help="data dell'impegno, gg/mm/aaaa")
    parser.add_argument("--nota", default="", help="nota facoltativa (senza dati personali)")


def _commit(args: argparse.Namespace) -> int:
    entry = ProvinciaCommitment(
        ambito=args.ambito,
        pseudonym=args.donna,
        fund=fund_code(args.fondo),
        intervention=args.intervento,
        on=parse_day(args.data, "on"),
        amount=parse_money(args.importo, "amount"),
        note=args.nota,
    )
    with opened_store(args) as opened:
        row = provincia.record_commitment(opened, entry, date.today())
    text = f"Impegno della Provincia n. {row} registrato: {format_eur(entry.amount)}."
    output.result(args, text, {"riga": row, "importo": format_decimal(entry.amount)})
    return 0


def _pay_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--impegno", type=int, required=True, metavar="N", help="n. dell'impegno")
    parser.add_argument("--importo", required=True, help="importo, per esempio 1.234,56")
    parser.add_argument("--data", required=True, help="data del pagamento, gg/mm/aaaa")
    parser.add_argument(
        "--beneficiario", required=True, help="«la tirocinante» o l'ente, mai un nome"
    )
    parser.add_argument("--documento", default="", help="mandato o fattura")


def _pay(args: argparse.Namespace) -> int:
    payment = ProvinciaPayment(
        commitment_id=args.impegno,
        on=parse_day(args.data, "on"),
        amount=parse_money(args.importo, "amount"),
        payee=args.beneficiario,
        document_ref=args.documento,
    )
    with opened_store(args) as opened:
        row = provincia.record_payment(opened, payment, date.today())
    text = f"Pagamento della Provincia n. {row} registrato sull'impegno n. {args.impegno}."
    output.result(args, text, {"riga": row, "importo": format_decimal(payment.amount)})
    return 0


def _hours_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sede", required=True, help="sede del CPI, per esempio CPI di Crema")
    parser.add_argument("--persona", required=True, help="ruolo o persona (operatrice CPI)")
    parser.add_argument("--azione", required=True, help="azione della linea 1, per esempio 3.1")
    parser.add_argument("--mese", required=True, help="mm/aaaa")
    parser.add_argument("--ore", required=True, help="ore, per esempio 8 oppure 8:30")
    parser.add_argument("--costo-orario", required=True, help="costo orario, per esempio 25,00")
    parser.add_argument("--nota", default="", help="nota facoltativa (senza dati personali)")


def _hours(args: argparse.Namespace) -> int:
    entry = HoursEntry(
        body=args.sede,
        person=args.persona,
        action_code=args.azione,
        month=parse_month(args.mese),
        minutes=parse_minutes(args.ore),
        hourly_cost=parse_money(args.costo_orario, "hourly_cost"),
        note=args.nota,
    )
    with opened_store(args) as opened:
        row = provincia.record_cpi_hours(opened, entry, date.today())
    shown = f"{format_minutes(entry.minutes)}, {format_eur(entry.value)}"
    text = f"Ore dei CPI n. {row} registrate: {shown}."
    output.result(args, text, {"riga": row, "valore": format_decimal(entry.value)})
    return 0


def _no_options(_parser: argparse.ArgumentParser) -> None:
    return None


def _state(reverses: int | None, reversed_by: int | None) -> str:
    if reverses is not None:
        return f"storno della n. {reverses}"
    return f"stornata dalla n. {reversed_by}" if reversed_by is not None else "in vigore"


def _commitment_rows(register: provincia.ProvinciaRegister) -> tuple[list[str], list[Any]]:
    rows, data = ["Impegni della Provincia:"], []
    for c in register.commitments:
        e = c.entry
        woman = e.pseudonym[:8] + "…" if e.pseudonym else "non condivisa"
        state = _state(c.reverses_id, c.reversed_by)
        rows.append(
            f"  n. {c.id} {e.on:%d/%m/%Y} {e.ambito} {woman} {e.intervention} "
            f"{format_eur(e.amount)} pagati {format_eur(c.paid)} ({state})"
        )
        data.append(
            {"riga": c.id, "ambito": e.ambito, "donna": e.pseudonym, "importo": e.amount}
            | {"pagato": c.paid, "stato": state}
        )
    return rows, data


def _payment_rows(register: provincia.ProvinciaRegister) -> tuple[list[str], list[Any]]:
    rows, data = ["Pagamenti:"], []
    for p in register.payments:
        state = _state(p.reverses_id, p.reversed_by)
        rows.append(
            f"  n. {p.id} {p.entry.on:%d/%m/%Y} impegno n. {p.entry.commitment_id} "
            f"{format_eur(p.entry.amount)} ({state})"
        )
        data.append({"riga": p.id, "impegno": p.entry.commitment_id, "importo": p.entry.amount})
    return rows, data


def _hours_rows(register: provincia.ProvinciaRegister) -> tuple[list[str], list[Any]]:
    rows, data = ["Ore dei CPI:"], []
    for h in register.hours:
        state = _state(h.reverses_id, h.reversed_by)
        rows.append(
            f"  n. {h.id} {h.entry.month} {h.entry.body} {h.entry.action_code} "
            f"{format_minutes(h.entry.minutes)} {format_eur(h.value)} ({state})"
        )
        data.append({"riga": h.id, "azione": h.entry.action_code, "valore": h.value})
    return rows, data


def _register(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        register = provincia.read_register(opened)
    rows: list[str] = []
    data: dict[str, Any] = {}
    for key, part in (
        ("impegni", _commitment_rows),
        ("pagamenti", _payment_rows),
        ("ore", _hours_rows),
    ):
        text, data[key] = part(register)
        rows += text
    output.result(args, "\n".join(rows), data)
    return 0


def _reverse_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--registro", required=True, choices=sorted(REGISTERS))
    parser.add_argument("--riga", type=int, required=True, metavar="N")
    parser.add_argument("--motivo", required=True, help="perché si storna (senza dati personali)")
    parser.add_argument("--data", help="data dello storno, gg/mm/aaaa (impegni e pagamenti)")


def _reverse(args: argparse.Namespace) -> int:
    day = parse_day(args.data, "on") if args.data else None
    with opened_store(args) as opened:
        done = reverse_row(opened, REGISTERS[args.registro], args.riga, args.motivo, day)
    text = f"Riga n. {done.row_id} stornata (storno n. {done.reversal_id})."
    output.result(args, text, {"storna": done.row_id, "storno": done.reversal_id})
    return 0


_ACTIONS: list[StoreAction] = [
    ("impegna", "impegno della Provincia sul suo fondo", _commit_options, _commit),
    ("paga", "pagamento della Provincia su un impegno", _pay_options, _pay),
    ("ore", "ore del personale dei CPI (cofinanziamento linea 1)", _hours_options, _hours),
    ("registro", "il registro della Provincia", _no_options, _register),
    ("storna", "storno di una riga del registro della Provincia", _reverse_options, _reverse),
]
