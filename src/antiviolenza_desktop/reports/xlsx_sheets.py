"""The cells every sheet of the financial report's workbook shares: the formats, a sheet with
its title and subtitle, the heading rows, a row of amounts and a SUM total row.

Money: an amount is an integer of cents until the cell is written as `cents / 100` (see
financial_report_xlsx for why that is exact enough); a total's cached value is the cents sum.
"""

from __future__ import annotations

from collections.abc import Sequence

from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from antiviolenza_desktop.domain.money import Cents

EURO = "[$€-410] #,##0.00"
DAY = "dd/mm/yyyy"
TOP = 3  # row of the (first) heading row: title, subtitle and a blank row above it


class Styles:
    def __init__(self, book: Workbook) -> None:
        self.title = book.add_format({"bold": True, "font_size": 13})
        self.muted = book.add_format({"font_color": "#52606d", "italic": True})
        self.head = book.add_format(
            {
                "bold": True,
                "bg_color": "#e4e7eb",
                "bottom": 1,
                "text_wrap": True,
                "valign": "bottom",
            }
        )
        self.head_right = book.add_format(
            {"bold": True, "bg_color": "#e4e7eb", "bottom": 1, "text_wrap": True, "align": "right"}
        )
        self.group = book.add_format(
            {"bold": True, "bg_color": "#e4e7eb", "align": "center", "top": 1}
        )
        self.text = book.add_format({"text_wrap": True, "valign": "top"})
        self.money = book.add_format({"num_format": EURO, "valign": "top"})
        self.day = book.add_format({"num_format": DAY, "valign": "top", "align": "left"})
        self.number = book.add_format({"valign": "top", "align": "left"})
        self.shaded = book.add_format(
            {"bg_color": "#829ab1", "border": 1, "border_color": "#bcccdc", "align": "center"}
        )
        self.total_text = book.add_format({"bold": True, "top": 1, "bg_color": "#f2f4f6"})
        self.total_money = book.add_format(
            {"bold": True, "top": 1, "bg_color": "#f2f4f6", "num_format": EURO}
        )


def euros(cents: Cents) -> float:
    """The cell value of an amount: correctly rounded, so it equals the typed euro amount."""
    return cents / 100


def new_sheet(
    book: Workbook, styles: Styles, name: str, title: str, subtitle: str, widths: Sequence[float]
) -> Worksheet:
    sheet = book.add_worksheet(name)
    sheet.write_string(0, 0, title, styles.title)
    sheet.write_string(1, 0, subtitle, styles.muted)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    return sheet


def headings(
    sheet: Worksheet,
    styles: Styles,
    titles: Sequence[str],
    money_from: int,
    groups: Sequence[tuple[str, int, int]] = (),
) -> int:
    """Write the heading row(s) at `TOP`; `groups` are (title, first column, last column)
    written in a row above. Returns the first data row, and freezes the panes above it."""
    row = TOP
    if groups:
        for title, first, last in groups:
            if first == last:
                sheet.write_string(row, first, title, styles.group)
            else:
                sheet.merge_range(row, first, row, last, title, styles.group)
        row += 1
    for column, title in enumerate(titles):
        style = styles.head_right if column >= money_from else styles.head
        sheet.write_string(row, column, title, style)
    sheet.freeze_panes(row + 1, 0)
    return row + 1


def money_row(
    sheet: Worksheet, styles: Styles, row: int, first: int, amounts: Sequence[Cents | None]
) -> None:
    for offset, cents in enumerate(amounts):
        if cents is None:
            sheet.write_string(row, first + offset, "—", styles.text)
        else:
            sheet.write_number(row, first + offset, euros(cents), styles.money)


def total_row(
    sheet: Worksheet,
    styles: Styles,
    row: int,
    label: str,
    first_data: int,
    first: int,
    totals: Sequence[Cents],
    label_columns: int,
) -> None:
    """A bold row: `label`, then per amount a SUM over the data rows with the cents total as
    its cached value."""
    sheet.write_string(row, 0, label, styles.total_text)
    for column in range(1, label_columns):
        sheet.write_blank(row, column, None, styles.total_text)
    for offset, cents in enumerate(totals):
        column = first + offset
        top = xl_rowcol_to_cell(first_data, column)
        bottom = xl_rowcol_to_cell(max(row - 1, first_data), column)
        sheet.write_formula(row, column, f"=SUM({top}:{bottom})", styles.total_money, euros(cents))
