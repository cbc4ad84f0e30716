"""`antiviolenza fondi`: the programme's money from the command line, as in the GUI's dashboard.

Reading: `totali` (per fund: allocated, committed, disbursed, available, and the warnings),
`rendiconto` (the financial report as PDF and/or XLSX), `registro` (the ledger as CSV). Writing,
coordinator only, each one audited transaction: `eroga` (a payment on a commitment), `storna`
(cancel a row of any register: ledger, hours, expenses, training, network), `ore` (staff hours
of the co-financing), `relazione` (the report's text for an action), `configura` (this store's
share of a fund, a per-woman cap the card leaves open); the network register's `rete`,
`rete-aggiungi`, `rete-uscita` (`cli.network_actions`). Refusals come from the services, in
Italian, with exit code 1; nothing is written then. Export targets are checked before the store
is unlocked. The reading actions also work while the application holds the store
(`credentials_input.opened_store`); the writing ones then ask to close or lock it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    opened_store,
)
from antiviolenza_desktop.cli.fund_input import (
    fund_code,
    parse_day,
    parse_minutes,
    parse_money,
    parse_month,
)
from antiviolenza_desktop.cli.network_actions import NETWORK_ACTIONS
from antiviolenza_desktop.cli.store_actions import StoreAction, add_store_actions, run_store_action
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry, format_minutes
from antiviolenza_desktop.domain.funds.reversal import RegisterKind
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.money import format_decimal, format_eur
from antiviolenza_desktop.operations import fund_registers
from antiviolenza_desktop.operations.export_writing import checked_targets
from antiviolenza_desktop.operations.financial_exports import save_financial_report, save_ledger_csv
from antiviolenza_desktop.operations.fund_registers import Payment
from antiviolenza_desktop.operations.funds_reading import read_totals
from antiviolenza_desktop.operations.register_reversal import reverse_row
from antiviolenza_desktop.reports.export_files import check_export_targets


class TextFileNotReadable(AppError):
    code = "file_di_testo_illeggibile"
    template = "Non riesco a leggere {name} come testo UTF-8."


NAME = "fondi"
HELP = (
    "fondi del programma: totali, erogazioni, storni, ore, rendiconto (PDF/XLSX), registro CSV, "
    "rete territoriale"
)
READING_NOTE = "funziona anche con l'applicazione aperta"

PAYEE_HINT = (
    "a chi è pagata: per la donna scrivi «la beneficiaria», mai il suo nome; altrimenti "
    "l'ente, il fornitore o il locatore"
)
PRIVACY_NOTE = (
    "Il file contiene codici caso e i beneficiari scritti a mano, non i nomi delle donne: "
    "conservalo con cura."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_actions(parser, _ACTIONS)


def run(args: argparse.Namespace) -> int:
    return run_store_action(args)


# totali ------------------------------------------------------------------------------------


def _no_options(_parser: argparse.ArgumentParser) -> None:
    return None


def _totals(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        view = read_totals(opened, date.today())
    totals, warnings = view.totals, view.warnings
    width = max(len(label) for label in FUND_LABELS.values())
    lines = [
        f"{'Fondo':<{width}}  {'Stanziato':>14}  {'Impegnato':>14}  {'Erogato':>14}  "
        f"{'Disponibile':>14}"
    ]
    for t in totals:
        amounts = (t.allocated, t.committed, t.disbursed, t.available)
        lines.append(
            f"{FUND_LABELS[t.fund]:<{width}}  " + "  ".join(f"{format_eur(a):>14}" for a in amounts)
        )
    lines += [f"Attenzione: {warning.text}" for warning in warnings]
    data = {
        "fondi": [
            {
                "codice": t.fund,
                "nome": FUND_LABELS[t.fund],
                "stanziato": format_decimal(t.allocated),
                "impegnato": format_decimal(t.committed),
                "erogato": format_decimal(t.disbursed),
                "disponibile": format_decimal(t.available),
            }
            for t in totals
        ],
        "avvisi": [output.message_data(warning.message) for warning in warnings],
    }
    output.result(args, "\n".join(lines), data)
    return 0


# rendiconto, registro ----------------------------------------------------------------------


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="salva il rendiconto in PDF")
    parser.add_argument("--xlsx", type=Path, metavar="FILE", help="salva il rendiconto in XLSX")


def _report(args: argparse.Namespace) -> int:
    checked_targets(args.pdf, args.xlsx)  # before the password is asked
    with opened_store(args, reading=True) as opened:
        saved = save_financial_report(opened, today=date.today(), pdf=args.pdf, xlsx=args.xlsx)
    names = " e ".join(str(path) for path in saved.paths)
    data = {
        "pdf": None if args.pdf is None else str(args.pdf),
        "xlsx": None if args.xlsx is None else str(args.xlsx),
        "realizzato_a": format_decimal(saved.actual_a),
        "realizzato_b": format_decimal(saved.actual_b),
    }
    text = f"Rendiconto salvato in {names}."
    if args.xlsx is not None:
        text += f"\n{PRIVACY_NOTE}"
    output.result(args, text, data)
    return 0


def _ledger_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--csv", type=Path, metavar="FILE", required=True, help="file CSV (separatore ;)"
    )


def _ledger_csv(args: argparse.Namespace) -> int:
    check_export_targets([args.csv])
    with opened_store(args, reading=True) as opened:
        count = save_ledger_csv(opened, path=args.csv)
    text = f"Registro dei fondi salvato in {args.csv} ({count} voci).\n{PRIVACY_NOTE}"
    output.result(args, text, {"csv": str(args.csv), "voci": count})
    return 0


# eroga, storna -----------------------------------------------------------------------------


def _payment_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--impegno", type=int, required=True, metavar="N", help="n. dell'impegno")
    parser.add_argument("--importo", required=True, help="importo, per esempio 1.234,56")
    parser.add_argument("--data", required=True, help="data del pagamento, gg/mm/aaaa")
    parser.add_argument("--beneficiario", required=True, help=PAYEE_HINT)
    parser.add_argument("--documento", required=True, help="ricevuta, fattura o numero del mandato")
    parser.add_argument("--nota", default="", help="nota facoltativa (senza dati personali)")
    parser.add_argument(
        "--intervento",
        type=int,
        metavar="N",
        help="facoltativo: n. dell'intervento del progetto che si paga (colonna N. del Progetto)",
    )


def _payment(args: argparse.Namespace) -> int:
    payment = Payment(
        commitment_seq=args.impegno,
        amount=parse_money(args.importo, "amount"),
        on=parse_day(args.data, "on"),
        payee=args.beneficiario,
        document_ref=args.documento,
        note=args.nota,
        item_number=args.intervento,
    )
    with opened_store(args) as opened:
        done = fund_registers.record_payment(opened, payment)
    paid = done.entry
    text = (
        f"Erogazione n. {paid.seq} registrata: {format_eur(paid.amount)} sull'impegno "
        f"n. {args.impegno} ({paid.case_code}, {FUND_LABELS[paid.fund]}); "
        f"residuo dell'impegno {format_eur(done.residual)}."
    )
    data = {"voce": paid.seq, "caso": paid.case_code, "residuo": format_decimal(done.residual)}
    output.result(args, text, data)
    return 0


REGISTERS: dict[str, RegisterKind] = {
    "voci": "ledger",
    "ore": "hours",
    "spese": "expenses",
    "formazione": "training",
    "rete": "network",
}
"""The registers `storna` reaches, by their Italian names."""

REGISTER_NAMES: dict[RegisterKind, str] = {
    "ledger": "del registro dei fondi",
    "hours": "del registro delle ore",
    "expenses": "delle spese delle azioni",
    "training": "del registro della formazione",
    "network": "del registro della rete",
}


def _reversal_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--voce", type=int, required=True, metavar="N", help="n. della riga")
    parser.add_argument("--motivo", required=True, help="perché si storna (senza dati personali)")
    parser.add_argument(
        "--data", help="data dello storno per voci e spese, gg/mm/aaaa (predefinita: oggi)"
    )
    parser.add_argument(
        "--registro",
        choices=tuple(REGISTERS),
        default="voci",
        help="il registro della riga: voci del registro dei fondi (predefinito), ore, spese, "
        "formazione, rete",
    )


def _reversal(args: argparse.Namespace) -> int:
    on = None if args.data is None else parse_day(args.data, "on")
    kind = REGISTERS[args.registro]
    with opened_store(args) as opened:
        done = reverse_row(opened, kind, args.voce, args.motivo, on)
    text = (
        f"Storno n. {done.reversal_id} registrato: annulla la riga n. {done.row_id} "
        f"{REGISTER_NAMES[kind]}."
    )
    output.result(args, text, {"voce": done.reversal_id, "storna": done.row_id, "registro": kind})
    return 0


# ore, relazione, configura -----------------------------------------------------------------


def _hours_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ente", required=True, help="ente del personale (es. Comune di Cremona)")
    parser.add_argument("--persona", required=True, help="persona o ruolo (es. assistente sociale)")
    parser.add_argument("--azione", required=True, help="codice dell'azione (es. 3.1, 4.2)")
    parser.add_argument("--mese", required=True, help="mese lavorato, mm/aaaa")
    parser.add_argument("--ore", required=True, help="ore lavorate: 12, 12:30 oppure 12,5")
    parser.add_argument("--costo-orario", required=True, help="costo orario, per esempio 25,50")
    parser.add_argument("--nota", default="", help="nota facoltativa")


def _hours(args: argparse.Namespace) -> int:
    entry = HoursEntry(
        body=args.ente,
        person=args.persona,
        action_code=args.azione.strip(),
        month=parse_month(args.mese),
        minutes=parse_minutes(args.ore),
        hourly_cost=parse_money(args.costo_orario, "hourly_cost"),
        note=args.nota,
    )
    with opened_store(args) as opened:
        row = fund_registers.record_hours(opened, entry)
    text = (
        f"Ore registrate (riga n. {row}): {format_minutes(entry.minutes)} sull'azione "
        f"{entry.action_code}, valore {format_eur(entry.value)}."
    )
    output.result(args, text, {"riga": row, "valore": format_decimal(entry.value)})
    return 0


def _narrative_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--azione", required=True, help="codice dell'azione (es. 3.1)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--testo", help="testo della relazione (vuoto: la toglie)")
    source.add_argument("--file", type=Path, help="file di testo UTF-8 con la relazione")


def _narrative(args: argparse.Namespace) -> int:
    text = args.testo
    if args.file is not None:
        try:
            text = args.file.read_text("utf-8")
        except (OSError, UnicodeError):
            raise TextFileNotReadable("text", name=args.file.name) from None
    with opened_store(args) as opened:
        fund_registers.set_narrative(opened, args.azione.strip(), text)
    done = "salvata" if text.strip() else "tolta dal rendiconto"
    output.result(args, f"Relazione dell'azione {args.azione} {done}.", {"azione": args.azione})
    return 0


def _settings_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fondo", required=True, help="attive, passive, abitativa (o il codice)")
    parser.add_argument("--stanziamento", required=True, help="quota di questo archivio")
    parser.add_argument("--massimale", help="massimo per donna, dove la scheda lo lascia aperto")


def _settings(args: argparse.Namespace) -> int:
    allocation = parse_money(args.stanziamento, "allocation")
    cap = None if args.massimale is None else parse_money(args.massimale, "cap_per_woman")
    with opened_store(args) as opened:
        setup = fund_registers.configure_fund(opened, fund_code(args.fondo), allocation, cap)
    cap_text = "da definire" if setup.cap_per_woman is None else format_eur(setup.cap_per_woman)
    text = (
        f"{FUND_LABELS[setup.fund]}: stanziamento {format_eur(setup.allocation)}, "
        f"massimo per donna {cap_text}."
    )
    data: dict[str, Any] = {
        "fondo": setup.fund,
        "stanziamento": format_decimal(setup.allocation),
        "massimale": None if setup.cap_per_woman is None else format_decimal(setup.cap_per_woman),
    }
    output.result(args, text, data)
    return 0


_ACTIONS: tuple[StoreAction, ...] = (
    (
        "totali",
        f"stanziato, impegnato, erogato e disponibile per fondo ({READING_NOTE})",
        _no_options,
        _totals,
    ),
    (
        "rendiconto",
        f"salva il rendiconto finanziario, PDF e/o XLSX ({READING_NOTE})",
        _report_options,
        _report,
    ),
    (
        "registro",
        f"salva il registro dei fondi in CSV ({READING_NOTE})",
        _ledger_options,
        _ledger_csv,
    ),
    ("eroga", "registra un'erogazione su un impegno", _payment_options, _payment),
    ("storna", "annulla per intero una riga di un registro", _reversal_options, _reversal),
    ("ore", "registra ore di lavoro del cofinanziamento", _hours_options, _hours),
    ("relazione", "scrive la relazione di un'azione", _narrative_options, _narrative),
    ("configura", "imposta la quota di un fondo e il massimale", _settings_options, _settings),
    *NETWORK_ACTIONS,
)
