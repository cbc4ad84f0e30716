"""Short, non-blocking confirmations of what was just done: a PDF saved, a form printed, a
payment recorded. Shown inline next to where she acted (never a dialog to dismiss), in green,
and read by screen readers as they appear.

What a confirmation names is what she needs to find the result again: the file and its folder,
the amount and the ledger row. A PDF's path may hold a name she typed, so these texts are for
the screen only, never for logs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.ui.formatting import format_date, format_money

_CONTEXT = "confirmations"


class ConfirmationLabel(QLabel):
    """A green line, hidden while empty."""

    def __init__(self) -> None:
        super().__init__(objectName="confirmationLabel", wordWrap=True)
        self.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.setAccessibleName(QCoreApplication.translate(_CONTEXT, "Conferma"))
        self.hide()

    def confirm(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_confirmation(self) -> None:
        self.confirm("")


def pdf_saved(path: Path) -> str:
    return (
        QCoreApplication.translate(_CONTEXT, "PDF salvato: «%1» nella cartella %2.")
        .replace("%1", path.name)
        .replace("%2", str(path.parent))
    )


def pages_printed(pages: int) -> str:
    # A class's tr, not translate(): lupdate marks only tr() calls with n as plurals.
    return ConfirmationLabel.tr("%n pagine inviate alla stampante.", "", pages)


def payment_recorded(entry: LedgerEntry) -> str:
    return (
        QCoreApplication.translate(
            _CONTEXT, "Erogazione registrata: %1 il %2, caso %3 (voce n. %4 del registro)."
        )
        .replace("%1", format_money(abs(entry.amount)))
        .replace("%2", format_date(entry.on))
        .replace("%3", entry.case_code)
        .replace("%4", str(entry.seq))
    )
