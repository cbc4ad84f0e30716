"""Facts the équipe already recorded, offered again instead of asked twice.

Two proposals, each only a starting point the worker sees marked and may change:
- the housing questions of a new assessment that the referral already answers: whether minor
  or disabled children will live with her (from the case's children) and whether she is in a
  shelter (from the case's shelter answer);
- a new project: the lines she asked for, the active-policy services the latest assessment
  suggests (each with its usual provider, no cost yet) and the housing path it suggests.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from antiviolenza_desktop.domain.case.intake import Child
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.model import (
    ActiveIntervention,
    PrivateLease,
    ProjectDraft,
    TemporaryHousing,
    WorkPath,
)

CHILDREN_WITH_HER = "children_with_her"
IN_SHELTER = "in_shelter"
_YES, _NO = "yes", "no"


def housing_answers_from_case(children: Sequence[Child], shelter: str) -> dict[str, str]:
    """The instrument's housing answers that the referral already gives."""
    dependent = any(child.minor or child.disabled for child in children)
    return {
        CHILDREN_WITH_HER: _YES if dependent else _NO,
        IN_SHELTER: _NO if shelter in ("", "none") else _YES,
    }


@dataclass(frozen=True, slots=True)
class Suggested:
    """What the latest assessment suggests: a housing path ("a", "b" or None) and the codes of
    the active-policy services."""

    housing_path: str | None
    work_services: tuple[str, ...]


def proposed_project(lines_requested: Collection[str], suggested: Suggested | None) -> ProjectDraft:
    """A new project's starting point: her requested lines, and where the line is requested,
    the suggested services and housing path. Nothing is invented beyond the suggestions."""
    lines = frozenset(lines_requested)
    if suggested is None:
        return ProjectDraft(lines=lines)
    work = None
    if "work" in lines and suggested.work_services:
        work = WorkPath(
            interventions=tuple(_intervention(code) for code in suggested.work_services)
        )
    housing: TemporaryHousing | PrivateLease | None = None
    if "housing" in lines:
        paths: dict[str, TemporaryHousing | PrivateLease] = {
            "a": TemporaryHousing(),
            "b": PrivateLease(),
        }
        housing = paths.get(suggested.housing_path or "")
    return ProjectDraft(lines=lines, work=work, housing=housing)


def _intervention(code: str) -> ActiveIntervention:
    provider = "cpi" if code in opt.CPI_SERVICES else "accredited_operator"
    return ActiveIntervention(code, provider=provider)
