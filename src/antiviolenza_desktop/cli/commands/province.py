"""`antiviolenza province`: the capofila's provincial figures from the merged bundles.

    province totals [--json]   per Ambito the newest snapshot (number, date, stale?), lines
                               against budget and targets, actions A/B, funds against the
                               allocation (a Provincia fund from the capofila's register of
                               the Provincia, the Ambiti's projects beside it), the CPI
                               hours, women counted once, duplicates and combined caps
    province report [--pdf FILE] [--xlsx FILE]
                               the provincial financial report from the same figures (the
                               GUI's «Rendiconto provinciale»), as PDF and/or XLSX
    province accept-region FILE [--out KEYFILE]
    province export-regional --out FILE
                               one level up: see `cli.commands.regional_export`

A pure function of the newest accepted snapshot of each Ambito: the order and repetition of
imports change nothing.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.commands import regional_export
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.store_actions import add_store_actions, run_store_action
from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.operations.exchange_province import (
    read_province,
    write_provincial_report,
)
from antiviolenza_desktop.operations.export_writing import checked_targets

NAME = "province"
HELP = "capofila: totali provinciali dai pacchetti degli Ambiti"


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", type=Path, help="file PDF da scrivere")
    parser.add_argument("--xlsx", type=Path, help="file XLSX da scrivere")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_actions(
        parser,
        [
            ("totals", "totali provinciali e freschezza di ogni Ambito", lambda _p: None, _totals),
            ("report", "rendiconto provinciale in PDF e/o XLSX", _report_options, _report),
            (
                "accept-region",
                "accetta il file di iscrizione della Regione",
                regional_export.accept_options,
                regional_export.accept_region,
            ),
            (
                "export-regional",
                "esporta i totali provinciali per la Regione",
                regional_export.export_options,
                regional_export.export_regional,
            ),
        ],
    )


def run(args: argparse.Namespace) -> int:
    return run_store_action(args)


def _totals(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        totals = read_province(opened, datetime.now(UTC))
    output.result(args, "\n".join(_text(totals)), _data(totals))
    return 0


def _report(args: argparse.Namespace) -> int:
    checked_targets(args.pdf, args.xlsx)  # before the password is asked
    with opened_store(args) as opened:
        written = write_provincial_report(opened, args.pdf, args.xlsx, date.today())
    text = "Rendiconto provinciale scritto: " + ", ".join(map(str, written))
    output.result(args, text, {"file": [str(path) for path in written]})
    return 0


def _ambiti_text(totals: ProvincialTotals) -> list[str]:
    rows = ["Ambiti (pacchetto più recente unito):"]
    for a in totals.ambiti:
        if a.sequence is None or a.created_at is None:
            rows.append(f"  {a.name}: nessun pacchetto ricevuto  ← DA AGGIORNARE")
            continue
        mark = "  ← DA AGGIORNARE" if a.stale else ""
        rows.append(
            f"  {a.name}: n. {a.sequence} del {a.created_at:%d/%m/%Y} "
            f"({a.age_days} giorni fa){mark}"
        )
        if a.audit_shorter:
            rows.append(
                f"    Attenzione: il registro delle attività di {a.name} è più corto "
                f"dell'ultima volta ({a.audit_head_before} → {a.audit_head or 0} voci): possibile "
                "ripristino da una copia o manomissione; chiedi all'Ambito."
            )
    return rows


def _registers_text(totals: ProvincialTotals) -> list[str]:
    network = totals.network
    if network.growth_percent is None:
        growth = f"crescita non calcolabile (nessun membro a {network.baseline_month})"
    else:
        reached = "raggiunto" if network.target_reached else "non ancora raggiunto"
        growth = (
            f"{network.baseline} a {network.baseline_month}, crescita {network.growth_percent}% "
            f"(obiettivo {network.growth_target_percent}%: {network.target_members} membri, "
            f"{reached})"
        )
    rows = [f"Rete territoriale: {network.total} membri; {growth}."]
    rows += [
        f"Formazione {t.name}: {t.sessions} incontri, {t.minutes // 60} ore, "
        f"{t.participants} partecipanti."
        for t in totals.training
    ]
    return rows


def _text(totals: ProvincialTotals) -> list[str]:
    rows = [f"Totali provinciali al {totals.as_of:%d/%m/%Y}.", *_ambiti_text(totals), ""]
    rows.append(
        f"Donne: {totals.women} (contate una volta sola; {totals.unshared_women} senza consenso "
        "alla condivisione, solo nei totali)."
    )
    for line in totals.lines:
        reached = "raggiunto" if line.target_reached else "non ancora raggiunto"
        rows.append(
            f"Linea {line.line} – {line.name}: {line.women} donne (obiettivo {line.target}, "
            f"{reached}); A {format_eur(line.actual_a)} di {format_eur(line.budget_a)}, "
            f"B {format_eur(line.actual_b)} di {format_eur(line.budget_b)}."
        )
    rows.append("Azioni (A pagato / previsto, B valorizzato / previsto):")
    rows += [
        f"  {a.printed_code:<5} A {format_eur(a.actual_a)} / {format_eur(a.budget_a)}   "
        f"B {format_eur(a.actual_b)} / {format_eur(a.budget_b)}"
        for a in totals.actions
    ]
    rows += _funds_text(totals)
    if totals.duplicates:
        rows.append(f"Donne seguite in più Ambiti (contate una volta): {len(totals.duplicates)}.")
        rows += [f"  {d.pseudonym[:12]}…: {', '.join(d.ambiti)}" for d in totals.duplicates]
    for cap in totals.caps_exceeded:
        parts = ", ".join(f"{a} {format_eur(v)}" for a, v in cap.by_ambito)
        rows.append(
            f"Attenzione: la donna {cap.pseudonym[:12]}… supera il massimo per donna del "
            f"{FUND_LABELS.get(cap.fund, cap.fund)}: {format_eur(cap.committed)} impegnati "
            f"su {format_eur(cap.cap)} ({parts})."
        )
    return rows + _registers_text(totals)


def _funds_text(totals: ProvincialTotals) -> list[str]:
    """The funds, a Provincia fund with the Ambiti's projects beside it, and the CPI hours."""
    rows = ["Fondi:"]
    rows += [
        f"  {f.name}: impegnati {format_eur(f.committed)}, erogati {format_eur(f.disbursed)}, "
        f"disponibili {format_eur(f.available)} su {format_eur(f.allocation)}."
        + (
            f" Gestito dalla Provincia; nei progetti degli Ambiti: impegnati "
            f"{format_eur(f.projects_committed)}, erogati {format_eur(f.projects_disbursed)}."
            if f.managed_by == "provincia"
            else ""
        )
        for f in totals.funds
    ]
    if totals.provincia is not None:
        minutes = totals.provincia.hours_minutes
        rows.append(
            f"Ore dei CPI (cofinanziamento): {minutes // 60} h {minutes % 60} min, "
            f"{format_eur(totals.provincia.hours_value)}."
        )
    return rows


