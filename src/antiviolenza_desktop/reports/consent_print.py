"""The «Consensi in vigore» block of the printed forms: one line per consent in force on the
print day, or a ruled box on a blank form, where they are written by hand; and the project's
«Invii ai servizi», which the consents cover."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from . import form_styles as fs
from . import form_tables as ft
from .form_styles import fmt_date, para


def consents_in_force(lines: tuple[str, ...], day: date | None, blank: bool) -> list[Flowable]:
    title = f"Consensi in vigore al {fmt_date(day)}" if day and not blank else "Consensi in vigore"
    if blank:
        return [ft.field_grid([(title, fs.Ruled())], label_width=fs.LABEL_WIDTH)]
    shown = [f"• {line}" for line in lines] or ["nessun consenso in vigore"]
    return [para(title, "note"), *(para(line, "note") for line in shown)]


def referrals_block(lines: tuple[str, ...], day: date | None, blank: bool) -> list[Flowable]:
    """«Invii ai servizi»: her referrals with their status on the print day (the project
    print); a blank form has a ruled box."""
    title = f"Invii ai servizi al {fmt_date(day)}" if day and not blank else "Invii ai servizi"
    if blank:
        return [ft.field_grid([(title, fs.Ruled())], label_width=fs.LABEL_WIDTH)]
    shown = [f"• {line}" for line in lines] or ["nessun invio registrato"]
    return [Spacer(0, 2 * mm), para(title, "note"), *(para(line, "note") for line in shown)]
