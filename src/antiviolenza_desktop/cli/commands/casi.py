"""`antiviolenza casi`: the cases, as the GUI shows and records them (`elenco`, `mostra`,
`storia`, `attesa`: `cli.case_list_actions`, `cli.case_show_actions`; `aggiungi` from a file:
`cli.case_file_actions`; `stampa-progetto`, `stampa-scheda`: `cli.case_print_actions`);
retention and erasure of women's personal data (coordinator only), and the «Da fare»
reminders (`cli.commands.casi_tasks`).

`conservazione` shows or sets how many years a closed path keeps her data; `da-eliminare`
lists the closed cases past that period (codes and dates, no names); `elimina` erases one
case's personal data, by expiry or on her request, after the code is typed again to confirm;
`ripulisci-copie` makes a fresh verified backup and deletes the copies made before the latest
erasure. The flows are `operations.retention`; the rules and refusals are the services'
(services.erasure, services.erasure_copies). `istat` saves the anonymous O.R.A./ISTAT tables
of a period (`operations.statutory_exports`), open to any user of the store; `consensi`,
`consenso-aggiungi` and `consenso-revoca` are her consents (`cli.consent_actions`); `invii`,
`invio-aggiungi` and `invio-stato` her referrals to other services (`cli.referral_actions`);
`firma` and `firme` the équipe's sign-offs of her project (`cli.signoff_actions`);
`trasferisci`, `ricevi`, `chiave-ricezione` and `registra-chiave` send a case to another Ambito
and receive one (`cli.case_transfer_actions`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from antiviolenza_desktop.cli import consent_actions, output, referral_actions, signoff_actions
from antiviolenza_desktop.cli.case_file_actions import FILE_ACTIONS
from antiviolenza_desktop.cli.case_list_actions import LIST_ACTIONS
from antiviolenza_desktop.cli.case_print_actions import PRINT_ACTIONS
from antiviolenza_desktop.cli.case_show_actions import SHOW_ACTIONS
from antiviolenza_desktop.cli.case_transfer_actions import TRANSFER_ACTIONS
from antiviolenza_desktop.cli.commands.casi_tasks import TASK_ACTIONS
from antiviolenza_desktop.cli.credentials_input import (
    opened_store,
)
from antiviolenza_desktop.cli.fund_input import parse_day
from antiviolenza_desktop.cli.store_actions import StoreAction, add_store_actions, run_store_action
from antiviolenza_desktop.domain.case import retention as retention
from antiviolenza_desktop.domain.case.small_cells import DEFAULT_THRESHOLD
from antiviolenza_desktop.domain.case.stages import stage_label
from antiviolenza_desktop.operations.retention import erase_by_code, read_retention, set_retention
from antiviolenza_desktop.operations.statutory_exports import TablesRequest, save_statutory_tables
from antiviolenza_desktop.services import erasure_copies

NAME = "casi"
HELP = (
    "i casi: elenco, panoramica, storia, lista d'attesa, nuova scheda da file, stampe in PDF; "
    "conservazione ed eliminazione dei dati personali dei casi chiusi (GDPR art. 17); "
    "tabelle anonime O.R.A./ISTAT; promemoria «Da fare»; consensi e invii della donna"
)

REASON_HELP = (
    "«scadenza»: caso chiuso oltre il periodo di conservazione; «richiesta»: la donna chiede "
    "la cancellazione (in qualsiasi fase; gli importi restano nel registro col codice)"
)
COPIES_NOTE = (
    "Le copie di sicurezza fatte prima contengono ancora questi dati: esegui «antiviolenza casi "
    "ripulisci-copie». Le copie su chiavette o altri dischi vanno cancellate a mano."
)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _add_retention(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--anni", type=int, help="nuovo periodo di conservazione, in anni")


def _retention(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        if args.anni is None:
            years = read_retention(opened).years
        else:
            years = set_retention(opened, args.anni)
    text = f"I dati personali dei casi chiusi si conservano per {years} anni dalla chiusura."
    output.result(args, text, {"anni": years})
    return 0


def _due(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        state = read_retention(opened)
    years, due = state.years, state.due
    lines = [f"Casi chiusi da più di {years} anni: {len(due)}"]
    lines += [
        f"{d.code}  {stage_label(d.stage)}  chiuso il {_day(d.closed_on)}  "
        f"eliminabile dal {_day(d.erasable_from)}"
        for d in due
    ]
    data = {
        "anni": years,
        "casi": [
            {
                "codice": d.code,
                "fase": d.stage,
                "chiuso_il": d.closed_on.isoformat(),
                "eliminabile_dal": d.erasable_from.isoformat(),
            }
            for d in due
        ],
    }
    output.result(args, "\n".join(lines), data)
    return 0


def _add_erase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--caso", required=True, metavar="CODICE", help="codice del caso")
    parser.add_argument(
        "--motivo", choices=retention.REASONS, default=retention.REASON_EXPIRY, help=REASON_HELP
    )
    parser.add_argument(
        "--conferma",
        metavar="CODICE",
        help="il codice del caso riscritto per conferma (se manca, viene chiesto)",
    )


def _erase(args: argparse.Namespace) -> int:
    typed = args.conferma
    if typed is None:
        # The question goes to stderr so that --json output stays one JSON object; with no
        # terminal the answer is empty and the service refuses.
        print(
            f"Stai per eliminare i dati personali del caso {args.caso}: l'operazione non si "
            "annulla. Riscrivi il codice del caso per confermare: ",
            end="",
            file=sys.stderr,
            flush=True,
        )
        typed = sys.stdin.readline()
    with opened_store(args) as opened:
        done = erase_by_code(opened, args.caso, args.motivo, typed)
    erased, stale = done.erased, done.stale_copies
    if not erased.wal_truncated:
        output.warning(
            "il file -wal non è stato svuotato perché l'archivio è aperto altrove: lo sarà "
            "alla prossima apertura."
        )
    text = f"Dati personali del caso {erased.code} eliminati ({erased.reason})."
    if stale is None:
        text += (
            "\nNon è stato possibile controllare le copie di sicurezza fatte prima: "
            "ripuliscile con «antiviolenza casi ripulisci-copie»."
        )
    elif stale:
        text += f"\n{stale} copie fatte prima li contengono ancora. {COPIES_NOTE}"
    data = {"codice": erased.code, "motivo": erased.reason, "copie_da_ripulire": stale}
    output.result(args, text, data)
    return 0


def _purge(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        purged = erasure_copies.purge_copies_after_erasure(opened)
    lines = [f"Nuova copia verificata: {purged.fresh_backup}"]
    lines += [f"Eliminata: {c.path}" for c in purged.removed]
    lines.append("Le copie su chiavette o altri dischi vanno cancellate a mano.")
    lines += [f"Copia su altro supporto da cancellare a mano: {c.path}" for c in purged.outside]
    data = {
        "nuova_copia": str(purged.fresh_backup),
        "eliminate": [str(c.path) for c in purged.removed],
        "da_cancellare_a_mano": [str(c.path) for c in purged.outside],
    }
    output.result(args, "\n".join(lines), data)
    return 0


def _add_tables(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dal", required=True, metavar="GG/MM/AAAA", help="primo giorno")
    parser.add_argument("--al", required=True, metavar="GG/MM/AAAA", help="ultimo giorno")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="salva le tabelle in CSV")
    parser.add_argument("--xlsx", type=Path, metavar="FILE", help="salva le tabelle in XLSX")
    parser.add_argument(
        "--soglia",
        type=int,
        default=DEFAULT_THRESHOLD,
        help=f"celle da 1 a soglia-1 non mostrate (predefinita {DEFAULT_THRESHOLD})",
    )


def _tables(args: argparse.Namespace) -> int:
    request = TablesRequest(
        parse_day(args.dal, "since"), parse_day(args.al, "until"), args.soglia, args.csv, args.xlsx
    )
    with opened_store(args) as opened:
        saved = save_statutory_tables(opened, request)
    lines = [f"Salvato: {path}" for path in saved.paths]
    lines.append(f"Donne segnalate nel periodo: {saved.women}; servizi erogati: {saved.services}.")
    data = {
        "file": [str(path) for path in saved.paths],
        "donne": saved.women,
        "servizi": saved.services,
    }
    output.result(args, "\n".join(lines), data)
    return 0


def _no_options(_parser: argparse.ArgumentParser) -> None:
    return None


_ACTIONS: tuple[StoreAction, ...] = (
    *LIST_ACTIONS,
    *SHOW_ACTIONS,
    *FILE_ACTIONS,
    *PRINT_ACTIONS,
    ("conservazione", "mostra o imposta gli anni di conservazione", _add_retention, _retention),
    ("da-eliminare", "casi chiusi oltre il periodo di conservazione", _no_options, _due),
    ("elimina", "elimina i dati personali di un caso", _add_erase, _erase),
    (
        "ripulisci-copie",
        "nuova copia verificata, poi elimina le copie fatte prima dell'ultima eliminazione",
        _no_options,
        _purge,
    ),
    (
        "istat",
        "salva le tabelle anonime O.R.A./ISTAT di un periodo (CSV, XLSX)",
        _add_tables,
        _tables,
    ),
    *TASK_ACTIONS,
    ("consensi", "i consensi di un caso e il loro stato", *consent_actions.LIST),
    ("consenso-aggiungi", "registra un consenso della donna", *consent_actions.GIVE),
    ("consenso-revoca", "registra la revoca di un consenso", *consent_actions.WITHDRAW),
    ("invii", "gli invii di un caso ai servizi e il loro stato", *referral_actions.LIST),
    ("invio-aggiungi", "registra l'invio della donna a un servizio", *referral_actions.SEND),
    ("invio-stato", "registra il nuovo stato di un invio", *referral_actions.STATUS),
    ("firma", "firma un atto del progetto con la propria password", *signoff_actions.SIGN),
    ("firme", "le firme dell'équipe sul progetto di un caso", *signoff_actions.LIST),
    *TRANSFER_ACTIONS,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_actions(parser, _ACTIONS)


def run(args: argparse.Namespace) -> int:
    return run_store_action(args)
