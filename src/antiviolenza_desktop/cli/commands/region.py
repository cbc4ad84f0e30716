"""`antiviolenza region`: the Region's store, one level above the capofila.

    region issue --province CODE --out FILE   enrolment file for that province's capofila and
                                              the one-time code to read out by phone
    region register KEYFILE [--fingerprint F] the capofila's key, if the fingerprint it reads
                                              out matches the one recomputed from the key
    region import FILE...                     every check of every provincial bundle (an
                                              Ambito's bundle refused from its header, before
                                              the password), then the merge, oldest number
                                              first within a province; one refused file
                                              merges none
    region totals [--json]                    per province the newest bundle (number, date,
                                              Ambiti received), and the regional totals

The same flows as the GUI (`operations.exchange_region`).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.commands.enrol import read_fingerprint
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.store_actions import add_store_actions, run_store_action
from antiviolenza_desktop.domain.exchange.region import RegionalTotals
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.operations.exchange_keys import read_key_file
from antiviolenza_desktop.operations.exchange_region import (
    import_provincial_files,
    issue_province_enrolment_file,
    read_provincial_files,
    read_region,
    register_province_key,
)

NAME = "region"
HELP = "Regione: iscrizione delle capofila, pacchetti provinciali, totali regionali"


def _issue_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--province", required=True, help="codice della provincia (es. cremona)")
    parser.add_argument("--out", type=Path, required=True, help="file di iscrizione da scrivere")


def _register_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="chiave pubblica della capofila")
    parser.add_argument("--fingerprint", help="impronta dettata dalla capofila")


def _import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE", help="pacchetti provinciali")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_actions(
        parser,
        [
            ("issue", "iscrivi la capofila di una provincia", _issue_options, _issue),
            ("register", "registra la chiave di una capofila", _register_options, _register),
            ("import", "verifica e unisci i pacchetti provinciali", _import_options, _import),
            ("totals", "totali regionali e freschezza di ogni provincia", lambda _p: None, _totals),
        ],
    )


def run(args: argparse.Namespace) -> int:
    return run_store_action(args)


def _issue(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        issued = issue_province_enrolment_file(opened, args.province, args.out)
    text = (
        f"File di iscrizione per la capofila della provincia «{issued.ambito}» scritto in "
        f"{args.out}.\nCodice monouso da dettare al telefono (mai insieme al file):\n\n"
        f"    {issued.one_time_code}\n"
    )
    data = {
        "file": str(args.out),
        "provincia": issued.ambito,
        "codice_monouso": issued.one_time_code,
        "chiave_cifratura": issued.encryption_key_id,
    }
    output.result(args, text, data)
    return 0


def _register(args: argparse.Namespace) -> int:
    key = read_key_file(args.file)
    typed = read_fingerprint(args)
    with opened_store(args) as opened:
        sender = register_province_key(opened, key, typed)
    text = (
        f"Chiave {sender.key_id} registrata per la provincia «{sender.ambito}»: i suoi pacchetti "
        "provinciali saranno accettati."
    )
    output.result(args, text, {"provincia": sender.ambito, "id_chiave": sender.key_id})
    return 0


def _import(args: argparse.Namespace) -> int:
    files = read_provincial_files(args.files)  # header checks before the password
    with opened_store(args) as opened:
        results = import_provincial_files(opened, files)
    lines = [
        f"Provincia «{r.province}», pacchetto n. {r.sequence} del {r.created_at:%d/%m/%Y}: "
        + ("unito." if r.merged else "già importato, nulla cambia.")
        for r in results
    ]
    data = [{"provincia": r.province, "numero": r.sequence, "unito": r.merged} for r in results]
    output.result(args, "\n".join(lines), {"pacchetti": data})
    return 0


def _totals(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        totals = read_region(opened, datetime.now(UTC))
    output.result(args, "\n".join(_text(totals)), _data(totals))
    return 0


def _text(totals: RegionalTotals) -> list[str]:
    rows = [f"Totali regionali al {totals.as_of:%d/%m/%Y}.", "Province:"]
    for p in totals.provinces:
        if p.sequence is None or p.created_at is None:
            rows.append(f"  {p.province}: nessun pacchetto ricevuto  ← DA AGGIORNARE")
            continue
        mark = "  ← DA AGGIORNARE" if p.stale else ""
        rows.append(
            f"  {p.province}: n. {p.sequence} del {p.created_at:%d/%m/%Y} "
            f"({p.age_days} giorni fa; Ambiti ricevuti {p.ambiti_received} su {p.ambiti}){mark}"
        )
    figures = totals.totals
    lines = dict(figures.lines)
    rows += [
        "",
        f"Donne: {figures.women} (di cui {totals.unshared_women} senza consenso alla "
        f"condivisione); linea 1: {lines['work']}, linea 2: {lines['housing']}.",
        f"Donne presenti in più Ambiti della stessa provincia: {totals.duplicate_women}; "
        f"massimali per donna superati: {totals.caps_exceeded}.",
    ]
    rows += [
        f"{FUND_LABELS.get(fund, fund)}: impegnato {format_eur(a.committed)}, "
        f"erogato {format_eur(a.disbursed)}"
        for fund, a in figures.funds
    ]
    part = totals.provincia
    if part.funds or part.hours:
        rows.append(
            f"Di cui dal registro della Provincia: impegnato {format_eur(part.committed)}, "
            f"erogato {format_eur(part.disbursed)}; ore dei CPI valorizzate come "
            f"cofinanziamento (B) {format_eur(part.hours_value)}."
        )
    return rows


def _data(totals: RegionalTotals) -> dict[str, Any]:
    figures = totals.totals
    return {
        "al": totals.as_of.isoformat(timespec="seconds"),
        "province": [
            {
                "provincia": p.province,
                "numero": p.sequence,
                "creato": p.created_at.isoformat() if p.created_at else None,
                "non_aggiornata": p.stale,
                "ambiti_ricevuti": p.ambiti_received,
            }
            for p in totals.provinces
        ],
        "donne": figures.women,
        "donne_senza_consenso": totals.unshared_women,
        "linee": dict(figures.lines),
        "fondi": {f: {"impegnato": a.committed, "erogato": a.disbursed} for f, a in figures.funds},
        "azioni": {x: {"a": a.a, "b": a.b} for x, a in figures.actions},
        "provincia": {
            "fondi": {
                f: {"impegnato": a.committed, "erogato": a.disbursed}
                for f, a in totals.provincia.funds
            },
            "ore_cpi": dict(totals.provincia.hours),
        },
    }
