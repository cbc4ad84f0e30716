"""Refusals of the encrypted store, each named so a coordinator knows what to do next.

Parameters carry file names, page numbers and counts, never personal data or key material.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError


class WrongPassword(AppError):
    code = "password_errata"
    template = "Password errata. Controlla maiuscole e tastiera, poi riprova."


class UnknownUser(AppError):
    code = "utente_sconosciuto"
    template = "L'utente «{user}» non esiste in questo archivio."


class UserExists(AppError):
    code = "utente_esistente"
    template = "L'utente «{user}» esiste già in questo archivio."


class RecoveryKeyTypo(AppError):
    code = "chiave_recupero_errore_battitura"
    template = (
        "Chiave di recupero: il gruppo {group} non torna (errore di battitura). "
        "Ricontrolla quel gruppo sul foglio di recupero."
    )


class RecoveryKeyMalformed(AppError):
    code = "chiave_recupero_malformata"
    template = (
        "La chiave di recupero deve avere {groups} gruppi di {size} caratteri; "
        "ne sono stati scritti {found}."
    )


class WrongRecoveryKey(AppError):
    code = "chiave_recupero_errata"
    template = (
        "Questa chiave di recupero non apre l'archivio: forse è il foglio di un altro archivio "
        "o di prima di una rotazione della chiave."
    )


class TooManyAttempts(AppError):
    code = "troppi_tentativi"
    template = "Troppi tentativi falliti ({failures}). Riprova tra {seconds} secondi."


class KeySlotFileMissing(AppError):
    code = "file_chiavi_mancante"
    template = (
        "Manca il file chiavi {name} accanto all'archivio: senza di esso l'archivio non si apre. "
        "Ripristina l'ultima copia di sicurezza (comando «antiviolenza restore»), che contiene "
        "anche il file chiavi. L'archivio non è stato toccato."
    )


class KeySlotFileDamaged(AppError):
    code = "file_chiavi_danneggiato"
    template = (
        "Il file chiavi {name} è danneggiato ({detail}). L'archivio non è stato toccato: "
        "ripristina il file chiavi dall'ultima copia di sicurezza."
    )


class StoreMissing(AppError):
    code = "archivio_mancante"
    template = "Non esiste nessun archivio in {name}. Per crearne uno usa «antiviolenza init»."


class StoreExists(AppError):
    code = "archivio_esistente"
    template = (
        "Esiste già un archivio (o un file) in {name}: non viene mai sovrascritto. "
        "Scegli un altro percorso."
    )


class NotAStore(AppError):
    code = "non_un_archivio"
    template = "Il file {name} non è un archivio cifrato di antiviolenza-desktop ({detail})."


class StoreDamaged(AppError):
    code = "archivio_danneggiato"
    template = (
        "Archivio danneggiato: {detail}. Il file non è stato modificato. "
        "Ripristina l'ultima copia di sicurezza{backup_hint} con «antiviolenza restore»."
    )


class StoreLocked(AppError):
    code = "archivio_in_uso"
    template = (
        "L'archivio {name} è già aperto da un altro programma o da un'altra finestra "
        "su questo computer. Chiudi l'altra sessione e riprova."
    )


class StoreOpenElsewhere(AppError):
    """A writing command while the application (or another command) holds the store."""

    code = "archivio_aperto_altrove"
    template = (
        "L'archivio {name} è aperto nell'applicazione (o da un altro comando): mentre è aperto, "
        "dalla riga di comando si può solo leggere (status, verify, audit verify/list/export, "
        "fondi totali/rendiconto/registro). Questo comando modifica i dati: chiudi o blocca "
        "l'applicazione (Ctrl+L) e riprova. Nulla è stato modificato."
    )


class StoreUnderMaintenance(AppError):
    """A read beside the holder while the holder rekeys, restores over or upgrades the store."""

    code = "archivio_in_manutenzione"
    template = (
        "L'archivio {name} è in manutenzione nell'applicazione (cambio della chiave, "
        "ripristino o aggiornamento): riprova tra qualche minuto. Nulla è stato letto."
    )


class StoreBusyBesideHolder(AppError):
    """A read beside the holder that found the holder writing at every attempt."""

    code = "archivio_occupato"
    template = (
        "L'archivio {name} è occupato dall'applicazione, che sta salvando dei dati: riprova tra "
        "qualche secondo. Nulla è stato esportato."
    )


class StoreBeingRead(AppError):
    """The holder's maintenance while a command reads the store beside it."""

    code = "archivio_in_lettura"
    template = (
        "Un comando dalla riga di comando sta leggendo l'archivio {name}: riprova tra qualche "
        "secondo, quando ha finito. Nulla è stato modificato."
    )


