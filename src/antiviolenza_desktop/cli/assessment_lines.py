"""Her assessments (`casi valutazioni CODICE`) as the «Valutazione» tab lists them: each one's
day, instrument and équipe size, the need and resources score of every domain, and for the
latest how each domain moved since the one before. Scores and codes only: the domain notes
and the answers stay in the GUI and the printed Progetto."""

from __future__ import annotations

from antiviolenza_desktop.domain.assessment.model import DIRECTIONS, Assessment, DomainChange
from antiviolenza_desktop.domain.case.intake_options import label_of
from antiviolenza_desktop.operations.assessment import AssessmentState
from antiviolenza_desktop.services.instruments import load_instrument


def _score(value: int | None) -> str:
    return "n.v." if value is None else str(value)


def _domain_labels(assessment: Assessment) -> dict[str, str]:
    instrument = load_instrument(assessment.instrument_id, assessment.instrument_version)
    return {domain.code: domain.label for domain in instrument.domains}


def assessment_lines(state: AssessmentState) -> list[str]:
    """Oldest first, as stored; the changes of the latest at the end."""
    lines: list[str] = []
    labels: dict[str, str] = {}
    for number, stored in enumerate(state.stored, start=1):
        a = stored.assessment
        held = f"{a.held_on:%d/%m/%Y}" if a.held_on else "-"
        lines.append(
            f"Valutazione {number} del {held} · {a.instrument_id} v{a.instrument_version} · "
            f"équipe: {len(a.members)}"
        )
        labels = _domain_labels(a)
        lines += [
            f"  {labels.get(s.domain, s.domain)}: bisogno {_score(s.need)}, "
            f"risorse {_score(s.resources)}"
            for s in a.scores
        ]
    if len(state.stored) > 1 and state.review.changes:
        lines.append("Rispetto alla valutazione precedente:")
        lines += [f"  {_change(change, labels)}" for change in state.review.changes]
    return lines


def _change(change: DomainChange, labels: dict[str, str]) -> str:
    """«Salute: migliorata», the domain named as in the latest assessment's instrument."""
    return f"{labels.get(change.domain, change.domain)}: {label_of(DIRECTIONS, change.direction)}"


def assessment_data(state: AssessmentState) -> list[dict[str, object]]:
    return [
        {
            "numero": number,
            "giorno": stored.assessment.held_on.isoformat() if stored.assessment.held_on else None,
            "strumento": stored.assessment.instrument_id,
            "versione": stored.assessment.instrument_version,
            "equipe": len(stored.assessment.members),
            "punteggi": {
                s.domain: {"bisogno": s.need, "risorse": s.resources}
                for s in stored.assessment.scores
            },
        }
        for number, stored in enumerate(state.stored, start=1)
    ]


def change_data(state: AssessmentState) -> dict[str, str]:
    """Each domain's direction since the previous assessment (none with only one)."""
    if len(state.stored) < 2:
        return {}
    return {change.domain: change.direction for change in state.review.changes}
