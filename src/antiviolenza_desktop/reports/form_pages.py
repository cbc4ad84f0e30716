"""The page template of the printed forms and how their files are written.

Every page carries a header (programme, act, Ambito, case code) and a footer (confidentiality
notice, revision/date stamp, "Pagina X di Y"). The total page count is known only at the end,
so `_FormCanvas` keeps each page and writes the numbers when the document is saved (one layout
pass, not two). Files are written like the recovery sheet: a 0o600 temporary file beside the
target, fsync, rename; an existing target is refused and left as it was. The metadata is
neutral: no name, no case code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.reports.private_files import write_private_file

from .fonts import SANS, SANS_BOLD
from .form_styles import (
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NEUTRAL_METADATA,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TEXT_LEFT,
    draw_checkbox,
)
from .forms_model import FormHeader
from .page_numbers import NumberedCanvas, fit_text


class FormFileExists(AppError):
    """A form is never written over an existing file: it may be another woman's signed copy."""

    code = "modulo_esistente"
    template = "Il file {name} esiste già: scegli un altro nome per il modulo."


class FormFileInUse(AppError):
    """Windows refuses to replace a file another program holds open (a PDF viewer)."""

    code = "modulo_in_uso"
    template = (
        "Il file {name} è aperto in un altro programma (un lettore di PDF?): chiudilo e "
        "riprova, oppure scegli un altro nome."
    )


class FormFolderMissing(AppError):
    code = "modulo_cartella_mancante"
    template = "La cartella {folder} non esiste o non è scrivibile: scegline un'altra."


@dataclass(frozen=True)
class PageFurniture:
    """What is drawn around the body of every page."""

    form_title: str
    header: FormHeader
    stamp: str
    confidential: str

    def draw(self, canvas: Canvas, _document: object) -> None:
        canvas.saveState()
        self._draw_header(canvas)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        left, right = TEXT_LEFT, PAGE_WIDTH - TEXT_LEFT
        top = PAGE_HEIGHT - 12 * mm
        ambito = f"Ambito {self.header.ambito}" if self.header.ambito else "Ambito"
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, 8.5)
        canvas.drawRightString(right, top, ambito)
        title_room = right - left - stringWidth(ambito, SANS_BOLD, 8.5) - 8 * mm
        canvas.drawString(
            left, top, fit_text(self.header.programme_title, SANS_BOLD, 8.5, title_room)
        )
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        code = self.header.case_code or "_" * 18
        case = f"{self.form_title} · Caso {code}"
        canvas.drawRightString(right, top - 10.5, case)
        act_room = right - left - stringWidth(case, SANS, 7.5) - 8 * mm
        canvas.drawString(
            left, top - 10.5, fit_text(self.header.programme_act, SANS, 7.5, act_room)
        )
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 15.5, right, top - 15.5)

    def _draw_footer(self, canvas: Canvas) -> None:
        left, right = TEXT_LEFT, PAGE_WIDTH - TEXT_LEFT
        base = 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, base + 13, right, base + 13)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS_BOLD, 7)
        canvas.drawString(left, base + 4, self.confidential)
        canvas.setFont(SANS, 7)
        canvas.drawString(left, base - 5, self.stamp)


class _FormCanvas(NumberedCanvas):
    """The forms' canvas: page numbers in the footer, and the checkbox drawing callback."""

    number_at = (PAGE_WIDTH - TEXT_LEFT, 10 * mm + 4)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setNamedCB("checkbox", draw_checkbox)


def build_pdf(story: list[Flowable], *, title: str, furniture: PageFurniture) -> bytes:
    """Lay out `story` with the shared page template; metadata stays neutral."""
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=NEUTRAL_METADATA,
        initialFontName=SANS,
        creator=NEUTRAL_METADATA,
        subject="",
        keywords="",
        lang="it-IT",
        invariant=1,
    )
    document.build(
        story,
        onFirstPage=furniture.draw,
        onLaterPages=furniture.draw,
        canvasmaker=_FormCanvas,
    )
    return buffer.getvalue()


def check_form_target(path: Path, *, replace: bool = False) -> None:
    """Refuse a target that exists (unless `replace`; a folder always) or whose folder cannot
    be written, before any work."""
    if path.exists() and (not replace or path.is_dir()):
        raise FormFileExists(name=path.name)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise FormFolderMissing(folder=str(folder))


def write_private(path: Path, content: bytes, *, replace: bool = False) -> None:
    """Write `content` privately and atomically; an existing `path` is refused and kept,
    unless `replace` (then it is replaced in one rename, never left half written). Errors:
    FormFileExists, FormFolderMissing, FormFileInUse (the old file kept)."""
    check_form_target(path, replace=replace)

    def write(stream: BinaryIO) -> None:
        stream.write(content)

    try:
        write_private_file(path, write, None if replace else _exists_error(path))
    except PermissionError:
        raise FormFileInUse(name=path.name) from None


def _exists_error(path: Path) -> Callable[[], AppError]:
    return lambda: FormFileExists(name=path.name)
