"""Her project's register (`casi progetto CODICE`) as the «Progetto» tab's side panel lists
it: each revision with its state and what it holds (goals, interventions, supports), and each
monitoring update with its day, its source and how many interventions it updated. Counts
and codes only: the goals' and notes' text are in the GUI and the printed Progetto
(`casi stampa-progetto`)."""

from __future__ import annotations

from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.revisions import MonitoringUpdate, ProjectRevision
from antiviolenza_desktop.operations.project import ProjectState

REVISION_STATES = {"draft": "bozza", "validated": "validata", "closed": "chiusa"}


def _label(options: tuple[opt.Option, ...], code: str) -> str:
    return next((o.label for o in options if o.code == code), code)


def _revision_line(revision: ProjectRevision) -> str:
    state = REVISION_STATES.get(revision.status, revision.status)
    if revision.validated_on is not None:
        state += f" il {revision.validated_on:%d/%m/%Y}"
    draft = revision.draft
    return (
        f"  Revisione {revision.number} · {state} · obiettivi: {len(draft.goals)} · "
        f"interventi: {len(draft.interventions)} · sostegni: {len(draft.passive_supports)}"
    )


def _update_line(update: MonitoringUpdate) -> str:
    return (
        f"  {update.on:%d/%m/%Y} · {_label(opt.MONITORING_SOURCES, update.source)} · "
        f"interventi aggiornati: {len(update.statuses)}"
    )


def project_lines(state: ProjectState) -> list[str]:
    if not state.revisions:
        return ["Nessun progetto."]
    lines = [f"Revisioni: {len(state.revisions)}"]
    lines += [_revision_line(revision) for revision in state.revisions]
    lines.append(f"Aggiornamenti di monitoraggio: {len(state.updates)}")
    lines += [_update_line(update) for update in state.updates]
    return lines


def project_data(state: ProjectState) -> dict[str, object]:
    return {
        "revisioni": [
            {
                "numero": r.number,
                "stato": r.status,
                "validato_il": r.validated_on.isoformat() if r.validated_on else None,
                "linee": sorted(r.draft.lines),
                "obiettivi": len(r.draft.goals),
                "interventi": len(r.draft.interventions),
                "sostegni": len(r.draft.passive_supports),
            }
            for r in state.revisions
        ],
        "monitoraggi": [
            {"giorno": u.on.isoformat(), "fonte": u.source, "interventi": len(u.statuses)}
            for u in state.updates
        ],
    }
