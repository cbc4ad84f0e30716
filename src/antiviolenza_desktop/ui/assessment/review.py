"""The latest assessment of a woman: who assessed, what changed since the previous one (chart
and table), and the suggestions the instrument's rules make for the équipe.

The suggestions are labelled as such in the title and in the first line of the box: they are
computed from the answers and show their reasons, and the équipe decides (the project records
what it chose). Domain labels come from the instrument version each assessment used.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from html import escape as html_escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.assessment.instrument import Instrument
from antiviolenza_desktop.domain.assessment.model import Assessment, Suggestion
from antiviolenza_desktop.services.assessments import AssessmentReview, StoredAssessment
from antiviolenza_desktop.services.instruments import load_instrument
from antiviolenza_desktop.ui.assessment.models import ComparisonModel, NamedChange
from antiviolenza_desktop.ui.assessment.score_chart import ChartRow, ScoreChart
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import message_text
from antiviolenza_desktop.ui.project.fields import VOCABULARY_CONTEXT, hint

escape = partial(html_escape, quote=False)  # apostrophes stay readable


def _label_of(instrument: Instrument, code: str) -> str:
    try:
        return instrument.domain(code).label
    except KeyError:
        return code


class AssessmentReviewPanel(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel(objectName="reviewTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.members = QLabel(wordWrap=True)
        self.members.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = hint(
            self.tr(
                "Nessuna valutazione registrata. «Nuova valutazione» apre lo strumento "
                "dell'équipe: dopo la seconda valutazione qui si vede che cosa è cambiato."
            )
        )
        self.chart = ScoreChart()
        self.model = ComparisonModel()
        self.table = self._table()
        self.suggestions = QLabel(wordWrap=True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.suggestions_box = QGroupBox(self.tr("Suggerimenti per l'équipe (non sono decisioni)"))
        QVBoxLayout(self.suggestions_box).addWidget(self.suggestions)
        self.details = QWidget()
        lower = QHBoxLayout(self.details)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.table, 11, Qt.AlignmentFlag.AlignTop)
        lower.addWidget(self.suggestions_box, 9, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        column = QVBoxLayout(content)
        for widget in (self.empty, self.title, self.members, self.chart, self.details):
            column.addWidget(widget)
        column.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        self.clear()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Che cosa è cambiato, ambito per ambito"))
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def clear(self) -> None:
        self.chart.clear()
        self.model.set_changes((), first=True)
        for label in (self.title, self.members, self.suggestions):
            label.clear()
        self._show_parts(False)

    def _show_parts(self, shown: bool) -> None:
        self.empty.setVisible(not shown)
        for widget in (self.title, self.members, self.chart, self.details):
            widget.setVisible(shown)

    def show_review(self, review: AssessmentReview, stored: Sequence[StoredAssessment]) -> None:
        """Show the latest assessment of `stored` (oldest first) as `review` describes it."""
        if review.latest is None:
            self.clear()
            return
        current = review.latest.assessment
        previous = stored[-2].assessment if len(stored) > 1 else None
        instrument = load_instrument(current.instrument_id, current.instrument_version)
        self.title.setText(
            self.tr("Valutazione del %1 · %2")
            .replace("%1", format_date(current.held_on))
            .replace("%2", instrument.label)
        )
        self.members.setText(self._members_text(current))
        self._show_comparison(review, instrument, previous)
        self.suggestions.setText(self._suggestions_html(review))
        self._show_parts(True)

    def _members_text(self, assessment: Assessment) -> str:
        people = "; ".join(f"{m.name} ({m.body}, {m.role})" for m in assessment.members)
        return self.tr("Équipe presente: %1").replace("%1", people)

    def _show_comparison(
        self, review: AssessmentReview, instrument: Instrument, previous: Assessment | None
    ) -> None:
        named = [NamedChange(_label_of(instrument, c.domain), c) for c in review.changes]
        self.model.set_changes(named, first=previous is None)
        rows = [_chart_row(item) for item in named]
        current = review.latest.assessment if review.latest else None
        text = self.tr("Valutazione del %1")
        self.chart.set_data(
            rows,
            need_max=max((d.need.maximum for d in instrument.domains), default=4),
            resources_max=max((d.resources.maximum for d in instrument.domains), default=4),
            current_label=text.replace("%1", format_date(current.held_on if current else None)),
            previous_label=None
            if previous is None
            else text.replace("%1", format_date(previous.held_on)),
        )
        self._fit_table()

    def _fit_table(self) -> None:
        """Tall enough for every domain: the page scrolls, not the table."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        frame = self.table.frameWidth() * 2
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows + frame)

    def _suggestions_html(self, review: AssessmentReview) -> str:
        parts = [
            "<p><i>"
            + escape(
                self.tr(
                    "Proposte calcolate dalle risposte della valutazione, con le loro ragioni. "
                    "Non decidono nulla: decide l'équipe."
                )
            )
            + "</i></p>"
        ]
        if review.housing is not None:
            heading = self.tr("Percorso abitativo")
            parts.append(f"<h4>{escape(heading)}</h4>")
            parts.append(_suggestion_html(review.housing))
        if review.work:
            heading = self.tr("Servizi per il lavoro")
            parts.append(f"<h4>{escape(heading)}</h4>")
            parts.extend(_suggestion_html(item) for item in review.work)
        return "".join(parts)


def _chart_row(named: NamedChange) -> ChartRow:
    change = named.change
    return ChartRow(
        named.label,
        change.need_after,
        change.resources_after,
        change.need_before,
        change.resources_before,
    )


def _suggestion_html(suggestion: Suggestion) -> str:
    label = QCoreApplication.translate(VOCABULARY_CONTEXT, suggestion.label)
    reasons = "".join(f"<li>{escape(message_text(reason))}</li>" for reason in suggestion.reasons)
    return f"<div><b>{escape(label)}</b></div><ul style='margin-top:0'>{reasons}</ul>"
