"""The équipe's sign-offs on the printed project: who approved each act, and when.

One row per signature that still stands (`domain.project.signoff.standing`): the validation,
each revision's validation and the closure, with the member's display name and the moment
(dd/mm/yyyy hh:mm, local time). The typed names of a project validated before the sign-offs
are printed as they were, with the day only and a note saying so. A blank form prints nothing
here: signatures are given in the application, not on paper.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from . import form_styles as fs
from . import form_tables as ft
from .form_styles import para
from .form_tables import Column
from .forms_model import ProjectPrint

TITLE = "Approvazione dell'équipe"
NONE_YET = "Nessuna firma dell'équipe registrata su questo progetto."


def approvals_table(data: ProjectPrint) -> list[Flowable]:
    """The sign-offs table, or a line saying there is none; nothing on a blank form."""
    if data.is_blank:
        return []
    if not data.approvals:
        return [*fs.subheading(TITLE), para(NONE_YET, "note"), Spacer(0, 2 * mm)]
    columns = [
        Column("Atto"),
        Column("Rev.", 12 * mm),
        Column("Componente dell'équipe", 62 * mm),
        Column("Firmato il", 52 * mm),
    ]
    rows = [(row.act, str(row.revision), row.name, row.when) for row in data.approvals]
    return [*fs.subheading(TITLE), ft.data_table(columns, rows), Spacer(0, 2 * mm)]
