"""The one-page "foglio di recupero" that carries an archive's recovery key on paper.

The sheet is printed once, when a store is created or its key rotated, and kept in a safe: it
is what stands between a forgotten password and the permanent loss of the records of women
who asked the network for help. So it must be legible when read aloud over the phone years
later (large monospaced groups, numbered), self-explanatory to whoever finds it in the safe,
and written to disk so that no other local user can read it and no half-written copy survives
a crash. It never contains personal data: only the archive's name, Ambito, id and date.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from antiviolenza_desktop.domain.access.recovery_key import (
    GROUPS,
    format_recovery_key,
    parse_recovery_key,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.reports.fonts import MONO_BOLD, SANS, SANS_BOLD
from antiviolenza_desktop.reports.private_files import write_private_file

__all__ = ["RecoverySheetExists", "write_recovery_sheet"]

_MARGIN = 18 * mm
_FRAME_PADDING = 6  # SimpleDocTemplate's frame insets its content by 6 pt on every side
_TEXT_LEFT = _MARGIN + _FRAME_PADDING
_TEXT_WIDTH = A4[0] - 2 * _TEXT_LEFT
_INK = colors.HexColor("#1f2933")
_MUTED = colors.HexColor("#52606d")
_RULE = colors.HexColor("#9aa5b1")
_KEY_BACKGROUND = colors.HexColor("#f5f7fa")
_WARNING = colors.HexColor("#9b1c1c")
_GROUPS_PER_ROW = 4
LOCK_SCREEN_RECOVERY_LINK = "Password dimenticata? Usa la chiave di recupero"
"""The lock screen's recovery link, named on the sheet: a test holds the two equal."""
_NEUTRAL_METADATA = "antiviolenza-desktop"


class RecoverySheetExists(AppError):
    """Overwriting a file might destroy the only valid sheet of another archive, so we refuse."""

    code = "foglio_esistente"
    template = "Il file {name} esiste già: scegli un altro nome per il foglio di recupero."


class RecoverySheetFolderMissing(AppError):
    code = "foglio_cartella_mancante"
    template = (
        "La cartella {folder} per il foglio di recupero non esiste o non è scrivibile: "
        "scegline un'altra."
    )


def check_sheet_target(path: Path) -> None:
    """Refuse a sheet path before anything irreversible happens (creating a store, a new key).

    Once a recovery key exists, failing to write its sheet must never be the first news.
    """
    if path.exists():
        raise RecoverySheetExists(name=path.name)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise RecoverySheetFolderMissing(folder=str(folder))


@dataclass(frozen=True)
class _Sheet:
    store_name: str
    ambito: str
    store_id: str
    created_on: datetime.date
    groups: tuple[str, ...]


def write_recovery_sheet(
    path: Path,
    *,
    store_name: str,
    ambito: str,
    store_id: str,
    created_on: datetime.date,
    recovery_key: str,
) -> None:
    """Write the recovery sheet as a private (0o600) PDF at `path`, all or nothing.

    The key is read back through the same parser that `antiviolenza recover` uses and printed in
    its canonical form, so a sheet can never carry a key that the program would then reject.
    Raises RecoverySheetExists if `path` exists, and the domain's RecoveryKeyMalformed or
    RecoveryKeyTypo if `recovery_key` is not a well-formed key (a caller's bug, not a user's).
    """
    canonical = format_recovery_key(parse_recovery_key(recovery_key))
    sheet = _Sheet(
        store_name=store_name,
        ambito=ambito,
        store_id=store_id,
        created_on=created_on,
        groups=tuple(canonical.split("-")),
    )
    if path.exists():
        raise RecoverySheetExists(name=path.name)
    write_private_file(
        path,
        lambda stream: _build_pdf(stream, sheet),
        lambda: RecoverySheetExists(name=path.name),
    )


