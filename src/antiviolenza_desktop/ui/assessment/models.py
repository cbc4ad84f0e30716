"""Table models of the assessment tab: the past assessments and the domain-by-domain changes.

Both lists are short (a woman has a few assessments; the instrument a dozen domains), so the
models hold their rows, on `project_models.ValueTableModel`: display text plus a native sort
value per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from antiviolenza_desktop.domain.assessment.model import DIRECTIONS, DomainChange
from antiviolenza_desktop.services.assessments import StoredAssessment
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.project.fields import vocabulary_label_of
from antiviolenza_desktop.ui.project.models import Cell, ValueTableModel


class AssessmentListModel(ValueTableModel):
    """Past assessments, newest first: date, instrument version, how many were present."""

    def __init__(self) -> None:
        super().__init__(
            (self.tr("Data"), self.tr("Strumento"), self.tr("Presenti")), self._cells_of
        )

    def set_assessments(self, stored: Sequence[StoredAssessment]) -> None:
        self.set_items(list(reversed(stored)))

    def _cells_of(self, stored: StoredAssessment) -> tuple[Cell, ...]:
        assessment = stored.assessment
        held = assessment.held_on
        version = assessment.instrument_version
        return (
            (format_date(held), held.isoformat() if held else ""),
            (self.tr("versione %1").replace("%1", str(version)), version),
            (str(len(assessment.members)), len(assessment.members)),
        )


@dataclass(frozen=True, slots=True)
class NamedChange:
    """A `DomainChange` with the domain's label from the instrument."""

    label: str
    change: DomainChange


class ComparisonModel(ValueTableModel):
    """Per domain: need before → after, resources before → after, and the direction."""

    def __init__(self) -> None:
        super().__init__(
            (self.tr("Ambito"), self.tr("Bisogno"), self.tr("Risorse"), self.tr("Andamento")),
            self._cells_of,
        )
        self.first = True

    def set_changes(self, changes: Sequence[NamedChange], *, first: bool) -> None:
        """`first`: there is no previous assessment, so only the current scores show."""
        self.first = first
        self.set_items(changes)

    def _pair(self, before: int | None, after: int | None) -> Cell:
        now = "—" if after is None else str(after)
        if self.first:
            return now, after
        was = "—" if before is None else str(before)
        return f"{was} → {now}", after

    def _cells_of(self, named: NamedChange) -> tuple[Cell, ...]:
        change = named.change
        if self.first:
            direction = self.tr("prima valutazione")
        else:
            direction = vocabulary_label_of(DIRECTIONS, change.direction)
        return (
            (named.label, named.label),
            self._pair(change.need_before, change.need_after),
            self._pair(change.resources_before, change.resources_after),
            (direction, change.direction),
        )
