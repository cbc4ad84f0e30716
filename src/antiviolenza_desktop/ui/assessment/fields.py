"""The inputs of the assessment editor: équipe members, the scores of one domain, a question.

A score is chosen among the anchors of the instrument's scale, each shown with its number
("2 – Bisogno moderato: …"), so the équipe reads the description it is choosing; the domain's
guidance sits under its title. Instrument texts are data of the versioned instrument file
and are shown as written there; the inputs' own captions go through the catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.assessment.instrument import (
    AssessmentDomain,
    Question,
    Scale,
    Section,
)
from antiviolenza_desktop.domain.assessment.model import DomainScore, TeamMember
from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.ui.case.form_fields import OptionCombo, ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_slots import FieldSlot, field_box
from antiviolenza_desktop.ui.project.fields import form_layout, hint
from antiviolenza_desktop.ui.project.rows import Column, EditorRow, RowsEditor


class MembersEditor(RowsEditor):
    """The équipe members present: name, body (ente), role."""

    def __init__(self, guard: ReadOnlyGuard) -> None:
        columns = (
            Column("name", self.tr("Nome e cognome")),
            Column("body", self.tr("Ente")),
            Column("role", self.tr("Ruolo")),
        )
        super().__init__(
            "members",
            columns,
            guard,
            noun=self.tr("Persona presente"),
            add_text=self.tr("Aggiungi pe&rsona"),
            empty_text=self.tr("Nessuna persona indicata."),
        )

    def make_inputs(self) -> dict[str, QWidget]:
        return {key: QLineEdit(maxLength=120) for key in ("name", "body", "role")}

    def _text(self, row: EditorRow, key: str) -> str:
        edit = row.inputs[key]
        assert isinstance(edit, QLineEdit)
        return edit.text().strip()

    def read_row(self, row: EditorRow) -> TeamMember:
        return TeamMember(*(self._text(row, key) for key in ("name", "body", "role")))

    def write_row(self, row: EditorRow, item: TeamMember) -> None:
        for key in ("name", "body", "role"):
            edit = row.inputs[key]
            assert isinstance(edit, QLineEdit)
            edit.setText(getattr(item, key))


class ScoreCombo(OptionCombo):
    """A point of a scale; `score()` is None while not chosen."""

    def __init__(self, scale: Scale) -> None:
        options = [Option(str(n), f"{n} – {anchor}") for n, anchor in enumerate(scale.anchors)]
        empty = QCoreApplication.translate("ScoreCombo", "— da valutare —")
        super().__init__(options, empty_text=empty)
        for index in range(self.count()):
            self.setItemData(index, self.itemText(index), Qt.ItemDataRole.ToolTipRole)

    def score(self) -> int | None:
        code = self.value()
        return None if code is None else int(code)

    def set_score(self, value: int | None) -> None:
        self.set_value(None if value is None else str(value))


class DomainBox(QGroupBox):
    """One domain: its guidance, the need and resources scores, and a note."""

    def __init__(self, domain: AssessmentDomain) -> None:
        super().__init__(domain.label)
        self.code = domain.code
        self.need = ScoreCombo(domain.need)
        self.resources = ScoreCombo(domain.resources)
        self.note = QLineEdit(maxLength=2000)
        self.note.setPlaceholderText(self.tr("Su che cosa si basa la valutazione (facoltativa)"))
        form = form_layout(self)
        form.addRow(hint(domain.guidance))
        self.slots: dict[str, FieldSlot] = {}
        prefix = f"scores.{domain.code}"
        for caption, part, field in (
            (self.tr("Bisogno"), "need", self.need),
            (self.tr("Risorse"), "resources", self.resources),
            (self.tr("Nota"), "note", self.note),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            field.setAccessibleName(f"{domain.label} – {caption}")
            empty = field.text if isinstance(field, QLineEdit) else field.score
            slot = FieldSlot(f"{prefix}.{part}", [field], lambda e=empty: e() in (None, ""))
            self.slots[slot.name] = slot
            form.addRow(label, field_box([slot], field, stretch=False))

    def value(self) -> DomainScore:
        return DomainScore(
            self.code, self.need.score(), self.resources.score(), self.note.text().strip()
        )

    def set_value(self, score: DomainScore | None) -> None:
        self.need.set_score(score.need if score else None)
        self.resources.set_score(score.resources if score else None)
        self.note.setText(score.note if score else "")

    def inputs(self) -> list[QWidget]:
        return [self.need, self.resources, self.note]


class SectionBox(QGroupBox):
    """The housing or the work section: one answer per question, "— senza risposta —" allowed."""

    def __init__(self, section: Section, prefix: str) -> None:
        super().__init__(section.label)
        self.combos: dict[str, OptionCombo] = {}
        self.proposed_notes: dict[str, QLabel] = {}
        self.proposal: dict[str, str] = {}
        self.slots: dict[str, FieldSlot] = {}
        column = QVBoxLayout(self)
        column.setSpacing(4)
        column.addWidget(hint(section.guidance))
        for question in section.questions:
            self._question_row(column, question, prefix)

    def _question_row(self, column: QVBoxLayout, question: Question, prefix: str) -> None:
        combo = OptionCombo(question.options, empty_text=self.tr("— senza risposta —"))
        combo.setFixedWidth(300)
        caption = QLabel(question.text, wordWrap=True)
        caption.setBuddy(combo)
        combo.setAccessibleName(question.text)
        slot = FieldSlot(f"{prefix}.{question.code}", [combo], lambda: combo.value() is None)
        self.combos[question.code] = combo
        self.slots[slot.name] = slot
        note = hint(self.tr("Proposta dalla scheda di segnalazione: controllala."))
        note.setWordWrap(False)
        note.hide()
        combo.currentIndexChanged.connect(note.hide)  # her own answer is no proposal
        self.proposed_notes[question.code] = note
        column.addSpacing(4)
        column.addWidget(caption)
        column.addWidget(field_box([slot], combo, note))

    def value(self) -> dict[str, str]:
        answers = {}
        for code, combo in self.combos.items():
            answer = combo.value()
            if answer is not None:
                answers[code] = answer
        return answers

    def set_value(self, answers: dict[str, str]) -> None:
        """Her answers: no proposal any more."""
        self.proposal = {}
        for code, combo in self.combos.items():
            combo.set_value(answers.get(code))
            self.proposed_notes[code].hide()

    def propose(self, answers: Mapping[str, str]) -> None:
        """Fill the questions the referral already answers, each marked as a proposal."""
        self.proposal = {code: answer for code, answer in answers.items() if code in self.combos}
        for code, answer in self.proposal.items():
            self.combos[code].set_value(answer)
            self.proposed_notes[code].show()

    def restore(self, answers: Mapping[str, str]) -> None:
        """Answers kept in a draft, over the current proposal: an answer still equal to what
        was proposed is still a proposal she has not checked, and keeps its note."""
        for code, combo in self.combos.items():
            combo.set_value(answers.get(code))
            proposed = code in self.proposal and answers.get(code) == self.proposal[code]
            self.proposed_notes[code].setVisible(proposed)
