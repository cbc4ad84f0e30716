"""Painting a PDF onto a QPrinter, page by page, at the printer's resolution.

Qt for Python's essential modules cannot read PDFs, so pypdfium2 (PDFium, the engine of
Chromium's viewer) renders each page to an image that QPainter draws on the printer. Runs on the
background runner: painting on a QPrinter is allowed outside the GUI thread.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from antiviolenza_desktop.domain.errors import AppError


class PrinterUnavailable(AppError):
    code = "stampante_non_disponibile"
    template = "La stampante non risponde: controlla che sia accesa e collegata, poi riprova."


def _page_image(document: pdfium.PdfDocument, index: int, dpi: int) -> QImage:
    rgb = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    image = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: `data` goes away with this frame


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of `pdf`, scaled to the printable area; return the page count."""
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable
    try:
        dpi = min(printer.resolution(), 300)
        for index in range(len(document)):
            if index and not printer.newPage():
                raise PrinterUnavailable
            image = _page_image(document, index, dpi)
            area = QRectF(painter.viewport())
            size = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size.toSizeF()), image)
    finally:
        painter.end()
    return len(document)
