"""The money box of the project editor: per fund, what the draft uses, the cap, the residual,
and what the Ambito's fund keeps once the project is validated.

It reads the draft as she types (`show_draft`) and applies the domain's own rules: the figures
come from `residual_under_caps` and, for the Ambito's allocation, from the `FundRoom`s the
project tab reads with `services.project_checks` (the figures the validation is checked
against); the refusals from `cap_breaches`, `allowance_breaches` and `allocation_breaches`,
shown with their Italian sentences ("Il totale delle politiche attive (€ 3.000,01) supera il
massimo di € 3.000,00 per donna"). A fund over its cap turns red and also says "oltre il
massimo" in words, so the box reads the same without colour.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from html import escape as html_escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.room import FundRoom, allocation_breaches
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.project.model import (
    FUNDS,
    Caps,
    FundUse,
    ProjectDraft,
    allowance_breaches,
    cap_breaches,
    residual_under_caps,
)
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import vocabulary_label
from antiviolenza_desktop.ui.widgets import ErrorLabel

escape = partial(html_escape, quote=False)  # apostrophes stay readable in tests and tools
OVER = "#b00020"


class MoneyBox(QGroupBox):
    """`rows[fund]` is the label of one fund; `messages` lists the broken money rules."""

    def __init__(self, caps: Caps) -> None:
        super().__init__(self.tr("Fondi: usato, massimo e residuo"))
        self.caps = caps
        self.breaches: list[AppError] = []
        self.rooms: dict[str, FundRoom] = {}
        self._draft = ProjectDraft()
        self.rows: dict[str, QLabel] = {}
        column = QVBoxLayout(self)
        column.setSpacing(6)
        for fund in FUNDS:
            label = QLabel(wordWrap=True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.rows[fund.code] = label
            column.addWidget(label)
        self.messages = ErrorLabel()
        column.addWidget(self.messages)
        self.show_draft(ProjectDraft())

    def set_rooms(self, rooms: Iterable[FundRoom]) -> None:
        """The Ambito's funds as this case's validation will find them (none: not known)."""
        self.rooms = {room.fund: room for room in rooms}
        self.show_draft(self._draft)

    def show_draft(self, draft: ProjectDraft) -> list[AppError]:
        """Recompute every figure for `draft`; returns the broken rules."""
        self._draft = draft
        rooms = list(self.rooms.values())
        self.breaches = [
            *cap_breaches(draft, self.caps),
            *allowance_breaches(draft),
            *allocation_breaches(draft, rooms),
        ]
        for use in residual_under_caps(draft, self.caps):
            room = self.rooms.get(use.fund)
            self._show_fund(use, None if room is None else room.left_after(draft))
        if self.breaches:
            self.messages.show_error("\n".join(error_text(b) + "." for b in self.breaches))
        else:
            self.messages.clear_error()
        return self.breaches

    def _show_fund(self, use: FundUse, left: Cents | None) -> None:
        label = self.rows[use.fund]
        name = vocabulary_label(next(fund for fund in FUNDS if fund.code == use.fund))
        used = _unbroken(use.used)
        over = use.residual is not None and use.residual < 0
        if use.cap is None or use.residual is None:
            line = self.tr("usato %1 · massimo non fissato dal programma").replace("%1", used)
            rich = escape(line)
        else:
            line = (
                self.tr("usato %1 di %2 · residuo %3")
                .replace("%1", used)
                .replace("%2", _unbroken(use.cap))
            )
            residual = _unbroken(use.residual)
            rich = escape(line).replace("%3", f"<b style='white-space:nowrap'>{residual}</b>")
            line = line.replace("%3", residual)
        if over:
            warning = self.tr("oltre il massimo")
            rich += f" — <b>{escape(warning)}</b>"
            line += f" — {warning}"
        if left is not None:
            room_rich, room_line = self._room_text(left)
            rich, line, over = rich + room_rich, line + room_line, over or left < 0
        label.setText(f"<b>{escape(name)}</b><br>{rich}")
        label.setStyleSheet(f"color: {OVER};" if over else "")
        label.setAccessibleName(f"{name}: {line}")

    def _room_text(self, left: Cents) -> tuple[str, str]:
        """The Ambito's line of a fund, as rich text and as plain text."""
        ambito = self.tr("fondo dell'Ambito: restano %1 dopo questo progetto")
        rich = "<br>" + escape(ambito).replace("%1", f"<b>{_unbroken(left)}</b>")
        line = " · " + ambito.replace("%1", _unbroken(left))
        if left < 0:
            warning = self.tr("oltre lo stanziamento")
            rich += f" — <b>{escape(warning)}</b>"
            line += f" — {warning}"
        return rich, line


def _unbroken(cents: int) -> str:
    """An amount that never wraps between "€" and its digits (no-break space)."""
    return format_money(cents).replace(" ", "\u00a0")
