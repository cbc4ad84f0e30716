"""`antiviolenza casi mostra CODICE` and `casi storia CODICE`: one case as the GUI shows it
when it opens her case, through `operations.case_overview` (an audited opening of her record,
like the GUI's).

`mostra` is the header and the state of each tab: stage and the days of her path, CAV and
lines, her latest assessment and what it suggests, the project's newest revision, the next
monitoring and review of a running project, her consents, and whether her personal data were
erased. `storia` is the «Panoramica» tab: every event of her case, newest first;
`valutazioni` the «Valutazione» tab's register (`cli.assessment_lines`); `progetto` the
«Progetto» tab's revisions and monitoring updates (`cli.project_lines`).
"""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.assessment_lines import assessment_data, assessment_lines, change_data
from antiviolenza_desktop.cli.case_history_lines import event_data, event_line
from antiviolenza_desktop.cli.consent_actions import consent_data, consent_line
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.project_lines import REVISION_STATES, project_data, project_lines
from antiviolenza_desktop.cli.store_actions import StoreAction
from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.operations.case_consents import ConsentListing
from antiviolenza_desktop.operations.case_overview import (
    CaseOverview,
    CaseWork,
    read_assessments_by_code,
    read_history_by_code,
    read_overview,
    read_project_by_code,
)
from antiviolenza_desktop.operations.case_registers import cav_names


def _add_code(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("codice", metavar="CODICE", help="codice del caso")


def _day(value: object) -> str:
    return f"{value:%d/%m/%Y}" if value is not None else "-"


def _path_text(overview: CaseOverview) -> list[str]:
    draft = overview.view.draft
    name = f"{draft.first_name} {draft.last_name}".strip()
    stage = opt.label_of(opt.STAGES, draft.stage)
    cav = cav_names().get(draft.referring_cav or "", draft.referring_cav or "-")
    lines = ", ".join(opt.label_of(opt.LINES, line) for line in sorted(draft.lines_requested))
    days = ", ".join(
        f"{label} {_day(draft.stage_dates[code])}"
        for code, label in opt.STAGES
        if code in draft.stage_dates
    )
    text = [
        f"Scheda {overview.view.code}" + (f" · {name}" if name else ""),
        f"Fase: {stage} · segnalata il {_day(draft.referral_date)} · CAV: {cav}",
        f"Linee richieste: {lines or '-'}",
        f"Date del percorso: {days or '-'}",
    ]
    if overview.erasure.erased:
        text.append("Dati personali eliminati: restano codice, date e movimenti.")
    return text


def _assessment_text(work: CaseWork) -> str:
    latest = work.review.latest
    if latest is None:
        return "Valutazione: nessuna"
    text = f"Valutazione: {work.assessments}, l'ultima del {_day(latest.assessment.held_on)}"
    housing = work.review.housing
    if housing is not None and housing.code is not None:
        text += f"; abitativa: {housing.label}"
    labels = [s.label for s in work.review.work if s.code is not None]
    return text + (f"; lavoro: {', '.join(labels)}" if labels else "")


def _project_text(work: CaseWork) -> list[str]:
    project = work.project
    if project is None:
        return ["Progetto: nessuno"]
    state = REVISION_STATES.get(project.status, project.status)
    text = f"Progetto: revisione {project.number} · {state}"
    if project.validated_on is not None:
        text += f" il {_day(project.validated_on)}"
    lines = [f"{text} · aggiornamenti di monitoraggio: {work.monitorings}"]
    if work.due is not None:
        lines.append(
            f"Prossimo monitoraggio entro il {_day(work.due.monitoring)}; "
            f"verifica del progetto entro il {_day(work.due.review)}"
        )
    return lines


def _work_text(work: CaseWork | None) -> list[str]:
    if work is None:
        return ["Valutazione e progetto: lavoro dell'équipe, non visibile con il tuo ruolo."]
    return [_assessment_text(work), *_project_text(work)]


def _listing(overview: CaseOverview) -> ConsentListing:
    view = overview.view
    return ConsentListing(view.case_id, view.code, overview.consents, overview.day)


def _overview_text(overview: CaseOverview) -> str:
    listing = _listing(overview)
    text = [*_path_text(overview), *_work_text(overview.work)]
    text.append(f"Consensi: {len(overview.consents)}")
    text += [f"  {consent_line(consent, listing)}" for consent in overview.consents]
    return "\n".join(text)


def _work_data(work: CaseWork | None) -> dict[str, object]:
    """The équipe's work as JSON; every value None for a role that does not see it."""
    review = work.review if work else None
    latest = review.latest if review else None
    project, due = (work.project, work.due) if work else (None, None)
    return {
        "valutazioni": work.assessments if work else None,
        "ultima_valutazione": latest.assessment.held_on.isoformat()
        if latest and latest.assessment.held_on
        else None,
        "percorso_abitativo": review.housing.code if review and review.housing else None,
        "servizi_lavoro": [s.code for s in review.work if s.code is not None] if review else None,
        "progetto": {
            "revisione": project.number,
            "stato": project.status,
            "validato_il": project.validated_on.isoformat() if project.validated_on else None,
            "monitoraggi": work.monitorings if work else None,
        }
        if project
        else None,
        "prossimo_monitoraggio": due.monitoring.isoformat() if due else None,
        "verifica_progetto": due.review.isoformat() if due else None,
    }


def _overview_data(overview: CaseOverview) -> dict[str, object]:
    draft = overview.view.draft
    listing = _listing(overview)
    return {
        "codice": overview.view.code,
        "cognome": draft.last_name,
        "nome": draft.first_name,
        "fase": draft.stage,
        "segnalata_il": draft.referral_date.isoformat() if draft.referral_date else None,
        "cav": draft.referring_cav,
        "linee": sorted(draft.lines_requested),
        "date_del_percorso": {k: v.isoformat() for k, v in draft.stage_dates.items()},
        "dati_eliminati": overview.erasure.erased,
        **_work_data(overview.work),
        "consensi": [consent_data(consent, listing) for consent in overview.consents],
    }


def _show(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        overview = read_overview(opened, args.codice)
    output.result(args, _overview_text(overview), _overview_data(overview))
    return 0


def _history(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        view, events = read_history_by_code(opened, args.codice)
    text = [f"Storia del caso {view.code}: {len(events)} eventi"]
    text += [event_line(event) for event in events]
    data = {"codice": view.code, "eventi": [event_data(event) for event in events]}
    output.result(args, "\n".join(text), data)
    return 0


def _assessments(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        view, state = read_assessments_by_code(opened, args.codice)
    text = [f"Valutazioni del caso {view.code}: {len(state.stored)}", *assessment_lines(state)]
    data = {
        "codice": view.code,
        "valutazioni": assessment_data(state),
        "variazioni": change_data(state),
    }
    output.result(args, "\n".join(text), data)
    return 0


def _project(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        view, state = read_project_by_code(opened, args.codice)
    text = [f"Progetto del caso {view.code}", *project_lines(state)]
    output.result(args, "\n".join(text), {"codice": view.code, **project_data(state)})
    return 0


SHOW_ACTIONS: tuple[StoreAction, ...] = (
    ("mostra", "la panoramica di un caso: fase, valutazione, progetto, consensi", _add_code, _show),
    ("storia", "la storia di un caso, evento per evento, dalla più recente", _add_code, _history),
    ("valutazioni", "le valutazioni multidimensionali di un caso", _add_code, _assessments),
    ("progetto", "le revisioni e i monitoraggi del progetto di un caso", _add_code, _project),
)
