"""Refusals about copies of a store: restoring another store's copy, deleting copies.

Store names and Ambiti are not personal data, so messages may name them.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError


class BackupOfAnotherStore(AppError):
    code = "copia_di_altro_archivio"
    template = (
        "La copia {backup} è dell'archivio «{backup_store}» (Ambito {backup_ambito}), non "
        "dell'archivio «{target_store}» (Ambito {target_ambito}) che sostituirebbe. Nulla è "
        "stato toccato. Se è proprio quello che vuoi, ripeti confermando il ripristino di un "
        "altro archivio (opzione --altro-archivio)."
    )


class CopyNotFound(AppError):
    code = "copia_non_trovata"
    template = "Tra le copie di questo archivio non c'è {name}: aggiorna l'elenco e riprova."


class NewestCopyKept(AppError):
    code = "copia_piu_recente"
    template = (
        "{name} è la copia più recente dell'archivio e non viene eliminata: senza di essa "
        "l'archivio resterebbe senza copie. Fai prima una copia nuova, poi elimina questa."
    )


class NoCopyAfterMoment(AppError):
    code = "nessuna_copia_successiva"
    template = (
        "Non c'è una copia dell'archivio presa dopo il {moment}: le copie più vecchie non "
        "vengono eliminate finché non ne esiste una più recente. Fai prima una copia."
    )


class CopiesBusy(AppError):
    code = "copie_in_uso"
    template = (
        "Un'altra operazione sulle copie di sicurezza (copia, ripristino o eliminazione) è in "
        "corso su {folder}. Attendi che finisca e riprova."
    )


class CopiesNotDeleted(AppError):
    code = "copie_non_eliminate"
    template = (
        "Non è stato possibile eliminare del tutto: {names}. Forse un file è aperto in un altro "
        "programma: chiudilo e riprova. Le altre copie indicate sono state eliminate."
    )
