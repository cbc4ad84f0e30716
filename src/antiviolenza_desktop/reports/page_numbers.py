"""What every PDF of the app shares at the page edge: "Pagina X di Y" and a header line cut to
its room.

The total page count is known only when the document ends, so the canvas keeps each page and
writes the numbers when it is saved (one layout pass, not two).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import SANS_BOLD
from .form_styles import INK


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """`text`, shortened with an ellipsis if it is wider than `room` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


class NumberedCanvas(Canvas):
    """Holds its pages until save, then writes "Pagina X di Y" on each, its right edge and
    baseline at `number_at` (set by each kind of document)."""

    number_at: tuple[float, float] = (0.0, 0.0)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        right, baseline = self.number_at
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(SANS_BOLD, 8)
            self.setFillColor(INK)
            self.drawRightString(right, baseline, f"Pagina {self._pageNumber} di {total}")
            super().showPage()
        super().save()