def _build_pdf(stream: BinaryIO, sheet: _Sheet) -> None:
    """Lay out the sheet; metadata stays neutral so a file listing reveals nothing."""
    document = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 6 * mm,
        title="Foglio di recupero",
        author=_NEUTRAL_METADATA,
        initialFontName=SANS,
        creator=_NEUTRAL_METADATA,
        subject="",
        keywords="",
        lang="it-IT",
        invariant=1,
    )

    def footer(canvas: Canvas, _document: object) -> None:
        _draw_footer(canvas, sheet)

    document.build(_story(sheet), onFirstPage=footer, onLaterPages=footer)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=SANS, bulletFontName=SANS, fontSize=9.5, leading=13, textColor=_INK
    )
    return {
        "title": ParagraphStyle("title", base, fontName=SANS_BOLD, fontSize=20, leading=24),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontName=SANS_BOLD, fontSize=10, textColor=_WARNING
        ),
        "heading": ParagraphStyle(
            "heading", base, fontName=SANS_BOLD, fontSize=11, leading=14, spaceBefore=11
        ),
        "body": base,
        "bullet": ParagraphStyle(  # 9.2 pt: DejaVu is a little wider; the sheet stays one page
            "bullet",
            base,
            fontSize=9.2,
            leading=12.5,
            leftIndent=12,
            bulletIndent=2,
            spaceBefore=2.5,
        ),
        "label": ParagraphStyle("label", base, fontSize=10.5, textColor=_MUTED),
        "value": ParagraphStyle("value", base, fontName=SANS_BOLD, fontSize=10.5),
        "note": ParagraphStyle("note", base, fontSize=8.5, textColor=_MUTED, alignment=TA_CENTER),
    }


def _story(sheet: _Sheet) -> list[Flowable]:
    styles = _styles()
    return [
        Paragraph("Foglio di recupero dell'archivio", styles["title"]),
        Spacer(0, 2 * mm),
        Paragraph("Documento riservato · da conservare in cassaforte", styles["subtitle"]),
        Spacer(0, 5 * mm),
        _identity_table(sheet, styles),
        Spacer(0, 6 * mm),
        KeepTogether(
            [
                Paragraph("Chiave di recupero", styles["heading"]),
                Spacer(0, 2 * mm),
                _key_table(sheet.groups),
                Spacer(0, 2 * mm),
                Paragraph(
                    "Le lettere I, L, O e U non sono mai usate: 0 è sempre zero e 1 è sempre uno.",
                    styles["note"],
                ),
            ]
        ),
        *_instructions(styles),
        Spacer(0, 6 * mm),
        _signature_table(styles),
    ]


def _identity_table(sheet: _Sheet, styles: dict[str, ParagraphStyle]) -> Table:
    """Name, Ambito, id and date: enough to match the sheet to its archive, nothing personal."""
    rows = [
        ("Archivio", escape(sheet.store_name)),
        ("Ambito", escape(sheet.ambito)),
        ("Identificativo archivio", f'<font name="{MONO_BOLD}">{escape(sheet.store_id)}</font>'),
        ("Creato il", sheet.created_on.strftime("%d/%m/%Y")),
    ]
    data = [
        [Paragraph(label, styles["label"]), Paragraph(value, styles["value"])]
        for label, value in rows
    ]
    table = Table(data, colWidths=[45 * mm, _TEXT_WIDTH - 45 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9.5),  # else a table sets Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, _INK),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, _RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, _INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _key_table(groups: tuple[str, ...]) -> Table:
    """Two rows of four numbered groups in large monospaced bold, boxed so the eye finds them."""
    rows: list[list[str]] = []
    styles: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1.6, _INK),
        ("BACKGROUND", (0, 0), (-1, -1), _KEY_BACKGROUND),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for start in range(0, GROUPS, _GROUPS_PER_ROW):
        label_row, key_row = len(rows), len(rows) + 1
        chunk = groups[start : start + _GROUPS_PER_ROW]
        rows.append([f"gruppo {start + offset + 1}" for offset in range(len(chunk))])
        rows.append(list(chunk))
        styles += [
            ("FONT", (0, label_row), (-1, label_row), SANS, 8),
            ("TEXTCOLOR", (0, label_row), (-1, label_row), _MUTED),
            ("TOPPADDING", (0, label_row), (-1, label_row), 10),
            ("BOTTOMPADDING", (0, label_row), (-1, label_row), 0),
            ("FONT", (0, key_row), (-1, key_row), MONO_BOLD, 27, 30),
            ("TEXTCOLOR", (0, key_row), (-1, key_row), colors.black),
            ("TOPPADDING", (0, key_row), (-1, key_row), 2),
            ("BOTTOMPADDING", (0, key_row), (-1, key_row), 11),
        ]
    styles.append(("LINEBELOW", (0, 1), (-1, 1), 0.3, _RULE))
    styles.append(("LINEAFTER", (0, 0), (-2, -1), 0.3, _RULE))
    table = Table(rows, colWidths=[_TEXT_WIDTH / _GROUPS_PER_ROW] * _GROUPS_PER_ROW)
    table.setStyle(TableStyle(styles))
    return table


