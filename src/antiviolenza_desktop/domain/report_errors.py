"""Refusals of the financial exports that are about the data, not the file: nothing to export.

The file's own refusals (exists, folder not writable, in use) live with the writer in
`reports.export_files`; these two are the same for the CLI and the GUI, decided in one place
(`operations.financial_exports`).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError


class NothingToReport(AppError):
    code = "rendiconto_vuoto"
    template = (
        "Non c'è ancora nulla da rendicontare: il registro dei fondi, le spese delle azioni e "
        "le ore di cofinanziamento sono vuoti. Registra almeno un impegno, una spesa o delle "
        "ore, poi salva la relazione finanziaria."
    )


class LedgerEmpty(AppError):
    code = "registro_fondi_vuoto"
    template = (
        "Il registro dei fondi è vuoto: non c'è nessuna voce da esportare. Le voci nascono "
        "quando un progetto viene confermato o si registra un'erogazione."
    )


class NothingToPrint(AppError):
    """The filled Progetto asked for a woman who has none yet (`operations.case_prints`)."""

    code = "niente_da_stampare"
    template = "Questa donna non ha ancora un Progetto personalizzato da stampare."