def _ambiti_data(totals: ProvincialTotals) -> list[dict[str, Any]]:
    return [
        {
            "ambito": a.ambito,
            "numero": a.sequence,
            "creato": a.created_at.isoformat() if a.created_at else None,
            "giorni": a.age_days,
            "da_aggiornare": a.stale,
            "registro_attivita": a.audit_head,
            "registro_attivita_prima": a.audit_head_before,
            "registro_accorciato": a.audit_shorter,
        }
        for a in totals.ambiti
    ]


def _money_data(totals: ProvincialTotals) -> dict[str, Any]:
    lines = {
        line.line: {
            "donne": line.women,
            "obiettivo": line.target,
            "a": line.actual_a,
            "b": line.actual_b,
            "previsto_a": line.budget_a,
            "previsto_b": line.budget_b,
        }
        for line in totals.lines
    }
    actions = {
        a.action: {
            "a": a.actual_a,
            "b": a.actual_b,
            "previsto_a": a.budget_a,
            "previsto_b": a.budget_b,
        }
        for a in totals.actions
    }
    funds = {
        f.fund: {
            "stanziato": f.allocation,
            "impegnato": f.committed,
            "erogato": f.disbursed,
            "gestione": f.managed_by,
            "impegnato_progetti": f.projects_committed,
            "erogato_progetti": f.projects_disbursed,
        }
        for f in totals.funds
    }
    return {"linee": lines, "azioni": actions, "fondi": funds, "provincia": _provincia(totals)}


def _provincia(totals: ProvincialTotals) -> dict[str, Any] | None:
    figures = totals.provincia
    if figures is None:
        return None
    return {
        "per_ambito": [
            {
                "ambito": row.ambito,
                "fondo": row.fund,
                "impegnato": row.committed,
                "erogato": row.disbursed,
                "impegnato_progetti": row.projects_committed,
                "erogato_progetti": row.projects_disbursed,
            }
            for row in figures.by_ambito
        ],
        "ore_cpi": [
            {
                "mese": h.month,
                "sede": h.office,
                "azione": h.action,
                "minuti": h.minutes,
                "valore": h.value,
            }
            for h in figures.hours
        ],
    }


def _registers_data(totals: ProvincialTotals) -> dict[str, Any]:
    network = totals.network
    return {
        "rete": {
            "membri": dict(network.members),
            "base": network.baseline,
            "mese_base": network.baseline_month,
            "crescita_percento": network.growth_percent,
            "obiettivo_percento": network.growth_target_percent,
        },
        "formazione": {
            t.ambito: {"incontri": t.sessions, "minuti": t.minutes, "partecipanti": t.participants}
            for t in totals.training
        },
    }


def _women_data(totals: ProvincialTotals) -> dict[str, Any]:
    return {
        "donne": totals.women,
        "donne_non_condivise": totals.unshared_women,
        "doppioni": [
            {"pseudonimo": d.pseudonym, "ambiti": list(d.ambiti)} for d in totals.duplicates
        ],
        "massimali_superati": [
            {
                "pseudonimo": c.pseudonym,
                "fondo": c.fund,
                "impegnato": c.committed,
                "massimo": c.cap,
                "per_ambito": dict(c.by_ambito),
            }
            for c in totals.caps_exceeded
        ],
    }


def _data(totals: ProvincialTotals) -> dict[str, Any]:
    return {
        "al": totals.as_of.isoformat(),
        "ambiti": _ambiti_data(totals),
        **_women_data(totals),
        **_money_data(totals),
        **_registers_data(totals),
    }