def _instructions(styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """What a coordinator who finds this sheet in the safe years from now needs to know."""
    sections = {
        "A cosa serve": [
            "Apre l'archivio se tutte le password sono state dimenticate e permette di "
            "reimpostare la password di un utente.",
            "Senza questa chiave e senza una password valida i dati "
            "<b>non si possono recuperare in alcun modo</b>.",
        ],
        "Come si usa": [
            "Sulla schermata <b>Archivio bloccato</b> del programma premi "
            f"<b>«{LOCK_SCREEN_RECOVERY_LINK}»</b>, scrivi la chiave e premi <b>Sblocca</b>: "
            "l'archivio si apre e si sceglie subito una nuova password "
            f'(da riga di comando: <font name="{MONO_BOLD}">antiviolenza recover --store '
            "&lt;file&gt; --user &lt;utente&gt;</font>).",
            "I trattini e le maiuscole o minuscole non contano. L'ultimo carattere di ogni "
            "gruppo è un carattere di controllo: se c'è un errore di battitura il programma "
            "indica il numero del gruppo da ricontrollare.",
        ],
        "Come si conserva": [
            "Tienilo in un luogo chiuso a chiave (<b>cassaforte</b>), separato dal computer "
            "e dalle copie di sicurezza dell'archivio.",
            "Non fotografarlo, non scansionarlo, non inviarlo per e-mail o messaggio.",
            "Chi ha questo foglio e il file dell'archivio può leggere <b>ogni dato</b> che "
            "l'archivio contiene.",
        ],
        "Quando smette di valere": [
            "Quando viene emessa una <b>nuova chiave di recupero</b> (comando "
            f'<font name="{MONO_BOLD}">antiviolenza rekey --new-recovery-key</font>) questo '
            "foglio non è più valido: si stampa quello nuovo e questo va distrutto.",
            "Una semplice rotazione della chiave dell'archivio o un cambio di password non lo "
            "invalidano.",
        ],
    }
    story: list[Flowable] = []
    for heading, bullets in sections.items():
        story.append(Paragraph(heading, styles["heading"]))
        story.extend(Paragraph(text, styles["bullet"], bulletText="•") for text in bullets)
    return story


def _signature_table(styles: dict[str, ParagraphStyle]) -> Table:
    """Ruled blanks rather than underscores: they print cleanly and leave room for a pen."""
    label = styles["body"]
    data = [
        [
            Paragraph("Stampato da", label),
            "",
            Paragraph("il", label),
            "",
            Paragraph("Firma", label),
            "",
        ]
    ]
    widths = [21 * mm, 58 * mm, 9 * mm, 30 * mm, 16 * mm]
    table = Table(data, colWidths=[*widths, _TEXT_WIDTH - sum(widths)], rowHeights=[10 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9.5),  # else a table sets Helvetica
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (2, 0), (2, 0), 2 * mm),
                ("LEFTPADDING", (4, 0), (4, 0), 4 * mm),
                *[("LINEBELOW", (column, 0), (column, 0), 0.6, _INK) for column in (1, 3, 5)],
            ]
        )
    )
    return table


def _draw_footer(canvas: Canvas, sheet: _Sheet) -> None:
    """Repeat the archive id at the foot, so a sheet can be matched to its file at a glance."""
    canvas.saveState()
    canvas.setStrokeColor(_RULE)
    canvas.setLineWidth(0.4)
    canvas.line(_TEXT_LEFT, _MARGIN + 4 * mm, A4[0] - _TEXT_LEFT, _MARGIN + 4 * mm)
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(_MUTED)
    canvas.drawString(_TEXT_LEFT, _MARGIN, "antiviolenza-desktop · Foglio di recupero · Riservato")
    canvas.drawRightString(A4[0] - _TEXT_LEFT, _MARGIN, f"Archivio {sheet.store_id}")
    canvas.restoreState()
