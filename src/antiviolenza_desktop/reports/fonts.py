"""The fonts of every PDF the application writes: DejaVu, shipped in resources/fonts and embedded.

The PDF built-in fonts (Helvetica, Courier) cover Latin-1 only and are never embedded, so a
name such as «Ștefănescu», «Łucja» or «Ольга» printed as black squares. DejaVu covers Latin,
Greek and Cyrillic; ReportLab embeds only the glyphs a document uses (a subset), so a form stays
small. The condensed cut is used because its widths are within a few per cent of Helvetica's,
so the layouts designed for Helvetica still fit; the monospaced bold prints the recovery key.

Registration reads the TrueType files once per process, on first import of this module (the
GUI imports the reports lazily, when something is printed). The same import compresses every
PDF's page streams with Flate alone: ReportLab's default wraps them in ASCII85 too, a quarter
bigger, and without its C accelerator that encoder took a tenth of the 50,000-case report's
time. The setting is process-wide, so it is set once here rather than around each build
(two builds on two threads would restore it in the wrong order). Every module that draws text takes
its font names from here, and `PDF_FONTS` is what the tests check the documents against.
"""

from __future__ import annotations

from reportlab import rl_config
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
rl_config.useA85 = 0
