# ruff: noqa: E501
"""Strings the UI translates at run time that live as data outside the UI (generated).

Written by tools/update_translations.py; do not edit by hand, run the tool instead. Nothing
imports this module at run time: pyside6-lupdate only sees literals inside translation calls,
and these strings are data in lower layers (AppError templates, context "errors"; the labels
of domain.intake_options, context "intake_options"; the duplicate reasons of
services.intake, context "duplicates"). Listing them here lets lupdate extract and merge them
like every other string, so their English translations survive each update.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ERRORS = (
    QT_TRANSLATE_NOOP(
        "errors",
        "Dalla fase «{current}» non si passa a «{new}». {hint}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Operazione non riuscita.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{reason}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non hai il permesso di eseguire questa operazione ({action}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Le due password non coincidono: riscrivile uguali.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il gruppo {group} non corrisponde alla chiave mostrata: ricontrollalo su quanto hai copiato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non hai salvato né stampato il foglio di recupero: se dimentichi la password, senza la chiave i dati sono persi. Salvalo o stampalo, oppure conferma che prosegui senza.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo strumento di valutazione non è valido (errori: {count}). Il primo, in {location}: {first}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La scheda ha {count} errori da correggere prima di salvare.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Importo non valido «{text}»: {reason}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il programma «{source}» non è valido (errori: {count}). Il primo, in {location}: {first}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'indennità di partecipazione (voce {support}, {amount}) non può essere legata al tirocinio extracurricolare (intervento {intervention}): il tirocinio è già indennizzato dal Fondo politiche attive",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il totale {what} ({total}) supera il massimo di {cap} per donna",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il progetto non si può validare: {count} problemi da risolvere. Il primo: {first}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Un progetto si chiude o con esiti (concluso) o con un motivo di interruzione, non con entrambi: togli gli esiti oppure il motivo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Per chiudere il progetto indica gli esiti raggiunti oppure il motivo dell'interruzione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La data {what} ({day}) precede la validazione del progetto ({validated}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La data {what} ({day}) è nel futuro: oggi è il {today}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} è possibile solo dopo la validazione del progetto.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il progetto è chiuso (revisione {number}): non si può più modificare né aggiornare.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La revisione {number} è già {status}: è bloccata, le modifiche vanno in una nuova revisione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La copia di sicurezza {name} non supera il controllo ({detail}): non usarla.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Disco pieno o non scrivibile: l'operazione è stata annullata e i dati salvati prima sono intatti. Libera spazio (o controlla la chiavetta o il disco) e riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non ho il permesso di leggere {name}. Chiedi i permessi o sposta il file.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non posso scrivere in {name}: la cartella è protetta o il supporto è di sola lettura. Scegli un'altra cartella o chiedi i permessi.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Accanto a {name} c'è solo il file chiavi, senza archivio: forse una creazione è stata interrotta o l'archivio è stato spostato. Se è una creazione interrotta, sposta il file {keys} in un'altra cartella e riprova; altrimenti ripristina una copia di sicurezza.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file chiavi {name} è danneggiato ({detail}). L'archivio non è stato toccato: ripristina il file chiavi dall'ultima copia di sicurezza.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Manca il file chiavi {name} accanto all'archivio: senza di esso l'archivio non si apre. Ripristina l'ultima copia di sicurezza (comando «antiviolenza restore»), che contiene anche il file chiavi. L'archivio non è stato toccato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'aggiornamento dell'archivio non è riuscito ed è stato annullato: l'archivio è com'era prima. Una copia di sicurezza è in {backup}. Dettaglio tecnico: {detail}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} non è una cartella: indica una cartella di destinazione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file {name} non è un archivio cifrato di antiviolenza-desktop ({detail}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La chiave di recupero deve avere {groups} gruppi di {size} caratteri; ne sono stati scritti {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Chiave di recupero: il gruppo {group} non torna (errore di battitura). Ricontrolla quel gruppo sul foglio di recupero.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Archivio danneggiato: {detail}. Il file non è stato modificato. Ripristina l'ultima copia di sicurezza{backup_hint} con «antiviolenza restore».",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Esiste già un archivio (o un file) in {name}: non viene mai sovrascritto. Scegli un altro percorso.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'archivio è stato creato con una versione più recente dell'applicazione (schema {revision}). Aggiorna l'applicazione per aprirlo; l'archivio non è stato toccato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'archivio {name} è già aperto da un altro programma o da un'altra finestra su questo computer. Chiudi l'altra sessione e riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non esiste nessun archivio in {name}. Per crearne uno usa «antiviolenza init».",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Troppi tentativi falliti ({failures}). Riprova tra {seconds} secondi.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'utente «{user}» non esiste in questo archivio.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'utente «{user}» esiste già in questo archivio.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Password troppo debole: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Password errata. Controlla maiuscole e tastiera, poi riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Questa chiave di recupero non apre l'archivio: forse è il foglio di un altro archivio o di prima di una rotazione della chiave.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file {name} esiste già: scegli un altro nome per il modulo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La cartella {folder} non esiste o non è scrivibile: scegline un'altra.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file {name} esiste già: scegli un altro nome per il foglio di recupero.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La cartella {folder} per il foglio di recupero non esiste o non è scrivibile: scegline un'altra.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo strumento di valutazione {name} versione {version} non è in questa installazione: aggiorna l'applicazione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La scheda richiesta non esiste (più) in questo archivio.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Esiste già una scheda che potrebbe riguardare la stessa donna ({codes}). Apri quella scheda, oppure conferma che si tratta di un'altra persona.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "File del programma non trovato: {path}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file del programma {path} non è un TOML valido ({position}): {detail}. Correggi il file in quel punto e riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Impossibile leggere il file del programma {path}: {reason}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La stampante non risponde: controlla che sia accesa e collegata, poi riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Questa donna non ha ancora un Progetto personalizzato da stampare.",
    ),
)

INTAKE_OPTIONS = (
    QT_TRANSLATE_NOOP(
        "intake_options",
        "primo contatto",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "colloquio di accoglienza",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "presa in carico",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "percorso concluso",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "percorso interrotto",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "italiana",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "di un altro paese dell'Unione europea",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "di un paese fuori dall'Unione europea",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "nubile",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "coniugata",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "convivente",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "unita civilmente",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "separata",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "divorziata",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "vedova",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "occupata",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "disoccupata",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "inoccupata (mai occupata)",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "nessun reddito",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "fino a € 6.000",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "oltre € 6.000 e fino a € 12.000",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "oltre € 12.000 e fino a € 20.000",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "oltre € 20.000",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "casa di proprietà",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "casa in affitto",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "ospite di parenti o amici",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "in casa rifugio o struttura di accoglienza",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "senza casa",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "abitazione non più utilizzabile (violenza, sicurezza)",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "no",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "casa rifugio",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "struttura di accoglienza",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "fisica",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "psicologica",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "economica",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "sessuale",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "atti persecutori (stalking)",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "minacce",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "marito o convivente",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "ex marito o ex convivente",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "fidanzato",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "ex fidanzato",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "parente",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "conoscente o collega",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "sconosciuto",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "di sua iniziativa",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "parenti o amici",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "forze dell'ordine",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "servizi sociali",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "servizi sanitari (pronto soccorso, consultorio…)",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "altro",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "informazioni",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "ascolto",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "informazioni legali",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "sostegno psicologico",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "ospitalità in casa rifugio",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "salute",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "emergenza",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "nessuna denuncia",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "denuncia presentata",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "denuncia ritirata",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "inserimento lavorativo",
    ),
    QT_TRANSLATE_NOOP(
        "intake_options",
        "autonomia abitativa",
    ),
)

DUPLICATES = (
    QT_TRANSLATE_NOOP(
        "duplicates",
        "stesso codice fiscale",
    ),
    QT_TRANSLATE_NOOP(
        "duplicates",
        "stesso nome e data di nascita",
    ),
)
