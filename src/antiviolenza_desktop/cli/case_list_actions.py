"""`antiviolenza casi elenco` and `casi attesa`: the GUI's case list and waiting lists in the
shell, through the same sources (`operations.case_registers`).

`elenco` has the case list's filters (search text, stage, line, CAV) and sort, and shows its
columns: code, surname and name, codice fiscale, referral day, CAV, stage, lines; nothing more
of her. `attesa` shows both lines' waiting lists as the «Lista d'attesa» tab: position, name,
code, referral day, days waiting and the priority reasons. `--riservato` shows them as the
GUI's privacy mode does (`domain.case.privacy_masks`). Both are audited reads of the
women shown (`services.read_audit.ShownCases`), so they need the store to themselves like
any write (close or lock the application first).
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.store_actions import StoreAction
from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.privacy_masks import hidden_codice_fiscale, initials
from antiviolenza_desktop.operations.case_registers import cav_names, list_cases, waiting_lists
from antiviolenza_desktop.services.case_list import SORT_COLUMNS, CaseListQuery, CaseRow
from antiviolenza_desktop.services.waiting_list import WAITING_LINES, WaitingEntry


def _iso_day(text: str) -> str:
    """A stored ISO day as GG/MM/AAAA."""
    year, month, day = text[:10].split("-")
    return f"{day}/{month}/{year}"


def _positive(text: str) -> int:
    """`--limite`: a whole number from 1 (argparse says so and exits 2 otherwise)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("serve un numero intero da 1 in su")
    return int(text)


def _add_private(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--riservato",
        action="store_true",
        help="come la modalità riservata dell'applicazione: iniziali al posto dei nomi, "
        "codice fiscale nascosto",
    )


def _masked(row: CaseRow) -> CaseRow:
    """The row as the GUI's list shows it in privacy mode."""
    return replace(
        row,
        last_name=initials(row.last_name),
        first_name=initials(row.first_name),
        codice_fiscale=hidden_codice_fiscale(row.codice_fiscale) or None,
    )


def _add_list(parser: argparse.ArgumentParser) -> None:
    _add_private(parser)
    parser.add_argument(
        "--cerca", default="", metavar="TESTO", help="nome, codice fiscale o codice"
    )
    parser.add_argument("--fase", choices=opt.codes(opt.STAGES), help="fase del percorso")
    parser.add_argument("--linea", choices=opt.codes(opt.LINES), help="linea richiesta")
    parser.add_argument("--cav", metavar="CODICE", help="CAV che ha segnalato (codice)")
    parser.add_argument(
        "--ordina", choices=sorted(SORT_COLUMNS), default="referral_date", help="ordine"
    )
    parser.add_argument("--crescente", action="store_true", help="dal più vecchio")
    parser.add_argument("--limite", type=_positive, metavar="N", help="mostra solo i primi N casi")


def _lines(row: CaseRow) -> list[str]:
    return [
        line for line, wanted in (("work", row.line_work), ("housing", row.line_housing)) if wanted
    ]


def _row_text(row: CaseRow, cavs: dict[str, str]) -> str:
    lines = ", ".join(opt.label_of(opt.LINES, line) for line in _lines(row))
    cells = (
        row.code,
        f"{row.last_name} {row.first_name}".strip(),
        row.codice_fiscale or "-",
        _iso_day(row.referral_date),
        cavs.get(row.referring_cav, row.referring_cav),
        opt.label_of(opt.STAGES, row.stage),
        lines or "-",
    )
    return "  ".join(cells)


def _row_data(row: CaseRow) -> dict[str, object]:
    return {
        "codice": row.code,
        "cognome": row.last_name,
        "nome": row.first_name,
        "codice_fiscale": row.codice_fiscale,
        "segnalata_il": row.referral_date,
        "cav": row.referring_cav,
        "fase": row.stage,
        "linee": _lines(row),
    }


def _list(args: argparse.Namespace) -> int:
    cavs = cav_names()
    query = CaseListQuery(
        args.cerca, args.fase, args.linea, args.cav, args.ordina, not args.crescente
    )
    with opened_store(args) as opened:
        rows = list_cases(opened, query, limit=args.limite)
    if args.riservato:
        rows = [_masked(row) for row in rows]
    text = [f"Casi: {len(rows)}"] + [_row_text(row, cavs) for row in rows]
    output.result(args, "\n".join(text), {"casi": [_row_data(row) for row in rows]})
    return 0


def _entry_text(entry: WaitingEntry) -> str:
    ranked = entry.ranked
    reasons = "; ".join(reason.text for reason in ranked.reasons)
    return (
        f"{ranked.position}. {entry.name}  {ranked.facts.case_code}  segnalata il "
        f"{ranked.facts.referral_date:%d/%m/%Y}  in attesa da {entry.days_waiting} giorni  "
        f"{reasons or 'nessun criterio di priorità'}"
    )


def _entry_data(entry: WaitingEntry) -> dict[str, object]:
    ranked = entry.ranked
    return {
        "posizione": ranked.position,
        "nome": entry.name,
        "codice": ranked.facts.case_code,
        "segnalata_il": ranked.facts.referral_date.isoformat(),
        "giorni_di_attesa": entry.days_waiting,
        "criteri": list(ranked.criteria_met),
        "motivi": [
            {"code": r.code, "params": dict(r.params), "message": r.text} for r in ranked.reasons
        ],
    }


def _waiting(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        lists = waiting_lists(opened)
    if args.riservato:
        lists = {
            line: [replace(entry, name=initials(entry.name)) for entry in entries]
            for line, entries in lists.items()
        }
    text: list[str] = []
    for line in WAITING_LINES:
        text.append(f"Lista d'attesa, {opt.label_of(opt.LINES, line)}: {len(lists[line])}")
        text += [_entry_text(entry) for entry in lists[line]]
    data = {line: [_entry_data(entry) for entry in lists[line]] for line in WAITING_LINES}
    output.result(args, "\n".join(text), {"liste": data})
    return 0


LIST_ACTIONS: tuple[StoreAction, ...] = (
    ("elenco", "l'elenco dei casi, con i filtri dell'applicazione", _add_list, _list),
    ("attesa", "le liste d'attesa delle due linee, in ordine di priorità", _add_private, _waiting),
)
