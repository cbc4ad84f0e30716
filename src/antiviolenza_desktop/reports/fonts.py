"""The fonts of every PDF the application writes: DejaVu, shipped in resources/fonts and embedded.

The PDF built-in fonts (Helvetica, Courier) cover Latin-1 only and are never embedded, so a
name such as «Ștefănescu», «Łucja» or «Ольга» printed as black squares. DejaVu covers Latin,
Greek and Cyrillic; ReportLab embeds only the glyphs a document uses (a subset), so a form stays
small. The condensed cut is used because its widths are within a few per cent of Helvetica's,
so the layouts designed for Helvetica still fit; the monospaced bold prints the recovery key.

Registration reads the TrueType files once per process, on first import of this module (the
GUI imports the reports lazily, when something is printed). Every module that draws text takes
its font names from here, and `PDF_FONTS` is what the tests check the documents against.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from antiviolenza_desktop.services.resources import find_resource

SANS = "DejaVuSansCondensed"
SANS_BOLD = "DejaVuSansCondensed-Bold"
MONO_BOLD = "DejaVuSansMono-Bold"
PDF_FONTS = (SANS, SANS_BOLD, MONO_BOLD)


def _register() -> None:
    for name in PDF_FONTS:
        if name in pdfmetrics.getRegisteredFontNames():
            continue
        path = find_resource("fonts", f"{name}.ttf")
        if path is None:
            raise FileNotFoundError(f"resources/fonts/{name}.ttf is missing from this installation")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # No italic cut is shipped (no document uses one): <i> falls back to the upright faces.
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )


_register()
