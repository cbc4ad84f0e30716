"""`antiviolenza audit verify|list|export`: the audit log's chain check, and its entries.

`list` prints the entries matching the filters, newest first; `export --csv FILE` writes them
in the spreadsheet format of the GUI's «Esporta CSV…». Both are for the coordinator.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.cli.fund_input import parse_day
from antiviolenza_desktop.domain.audit.actions import action_label, details_summary
from antiviolenza_desktop.domain.audit.chain import ChainReport
from antiviolenza_desktop.operations.audit_log import audit_page, export_audit_log
from antiviolenza_desktop.reports.audit_csv import local_time
from antiviolenza_desktop.reports.export_files import check_export_targets
from antiviolenza_desktop.services import audit, audit_query

NAME = "audit"
HELP = "registro delle operazioni (funziona anche con l'applicazione aperta)"
KINDS = {"tutte": "all", "letture": "reads", "modifiche": "writes"}
LIST_LIMIT = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_action", metavar="AZIONE", required=True)
    check = actions.add_parser("verify", help="verifica la catena del registro")
    check.set_defaults(audit_run=_verify)
    listing = actions.add_parser("list", help="mostra le voci del registro, dalla più recente")
    listing.add_argument(
        "--quante", type=int, default=LIST_LIMIT, metavar="N", help="quante voci mostrare"
    )
    listing.set_defaults(audit_run=_list)
    export = actions.add_parser("export", help="salva le voci del registro in CSV")
    export.add_argument("--csv", type=Path, metavar="FILE", required=True, help="file CSV (;)")
    export.set_defaults(audit_run=_export)
    for sub in (listing, export):
        _filter_arguments(sub)
    for sub in (check, listing, export):
        sub.add_argument("--json", action="store_true", help="risultato in formato JSON")
        add_store_argument(sub)
        add_user_arguments(sub)


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dal", metavar="GG/MM/AAAA", help="dal giorno (compreso)")
    parser.add_argument("--al", metavar="GG/MM/AAAA", help="al giorno (compreso)")
    parser.add_argument("--utente", metavar="NOME", help="solo le voci di questo utente")
    parser.add_argument("--caso", metavar="CODICE", help="solo le voci che riguardano il caso")
    parser.add_argument(
        "--azione", choices=tuple(KINDS), default="tutte", help="letture, modifiche o tutte"
    )


def _wanted(args: argparse.Namespace) -> audit_query.AuditFilter:
    return audit_query.AuditFilter(
        since=parse_day(args.dal, "dal") if args.dal else None,
        until=parse_day(args.al, "al") if args.al else None,
        user=args.utente or None,
        case_code=args.caso or None,
        kind=KINDS[args.azione],  # type: ignore[arg-type]
    )


def describe_chain(report: ChainReport) -> str:
    if report.first_broken_seq is not None:
        return (
            f"Registro delle operazioni ALTERATO: la catena si interrompe alla voce "
            f"n. {report.first_broken_seq} (voci integre prima di essa: {report.checked})."
        )
    text = f"Registro delle operazioni integro ({report.checked} voci)."
    if report.clock_regressions:
        seqs = ", ".join(str(seq) for seq in report.clock_regressions[:10])
        text += (
            f"\nAttenzione: l'orologio del computer è tornato indietro alle voci {seqs}; "
            "l'ordine vale per numero di voce, nulla è andato perso."
        )
    return text


def run(args: argparse.Namespace) -> int:
    return int(args.audit_run(args))


def _verify(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        report = audit.verify(opened.store)
    output.result(
        args,
        describe_chain(report),
        {
            "intact": report.intact,
            "checked": report.checked,
            "first_broken_seq": report.first_broken_seq,
            "clock_regressions": list(report.clock_regressions),
        },
    )
    return 0 if report.intact else 1


def _list(args: argparse.Namespace) -> int:
    wanted = _wanted(args)
    with opened_store(args, reading=True) as opened:
        page = audit_page(opened, wanted, args.quante)
    rows = page.rows
    lines = [_line(row) for row in rows]
    lines.append(f"{len(rows)} voci mostrate su {page.found} trovate.")
    data = {
        "trovate": page.found,
        "voci": [
            {
                "n": row.seq,
                "quando": row.at,
                "utente": row.actor,
                "azione": row.action,
                "codici": list(row.case_codes),
                "dettagli": row.details,
            }
            for row in rows
        ],
    }
    output.result(args, "\n".join(lines), data)
    return 0


def _line(row: audit_query.AuditRow) -> str:
    who = row.actor or "chiave di recupero"
    codes = ", ".join(row.case_codes)
    text = f"{row.seq:>7}  {local_time(row.at)}  {who}  {action_label(row.action)}  {codes}"
    return f"{text}  {details_summary(row.details)}".rstrip()


def _export(args: argparse.Namespace) -> int:
    wanted = _wanted(args)
    check_export_targets([args.csv])
    with opened_store(args, reading=True) as opened:
        count = export_audit_log(opened, args.csv, wanted)
    text = f"Registro delle operazioni salvato in {args.csv} ({count} voci)."
    output.result(args, text, {"csv": str(args.csv), "voci": count})
    return 0
