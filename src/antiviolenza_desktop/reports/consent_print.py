"""The «Consensi in vigore» block of the printed forms: one line per consent in force on the
print day, or a ruled box on a blank form, where they are written by hand."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from . import form_styles as fs
from . import form_tables as ft
from .form_styles import fmt_date, para


def consents_in_force(lines: tuple[str, ...], day: date | None, blank: bool) -> list[Flowable]:
    title = f"Consensi in vigore al {fmt_date(day)}" if day and not blank else "Consensi in vigore"
    if blank:
        return [ft.field_grid([(title, fs.Ruled())], label_width=fs.LABEL_WIDTH)]
    shown = [f"• {line}" for line in lines] or ["nessun consenso in vigore"]
    return [para(title, "note"), *(para(line, "note") for line in shown)]