class StoreFromNewerVersion(AppError):
    code = "archivio_versione_recente"
    template = (
        "L'archivio è stato creato con una versione più recente dell'applicazione "
        "(schema {revision}). Aggiorna l'applicazione per aprirlo; l'archivio non è stato toccato."
    )


class MigrationFailed(AppError):
    code = "aggiornamento_fallito"
    template = (
        "L'aggiornamento dell'archivio non è riuscito ed è stato annullato: l'archivio è "
        "com'era prima. Una copia di sicurezza è in {backup}. Dettaglio tecnico: {detail}."
    )


class DiskFull(AppError):
    code = "disco_pieno"
    template = (
        "Disco pieno o non scrivibile: l'operazione è stata annullata e i dati salvati prima "
        "sono intatti. Libera spazio (o controlla la chiavetta o il disco) e riprova."
    )


class FolderNotWritable(AppError):
    code = "cartella_non_scrivibile"
    template = (
        "Non posso scrivere in {name}: la cartella è protetta o il supporto è di sola "
        "lettura. Scegli un'altra cartella o chiedi i permessi."
    )


class FileNotReadable(AppError):
    code = "file_non_leggibile"
    template = "Non ho il permesso di leggere {name}. Chiedi i permessi o sposta il file."


class NotAFolder(AppError):
    code = "non_una_cartella"
    template = "{name} non è una cartella: indica una cartella di destinazione."


class IncompleteCreation(AppError):
    code = "creazione_interrotta"
    template = (
        "Accanto a {name} c'è solo il file chiavi, senza archivio: forse una creazione è stata "
        "interrotta o l'archivio è stato spostato. Se è una creazione interrotta, sposta il file "
        "{keys} in un'altra cartella e riprova; altrimenti ripristina una copia di sicurezza."
    )


class BackupFailed(AppError):
    code = "copia_non_valida"
    template = "La copia di sicurezza {name} non supera il controllo ({detail}): non usarla."


class WeakPassword(AppError):
    code = "password_debole"
    template = "Password troppo debole."


# --- The cipher itself (issue 12): a wrong or missing SQLCipher component, an old file format.


class CipherUnavailable(AppError):
    code = "cifratura_non_disponibile"
    template = (
        "Il componente del database installato non sa cifrare (SQLCipher manca): "
        "l'archivio non è stato aperto e nulla è stato scritto. Reinstalla l'applicazione "
        "dal pacchetto ufficiale e riprova."
    )


class CipherSettingsMismatch(AppError):
    code = "impostazioni_cifratura_diverse"
    template = (
        "Il componente di cifratura (SQLCipher) installato non è quello previsto: "
        "l'impostazione {setting} vale {actual} invece di {expected}. Per non scrivere dati in "
        "una forma meno protetta l'operazione è stata annullata e l'archivio non è stato "
        "toccato. Reinstalla l'applicazione dal pacchetto ufficiale e riprova."
    )


class OldCipherFormat(AppError):
    code = "formato_cifratura_precedente"
    template = (
        "L'archivio {name} è nel formato di una versione precedente di SQLCipher (3): la "
        "password è giusta e il file non è danneggiato, ma va convertito prima di usarlo. "
        "Convertilo con il pulsante «Converti l'archivio» o con il comando «antiviolenza "
        "migrate-format»: prima viene fatta una copia del file com'è ora. Finora l'archivio non "
        "è stato toccato."
    )


class WalBeforeConversion(AppError):
    code = "conversione_con_wal"
    template = (
        "Accanto a {name} c'è un file {wal} non vuoto, lasciato da una chiusura non regolare: "
        "convertire ora potrebbe perdere le ultime modifiche, quindi la conversione è stata "
        "annullata e l'archivio non è stato toccato. Non cancellare quel file: chiedi "
        "all'assistenza tecnica."
    )


class NotOldCipherFormat(AppError):
    code = "formato_cifratura_attuale"
    template = (
        "L'archivio {name} è già nel formato attuale: non c'è nulla da convertire. "
        "Aprilo normalmente."
    )


class FormatConversionFailed(AppError):
    code = "conversione_formato_fallita"
    template = (
        "La conversione dell'archivio {name} non è riuscita ({detail}): l'archivio è rimasto "
        "com'era, e la copia presa prima è in {copy}. Chiedi all'assistenza tecnica."
    )
