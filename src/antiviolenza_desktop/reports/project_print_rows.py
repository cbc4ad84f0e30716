"""Rows of the printed Progetto derived from the project's own content: the timeline and the
path b lease.

The «Cronoprogramma» is not typed twice: it is what the project already dates (each active
intervention, each economic support's period, the path b contract), earliest first. A row
without any date has nothing to say on a timeline and is left to its own section.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.case.intake_options import Option, label_of
from antiviolenza_desktop.domain.project import options as popt
from antiviolenza_desktop.domain.project.model import PrivateLease, ProjectDraft

from . import forms_model as fm
from .form_styles import fmt_date, fmt_eur

_PASSIVE_BY = "Ambito (Fondo politiche passive)"
_HOUSING_BY = "Ambito (Fondo autonomia abitativa)"


def _label(options: tuple[Option, ...], code: str) -> str:
    return label_of(options, code) if code else ""


def timeline_rows(draft: ProjectDraft) -> tuple[fm.TimelineRow, ...]:
    """Every dated activity of the project, ordered by its first date."""
    rows = [
        fm.TimelineRow(
            _label(popt.ACTIVE_INTERVENTIONS, item.kind),
            item.start,
            item.end,
            _label(popt.PROVIDERS, item.provider),
        )
        for item in draft.interventions
        if item.status != "cancelled"
    ]
    rows += [
        fm.TimelineRow(
            _label(popt.PASSIVE_SUPPORTS, support.kind),
            support.period_from,
            support.period_to,
            _PASSIVE_BY,
        )
        for support in draft.passive_supports
    ]
    lease = draft.housing
    if isinstance(lease, PrivateLease):
        rows.append(
            fm.TimelineRow(
                "Contratto di locazione (percorso b)",
                lease.contract_start,
                lease.contract_end,
                _HOUSING_BY,
            )
        )
    dated = [row for row in rows if row.start is not None or row.end is not None]
    return tuple(sorted(dated, key=_first_date))


def _first_date(row: fm.TimelineRow) -> date:
    return row.start or row.end or date.max


def lease_rows(lease: PrivateLease) -> tuple[tuple[str, str], ...]:
    """The path b lease as printed: the landlord as a role, the rent she pays, the contract."""
    role = _label(popt.LANDLORD_ROLES, lease.landlord_role)
    if role and lease.landlord_note.strip():
        role = f"{role} – {lease.landlord_note.strip()}"
    start, end = fmt_date(lease.contract_start), fmt_date(lease.contract_end)
    contract = " ".join(
        part for part in (f"dal {start}" if start else "", f"al {end}" if end else "") if part
    )
    return (
        ("Locatore (ruolo)", role),
        ("Canone mensile a suo carico", fmt_eur(lease.monthly_rent)),
        ("Contratto di locazione", contract),
    )
