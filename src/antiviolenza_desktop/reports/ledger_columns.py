"""How a ledger row is labelled in the exported ledger (CSV) and the workbook's «Registro»
sheet: the column titles and each kind's Italian word, one list for both files.
"""

from __future__ import annotations

KIND_LABELS: dict[str, str] = {
    "commitment": "impegno",
    "disbursement": "erogazione",
    "reversal": "storno",
}
LEDGER_COLUMNS = (
    "N. voce",
    "Data",
    "Codice caso",
    "Fondo",
    "Tipo",
    "Importo",
    "Impegno n.",
    "Storna la voce n.",
    "Beneficiario",
    "Documento",
    "Nota",
)
