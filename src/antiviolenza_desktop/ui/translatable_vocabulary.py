# ruff: noqa: E501
"""Strings the UI translates at run time that live as data outside the UI (generated).

Written by tools/update_translations.py; do not edit by hand, run the tool instead. Nothing
imports this module at run time: pyside6-lupdate only sees literals inside translation calls,
and these strings are data in lower layers (AppError templates, context "errors"; the
templates of the field-issue kinds, context "field_issues"; the labels
of domain.intake_options, context "intake_options"; the duplicate reasons of
services.intake, context "duplicates"; the labels of domain.project_options, of the funds,
of the assessment directions and of the housing-path suggestion, context "project_options").
Listing them here lets lupdate extract and merge them like every other string, so their
English translations survive each update.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ERRORS = (
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
        "{reason}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file {name} non è salvato in UTF-8: salvalo con la codifica UTF-8 (in Blocco note: «Salva con nome», Codifica «UTF-8») e riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "«{source}» contiene più di una riga: password, chiave di recupero e codice monouso vanno scritti su una sola riga.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "«{user}» è l'unica coordinatrice attiva: prima dai il ruolo di coordinatrice a un'altra utente attiva.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non puoi disattivare né cambiare il ruolo del tuo stesso utente: chiedilo a un'altra coordinatrice.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'utente «{user}» è disattivato: chiedi a una coordinatrice di riattivarlo (con una nuova password).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Password attuale errata: scrivi la password con cui hai aperto l'archivio.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo strumento di valutazione non è valido (errori: {count}). Il primo, in {location}: {first}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il periodo va dal {since} al {until}: la prima data deve venire prima della seconda.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Errori da correggere prima di salvare la scheda: {count}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "I dati personali del caso {case_code} sono già stati eliminati.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "I dati personali del caso {case_code} sono stati eliminati: al caso non si può aggiungere né modificare nulla. Per una nuova richiesta della donna apri un nuovo caso.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il caso {case_code} non è chiuso: per scadenza si eliminano solo i percorsi conclusi o interrotti senza un progetto in corso. Se la donna chiede la cancellazione, scegli il motivo «richiesta dell'interessata».",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il codice scritto non è quello del caso ({case_code}): nessun dato è stato eliminato. Riscrivi il codice del caso per confermare.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il caso {case_code} va conservato fino al {until} ({years} anni dalla chiusura): prima di allora si elimina solo su richiesta dell'interessata.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Motivo della cancellazione sconosciuto: usa «richiesta» o «scadenza».",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Dalla fase «{current}» non si passa a «{new}». {hint}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La copia {backup} è dell'archivio «{backup_store}» (Ambito {backup_ambito}), non dell'archivio «{target_store}» (Ambito {target_ambito}) che sostituirebbe. Nulla è stato toccato. Se è proprio quello che vuoi, ripeti confermando il ripristino di un altro archivio (opzione --altro-archivio).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Un'altra operazione sulle copie di sicurezza (copia, ripristino o eliminazione) è in corso su {folder}. Attendi che finisca e riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non è stato possibile eliminare del tutto: {names}. Forse un file è aperto in un altro programma: chiudilo e riprova. Le altre copie indicate sono state eliminate.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Tra le copie di questo archivio non c'è {name}: aggiorna l'elenco e riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} è la copia più recente dell'archivio e non viene eliminata: senza di essa l'archivio resterebbe senza copie. Fai prima una copia nuova, poi elimina questa.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non c'è una copia dell'archivio presa dopo il {moment}: le copie più vecchie non vengono eliminate finché non ne esiste una più recente. Fai prima una copia.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Operazione non riuscita.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non hai il permesso di eseguire questa operazione ({action}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto usa il formato {version}, più recente di questo programma (fino a {supported}): aggiornare l'applicazione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Pacchetto alterato: la firma non corrisponde alla chiave {key_id} registrata per l'Ambito «{ambito}». Nulla è stato importato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Pacchetto alterato: {reason}. Nulla è stato importato; chiedi all'Ambito di esportarlo di nuovo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file è troppo grande per essere un pacchetto ({size} byte, massimo {limit}): rifiutato senza aprirlo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Pacchetto troncato: mancano {missing} byte dei {expected} attesi (copia interrotta?). Chiedi all'Ambito di inviarlo di nuovo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto è cifrato per la chiave {key_id}, che questo archivio non possiede: non è destinato a questa capofila (o l'Ambito usa un'iscrizione superata).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file {name} esiste già: scegli un altro nome (non lo sovrascrivo).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non riesco a leggere il file {name}: {reason}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file non è un pacchetto della rete antiviolenza ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il contenuto del pacchetto supera {limit} byte una volta decompresso: rifiutato (possibile bomba di decompressione), nulla è stato importato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto dichiara l'Ambito «{claimed}», ma la chiave {key_id} è registrata per l'Ambito «{registered}»: rifiutato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La chiave {key_id} dell'Ambito «{ambito}» è stata revocata il {revoked_on}: il pacchetto è rifiutato. L'Ambito deve esportare con la sua nuova chiave registrata.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file «{name}» è troppo grande ({size} byte) per essere un file di iscrizione, una chiave pubblica o un codice: controlla di aver scelto il file giusto.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Mittente sconosciuto: la chiave di firma {key_id} non è registrata presso la capofila. Registra prima la chiave dell'Ambito confrontando l'impronta.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file di iscrizione è per l'Ambito «{enrolled}», ma questo archivio è dell'Ambito «{store}»: nulla è stato salvato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il nuovo file di iscrizione è firmato da un'altra chiave della capofila ({key_id}, attesa {expected}) o cambia la chiave di rete: rifiutato, nulla è stato salvato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Questo file di iscrizione è del {issued}, ma l'archivio ne ha già accettato uno più recente (del {current}): un file vecchio riporterebbe le chiavi ritirate della capofila. Rifiutato, nulla è stato salvato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file di iscrizione è per il programma «{enrolled}» (versione {enrolled_hash}), questo archivio usa «{store}» (versione {store_hash}): capofila e Ambito devono usare la stessa versione del programma. Nulla è stato salvato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'impronta è fatta di {groups} gruppi di {size} cifre (ne ho lette {found}): ricopiala come la legge l'Ambito.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'impronta digitata non corrisponde a quella della chiave {key_id} dell'Ambito «{ambito}»: chiave NON registrata. Ricontrolla al telefono gruppo per gruppo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Questo archivio non ha ancora una chiave di firma: accetta prima l'iscrizione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Operazione riservata all'archivio di un Ambito, non della capofila ({action}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file non è un file di iscrizione alla rete ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Operazione riservata all'archivio della capofila ({action}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Questo archivio non è ancora iscritto alla rete: importa prima il file di iscrizione della capofila (antiviolenza enrol accept).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il codice monouso ha {groups} gruppi di {size} caratteri (ne ho letti {found}): ricopialo come lo detta la capofila.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Codice monouso: il gruppo {group} contiene un errore di battitura. Ricontrolla quel gruppo con la capofila.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file non è una chiave pubblica di un Ambito ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La chiave {key_id} è già registrata per l'Ambito «{ambito}».",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La chiave {key_id} dell'Ambito «{ambito}» è già revocata dal {revoked_on}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Nessuna chiave registrata con identificativo {key_id}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Ambito sconosciuto «{ambito}»: usa uno di {known}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il codice monouso non apre questo file di iscrizione (codice di un altro file, oppure file alterato). Nulla è stato salvato: chiedi alla capofila il codice giusto.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Conflitto: l'Ambito «{ambito}» ha già inviato un pacchetto n. {sequence} con un contenuto diverso (impronta {kept_sha} contro {incoming_sha}). Nulla è stato unito: verificare con l'Ambito quale archivio è quello giusto (copia ripristinata o duplicata?) e chiedere un nuovo pacchetto.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto dell'Ambito «{ambito}» dice di essere stato creato il {created}, dopo oggi ({today}): controlla la data del computer dell'Ambito e fai esportare di nuovo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il n. {sequence} dell'Ambito «{ambito}» è già stato usato da un pacchetto firmato con una chiave poi revocata: chiedi all'Ambito di esportare di nuovo (il pacchetto avrà il numero successivo).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto dell'Ambito «{ambito}» ha il n. {sequence}, ma l'ultimo unito è il n. {kept}: un salto di oltre {most} numeri non viene da esportazioni normali. Rifiutato; verifica con l'Ambito e, se la sua chiave è compromessa, revocala.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Pacchetto superato: è il n. {sequence} dell'Ambito «{ambito}», ma è già unito il n. {kept} (creato il {kept_on}). Rifiutato, i totali restano quelli del n. {kept}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il contenuto del pacchetto dichiara l'Ambito «{payload}», ma è firmato dalla chiave {key_id} dell'Ambito «{signer}»: rifiutato, nulla è stato importato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La chiave di rete per gli pseudonimi deve essere di almeno {minimum} byte casuali (ne ha {length}): ripetere l'adesione alla rete.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Una bozza lasciata aperta al blocco è stata scritta da un'altra versione del programma e non si può riprendere: è stata scartata e il modulo è vuoto. Va compilato di nuovo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "All'ultimo blocco non è stato possibile conservare i moduli che stavi compilando: quello che non avevi salvato è andato perso. Controlla le schede su cui lavoravi.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo stanziamento del {fund_label} ({allocation}) supera la dotazione provinciale del fondo ({provincial}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo stanziamento del {fund_label} non può scendere a {allocation}: sono già impegnati {committed}. Storna prima gli impegni in eccesso.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il massimo per donna del {fund_label} non può scendere a {cap}: il caso {case} ha già impegni per {committed}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il massimo per donna del {fund_label} è fissato dal programma ({cap}) e non si cambia qui.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il massimo per donna deve essere un importo positivo (scritto: {cap}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'azione {action} si paga dal {fund}, con le erogazioni sugli impegni delle donne: una spesa qui sarebbe contata due volte.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'azione {action} non ha quota regionale (A = € 0,00) sulla scheda: le sue spese sono cofinanziamento, da registrare come ore di lavoro.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La data della spesa ({day}) è nel futuro: si registrano solo spese già fatte.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'importo della spesa deve essere positivo (scritto: {amount}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il costo orario deve essere più di € 0,00 e al massimo {most} (scritto: {cost}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Le ore devono essere più di zero e al massimo {most} in un mese (scritte: {hours}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il mese «{month}» non è valido: scrivilo come mm/aaaa, per esempio 03/2026.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il mese {month} non è ancora iniziato: si registrano solo ore già lavorate.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Scrivi {what} (al massimo {most} caratteri).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'azione «{action}» non è nel programma: scegli tra {known}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} ({day}) è nel futuro: si registrano solo fatti già avvenuti.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} ({day}) è precedente al {earliest}: controlla l'anno.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'uscita dalla rete ({left}) non può precedere l'adesione ({joined}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Una sessione di formazione ha almeno un partecipante: scrivi quanti per ente.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "I partecipanti di «{kind}» devono essere tra 0 e {most} (scritti: {count}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La durata della sessione deve essere più di zero e al massimo {most} minuti (scritti: {minutes}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il tipo di ente «{kind}» non è previsto: scegli tra {known}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Gli impegni sul {fund_label} arriverebbero a {total} (già impegnati {current}, nuovo impegno {amount}): superano lo stanziamento dell'Ambito di {allocation} (disponibili {available}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La voce n. {seq} è già stata stornata (storno n. {reversal}): non si storna due volte.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'importo di {amount} non è valido: ogni voce del registro ha un importo positivo in centesimi (è il tipo di voce a dare il segno).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'impegno n. {seq} ha erogazioni non stornate per {disbursed} (voci n. {entries}): storna prima quelle erogazioni.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'erogazione fa riferimento all'impegno n. {seq}, che non esiste nel registro.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'impegno n. {seq} è del caso {their_case} sul {their_fund}: non si può erogare su di esso per il caso {case} sul {fund}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Gli impegni del caso {case} sul {fund_label} arriverebbero a {total} (già impegnati {current}, nuovo impegno {amount}): superano il massimo di {cap} per donna.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'impegno n. {seq} è stato stornato (storno n. {reversal}): non si può più erogare su di esso.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'erogazione di {amount} supera il residuo dell'impegno n. {seq} ({residual}; impegnati {committed}, già erogati {disbursed}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo storno fa riferimento alla voce n. {seq}, che non esiste nel registro.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'erogazione del {day} è precedente all'impegno n. {seq} del {committed_on}: controlla la data.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Manca {what} dell'erogazione: ogni pagamento dice a chi è andato e con quale documento (ricevuta, fattura, numero di mandato).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo storno di {amount} per il caso {case} sul {fund} non corrisponde alla voce n. {seq} ({their_amount}, caso {their_case}, {their_fund}): uno storno annulla per intero una voce dello stesso caso e fondo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La voce n. {seq} è uno storno: uno storno non si storna, registra invece una nuova voce.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La revisione {number} del progetto del caso {case} ha già i suoi impegni (n. {seqs}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La voce n. {seq} non segue l'ultima del registro (n. {last}): il registro si scrive solo in coda.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il tipo di voce «{kind}» non esiste: impegno, erogazione o storno.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il fondo «{fund}» non esiste: scegli tra {known}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Importo non valido «{text}»: {reason}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} contiene un codice fiscale: non scriverlo qui, questo testo finisce nei rendiconti e nei file esportati.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} contiene il nome e cognome di una donna seguita: scrivi «la beneficiaria» o il codice del caso. Questo testo finisce nei rendiconti e nei file esportati.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto contiene il campo «{path}», che potrebbe portare dati identificativi o testo libero: nessun nome, codice fiscale, indirizzo, telefono, data di nascita o testo libero può uscire dall'archivio. Pacchetto rifiutato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Contenuto del pacchetto non valido, campo «{path}»: {reason}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto è del programma «{theirs}», questo archivio segue «{ours}»: non si possono unire.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto usa la versione {version} del formato, più recente di quella che questa applicazione conosce ({known}): aggiornare l'applicazione e ripetere l'importazione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il pacchetto usa la versione {version} del formato, che questa applicazione non sa più leggere (la più vecchia è la {oldest}): chiedere all'Ambito un nuovo pacchetto.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "I totali dichiarati dall'Ambito non corrispondono ai dati del pacchetto: {what} dichiarato {stated}, ricalcolato {computed}. Pacchetto rifiutato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il programma «{source}» non è valido (errori: {count}). Il primo, in {location}: {first}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Percorso b: la fine del contratto ({end}) deve essere dopo l'inizio ({start}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Percorso b: indica chi affitta scegliendo un ruolo dall'elenco, mai un nome.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Percorso b: il canone mensile ({rent}) deve essere maggiore di zero.",
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
        "Il progetto non si può validare. Problemi da risolvere: {count}; il primo: {first}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'intervento indicato non è nel progetto (revisione {revision}) dell'impegno n. {seq}: scegli un intervento dall'elenco.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'intervento indicato è nel progetto di un altro caso: un'erogazione sull'impegno n. {seq} paga solo interventi del progetto di quel caso.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'intervento indicato è pagato dal {item_fund}, l'impegno n. {seq} è sul {fund}: scegli un intervento dello stesso fondo.",
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
        "Il registro dei fondi è vuoto: non c'è nessuna voce da esportare. Le voci nascono quando un progetto viene confermato o si registra un'erogazione.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non c'è ancora nulla da rendicontare: il registro dei fondi, le spese delle azioni e le ore di cofinanziamento sono vuoti. Registra almeno un impegno, una spesa o delle ore, poi salva la relazione finanziaria.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La copia di sicurezza {name} non supera il controllo ({detail}): non usarla.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il componente di cifratura (SQLCipher) installato non è quello previsto: l'impostazione {setting} vale {actual} invece di {expected}. Per non scrivere dati in una forma meno protetta l'operazione è stata annullata e l'archivio non è stato toccato. Reinstalla l'applicazione dal pacchetto ufficiale e riprova.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il componente del database installato non sa cifrare (SQLCipher manca): l'archivio non è stato aperto e nulla è stato scritto. Reinstalla l'applicazione dal pacchetto ufficiale e riprova.",
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
        "La conversione dell'archivio {name} non è riuscita ({detail}): l'archivio è rimasto com'era, e la copia presa prima è in {copy}. Chiedi all'assistenza tecnica.",
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
        "L'archivio {name} è già nel formato attuale: non c'è nulla da convertire. Aprilo normalmente.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'archivio {name} è nel formato di una versione precedente di SQLCipher (3): la password è giusta e il file non è danneggiato, ma va convertito prima di usarlo. Convertilo con il pulsante «Converti l'archivio» o con il comando «antiviolenza migrate-format»: prima viene fatta una copia del file com'è ora. Finora l'archivio non è stato toccato.",
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
        "Un comando dalla riga di comando sta leggendo l'archivio {name}: riprova tra qualche secondo, quando ha finito. Nulla è stato modificato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'archivio {name} è occupato dall'applicazione, che sta salvando dei dati: riprova tra qualche secondo. Nulla è stato esportato.",
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
        "L'archivio {name} è aperto nell'applicazione (o da un altro comando): mentre è aperto, dalla riga di comando si può solo leggere (status, verify, audit verify/list/export, fondi totali/rendiconto/registro). Questo comando modifica i dati: chiudi o blocca l'applicazione (Ctrl+L) e riprova. Nulla è stato modificato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'archivio {name} è in manutenzione nell'applicazione (cambio della chiave, ripristino o aggiornamento): riprova tra qualche minuto. Nulla è stato letto.",
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
        "Accanto a {name} c'è un file {wal} non vuoto, lasciato da una chiusura non regolare: convertire ora potrebbe perdere le ultime modifiche, quindi la conversione è stata annullata e l'archivio non è stato toccato. Non cancellare quel file: chiedi all'assistenza tecnica.",
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
        "Esportazione fermata, nessun pacchetto è stato prodotto: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file {name} esiste già: scegli un altro nome (un file esistente non si sovrascrive).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Non riesco a scrivere {name}: il file o la sua cartella è in uso da un altro programma (per esempio un foglio di calcolo o un lettore PDF) o non è accessibile. Chiudi quel programma o scegli un'altra cartella, poi riprova. Nessun file è stato lasciato a metà.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La cartella {folder} non esiste o non è scrivibile: scegline un'altra.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo stesso file {name} è indicato due volte: scegli un nome per ogni formato.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il file {name} esiste già: scegli un altro nome per il modulo.",
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
        "Lo storno del {day} è precedente alla spesa n. {row} del {row_day}: controlla la data.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "In questo archivio non è mai stato eliminato alcun caso: non ci sono copie da ripulire.",
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
        "Esiste già una scheda con lo stesso codice fiscale ({codes}). Apri quella scheda (se il suo percorso è chiuso puoi aprirne uno nuovo), oppure correggi il codice fiscale.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La voce n. {seq} non è un impegno: le erogazioni si registrano su un impegno.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Il registro dei fondi non sarebbe coerente dopo questa scrittura: {problems}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Lo storno del {day} è precedente alla voce n. {seq} del {entry_day}: controlla la data.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "L'organizzazione della riga n. {row} è già uscita dalla rete il {left}: per correggere la data, storna la riga e inseriscila di nuovo.",
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
        "La riga n. {row} è uno storno: uno storno non si storna.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La riga n. {row} è già stata stornata (riga n. {reversal}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "La riga n. {row} del registro non esiste.",
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

FIELD_ISSUES = (
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Indica la data di nascita (oppure il codice fiscale, da cui si ricava).",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Scegli il centro antiviolenza che segnala.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Centro antiviolenza sconosciuto: sceglilo dall'elenco.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "La data di nascita non corrisponde a quella del codice fiscale: controlla entrambi.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "L'ultimo carattere (di controllo) non torna: ricontrolla il codice fiscale sul documento. Puoi salvare comunque.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "La data di nascita nel codice fiscale non esiste.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Codice fiscale non valido: servono 16 caratteri (6 lettere, 2 cifre, una lettera, 2 cifre, una lettera, 3 cifre, una lettera). Se non c'è, lascia vuoto.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Questo codice fiscale è di un uomo: controlla il giorno di nascita nel codice.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Figlio/a n. {number}: l'età va da 0 a {max} anni.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Figlio/a n. {number}: a {age} anni è minorenne. Segna «minorenne» o correggi l'età.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Figlio/a n. {number}: a {age} anni non è minorenne. Correggi l'età o togli «minorenne».",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Indica la cittadinanza.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Manca la data del consenso al trattamento dei dati: senza consenso la scheda non si può registrare.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Indica il paese di cittadinanza.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Indica la data di «{stage}», la fase attuale.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Indica la condizione lavorativa.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Scrivi il nome.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Data nel futuro: controlla la data di nascita.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Data nel futuro: controlla la data del consenso.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Data nel futuro: controlla la data della segnalazione.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Data nel futuro: controlla la data di «{stage}».",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "L'autonomia abitativa è per chi non ha un alloggio o non può più usarlo per la violenza o la sua sicurezza: controlla la situazione abitativa.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Scrivi il cognome.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Le linee del progetto sono per donne già prese in carico dal centro antiviolenza: controlla la fase del percorso.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Scegli almeno una linea: inserimento lavorativo o autonomia abitativa.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Codice del comune non valido: una lettera e tre cifre (per esempio D150).",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Comune non trovato nell'elenco: sceglilo dall'elenco.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Solo lettere, spazi, apostrofi e trattini: niente cifre.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Nessun figlio inserito: aggiungi i figli o togli questa voce.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Telefono: solo cifre, spazi e il + iniziale, al massimo {max} caratteri.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "È indicato che si può chiamarla: manca il numero sicuro.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "La segnalazione non può precedere la data di nascita.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Indica la data della segnalazione.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "L'abitazione indica una casa rifugio o struttura: indica quale qui.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "La data di «{stage}» non può precedere quella di «{previous}».",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Il percorso non è in questa fase (fase attuale: «{stage}»): togli questa data.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Al massimo {max} caratteri.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Alla segnalazione avrebbe {age} anni: controlla la data di nascita.",
    ),
    QT_TRANSLATE_NOOP(
        "field_issues",
        "Valore non previsto: scegli dall'elenco.",
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

PROJECT_OPTIONS = (
    QT_TRANSLATE_NOOP(
        "project_options",
        "tirocinio extracurricolare (con indennità)",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "certificazione delle competenze",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "formazione / riqualificazione",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "servizi per l'autoimprenditorialità",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "colloquio specialistico",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "definizione del percorso",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "orientamento e formazione alla ricerca attiva del lavoro",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "bilancio di competenze",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "coaching",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "incontro domanda-offerta / work experience",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "tutoring",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "Centro per l'Impiego",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "operatore accreditato al lavoro e alla formazione",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "previsto",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "in corso",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "concluso",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "annullato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "indennità di partecipazione",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "rimborso delle spese di trasporto",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: asilo nido",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: doposcuola",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: semi-convitto",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: mensa scolastica",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: trasporto scolastico",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: centro estivo",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: attività ricreative e sportive",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: assistenza familiare",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "conciliazione: altra spesa famiglia-lavoro",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "a) sostegno per servizi abitativi temporanei",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "b) sostegno a un nuovo contratto di locazione nel mercato privato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "edilizia pubblica (l.r. 16/2016 art. 23 c. 13)",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "alloggio pubblico assegnato in deroga alla graduatoria",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "alloggio privato o del privato sociale (housing sociale)",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "affitto",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "spese condominiali",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "utenze domestiche",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "deposito cauzionale",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "mensilità anticipate",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "provvigione dell'agenzia",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "imposta di registro del contratto",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "allacciamento delle utenze",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "trasloco",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "arredi ed elettrodomestici essenziali",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "altre spese di ingresso",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "operatori della rete",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "un partner della rete",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "la donna in autonomia",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "privato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "ente pubblico / ALER",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "cooperativa",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "privato sociale / terzo settore",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "agenzia immobiliare",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "altro locatore",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "bozza",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "validato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "chiuso",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "soggetto che gestisce il percorso abitativo",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "centro antiviolenza",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "servizi sociali",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "assunta",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "tirocinio concluso",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "qualifica o certificazione ottenuta",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "contratto di locazione firmato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "in un alloggio temporaneo",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "autonomia economica raggiunta",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "a tempo indeterminato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "a tempo determinato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "apprendistato",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "somministrazione",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "lavoro intermittente",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "lavoro autonomo",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "altro contratto",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "ha rinunciato al percorso",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "si è trasferita fuori dal territorio",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "trasferimento protetto per motivi di sicurezza",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "non è più raggiungibile",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "motivi di salute",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "è tornata a vivere con l'autore della violenza",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "non ha più i requisiti del progetto",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "altro motivo",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "Fondo politiche attive",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "Fondo politiche passive",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "Fondo autonomia abitativa",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "migliorata",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "peggiorata",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "invariata",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "in parte migliorata, in parte peggiorata",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "non confrontabile",
    ),
    QT_TRANSLATE_NOOP(
        "project_options",
        "nessuna proposta",
    ),
)

NETWORK_KINDS = (
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Centro antiviolenza",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Servizi sociali",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Centro per l'impiego",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Ente di formazione",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Casa rifugio o alloggi",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Terzo settore",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Forze dell'ordine",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Sanità",
    ),
    QT_TRANSLATE_NOOP(
        "network_kinds",
        "Altro",
    ),
)

AUDIT_ACTIONS = (
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Scheda aperta",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Mostrata in elenco o ricerca",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Modulo stampato o salvato in PDF",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Dati esportati",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Registro delle operazioni esportato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Accesso all'archivio",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Tentativi di accesso falliti",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Archivio creato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Archivio convertito dal vecchio formato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Archivio ripristinato da una copia",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Bozza di un modulo non più leggibile, scartata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Bozza di un modulo tolta (salvata o scartata)",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Moduli non salvati conservati al blocco",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Scheda creata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Scheda modificata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Dati personali eliminati",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Chiave di cifratura ruotata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Ore di cofinanziamento registrate",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Ore di cofinanziamento stornate",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Periodo di conservazione impostato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Copia di sicurezza creata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Copia di sicurezza eliminata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Copie precedenti a un'eliminazione di dati eliminate",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Copie di sicurezza non eliminate del tutto",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Copie scadute eliminate",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Fondi configurati",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Fondi importati",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Impegno di spesa registrato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Erogazione registrata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Movimento dei fondi stornato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Sessione di formazione registrata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Sessione di formazione stornata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Password cambiata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Password reimpostata con la chiave di recupero",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Aggiornamento del progetto",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Bozza del progetto salvata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Progetto chiuso",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Progetto validato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Relazione di un'azione scritta",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Adesione alla rete registrata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Adesione alla rete stornata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Uscita dalla rete registrata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Chiave di scambio creata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Iscrizione alla rete accettata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Iscrizione alla rete emessa",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Pacchetto di un Ambito importato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Mittente registrato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Mittente revocato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Pacchetto esportato per il capofila",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Spesa registrata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Spesa stornata",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Utente aggiunto",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Utente disattivato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Utente riattivato con una nuova password",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Ruolo di un'utente cambiato",
    ),
    QT_TRANSLATE_NOOP(
        "audit_actions",
        "Valutazione registrata",
    ),
)

WAITING_LIST = (
    QT_TRANSLATE_NOOP(
        "waiting_list",
        "figli minori o con disabilità",
    ),
    QT_TRANSLATE_NOOP(
        "waiting_list",
        "ospite di una casa rifugio o struttura di accoglienza",
    ),
    QT_TRANSLATE_NOOP(
        "waiting_list",
        "{employment}",
    ),
    QT_TRANSLATE_NOOP(
        "waiting_list",
        "nessun reddito nel nucleo",
    ),
    QT_TRANSLATE_NOOP(
        "waiting_list",
        "reddito del nucleo {income_band}",
    ),
    QT_TRANSLATE_NOOP(
        "waiting_list",
        "reddito non indicato",
    ),
    QT_TRANSLATE_NOOP(
        "waiting_list",
        "nessun elemento di priorità",
    ),
)
