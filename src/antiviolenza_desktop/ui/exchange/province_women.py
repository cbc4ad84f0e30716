"""The women seen across Ambiti in the provincial view: duplicates and combined caps.

A woman followed in more than one Ambito (same codice fiscale, so the same network pseudonym)
is counted once; she is shown by a short pseudonym prefix, so the capofila never sees who she
is while each Ambito can still find its own record. The per-woman caps are checked on her
records of every Ambito together: a cap exceeded only in combination shows here, in a shaded
row that says why in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QTableWidget, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table, mark_row
from antiviolenza_desktop.ui.formatting import format_money

PSEUDONYM_SHOWN = 8

CONTEXT = "ProvinceView"
"""These texts were the provincial view's and keep its translation context."""


def short_pseudonym(pseudonym: str) -> str:
    return pseudonym[:PSEUDONYM_SHOWN] + "…"


def group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    for widget in widgets:
        column.addWidget(widget)
    return box


class WomenFigures(QWidget):
    """Two groups: the women followed in more than one Ambito, and the caps they exceed."""

    def __init__(self, ambiti: dict[str, str]) -> None:
        super().__init__()
        self._names = ambiti
        self.duplicates_table = compact_table(
            [
                QCoreApplication.translate(CONTEXT, "Pseudonimo"),
                QCoreApplication.translate(CONTEXT, "Ambiti"),
            ],
            QCoreApplication.translate(CONTEXT, "Donne seguite in più Ambiti"),
        )
        self.caps_table = self._caps_table()
        self.duplicates_note = QLabel(wordWrap=True)
        self.caps_note = QLabel(wordWrap=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            group(
                QCoreApplication.translate(CONTEXT, "Donne seguite in più Ambiti"),
                self.duplicates_note,
                self.duplicates_table,
            )
        )
        column.addWidget(
            group(
                QCoreApplication.translate(
                    CONTEXT, "Massimali per donna superati (tutti gli Ambiti insieme)"
                ),
                self.caps_note,
                self.caps_table,
            )
        )

    @staticmethod
    def _caps_table() -> QTableWidget:
        return compact_table(
            [
                QCoreApplication.translate(CONTEXT, "Pseudonimo"),
                QCoreApplication.translate(CONTEXT, "Fondo"),
                QCoreApplication.translate(CONTEXT, "Impegnato in tutto"),
                QCoreApplication.translate(CONTEXT, "Massimo per donna"),
                QCoreApplication.translate(CONTEXT, "Per Ambito"),
            ],
            QCoreApplication.translate(CONTEXT, "Massimali per donna superati"),
            stretch=4,
        )

    def show_totals(self, totals: ProvincialTotals) -> None:
        self._show_duplicates(totals)
        self._show_caps(totals)

    def _show_duplicates(self, totals: ProvincialTotals) -> None:
        names = self._names
        fill_table(
            self.duplicates_table,
            [
                [short_pseudonym(d.pseudonym), ", ".join(names.get(a, a) for a in d.ambiti)]
                for d in totals.duplicates
            ],
        )
        self.duplicates_note.setText(
            QCoreApplication.translate(
                CONTEXT, "Nessuna donna risulta seguita in più di un Ambito."
            )
            if not totals.duplicates
            else QCoreApplication.translate(
                CONTEXT,
                "%n donne hanno schede in più Ambiti (stesso codice fiscale): sono contate una "
                "volta sola. Lo pseudonimo è abbreviato; ogni Ambito ritrova la sua scheda.",
                "",
                len(totals.duplicates),
            )
        )
        self.duplicates_table.setVisible(bool(totals.duplicates))

    def _show_caps(self, totals: ProvincialTotals) -> None:
        names = self._names
        fill_table(
            self.caps_table,
            [
                [
                    short_pseudonym(c.pseudonym),
                    FUND_LABELS.get(c.fund, c.fund),
                    format_money(c.committed),
                    format_money(c.cap),
                    ", ".join(f"{names.get(a, a)} {format_money(v)}" for a, v in c.by_ambito),
                ]
                for c in totals.caps_exceeded
            ],
            right_from=2,
        )
        for row in range(len(totals.caps_exceeded)):
            mark_row(self.caps_table, row)
        self.caps_note.setText(
            QCoreApplication.translate(CONTEXT, "Nessun massimale superato.")
            if not totals.caps_exceeded
            else QCoreApplication.translate(
                CONTEXT,
                "Attenzione: %n casi in cui gli impegni di più Ambiti per la stessa donna "
                "superano il massimo per donna del fondo. Verificare con gli Ambiti.",
                "",
                len(totals.caps_exceeded),
            )
        )
        self.caps_table.setVisible(bool(totals.caps_exceeded))

    def clear(self) -> None:
        self.duplicates_table.setRowCount(0)
        self.caps_table.setRowCount(0)
