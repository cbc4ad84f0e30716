"""`antiviolenza periodi`: period approval, as DHIS2's data approval has it.

    periodi elenco                  the periods and their states (an Ambito its own, the
                                    capofila every Ambito's)
    periodi decidi --ambito A --periodo 03/2026 (--approva | --rinvia MOTIVO | --riapri)
                   --out FILE       capofila: the decision, then the signed decision file
    periodi file --ambito A --out FILE
                                    capofila: the decision file written again
    periodi importa FILE            Ambito: apply the capofila's decision file

An Ambito submits a month (03/2026) or a quarter (T1/2026) with its bundle:
`antiviolenza bundle export --out FILE --sottometti 03/2026`. An approved period is locked:
nothing dated in it is written until the capofila reopens it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.store_actions import add_store_actions, run_store_action
from antiviolenza_desktop.domain.approval.periods import parse_period
from antiviolenza_desktop.domain.approval.states import Decision, state_label
from antiviolenza_desktop.exchange.bundle_io import refuse_existing
from antiviolenza_desktop.operations.exchange_approval import (
    decide_and_write,
    import_decision_file,
    store_periods,
    write_decision_file,
)
from antiviolenza_desktop.services.approval_periods import PeriodRow
from antiviolenza_desktop.services.exchange_records import shown_day

NAME = "periodi"
HELP = "approvazione dei periodi: sottomessi dagli Ambiti, decisi dalla capofila"


def _decide_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ambito", required=True, help="codice dell'Ambito")
    parser.add_argument("--periodo", required=True, help="mese mm/aaaa o trimestre T1/2026")
    choice = parser.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approva", action="store_true", help="approva il periodo")
    choice.add_argument("--rinvia", metavar="MOTIVO", help="rinvia all'Ambito con il motivo")
    choice.add_argument("--riapri", action="store_true", help="riapri un periodo approvato")
    parser.add_argument("--out", type=Path, required=True, help="file delle decisioni")


def _file_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ambito", required=True, help="codice dell'Ambito")
    parser.add_argument("--out", type=Path, required=True, help="file delle decisioni")


def _import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="file delle decisioni")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_actions(
        parser,
        [
            ("elenco", "i periodi sottomessi e il loro stato", lambda _p: None, _list),
            ("decidi", "capofila: approva, rinvia o riapri un periodo", _decide_options, _decide),
            ("file", "capofila: scrivi di nuovo il file delle decisioni", _file_options, _file),
            ("importa", "Ambito: applica il file delle decisioni", _import_options, _import),
        ],
    )


def run(args: argparse.Namespace) -> int:
    return run_store_action(args)


def _row_data(row: PeriodRow) -> dict[str, Any]:
    return {
        "ambito": row.ambito,
        "periodo": row.period.label,
        "stato": row.state,
        "decisione": row.decision,
        "motivo": row.reason,
        "sottomesso": row.submitted_at,
        "pacchetto": row.submitted_in,
        "deciso": row.decided_at,
        "da": row.decided_by,
    }


def _row_text(row: PeriodRow) -> str:
    text = f"  {row.ambito}  {row.period.label}  {state_label(row.state)}"
    if row.decided_at:
        text += f" il {shown_day(row.decided_at)} ({row.decided_by})"
    return text + (f": {row.reason}" if row.reason else "")


def _list(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        rows = store_periods(opened)
    lines = ["Periodi (Ambito, periodo, stato):", *map(_row_text, rows)]
    if not rows:
        lines = ["Nessun periodo sottomesso."]
    output.result(args, "\n".join(lines), {"periodi": [_row_data(row) for row in rows]})
    return 0


def _decision(args: argparse.Namespace) -> tuple[Decision, str]:
    if args.approva:
        return "approve", ""
    if args.riapri:
        return "reopen", ""
    return "send_back", str(args.rinvia)


def _decide(args: argparse.Namespace) -> int:
    period = parse_period(args.periodo)  # before the password is asked
    decision, reason = _decision(args)
    refuse_existing(args.out)
    with opened_store(args) as opened:
        decided = decide_and_write(
            opened,
            ambito=args.ambito,
            period=period,
            decision=decision,
            reason=reason,
            path=args.out,
        )
    text = (
        f"Periodo {period.label} dell'Ambito «{args.ambito}»: "
        f"{state_label(decided.period.state)}. File delle decisioni n. {decided.file.sequence} "
        f"scritto in {args.out}: va consegnato all'Ambito, che lo importa con "
        "«antiviolenza periodi importa»."
    )
    data = {**_row_data(decided.period), "file": str(args.out), "numero": decided.file.sequence}
    output.result(args, text, data)
    return 0


def _file(args: argparse.Namespace) -> int:
    refuse_existing(args.out)
    with opened_store(args) as opened:
        issued = write_decision_file(opened, ambito=args.ambito, path=args.out)
    text = (
        f"File delle decisioni n. {issued.sequence} dell'Ambito «{issued.ambito}» "
        f"({issued.periods} periodi) scritto in {args.out}."
    )
    data = {"file": str(args.out), "numero": issued.sequence, "periodi": issued.periods}
    output.result(args, text, data)
    return 0


def _import(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        applied = import_decision_file(opened, args.file)
    changed = [f"  {row.period.label}: {state_label(row.state)}" for row in applied.changed]
    text = f"File delle decisioni n. {applied.sequence} applicato."
    text += "\n" + "\n".join(changed) if changed else " Nessun periodo è cambiato."
    data = {"numero": applied.sequence, "periodi": [_row_data(r) for r in applied.changed]}
    output.result(args, text, data)
    return 0
