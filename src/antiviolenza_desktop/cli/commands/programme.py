"""`antiviolenza programme`: check a programme file, or show the programme the app runs on.

`validate FILE` is for whoever prepares next year's (or another province's) programme file:
it lists every error and warning with where it is and what was expected, and exits 1 when
the file would be refused. `show` prints the programme as the app understands it, so a
coordinator can compare it line by line with the signed card.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.domain.money import format_decimal, format_eur
from antiviolenza_desktop.domain.programme.calendar import ProgrammeCalendar, calendar_of
from antiviolenza_desktop.domain.programme.model import Action, Fund, Line, Programme
from antiviolenza_desktop.domain.programme.validation import Finding
from antiviolenza_desktop.services.programme import default_programme_path, load_programme_file

NAME = "programme"
HELP = "Controlla un file di programma o mostra il programma in uso (linee, azioni, fondi, mesi)"

EXIT_OK = 0
EXIT_INVALID = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="programme_action", metavar="AZIONE", required=True)
    validate = actions.add_parser(
        "validate", help="controlla un file di programma ed elenca errori e avvisi"
    )
    validate.add_argument("file", type=Path, metavar="FILE", help="file di programma (.toml)")
    validate.set_defaults(programme_run=_validate)
    show = actions.add_parser("show", help="mostra linee, azioni, fondi, Ambiti, CAV e obiettivi")
    show.add_argument(
        "--file",
        type=Path,
        metavar="FILE",
        help="file di programma (predefinito: il programma di Cremona incluso)",
    )
    show.set_defaults(programme_run=_show)
    for sub in (validate, show):
        # Also accept --json after the action; SUPPRESS keeps `programme --json show` working.
        sub.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="risultato in JSON"
        )


def run(args: argparse.Namespace) -> int:
    return int(args.programme_run(args))


# validate ----------------------------------------------------------------------------------


def _validate(args: argparse.Namespace) -> int:
    check = load_programme_file(args.file)
    errors, warnings = check.errors, check.warnings
    lines = [f"File: {args.file}"]
    lines += _findings_block("Errori", errors)
    lines += _findings_block("Avvisi", warnings)
    if errors:
        lines.append(f"Esito: programma NON valido (errori: {len(errors)}), va corretto.")
    else:
        lines.append(f"Esito: programma valido (avvisi da conoscere: {len(warnings)}).")
    data = {
        "ok": not errors,
        "file": str(args.file),
        "valido": not errors,
        "errori": [_finding_data(finding) for finding in errors],
        "avvisi": [_finding_data(finding) for finding in warnings],
    }
    output.result(args, "\n".join(lines), data)
    return EXIT_INVALID if errors else EXIT_OK


def _findings_block(title: str, findings: Sequence[Finding]) -> list[str]:
    if not findings:
        return [f"{title}: nessuno."]
    lines = [f"{title} ({len(findings)}):"]
    for number, finding in enumerate(findings, 1):
        lines.append(f"  {number}. {finding.location}")
        lines.append(f"     {finding.message_it}")
        if finding.expected is not None or finding.found is not None:
            lines.append(f"     atteso: {finding.expected or '-'}; trovato: {finding.found or '-'}")
    return lines


def _finding_data(finding: Finding) -> dict[str, str | None]:
    return {
        "gravita": "errore" if finding.severity == "error" else "avviso",
        "posizione": finding.location,
        "messaggio": finding.message_it,
        "codice": finding.code or None,
        "atteso": finding.expected,
        "trovato": finding.found,
    }


# show --------------------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    path = args.file or default_programme_path()
    check = load_programme_file(path)
    programme = check.require(str(path))
    text = [*_header_text(programme)]
    for line in programme.lines:
        text += _line_text(line, calendar_of(programme))
    text += _funds_text(programme)
    text += _network_text(programme)
    if check.warnings:
        text.append("")
        text += _findings_block("Avvisi sulla scheda", check.warnings)
    data = {
        "file": str(path),
        "programma": _programme_data(programme),
        "avvisi": [_finding_data(finding) for finding in check.warnings],
    }
    output.result(args, "\n".join(text), data)
    return EXIT_OK


def _amounts(a: int, b: int, total: int) -> str:
    return f"A {format_eur(a)} · B {format_eur(b)} · totale {format_eur(total)}"


def _header_text(programme: Programme) -> list[str]:
    return [
        f"Programma {programme.id}: {programme.title}",
        f"Atto: {programme.basis.label()} · scheda del {programme.card_date:%d/%m/%Y} · "
        f"durata {programme.duration_months} mesi · {_start_text(programme)}",
        f"Capofila: {programme.capofila}",
        f"Risorse: {_amounts(programme.total_a, programme.total_b, programme.total)}",
    ]


def _start_text(programme: Programme) -> str:
    start = programme.start_date
    return f"avvio {start:%d/%m/%Y}" if start else "data di avvio non indicata"


def _line_text(line: Line, calendar: ProgrammeCalendar | None) -> list[str]:
    text = [
        "",
        f"Linea {line.code} – {line.name} (azione regionale n. {line.regional_action})",
        f"  Risorse: {_amounts(line.total_a, line.total_b, line.total)}",
        f"  Destinatarie: almeno {line.target_women} donne; "
        f"priorità: {', '.join(line.priority_criteria)}",
        f"  Cofinanziamento: {line.cofinancing_source}",
    ]
    for action in line.actions:
        text += _action_text(action, calendar)
    return text


def _action_text(action: Action, calendar: ProgrammeCalendar | None) -> list[str]:
    total = f"totale stampato {format_eur(action.printed_total)}"
    if action.printed_total != action.total:
        total += f" (A + B = {format_eur(action.total)})"
    details = f"A {format_eur(action.amount_a)} · B {format_eur(action.amount_b)} · {total}"
    details += f" · mesi {month_ranges(action.months)}"
    if calendar is not None and action.months:
        details += f" ({calendar.span_label(action.months)})"
    if action.funds:
        details += f" · fondi: {', '.join(action.funds)}"
    return [f"  {action.printed_code}  {action.name}", f"       {details}"]


def month_ranges(months: Iterable[int]) -> str:
    """Months as the timeline shows them: `3–10`, `1–2, 5`; `nessuno` when empty."""
    ranges: list[list[int]] = []
    for month in sorted(set(months)):
        if ranges and month == ranges[-1][1] + 1:
            ranges[-1][1] = month
        else:
            ranges.append([month, month])
    parts = [f"{first}–{last}" if first != last else str(first) for first, last in ranges]
    return ", ".join(parts) or "nessuno"


def _funds_text(programme: Programme) -> list[str]:
    text = ["", "Fondi"]
    for fund in programme.funds:
        cap = format_eur(fund.cap_per_woman) if fund.cap_per_woman is not None else "configurabile"
        text.append(f"  {fund.name} ({fund.code}), dall'azione {fund.action}")
        text.append(
            f"    dotazione {format_eur(fund.allocation)} · massimale per donna {cap} · "
            f"gestore: {fund.managing_entity}"
        )
        if fund.ambiti:
            text.append(
                f"    ripartito tra gli Ambiti (regola configurabile): {', '.join(fund.ambiti)}"
            )
        if fund.interventions:
            text.append(f"    interventi: {', '.join(fund.interventions)}")
    return text


def _network_text(programme: Programme) -> list[str]:
    text = ["", "Ambiti"]
    text += [
        f"  {a.name} ({a.code}): capofila {a.capofila} · ente gestore {a.managing_entity}"
        for a in programme.ambiti
    ]
    text += ["", "Centri antiviolenza"]
    text += [f"  {cav.name} ({cav.town})" for cav in programme.cav]
    text += ["", "Obiettivi"]
    text += [f"  Linea {line.code}: almeno {line.target_women} donne" for line in programme.lines]
    for target in programme.targets:
        value = f"{target.value}%" if target.unit == "percento" else f"{target.value} {target.unit}"
        text.append(f"  {target.description}: {value}")
    return text


def _programme_data(programme: Programme) -> dict[str, Any]:
    """The programme for --json: the file's own keys, money as decimal strings."""
    return {
        "id": programme.id,
        "titolo": programme.title,
        "atto": programme.basis.label(),
        "data_scheda": programme.card_date.isoformat(),
        "durata_mesi": programme.duration_months,
        "data_avvio": programme.start_date.isoformat() if programme.start_date else None,
        "capofila": programme.capofila,
        "totale_a": format_decimal(programme.total_a),
        "totale_b": format_decimal(programme.total_b),
        "totale": format_decimal(programme.total),
        "linee": [_line_data(line) for line in programme.lines],
        "fondi": [_fund_data(fund) for fund in programme.funds],
        "ambiti": [
            {
                "codice": a.code,
                "nome": a.name,
                "capofila": a.capofila,
                "ente_gestore": a.managing_entity,
            }
            for a in programme.ambiti
        ],
        "cav": [{"codice": c.code, "nome": c.name, "comune": c.town} for c in programme.cav],
        "obiettivi": [
            {"codice": t.code, "descrizione": t.description, "valore": t.value, "unita": t.unit}
            for t in programme.targets
        ],
    }


def _line_data(line: Line) -> dict[str, Any]:
    return {
        "codice": line.code,
        "nome": line.name,
        "totale_a": format_decimal(line.total_a),
        "totale_b": format_decimal(line.total_b),
        "totale": format_decimal(line.total),
        "donne_minimo": line.target_women,
        "priorita": list(line.priority_criteria),
        "azioni": [
            {
                "codice": action.code,
                "codice_scheda": action.printed_code,
                "nome": action.name,
                "importo_a": format_decimal(action.amount_a),
                "importo_b": format_decimal(action.amount_b),
                "totale": format_decimal(action.printed_total),
                "mesi": list(action.months),
                "fondi": list(action.funds),
            }
            for action in line.actions
        ],
    }


def _fund_data(fund: Fund) -> dict[str, Any]:
    cap = None if fund.cap_per_woman is None else format_decimal(fund.cap_per_woman)
    return {
        "codice": fund.code,
        "nome": fund.name,
        "gestore": fund.managing_entity,
        "azione": fund.action,
        "dotazione": format_decimal(fund.allocation),
        "massimale_per_donna": cap,
        "ambiti": list(fund.ambiti),
        "interventi": list(fund.interventions),
    }
