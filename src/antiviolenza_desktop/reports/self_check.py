"""The reports' self-checks: a real form (the blank scheda di segnalazione) goes through
ReportLab with its font embedded, and an .xlsx is written by XlsxWriter and reads back as a
workbook. A build that lost the font file or a ReportLab/XlsxWriter piece fails here."""

from __future__ import annotations

import zipfile
from datetime import date
from io import BytesIO

from xlsxwriter import Workbook

from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.reports import forms_model as fm
from antiviolenza_desktop.reports.referral_form import referral_form_bytes
from antiviolenza_desktop.reports.referral_model import ReferralPrint
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.self_check import Check

# What a PDF holds when a TrueType font is embedded in it (built-in Helvetica has none): a
# form whose names print as squares on a machine without the font fails this check.
EMBEDDED_TRUETYPE_MARK = b"/FontFile2"


class ReportSelfCheckFailed(RuntimeError):
    """A report could not be produced as the application needs in this build."""


def blank_referral_pdf() -> bytes:
    programme = load_default_programme()
    header = fm.FormHeader(
        programme_title=programme.title,
        programme_act=f"Regione Lombardia – {programme.basis.label()}",
        ambito="Autodiagnosi – Ștefănescu Łucja Ольга",
        printed_on=date.today(),
    )
    cavs = tuple(Option(cav.code, cav.name) for cav in programme.cav)
    return referral_form_bytes(ReferralPrint.blank(header, cavs=cavs))


def check_pdf_font() -> str:
    pdf = blank_referral_pdf()
    if not pdf.startswith(b"%PDF-"):
        raise ReportSelfCheckFailed("ReportLab non ha prodotto un PDF")
    if EMBEDDED_TRUETYPE_MARK not in pdf:
        raise ReportSelfCheckFailed("il PDF non incorpora un carattere TrueType")
    return f"{len(pdf) // 1024} KiB"


def check_xlsx() -> str:
    buffer = BytesIO()
    with Workbook(buffer, {"in_memory": True}) as book:
        sheet = book.add_worksheet("Prova")
        sheet.write_number(0, 0, 1234.56, book.add_format({"num_format": "€ #,##0.00"}))
        sheet.write_formula(1, 0, "=A1*2")
    with zipfile.ZipFile(BytesIO(buffer.getvalue())) as archive:
        names = set(archive.namelist())
    if not {"xl/workbook.xml", "xl/worksheets/sheet1.xml"} <= names:
        raise ReportSelfCheckFailed("il file .xlsx non contiene un foglio di lavoro")
    return f"{len(buffer.getvalue())} byte"


CHECKS: tuple[Check, ...] = (
    Check("PDF con carattere incorporato", check_pdf_font),
    Check("foglio di calcolo .xlsx", check_xlsx),
)
