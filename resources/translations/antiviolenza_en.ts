<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Informazioni su antiviolenza-desktop</source>
        <translation>About antiviolenza-desktop</translation>
    </message>
    <message>
        <source>Informazioni</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Licenza (EUPL-1.2)</source>
        <translation>Licence (EUPL-1.2)</translation>
    </message>
    <message>
        <source>Componenti di terze parti</source>
        <translation>Third-party components</translation>
    </message>
    <message>
        <source>Informazioni su Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;antiviolenza-desktop %1&lt;/h2&gt;&lt;p&gt;Archivio cifrato della rete antiviolenza della Provincia di Cremona.&lt;/p&gt;&lt;p&gt;Software libero distribuito con la licenza pubblica dell&apos;Unione europea (EUPL) versione 1.2: il testo completo è nella scheda «Licenza».&lt;/p&gt;&lt;p&gt;Usa componenti di terze parti, ciascuno con la propria licenza: l&apos;elenco e i testi sono nella scheda «Componenti di terze parti». Qt, PySide6 e python-stdnum (LGPL) sono file separati e sostituibili nella cartella del programma.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;antiviolenza-desktop %1&lt;/h2&gt;&lt;p&gt;Encrypted database of the anti-violence network of the Province of Cremona.&lt;/p&gt;&lt;p&gt;Free software distributed under the European Union Public Licence (EUPL) version 1.2: the full text is in the “Licence” tab.&lt;/p&gt;&lt;p&gt;It uses third-party components, each under its own licence: the list and the texts are in the “Third-party components” tab. Qt, PySide6 and python-stdnum (LGPL) are separate, replaceable files in the program folder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Il file %1 manca in questa installazione.</source>
        <translation>The file %1 is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>AcceptEnrolmentDialog</name>
    <message>
        <source>Accetta l&apos;iscrizione alla rete</source>
        <translation>Accept enrolment in the network</translation>
    </message>
    <message>
        <source>Apri il file di iscrizione ricevuto dalla capofila e scrivi il codice monouso che la capofila ti detta al telefono.</source>
        <translation>Open the enrolment file received from the capofila and type the one-time code the capofila reads to you over the phone.</translation>
    </message>
    <message>
        <source>&amp;File di iscrizione</source>
        <translation>Enrolment &amp;file</translation>
    </message>
    <message>
        <source>&amp;Codice monouso</source>
        <translation>One-time &amp;code</translation>
    </message>
    <message>
        <source>&amp;Accetta l&apos;iscrizione</source>
        <translation>&amp;Accept the enrolment</translation>
    </message>
    <message>
        <source>Scegli il file di iscrizione ricevuto.</source>
        <translation>Choose the enrolment file you received.</translation>
    </message>
    <message>
        <source>Verifica del codice e apertura del file…</source>
        <translation>Checking the code and opening the file…</translation>
    </message>
    <message>
        <source>Salva la chiave pubblica in</source>
        <translation>Save the public key to</translation>
    </message>
    <message>
        <source>Sal&amp;va la chiave pubblica</source>
        <translation>Sa&amp;ve the public key</translation>
    </message>
    <message>
        <source>rinnovata</source>
        <translation>renewed</translation>
    </message>
    <message>
        <source>accettata</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>Iscrizione %1: Ambito «%2». Leggi alla capofila, al telefono, l&apos;impronta della chiave di firma di questo archivio (identificativo %3):</source>
        <translation>Enrolment %1: Ambito “%2”. Over the phone, read to the capofila the fingerprint of this database&apos;s signing key (ID %3):</translation>
    </message>
    <message>
        <source>Salva la chiave pubblica e inviala alla capofila: non è segreta, ma la capofila la registra solo dopo aver scritto la stessa impronta.</source>
        <translation>Save the public key and send it to the capofila: it is not secret, but the capofila registers it only after typing in the same fingerprint.</translation>
    </message>
    <message>
        <source>Chiave pubblica salvata in %1: inviala alla capofila.</source>
        <translation>Public key saved to %1: send it to the capofila.</translation>
    </message>
</context>
<context>
    <name>AcceptRegionDialog</name>
    <message>
        <source>Accetta l&apos;iscrizione alla Regione</source>
        <translation>Accept the Region&apos;s enrolment</translation>
    </message>
    <message>
        <source>Apri il file di iscrizione ricevuto dalla Regione e scrivi il codice monouso che la Regione ti detta al telefono.</source>
        <translation>Open the enrolment file received from the Region and type the one-time code the Region reads to you on the phone.</translation>
    </message>
    <message>
        <source>Salva la chiave pubblica e inviala alla Regione: non è segreta, ma la Regione la registra solo dopo aver scritto la stessa impronta.</source>
        <translation>Save the public key and send it to the Region: it is not secret, but the Region registers it only after typing the same fingerprint.</translation>
    </message>
    <message>
        <source>Iscrizione alla Regione: provincia «%1». Leggi alla Regione, al telefono, l&apos;impronta della chiave di firma della capofila (identificativo %2):</source>
        <translation>Enrolment with the Region: province «%1». Read to the Region, on the phone, the fingerprint of the capofila&apos;s signing key (identifier %2):</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A prevista</source>
        <translation>A planned</translation>
    </message>
    <message>
        <source>A impegnata</source>
        <translation>A committed</translation>
    </message>
    <message>
        <source>A spesa</source>
        <translation>A spent</translation>
    </message>
    <message>
        <source>B prevista</source>
        <translation>B planned</translation>
    </message>
    <message>
        <source>B effettiva</source>
        <translation>B actual</translation>
    </message>
    <message>
        <source>A+B prevista</source>
        <translation>A+B planned</translation>
    </message>
    <message>
        <source>A+B effettiva</source>
        <translation>A+B actual</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Aggiungi un&apos;utente</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>per esempio m.rossi</source>
        <translation>for example m.rossi</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>La nuova utente apre l&apos;archivio con il suo nome utente e questa password: comunicagliela di persona, mai per email. Le coordinatrici gestiscono gli utenti e vedono il registro delle operazioni; un&apos;operatrice CAV vede solo i casi del suo CAV.</source>
        <translation>The new user opens the database with her user name and this password: tell it to her in person, never by email. Coordinators manage the users and see the log of operations; a CAV worker sees only her CAV&apos;s cases.</translation>
    </message>
    <message>
        <source>Nome &amp;utente</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Nome e &amp;cognome</source>
        <translation>&amp;Full name</translation>
    </message>
</context>
<context>
    <name>AmbitoPeriodsBox</name>
    <message>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Deciso il (da)</source>
        <translation>Decided on (by)</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Periodi sottomessi alla capofila</source>
        <translation>Periods submitted to the capofila</translation>
    </message>
    <message>
        <source>&amp;Sottometti un periodo…</source>
        <translation>&amp;Submit a period…</translation>
    </message>
    <message>
        <source>Importa le &amp;decisioni della capofila…</source>
        <translation>Import the capofila&apos;s &amp;decisions…</translation>
    </message>
    <message>
        <source>Approvazione dei periodi</source>
        <translation>Period approval</translation>
    </message>
    <message>
        <source>Un mese o un trimestre concluso si sottomette alla capofila con il pacchetto. Un periodo approvato è bloccato: nessuna voce dei fondi, ora, spesa, formazione o movimento della rete datata in esso si può registrare finché la capofila non lo riapre.</source>
        <translation>A finished month or quarter is submitted to the capofila with the bundle. An approved period is locked: no fund entry, hour, expense, training or network change dated in it can be recorded until the capofila reopens it.</translation>
    </message>
    <message>
        <source>Nessun periodo sottomesso finora.</source>
        <translation>No period submitted yet.</translation>
    </message>
    <message>
        <source>Importa le decisioni della capofila</source>
        <translation>Import the capofila&apos;s decisions</translation>
    </message>
    <message numerus="yes">
        <source>File delle decisioni n. %1 applicato: %n periodi cambiati.</source>
        <translation>
            <numerusform>Decisions file no. %1 applied: %n period changed.</numerusform>
            <numerusform>Decisions file no. %1 applied: %n periods changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Bisogni e risorse per ambito</source>
        <translation>Needs and resources by area</translation>
    </message>
    <message>
        <source>Incontro dell&apos;équipe</source>
        <translation>Équipe meeting</translation>
    </message>
    <message>
        <source>Data della valutazione</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>&amp;Data della valutazione</source>
        <translation>&amp;Assessment date</translation>
    </message>
    <message>
        <source>Nota generale (facoltativa)</source>
        <translation>General note (optional)</translation>
    </message>
    <message>
        <source>Nota generale</source>
        <translation>General note</translation>
    </message>
    <message>
        <source>N&amp;ota generale</source>
        <translation>General &amp;note</translation>
    </message>
    <message>
        <source>Équipe presente</source>
        <translation>Équipe present</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Salva la valuta&amp;zione</source>
        <translation>Save the assess&amp;ment</translation>
    </message>
    <message>
        <source>Da completare o correggere: %1 (in rosso accanto ai campi).</source>
        <translation>To complete or correct: %1 (in red next to the fields).</translation>
    </message>
    <message>
        <source>Salvataggio…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Strumento</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Presenti</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>versione %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>AssessmentReviewPanel</name>
    <message>
        <source>Nessuna valutazione registrata. «Nuova valutazione» apre lo strumento dell&apos;équipe: dopo la seconda valutazione qui si vede che cosa è cambiato.</source>
        <translation>No assessment recorded. ‘New assessment’ opens the équipe&apos;s instrument: after the second assessment, this shows what has changed.</translation>
    </message>
    <message>
        <source>Suggerimenti per l&apos;équipe (non sono decisioni)</source>
        <translation>Suggestions for the équipe (not decisions)</translation>
    </message>
    <message>
        <source>Che cosa è cambiato, ambito per ambito</source>
        <translation>What has changed, area by area</translation>
    </message>
    <message>
        <source>Valutazione del %1 · %2</source>
        <translation>Assessment of %1 · %2</translation>
    </message>
    <message>
        <source>Équipe presente: %1</source>
        <translation>Équipe present: %1</translation>
    </message>
    <message>
        <source>Valutazione del %1</source>
        <translation>Assessment of %1</translation>
    </message>
    <message>
        <source>Proposte calcolate dalle risposte della valutazione, con le loro ragioni. Non decidono nulla: decide l&apos;équipe.</source>
        <translation>Proposals worked out from the answers of the assessment, with their reasons. They decide nothing: the équipe decides.</translation>
    </message>
    <message>
        <source>Percorso abitativo</source>
        <translation>Housing path</translation>
    </message>
    <message>
        <source>Servizi per il lavoro</source>
        <translation>Employment services</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Valutazioni registrate</source>
        <translation>Recorded assessments</translation>
    </message>
    <message>
        <source>&amp;Nuova valutazione</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>Valutazione registrata.</source>
        <translation>Assessment recorded.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Registro delle operazioni</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Voci del registro</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>&amp;Esporta CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Verifica catena</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Dal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Dal giorno</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>&amp;al</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Al giorno</source>
        <translation>To day</translation>
    </message>
    <message>
        <source>Filtra per utente</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Tutti gli utenti</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Codice del caso</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Filtra per codice del caso</source>
        <translation>Filter by case code</translation>
    </message>
    <message>
        <source>Filtra per tipo di operazione</source>
        <translation>Filter by kind of operation</translation>
    </message>
    <message>
        <source>Tutte le operazioni</source>
        <translation>All operations</translation>
    </message>
    <message>
        <source>Solo letture</source>
        <translation>Reads only</translation>
    </message>
    <message>
        <source>Solo modifiche</source>
        <translation>Changes only</translation>
    </message>
    <message numerus="yes">
        <source>%1 voci</source>
        <translation>
            <numerusform>%1 entry</numerusform>
            <numerusform>%1 entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Esporta il registro in CSV</source>
        <translation>Export the log as CSV</translation>
    </message>
    <message>
        <source>File CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1 voci salvate in %2</source>
        <translation>
            <numerusform>%1 entry saved to %2</numerusform>
            <numerusform>%1 entries saved to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifica della catena in corso…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message numerus="yes">
        <source>Catena integra: %1 voci verificate, nessuna alterata.</source>
        <translation>
            <numerusform>Chain intact: %1 entry verified, not altered.</numerusform>
            <numerusform>Chain intact: %1 entries verified, none altered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catena ALTERATA alla voce n. %1: quella voce o una precedente è stata modificata o cancellata fuori dall&apos;applicazione.</source>
        <translation>Chain ALTERED at entry no. %1: that entry or an earlier one was changed or deleted outside the application.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>chiave di recupero</source>
        <translation>recovery key</translation>
    </message>
    <message numerus="yes">
        <source>%1 e altri %n</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseConsentsTab</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Finalità</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dato il</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Raccolto come</source>
        <translation>Collected as</translation>
    </message>
    <message>
        <source>Registrato da</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Stato oggi</source>
        <translation>State today</translation>
    </message>
    <message>
        <source>Consensi della donna</source>
        <translation>The woman&apos;s consents</translation>
    </message>
    <message>
        <source>&amp;Registra consenso…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>Re&amp;voca…</source>
        <translation>With&amp;draw…</translation>
    </message>
    <message>
        <source>Ogni consenso ha una finalità, il giorno e il modo in cui è stato raccolto. Una revoca si aggiunge al registro: il consenso resta visibile, revocato.</source>
        <translation>Each consent has a purpose, the day and the way it was collected. A withdrawal is added to the register: the consent stays visible, withdrawn.</translation>
    </message>
    <message>
        <source>Lettura dei consensi…</source>
        <translation>Reading the consents…</translation>
    </message>
    <message>
        <source>Consensi in vigore oggi: %1 su %2 registrati.</source>
        <translation>Consents in force today: %1 of %2 recorded.</translation>
    </message>
    <message>
        <source>Nessun consenso registrato: registra quello alla presa in carico.</source>
        <translation>No consent recorded: record the one given when she was taken in charge.</translation>
    </message>
    <message>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Consenso registrato.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Revoca registrata.</source>
        <translation>Withdrawal recorded.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>&amp;Modifica</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Torna all&apos;elenco</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <source>Pa&amp;noramica</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Valutazione</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>&amp;Progetto</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Fondi</source>
        <translation>&amp;Funds</translation>
    </message>
    <message>
        <source>&amp;Consensi</source>
        <translation>&amp;Consents</translation>
    </message>
    <message>
        <source>&amp;Invii</source>
        <translation>&amp;Referrals</translation>
    </message>
    <message>
        <source>Scheda %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>fase: %1 · segnalata il %2</source>
        <translation>stage: %1 · referred on %2</translation>
    </message>
    <message>
        <source>Sola lettura: caso trasferito</source>
        <translation>Read-only: case transferred</translation>
    </message>
    <message>
        <source>Il caso è passato a un altro Ambito; qui resta com&apos;era al trasferimento.</source>
        <translation>The case has moved to another Ambito; here it stays as it was at the transfer.</translation>
    </message>
    <message>
        <source>Sola lettura: dati personali eliminati</source>
        <translation>Read-only: personal data erased</translation>
    </message>
    <message>
        <source>Restano il codice, le date e gli importi; la scheda non si modifica più.</source>
        <translation>The code, the dates and the amounts remain; the case can no longer be edited.</translation>
    </message>
    <message>
        <source>Sola lettura</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Premi «Modifica» per cambiare la scheda.</source>
        <translation>Press ‘Edit’ to change the case.</translation>
    </message>
</context>
<context>
    <name>CaseErasure</name>
    <message>
        <source>I dati sono stati eliminati, ma non è stato possibile controllare le copie di sicurezza fatte prima: da Archivio › Conservazione dei dati e casi da eliminare usa «Ripulisci le copie…».</source>
        <translation>The data have been erased, but the backups made before could not be checked: use “Clean up the copies…” in Database › Data retention and cases to erase.</translation>
    </message>
    <message>
        <source>Copie con dati eliminati</source>
        <translation>Copies with erased data</translation>
    </message>
    <message>
        <source>Nuova copia verificata: %1
Copie eliminate: %2.
Le copie su chiavette o altri dischi vanno cancellate a mano.</source>
        <translation>New verified backup: %1
Copies deleted: %2.
Copies on USB sticks or other disks must be deleted by hand.</translation>
    </message>
    <message>
        <source>Attenzione: il file -wal non è stato svuotato perché l&apos;archivio è aperto altrove: lo sarà alla prossima apertura.</source>
        <translation>Warning: the -wal file was not emptied because the database is open elsewhere: it will be at the next opening.</translation>
    </message>
    <message>
        <source>su richiesta dell&apos;interessata</source>
        <translation>at her request</translation>
    </message>
    <message>
        <source>per scadenza della conservazione</source>
        <translation>because the retention period expired</translation>
    </message>
    <message>
        <source>Dati personali eliminati il %1 %2: restano il codice, le date e gli importi.</source>
        <translation>Personal data erased on %1 %2: the code, the dates and the amounts remain.</translation>
    </message>
</context>
<context>
    <name>CaseErasureButton</name>
    <message>
        <source>Elimina i dati &amp;personali…</source>
        <translation>Erase &amp;personal data…</translation>
    </message>
    <message>
        <source>Elimina i dati personali</source>
        <translation>Erase personal data</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Annulla le modifiche</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Salva la scheda (Ctrl+S)</source>
        <translation>Save the case (Ctrl+S)</translation>
    </message>
    <message>
        <source>Copiato: gli appunti si svuotano tra 10 secondi.</source>
        <translation>Copied: the clipboard will be cleared in 10 seconds.</translation>
    </message>
    <message>
        <source>Salvataggio…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Scheda %1 registrata.</source>
        <translation>Case %1 recorded.</translation>
    </message>
    <message>
        <source>Modifiche alla scheda %1 salvate.</source>
        <translation>Changes to case %1 saved.</translation>
    </message>
    <message>
        <source>1 avviso da ricontrollare (in giallo accanto al campo).</source>
        <translation>1 warning to review (in yellow next to the field).</translation>
    </message>
    <message>
        <source>%1 avvisi da ricontrollare (in giallo accanto ai campi).</source>
        <translation>%1 warnings to review (in yellow next to the fields).</translation>
    </message>
</context>
<context>
    <name>CaseFormSections</name>
    <message>
        <source>Segnalazione</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>&amp;Data della segnalazione</source>
        <translation>Referral da&amp;te</translation>
    </message>
    <message>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Centro antiviolenza</source>
        <translation>Anti-violence &amp;centre</translation>
    </message>
    <message>
        <source>Segnalata &amp;insieme ai servizi sociali</source>
        <translation>Referred &amp;jointly with social services</translation>
    </message>
    <message>
        <source>— non indicato —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <source>&amp;Chi l&apos;ha indirizzata</source>
        <translation>Sent to the CAV &amp;by</translation>
    </message>
    <message>
        <source>&amp;Motivi del contatto</source>
        <translation>Reasons for c&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Linee richieste</source>
        <translation>Lines re&amp;quested</translation>
    </message>
    <message>
        <source>La donna</source>
        <translation>The woman</translation>
    </message>
    <message>
        <source>&amp;Nome</source>
        <translation>First &amp;name</translation>
    </message>
    <message>
        <source>C&amp;ognome</source>
        <translation>S&amp;urname</translation>
    </message>
    <message>
        <source>Copia il codice fiscale</source>
        <translation>Copy the codice fiscale</translation>
    </message>
    <message>
        <source>Codice &amp;fiscale</source>
        <translation>Codice &amp;fiscale (tax code)</translation>
    </message>
    <message>
        <source>ricavata dal codice fiscale</source>
        <translation>taken from the codice fiscale</translation>
    </message>
    <message>
        <source>Data di &amp;nascita</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>Ci&amp;ttadinanza</source>
        <translation>Ci&amp;tizenship</translation>
    </message>
    <message>
        <source>solo per cittadinanza straniera</source>
        <translation>only for foreign citizenship</translation>
    </message>
    <message>
        <source>&amp;Paese</source>
        <translation>Countr&amp;y</translation>
    </message>
    <message>
        <source>Stato ci&amp;vile</source>
        <translation>&amp;Marital status</translation>
    </message>
    <message>
        <source>Comune di &amp;residenza</source>
        <translation>Municipality of res&amp;idence</translation>
    </message>
    <message>
        <source>Copia il telefono</source>
        <translation>Copy the phone number</translation>
    </message>
    <message>
        <source>&amp;Telefono sicuro</source>
        <translation>Safe ph&amp;one</translation>
    </message>
    <message>
        <source>Indiri&amp;zzo sicuro</source>
        <translation>Safe &amp;address</translation>
    </message>
    <message>
        <source>si può &amp;chiamarla</source>
        <translation>safe to &amp;call her</translation>
    </message>
    <message>
        <source>si può scri&amp;verle</source>
        <translation>safe to &amp;write to her</translation>
    </message>
    <message>
        <source>Figli</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>i figli hanno &amp;assistito alla violenza</source>
        <translation>the children witnessed the &amp;violence</translation>
    </message>
    <message>
        <source>i figli hanno s&amp;ubito violenza</source>
        <translation>the children were sub&amp;jected to violence</translation>
    </message>
    <message>
        <source>Situazione</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Casa &amp;rifugio o struttura</source>
        <translation>Ref&amp;uge or shelter</translation>
    </message>
    <message>
        <source>Condizione &amp;lavorativa</source>
        <translation>Emplo&amp;yment status</translation>
    </message>
    <message>
        <source>ha firmato la &amp;DID (dichiarazione di immediata disponibilità)</source>
        <translation>has si&amp;gned the DID (declaration of immediate availability)</translation>
    </message>
    <message>
        <source>Fascia di r&amp;eddito</source>
        <translation>&amp;Income band</translation>
    </message>
    <message>
        <source>Situazione &amp;abitativa</source>
        <translation>H&amp;ousing situation</translation>
    </message>
    <message>
        <source>Violenza</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>&amp;Tipi di violenza</source>
        <translation>T&amp;ypes of violence</translation>
    </message>
    <message>
        <source>&amp;Relazione con l&apos;autore</source>
        <translation>Rel&amp;ationship to the perpetrator</translation>
    </message>
    <message>
        <source>De&amp;nuncia</source>
        <translation>Police co&amp;mplaint</translation>
    </message>
    <message>
        <source>Consenso e percorso</source>
        <translation>Consent and path</translation>
    </message>
    <message>
        <source>Data del &amp;consenso</source>
        <translation>Date of co&amp;nsent</translation>
    </message>
    <message>
        <source>consente la condivisione &amp;pseudonimizzata con il capofila</source>
        <translation>consents to pse&amp;udonymised sharing with the capofila</translation>
    </message>
    <message>
        <source>Senza questo consenso la scheda non lascia mai questo computer.</source>
        <translation>Without this consent the case never leaves this computer.</translation>
    </message>
    <message>
        <source>&amp;Fase del percorso</source>
        <translation>Sta&amp;ge of the path</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Copia</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source> (gli appunti si svuotano dopo 10 secondi)</source>
        <translation> (the clipboard is cleared after 10 seconds)</translation>
    </message>
</context>
<context>
    <name>CaseFundsTab</name>
    <message>
        <source>Impegni e residui</source>
        <translation>Commitments and remaining amounts</translation>
    </message>
    <message>
        <source>Registra un&apos;&amp;erogazione sull&apos;impegno…</source>
        <translation>Record a &amp;payment on the commitment…</translation>
    </message>
    <message>
        <source>Impegni: impegnato, erogato, residuo</source>
        <translation>Commitments: committed, paid, remaining</translation>
    </message>
    <message>
        <source>Gli impegni nascono dalla validazione del progetto (scheda Progetto).</source>
        <translation>Commitments arise when the project is validated (Project tab).</translation>
    </message>
    <message>
        <source>Voci del registro</source>
        <translation>Ledger entries</translation>
    </message>
    <message>
        <source>Lettura del registro…</source>
        <translation>Reading the ledger…</translation>
    </message>
    <message>
        <source>Nessun impegno: il progetto non è ancora validato o non chiede fondi.</source>
        <translation>No commitments: the project is not validated yet or asks for no funds.</translation>
    </message>
    <message>
        <source>%1: impegnati %2, erogati %3, residuo %4</source>
        <translation>%1: committed %2, paid %3, remaining %4</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Segnalata il</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>CAV</source>
        <translation>CAV</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Linee</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>lavoro</source>
        <translation>work</translation>
    </message>
    <message>
        <source>casa</source>
        <translation>housing</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>&amp;Tabelle O.R.A./ISTAT…</source>
        <translation>&amp;O.R.A./ISTAT tables…</translation>
    </message>
    <message>
        <source>Cerca per nome, cognome, codice fiscale o codice</source>
        <translation>Search by name, surname, codice fiscale or case code</translation>
    </message>
    <message>
        <source>Cerca casi</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Tutte le fasi</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Filtra per fase</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>Tutte le linee</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Filtra per linea</source>
        <translation>Filter by line</translation>
    </message>
    <message>
        <source>Tutti i CAV</source>
        <translation>All CAVs</translation>
    </message>
    <message>
        <source>Filtra per CAV</source>
        <translation>Filter by CAV</translation>
    </message>
    <message>
        <source>Modalità riservata: iniziali al posto dei nomi, codice fiscale e testo cercato nascosti (%1 per mostrarli). La ricerca usa comunque i dati completi.</source>
        <translation>Privacy mode: initials instead of names, codice fiscale and search text hidden (%1 to show them). Search still uses the full data.</translation>
    </message>
    <message>
        <source>Elenco dei casi</source>
        <translation>List of cases</translation>
    </message>
    <message numerus="yes">
        <source>%1 casi</source>
        <translation>
            <numerusform>%1 case</numerusform>
            <numerusform>%1 cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Mostra</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Nessun evento registrato per questo caso.</source>
        <translation>No events recorded for this case.</translation>
    </message>
    <message>
        <source>Invii ai servizi e il loro stato</source>
        <translation>Referrals to services and their status</translation>
    </message>
    <message>
        <source>&amp;Mostra</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Invio n. %1 a %2: %3</source>
        <translation>Referral no. %1 to %2: %3</translation>
    </message>
    <message>
        <source>Invii ai servizi:</source>
        <translation>Referrals to services:</translation>
    </message>
    <message>
        <source>tutti gli eventi</source>
        <translation>all events</translation>
    </message>
    <message>
        <source>chiave di recupero</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <source>Registrato il %1 da %2</source>
        <translation>Recorded on %1 by %2</translation>
    </message>
    <message>
        <source>Data della fase del percorso indicata nella scheda</source>
        <translation>Date of the path stage entered on the case</translation>
    </message>
</context>
<context>
    <name>CaseReferralsTab</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Inviata il</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Inviata da</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Motivo del rifiuto</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Consenso n.</source>
        <translation>Consent no.</translation>
    </message>
    <message>
        <source>Invii della donna ai servizi</source>
        <translation>Her referrals to services</translation>
    </message>
    <message>
        <source>&amp;Registra invio…</source>
        <translation>&amp;Register referral…</translation>
    </message>
    <message>
        <source>Cambia s&amp;tato…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Ogni invio nomina il servizio e il consenso che lo copre. Lo stato va da inviata ad accolta o rifiutata (con il motivo), poi da accolta a conclusa.</source>
        <translation>Each referral names the service and the consent that covers it. Its status goes from sent to accepted or refused (with the reason), then from accepted to closed.</translation>
    </message>
    <message>
        <source>Lettura degli invii…</source>
        <translation>Reading the referrals…</translation>
    </message>
    <message>
        <source>Invii registrati: %1, in attesa di risposta: %2.</source>
        <translation>Referrals recorded: %1, awaiting an answer: %2.</translation>
    </message>
    <message>
        <source>Nessun invio registrato.</source>
        <translation>No referral recorded.</translation>
    </message>
    <message>
        <source>%1 il %2 (%3)</source>
        <translation>%1 on %2 (%3)</translation>
    </message>
    <message>
        <source>Invio registrato.</source>
        <translation>Referral recorded.</translation>
    </message>
    <message>
        <source>Stato dell&apos;invio registrato.</source>
        <translation>Referral status recorded.</translation>
    </message>
</context>
<context>
    <name>CaseTransferBox</name>
    <message>
        <source>Salva la &amp;chiave di ricezione…</source>
        <translation>Save the &amp;receiving key…</translation>
    </message>
    <message>
        <source>&amp;Registra la chiave di un Ambito…</source>
        <translation>&amp;Register an Ambito&apos;s key…</translation>
    </message>
    <message>
        <source>Ricevi un caso &amp;trasferito…</source>
        <translation>Receive a &amp;transferred case…</translation>
    </message>
    <message>
        <source>Quando una donna si trasferisce in un altro Ambito, il suo caso passa con un file firmato e cifrato che solo l&apos;Ambito che lo riceve può aprire (la capofila no). Prima i due Ambiti si scambiano una volta la chiave di ricezione e ne confrontano l&apos;impronta al telefono.</source>
        <translation>When a woman moves to another Ambito, her case goes with a signed, encrypted file that only the receiving Ambito can open (not the capofila). First the two Ambiti exchange their receiving keys once and compare the fingerprint over the phone.</translation>
    </message>
    <message>
        <source>Chiavi di ricezione registrate: %1</source>
        <translation>Receiving keys registered: %1</translation>
    </message>
    <message>
        <source>Salva la chiave di ricezione</source>
        <translation>Save the receiving key</translation>
    </message>
    <message>
        <source>Impronta da leggere all&apos;altro Ambito: %1</source>
        <translation>Fingerprint to read out to the other Ambito: %1</translation>
    </message>
    <message>
        <source>Chiave di ricezione di un Ambito</source>
        <translation>An Ambito&apos;s receiving key</translation>
    </message>
    <message>
        <source>Ricevi un caso trasferito</source>
        <translation>Receive a transferred case</translation>
    </message>
    <message>
        <source>Caso ricevuto</source>
        <translation>Case received</translation>
    </message>
    <message numerus="yes">
        <source>Attenzione: in questo archivio %n caso può essere la stessa donna (stesso codice fiscale, o stesso nome e data di nascita): %1. Controllalo: se è lei, lavorate su uno solo dei due casi.</source>
        <translation>
            <numerusform>Warning: in this database %n case may be the same woman (same codice fiscale, or same name and date of birth): %1. Check it: if it is her, work on only one of the two cases.</numerusform>
            <numerusform>Warning: in this database %n cases may be the same woman (same codice fiscale, or same name and date of birth): %1. Check them: if one is her, work on only one case.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caso ricevuto dall&apos;Ambito «%1» (lì %2): qui è il caso %3.</source>
        <translation>Case received from Ambito “%1” (there %2): here it is case %3.</translation>
    </message>
</context>
<context>
    <name>CaseTransferButton</name>
    <message>
        <source>T&amp;rasferisci a un altro Ambito…</source>
        <translation>T&amp;ransfer to another Ambito…</translation>
    </message>
    <message>
        <source>Trasferisci a un altro Ambito</source>
        <translation>Transfer to another Ambito</translation>
    </message>
    <message>
        <source>Salva o annulla prima le modifiche in corso su questo caso: il file porta solo ciò che è salvato, e dopo il trasferimento il caso qui non si modifica.</source>
        <translation>First save or cancel the changes in progress on this case: the file carries only what is saved, and after the transfer the case cannot be changed here.</translation>
    </message>
    <message>
        <source>File salvato in %1: consegnalo solo all&apos;Ambito «%2».</source>
        <translation>File saved in %1: deliver it only to Ambito “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n consensi legati a un ente di questo Ambito non sono stati trasferiti.</source>
        <translation>
            <numerusform>%n consent tied to a body of this Ambito was not transferred.</numerusform>
            <numerusform>%n consents tied to a body of this Ambito were not transferred.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Cambia password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password attuale</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Hai aperto l&apos;archivio con la chiave di recupero: scegli l&apos;utente e dalle una nuova password prima di continuare.</source>
        <translation>You opened the database with the recovery key: choose the user and give them a new password before you continue.</translation>
    </message>
    <message>
        <source>Password &amp;attuale</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>La nuova password vale da subito; le copie di sicurezza già fatte si aprono ancora con quella vecchia.</source>
        <translation>The new password works straight away; backups already made still open with the old one.</translation>
    </message>
    <message>
        <source>&amp;Utente</source>
        <translation>&amp;User</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <source>Nessun figlio inserito.</source>
        <translation>No children entered.</translation>
    </message>
    <message>
        <source>&amp;Aggiungi figlio/a</source>
        <translation>&amp;Add a child</translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Concl&amp;uso, con questi esiti</source>
        <translation>Compl&amp;eted, with these outcomes</translation>
    </message>
    <message>
        <source>&amp;Interrotto</source>
        <translation>&amp;Discontinued</translation>
    </message>
    <message>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Ho verificato: la chiusura è definitiva, poi il progetto non si modifica più</source>
        <translation>I have checked: closing is final, and afterwards the project can no longer be changed</translation>
    </message>
    <message>
        <source>Chiudi il p&amp;rogetto</source>
        <translation>Close the p&amp;roject</translation>
    </message>
    <message>
        <source>Chiusura del progetto</source>
        <translation>Project closure</translation>
    </message>
    <message>
        <source>&amp;Data di chiusura</source>
        <translation>Closure &amp;date</translation>
    </message>
    <message>
        <source>Esiti</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Tipo di co&amp;ntratto</source>
        <translation>Co&amp;ntract type</translation>
    </message>
    <message>
        <source>Motivo dell&apos;interru&amp;zione</source>
        <translation>Rea&amp;son for discontinuing</translation>
    </message>
    <message>
        <source>N&amp;ota</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Si chiude un progetto dopo averlo validato.</source>
        <translation>A project is closed after it has been validated.</translation>
    </message>
    <message>
        <source>Progetto chiuso: revisione %1.</source>
        <translation>Project closed: revision %1.</translation>
    </message>
    <message>
        <source>Chiude la revisione in vigore (%1), validata il %2.</source>
        <translation>Closes the revision in force (%1), validated on %2.</translation>
    </message>
    <message>
        <source>Indica la data di chiusura.</source>
        <translation>Enter the closure date.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Impegno della Provincia</source>
        <translation>Commitment of the Provincia</translation>
    </message>
    <message>
        <source>Un impegno del fondo gestito dalla Provincia</source>
        <translation>A commitment of the fund managed by the Provincia</translation>
    </message>
    <message>
        <source>prime 8 cifre dello pseudonimo</source>
        <translation>first 8 digits of the pseudonym</translation>
    </message>
    <message>
        <source>&amp;Ambito</source>
        <translation>&amp;Ambito</translation>
    </message>
    <message>
        <source>Come nella vista provinciale; vuoto per una donna senza consenso alla condivisione (la capofila la conosce solo nei totali).</source>
        <translation>As in the provincial view; empty for a woman without consent to sharing (the capofila knows her only in the totals).</translation>
    </message>
    <message>
        <source>&amp;Donna</source>
        <translation>&amp;Woman</translation>
    </message>
    <message>
        <source>&amp;Fondo</source>
        <translation>&amp;Fund</translation>
    </message>
    <message>
        <source>&amp;Intervento</source>
        <translation>&amp;Intervention</translation>
    </message>
    <message>
        <source>Da&amp;ta</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Importo (€)</source>
        <translation>&amp;Amount (€)</translation>
    </message>
    <message>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Registra l&apos;impegno</source>
        <translation>&amp;Record the commitment</translation>
    </message>
    <message>
        <source>Indica la data dell&apos;impegno.</source>
        <translation>Give the date of the commitment.</translation>
    </message>
    <message>
        <source>Indica l&apos;importo.</source>
        <translation>Give the amount.</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Impegno n.</source>
        <translation>Commitment no.</translation>
    </message>
    <message>
        <source>Fondo</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Impegnato</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Erogato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Residuo</source>
        <translation>Remaining</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Ambito</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Bisogno</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Risorse</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Andamento</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>prima valutazione</source>
        <translation>first assessment</translation>
    </message>
</context>
<context>
    <name>ConfirmationLabel</name>
    <message numerus="yes">
        <source>%n pagine inviate alla stampante.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Registra consenso</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Nuovo consenso della donna · caso %1</source>
        <translation>New consent of the woman · case %1</translation>
    </message>
    <message>
        <source>— nessun servizio —</source>
        <translation>— no service —</translation>
    </message>
    <message>
        <source>&amp;Finalità</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;Servizio (invio)</source>
        <translation>&amp;Service (referral)</translation>
    </message>
    <message>
        <source>&amp;Ente della rete</source>
        <translation>Network &amp;body</translation>
    </message>
    <message>
        <source>&amp;Dato il</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>&amp;Raccolto come</source>
        <translation>&amp;Collected as</translation>
    </message>
    <message>
        <source>&amp;Registra il consenso</source>
        <translation>&amp;Record the consent</translation>
    </message>
</context>
<context>
    <name>CopiesDialog</name>
    <message>
        <source>da eliminare a mano</source>
        <translation>to be deleted by hand</translation>
    </message>
    <message>
        <source>alla prossima copia</source>
        <translation>at the next copy</translation>
    </message>
    <message>
        <source>Copie di sicurezza</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Fai una copia ora</source>
        <translation>Make a copy now</translation>
    </message>
    <message>
        <source>Ripristina…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Elimina copia…</source>
        <translation>Delete copy…</translation>
    </message>
    <message>
        <source>Ogni copia scade: nessuna vive più di %1 giorni, tranne la più recente di ogni archivio (anche di uno sostituito da un ripristino), che resta finché non ne esiste una nuova. Le copie ordinarie tengono l&apos;ultima di ciascuno degli ultimi 7 giorni e delle ultime 4 settimane; quelle prese prima di un aggiornamento, di una rotazione della chiave o di una conversione di formato le ultime 2; gli archivi sostituiti da un ripristino, e le loro copie, gli ultimi 3. Le copie scadute vengono eliminate a ogni apertura e a ogni nuova copia.</source>
        <translation>Every copy expires: none lives more than %1 days, except the newest of each database (a database replaced by a restore too), which stays until a newer one exists. Routine copies keep the latest of each of the last 7 days and of the last 4 weeks; those taken before an upgrade, a key rotation or a format conversion the latest 2; databases replaced by a restore, and their copies, the latest 3. Expired copies are deleted at every opening and at every new copy.</translation>
    </message>
    <message>
        <source>Elimina copia</source>
        <translation>Delete copy</translation>
    </message>
    <message>
        <source>Eliminare per sempre la copia del %1 (%2)? I suoi file vengono cancellati e non si potrà più ripristinarla.</source>
        <translation>Delete the copy of %1 (%2) for good? Its files are deleted and it can no longer be restored.</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Presa il</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Scade entro il</source>
        <translation>Expires by</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>CopiesRestore</name>
    <message>
        <source>Utenti disattivate di nuovo: %1. Erano state disattivate dopo questa copia: la loro password non apre l&apos;archivio ripristinato.</source>
        <translation>Users disabled again: %1. They were disabled after this copy was taken: their password does not open the restored database.</translation>
    </message>
    <message>
        <source>Cancellazioni riapplicate: %1. I casi eliminati dopo questa copia restano senza dati personali.</source>
        <translation>Erasures applied again: %1. The cases erased after this copy stay without personal data.</translation>
    </message>
    <message>
        <source>Attenzione: non è stato possibile leggere l&apos;archivio di prima (chiavi mancanti o archivio danneggiato), quindi le cancellazioni fatte dopo la copia non sono state riapplicate. Se dopo la copia erano stati eliminati i dati personali di qualche caso, vanno eliminati di nuovo.</source>
        <translation>Warning: the previous database could not be read (keys missing or database damaged), so the erasures made after the copy were not applied again. If the personal data of any case were erased after the copy, they must be erased again.</translation>
    </message>
    <message>
        <source>Copia ripristinata</source>
        <translation>Copy restored</translation>
    </message>
    <message>
        <source>Copia ripristinata e verificata. L&apos;archivio di prima è stato spostato, intatto, in:
%1</source>
        <translation>Copy restored and verified. The previous database was moved, untouched, to:
%1</translation>
    </message>
</context>
<context>
    <name>CostsEditor</name>
    <message>
        <source>Voce</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Al mese €</source>
        <translation>Per month €</translation>
    </message>
    <message>
        <source>Importo €</source>
        <translation>Amount €</translation>
    </message>
    <message>
        <source>Costo</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Aggiungi costo mensile</source>
        <translation>Add monthly cost</translation>
    </message>
    <message>
        <source>Aggiungi spesa</source>
        <translation>Add expense</translation>
    </message>
    <message>
        <source>Nessun costo indicato.</source>
        <translation>No costs entered.</translation>
    </message>
</context>
<context>
    <name>CpiHoursDialog</name>
    <message>
        <source>Ore dei CPI</source>
        <translation>CPI hours</translation>
    </message>
    <message>
        <source>Ore del personale dei CPI (cofinanziamento della linea 1)</source>
        <translation>Hours of the CPI staff (co-financing of line 1)</translation>
    </message>
    <message>
        <source>per esempio: CPI di Crema</source>
        <translation>for example: CPI di Crema</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Scrivi la data come 15/03/2024; Canc per svuotare</source>
        <translation>Type the date as 15/03/2024; Delete to clear it</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO – dati fittizi</source>
        <translation>DEMO – fictitious data</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>password: %1</translation>
    </message>
</context>
<context>
    <name>DomainBox</name>
    <message>
        <source>Su che cosa si basa la valutazione (facoltativa)</source>
        <translation>What the assessment is based on (optional)</translation>
    </message>
    <message>
        <source>Bisogno</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Risorse</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <source>Bozze ripristinate: %1, non ancora salvate. Controllale e salvale.</source>
        <translation>Drafts restored: %1, not saved yet. Check them and save them.</translation>
    </message>
    <message>
        <source>Scarta le bozze</source>
        <translation>Discard the drafts</translation>
    </message>
    <message>
        <source>Bozza ripristinata: %1, non ancora salvata. Controllala e salvala.</source>
        <translation>Draft restored: %1, not saved yet. Check it and save it.</translation>
    </message>
    <message>
        <source>Scarta la bozza</source>
        <translation>Discard the draft</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possibile doppione</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Esiste già una scheda che potrebbe riguardare la stessa donna. Aprila per controllare, oppure conferma che si tratta di un&apos;altra persona.</source>
        <translation>There is already a case that may concern the same woman. Open it to check, or confirm that this is a different person.</translation>
    </message>
    <message>
        <source>Schede simili</source>
        <translation>Similar cases</translation>
    </message>
    <message>
        <source>Esiste già una scheda con lo stesso codice fiscale e il suo percorso è aperto: la segnalazione riguarda la stessa donna. Apri la scheda esistente, oppure torna al modulo per correggere il codice fiscale se è sbagliato.</source>
        <translation>There is already a case with the same codice fiscale and its path is open: the referral concerns the same woman. Open the existing case, or go back to the form to correct the codice fiscale if it is wrong.</translation>
    </message>
    <message>
        <source>Un&apos;altra scheda con lo stesso codice fiscale ha il percorso aperto; questa ha il percorso chiuso: sono due percorsi della stessa donna. Apri l&apos;altra scheda per controllare, oppure salva questa.</source>
        <translation>Another record with the same codice fiscale has an open path; this one&apos;s path is closed: they are two paths of the same woman. Open the other record to check, or save this one.</translation>
    </message>
    <message>
        <source>Esiste già una scheda con lo stesso codice fiscale, con il percorso chiuso. Aprila per controllare, oppure apri un nuovo percorso se la donna è tornata.</source>
        <translation>There is already a case with the same codice fiscale, with its path closed. Open it to check, or open a new path if the woman has come back.</translation>
    </message>
    <message>
        <source>&amp;Apri la scheda esistente</source>
        <translation>&amp;Open the existing case</translation>
    </message>
    <message>
        <source>Sono due suoi percorsi: &amp;salva</source>
        <translation>Both are her paths: &amp;save</translation>
    </message>
    <message>
        <source>È tornata: salva un &amp;nuovo percorso</source>
        <translation>She has come back: save a &amp;new path</translation>
    </message>
    <message>
        <source>È un&apos;altra persona, &amp;salva comunque</source>
        <translation>It is a different person, &amp;save anyway</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Torna al modulo</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>EditorRow</name>
    <message>
        <source>Rimuovi la riga</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>%1 n. %2 – %3</source>
        <translation>%1 no. %2 – %3</translation>
    </message>
    <message>
        <source>Rimuovi %1 n. %2</source>
        <translation>Remove %1 no. %2</translation>
    </message>
</context>
<context>
    <name>EntriesDialog</name>
    <message>
        <source>Voci del registro</source>
        <translation>Ledger entries</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <source>Voci del registro dei fondi</source>
        <translation>Fund ledger entries</translation>
    </message>
    <message>
        <source>Registra &amp;erogazione…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>S&amp;torna…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>Sola lettura: solo la coordinatrice registra erogazioni e storni.</source>
        <translation>Read-only: only the coordinator records payments and reversals.</translation>
    </message>
    <message>
        <source>Lettura del registro…</source>
        <translation>Reading the ledger…</translation>
    </message>
    <message>
        <source>Nessuna voce.</source>
        <translation>No entries.</translation>
    </message>
    <message numerus="yes">
        <source>%n voci</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Voce n. %1 · %2 · caso %3 · %4 · %5 del %6</source>
        <translation>Entry no. %1 · %2 · case %3 · %4 · %5 on %6</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Elimina i dati personali</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Eliminare i dati personali del caso %1?</source>
        <translation>Erase the personal data of case %1?</translation>
    </message>
    <message>
        <source>Scadenza del periodo di conservazione</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>Richiesta dell&apos;interessata (art. 17 GDPR)</source>
        <translation>Her own request (GDPR art. 17)</translation>
    </message>
    <message>
        <source>Nome, codice fiscale, nascita, recapiti, figli, valutazioni e progetto vengono cancellati subito e non si recuperano. Restano il codice del caso, le date delle fasi e gli importi nel registro dei fondi.</source>
        <translation>Name, codice fiscale, birth, contacts, children, assessments and project are erased at once and cannot be recovered. The case code, the stage dates and the amounts in the fund ledger remain.</translation>
    </message>
    <message>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Riscrivi il codice del caso</source>
        <translation>&amp;Type the case code again</translation>
    </message>
    <message>
        <source>&amp;Elimina i dati personali</source>
        <translation>&amp;Erase personal data</translation>
    </message>
    <message>
        <source>Il percorso non è chiuso: si elimina solo su richiesta dell&apos;interessata.</source>
        <translation>The path is not closed: it can be erased only at her request.</translation>
    </message>
    <message>
        <source>Percorso chiuso il %1; si conserva fino al %2.</source>
        <translation>Path closed on %1; kept until %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n copie di sicurezza fatte prima contengono ancora i dati eliminati. Fare ora una nuova copia verificata ed eliminare quelle precedenti?</source>
        <translation>
            <numerusform>%n backup made earlier still contains the erased data. Make a new verified backup now and delete the earlier one?</numerusform>
            <numerusform>%n backups made earlier still contain the erased data. Make a new verified backup now and delete the earlier ones?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureListDialog</name>
    <message>
        <source>Conservazione dei dati</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <source> anni</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Anni di conservazione</source>
        <translation>Years of retention</translation>
    </message>
    <message>
        <source>&amp;Salva il periodo</source>
        <translation>&amp;Save the period</translation>
    </message>
    <message>
        <source>Il periodo conta dalla chiusura del percorso (concluso o interrotto, con il progetto chiuso). Eliminando restano il codice del caso, le date delle fasi e gli importi nel registro dei fondi.</source>
        <translation>The period counts from the closing of the path (completed or dropped out, with the project closed). After erasure the case code, the stage dates and the amounts in the fund ledger remain.</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Chiuso il</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Eliminabile dal</source>
        <translation>Erasable from</translation>
    </message>
    <message>
        <source>&amp;Elimina i dati del caso selezionato…</source>
        <translation>&amp;Erase the data of the selected case…</translation>
    </message>
    <message>
        <source>&amp;Ripulisci le copie…</source>
        <translation>&amp;Clean up the copies…</translation>
    </message>
    <message>
        <source>&amp;Conserva i dati dei casi chiusi per</source>
        <translation>&amp;Keep the data of closed cases for</translation>
    </message>
    <message>
        <source>Casi chiusi da più di %1 anni: %2</source>
        <translation>Cases closed more than %1 years ago: %2</translation>
    </message>
    <message>
        <source>Copie di sicurezza che contengono ancora dati eliminati: %1</source>
        <translation>Backups that still contain erased data: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Rete</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Lettura dello stato della rete…</source>
        <translation>Reading the network status…</translation>
    </message>
    <message>
        <source>&amp;Importa pacchetti…</source>
        <translation>&amp;Import bundles…</translation>
    </message>
    <message>
        <source>I&amp;scrivi un Ambito…</source>
        <translation>E&amp;nrol an Ambito…</translation>
    </message>
    <message>
        <source>&amp;Registra la chiave di un Ambito…</source>
        <translation>&amp;Register an Ambito&apos;s key…</translation>
    </message>
    <message>
        <source>Per iscrivere un Ambito: 1. «Iscrivi un Ambito» scrive il file e mostra il codice monouso da dettare al telefono; 2. l&apos;Ambito accetta e ti legge l&apos;impronta della sua chiave; 3. «Registra la chiave» con il file che ti invia e l&apos;impronta.</source>
        <translation>To enrol an Ambito: 1. “Enrol an Ambito” writes the file and shows the one-time code to read out over the phone; 2. the Ambito accepts and reads you its key&apos;s fingerprint; 3. “Register the key” with the file it sends you and the fingerprint.</translation>
    </message>
    <message>
        <source>&amp;Quadro provinciale</source>
        <translation>&amp;Provincial overview</translation>
    </message>
    <message>
        <source>&amp;Chiavi e iscrizioni</source>
        <translation>&amp;Keys and enrolments</translation>
    </message>
    <message>
        <source>&amp;Approvazione dei periodi</source>
        <translation>&amp;Period approval</translation>
    </message>
    <message>
        <source>Archivio della capofila: unisce i pacchetti degli Ambiti.</source>
        <translation>The capofila&apos;s database: it merges the Ambiti&apos;s bundles.</translation>
    </message>
    <message>
        <source>Accetta l&apos;iscrizione della Re&amp;gione…</source>
        <translation>Accept the Re&amp;gion&apos;s enrolment…</translation>
    </message>
    <message>
        <source>Iscrizione e &amp;pacchetto</source>
        <translation>Enrolment and &amp;bundle</translation>
    </message>
    <message>
        <source>&amp;Formazione e rete</source>
        <translation>&amp;Training and network</translation>
    </message>
    <message>
        <source>Casi &amp;trasferiti</source>
        <translation>&amp;Transferred cases</translation>
    </message>
    <message>
        <source>Regione</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Capofila</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Ambito %1</source>
        <translation>Ambito %1</translation>
    </message>
    <message>
        <source>Salva la chiave pubblica</source>
        <translation>Save the public key</translation>
    </message>
    <message>
        <source>Chiave pubblica salvata in %1</source>
        <translation>Public key saved to %1</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Spesa di un&apos;azione</source>
        <translation>Expense for an action</translation>
    </message>
    <message>
        <source>Una spesa della quota regionale (A) fuori dai progetti</source>
        <translation>An expense from the regional share (A) outside the projects</translation>
    </message>
    <message>
        <source>per esempio: l&apos;ente di formazione</source>
        <translation>for example: the training provider</translation>
    </message>
    <message>
        <source>fattura, ricevuta o n. di mandato</source>
        <translation>invoice, receipt or payment order no.</translation>
    </message>
    <message>
        <source>&amp;Azione</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Importo (€)</source>
        <translation>Amou&amp;nt (€)</translation>
    </message>
    <message>
        <source>&amp;Beneficiario</source>
        <translation>&amp;Payee</translation>
    </message>
    <message>
        <source>Docu&amp;mento</source>
        <translation>Docu&amp;ment</translation>
    </message>
    <message>
        <source>D&amp;escrizione</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>&amp;Registra la spesa</source>
        <translation>&amp;Record the expense</translation>
    </message>
    <message>
        <source>Indica la data della spesa.</source>
        <translation>Enter the date of the expense.</translation>
    </message>
    <message>
        <source>Indica l&apos;importo.</source>
        <translation>Enter the amount.</translation>
    </message>
</context>
<context>
    <name>ExpensesModel</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Beneficiario</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <source>Spese delle azioni</source>
        <translation>Action expenses</translation>
    </message>
    <message>
        <source>&amp;Aggiungi spesa…</source>
        <translation>&amp;Add expense…</translation>
    </message>
    <message>
        <source>Totale delle spese: %1</source>
        <translation>Total expenses: %1</translation>
    </message>
    <message>
        <source>Spesa n. %1 · azione %2 · %3 del %4 · %5</source>
        <translation>Expense no. %1 · action %2 · %3 on %4 · %5</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Esporta il pacchetto per la capofila</source>
        <translation>Export the bundle for the capofila</translation>
    </message>
    <message>
        <source>Il pacchetto contiene lo stato dell&apos;Ambito con pseudonimi: nessun nome, codice fiscale, indirizzo, telefono, data di nascita o testo libero. È firmato da questo archivio e solo la capofila può aprirlo.</source>
        <translation>The bundle holds the Ambito&apos;s state with pseudonyms: no name, codice fiscale, address, phone number, date of birth or free text. It is signed by this database and only the capofila can open it.</translation>
    </message>
    <message>
        <source>&amp;Salva il pacchetto in</source>
        <translation>&amp;Save the bundle to</translation>
    </message>
    <message>
        <source>es. 03/2026 o T1/2026; vuoto: nessuno</source>
        <translation>e.g. 03/2026 or T1/2026 (quarter 1); empty: none</translation>
    </message>
    <message>
        <source>Sottometti i &amp;periodi</source>
        <translation>Submit &amp;periods</translation>
    </message>
    <message>
        <source>&amp;Esporta</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Scegli dove salvare il pacchetto.</source>
        <translation>Choose where to save the bundle.</translation>
    </message>
    <message>
        <source>Preparazione, firma e cifratura del pacchetto…</source>
        <translation>Preparing, signing and encrypting the bundle…</translation>
    </message>
    <message>
        <source>Pacchetto n. %1 scritto in %2 (%3 kB). Invialo alla capofila.</source>
        <translation>Bundle no. %1 written to %2 (%3 kB). Send it to the capofila.</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Scegli…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Apri</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Primo avvio – nuovo archivio cifrato</source>
        <translation>First start – new encrypted database</translation>
    </message>
    <message>
        <source>&amp;Indietro</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Avanti</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Ente a cui appartiene l&apos;archivio</source>
        <translation>Organisation the database belongs to</translation>
    </message>
    <message>
        <source>Nome dell&apos;archivio</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>es. Équipe Ambito Cremonese</source>
        <translation>e.g. Équipe Ambito Cremonese</translation>
    </message>
    <message>
        <source>&amp;Ente</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Nome dell&apos;archivio</source>
        <translation>&amp;Database name</translation>
    </message>
    <message>
        <source>Benvenuta: creiamo l&apos;archivio cifrato</source>
        <translation>Welcome: let’s create the encrypted database</translation>
    </message>
    <message>
        <source>Tutti i dati restano cifrati su questo computer. Scegli a quale Ambito (o al capofila) appartiene l&apos;archivio e dagli un nome riconoscibile.</source>
        <translation>All the data stays encrypted on this computer. Choose which Ambito (or the capofila) the database belongs to, and give it a name you will recognise.</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>es. m.rossi</source>
        <translation>e.g. m.rossi</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&amp;Nome utente</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Nome e &amp;cognome</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>La coordinatrice dell&apos;archivio</source>
        <translation>The database coordinator</translation>
    </message>
    <message>
        <source>Scegli una password lunga: una frase di quattro o più parole non comuni è facile da ricordare e difficile da indovinare.</source>
        <translation>Choose a long password: a phrase of four or more uncommon words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Creazione dell&apos;archivio</source>
        <translation>Creating the database</translation>
    </message>
    <message>
        <source>Premi «Crea archivio»: ci vuole qualche secondo.</source>
        <translation>Press ‘Create database’: it takes a few seconds.</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>La chiave di recupero</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <source>Se tutte le password vanno perse, solo questa chiave riapre l&apos;archivio. Copiala ora su carta: nella prossima pagina ti chiederemo due gruppi.</source>
        <translation>If every password is lost, only this key can reopen the database. Copy it onto paper now: on the next page you will be asked for two of its groups.</translation>
    </message>
    <message>
        <source>Verifica della copia</source>
        <translation>Checking your copy</translation>
    </message>
    <message>
        <source>Scrivi i gruppi richiesti, come li hai copiati (senza trattini).</source>
        <translation>Type the groups asked for, as you copied them (without hyphens).</translation>
    </message>
    <message>
        <source>Mostra di nuovo la chiave</source>
        <translation>Show the key again</translation>
    </message>
    <message>
        <source>&amp;Salva il foglio di recupero (PDF)…</source>
        <translation>&amp;Save the recovery sheet (PDF)…</translation>
    </message>
    <message>
        <source>Ho copiato la chiave a mano e proseguo senza il foglio</source>
        <translation>I have copied the key by hand and will continue without the sheet</translation>
    </message>
    <message>
        <source>Il foglio di recupero</source>
        <translation>The recovery sheet</translation>
    </message>
    <message>
        <source>Salva il foglio, stampalo e conservalo in cassaforte, lontano dal computer. Dopo la stampa cancella il file PDF.</source>
        <translation>Save the sheet, print it and keep it in a safe, away from the computer. Once it is printed, delete the PDF file.</translation>
    </message>
    <message>
        <source>&amp;Crea archivio</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <source>&amp;Ho copiato la chiave</source>
        <translation>I have &amp;copied the key</translation>
    </message>
    <message>
        <source>&amp;Fine</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Gruppo %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Creazione in corso: cifratura e verifica…</source>
        <translation>Creating: encrypting and checking…</translation>
    </message>
    <message>
        <source>Salva il foglio di recupero</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Foglio salvato in %1. Stampalo, poi cancella il file.</source>
        <translation>Sheet saved to %1. Print it, then delete the file.</translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <source>&amp;Anagrafica</source>
        <translation>&amp;Personal details</translation>
    </message>
    <message>
        <source>S&amp;egnalazione</source>
        <translation>&amp;Referral</translation>
    </message>
</context>
<context>
    <name>FundBars</name>
    <message>
        <source>Fondi: stanziato, impegnato, erogato, disponibile</source>
        <translation>Funds: allocated, committed, paid, available</translation>
    </message>
    <message>
        <source>stanziato</source>
        <translation>allocated</translation>
    </message>
    <message>
        <source>impegnato</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>erogato</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>disponibile</source>
        <translation>available</translation>
    </message>
</context>
<context>
    <name>FundSettingsDialog</name>
    <message>
        <source>Impostazioni dei fondi</source>
        <translation>Fund settings</translation>
    </message>
    <message>
        <source>Quota dell&apos;Ambito e massimo per donna</source>
        <translation>The Ambito&apos;s share and maximum per woman</translation>
    </message>
    <message>
        <source>nessun massimo</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source>&amp;Fondo</source>
        <translation>&amp;Fund</translation>
    </message>
    <message>
        <source>Dotazione provinciale</source>
        <translation>Provincial budget</translation>
    </message>
    <message>
        <source>&amp;Stanziamento dell&apos;Ambito (€)</source>
        <translation>The Ambito&apos;s &amp;allocation (€)</translation>
    </message>
    <message>
        <source>&amp;Massimo per donna (€)</source>
        <translation>&amp;Maximum per woman (€)</translation>
    </message>
    <message>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ora: parti uguali tra gli Ambiti che condividono il fondo.</source>
        <translation>Currently: equal shares among the Ambiti sharing the fund.</translation>
    </message>
    <message>
        <source>Ora: quota fissata a mano.</source>
        <translation>Currently: share set by hand.</translation>
    </message>
    <message>
        <source>Ora: l&apos;intera dotazione (archivio della capofila).</source>
        <translation>Currently: the whole budget (capofila&apos;s database).</translation>
    </message>
    <message>
        <source>Gestito dalla Provincia per tutti gli Ambiti: non si ripartisce.</source>
        <translation>Managed by the Provincia for all the Ambiti: it is not split.</translation>
    </message>
    <message>
        <source>Fissato dal programma.</source>
        <translation>Set by the programme.</translation>
    </message>
    <message>
        <source>Il programma lo lascia agli atti regionali: vuoto = nessun massimo.</source>
        <translation>The programme leaves it to regional acts: empty = no maximum.</translation>
    </message>
    <message>
        <source>Indica lo stanziamento.</source>
        <translation>Enter the allocation.</translation>
    </message>
</context>
<context>
    <name>FundsView</name>
    <message>
        <source>Fondi dell&apos;Ambito</source>
        <translation>The Ambito&apos;s funds</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Impostazioni dei fondi…</source>
        <translation>Fund &amp;settings…</translation>
    </message>
    <message>
        <source>Avvisi</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>&amp;Quadro</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Azioni &amp;A e B</source>
        <translation>Actions &amp;A and B</translation>
    </message>
    <message>
        <source>Cro&amp;noprogramma</source>
        <translation>Sche&amp;dule</translation>
    </message>
    <message>
        <source>&amp;Ore di cofinanziamento</source>
        <translation>&amp;Co-financing hours</translation>
    </message>
    <message>
        <source>&amp;Spese delle azioni</source>
        <translation>Action &amp;expenses</translation>
    </message>
    <message>
        <source>&amp;Relazione</source>
        <translation>Narrati&amp;ve</translation>
    </message>
    <message>
        <source>Per fondo: stanziato, impegnato, erogato, disponibile</source>
        <translation>By fund: allocated, committed, paid, available</translation>
    </message>
    <message>
        <source>Erogazioni per mese</source>
        <translation>Payments by month</translation>
    </message>
    <message>
        <source>Clicca una cifra, una barra o un avviso per vedere le voci del registro.</source>
        <translation>Click a figure, a bar or a warning to see the ledger entries.</translation>
    </message>
    <message>
        <source>Azioni: previsto e effettivo</source>
        <translation>Actions: planned and actual</translation>
    </message>
    <message>
        <source>A impegnata e A spesa delle azioni pagate dai fondi vengono dal registro; la B effettiva è il valore delle ore registrate. Clicca una cifra per le sue voci.</source>
        <translation>Committed A and spent A for actions paid from the funds come from the ledger; actual B is the value of the recorded hours. Click a figure to see its entries.</translation>
    </message>
    <message>
        <source>Lettura dei fondi…</source>
        <translation>Reading the funds…</translation>
    </message>
    <message>
        <source>Apri le voci del registro</source>
        <translation>Open the ledger entries</translation>
    </message>
    <message>
        <source>Nessun avviso.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Aggiornato alle %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>%1: erogazioni e loro storni</source>
        <translation>%1: payments and their reversals</translation>
    </message>
    <message>
        <source>%1: impegni e loro storni</source>
        <translation>%1: commitments and their reversals</translation>
    </message>
    <message>
        <source>Erogazioni di %1</source>
        <translation>Payments in %1</translation>
    </message>
    <message>
        <source>Impegno n. %1 e le sue erogazioni</source>
        <translation>Commitment no. %1 and its payments</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Cronoprogramma delle azioni</source>
        <translation>Schedule of the actions</translation>
    </message>
    <message>
        <source>Da avviare</source>
        <translation>To start</translation>
    </message>
    <message>
        <source>Non avviata</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In corso</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>In ritardo</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Conclusa</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>gen</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>mag</source>
        <translation>May</translation>
    </message>
    <message>
        <source>giu</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>lug</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>ott</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dic</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>%1 %2 – mesi %3 (%4) – %5</source>
        <translation>%1 %2 – months %3 (%4) – %5</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Stato oggi</source>
        <translation>State today</translation>
    </message>
</context>
<context>
    <name>GanttPage</name>
    <message>
        <source>Il file del programma non ha una data di avvio: i mesi della scheda restano numeri e il cronoprogramma non si può collocare nel calendario.</source>
        <translation>The programme file has no start date: the card&apos;s months stay numbers and the schedule cannot be placed in the calendar.</translation>
    </message>
    <message>
        <source>Il programma inizia il %1 e termina il %2.</source>
        <translation>The programme starts on %1 and ends on %2.</translation>
    </message>
    <message>
        <source>Oggi è il mese %3 (%4), riquadrato in rosso; avvio %1, fine %2.</source>
        <translation>Today is month %3 (%4), framed in red; start %1, end %2.</translation>
    </message>
    <message>
        <source>Il programma, avviato il %1, è terminato il %2; oggi è il mese %3.</source>
        <translation>The programme, started on %1, ended on %2; today is month %3.</translation>
    </message>
    <message>
        <source>In grigio i mesi ombreggiati sulla scheda. Stato: «non avviata» se nulla è registrato sull&apos;azione alla fine del suo primo mese, «in ritardo» se i suoi mesi sono passati senza raggiungere il previsto (A e B), «conclusa» se l&apos;ha raggiunto.</source>
        <translation>In grey the months shaded on the card. State: «not started» if nothing is recorded on the action by the end of its first month, «late» if its months have passed without reaching the plan (A and B), «finished» if it reached it.</translation>
    </message>
    <message>
        <source>Il mese tratteggiato è oltre la durata del programma (%1 mesi): la scheda lo ombreggia comunque, ed è una sua incoerenza.</source>
        <translation>The hatched month is beyond the programme&apos;s length (%1 months): the card shades it anyway, one of its own inconsistencies.</translation>
    </message>
</context>
<context>
    <name>GroupsDisplay</name>
    <message>
        <source>Gruppi da leggere</source>
        <translation>Groups to read out</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Guida</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Argomenti della guida</source>
        <translation>Guide topics</translation>
    </message>
    <message>
        <source>&lt;p&gt;La guida non è installata con questo programma.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The user guide is not installed with this program.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Ore di cofinanziamento</source>
        <translation>Co-financing hours</translation>
    </message>
    <message>
        <source>Una riga del registro delle ore (cofinanziamento B)</source>
        <translation>One line of the hours log (co-financing B)</translation>
    </message>
    <message>
        <source>per esempio: assistente sociale</source>
        <translation>for example: social worker</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minuti</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Ente</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Persona o ruolo</source>
        <translation>&amp;Person or role</translation>
    </message>
    <message>
        <source>&amp;Azione</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Mese</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Ore</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>&amp;Costo orario (€)</source>
        <translation>Hourly &amp;cost (€)</translation>
    </message>
    <message>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Registra le ore</source>
        <translation>&amp;Record the hours</translation>
    </message>
    <message>
        <source>Valore: scrivi le ore e il costo orario</source>
        <translation>Value: enter the hours and the hourly cost</translation>
    </message>
    <message>
        <source>Valore: %1 × %2 = %3</source>
        <translation>Value: %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Indica il costo orario.</source>
        <translation>Enter the hourly cost.</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Persona o ruolo</source>
        <translation>Person or role</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Costo orario</source>
        <translation>Hourly cost</translation>
    </message>
    <message>
        <source>Valore</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Registro delle ore di cofinanziamento</source>
        <translation>Co-financing hours log</translation>
    </message>
    <message>
        <source>&amp;Aggiungi ore…</source>
        <translation>&amp;Add hours…</translation>
    </message>
    <message>
        <source>Valore delle ore registrate: %1</source>
        <translation>Value of the recorded hours: %1</translation>
    </message>
    <message>
        <source>Riga n. %1 · %2 · %3 · azione %4 · %5</source>
        <translation>Line no. %1 · %2 · %3 · action %4 · %5</translation>
    </message>
</context>
<context>
    <name>HousingSection</name>
    <message>
        <source>Percorso abitativo</source>
        <translation>Housing path</translation>
    </message>
    <message>
        <source>Nessun percorso abitativo</source>
        <translation>No housing path</translation>
    </message>
    <message>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>per esempio: supporto educativo</source>
        <translation>for example: educational support</translation>
    </message>
    <message>
        <source>Tipo di alloggio</source>
        <translation>Type of accommodation</translation>
    </message>
    <message>
        <source>Costi mensili coperti dal fondo</source>
        <translation>Monthly costs covered by the fund</translation>
    </message>
    <message>
        <source>Per &amp;quanti mesi</source>
        <translation>For how &amp;many months</translation>
    </message>
    <message>
        <source>Compartecipazione del comune di residenza €</source>
        <translation>Co-payment by the municipality of residence €</translation>
    </message>
    <message>
        <source>Che cosa copre il c&amp;omune</source>
        <translation>What the municipality c&amp;overs</translation>
    </message>
    <message>
        <source>A canone concordato (L. 431/1998, art. 2 c. 3)</source>
        <translation>At an agreed rent (L. 431/1998, art. 2 c. 3)</translation>
    </message>
    <message>
        <source>Spese di ingresso coperte dal fondo</source>
        <translation>Entry costs covered by the fund</translation>
    </message>
    <message>
        <source>Chi ha trovato la casa</source>
        <translation>Who found the home</translation>
    </message>
    <message>
        <source>— non ancora noto —</source>
        <translation>— not known yet —</translation>
    </message>
    <message>
        <source>facoltativa, mai un nome: es. cooperativa edilizia</source>
        <translation>optional, never a name: e.g. housing cooperative</translation>
    </message>
    <message>
        <source>&amp;Locatore (ruolo)</source>
        <translation>&amp;Landlord (role)</translation>
    </message>
    <message>
        <source>Nota sul locatore</source>
        <translation>Note on the landlord</translation>
    </message>
    <message>
        <source>Canone mensile €</source>
        <translation>Monthly rent €</translation>
    </message>
    <message>
        <source>Contratto dal</source>
        <translation>Lease from</translation>
    </message>
    <message>
        <source>Contratto al</source>
        <translation>Lease until</translation>
    </message>
    <message>
        <source>totale a carico del fondo: %1 (%2 al mese)</source>
        <translation>total paid by the fund: %1 (%2 a month)</translation>
    </message>
</context>
<context>
    <name>IdleWarningBar</name>
    <message numerus="yes">
        <source>L&apos;archivio si blocca tra %n secondi per inattività.</source>
        <translation>
            <numerusform>The database will lock in %n second because of inactivity.</numerusform>
            <numerusform>The database will lock in %n seconds because of inactivity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocco automatico imminente</source>
        <translation>Automatic lock imminent</translation>
    </message>
    <message>
        <source>Continua a lavorare</source>
        <translation>Keep working</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importa i pacchetti degli Ambiti</source>
        <translation>Import the Ambiti&apos;s bundles</translation>
    </message>
    <message>
        <source>Scegli i pacchetti ricevuti dagli Ambiti. Prima vedrai, per ciascuno, cosa cambierebbe nei totali provinciali (prova: nulla viene unito); poi potrai confermare l&apos;unione.</source>
        <translation>Choose the bundles received from the Ambiti. First you will see, for each one, what would change in the provincial totals (a dry run: nothing is merged); then you can confirm the merge.</translation>
    </message>
    <message>
        <source>&amp;Scegli i pacchetti…</source>
        <translation>&amp;Choose the bundles…</translation>
    </message>
    <message>
        <source>&amp;Unisci</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Pacchetti da importare</source>
        <translation>Bundles to import</translation>
    </message>
    <message>
        <source>Verifica dei pacchetti (firma, contenuto, numeri)…</source>
        <translation>Checking the bundles (signature, contents, figures)…</translation>
    </message>
    <message>
        <source>&amp;Unisci il pacchetto</source>
        <translation>&amp;Merge the bundle</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unisci %n pacchetti</source>
        <translation>
            <numerusform>&amp;Merge %n bundle</numerusform>
            <numerusform>&amp;Merge %n bundles</numerusform>
        </translation>
    </message>
    <message>
        <source>Prova: da unire %1, rifiutati %2, nulla è stato ancora unito.</source>
        <translation>Dry run: %1 to merge, %2 rejected; nothing has been merged yet.</translation>
    </message>
    <message>
        <source>Rifiutato: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Rifiutato.</source>
        <translation>Rejected.</translation>
    </message>
    <message>
        <source>Ambito «%1», pacchetto n. %2 del %3, firma verificata (chiave %4).</source>
        <translation>Ambito ‘%1’, bundle no. %2 of %3, signature verified (key %4).</translation>
    </message>
    <message>
        <source>Già importato: unirlo non cambierebbe nulla.</source>
        <translation>Already imported: merging it would change nothing.</translation>
    </message>
    <message>
        <source>ATTENZIONE: il registro delle attività dell&apos;Ambito è più corto dell&apos;ultima volta (ultima voce n. %1, nel pacchetto precedente n. %2): possibile ripristino da una copia o manomissione. Si può unire comunque; chiedi all&apos;Ambito che cosa è successo.</source>
        <translation>WARNING: the Ambito&apos;s activity log is shorter than last time (last entry no. %1, in the previous bundle no. %2): possibly restored from a backup, or tampered with. You can merge anyway; ask the Ambito what happened.</translation>
    </message>
    <message>
        <source>n. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Voce</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Prima (%1)</source>
        <translation>Before (%1)</translation>
    </message>
    <message>
        <source>Dopo</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Variazione</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Variazioni del pacchetto</source>
        <translation>Changes in the bundle</translation>
    </message>
    <message>
        <source>Schede</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>nuove %1, modificate %2, tolte %3, chiuse %4</source>
        <translation>new %1, changed %2, removed %3, closed %4</translation>
    </message>
    <message>
        <source>%1: impegnato</source>
        <translation>%1: committed</translation>
    </message>
    <message>
        <source>%1: erogato</source>
        <translation>%1: paid</translation>
    </message>
    <message>
        <source>Donne</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Donne della %1</source>
        <translation>Women in %1</translation>
    </message>
    <message>
        <source>Unisci i pacchetti</source>
        <translation>Merge the bundles</translation>
    </message>
    <message>
        <source>Unire %1? I totali provinciali useranno questi pacchetti al posto dei precedenti dello stesso Ambito.</source>
        <translation>Merge %1? The provincial totals will use these bundles instead of the earlier ones from the same Ambito.</translation>
    </message>
    <message>
        <source>Unione in corso…</source>
        <translation>Merging…</translation>
    </message>
</context>
<context>
    <name>InterventionsEditor</name>
    <message>
        <source>Intervento</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Erogato da</source>
        <translation>Provided by</translation>
    </message>
    <message>
        <source>Costo €</source>
        <translation>Cost €</translation>
    </message>
    <message>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aggiungi interve&amp;nto</source>
        <translation>Add interve&amp;ntion</translation>
    </message>
    <message>
        <source>Nessun intervento di politica attiva.</source>
        <translation>No active-policy interventions.</translation>
    </message>
</context>
<context>
    <name>IssueEnrolmentDialog</name>
    <message>
        <source>Iscrivi un Ambito alla rete</source>
        <translation>Enrol an Ambito in the network</translation>
    </message>
    <message>
        <source>Il file di iscrizione porta all&apos;Ambito le chiavi pubbliche della capofila e la chiave della rete, protetto da un codice monouso che detterai al telefono.</source>
        <translation>The enrolment file gives the Ambito the capofila&apos;s public keys and the network key, protected by a one-time code that you will read out over the phone.</translation>
    </message>
    <message>
        <source>&amp;Ambito</source>
        <translation>&amp;Ambito</translation>
    </message>
    <message>
        <source>&amp;Salva il file in</source>
        <translation>&amp;Save the file in</translation>
    </message>
    <message>
        <source>&amp;Emetti l&apos;iscrizione</source>
        <translation>&amp;Issue the enrolment</translation>
    </message>
    <message>
        <source>Scegli dove salvare il file di iscrizione.</source>
        <translation>Choose where to save the enrolment file.</translation>
    </message>
    <message>
        <source>Preparazione del file di iscrizione…</source>
        <translation>Preparing the enrolment file…</translation>
    </message>
    <message>
        <source>File scritto in %1. Invialo all&apos;Ambito «%2» (per posta elettronica o su chiavetta). Poi telefona alla coordinatrice e detta questo codice monouso, un gruppo alla volta:</source>
        <translation>File written to %1. Send it to Ambito ‘%2’ (by email or on a USB stick). Then phone the coordinator and read out this one-time code, one group at a time:</translation>
    </message>
    <message>
        <source>Non scrivere mai il codice nello stesso messaggio del file: chi avesse entrambi leggerebbe la chiave della rete. Il codice non verrà più mostrato.</source>
        <translation>Never put the code in the same message as the file: anyone who had both could read the network key. The code will not be shown again.</translation>
    </message>
</context>
<context>
    <name>IssueProvinceDialog</name>
    <message>
        <source>Iscrivi la capofila di una provincia</source>
        <translation>Enrol a province&apos;s capofila</translation>
    </message>
    <message>
        <source>Il file di iscrizione porta alla capofila le chiavi pubbliche della Regione, protetto da un codice monouso che detterai al telefono.</source>
        <translation>The enrolment file brings the capofila the Region&apos;s public keys, protected by a one-time code you will read out on the phone.</translation>
    </message>
    <message>
        <source>File scritto in %1. Invialo alla capofila della provincia di %2, poi telefona alla sua coordinatrice e detta questo codice monouso, un gruppo alla volta (mai nello stesso messaggio del file):</source>
        <translation>File written to %1. Send it to the capofila of the province of %2, then phone its coordinator and read out this one-time code, one group at a time (never in the same message as the file):</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Uscita dalla rete</source>
        <translation>Leaving the network</translation>
    </message>
    <message>
        <source>&amp;Uscita</source>
        <translation>&amp;Left on</translation>
    </message>
    <message>
        <source>La data si scrive una volta: per correggerla si storna la riga.</source>
        <translation>The date is entered only once: to correct it, reverse the row.</translation>
    </message>
    <message>
        <source>&amp;Registra l&apos;uscita</source>
        <translation>&amp;Record the leaving date</translation>
    </message>
    <message>
        <source>Indica la data di uscita.</source>
        <translation>Enter the date of leaving.</translation>
    </message>
</context>
<context>
    <name>LedgerEntriesModel</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Fondo</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Residuo</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Beneficiario</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Collegamento</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>storna la n. %1</source>
        <translation>reverses no. %1</translation>
    </message>
    <message>
        <source>sull&apos;impegno n. %1</source>
        <translation>on commitment no. %1</translation>
    </message>
    <message>
        <source>stornata dalla n. %1</source>
        <translation>reversed by no. %1</translation>
    </message>
</context>
<context>
    <name>LinkedInterventionCombo</name>
    <message>
        <source>— nessuno —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Archivio bloccato</source>
        <translation>Database locked</translation>
    </message>
    <message>
        <source>Archivio</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Sblocca</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Converti l&apos;archivio (prima una copia)</source>
        <translation>Convert the database (a copy first)</translation>
    </message>
    <message>
        <source>Password dimenticata? Usa la chiave di recupero</source>
        <translation>Forgotten your password? Use the recovery key</translation>
    </message>
    <message>
        <source>&amp;Utente</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Chiave di recupero</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>Torna alla password</source>
        <translation>Back to the password</translation>
    </message>
    <message>
        <source>Scrivi il tuo nome utente.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Apertura in corso…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rete antiviolenza – Provincia di Cremona</source>
        <translation>Anti-violence network – Province of Cremona</translation>
    </message>
    <message>
        <source>&amp;Archivio</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Copia di sicurezza</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>C&amp;opie di sicurezza…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Verifica archivio</source>
        <translation>&amp;Verify database</translation>
    </message>
    <message>
        <source>Registro delle &amp;operazioni…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>Cambia &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Utenti…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Ruota la chiave di cifratura…</source>
        <translation>&amp;Rotate the encryption key…</translation>
    </message>
    <message>
        <source>Conservazione dei &amp;dati e casi da eliminare…</source>
        <translation>&amp;Data retention and cases to erase…</translation>
    </message>
    <message>
        <source>&amp;Impostazioni…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Blocca</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Esci</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Fondi</source>
        <translation>&amp;Funds</translation>
    </message>
    <message>
        <source>&amp;Quadro dei fondi</source>
        <translation>Funds &amp;overview</translation>
    </message>
    <message>
        <source>&amp;Rete</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>&amp;Iscrizioni, pacchetti e quadro provinciale</source>
        <translation>&amp;Enrolments, bundles and provincial overview</translation>
    </message>
    <message>
        <source>A&amp;iuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guida</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Informazioni</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>chiave di recupero</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <source>Archivio: %1 · Ambito: %2 · Utente: %3 · Programma: d.g.r. 6947/2017</source>
        <translation>Database: %1 · Ambito: %2 · User: %3 · Programme: d.g.r. 6947/2017</translation>
    </message>
    <message>
        <source>Copia di sicurezza in corso…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Copia di sicurezza</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Copia creata e verificata:
%1</source>
        <translation>Backup created and verified:
%1</translation>
    </message>
    <message>
        <source>Verifica dell&apos;archivio in corso…</source>
        <translation>Verifying the database…</translation>
    </message>
    <message>
        <source>Ruota la chiave di cifratura</source>
        <translation>Rotate the encryption key</translation>
    </message>
    <message>
        <source>L&apos;archivio verrà cifrato con una chiave nuova (per esempio dopo lo smarrimento di un computer). Le password e il foglio di recupero continuano a valere; prima viene fatta una copia di sicurezza. Procedere?</source>
        <translation>The database will be encrypted with a new key (for example after a computer has been lost). The passwords and the recovery sheet stay valid; a backup is made first. Continue?</translation>
    </message>
    <message>
        <source>Rotazione della chiave in corso…</source>
        <translation>Rotating the key…</translation>
    </message>
    <message>
        <source>Chiave ruotata. Copia di sicurezza presa prima:
%1</source>
        <translation>Key rotated. Backup taken beforehand:
%1</translation>
    </message>
    <message>
        <source>Archivio integro: pagine, struttura e registro superano i controlli.</source>
        <translation>Database intact: pages, structure and audit log pass every check.</translation>
    </message>
    <message>
        <source>Verifica archivio</source>
        <translation>Verify database</translation>
    </message>
    <message>
        <source>Registro alterato alla voce n. %1.</source>
        <translation>Audit log altered at entry no. %1.</translation>
    </message>
    <message>
        <source>Conservazione dei dati</source>
        <translation>Data retention</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Membro della rete</source>
        <translation>Network member</translation>
    </message>
    <message>
        <source>Un&apos;organizzazione che entra nella rete territoriale</source>
        <translation>An organisation joining the local network</translation>
    </message>
    <message>
        <source>per esempio: Consultorio di Crema</source>
        <translation>for example: Consultorio di Crema</translation>
    </message>
    <message>
        <source>Solo organizzazioni, mai persone. Il nome resta in questo archivio: il pacchetto porta solo quante organizzazioni per tipo.</source>
        <translation>Organisations only, never people. The name stays in this database: the bundle carries only how many organisations of each type.</translation>
    </message>
    <message>
        <source>&amp;Organizzazione</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Tipo di ente</source>
        <translation>Organisation &amp;type</translation>
    </message>
    <message>
        <source>&amp;Adesione</source>
        <translation>&amp;Joined on</translation>
    </message>
    <message>
        <source>&amp;Aggiungi alla rete</source>
        <translation>&amp;Add to the network</translation>
    </message>
    <message>
        <source>Indica la data di adesione.</source>
        <translation>Enter the date of joining.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Persona presente</source>
        <translation>Person present</translation>
    </message>
    <message>
        <source>Aggiungi pe&amp;rsona</source>
        <translation>Add pe&amp;rson</translation>
    </message>
    <message>
        <source>Nessuna persona indicata.</source>
        <translation>No one entered.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Organizzazione</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tipo di ente</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Adesione</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Uscita</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Registro della rete</source>
        <translation>Network members log</translation>
    </message>
    <message>
        <source>Aggiungi un&apos;&amp;organizzazione…</source>
        <translation>Add an &amp;organisation…</translation>
    </message>
    <message>
        <source>Registra l&apos;&amp;uscita…</source>
        <translation>Record &amp;leaving…</translation>
    </message>
    <message>
        <source>Organizzazioni nella rete oggi: %1</source>
        <translation>Organisations in the network today: %1</translation>
    </message>
    <message>
        <source>Riga n. %1 · %2 · %3</source>
        <translation>Row no. %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>MoneyBox</name>
    <message>
        <source>Fondi: usato, massimo e residuo</source>
        <translation>Funds: used, maximum and remaining</translation>
    </message>
    <message>
        <source>usato %1 · massimo non fissato dal programma</source>
        <translation>used %1 · maximum not set by the programme</translation>
    </message>
    <message>
        <source>usato %1 di %2 · residuo %3</source>
        <translation>used %1 of %2 · remaining %3</translation>
    </message>
    <message>
        <source>oltre il massimo</source>
        <translation>over the maximum</translation>
    </message>
    <message>
        <source>fondo dell&apos;Ambito: restano %1 dopo questo progetto</source>
        <translation>the Ambito&apos;s fund: %1 left after this project</translation>
    </message>
    <message>
        <source>oltre lo stanziamento</source>
        <translation>over the allocation</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Importo in euro, per esempio 1.234,56</source>
        <translation>Amount in euros, for example 1.234,56</translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fonte</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stati aggiornati</source>
        <translation>Statuses updated</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <source>Aggiornamenti registrati</source>
        <translation>Recorded updates</translation>
    </message>
    <message>
        <source>Nuovo aggiornamento</source>
        <translation>New update</translation>
    </message>
    <message>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Fonte</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>N&amp;ota</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Stato degli interventi</source>
        <translation>Status of the interventions</translation>
    </message>
    <message>
        <source>&amp;Registra l&apos;aggiornamento</source>
        <translation>&amp;Record the update</translation>
    </message>
    <message>
        <source>Gli aggiornamenti si registrano dopo la validazione.</source>
        <translation>Updates are recorded after validation.</translation>
    </message>
    <message>
        <source>Il progetto è chiuso: non si registrano aggiornamenti.</source>
        <translation>The project is closed: no more updates are recorded.</translation>
    </message>
    <message>
        <source>Aggiornamenti sulla revisione in vigore (%1).</source>
        <translation>Updates on the revision in force (%1).</translation>
    </message>
    <message>
        <source>— invariato —</source>
        <translation>— unchanged —</translation>
    </message>
    <message>
        <source>%1 (ora: %2)</source>
        <translation>%1 (now: %2)</translation>
    </message>
    <message>
        <source>Indica la data dell&apos;aggiornamento.</source>
        <translation>Enter the date of the update.</translation>
    </message>
    <message>
        <source>Indica chi riferisce.</source>
        <translation>Enter who is reporting.</translation>
    </message>
    <message>
        <source>Aggiornamento registrato.</source>
        <translation>Update recorded.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Spesa per mese</source>
        <translation>Spending by month</translation>
    </message>
    <message>
        <source>Nessuna erogazione registrata.</source>
        <translation>No payments recorded.</translation>
    </message>
    <message>
        <source>%1: erogati %2</source>
        <translation>%1: %2 paid</translation>
    </message>
</context>
<context>
    <name>MunicipalityEdit</name>
    <message>
        <source>Scrivi le prime lettere e scegli dall&apos;elenco</source>
        <translation>Type the first letters and choose from the list</translation>
    </message>
    <message>
        <source>Elenco ISTAT dei comuni aggiornato al %1</source>
        <translation>ISTAT list of municipalities, updated on %1</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>&amp;Azione</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Relazione dell&apos;azione</source>
        <translation>Action narrative</translation>
    </message>
    <message>
        <source>Che cosa è stato fatto in questa azione, per la relazione al rendiconto.</source>
        <translation>What was done in this action, for the narrative that goes with the financial report.</translation>
    </message>
    <message>
        <source>&amp;Salva la relazione</source>
        <translation>&amp;Save the narrative</translation>
    </message>
    <message>
        <source>Il testo di ogni azione entra nel rendiconto finanziario (PDF e XLSX).</source>
        <translation>The text of each action goes into the financial report (PDF and XLSX).</translation>
    </message>
    <message>
        <source>Sola lettura: solo la coordinatrice scrive la relazione.</source>
        <translation>Read-only: only the coordinator writes the narrative.</translation>
    </message>
    <message>
        <source>%1 di %2 caratteri</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Relazione salvata.</source>
        <translation>Narrative saved.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ripeti la nuova password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Robustezza della password</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>&amp;Nuova password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>&amp;Ripeti password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Robustezza</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>molto debole</source>
        <translation>very weak</translation>
    </message>
    <message>
        <source>debole</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>discreta</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>buona</source>
        <translation>good</translation>
    </message>
    <message>
        <source>ottima</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>Usa una frase di più parole.</source>
        <translation>Use a phrase of several words.</translation>
    </message>
</context>
<context>
    <name>OutsideCopies</name>
    <message>
        <source>Copie su altri supporti da cancellare a mano:</source>
        <translation>Copies on other media to delete by hand:</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Cifratura della password in corso</source>
        <translation>Encrypting the password</translation>
    </message>
    <message>
        <source>Cifratura della password in corso…</source>
        <translation>Encrypting the password…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Registra un&apos;erogazione</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>Impegno n. %1 · caso %2 · %3</source>
        <translation>Commitment no. %1 · case %2 · %3</translation>
    </message>
    <message>
        <source>Impegnati %1 · già erogati %2 · residuo %3</source>
        <translation>Committed %1 · already paid %2 · remaining %3</translation>
    </message>
    <message>
        <source>la beneficiaria, un fornitore, il locatore</source>
        <translation>the beneficiary, a supplier, the landlord</translation>
    </message>
    <message>
        <source>Scrivi «la beneficiaria» invece del nome della donna, oppure il nome del fornitore o del locatore: il registro entra nei rendiconti.</source>
        <translation>Write ‘the beneficiary’ instead of the woman&apos;s name, or the name of the supplier or landlord: the ledger goes into the financial reports.</translation>
    </message>
    <message>
        <source>ricevuta, fattura o n. di mandato</source>
        <translation>receipt, invoice or payment order no.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Importo (€)</source>
        <translation>&amp;Amount (€)</translation>
    </message>
    <message>
        <source>&amp;Beneficiario</source>
        <translation>&amp;Payee</translation>
    </message>
    <message>
        <source>Docu&amp;mento</source>
        <translation>Docu&amp;ment</translation>
    </message>
    <message>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Per l&apos;intervento</source>
        <translation>&amp;For the intervention</translation>
    </message>
    <message>
        <source>&amp;Registra l&apos;erogazione</source>
        <translation>&amp;Record the payment</translation>
    </message>
    <message>
        <source>Indica la data dell&apos;erogazione.</source>
        <translation>Enter the date of the payment.</translation>
    </message>
    <message>
        <source>Indica l&apos;importo dell&apos;erogazione.</source>
        <translation>Enter the amount of the payment.</translation>
    </message>
</context>
<context>
    <name>PeriodApproval</name>
    <message>
        <source>sottomesso, in attesa</source>
        <translation>submitted, awaiting decision</translation>
    </message>
    <message>
        <source>APPROVATO: bloccato</source>
        <translation>APPROVED: locked</translation>
    </message>
    <message>
        <source>rinviato all&apos;Ambito</source>
        <translation>sent back to the Ambito</translation>
    </message>
    <message>
        <source>riaperto</source>
        <translation>reopened</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>&amp;Stampa</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Stampa i moduli</source>
        <translation>Print the forms</translation>
    </message>
    <message>
        <source>Scheda di segnalazione</source>
        <translation>Referral form</translation>
    </message>
    <message>
        <source>Progetto personalizzato</source>
        <translation>Progetto personalizzato (personalised project)</translation>
    </message>
    <message>
        <source>Scheda di segnalazione in bianco</source>
        <translation>Blank referral form</translation>
    </message>
    <message>
        <source>Progetto personalizzato in bianco</source>
        <translation>Blank Progetto personalizzato</translation>
    </message>
    <message>
        <source>Stampa…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Salva in PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Salva il modulo in PDF</source>
        <translation>Save the form as PDF</translation>
    </message>
    <message>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Stampa</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Modalità riservata: scheda nascosta</source>
        <translation>Privacy mode: case hidden</translation>
    </message>
    <message>
        <source>La scheda resta aperta com&apos;era, con le modifiche non salvate. Per mostrarla di nuovo premi %1 o il pulsante qui sotto.</source>
        <translation>The case stays open as it was, with its unsaved changes. To show it again press %1 or the button below.</translation>
    </message>
    <message>
        <source>Mo&amp;stra la scheda</source>
        <translation>&amp;Show the case</translation>
    </message>
</context>
<context>
    <name>PrivacyMode</name>
    <message>
        <source>Modalità &amp;riservata</source>
        <translation>&amp;Privacy mode</translation>
    </message>
    <message>
        <source>Iniziali al posto dei nomi, codice fiscale e testo cercato nascosti, scheda aperta coperta</source>
        <translation>Initials instead of names, codice fiscale and search text hidden, open case covered</translation>
    </message>
    <message>
        <source>&amp;Visualizza</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Modalità riservata</source>
        <translation>Privacy mode</translation>
    </message>
    <message>
        <source>Modalità riservata attiva</source>
        <translation>Privacy mode on</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Obiettivi, referente e linee</source>
        <translation>Goals, équipe contact and lines</translation>
    </message>
    <message>
        <source>Un obiettivo per riga</source>
        <translation>One goal per line</translation>
    </message>
    <message>
        <source>&amp;Obiettivi</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>&amp;Referente dell&apos;équipe</source>
        <translation>&amp;Équipe contact person</translation>
    </message>
    <message>
        <source>&amp;Linee coperte</source>
        <translation>&amp;Lines covered</translation>
    </message>
</context>
<context>
    <name>ProjectTab</name>
    <message>
        <source>Revisione 1 · nuova bozza</source>
        <translation>Revision 1 · new draft</translation>
    </message>
    <message>
        <source>Non ancora salvata.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Nessun progetto</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>Premi «Modifica il progetto» per scriverne la bozza.</source>
        <translation>Press ‘Edit the project’ to write its draft.</translation>
    </message>
    <message>
        <source>Revisione %1 · chiusa</source>
        <translation>Revision %1 · closed</translation>
    </message>
    <message>
        <source>Il progetto è concluso: resta in sola lettura.</source>
        <translation>The project is completed: it stays read-only.</translation>
    </message>
    <message>
        <source>Revisione %1 · nuova bozza</source>
        <translation>Revision %1 · new draft</translation>
    </message>
    <message>
        <source>La revisione %1 resta in vigore finché non validi questa.</source>
        <translation>Revision %1 stays in force until you validate this one.</translation>
    </message>
    <message>
        <source>Revisione %1 · validata il %2</source>
        <translation>Revision %1 · validated on %2</translation>
    </message>
    <message>
        <source>È bloccata: «Modifica il progetto» prepara la revisione %1.</source>
        <translation>It is locked: ‘Edit the project’ prepares revision %1.</translation>
    </message>
    <message>
        <source>Revisione %1 · bozza</source>
        <translation>Revision %1 · draft</translation>
    </message>
    <message>
        <source>«Salva bozza» la aggiorna; «Valida» la salva e la blocca.</source>
        <translation>‘Save draft’ updates it; ‘Validate’ saves it and locks it.</translation>
    </message>
    <message>
        <source>Non ancora validata.</source>
        <translation>Not validated yet.</translation>
    </message>
    <message>
        <source>&amp;Contenuto</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>Monitora&amp;ggio</source>
        <translation>Monitorin&amp;g</translation>
    </message>
    <message>
        <source>C&amp;hiusura</source>
        <translation>C&amp;losure</translation>
    </message>
    <message>
        <source>Mo&amp;difica il progetto</source>
        <translation>E&amp;dit the project</translation>
    </message>
    <message>
        <source>Annulla le modifiche</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Salva &amp;bozza</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Val&amp;ida…</source>
        <translation>Val&amp;idate…</translation>
    </message>
    <message>
        <source>Firma di %1 registrata.</source>
        <translation>Signature of %1 recorded.</translation>
    </message>
    <message>
        <source>Che cosa manca per validare</source>
        <translation>What is missing for validation</translation>
    </message>
    <message>
        <source>Validazione</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Data di validazione</source>
        <translation>Validation date</translation>
    </message>
    <message>
        <source>Con&amp;ferma la validazione</source>
        <translation>Con&amp;firm the validation</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Storico delle revisioni</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <source>Proposta dalla valutazione del %1: linee richieste, servizi e percorso abitativo suggeriti. Controlla, correggi e salva: finché non salvi non è registrato nulla.</source>
        <translation>Proposed from the assessment of %1: lines requested, suggested services and housing path. Check, correct and save: nothing is recorded until you save.</translation>
    </message>
    <message>
        <source>Correggi gli importi segnati in rosso.</source>
        <translation>Correct the amounts marked in red.</translation>
    </message>
    <message>
        <source>Bozza salvata: revisione %1.</source>
        <translation>Draft saved: revision %1.</translation>
    </message>
    <message>
        <source>Indica la data della validazione.</source>
        <translation>Enter the validation date.</translation>
    </message>
    <message>
        <source>Progetto validato il %1 (revisione %2): ora è bloccato.</source>
        <translation>Project validated on %1 (revision %2): it is now locked.</translation>
    </message>
    <message>
        <source>Progetto chiuso (revisione %1).</source>
        <translation>Project closed (revision %1).</translation>
    </message>
    <message>
        <source>Salva la bozza prima di firmare: si firma il testo salvato.</source>
        <translation>Save the draft before signing: the saved text is what is signed.</translation>
    </message>
    <message>
        <source>Se salvi un testo diverso, le firme date vanno ripetute.</source>
        <translation>If you save a different text, the signatures given must be repeated.</translation>
    </message>
    <message>
        <source>Revisione %1 approvata da:</source>
        <translation>Revision %1 approved by:</translation>
    </message>
    <message>
        <source>Validazione del progetto (revisione %1)</source>
        <translation>Project validation (revision %1)</translation>
    </message>
    <message>
        <source>Validazione della revisione %1</source>
        <translation>Validation of revision %1</translation>
    </message>
    <message>
        <source>Chiusura del progetto (revisione %1)</source>
        <translation>Project closure (revision %1)</translation>
    </message>
    <message>
        <source>Firme dell&apos;équipe</source>
        <translation>Équipe signatures</translation>
    </message>
    <message>
        <source>&amp;Firma…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Firma con la tua password</source>
        <translation>Sign with your password</translation>
    </message>
    <message>
        <source>%1: firme complete (%2 di %3).</source>
        <translation>%1: signatures complete (%2 of %3).</translation>
    </message>
    <message>
        <source>Nessuna firma finora.</source>
        <translation>No signatures yet.</translation>
    </message>
</context>
<context>
    <name>ProvincePeriodsView</name>
    <message>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Data (da)</source>
        <translation>Date (by)</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Periodi degli Ambiti</source>
        <translation>The Ambiti&apos;s periods</translation>
    </message>
    <message>
        <source>&amp;Approva…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Ri&amp;nvia all&apos;Ambito…</source>
        <translation>Se&amp;nd back to the Ambito…</translation>
    </message>
    <message>
        <source>Ria&amp;pri…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>I periodi che gli Ambiti sottomettono con i pacchetti. Ogni decisione scrive il file delle decisioni firmato da consegnare all&apos;Ambito, che lo importa: solo allora il periodo approvato è bloccato nel suo archivio.</source>
        <translation>The periods the Ambiti submit with their bundles. Each decision writes the signed decision file to hand to the Ambito, which imports it: only then is the approved period locked in its store.</translation>
    </message>
    <message>
        <source>Nessun Ambito ha ancora sottomesso un periodo.</source>
        <translation>No Ambito has submitted a period yet.</translation>
    </message>
    <message>
        <source>Seleziona nell&apos;elenco il periodo su cui decidere.</source>
        <translation>Select in the list the period to decide on.</translation>
    </message>
    <message>
        <source>Rinvia all&apos;Ambito</source>
        <translation>Send back to the Ambito</translation>
    </message>
    <message>
        <source>Motivo del rinvio (al massimo 200 caratteri):</source>
        <translation>Reason for sending back (at most 200 characters):</translation>
    </message>
    <message>
        <source>Salva il file delle decisioni</source>
        <translation>Save the decision file</translation>
    </message>
    <message>
        <source>Periodo %1 dell&apos;Ambito «%2»: %3. File delle decisioni scritto in %4.</source>
        <translation>Period %1 of the Ambito «%2»: %3. Decision file written to %4.</translation>
    </message>
</context>
<context>
    <name>ProvinceView</name>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Rendiconto provinciale &amp;PDF…</source>
        <translation>Provincial financial report &amp;PDF…</translation>
    </message>
    <message>
        <source>Rendiconto provinciale &amp;XLSX…</source>
        <translation>Provincial financial report &amp;XLSX…</translation>
    </message>
    <message>
        <source>Esporta per la &amp;Regione…</source>
        <translation>Export for the &amp;Region…</translation>
    </message>
    <message>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Pacchetto</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Creato il</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Età</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pacchetti degli Ambiti</source>
        <translation>Ambiti bundles</translation>
    </message>
    <message>
        <source>Linea</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Donne</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Obiettivo</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>A realizzato</source>
        <translation>A achieved</translation>
    </message>
    <message>
        <source>A previsto</source>
        <translation>A planned</translation>
    </message>
    <message>
        <source>B realizzato</source>
        <translation>B achieved</translation>
    </message>
    <message>
        <source>B previsto</source>
        <translation>B planned</translation>
    </message>
    <message>
        <source>Linee d&apos;azione e obiettivi</source>
        <translation>Action lines and targets</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Azioni rispetto alla scheda</source>
        <translation>Actions against the card</translation>
    </message>
    <message>
        <source>Fondo</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Stanziato</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Impegnato</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Erogato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Disponibile</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Fondi della provincia</source>
        <translation>Province funds</translation>
    </message>
    <message>
        <source>Linee d&apos;azione: donne e risorse</source>
        <translation>Action lines: women and resources</translation>
    </message>
    <message>
        <source>Azioni: A pagato, B valorizzato</source>
        <translation>Actions: A paid, B valued</translation>
    </message>
    <message>
        <source>La Provincia: fondo politiche attive e CPI</source>
        <translation>The Provincia: active-policies fund and CPI</translation>
    </message>
    <message>
        <source>Rete territoriale e formazione</source>
        <translation>Local network and training</translation>
    </message>
    <message>
        <source>Lettura dei totali provinciali…</source>
        <translation>Reading the provincial totals…</translation>
    </message>
    <message>
        <source>Totali provinciali al %1</source>
        <translation>Provincial totals as of %1</translation>
    </message>
    <message>
        <source>Donne: %1, contate una volta sola anche se seguite in più Ambiti (%2 senza consenso alla condivisione: solo nei totali).</source>
        <translation>Women: %1, counted only once even if followed in more than one Ambito (%2 without consent to sharing: in the totals only).</translation>
    </message>
    <message>
        <source>%1 (Provincia)</source>
        <translation>%1 (Provincia)</translation>
    </message>
    <message>
        <source>DA AGGIORNARE: nessun pacchetto ricevuto</source>
        <translation>TO UPDATE: no bundle received</translation>
    </message>
    <message>
        <source>%1 (nessun pacchetto)</source>
        <translation>%1 (no bundle)</translation>
    </message>
    <message numerus="yes">
        <source>%n giorni</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Salva il pacchetto per la Regione</source>
        <translation>Save the bundle for the Region</translation>
    </message>
    <message>
        <source>Pacchetti (*.avbundle)</source>
        <translation>Bundles (*.avbundle)</translation>
    </message>
    <message>
        <source>Esportazione del pacchetto per la Regione…</source>
        <translation>Exporting the bundle for the Region…</translation>
    </message>
    <message>
        <source>Pacchetto n. %1 per la Regione scritto in %2: solo totali.</source>
        <translation>Bundle no. %1 for the Region written to %2: totals only.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (pacchetto di %n giorni fa)</source>
        <translation>
            <numerusform>%1 (bundle from %n day ago)</numerusform>
            <numerusform>%1 (bundle from %n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>DA AGGIORNARE: pacchetto vecchio</source>
        <translation>TO UPDATE: old bundle</translation>
    </message>
    <message>
        <source>aggiornato</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source> · ATTENZIONE: registro delle attività più corto</source>
        <translation> · WARNING: shorter activity log</translation>
    </message>
    <message>
        <source>%1 (ultima voce n. %2, nel pacchetto precedente n. %3)</source>
        <translation>%1 (last entry no. %2, in the previous bundle no. %3)</translation>
    </message>
    <message>
        <source>n. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>Il registro delle attività dell&apos;Ambito è più corto dell&apos;ultima volta: possibile ripristino da una copia o manomissione. %1. Chiedi all&apos;Ambito che cosa è successo; i dati sono stati comunque uniti.</source>
        <translation>The Ambito&apos;s activity log is shorter than last time: possibly restored from a backup, or tampered with. %1. Ask the Ambito what happened; the data have been merged anyway.</translation>
    </message>
    <message>
        <source>Da aggiornare: %1. Chiedi a questi Ambiti un pacchetto nuovo.</source>
        <translation>To update: %1. Ask these Ambiti for a new bundle.</translation>
    </message>
    <message>
        <source>raggiunto</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>mancano %1</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Salva il rendiconto provinciale</source>
        <translation>Save the provincial financial report</translation>
    </message>
    <message>
        <source>Scrittura del rendiconto provinciale…</source>
        <translation>Writing the provincial financial report…</translation>
    </message>
    <message>
        <source>Rendiconto scritto: %1</source>
        <translation>Financial report written: %1</translation>
    </message>
</context>
<context>
    <name>ProvinciaFigures</name>
    <message>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Impegnato dalla Provincia</source>
        <translation>Committed by the Provincia</translation>
    </message>
    <message>
        <source>Pagato dalla Provincia</source>
        <translation>Paid by the Provincia</translation>
    </message>
    <message>
        <source>Nei progetti dell&apos;Ambito</source>
        <translation>In the Ambito&apos;s projects</translation>
    </message>
    <message>
        <source>Fondo della Provincia per Ambito</source>
        <translation>The Provincia&apos;s fund by Ambito</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Sede CPI</source>
        <translation>CPI office</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Valore (B)</source>
        <translation>Value (B)</translation>
    </message>
    <message>
        <source>Ore del personale dei CPI</source>
        <translation>Hours of the CPI staff</translation>
    </message>
    <message>
        <source>&amp;Impegno della Provincia…</source>
        <translation>Provincia &amp;commitment…</translation>
    </message>
    <message>
        <source>Pa&amp;gamento della Provincia…</source>
        <translation>Provincia pa&amp;yment…</translation>
    </message>
    <message>
        <source>&amp;Ore dei CPI…</source>
        <translation>CPI &amp;hours…</translation>
    </message>
    <message>
        <source>Il fondo politiche attive è gestito dalla %1: impegni e pagamenti sono quelli del suo registro, tenuto qui dalla capofila. «Nei progetti dell&apos;Ambito» è quanto i progetti hanno concordato con il CPI: la stessa spesa, non si somma.</source>
        <translation>The active-policies fund is managed by the %1: commitments and payments are those of its register, kept here by the capofila. «In the Ambito&apos;s projects» is what the projects agreed with the CPI: the same spending, not added.</translation>
    </message>
    <message>
        <source>Ore dei CPI (cofinanziamento della linea 1): %1, %2.</source>
        <translation>CPI hours (co-financing of line 1): %1, %2.</translation>
    </message>
</context>
<context>
    <name>ProvinciaPaymentDialog</name>
    <message>
        <source>Pagamento della Provincia</source>
        <translation>Payment of the Provincia</translation>
    </message>
    <message>
        <source>Un pagamento su un impegno della Provincia</source>
        <translation>A payment on a commitment of the Provincia</translation>
    </message>
    <message>
        <source>la tirocinante, l&apos;ente di formazione</source>
        <translation>the trainee, the training body</translation>
    </message>
    <message>
        <source>mandato o fattura</source>
        <translation>payment order or invoice</translation>
    </message>
    <message>
        <source>&amp;Impegno n.</source>
        <translation>&amp;Commitment no.</translation>
    </message>
    <message>
        <source>Da&amp;ta</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>I&amp;mporto (€)</source>
        <translation>A&amp;mount (€)</translation>
    </message>
    <message>
        <source>&amp;Beneficiario</source>
        <translation>&amp;Beneficiary</translation>
    </message>
    <message>
        <source>Docu&amp;mento</source>
        <translation>Docu&amp;ment</translation>
    </message>
    <message>
        <source>&amp;Registra il pagamento</source>
        <translation>&amp;Record the payment</translation>
    </message>
    <message>
        <source>Indica la data del pagamento.</source>
        <translation>Give the date of the payment.</translation>
    </message>
    <message>
        <source>Indica l&apos;importo.</source>
        <translation>Give the amount.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Registra invio</source>
        <translation>Register referral</translation>
    </message>
    <message>
        <source>Nuovo invio a un servizio · caso %1</source>
        <translation>New referral to a service · case %1</translation>
    </message>
    <message>
        <source>— scegli il servizio —</source>
        <translation>— choose the service —</translation>
    </message>
    <message>
        <source>&amp;Servizio</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Ente della rete</source>
        <translation>Network &amp;organisation</translation>
    </message>
    <message>
        <source>&amp;Inviata il</source>
        <translation>Sent &amp;on</translation>
    </message>
    <message>
        <source>Inviata &amp;da</source>
        <translation>Sent &amp;by</translation>
    </message>
    <message>
        <source>L&apos;invio richiede il consenso della donna all&apos;invio a questo servizio, in vigore nel giorno dell&apos;invio: se manca, registralo in «Consensi».</source>
        <translation>A referral needs her consent to be referred to this service, in force on the day of the referral: if it is missing, record it under «Consents».</translation>
    </message>
    <message>
        <source>&amp;Registra l&apos;invio</source>
        <translation>&amp;Register the referral</translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <source>&amp;Importa pacchetti provinciali…</source>
        <translation>&amp;Import provincial bundles…</translation>
    </message>
    <message>
        <source>I&amp;scrivi una capofila…</source>
        <translation>E&amp;nrol a capofila…</translation>
    </message>
    <message>
        <source>&amp;Registra la chiave di una capofila…</source>
        <translation>&amp;Register a capofila&apos;s key…</translation>
    </message>
    <message>
        <source>Archivio della Regione: unisce i pacchetti provinciali.</source>
        <translation>The Region&apos;s database: it merges the provincial bundles.</translation>
    </message>
    <message>
        <source>&amp;Quadro regionale</source>
        <translation>Regional &amp;overview</translation>
    </message>
    <message>
        <source>&amp;Chiavi e iscrizioni</source>
        <translation>&amp;Keys and enrolments</translation>
    </message>
    <message>
        <source>Provincia</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Pacchetto</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Creato il</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Ambiti ricevuti</source>
        <translation>Ambiti received</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Pacchetti provinciali</source>
        <translation>Provincial bundles</translation>
    </message>
    <message>
        <source>Fondo</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Impegnato</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Erogato</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Fondi della Regione</source>
        <translation>The Region&apos;s funds</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A pagato</source>
        <translation>A paid</translation>
    </message>
    <message>
        <source>B valorizzato</source>
        <translation>B valued</translation>
    </message>
    <message>
        <source>Azioni</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Province ricevute</source>
        <translation>Provinces received</translation>
    </message>
    <message>
        <source>Fondi: somma delle province</source>
        <translation>Funds: sum of the provinces</translation>
    </message>
    <message>
        <source>Azioni: somma delle province</source>
        <translation>Actions: sum of the provinces</translation>
    </message>
    <message>
        <source>Per iscrivere una capofila: 1. «Iscrivi una capofila» scrive il file e mostra il codice monouso da dettare al telefono; 2. la capofila accetta e ti legge l&apos;impronta della sua chiave; 3. «Registra la chiave» con il file che ti invia e l&apos;impronta.</source>
        <translation>To enrol a capofila: 1. «Enrol a capofila» writes the file and shows the one-time code to read out on the phone; 2. the capofila accepts and reads you its key&apos;s fingerprint; 3. «Register the key» with the file it sends you and the fingerprint.</translation>
    </message>
    <message>
        <source>Lettura dei totali regionali…</source>
        <translation>Reading the regional totals…</translation>
    </message>
    <message>
        <source>Totali regionali al %1</source>
        <translation>Regional totals at %1</translation>
    </message>
    <message>
        <source>Donne: %1 (%2 senza consenso alla condivisione); linea 1: %3, linea 2: %4. Ogni capofila conta una volta la donna seguita in più Ambiti (%5 in più Ambiti della stessa provincia; massimali per donna superati: %6); tra province diverse le donne si sommano.</source>
        <translation>Women: %1 (%2 without consent to sharing); line 1: %3, line 2: %4. Each capofila counts once a woman followed in several Ambiti (%5 in several Ambiti of the same province; per-woman caps exceeded: %6); across provinces women are added up.</translation>
    </message>
    <message>
        <source>Di cui dal registro della Provincia: impegnato %1, erogato %2; ore dei CPI valorizzate come cofinanziamento (B) %3.</source>
        <translation>Of which from the Provincia&apos;s register: committed %1, paid %2; CPI hours valued as co-financing (B) %3.</translation>
    </message>
    <message>
        <source>DA AGGIORNARE: nessun pacchetto ricevuto</source>
        <translation>TO UPDATE: no bundle received</translation>
    </message>
    <message>
        <source>DA AGGIORNARE: pacchetto vecchio</source>
        <translation>TO UPDATE: old bundle</translation>
    </message>
    <message>
        <source>aggiornato</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>%1 su %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>n. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>Pacchetti provinciali da importare</source>
        <translation>Provincial bundles to import</translation>
    </message>
    <message>
        <source>Pacchetti (*.avbundle)</source>
        <translation>Bundles (*.avbundle)</translation>
    </message>
    <message>
        <source>Verifica e unione dei pacchetti provinciali…</source>
        <translation>Checking and merging the provincial bundles…</translation>
    </message>
    <message>
        <source>Pacchetti uniti: %1 (già importati: %2).</source>
        <translation>Bundles merged: %1 (already imported: %2).</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
    <message>
        <source>Registra la chiave di un Ambito</source>
        <translation>Register an Ambito&apos;s key</translation>
    </message>
    <message>
        <source>Chiave di ricezione dell&apos;Ambito «%1»</source>
        <translation>Receiving key of Ambito “%1”</translation>
    </message>
    <message>
        <source>Telefona all&apos;Ambito e fatti leggere l&apos;impronta della sua chiave di ricezione: scrivila qui. Se una cifra non torna, la chiave non viene registrata.</source>
        <translation>Phone the Ambito and have them read you the fingerprint of their receiving key: type it here. If one digit does not match, the key is not registered.</translation>
    </message>
    <message>
        <source>&amp;Impronta</source>
        <translation>&amp;Fingerprint</translation>
    </message>
    <message>
        <source>&amp;Registra</source>
        <translation>&amp;Register</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>Registra la chiave di un Ambito</source>
        <translation>Register an Ambito&apos;s key</translation>
    </message>
    <message>
        <source>Apri il file della chiave pubblica inviato dall&apos;Ambito, poi scrivi l&apos;impronta mentre la coordinatrice dell&apos;Ambito te la legge al telefono.</source>
        <translation>Open the public key file sent by the Ambito, then type the fingerprint while the Ambito&apos;s coordinator reads it to you over the phone.</translation>
    </message>
    <message>
        <source>&amp;File della chiave</source>
        <translation>&amp;Key file</translation>
    </message>
    <message>
        <source>&amp;Impronta dettata</source>
        <translation>Dictated &amp;fingerprint</translation>
    </message>
    <message>
        <source>&amp;Registra la chiave</source>
        <translation>&amp;Register the key</translation>
    </message>
    <message>
        <source>Chiave dell&apos;Ambito «%1», identificativo %2.</source>
        <translation>Key of the Ambito “%1”, identifier %2.</translation>
    </message>
    <message>
        <source>Scegli il file della chiave pubblica.</source>
        <translation>Choose the public key file.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>S&amp;torna la riga…</source>
        <translation>Re&amp;verse the row…</translation>
    </message>
    <message>
        <source>Sola lettura: solo la coordinatrice scrive i registri.</source>
        <translation>Read-only: only the coordinator writes to the ledgers.</translation>
    </message>
</context>
<context>
    <name>RegisterProvinceKeyDialog</name>
    <message>
        <source>Registra la chiave di una capofila</source>
        <translation>Register a capofila&apos;s key</translation>
    </message>
    <message>
        <source>Apri il file della chiave pubblica inviato dalla capofila, poi scrivi l&apos;impronta mentre la sua coordinatrice te la legge al telefono.</source>
        <translation>Open the public key file sent by the capofila, then type the fingerprint while its coordinator reads it to you on the phone.</translation>
    </message>
</context>
<context>
    <name>RegistersFigures</name>
    <message>
        <source>Tipo di ente</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Organizzazioni</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Rete territoriale per tipo di ente</source>
        <translation>Local network by organisation type</translation>
    </message>
    <message>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Sessioni</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Durata</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Formazione per Ambito</source>
        <translation>Training by Ambito</translation>
    </message>
    <message>
        <source>Formazione delle équipe (pacchetto più recente):</source>
        <translation>Équipe training (latest bundle):</translation>
    </message>
    <message>
        <source>Organizzazioni nella rete: %1.</source>
        <translation>Organisations in the network: %1.</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>Rendiconto finanziario dell&apos;Ambito</source>
        <translation>The Ambito&apos;s financial report</translation>
    </message>
    <message>
        <source>Salva la relazione &amp;finanziaria…</source>
        <translation>Save the &amp;financial report…</translation>
    </message>
    <message>
        <source>Esporta il registro (&amp;CSV)…</source>
        <translation>Export the ledger (&amp;CSV)…</translation>
    </message>
    <message>
        <source>La relazione finanziaria (PDF o XLSX) riporta le tabelle della scheda, i fondi, le relazioni delle azioni e gli impegni per donna con i soli codici dei casi. Il registro (CSV) elenca ogni voce dei fondi. Ogni salvataggio resta nel registro delle operazioni.</source>
        <translation>The financial report (PDF or XLSX) contains the tables of the card, the funds, the action narratives and the commitments per woman, with case codes only. The ledger (CSV) lists every fund entry. Every save is kept in the audit log.</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cartella di lavoro Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Salva la relazione finanziaria</source>
        <translation>Save the financial report</translation>
    </message>
    <message>
        <source>Esporta il registro dei fondi</source>
        <translation>Export the fund ledger</translation>
    </message>
    <message>
        <source>File CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Relazione finanziaria salvata</source>
        <translation>Financial report saved</translation>
    </message>
    <message>
        <source>Relazione finanziaria salvata in:
%1

Contiene i codici dei casi, non i nomi delle donne: conservala con cura.</source>
        <translation>Financial report saved to:
%1

It contains the case codes, not the women&apos;s names: keep it safe.</translation>
    </message>
    <message>
        <source>Salvataggio della relazione finanziaria…</source>
        <translation>Saving the financial report…</translation>
    </message>
    <message>
        <source>Registro dei fondi esportato</source>
        <translation>Fund ledger exported</translation>
    </message>
    <message numerus="yes">
        <source>Registro dei fondi salvato in:
%1
(%n voci)

Contiene i codici dei casi e i beneficiari scritti a mano, non i nomi delle donne: conservalo con cura.</source>
        <translation>
            <numerusform>Fund ledger saved to:
%1
(%n entry)

It contains the case codes and the payees as written by hand, not the women&apos;s names: keep it safe.</numerusform>
            <numerusform>Fund ledger saved to:
%1
(%n entries)

It contains the case codes and the payees as written by hand, not the women&apos;s names: keep it safe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Esportazione del registro dei fondi…</source>
        <translation>Exporting the fund ledger…</translation>
    </message>
    <message>
        <source>Rendiconto finanziario</source>
        <translation>Financial report</translation>
    </message>
    <message>
        <source>Apri la &amp;cartella</source>
        <translation>Open the &amp;folder</translation>
    </message>
</context>
<context>
    <name>RestoreCopyDialog</name>
    <message>
        <source>Ripristina una copia</source>
        <translation>Restore a copy</translation>
    </message>
    <message>
        <source>L&apos;archivio verrà chiuso e sostituito dalla copia del %1 (%2), dopo averla verificata. L&apos;archivio attuale non viene cancellato: viene spostato, intatto, nella cartella «sostituiti» e compare tra le copie. Il lavoro fatto dopo la copia non sarà nell&apos;archivio ripristinato.</source>
        <translation>The database will be closed and replaced by the copy of %1 (%2), after verifying it. The current database is not deleted: it is moved, untouched, into the “sostituiti” folder and appears among the copies. Work done after the copy will not be in the restored database.</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password valida per la copia</source>
        <translation>Password valid for the copy</translation>
    </message>
    <message>
        <source>Chiudi l&apos;archivio e ripristina</source>
        <translation>Close the database and restore</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>per esempio: importo sbagliato</source>
        <translation>for example: wrong amount</translation>
    </message>
    <message>
        <source>Lo storno annulla per intero questa riga; la riga resta nel registro.</source>
        <translation>The reversal cancels this whole row; the row stays in the ledger.</translation>
    </message>
    <message>
        <source>&amp;Data dello storno</source>
        <translation>&amp;Date of the reversal</translation>
    </message>
    <message>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Storna</source>
        <translation>Re&amp;verse</translation>
    </message>
    <message>
        <source>Indica la data dello storno.</source>
        <translation>Give the date of the reversal.</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryModel</name>
    <message>
        <source>Revisione</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Validata il</source>
        <translation>Validated on</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Cambia ruolo</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Ruolo di %1:</source>
        <translation>Role of %1:</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Grafico del confronto tra le valutazioni</source>
        <translation>Chart comparing the assessments</translation>
    </message>
    <message>
        <source>%1: bisogno %2, risorse %3</source>
        <translation>%1: need %2, resources %3</translation>
    </message>
    <message>
        <source>n.v.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Bisogno</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Risorse</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Prima valutazione: nessun confronto</source>
        <translation>First assessment: no comparison</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>— da valutare —</source>
        <translation>— to be assessed —</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <source>— senza risposta —</source>
        <translation>— no answer —</translation>
    </message>
    <message>
        <source>Proposta dalla scheda di segnalazione: controllala.</source>
        <translation>Proposed from the referral form: check it.</translation>
    </message>
</context>
<context>
    <name>SendersPanel</name>
    <message>
        <source>Re&amp;voca la chiave selezionata…</source>
        <translation>Re&amp;voke the selected key…</translation>
    </message>
    <message>
        <source>Provincia</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Ambito</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Identificativo</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Impronta</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Registrata il</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chiavi registrate delle capofila</source>
        <translation>Registered keys of the capofila offices</translation>
    </message>
    <message>
        <source>Chiavi registrate degli Ambiti</source>
        <translation>Registered keys of the Ambiti</translation>
    </message>
    <message>
        <source>attiva</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ritirata (sostituita)</source>
        <translation>retired (replaced)</translation>
    </message>
    <message>
        <source>REVOCATA: pacchetti rifiutati</source>
        <translation>REVOKED: bundles rejected</translation>
    </message>
    <message>
        <source>Ambiti senza una chiave attiva: %1.</source>
        <translation>Ambiti without an active key: %1.</translation>
    </message>
    <message>
        <source>Ogni Ambito ha una chiave attiva registrata.</source>
        <translation>Every Ambito has an active registered key.</translation>
    </message>
    <message>
        <source>Seleziona nell&apos;elenco la chiave da revocare.</source>
        <translation>Select the key to revoke in the list.</translation>
    </message>
    <message>
        <source>Revoca la chiave</source>
        <translation>Revoke the key</translation>
    </message>
    <message>
        <source>Revocare la chiave %1 della capofila della provincia «%2»? Ogni pacchetto provinciale firmato con essa sarà rifiutato da ora in poi (per esempio dopo lo smarrimento del computer).</source>
        <translation>Revoke key %1 of the capofila of the province «%2»? Every provincial bundle signed with it will be refused from now on (for example after the computer is lost).</translation>
    </message>
    <message>
        <source>Revocare la chiave %1 dell&apos;Ambito «%2»? Ogni pacchetto firmato con essa sarà rifiutato da ora in poi (per esempio dopo lo smarrimento del computer). L&apos;Ambito dovrà creare una nuova chiave e fartela registrare.</source>
        <translation>Revoke key %1 of Ambito “%2”? Every bundle signed with it will be rejected from now on (for example after the computer has been lost). The Ambito will have to create a new key and get you to register it.</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <source>— qualsiasi ente di questo tipo —</source>
        <translation>— any body of this kind —</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Nessun servizio registrato.</source>
        <translation>No service recorded.</translation>
    </message>
    <message>
        <source>Aggiungi &amp;servizio</source>
        <translation>Add &amp;service</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Minuti prima del blocco automatico</source>
        <translation>Minutes before the automatic lock</translation>
    </message>
    <message>
        <source>Lingua</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Senza uso di tastiera o mouse per questo tempo l&apos;archivio si blocca; 30 secondi prima compare un avviso.</source>
        <translation>If the keyboard and mouse are not used for this long, the database locks; a warning appears 30 seconds before.</translation>
    </message>
    <message>
        <source>La lingua cambia al prossimo avvio del programma.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <source>&amp;Minuti prima del blocco automatico</source>
        <translation>&amp;Minutes before the automatic lock</translation>
    </message>
    <message>
        <source>&amp;Lingua</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>SignoffBox</name>
    <message numerus="yes">
        <source>%1: firme %2 di %3, ne mancano %n.</source>
        <translation>
            <numerusform>%1: %2 of %3 signatures, %n missing.</numerusform>
            <numerusform>%1: %2 of %3 signatures, %n missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>Firma dell&apos;équipe</source>
        <translation>Équipe signature</translation>
    </message>
    <message>
        <source>Firma: %1.
Ogni componente dell&apos;équipe firma con il proprio nome utente e la propria password; una collega presente scrive qui le sue.</source>
        <translation>Signature: %1.
Each équipe member signs with her own user name and password; a colleague who is present types hers here.</translation>
    </message>
    <message>
        <source>&amp;Nome utente</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Firma</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Scrivi nome utente e password di chi firma.</source>
        <translation>Type the user name and password of the person signing.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Stato dell&apos;invio</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <source>Invio n. %1 · %2 · inviata il %3 · ora %4</source>
        <translation>Referral no. %1 · %2 · sent on %3 · now %4</translation>
    </message>
    <message>
        <source>&amp;Nuovo stato</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <source>&amp;Dal giorno</source>
        <translation>&amp;From the day</translation>
    </message>
    <message>
        <source>&amp;Motivo del rifiuto</source>
        <translation>&amp;Reason for refusal</translation>
    </message>
    <message>
        <source>Il motivo si scrive solo per un rifiuto, senza nomi di persone: può comparire sulla stampa del progetto.</source>
        <translation>A reason is written only for a refusal, without anybody&apos;s name: it may appear on the printed project.</translation>
    </message>
    <message>
        <source>&amp;Registra lo stato</source>
        <translation>&amp;Record the status</translation>
    </message>
</context>
<context>
    <name>StatutoryInputs</name>
    <message>
        <source>Dati per O.R.A. e ISTAT (facoltativi)</source>
        <translation>Data for O.R.A. and ISTAT (optional)</translation>
    </message>
    <message>
        <source>Lascia vuoto quello che la donna non ha detto: conta come «non rilevato».</source>
        <translation>Leave empty what the woman did not say: it counts as «not recorded».</translation>
    </message>
    <message>
        <source>— non rilevato —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <source>Canale del &amp;primo contatto</source>
        <translation>&amp;Channel of first contact</translation>
    </message>
    <message>
        <source>&amp;Aiuto chiesto prima</source>
        <translation>Help sought &amp;before</translation>
    </message>
    <message>
        <source>Servizi erogati dal centro</source>
        <translation>Services given by the centre</translation>
    </message>
    <message>
        <source>&amp;Esiti del percorso</source>
        <translation>&amp;Outcomes of the path</translation>
    </message>
    <message>
        <source>Autore: se&amp;sso</source>
        <translation>Perpetrator: se&amp;x</translation>
    </message>
    <message>
        <source>Autore: classe di e&amp;tà</source>
        <translation>Perpetrator: age &amp;band</translation>
    </message>
    <message>
        <source>Autore: cittadina&amp;nza</source>
        <translation>Perpetrator: citize&amp;nship</translation>
    </message>
    <message>
        <source>Autore: &amp;denunce o misure</source>
        <translation>Perpetrator: &amp;complaints or measures</translation>
    </message>
</context>
<context>
    <name>StatutoryTablesDialog</name>
    <message>
        <source>Tabelle O.R.A./ISTAT</source>
        <translation>O.R.A./ISTAT tables</translation>
    </message>
    <message>
        <source>&amp;Salva le tabelle…</source>
        <translation>&amp;Save the tables…</translation>
    </message>
    <message>
        <source>Conteggi per categoria delle donne segnalate nel periodo e dei servizi erogati, senza nomi né codici. Le celle da 1 alla soglia meno 1 non sono mostrate.</source>
        <translation>Counts by category of the women referred in the period and of the services given, without names or codes. Cells from 1 to the threshold minus 1 are not shown.</translation>
    </message>
    <message>
        <source>&amp;Dal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Primo giorno del periodo</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>&amp;Al</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Ultimo giorno del periodo</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>S&amp;oglia delle celle piccole</source>
        <translation>Small-cell thres&amp;hold</translation>
    </message>
    <message>
        <source>Soglia</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>File CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Cartella di lavoro Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Salva le tabelle O.R.A./ISTAT</source>
        <translation>Save the O.R.A./ISTAT tables</translation>
    </message>
    <message numerus="yes">
        <source>%n donne segnalate nel periodo</source>
        <translation>
            <numerusform>%n woman referred in the period</numerusform>
            <numerusform>%n women referred in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servizi</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvato in %1: %2, %3.</source>
        <translation>Saved in %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <source>Sostegno economico (politiche passive)</source>
        <translation>Economic support (passive policies)</translation>
    </message>
    <message>
        <source>Indennità di partecipazione, rimborsi dei trasporti, spese di conciliazione famiglia-lavoro. L&apos;indennità non si lega mai al tirocinio extracurricolare: lo paga il Fondo politiche attive.</source>
        <translation>Participation allowance, travel refunds, work–life balance costs. The allowance is never tied to the extracurricular traineeship: the Fondo politiche attive pays for that.</translation>
    </message>
</context>
<context>
    <name>SupportsEditor</name>
    <message>
        <source>Sostegno</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Importo €</source>
        <translation>Amount €</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Per l&apos;intervento</source>
        <translation>For the intervention</translation>
    </message>
    <message>
        <source>Aggiungi s&amp;ostegno</source>
        <translation>Add supp&amp;ort</translation>
    </message>
    <message>
        <source>Nessun sostegno economico.</source>
        <translation>No economic support.</translation>
    </message>
</context>
<context>
    <name>TaskThresholdsDialog</name>
    <message>
        <source>Soglie dei promemoria</source>
        <translation>Reminder thresholds</translation>
    </message>
    <message>
        <source>Mesi tra due aggiornamenti di &amp;monitoraggio</source>
        <translation>Months between two &amp;monitoring updates</translation>
    </message>
    <message>
        <source>Mesi dalla validazione alla &amp;verifica del progetto</source>
        <translation>Months from validation to the project&apos;s re&amp;view</translation>
    </message>
    <message>
        <source>Mesi senza &amp;erogazioni su un impegno</source>
        <translation>Months without &amp;payments on a commitment</translation>
    </message>
    <message>
        <source>Settimane senza aggiornamenti di un &amp;caso</source>
        <translation>Weeks without updates on a &amp;case</translation>
    </message>
    <message>
        <source>Settimane in lista d&apos;&amp;attesa senza presa in carico</source>
        <translation>Weeks on the &amp;waiting list without being taken in charge</translation>
    </message>
    <message>
        <source>Giorni di attesa della risposta a un &amp;invio</source>
        <translation>Days waiting for the answer to a &amp;referral</translation>
    </message>
    <message>
        <source>Giorni di &amp;preavviso prima della scadenza</source>
        <translation>Days of &amp;notice before the due date</translation>
    </message>
</context>
<context>
    <name>TasksArea</name>
    <message>
        <source>Mostra i promemoria di tutti i casi</source>
        <translation>Show the reminders of all cases</translation>
    </message>
    <message>
        <source>Soglie dei promemoria…</source>
        <translation>Reminder thresholds…</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Voce</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Da fare</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Promemoria da fare</source>
        <translation>Reminders to do</translation>
    </message>
    <message>
        <source>Scaduto</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>In scadenza</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>nessuna</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Promemoria dell&apos;archivio: %1, di cui scaduti: %2</source>
        <translation>Reminders of the store: %1, overdue: %2</translation>
    </message>
    <message>
        <source>Promemoria dei casi che segui: %1, di cui scaduti: %2</source>
        <translation>Reminders of the cases you follow: %1, overdue: %2</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Sessione di formazione</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Una sessione di formazione delle équipe</source>
        <translation>A training session for the équipes</translation>
    </message>
    <message>
        <source>per esempio: modulo 2, valutazione</source>
        <translation>for example: module 2, assessment</translation>
    </message>
    <message>
        <source>L&apos;argomento resta in questo archivio: il pacchetto per la capofila porta solo il numero di sessioni, la durata e quante persone per tipo di ente.</source>
        <translation>The topic stays in this database: the bundle for the capofila carries only the number of sessions, the duration and how many people per organisation type.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minuti</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Partecipanti: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Azione</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>A&amp;rgomento o codice</source>
        <translation>&amp;Topic or code</translation>
    </message>
    <message>
        <source>D&amp;urata</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>&amp;Partecipanti per ente</source>
        <translation>&amp;Participants per organisation</translation>
    </message>
    <message>
        <source>&amp;Registra la sessione</source>
        <translation>&amp;Record the session</translation>
    </message>
    <message>
        <source>Indica la data della sessione.</source>
        <translation>Enter the date of the session.</translation>
    </message>
</context>
<context>
    <name>TrainingModel</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Durata</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
</context>
<context>
    <name>TrainingNetworkView</name>
    <message>
        <source>Il pacchetto per la capofila porta solo numeri: sessioni, durata e partecipanti per tipo di ente; organizzazioni della rete per tipo. Argomenti e nomi delle organizzazioni restano in questo archivio.</source>
        <translation>The bundle for the capofila carries only numbers: sessions, duration and participants per organisation type; network organisations by type. Topics and organisation names stay in this database.</translation>
    </message>
    <message>
        <source>Formazione delle équipe</source>
        <translation>Équipe training</translation>
    </message>
    <message>
        <source>Rete territoriale antiviolenza</source>
        <translation>Local anti-violence network</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Registro della formazione</source>
        <translation>Training log</translation>
    </message>
    <message>
        <source>Aggiungi una &amp;sessione…</source>
        <translation>Add a &amp;session…</translation>
    </message>
    <message>
        <source>Sessioni: %1 · durata %2 · partecipanti %3</source>
        <translation>Sessions: %1 · duration %2 · participants %3</translation>
    </message>
    <message>
        <source>Sessione n. %1 del %2 · %3</source>
        <translation>Session no. %1 on %2 · %3</translation>
    </message>
</context>
<context>
    <name>TransferCaseDialog</name>
    <message>
        <source>Trasferisci a un altro Ambito</source>
        <translation>Transfer to another Ambito</translation>
    </message>
    <message>
        <source>Trasferire il caso %1 a un altro Ambito?</source>
        <translation>Transfer case %1 to another Ambito?</translation>
    </message>
    <message>
        <source>scegli dove salvare il file</source>
        <translation>choose where to save the file</translation>
    </message>
    <message>
        <source>&amp;Sfoglia…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Il file è firmato da questo Ambito e cifrato per la chiave di ricezione dell&apos;Ambito scelto: solo quell&apos;Ambito può aprirlo, la capofila no. Serve il consenso della donna all&apos;invio ai servizi sociali. Dopo il trasferimento qui il caso resta in sola lettura; il registro dei fondi resta a questo Ambito.</source>
        <translation>The file is signed by this Ambito and encrypted for the receiving key of the chosen Ambito: only that Ambito can open it, not the capofila. The woman&apos;s consent to referral to social services is needed. After the transfer the case stays read-only here; the funds ledger stays with this Ambito.</translation>
    </message>
    <message>
        <source>Nessuna chiave di ricezione registrata: registrala in «Rete» con «Registra la chiave di un Ambito…».</source>
        <translation>No receiving key registered: register it in “Network” with “Register an Ambito&apos;s key…”.</translation>
    </message>
    <message>
        <source>&amp;Ambito che riceve</source>
        <translation>Receiving &amp;Ambito</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Trasferisci</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Salva il caso trasferito</source>
        <translation>Save the transferred case</translation>
    </message>
    <message>
        <source>Scegli dove salvare il file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Caso trasferito all&apos;Ambito «%1» il %2: qui è in sola lettura.</source>
        <translation>Case transferred to Ambito “%1” on %2: here it is read-only.</translation>
    </message>
    <message>
        <source>Caso ricevuto dall&apos;Ambito «%1» (lì %2).</source>
        <translation>Case received from Ambito “%1” (there %2).</translation>
    </message>
</context>
<context>
    <name>UserPasswordDialog</name>
    <message>
        <source>Chiave di recupero</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Reimposta la password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <source>%1 torna attiva con questa nuova password iniziale: comunicagliela di persona. Scrivi la chiave di recupero del foglio conservato in cassaforte.</source>
        <translation>%1 is active again with this new first password: tell it to her in person. Type the recovery key from the sheet kept in the safe.</translation>
    </message>
    <message>
        <source>&amp;Chiave di recupero</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>Nuova password per %1, che ha dimenticato la sua. Scrivi la chiave di recupero del foglio conservato in cassaforte: la vecchia password smette di funzionare.</source>
        <translation>New password for %1, who has forgotten theirs. Type the recovery key from the sheet kept in the safe: the old password stops working.</translation>
    </message>
    <message>
        <source>Riattiva l&apos;utente</source>
        <translation>Reactivate the user</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Utenti dell&apos;archivio</source>
        <translation>Database users</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Aggiungi…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Cambia &amp;ruolo</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>Ruolo e C&amp;AV…</source>
        <translation>Role and C&amp;AV…</translation>
    </message>
    <message>
        <source>&amp;Disattiva</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Reimposta la &amp;password…</source>
        <translation>Reset the &amp;password…</translation>
    </message>
    <message>
        <source>Ogni collega apre l&apos;archivio con il suo nome utente e la sua password. Un&apos;utente disattivata non può più aprirlo; per riattivarla serve una nuova password.</source>
        <translation>Each colleague opens the database with their own user name and password. A deactivated user can no longer open it; reactivating them needs a new password.</translation>
    </message>
    <message>
        <source>attiva</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disattivata</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>&amp;Riattiva…</source>
        <translation>R&amp;eactivate…</translation>
    </message>
    <message>
        <source>Rendi &amp;%1</source>
        <translation>Make &amp;%1</translation>
    </message>
    <message>
        <source>Utente «%1» aggiunta.</source>
        <translation>User ‘%1’ added.</translation>
    </message>
    <message>
        <source>Dare a «%1» il ruolo di %2?</source>
        <translation>Give ‘%1’ the role of %2?</translation>
    </message>
    <message>
        <source>Cambia ruolo</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Ruolo di «%1» cambiato.</source>
        <translation>Role of ‘%1’ changed.</translation>
    </message>
    <message>
        <source>Utente «%1» riattivata.</source>
        <translation>User ‘%1’ reactivated.</translation>
    </message>
    <message>
        <source>Disattivare «%1»? La sua password smette subito di aprire l&apos;archivio e le copie di sicurezza gestite qui; le sue schede e il registro restano. Le copie salvate su altri supporti (una chiavetta, un altro disco) si aprono ancora con la sua vecchia password: usa «Ruota la chiave di cifratura» ed elimina quelle copie.</source>
        <translation>Disable ‘%1’? Her password immediately stops opening the database and the backup copies managed here; her records and the log remain. Copies saved on other media (a USB stick, another disk) still open with her old password: use ‘Rotate the encryption key’ and delete those copies.</translation>
    </message>
    <message>
        <source>Utente «%1» disattivata. Copie di sicurezza aggiornate: %2.</source>
        <translation>User ‘%1’ disabled. Backup copies updated: %2.</translation>
    </message>
    <message>
        <source>Disattiva l&apos;utente</source>
        <translation>Deactivate the user</translation>
    </message>
    <message>
        <source>Nuova password impostata per «%1».</source>
        <translation>New password set for ‘%1’.</translation>
    </message>
</context>
<context>
    <name>WaitingListView</name>
    <message>
        <source>Cerca per nome, cognome o codice</source>
        <translation>Search by first name, surname or code</translation>
    </message>
    <message>
        <source>Cerca nella lista d&apos;attesa</source>
        <translation>Search the waiting list</translation>
    </message>
    <message>
        <source>Linea 1 – Inserimento lavorativo</source>
        <translation>Line 1 – Job placement</translation>
    </message>
    <message>
        <source>Linea 2 – Autonomia abitativa</source>
        <translation>Line 2 – Housing independence</translation>
    </message>
    <message>
        <source>Posizione</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Segnalata il</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>In attesa da</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>Perché</source>
        <translation>Why</translation>
    </message>
    <message numerus="yes">
        <source>%n giorni</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>nessun criterio di priorità</source>
        <translation>no priority criteria</translation>
    </message>
    <message numerus="yes">
        <source>%n donne in questa lista</source>
        <translation>
            <numerusform>%n woman on this list</numerusform>
            <numerusform>%n women on this list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Revoca del consenso</source>
        <translation>Withdrawal of the consent</translation>
    </message>
    <message>
        <source>Consenso n. %1 · %2 · dato il %3</source>
        <translation>Consent no. %1 · %2 · given on %3</translation>
    </message>
    <message>
        <source>&amp;Revocato il</source>
        <translation>&amp;Withdrawn on</translation>
    </message>
    <message>
        <source>La revoca resta nel registro accanto al consenso: da quel giorno ciò che il consenso copriva (progetto, invio, condivisione) non si fa più.</source>
        <translation>The withdrawal stays in the register next to the consent: from that day what the consent covered (project, referral, sharing) is no longer done.</translation>
    </message>
    <message>
        <source>&amp;Registra la revoca</source>
        <translation>&amp;Record the withdrawal</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <source>Percorso lavoro con il Centro per l&apos;Impiego</source>
        <translation>Employment path with the Centro per l&apos;Impiego</translation>
    </message>
    <message>
        <source>&amp;Ufficio del Centro per l&apos;Impiego</source>
        <translation>Centro per l&apos;Impiego &amp;office</translation>
    </message>
    <message>
        <source>Patto di servi&amp;zio del</source>
        <translation>Patto di Servi&amp;zio dated</translation>
    </message>
    <message>
        <source>DID del</source>
        <translation>DID dated</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Aree</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Casi</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Lista d&apos;attesa</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Nuova segnalazione</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Fondi</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Rete</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Da fare</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>WorkspaceDrafts</name>
    <message>
        <source>nuova segnalazione</source>
        <translation>new referral</translation>
    </message>
    <message>
        <source>modifica della scheda</source>
        <translation>editing the case</translation>
    </message>
    <message>
        <source>nuova valutazione</source>
        <translation>new assessment</translation>
    </message>
    <message>
        <source>modifica del progetto</source>
        <translation>editing the project</translation>
    </message>
    <message>
        <source>Dopo il blocco qualcuno ha salvato la scheda: la bozza ripristinata non contiene quelle modifiche. Confrontala con la scheda salvata prima di salvarla.</source>
        <translation>After the lock someone saved the case: the restored draft does not contain those changes. Compare it with the saved case before saving it.</translation>
    </message>
    <message>
        <source>Dopo il blocco qualcuno ha salvato il progetto: la bozza ripristinata non contiene quelle modifiche. Confrontala con la revisione salvata prima di salvarla.</source>
        <translation>After the lock someone saved the project: the restored draft does not contain those changes. Compare it with the saved revision before saving it.</translation>
    </message>
</context>
<context>
    <name>_ChildRow</name>
    <message>
        <source>minorenne</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>con disabilità</source>
        <translation>with a disability</translation>
    </message>
    <message>
        <source>Rimuovi</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;età</source>
        <translation>A&amp;ge</translation>
    </message>
    <message>
        <source>Figlio/a n. %1</source>
        <translation>Child no. %1</translation>
    </message>
    <message>
        <source>Età del figlio/a n. %1</source>
        <translation>Age of child no. %1</translation>
    </message>
    <message>
        <source>Figlio/a n. %1 minorenne</source>
        <translation>Child no. %1 is a minor</translation>
    </message>
    <message>
        <source>Figlio/a n. %1 con disabilità</source>
        <translation>Child no. %1 has a disability</translation>
    </message>
    <message>
        <source>Rimuovi figlio/a n. %1</source>
        <translation>Remove child no. %1</translation>
    </message>
</context>
<context>
    <name>_ServiceRow</name>
    <message>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Rimuovi</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;il</source>
        <translation>&amp;on</translation>
    </message>
    <message>
        <source>Servizio n. %1</source>
        <translation>Service no. %1</translation>
    </message>
    <message>
        <source>Tipo del servizio n. %1</source>
        <translation>Type of service no. %1</translation>
    </message>
    <message>
        <source>Data del servizio n. %1</source>
        <translation>Date of service no. %1</translation>
    </message>
    <message>
        <source>Rimuovi servizio n. %1</source>
        <translation>Remove service no. %1</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>Scheda aperta</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Mostrata in elenco o ricerca</source>
        <translation>Shown in the list or a search</translation>
    </message>
    <message>
        <source>Modulo stampato o salvato in PDF</source>
        <translation>Form printed or saved as PDF</translation>
    </message>
    <message>
        <source>Dati esportati</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Registro delle operazioni esportato</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Accesso all&apos;archivio</source>
        <translation>Database unlocked</translation>
    </message>
    <message>
        <source>Tentativi di accesso falliti</source>
        <translation>Failed unlock attempts</translation>
    </message>
    <message>
        <source>Periodo di un Ambito approvato</source>
        <translation>An Ambito&apos;s period approved</translation>
    </message>
    <message>
        <source>Decisione della capofila su un periodo applicata</source>
        <translation>A capofila decision on a period applied</translation>
    </message>
    <message>
        <source>File delle decisioni della capofila importato</source>
        <translation>Capofila decision file imported</translation>
    </message>
    <message>
        <source>File delle decisioni sui periodi scritto</source>
        <translation>Period decision file written</translation>
    </message>
    <message>
        <source>Periodo di un Ambito riaperto</source>
        <translation>An Ambito&apos;s period reopened</translation>
    </message>
    <message>
        <source>Periodo sottomesso da un Ambito ricevuto</source>
        <translation>Period submitted by an Ambito received</translation>
    </message>
    <message>
        <source>Periodo rinviato all&apos;Ambito</source>
        <translation>Period sent back to the Ambito</translation>
    </message>
    <message>
        <source>Periodo sottomesso alla capofila</source>
        <translation>Period submitted to the capofila</translation>
    </message>
    <message>
        <source>Archivio creato</source>
        <translation>Database created</translation>
    </message>
    <message>
        <source>Archivio convertito dal vecchio formato</source>
        <translation>Database converted from the old format</translation>
    </message>
    <message>
        <source>Archivio ripristinato da una copia</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <source>Bozza di un modulo non più leggibile, scartata</source>
        <translation>Form draft no longer readable, discarded</translation>
    </message>
    <message>
        <source>Bozza di un modulo tolta (salvata o scartata)</source>
        <translation>Form draft removed (saved or discarded)</translation>
    </message>
    <message>
        <source>Moduli non salvati conservati al blocco</source>
        <translation>Unsaved forms kept at lock</translation>
    </message>
    <message>
        <source>Scheda creata</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Scheda modificata</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <source>Dati personali eliminati</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <source>Caso ricevuto da un altro Ambito</source>
        <translation>Case received from another Ambito</translation>
    </message>
    <message>
        <source>Caso trasferito a un altro Ambito</source>
        <translation>Case transferred to another Ambito</translation>
    </message>
    <message>
        <source>Chiave di cifratura ruotata</source>
        <translation>Encryption key rotated</translation>
    </message>
    <message>
        <source>Consenso della donna registrato</source>
        <translation>The woman&apos;s consent recorded</translation>
    </message>
    <message>
        <source>Chiave di ricezione di un altro Ambito registrata</source>
        <translation>Receiving key of another Ambito registered</translation>
    </message>
    <message>
        <source>Revoca di un consenso della donna registrata</source>
        <translation>Withdrawal of a consent of the woman recorded</translation>
    </message>
    <message>
        <source>Invio della donna a un servizio registrato</source>
        <translation>Her referral to a service recorded</translation>
    </message>
    <message>
        <source>Stato di un invio a un servizio registrato</source>
        <translation>Status of a referral to a service recorded</translation>
    </message>
    <message>
        <source>Ore di cofinanziamento registrate</source>
        <translation>Co-financing hours recorded</translation>
    </message>
    <message>
        <source>Ore di cofinanziamento stornate</source>
        <translation>Co-financing hours reversed</translation>
    </message>
    <message>
        <source>Periodo di conservazione impostato</source>
        <translation>Retention period set</translation>
    </message>
    <message>
        <source>Copia di sicurezza creata</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Copia di sicurezza eliminata</source>
        <translation>Backup deleted</translation>
    </message>
    <message>
        <source>Copie precedenti a un&apos;eliminazione di dati eliminate</source>
        <translation>Copies older than an erasure deleted</translation>
    </message>
    <message>
        <source>Copie di sicurezza non eliminate del tutto</source>
        <translation>Backups not entirely deleted</translation>
    </message>
    <message>
        <source>Copie scadute eliminate</source>
        <translation>Expired copies deleted</translation>
    </message>
    <message>
        <source>Soglie dei promemoria «Da fare» impostate</source>
        <translation>«Da fare» reminder thresholds set</translation>
    </message>
    <message>
        <source>Fondi configurati</source>
        <translation>Funds configured</translation>
    </message>
    <message>
        <source>Fondi importati</source>
        <translation>Funds imported</translation>
    </message>
    <message>
        <source>Impegno di spesa registrato</source>
        <translation>Commitment recorded</translation>
    </message>
    <message>
        <source>Erogazione registrata</source>
        <translation>Payment recorded</translation>
    </message>
    <message>
        <source>Movimento dei fondi stornato</source>
        <translation>Fund entry reversed</translation>
    </message>
    <message>
        <source>Sessione di formazione registrata</source>
        <translation>Training session recorded</translation>
    </message>
    <message>
        <source>Sessione di formazione stornata</source>
        <translation>Training session reversed</translation>
    </message>
    <message>
        <source>Password cambiata</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password reimpostata con la chiave di recupero</source>
        <translation>Password reset with the recovery key</translation>
    </message>
    <message>
        <source>Aggiornamento del progetto</source>
        <translation>Project update</translation>
    </message>
    <message>
        <source>Bozza del progetto salvata</source>
        <translation>Project draft saved</translation>
    </message>
    <message>
        <source>Progetto chiuso</source>
        <translation>Project closed</translation>
    </message>
    <message>
        <source>Atto del progetto firmato da un componente dell&apos;équipe</source>
        <translation>Project act signed by an équipe member</translation>
    </message>
    <message>
        <source>Progetto validato</source>
        <translation>Project validated</translation>
    </message>
    <message>
        <source>Relazione di un&apos;azione scritta</source>
        <translation>Action narrative written</translation>
    </message>
    <message>
        <source>Impegno della Provincia registrato</source>
        <translation>Provincia commitment recorded</translation>
    </message>
    <message>
        <source>Ore dei CPI registrate</source>
        <translation>CPI hours recorded</translation>
    </message>
    <message>
        <source>Pagamento della Provincia registrato</source>
        <translation>Provincia payment recorded</translation>
    </message>
    <message>
        <source>Riga del registro della Provincia stornata</source>
        <translation>Row of the Provincia&apos;s register reversed</translation>
    </message>
    <message>
        <source>Adesione alla rete registrata</source>
        <translation>Network membership recorded</translation>
    </message>
    <message>
        <source>Adesione alla rete stornata</source>
        <translation>Network membership reversed</translation>
    </message>
    <message>
        <source>Uscita dalla rete registrata</source>
        <translation>Leaving the network recorded</translation>
    </message>
    <message>
        <source>Chiave di scambio creata</source>
        <translation>Exchange key created</translation>
    </message>
    <message>
        <source>Iscrizione alla rete accettata</source>
        <translation>Network enrolment accepted</translation>
    </message>
    <message>
        <source>Iscrizione alla rete emessa</source>
        <translation>Network enrolment issued</translation>
    </message>
    <message>
        <source>Iscrizione di una capofila alla Regione emessa</source>
        <translation>Enrolment of a capofila with the Region issued</translation>
    </message>
    <message>
        <source>Pacchetto di un Ambito importato</source>
        <translation>An Ambito&apos;s bundle imported</translation>
    </message>
    <message>
        <source>Mittente registrato</source>
        <translation>Sender registered</translation>
    </message>
    <message>
        <source>Mittente revocato</source>
        <translation>Sender revoked</translation>
    </message>
    <message>
        <source>Pacchetto esportato per il capofila</source>
        <translation>Bundle exported for the capofila</translation>
    </message>
    <message>
        <source>Totali provinciali esportati per la Regione</source>
        <translation>Provincial totals exported for the Region</translation>
    </message>
    <message>
        <source>Spesa registrata</source>
        <translation>Expense recorded</translation>
    </message>
    <message>
        <source>Tabelle anonime O.R.A./ISTAT esportate</source>
        <translation>Anonymous O.R.A./ISTAT tables exported</translation>
    </message>
    <message>
        <source>Spesa stornata</source>
        <translation>Expense reversed</translation>
    </message>
    <message>
        <source>Utente aggiunto</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>Utente disattivato</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <source>Utente riattivato con una nuova password</source>
        <translation>User reactivated with a new password</translation>
    </message>
    <message>
        <source>Ruolo di un&apos;utente cambiato</source>
        <translation>User role changed</translation>
    </message>
    <message>
        <source>Valutazione registrata</source>
        <translation>Assessment recorded</translation>
    </message>
</context>
<context>
    <name>case_history</name>
    <message>
        <source>Segnalazione</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Modifica della scheda</source>
        <translation>Case change</translation>
    </message>
    <message>
        <source>Fase del percorso</source>
        <translation>Path stage</translation>
    </message>
    <message>
        <source>Valutazione</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Progetto validato</source>
        <translation>Project validated</translation>
    </message>
    <message>
        <source>Progetto chiuso</source>
        <translation>Project closed</translation>
    </message>
    <message>
        <source>Firma dell&apos;équipe</source>
        <translation>Équipe signature</translation>
    </message>
    <message>
        <source>Monitoraggio</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Impegno di spesa</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Erogazione</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Stampa</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Eliminazione dei dati</source>
        <translation>Data erasure</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Revoca</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Stato di un invio</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <source>Trasferimento</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Caso ricevuto</source>
        <translation>Case received</translation>
    </message>
    <message>
        <source>Revisione %1 validata</source>
        <translation>Revision %1 validated</translation>
    </message>
    <message>
        <source>Scheda di segnalazione stampata o salvata in PDF</source>
        <translation>Referral form printed or saved as PDF</translation>
    </message>
    <message>
        <source>Progetto personalizzato stampato o salvato in PDF</source>
        <translation>Progetto personalizzato printed or saved as PDF</translation>
    </message>
    <message>
        <source>Modulo stampato o salvato in PDF</source>
        <translation>Form printed or saved as PDF</translation>
    </message>
    <message>
        <source>Dati personali eliminati; restano codice, date e movimenti</source>
        <translation>Personal data erased; the code, dates and fund entries remain</translation>
    </message>
    <message>
        <source>Validazione del progetto</source>
        <translation>Project validation</translation>
    </message>
    <message>
        <source>Validazione della revisione</source>
        <translation>Revision validation</translation>
    </message>
    <message>
        <source>Chiusura del progetto</source>
        <translation>Project closure</translation>
    </message>
    <message>
        <source>%1 (revisione %2) firmata da %3</source>
        <translation>%1 (revision %2) signed by %3</translation>
    </message>
    <message>
        <source>Atto</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Trasferito all&apos;Ambito «%1»</source>
        <translation>Transferred to Ambito “%1”</translation>
    </message>
    <message>
        <source>Ricevuto dall&apos;Ambito «%1» (lì %2)</source>
        <translation>Received from Ambito “%1” (there %2)</translation>
    </message>
    <message>
        <source>Consenso n. %1 registrato: %2</source>
        <translation>Consent no. %1 recorded: %2</translation>
    </message>
    <message>
        <source>Consenso n. %1 revocato: %2</source>
        <translation>Consent no. %1 withdrawn: %2</translation>
    </message>
    <message>
        <source>Invio n. %1 a %2</source>
        <translation>Referral no. %1 to %2</translation>
    </message>
    <message>
        <source>Invio n. %1: %2</source>
        <translation>Referral no. %1: %2</translation>
    </message>
    <message>
        <source>Scheda di segnalazione creata</source>
        <translation>Referral form created</translation>
    </message>
    <message>
        <source>Dati della scheda modificati</source>
        <translation>Case data changed</translation>
    </message>
    <message>
        <source>Valutazione multidimensionale registrata</source>
        <translation>Multidimensional assessment recorded</translation>
    </message>
    <message>
        <source>Aggiornamento di monitoraggio del progetto</source>
        <translation>Project monitoring update</translation>
    </message>
    <message>
        <source>voce n. %1</source>
        <translation>entry no. %1</translation>
    </message>
    <message>
        <source>storna la voce n. %1</source>
        <translation>reverses entry no. %1</translation>
    </message>
</context>
<context>
    <name>consent_options</name>
    <message>
        <source>Presa in carico</source>
        <translation>Taking in charge</translation>
    </message>
    <message>
        <source>Invio a un servizio</source>
        <translation>Referral to a service</translation>
    </message>
    <message>
        <source>Condivisione pseudonimizzata con il capofila</source>
        <translation>Pseudonymised sharing with the capofila</translation>
    </message>
    <message>
        <source>Statistiche O.R.A./ISTAT</source>
        <translation>O.R.A./ISTAT statistics</translation>
    </message>
    <message>
        <source>Modulo scritto firmato</source>
        <translation>Signed written form</translation>
    </message>
    <message>
        <source>Firmato sulla scheda di segnalazione</source>
        <translation>Signed on the referral form</translation>
    </message>
    <message>
        <source>Orale davanti all&apos;operatrice, annotato nella scheda</source>
        <translation>Oral, in front of the worker, noted in the file</translation>
    </message>
    <message>
        <source>A distanza (telefono o video), annotato nella scheda</source>
        <translation>Remote (phone or video), noted in the file</translation>
    </message>
    <message>
        <source>Registrato prima del registro dei consensi</source>
        <translation>Recorded before the consent register</translation>
    </message>
    <message>
        <source>in vigore</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>revocato</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>non ancora in vigore</source>
        <translation>not yet in force</translation>
    </message>
</context>
<context>
    <name>copy_kinds</name>
    <message>
        <source>ordinaria</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>prima di un aggiornamento</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>prima di una rotazione della chiave</source>
        <translation>before a key rotation</translation>
    </message>
    <message>
        <source>prima della conversione di formato</source>
        <translation>before the format conversion</translation>
    </message>
    <message>
        <source>archivio sostituito da un ripristino</source>
        <translation>database replaced by a restore</translation>
    </message>
    <message>
        <source>copia di un archivio sostituito</source>
        <translation>copy of a replaced database</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>stesso codice fiscale</source>
        <translation>same codice fiscale</translation>
    </message>
    <message>
        <source>stesso nome e data di nascita</source>
        <translation>same name and date of birth</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Errore imprevisto</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Si è verificato un errore imprevisto (%1). I dati già salvati sono al sicuro. Se si ripete, blocca e riapri l&apos;archivio e avvisa l&apos;assistenza.</source>
        <translation>An unexpected error occurred (%1). The data already saved is safe. If it happens again, lock and reopen the database and tell your support contact.</translation>
    </message>
    <message>
        <source>Dalla fase «{current}» non si passa a «{new}». {hint}</source>
        <translation>A case cannot move from the stage ‘{current}’ to ‘{new}’. {hint}</translation>
    </message>
    <message>
        <source>L&apos;azione {action} si paga dal {fund}, con le erogazioni sugli impegni delle donne: una spesa qui sarebbe contata due volte.</source>
        <translation>Action {action} is paid from the {fund}, through the payments on the women&apos;s commitments: an expense here would be counted twice.</translation>
    </message>
    <message>
        <source>L&apos;azione {action} non ha quota regionale (A = € 0,00) sulla scheda: le sue spese sono cofinanziamento, da registrare come ore di lavoro.</source>
        <translation>Action {action} has no regional share (A = € 0,00) on the card: its costs are co-financing, to be recorded as working hours.</translation>
    </message>
    <message>
        <source>La data della spesa ({day}) è nel futuro: si registrano solo spese già fatte.</source>
        <translation>The date of the expense ({day}) is in the future: only expenses already incurred are recorded.</translation>
    </message>
    <message>
        <source>L&apos;importo della spesa deve essere positivo (scritto: {amount}).</source>
        <translation>The amount of the expense must be positive (typed: {amount}).</translation>
    </message>
    <message>
        <source>Il costo orario deve essere più di € 0,00 e al massimo {most} (scritto: {cost}).</source>
        <translation>The hourly cost must be more than € 0,00 and at most {most} (typed: {cost}).</translation>
    </message>
    <message>
        <source>Le ore devono essere più di zero e al massimo {most} in un mese (scritte: {hours}).</source>
        <translation>The hours must be more than zero and at most {most} in a month (typed: {hours}).</translation>
    </message>
    <message>
        <source>Il mese «{month}» non è valido: scrivilo come mm/aaaa, per esempio 03/2026.</source>
        <translation>The month “{month}” is not valid: write it as mm/yyyy, for example 03/2026.</translation>
    </message>
    <message>
        <source>Il mese {month} non è ancora iniziato: si registrano solo ore già lavorate.</source>
        <translation>The month {month} has not started yet: only hours already worked are recorded.</translation>
    </message>
    <message>
        <source>Scrivi {what} (al massimo {most} caratteri).</source>
        <translation>Write {what} (at most {most} characters).</translation>
    </message>
    <message>
        <source>L&apos;azione «{action}» non è nel programma: scegli tra {known}.</source>
        <translation>The action “{action}” is not in the programme: choose one of {known}.</translation>
    </message>
    <message>
        <source>La copia {backup} è dell&apos;archivio «{backup_store}» (Ambito {backup_ambito}), non dell&apos;archivio «{target_store}» (Ambito {target_ambito}) che sostituirebbe. Nulla è stato toccato. Se è proprio quello che vuoi, ripeti confermando il ripristino di un altro archivio (opzione --altro-archivio).</source>
        <translation>The copy {backup} belongs to the database “{backup_store}” (Ambito {backup_ambito}), not to the database “{target_store}” (Ambito {target_ambito}) that it would replace. Nothing was touched. If this is really what you want, repeat confirming the restore of another database (option --altro-archivio).</translation>
    </message>
    <message>
        <source>Un&apos;altra operazione sulle copie di sicurezza (copia, ripristino o eliminazione) è in corso su {folder}. Attendi che finisca e riprova.</source>
        <translation>Another operation on the backups (copy, restore or deletion) is running on {folder}. Wait for it to finish and try again.</translation>
    </message>
    <message>
        <source>Non è stato possibile eliminare del tutto: {names}. Forse un file è aperto in un altro programma: chiudilo e riprova. Le altre copie indicate sono state eliminate.</source>
        <translation>These could not be deleted entirely: {names}. Perhaps a file is open in another program: close it and try again. The other copies named were deleted.</translation>
    </message>
    <message>
        <source>Tra le copie di questo archivio non c&apos;è {name}: aggiorna l&apos;elenco e riprova.</source>
        <translation>There is no {name} among this database&apos;s copies: refresh the list and try again.</translation>
    </message>
    <message>
        <source>{name} è la copia più recente dell&apos;archivio e non viene eliminata: senza di essa l&apos;archivio resterebbe senza copie. Fai prima una copia nuova, poi elimina questa.</source>
        <translation>{name} is the database&apos;s newest copy and is not deleted: without it the database would have no copy. Make a new copy first, then delete this one.</translation>
    </message>
    <message>
        <source>Non c&apos;è una copia dell&apos;archivio presa dopo il {moment}: le copie più vecchie non vengono eliminate finché non ne esiste una più recente. Fai prima una copia.</source>
        <translation>There is no copy of the database taken after {moment}: older copies are not deleted until a newer one exists. Make a copy first.</translation>
    </message>
    <message>
        <source>Il file di iscrizione è per l&apos;Ambito «{enrolled}», ma questo archivio è dell&apos;Ambito «{store}»: nulla è stato salvato.</source>
        <translation>The enrolment file is for the Ambito “{enrolled}”, but this database belongs to the Ambito “{store}”: nothing has been saved.</translation>
    </message>
    <message>
        <source>Il nuovo file di iscrizione è firmato da un&apos;altra chiave della capofila ({key_id}, attesa {expected}) o cambia la chiave di rete: rifiutato, nulla è stato salvato.</source>
        <translation>The new enrolment file is signed by another capofila key ({key_id}, expected {expected}) or changes the network key: rejected, nothing has been saved.</translation>
    </message>
    <message>
        <source>Questo file di iscrizione è del {issued}, ma l&apos;archivio ne ha già accettato uno più recente (del {current}): un file vecchio riporterebbe le chiavi ritirate della capofila. Rifiutato, nulla è stato salvato.</source>
        <translation>This enrolment file is dated {issued}, but the database has already accepted a newer one (dated {current}): an old file would bring back the capofila&apos;s retired keys. Refused, nothing was saved.</translation>
    </message>
    <message>
        <source>Il file di iscrizione è per il programma «{enrolled}» (versione {enrolled_hash}), questo archivio usa «{store}» (versione {store_hash}): capofila e Ambito devono usare la stessa versione del programma. Nulla è stato salvato.</source>
        <translation>The enrolment file is for the programme “{enrolled}” (version {enrolled_hash}), this database uses “{store}” (version {store_hash}): the capofila and the Ambito must use the same version of the programme. Nothing has been saved.</translation>
    </message>
    <message>
        <source>L&apos;impronta è fatta di {groups} gruppi di {size} cifre (ne ho lette {found}): ricopiala come la legge l&apos;Ambito.</source>
        <translation>The fingerprint is made of {groups} groups of {size} digits ({found} were read): copy it again as the Ambito reads it.</translation>
    </message>
    <message>
        <source>L&apos;impronta digitata non corrisponde a quella della chiave {key_id} dell&apos;Ambito «{ambito}»: chiave NON registrata. Ricontrolla al telefono gruppo per gruppo.</source>
        <translation>The fingerprint typed does not match that of key {key_id} of the Ambito “{ambito}”: key NOT registered. Check it again over the phone, group by group.</translation>
    </message>
    <message>
        <source>Questo archivio non ha ancora una chiave di firma: accetta prima l&apos;iscrizione.</source>
        <translation>This database does not have a signing key yet: accept the enrolment first.</translation>
    </message>
    <message>
        <source>Operazione riservata all&apos;archivio di un Ambito, non della capofila ({action}).</source>
        <translation>This operation is only for an Ambito&apos;s database, not the capofila&apos;s ({action}).</translation>
    </message>
    <message>
        <source>Il file non è un file di iscrizione alla rete ({reason}).</source>
        <translation>The file is not a network enrolment file ({reason}).</translation>
    </message>
    <message>
        <source>Operazione riservata all&apos;archivio della capofila ({action}).</source>
        <translation>This operation is only for the capofila&apos;s database ({action}).</translation>
    </message>
    <message>
        <source>Questo archivio non è ancora iscritto alla rete: importa prima il file di iscrizione della capofila (antiviolenza enrol accept).</source>
        <translation>This database is not enrolled in the network yet: first import the enrolment file from the capofila (antiviolenza enrol accept).</translation>
    </message>
    <message>
        <source>Il codice monouso ha {groups} gruppi di {size} caratteri (ne ho letti {found}): ricopialo come lo detta la capofila.</source>
        <translation>The one-time code has {groups} groups of {size} characters ({found} were read): copy it again as the capofila dictates it.</translation>
    </message>
    <message>
        <source>Codice monouso: il gruppo {group} contiene un errore di battitura. Ricontrolla quel gruppo con la capofila.</source>
        <translation>One-time code: group {group} contains a typing error. Check that group again with the capofila.</translation>
    </message>
    <message>
        <source>Il file non è una chiave pubblica di un Ambito ({reason}).</source>
        <translation>The file is not an Ambito&apos;s public key ({reason}).</translation>
    </message>
    <message>
        <source>La chiave {key_id} è già registrata per l&apos;Ambito «{ambito}».</source>
        <translation>Key {key_id} is already registered for the Ambito “{ambito}”.</translation>
    </message>
    <message>
        <source>La chiave {key_id} dell&apos;Ambito «{ambito}» è già revocata dal {revoked_on}.</source>
        <translation>Key {key_id} of the Ambito “{ambito}” was already revoked on {revoked_on}.</translation>
    </message>
    <message>
        <source>Nessuna chiave registrata con identificativo {key_id}.</source>
        <translation>No key is registered with identifier {key_id}.</translation>
    </message>
    <message>
        <source>Ambito sconosciuto «{ambito}»: usa uno di {known}.</source>
        <translation>Unknown Ambito “{ambito}”: use one of {known}.</translation>
    </message>
    <message>
        <source>Il codice monouso non apre questo file di iscrizione (codice di un altro file, oppure file alterato). Nulla è stato salvato: chiedi alla capofila il codice giusto.</source>
        <translation>The one-time code does not open this enrolment file (a code for another file, or the file has been altered). Nothing has been saved: ask the capofila for the right code.</translation>
    </message>
    <message>
        <source>Operazione non riuscita.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>Non hai il permesso di eseguire questa operazione ({action}).</source>
        <translation>You do not have permission to do this ({action}).</translation>
    </message>
    <message>
        <source>Le due password non coincidono: riscrivile uguali.</source>
        <translation>The two passwords do not match: type the same one in both fields.</translation>
    </message>
    <message>
        <source>Il gruppo {group} non corrisponde alla chiave mostrata: ricontrollalo su quanto hai copiato.</source>
        <translation>Group {group} does not match the key shown: check it against your copy.</translation>
    </message>
    <message>
        <source>Non hai salvato né stampato il foglio di recupero: se dimentichi la password, senza la chiave i dati sono persi. Salvalo o stampalo, oppure conferma che prosegui senza.</source>
        <translation>You have neither saved nor printed the recovery sheet: if you forget the password, the data is lost without the key. Save or print it, or confirm that you are continuing without it.</translation>
    </message>
    <message>
        <source>Una bozza lasciata aperta al blocco è stata scritta da un&apos;altra versione del programma e non si può riprendere: è stata scartata e il modulo è vuoto. Va compilato di nuovo.</source>
        <translation>A draft left open at the lock was written by another version of the program and cannot be resumed: it has been discarded and the form is empty. It must be filled in again.</translation>
    </message>
    <message>
        <source>All&apos;ultimo blocco non è stato possibile conservare i moduli che stavi compilando: quello che non avevi salvato è andato perso. Controlla le schede su cui lavoravi.</source>
        <translation>At the last lock the forms you were filling in could not be kept: what you had not saved has been lost. Check the cases you were working on.</translation>
    </message>
    <message>
        <source>Lo stanziamento del {fund_label} ({allocation}) supera la dotazione provinciale del fondo ({provincial}).</source>
        <translation>The allocation for the {fund_label} ({allocation}) exceeds the fund&apos;s provincial budget ({provincial}).</translation>
    </message>
    <message>
        <source>Lo stanziamento del {fund_label} non può scendere a {allocation}: sono già impegnati {committed}. Storna prima gli impegni in eccesso.</source>
        <translation>The allocation for the {fund_label} cannot go down to {allocation}: {committed} is already committed. Reverse the excess commitments first.</translation>
    </message>
    <message>
        <source>Il massimo per donna del {fund_label} non può scendere a {cap}: il caso {case} ha già impegni per {committed}.</source>
        <translation>The maximum per woman for the {fund_label} cannot go down to {cap}: case {case} already has commitments of {committed}.</translation>
    </message>
    <message>
        <source>Il massimo per donna del {fund_label} è fissato dal programma ({cap}) e non si cambia qui.</source>
        <translation>The maximum per woman for the {fund_label} is set by the programme ({cap}) and is not changed here.</translation>
    </message>
    <message>
        <source>Il massimo per donna deve essere un importo positivo (scritto: {cap}).</source>
        <translation>The maximum per woman must be a positive amount (typed: {cap}).</translation>
    </message>
    <message>
        <source>Conflitto: l&apos;Ambito «{ambito}» ha già inviato un pacchetto n. {sequence} con un contenuto diverso (impronta {kept_sha} contro {incoming_sha}). Nulla è stato unito: verificare con l&apos;Ambito quale archivio è quello giusto (copia ripristinata o duplicata?) e chiedere un nuovo pacchetto.</source>
        <translation>Conflict: the Ambito “{ambito}” has already sent a bundle no. {sequence} with different contents (fingerprint {kept_sha} against {incoming_sha}). Nothing has been merged: check with the Ambito which database is the right one (a restored or duplicated copy?) and ask for a new bundle.</translation>
    </message>
    <message>
        <source>Il pacchetto dell&apos;Ambito «{ambito}» dice di essere stato creato il {created}, dopo oggi ({today}): controlla la data del computer dell&apos;Ambito e fai esportare di nuovo.</source>
        <translation>The bundle from Ambito ‘{ambito}’ says it was created on {created}, after today ({today}): check the date on the Ambito&apos;s computer and have it exported again.</translation>
    </message>
    <message>
        <source>Il n. {sequence} dell&apos;Ambito «{ambito}» è già stato usato da un pacchetto firmato con una chiave poi revocata: chiedi all&apos;Ambito di esportare di nuovo (il pacchetto avrà il numero successivo).</source>
        <translation>Number {sequence} of Ambito ‘{ambito}’ has already been used by a bundle signed with a key that was later revoked: ask the Ambito to export again (the bundle will get the next number).</translation>
    </message>
    <message>
        <source>Il pacchetto dell&apos;Ambito «{ambito}» ha il n. {sequence}, ma l&apos;ultimo unito è il n. {kept}: un salto di oltre {most} numeri non viene da esportazioni normali. Rifiutato; verifica con l&apos;Ambito e, se la sua chiave è compromessa, revocala.</source>
        <translation>The bundle from Ambito ‘{ambito}’ is no. {sequence}, but the last one merged is no. {kept}: a jump of more than {most} numbers does not come from normal exports. Rejected; check with the Ambito and, if its key has been compromised, revoke it.</translation>
    </message>
    <message>
        <source>Pacchetto superato: è il n. {sequence} dell&apos;Ambito «{ambito}», ma è già unito il n. {kept} (creato il {kept_on}). Rifiutato, i totali restano quelli del n. {kept}.</source>
        <translation>Outdated bundle: it is no. {sequence} from the Ambito “{ambito}”, but no. {kept} (created on {kept_on}) is already merged. Rejected; the totals stay those of no. {kept}.</translation>
    </message>
    <message>
        <source>Il contenuto del pacchetto dichiara l&apos;Ambito «{payload}», ma è firmato dalla chiave {key_id} dell&apos;Ambito «{signer}»: rifiutato, nulla è stato importato.</source>
        <translation>The bundle contents declare the Ambito “{payload}”, but it is signed with key {key_id} of the Ambito “{signer}”: rejected, nothing has been imported.</translation>
    </message>
    <message>
        <source>Lo strumento di valutazione non è valido (errori: {count}). Il primo, in {location}: {first}</source>
        <translation>The assessment instrument is not valid ({count} errors). The first, at {location}: {first}</translation>
    </message>
    <message>
        <source>Gli impegni sul {fund_label} arriverebbero a {total} (già impegnati {current}, nuovo impegno {amount}): superano lo stanziamento dell&apos;Ambito di {allocation} (disponibili {available}).</source>
        <translation>Commitments on the {fund_label} would reach {total} (already committed {current}, new commitment {amount}): more than the Ambito&apos;s allocation of {allocation} ({available} available).</translation>
    </message>
    <message>
        <source>La voce n. {seq} è già stata stornata (storno n. {reversal}): non si storna due volte.</source>
        <translation>Entry no. {seq} has already been reversed (reversal no. {reversal}): an entry is reversed only once.</translation>
    </message>
    <message>
        <source>L&apos;importo di {amount} non è valido: ogni voce del registro ha un importo positivo in centesimi (è il tipo di voce a dare il segno).</source>
        <translation>The amount {amount} is not valid: every ledger entry has a positive amount in cents (the kind of entry gives the sign).</translation>
    </message>
    <message>
        <source>L&apos;impegno n. {seq} ha erogazioni non stornate per {disbursed} (voci n. {entries}): storna prima quelle erogazioni.</source>
        <translation>Commitment no. {seq} has unreversed payments of {disbursed} (entries no. {entries}): reverse those payments first.</translation>
    </message>
    <message>
        <source>L&apos;erogazione fa riferimento all&apos;impegno n. {seq}, che non esiste nel registro.</source>
        <translation>The payment refers to commitment no. {seq}, which is not in the ledger.</translation>
    </message>
    <message>
        <source>L&apos;impegno n. {seq} è del caso {their_case} sul {their_fund}: non si può erogare su di esso per il caso {case} sul {fund}.</source>
        <translation>Commitment no. {seq} belongs to case {their_case} on the {their_fund}: it cannot pay out for case {case} on the {fund}.</translation>
    </message>
    <message>
        <source>Gli impegni del caso {case} sul {fund_label} arriverebbero a {total} (già impegnati {current}, nuovo impegno {amount}): superano il massimo di {cap} per donna.</source>
        <translation>Commitments for case {case} on the {fund_label} would reach {total} (already committed {current}, new commitment {amount}): more than the maximum of {cap} per woman.</translation>
    </message>
    <message>
        <source>L&apos;impegno n. {seq} è stato stornato (storno n. {reversal}): non si può più erogare su di esso.</source>
        <translation>Commitment no. {seq} has been reversed (reversal no. {reversal}): nothing more can be paid out on it.</translation>
    </message>
    <message>
        <source>L&apos;erogazione di {amount} supera il residuo dell&apos;impegno n. {seq} ({residual}; impegnati {committed}, già erogati {disbursed}).</source>
        <translation>The payment of {amount} exceeds what remains of commitment no. {seq} ({residual}; committed {committed}, already paid {disbursed}).</translation>
    </message>
    <message>
        <source>Lo storno fa riferimento alla voce n. {seq}, che non esiste nel registro.</source>
        <translation>The reversal refers to entry no. {seq}, which is not in the ledger.</translation>
    </message>
    <message>
        <source>L&apos;erogazione del {day} è precedente all&apos;impegno n. {seq} del {committed_on}: controlla la data.</source>
        <translation>The payment of {day} is earlier than commitment no. {seq} of {committed_on}: check the date.</translation>
    </message>
    <message>
        <source>Manca {what} dell&apos;erogazione: ogni pagamento dice a chi è andato e con quale documento (ricevuta, fattura, numero di mandato).</source>
        <translation>The payment&apos;s {what} is missing: every payment says who it went to and with which document (receipt, invoice, payment order number).</translation>
    </message>
    <message>
        <source>Lo storno di {amount} per il caso {case} sul {fund} non corrisponde alla voce n. {seq} ({their_amount}, caso {their_case}, {their_fund}): uno storno annulla per intero una voce dello stesso caso e fondo.</source>
        <translation>The reversal of {amount} for case {case} on the {fund} does not match entry no. {seq} ({their_amount}, case {their_case}, {their_fund}): a reversal cancels a whole entry of the same case and fund.</translation>
    </message>
    <message>
        <source>La voce n. {seq} è uno storno: uno storno non si storna, registra invece una nuova voce.</source>
        <translation>Entry no. {seq} is a reversal: a reversal is not reversed; record a new entry instead.</translation>
    </message>
    <message>
        <source>La revisione {number} del progetto del caso {case} ha già i suoi impegni (n. {seqs}).</source>
        <translation>Revision {number} of the project of case {case} already has its commitments (no. {seqs}).</translation>
    </message>
    <message>
        <source>La voce n. {seq} non segue l&apos;ultima del registro (n. {last}): il registro si scrive solo in coda.</source>
        <translation>Entry no. {seq} does not follow the last one in the ledger (no. {last}): the ledger is only ever appended to.</translation>
    </message>
    <message>
        <source>Il tipo di voce «{kind}» non esiste: impegno, erogazione o storno.</source>
        <translation>There is no entry kind ‘{kind}’: commitment, payment or reversal.</translation>
    </message>
    <message>
        <source>Il fondo «{fund}» non esiste: scegli tra {known}.</source>
        <translation>There is no fund ‘{fund}’: choose one of {known}.</translation>
    </message>
    <message>
        <source>{what} contiene un codice fiscale: non scriverlo qui, questo testo finisce nei rendiconti e nei file esportati.</source>
        <translation>{what} contains a codice fiscale: do not write it here, this text ends up in financial reports and exported files.</translation>
    </message>
    <message>
        <source>{what} contiene il nome e cognome di una donna seguita: scrivi «la beneficiaria» o il codice del caso. Questo testo finisce nei rendiconti e nei file esportati.</source>
        <translation>{what} contains the first name and surname of a woman being followed: write “the beneficiary” or the case code. This text ends up in financial reports and exported files.</translation>
    </message>
    <message>
        <source>{what} ({day}) è nel futuro: si registrano solo fatti già avvenuti.</source>
        <translation>{what} ({day}) is in the future: only events that have already happened are recorded.</translation>
    </message>
    <message>
        <source>{what} ({day}) è precedente al {earliest}: controlla l&apos;anno.</source>
        <translation>{what} ({day}) is earlier than {earliest}: check the year.</translation>
    </message>
    <message>
        <source>L&apos;uscita dalla rete ({left}) non può precedere l&apos;adesione ({joined}).</source>
        <translation>Leaving the network ({left}) cannot come before joining ({joined}).</translation>
    </message>
    <message>
        <source>Una sessione di formazione ha almeno un partecipante: scrivi quanti per ente.</source>
        <translation>A training session has at least one participant: enter how many per organisation.</translation>
    </message>
    <message>
        <source>I partecipanti di «{kind}» devono essere tra 0 e {most} (scritti: {count}).</source>
        <translation>Participants from ‘{kind}’ must be between 0 and {most} (typed: {count}).</translation>
    </message>
    <message>
        <source>La durata della sessione deve essere più di zero e al massimo {most} minuti (scritti: {minutes}).</source>
        <translation>The session duration must be more than zero and at most {most} minutes (typed: {minutes}).</translation>
    </message>
    <message>
        <source>Il tipo di ente «{kind}» non è previsto: scegli tra {known}.</source>
        <translation>The organisation type ‘{kind}’ is not recognised: choose from {known}.</translation>
    </message>
    <message>
        <source>Il pacchetto contiene il campo «{path}», che potrebbe portare dati identificativi o testo libero: nessun nome, codice fiscale, indirizzo, telefono, data di nascita o testo libero può uscire dall&apos;archivio. Pacchetto rifiutato.</source>
        <translation>The bundle contains the field “{path}”, which could carry identifying data or free text: no name, codice fiscale, address, telephone number, date of birth or free text may leave the database. Bundle rejected.</translation>
    </message>
    <message>
        <source>Contenuto del pacchetto non valido, campo «{path}»: {reason}.</source>
        <translation>Invalid bundle contents, field “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Il pacchetto è del programma «{theirs}», questo archivio segue «{ours}»: non si possono unire.</source>
        <translation>The bundle is for the programme “{theirs}”, this database follows “{ours}”: they cannot be merged.</translation>
    </message>
    <message>
        <source>Il pacchetto usa la versione {version} del formato, più recente di quella che questa applicazione conosce ({known}): aggiornare l&apos;applicazione e ripetere l&apos;importazione.</source>
        <translation>The bundle uses version {version} of the format, newer than the one this application knows ({known}): update the application and repeat the import.</translation>
    </message>
    <message>
        <source>Il pacchetto usa la versione {version} del formato, che questa applicazione non sa più leggere (la più vecchia è la {oldest}): chiedere all&apos;Ambito un nuovo pacchetto.</source>
        <translation>The bundle uses version {version} of the format, which this application can no longer read (the oldest is {oldest}): ask the Ambito for a new bundle.</translation>
    </message>
    <message>
        <source>I totali dichiarati dall&apos;Ambito non corrispondono ai dati del pacchetto: {what} dichiarato {stated}, ricalcolato {computed}. Pacchetto rifiutato.</source>
        <translation>The totals declared by the Ambito do not match the data in the bundle: {what} declared {stated}, recalculated {computed}. Bundle rejected.</translation>
    </message>
    <message>
        <source>L&apos;intervento indicato non è nel progetto (revisione {revision}) dell&apos;impegno n. {seq}: scegli un intervento dall&apos;elenco.</source>
        <translation>The intervention given is not in the project (revision {revision}) of commitment no. {seq}: choose an intervention from the list.</translation>
    </message>
    <message>
        <source>L&apos;intervento indicato è nel progetto di un altro caso: un&apos;erogazione sull&apos;impegno n. {seq} paga solo interventi del progetto di quel caso.</source>
        <translation>The intervention given is in another case&apos;s project: a payment on commitment no. {seq} only pays for interventions in that case&apos;s project.</translation>
    </message>
    <message>
        <source>L&apos;intervento indicato è pagato dal {item_fund}, l&apos;impegno n. {seq} è sul {fund}: scegli un intervento dello stesso fondo.</source>
        <translation>The intervention given is paid by the {item_fund}, but commitment no. {seq} is on the {fund}: choose an intervention from the same fund.</translation>
    </message>
    <message>
        <source>Il programma «{source}» non è valido (errori: {count}). Il primo, in {location}: {first}</source>
        <translation>The programme ‘{source}’ is not valid ({count} errors). The first, at {location}: {first}</translation>
    </message>
    <message>
        <source>L&apos;indennità di partecipazione (voce {support}, {amount}) non può essere legata al tirocinio extracurricolare (intervento {intervention}): il tirocinio è già indennizzato dal Fondo politiche attive</source>
        <translation>The participation allowance (item {support}, {amount}) cannot be tied to the extracurricular traineeship (intervention {intervention}): the traineeship is already paid for by the Fondo politiche attive</translation>
    </message>
    <message>
        <source>Il totale {what} ({total}) supera il massimo di {cap} per donna</source>
        <translation>The total {what} ({total}) exceeds the maximum of {cap} per woman</translation>
    </message>
    <message>
        <source>Percorso b: la fine del contratto ({end}) deve essere dopo l&apos;inizio ({start}).</source>
        <translation>Path b: the end of the lease ({end}) must be after the start ({start}).</translation>
    </message>
    <message>
        <source>Percorso b: indica chi affitta scegliendo un ruolo dall&apos;elenco, mai un nome.</source>
        <translation>Path b: say who is letting the home by choosing a role from the list, never a name.</translation>
    </message>
    <message>
        <source>Percorso b: il canone mensile ({rent}) deve essere maggiore di zero.</source>
        <translation>Path b: the monthly rent ({rent}) must be greater than zero.</translation>
    </message>
    <message>
        <source>Un progetto si chiude o con esiti (concluso) o con un motivo di interruzione, non con entrambi: togli gli esiti oppure il motivo.</source>
        <translation>A project closes either with outcomes (completed) or with a reason for interruption, not with both: remove the outcomes or the reason.</translation>
    </message>
    <message>
        <source>Per chiudere il progetto indica gli esiti raggiunti oppure il motivo dell&apos;interruzione.</source>
        <translation>To close the project, give the outcomes achieved or the reason for the interruption.</translation>
    </message>
    <message>
        <source>La data {what} ({day}) precede la validazione del progetto ({validated}).</source>
        <translation>The date {what} ({day}) is before the project was validated ({validated}).</translation>
    </message>
    <message>
        <source>La data {what} ({day}) è nel futuro: oggi è il {today}.</source>
        <translation>The date {what} ({day}) is in the future: today is {today}.</translation>
    </message>
    <message>
        <source>{what} è possibile solo dopo la validazione del progetto.</source>
        <translation>{what} is only possible once the project has been validated.</translation>
    </message>
    <message>
        <source>Il progetto è chiuso (revisione {number}): non si può più modificare né aggiornare.</source>
        <translation>The project is closed (revision {number}): it can no longer be changed or updated.</translation>
    </message>
    <message>
        <source>La revisione {number} è già {status}: è bloccata, le modifiche vanno in una nuova revisione.</source>
        <translation>Revision {number} is already {status}: it is locked, so changes go into a new revision.</translation>
    </message>
    <message>
        <source>La chiave di rete per gli pseudonimi deve essere di almeno {minimum} byte casuali (ne ha {length}): ripetere l&apos;adesione alla rete.</source>
        <translation>The network key for pseudonyms must be at least {minimum} random bytes (it has {length}): join the network again.</translation>
    </message>
    <message>
        <source>Il registro dei fondi è vuoto: non c&apos;è nessuna voce da esportare. Le voci nascono quando un progetto viene confermato o si registra un&apos;erogazione.</source>
        <translation>The fund ledger is empty: there are no entries to export. Entries are created when a project is confirmed or a payment is recorded.</translation>
    </message>
    <message>
        <source>Non c&apos;è ancora nulla da rendicontare: il registro dei fondi, le spese delle azioni e le ore di cofinanziamento sono vuoti. Registra almeno un impegno, una spesa o delle ore, poi salva la relazione finanziaria.</source>
        <translation>There is nothing to report yet: the fund ledger, the action expenses and the co-financing hours are empty. Record at least one commitment, expense or some hours, then save the financial report.</translation>
    </message>
    <message>
        <source>I dati personali del caso {case_code} sono già stati eliminati.</source>
        <translation>The personal data of case {case_code} have already been erased.</translation>
    </message>
    <message>
        <source>I dati personali del caso {case_code} sono stati eliminati: al caso non si può aggiungere né modificare nulla. Per una nuova richiesta della donna apri un nuovo caso.</source>
        <translation>The personal data of case {case_code} have been erased: nothing can be added to or changed in the case. For a new request from the woman open a new case.</translation>
    </message>
    <message>
        <source>Il caso {case_code} non è chiuso: per scadenza si eliminano solo i percorsi conclusi o interrotti senza un progetto in corso. Se la donna chiede la cancellazione, scegli il motivo «richiesta dell&apos;interessata».</source>
        <translation>Case {case_code} is not closed: by expiry only paths that are completed or dropped out, with no project running, are erased. If the woman asks for erasure, choose the reason “her own request”.</translation>
    </message>
    <message>
        <source>Il codice scritto non è quello del caso ({case_code}): nessun dato è stato eliminato. Riscrivi il codice del caso per confermare.</source>
        <translation>The code typed is not the case&apos;s ({case_code}): nothing was erased. Type the case code again to confirm.</translation>
    </message>
    <message>
        <source>Il caso {case_code} va conservato fino al {until} ({years} anni dalla chiusura): prima di allora si elimina solo su richiesta dell&apos;interessata.</source>
        <translation>Case {case_code} must be kept until {until} ({years} years from closing): before then it can be erased only at her request.</translation>
    </message>
    <message>
        <source>Motivo della cancellazione sconosciuto: usa «richiesta» o «scadenza».</source>
        <translation>Unknown reason for erasure: use “richiesta” (request) or “scadenza” (expiry).</translation>
    </message>
    <message>
        <source>Il file {name} non è salvato in UTF-8: salvalo con la codifica UTF-8 (in Blocco note: «Salva con nome», Codifica «UTF-8») e riprova.</source>
        <translation>The file {name} is not saved in UTF-8: save it with the UTF-8 encoding (in Notepad: “Save as”, Encoding “UTF-8”) and try again.</translation>
    </message>
    <message>
        <source>Non riesco a leggere {name} come testo UTF-8.</source>
        <translation>Cannot read {name} as UTF-8 text.</translation>
    </message>
    <message>
        <source>--recovery-sheet serve solo con --new-recovery-key.</source>
        <translation>--recovery-sheet is only used with --new-recovery-key.</translation>
    </message>
    <message>
        <source>Indica --role, --disable o --enable con --target.</source>
        <translation>Give --role, --disable or --enable with --target.</translation>
    </message>
    <message>
        <source>Data non valida «{typed}»: scrivila come gg/mm/aaaa.</source>
        <translation>Invalid date “{typed}”: write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Ore non valide «{typed}»: scrivi per esempio 12, 12:30 oppure 12,5.</source>
        <translation>Invalid hours “{typed}”: write for example 12, 12:30 or 12,5.</translation>
    </message>
    <message>
        <source>Questo è il primo passo.</source>
        <translation>This is the first step.</translation>
    </message>
    <message>
        <source>Scegli a chi appartiene questo archivio.</source>
        <translation>Choose who this database belongs to.</translation>
    </message>
    <message>
        <source>Passo non disponibile ora (passo attuale: {step}).</source>
        <translation>Step not available now (current step: {step}).</translation>
    </message>
    <message>
        <source>L&apos;archivio è già stato creato: non si può tornare indietro.</source>
        <translation>The database has already been created: you cannot go back.</translation>
    </message>
    <message>
        <source>Dai un nome all&apos;archivio (al massimo {max} caratteri).</source>
        <translation>Give the database a name (at most {max} characters).</translation>
    </message>
    <message>
        <source>Passo non consentito ora.</source>
        <translation>Step not allowed now.</translation>
    </message>
    <message>
        <source>Password troppo debole: è facile da indovinare (punteggio {score} su 4). Usa una frase di quattro o più parole non comuni, oppure mescola parole, numeri e simboli.</source>
        <translation>Password too weak: it is easy to guess (score {score} out of 4). Use a phrase of four or more uncommon words, or mix words, numbers and symbols.</translation>
    </message>
    <message>
        <source>Password troppo debole: non deve contenere il nome utente o il nome dell&apos;archivio.</source>
        <translation>Password too weak: it must not contain the user name or the database name.</translation>
    </message>
    <message>
        <source>Password troppo debole: al massimo {max} caratteri.</source>
        <translation>Password too weak: at most {max} characters.</translation>
    </message>
    <message>
        <source>Password troppo debole: servono almeno {min} caratteri.</source>
        <translation>Password too weak: it needs at least {min} characters.</translation>
    </message>
    <message>
        <source>«{source}» contiene più di una riga: password, chiave di recupero e codice monouso vanno scritti su una sola riga.</source>
        <translation>“{source}” holds more than one line: a password, recovery key or one-time code must be written on a single line.</translation>
    </message>
    <message>
        <source>Scrivi il nome da mostrare (max {max}).</source>
        <translation>Enter the name to display (max {max}).</translation>
    </message>
    <message>
        <source>Nome utente non valido: da 3 a 32 caratteri tra lettere minuscole senza accenti, cifre, punto, trattino e trattino basso (per esempio «m.rossi»).</source>
        <translation>Invalid user name: 3 to 32 characters, using lower-case letters without accents, digits, full stop, hyphen and underscore (for example “m.rossi”).</translation>
    </message>
    <message>
        <source>Ruolo sconosciuto: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>Scegli il CAV dell&apos;operatrice CAV.</source>
        <translation>Choose the CAV of the CAV worker.</translation>
    </message>
    <message>
        <source>Il CAV si indica solo per il ruolo «Operatrice CAV».</source>
        <translation>A CAV is given only for the role “CAV worker”.</translation>
    </message>
    <message>
        <source>CAV sconosciuto: {cav} (CAV del programma: {known}).</source>
        <translation>Unknown CAV: {cav} (the programme&apos;s CAVs: {known}).</translation>
    </message>
    <message>
        <source>Il ruolo «{role}» non è previsto in questo archivio (ruoli possibili: {roles}).</source>
        <translation>The role “{role}” is not available in this database (possible roles: {roles}).</translation>
    </message>
    <message>
        <source>Il file delle decisioni è per l&apos;Ambito «{theirs}», questo archivio è dell&apos;Ambito «{ours}».</source>
        <translation>The decision file is for the Ambito «{theirs}»; this store belongs to the Ambito «{ours}».</translation>
    </message>
    <message>
        <source>Il file delle decisioni è firmato con la chiave {key_id}, non con quella della capofila presso cui questo archivio è iscritto ({expected}).</source>
        <translation>The decision file is signed with key {key_id}, not with the key of the capofila this store is enrolled with ({expected}).</translation>
    </message>
    <message>
        <source>Il file delle decisioni è del programma «{theirs}», questo archivio segue «{ours}».</source>
        <translation>The decision file is for the programme «{theirs}»; this store follows «{ours}».</translation>
    </message>
    <message>
        <source>Il file delle decisioni n. {sequence} non è più recente dell&apos;ultimo applicato (n. {applied}): non cambia nulla. Usa il file più recente della capofila.</source>
        <translation>Decision file no. {sequence} is not newer than the last one applied (no. {applied}): nothing changes. Use the capofila&apos;s newest file.</translation>
    </message>
    <message>
        <source>La firma della capofila sul file delle decisioni non è valida: il file è stato alterato dopo la firma. Chiedi alla capofila di scriverlo di nuovo.</source>
        <translation>The capofila&apos;s signature on the decision file is not valid: the file was altered after it was signed. Ask the capofila to write it again.</translation>
    </message>
    <message>
        <source>La capofila non ha ancora deciso su alcun periodo dell&apos;Ambito «{ambito}»: non c&apos;è un file di decisioni da scrivere.</source>
        <translation>The capofila has not yet decided on any period of the Ambito «{ambito}»: there is no decision file to write.</translation>
    </message>
    <message>
        <source>Il file non è un file di decisioni sui periodi della capofila ({reason}).</source>
        <translation>The file is not a capofila&apos;s period decision file ({reason}).</translation>
    </message>
    <message>
        <source>Il periodo «{period}» non è valido: scrivi un mese come mm/aaaa (03/2026) o un trimestre come T1/2026.</source>
        <translation>The period «{period}» is not valid: write a month as mm/yyyy (03/2026) or a quarter as T1/2026.</translation>
    </message>
    <message>
        <source>La data {day} cade nel periodo {period}, approvato dalla capofila ({by}, {on}): in quel periodo non si può registrare {what} finché la capofila non lo riapre.</source>
        <translation>The date {day} falls in the period {period}, approved by the capofila ({by}, {on}): {what} cannot be recorded in that period until the capofila reopens it.</translation>
    </message>
    <message>
        <source>Il periodo {period} finisce il {last_day}: si può sottomettere dal giorno dopo (oggi è il {today}).</source>
        <translation>The period {period} ends on {last_day}: it can be submitted from the next day (today is {today}).</translation>
    </message>
    <message>
        <source>Il periodo {period} si sovrappone al periodo {other}, già {state}: sottometti periodi che non abbiano giorni in comune.</source>
        <translation>The period {period} overlaps the period {other}, already {state}: submit periods that share no days.</translation>
    </message>
    <message>
        <source>Scrivi il motivo per cui il periodo torna all&apos;Ambito.</source>
        <translation>Write the reason why the period goes back to the Ambito.</translation>
    </message>
    <message>
        <source>Il motivo del rinvio è lungo {length} caratteri: al massimo {most}.</source>
        <translation>The reason for sending back is {length} characters long: at most {most}.</translation>
    </message>
    <message>
        <source>Il periodo {period} è {state}: non si può {action}.</source>
        <translation>The period {period} is {state}: it is not possible to {action}.</translation>
    </message>
    <message>
        <source>Questo consenso è già stato revocato il {withdrawn_on}: non si revoca due volte.</source>
        <translation>This consent was already withdrawn on {withdrawn_on}: it cannot be withdrawn twice.</translation>
    </message>
    <message>
        <source>La data {day} è nel futuro: si registrano solo consensi già dati o revocati.</source>
        <translation>The date {day} is in the future: only consents already given or withdrawn are recorded.</translation>
    </message>
    <message>
        <source>Indica il giorno in cui la donna ha dato il consenso.</source>
        <translation>Give the day the woman gave her consent.</translation>
    </message>
    <message>
        <source>L&apos;ente n. {member} non è un membro della rete di tipo «{kind}»: scegli un ente dell&apos;elenco o lascia solo il tipo di ente.</source>
        <translation>Body no. {member} is not a network member of kind «{kind}»: choose a body from the list or leave only the kind of body.</translation>
    </message>
    <message>
        <source>Manca il consenso della donna per «{purpose}» al {day}: registralo nella sezione «Consensi» della scheda, poi riprova.</source>
        <translation>The woman&apos;s consent for «{purpose}» on {day} is missing: record it in the «Consents» section of the file, then try again.</translation>
    </message>
    <message>
        <source>Il consenso n. {number} non è nel registro di questo caso.</source>
        <translation>Consent no. {number} is not in this case&apos;s register.</translation>
    </message>
    <message>
        <source>Scegli la finalità del consenso tra quelle dell&apos;elenco.</source>
        <translation>Choose the purpose of the consent from the list.</translation>
    </message>
    <message>
        <source>Un consenso all&apos;invio nomina il servizio: scegli il tipo di ente.</source>
        <translation>A consent to a referral names the service: choose the kind of body.</translation>
    </message>
    <message>
        <source>Solo il consenso all&apos;invio a un servizio nomina un servizio: togli il servizio.</source>
        <translation>Only the consent to a referral names a service: remove the service.</translation>
    </message>
    <message>
        <source>Scegli come è stato raccolto il consenso (modulo firmato, orale annotato nella scheda, ...): «registrato prima del registro» vale solo per i consensi già presenti.</source>
        <translation>Choose how the consent was collected (signed form, oral noted in the file, ...): «recorded before the register» applies only to the consents already there.</translation>
    </message>
    <message>
        <source>La donna ha revocato il consenso per «{purpose}» il {withdrawn_on}: l&apos;operazione non si può fare. Se ha dato un nuovo consenso, registralo nella sezione «Consensi».</source>
        <translation>The woman withdrew her consent for «{purpose}» on {withdrawn_on}: this cannot be done. If she has given a new consent, record it in the «Consents» section.</translation>
    </message>
    <message>
        <source>La revoca ({day}) non può precedere il consenso, dato il {given_on}: controlla la data.</source>
        <translation>The withdrawal ({day}) cannot come before the consent, given on {given_on}: check the date.</translation>
    </message>
    <message>
        <source>Indica il giorno in cui la donna ha revocato il consenso.</source>
        <translation>Give the day the woman withdrew her consent.</translation>
    </message>
    <message>
        <source>Il file della scheda non si può usare ({count} problemi da correggere).</source>
        <translation>The case file cannot be used ({count} problems to correct).</translation>
    </message>
    <message>
        <source>Non riesco a leggere il file della scheda {name}.</source>
        <translation>I cannot read the case file {name}.</translation>
    </message>
    <message>
        <source>La data {day} è nel futuro: si registrano solo invii e risposte già avvenuti.</source>
        <translation>The date {day} is in the future: only referrals and answers that have already happened are recorded.</translation>
    </message>
    <message>
        <source>Indica il giorno dell&apos;invio.</source>
        <translation>Enter the day of the referral.</translation>
    </message>
    <message>
        <source>L&apos;invio n. {number} non è nel registro di questo caso.</source>
        <translation>Referral no. {number} is not in this case&apos;s register.</translation>
    </message>
    <message>
        <source>Un invio rifiutato ha sempre il motivo del rifiuto: scrivilo.</source>
        <translation>A refused referral always has the reason for the refusal: write it.</translation>
    </message>
    <message>
        <source>Solo un rifiuto ha un motivo: togli il testo del motivo.</source>
        <translation>Only a refusal has a reason: remove the reason&apos;s text.</translation>
    </message>
    <message>
        <source>Il motivo è lungo {length} caratteri: al massimo {max}.</source>
        <translation>The reason is {length} characters long: at most {max}.</translation>
    </message>
    <message>
        <source>Scegli chi invia la donna (il tipo di ente che fa l&apos;invio).</source>
        <translation>Choose who refers her (the kind of body making the referral).</translation>
    </message>
    <message>
        <source>Scegli il servizio a cui la donna è inviata (il tipo di ente).</source>
        <translation>Choose the service she is referred to (the kind of body).</translation>
    </message>
    <message>
        <source>Il giorno {day} viene prima di quello dello stato attuale ({since}): controlla la data.</source>
        <translation>The day {day} comes before that of the current status ({since}): check the date.</translation>
    </message>
    <message>
        <source>L&apos;invio è «{current}»: non può diventare «{wanted}». Un invio inviato si accoglie o si rifiuta; solo un invio accolto si conclude; rifiutato o concluso, è chiuso.</source>
        <translation>The referral is «{current}»: it cannot become «{wanted}». A sent referral is accepted or refused; only an accepted referral is closed; once refused or closed, it is over.</translation>
    </message>
    <message>
        <source>Scegli il nuovo stato dell&apos;invio tra quelli dell&apos;elenco.</source>
        <translation>Choose the referral&apos;s new status from the list.</translation>
    </message>
    <message>
        <source>Il periodo di conservazione va da {min} a {max} anni.</source>
        <translation>The retention period must be between {min} and {max} years.</translation>
    </message>
    <message>
        <source>La soglia delle celle piccole va da {min} a {max}.</source>
        <translation>The small-cell threshold goes from {min} to {max}.</translation>
    </message>
    <message>
        <source>I pacchetti degli Ambiti riportano i mesi, non i giorni: alla capofila il periodo va dal primo giorno di un mese all&apos;ultimo giorno di un mese.</source>
        <translation>The Ambiti&apos;s bundles carry months, not days: at the capofila the period goes from the first day of a month to the last day of a month.</translation>
    </message>
    <message>
        <source>L&apos;archivio della Regione riceve i totali provinciali, non i casi: le tabelle O.R.A./ISTAT si preparano nell&apos;archivio dell&apos;Ambito o in quello della capofila.</source>
        <translation>The Region&apos;s store receives the provincial totals, not the cases: the O.R.A./ISTAT tables are prepared in the Ambito&apos;s store or in the capofila&apos;s.</translation>
    </message>
    <message>
        <source>Il caso {case_code} è stato trasferito all&apos;Ambito «{ambito}» il {day}: qui resta in sola lettura, non si può aggiungere né modificare nulla.</source>
        <translation>Case {case_code} was transferred to Ambito “{ambito}” on {day}: here it stays read-only, nothing can be added or changed.</translation>
    </message>
    <message>
        <source>La chiave {key_id} dell&apos;Ambito «{ambito}» è già registrata.</source>
        <translation>Key {key_id} of Ambito “{ambito}” is already registered.</translation>
    </message>
    <message>
        <source>Il file non è una scheda «chiave di ricezione» valida ({reason}).</source>
        <translation>The file is not a valid “receiving key” card ({reason}).</translation>
    </message>
    <message>
        <source>Questa è la scheda «chiave di ricezione» di questo stesso Ambito («{ambito}»): registra la scheda dell&apos;altro Ambito.</source>
        <translation>This is the “receiving key” card of this same Ambito (“{ambito}”): register the other Ambito&apos;s card.</translation>
    </message>
    <message>
        <source>Questo trasferimento è già stato ricevuto il {day}: è il caso {case_code}. Nulla è stato importato una seconda volta.</source>
        <translation>This transfer was already received on {day}: it is case {case_code}. Nothing was imported a second time.</translation>
    </message>
    <message>
        <source>Il contenuto del caso trasferito non è leggibile ({reason}): nulla è stato importato.</source>
        <translation>The content of the transferred case cannot be read ({reason}): nothing was imported.</translation>
    </message>
    <message>
        <source>Il caso è trasferito all&apos;Ambito «{addressee}», non a questo («{ambito}»): nulla è stato importato.</source>
        <translation>The case is transferred to Ambito “{addressee}”, not to this one (“{ambito}”): nothing was imported.</translation>
    </message>
    <message>
        <source>Il caso trasferito usa il formato {version}, più recente di questo programma (fino a {supported}): aggiorna l&apos;applicazione, poi ricevilo di nuovo.</source>
        <translation>The transferred case uses format {version}, newer than this program (up to {supported}): update the application, then receive it again.</translation>
    </message>
    <message>
        <source>Questo archivio non ha ancora una chiave di firma: iscrivilo alla rete (file di iscrizione della capofila) prima di trasferire o ricevere casi.</source>
        <translation>This database has no signing key yet: enrol it in the network (the capofila&apos;s enrolment file) before transferring or receiving cases.</translation>
    </message>
    <message>
        <source>Non c&apos;è una chiave di ricezione registrata per l&apos;Ambito «{ambito}»: registra prima la sua scheda «chiave di ricezione», confrontando l&apos;impronta al telefono.</source>
        <translation>There is no receiving key registered for Ambito “{ambito}”: first register its “receiving key” card, comparing the fingerprint over the phone.</translation>
    </message>
    <message>
        <source>Il caso viene da un archivio del programma «{sent}», questo usa «{here}»: nulla è stato importato.</source>
        <translation>The case comes from a database of programme “{sent}”, this one uses “{here}”: nothing was imported.</translation>
    </message>
    <message>
        <source>La chiave scelta è di questo stesso Ambito («{ambito}»): scegli un altro Ambito.</source>
        <translation>The chosen key belongs to this same Ambito (“{ambito}”): choose another Ambito.</translation>
    </message>
    <message>
        <source>Questo è il pacchetto di un Ambito, destinato alla sua capofila: l&apos;archivio regionale importa solo i pacchetti provinciali che le capofila esportano per la Regione.</source>
        <translation>This is an Ambito&apos;s bundle, meant for its capofila: the regional database imports only the provincial bundles the capofila export for the Region.</translation>
    </message>
    <message>
        <source>Questo è un pacchetto per la capofila o per la Regione, non il file di un caso trasferito: nulla è stato importato.</source>
        <translation>This is a bundle for the capofila or the Region, not the file of a transferred case: nothing was imported.</translation>
    </message>
    <message>
        <source>Il pacchetto non è destinato a questo archivio.</source>
        <translation>The bundle is not meant for this database.</translation>
    </message>
    <message>
        <source>Questa capofila non è ancora iscritta all&apos;archivio della Regione: importa prima il file di iscrizione della Regione (antiviolenza province accept-region).</source>
        <translation>This capofila is not yet enrolled with the Region&apos;s database: first import the Region&apos;s enrolment file (antiviolenza province accept-region).</translation>
    </message>
    <message>
        <source>Operazione riservata all&apos;archivio della Regione ({action}).</source>
        <translation>Operation reserved to the Region&apos;s database ({action}).</translation>
    </message>
    <message>
        <source>Questo è un pacchetto provinciale, destinato all&apos;archivio della Regione: la capofila importa solo i pacchetti degli Ambiti.</source>
        <translation>This is a provincial bundle, meant for the Region&apos;s database: the capofila imports only the Ambiti&apos;s bundles.</translation>
    </message>
    <message>
        <source>Questo è il file di un caso trasferito da un Ambito a un altro: si apre solo nell&apos;archivio dell&apos;Ambito che lo riceve, con «Ricevi un caso trasferito…».</source>
        <translation>This is the file of a case transferred from one Ambito to another: it opens only in the database of the receiving Ambito, with “Receive a transferred case…”.</translation>
    </message>
    <message>
        <source>Provincia sconosciuta «{province}»: usa uno di {known}.</source>
        <translation>Unknown province «{province}»: use one of {known}.</translation>
    </message>
    <message>
        <source>Conflitto: la capofila della provincia «{ambito}» ha già inviato un pacchetto n. {sequence} con un contenuto diverso (impronta {kept_sha} contro {incoming_sha}). Nulla è stato unito: verificare con la capofila quale archivio è quello giusto (copia ripristinata o duplicata?) e chiedere un nuovo pacchetto provinciale.</source>
        <translation>Conflict: the capofila of the province «{ambito}» already sent a bundle no. {sequence} with different content (fingerprint {kept_sha} against {incoming_sha}). Nothing was merged: check with the capofila which database is the right one (a restored or duplicated copy?) and ask for a new provincial bundle.</translation>
    </message>
    <message>
        <source>Il pacchetto della provincia «{ambito}» dice di essere stato creato il {created}, dopo oggi ({today}): controlla la data del computer della capofila e fai esportare di nuovo.</source>
        <translation>The bundle of the province «{ambito}» says it was created on {created}, after today ({today}): check the date of the capofila&apos;s computer and have it exported again.</translation>
    </message>
    <message>
        <source>Il pacchetto della provincia «{ambito}» ha il n. {sequence}, ma l&apos;ultimo unito è il n. {kept}: un salto di oltre {most} numeri non viene da esportazioni normali. Rifiutato; verifica con la capofila e, se la sua chiave è compromessa, revocala.</source>
        <translation>The bundle of the province «{ambito}» is no. {sequence}, but the last merged is no. {kept}: a jump of more than {most} numbers does not come from normal exports. Refused; check with the capofila and, if its key is compromised, revoke it.</translation>
    </message>
    <message>
        <source>Pacchetto provinciale superato: è il n. {sequence} della provincia «{ambito}», ma è già unito il n. {kept} (creato il {kept_on}). Rifiutato, i totali restano quelli del n. {kept}.</source>
        <translation>Outdated provincial bundle: it is no. {sequence} of the province «{ambito}», but no. {kept} (created on {kept_on}) is already merged. Refused; the totals stay those of no. {kept}.</translation>
    </message>
    <message>
        <source>Il n. {sequence} della provincia «{ambito}» è già stato usato da un pacchetto firmato con una chiave poi revocata: chiedi alla capofila di esportare di nuovo (il pacchetto avrà il numero successivo).</source>
        <translation>No. {sequence} of the province «{ambito}» was already used by a bundle signed with a key later revoked: ask the capofila to export again (the bundle will have the next number).</translation>
    </message>
    <message>
        <source>Il contenuto del pacchetto dichiara la provincia «{payload}», ma è firmato dalla chiave {key_id} della capofila della provincia «{signer}»: rifiutato, nulla è stato importato.</source>
        <translation>The bundle&apos;s content declares the province «{payload}», but it is signed by key {key_id} of the capofila of the province «{signer}»: refused, nothing was imported.</translation>
    </message>
    <message>
        <source>Il pacchetto dichiara la provincia «{claimed}», ma la chiave {key_id} è registrata per la provincia «{registered}»: rifiutato, nulla è stato importato.</source>
        <translation>The bundle declares the province «{claimed}», but key {key_id} is registered for the province «{registered}»: refused, nothing was imported.</translation>
    </message>
    <message>
        <source>La chiave {key_id} della capofila della provincia «{ambito}» è stata revocata il {revoked_on}: il pacchetto è rifiutato, nulla è stato importato.</source>
        <translation>Key {key_id} of the capofila of the province «{ambito}» was revoked on {revoked_on}: the bundle is refused, nothing was imported.</translation>
    </message>
    <message>
        <source>Pacchetto alterato: la firma non corrisponde alla chiave {key_id} registrata per la capofila della provincia «{ambito}». Nulla è stato importato: chiedi alla capofila di esportare di nuovo.</source>
        <translation>Tampered bundle: the signature does not match key {key_id} registered for the capofila of the province «{ambito}». Nothing was imported: ask the capofila to export again.</translation>
    </message>
    <message>
        <source>Il pacchetto è cifrato per la chiave {key_id}, che questo archivio non possiede: non è destinato a questa Regione (o la capofila usa un&apos;iscrizione superata: iscrivila di nuovo).</source>
        <translation>The bundle is encrypted for key {key_id}, which this database does not hold: it is not meant for this Region (or the capofila uses an outdated enrolment: enrol it again).</translation>
    </message>
    <message>
        <source>Mittente sconosciuto: la chiave di firma {key_id} non è registrata presso la Regione. Registra prima la chiave della capofila confrontando l&apos;impronta («Registra la chiave di una capofila…»).</source>
        <translation>Unknown sender: signing key {key_id} is not registered with the Region. First register the capofila&apos;s key, comparing the fingerprint («Register a capofila&apos;s key…»).</translation>
    </message>
    <message>
        <source>Il file dichiara l&apos;Ambito «{claimed}», ma la chiave {key_id} è registrata per l&apos;Ambito «{registered}»: rifiutato, nulla è stato importato.</source>
        <translation>The file declares Ambito “{claimed}”, but key {key_id} is registered for Ambito “{registered}”: refused, nothing was imported.</translation>
    </message>
    <message>
        <source>La chiave {key_id} dell&apos;Ambito «{ambito}» è stata sostituita il {revoked_on}: il file è rifiutato. Chiedi all&apos;Ambito di trasferire di nuovo con la sua nuova chiave.</source>
        <translation>Key {key_id} of Ambito “{ambito}” was replaced on {revoked_on}: the file is refused. Ask the Ambito to transfer again with its new key.</translation>
    </message>
    <message>
        <source>File alterato: la firma non corrisponde alla chiave {key_id} dell&apos;Ambito «{ambito}». Nulla è stato importato: chiedi all&apos;Ambito di trasferire di nuovo.</source>
        <translation>Tampered file: the signature does not match key {key_id} of Ambito “{ambito}”. Nothing was imported: ask the Ambito to transfer again.</translation>
    </message>
    <message>
        <source>Mittente sconosciuto: la chiave di firma {key_id} non appartiene a un Ambito di cui hai registrato la scheda «chiave di ricezione». Registrala prima, confrontando l&apos;impronta al telefono; nulla è stato importato.</source>
        <translation>Unknown sender: signing key {key_id} does not belong to an Ambito whose “receiving key” card you have registered. Register it first, comparing the fingerprint over the phone; nothing was imported.</translation>
    </message>
    <message>
        <source>Il file è cifrato per la chiave {key_id}, che questo archivio non possiede: il caso è stato trasferito a un altro Ambito (o con una scheda superata), nulla è stato importato.</source>
        <translation>The file is encrypted for key {key_id}, which this database does not hold: the case was transferred to another Ambito (or with an outdated card), nothing was imported.</translation>
    </message>
    <message>
        <source>Il fondo «{fund}» non è gestito dalla Provincia: scegli tra {known}.</source>
        <translation>The fund «{fund}» is not managed by the Provincia: choose among {known}.</translation>
    </message>
    <message>
        <source>Il programma non ha una Provincia: non c&apos;è un registro della Provincia da tenere.</source>
        <translation>The programme has no Provincia: there is no Provincia register to keep.</translation>
    </message>
    <message>
        <source>L&apos;Ambito «{ambito}» non è nel programma: scegli tra {known}.</source>
        <translation>The Ambito «{ambito}» is not in the programme: choose among {known}.</translation>
    </message>
    <message>
        <source>L&apos;importo deve essere positivo (scritto: {amount}).</source>
        <translation>The amount must be positive (written: {amount}).</translation>
    </message>
    <message>
        <source>L&apos;impegno n. {row} ha pagamenti in vigore: stornali prima.</source>
        <translation>Commitment no. {row} has payments in force: reverse them first.</translation>
    </message>
    <message>
        <source>L&apos;impegno n. {row} della Provincia non esiste o è stato stornato.</source>
        <translation>Commitment no. {row} of the Provincia does not exist or has been reversed.</translation>
    </message>
    <message>
        <source>La data {day} è fuori dal programma: non prima del suo avvio ({start}), non dopo oggi ({today}).</source>
        <translation>The date {day} is outside the programme: not before its start ({start}), not after today ({today}).</translation>
    </message>
    <message>
        <source>Le ore della Provincia cofinanziano solo le azioni della linea {lines}: l&apos;azione {action} è della linea {line}.</source>
        <translation>The Provincia&apos;s hours co-finance only the actions of line {lines}: action {action} is of line {line}.</translation>
    </message>
    <message>
        <source>L&apos;intervento «{intervention}» non è del {fund}: scegli tra {known}.</source>
        <translation>The intervention «{intervention}» is not of the {fund}: choose among {known}.</translation>
    </message>
    <message>
        <source>Impegnare {amount} per questa donna supera il massimo di {cap} per donna (già impegnati dalla Provincia: {committed}).</source>
        <translation>Committing {amount} for this woman exceeds the cap of {cap} per woman (already committed by the Provincia: {committed}).</translation>
    </message>
    <message>
        <source>Impegnare {amount} supera la dotazione del {fund}: restano {remaining} su {allocation}.</source>
        <translation>Committing {amount} exceeds the allocation of the {fund}: {remaining} left of {allocation}.</translation>
    </message>
    <message>
        <source>Il pagamento del {day} è precedente all&apos;impegno n. {row} del {row_day}.</source>
        <translation>The payment of {day} is earlier than commitment no. {row} of {row_day}.</translation>
    </message>
    <message>
        <source>Pagare {amount} supera l&apos;impegno n. {row}: restano da pagare {remaining}.</source>
        <translation>Paying {amount} exceeds commitment no. {row}: {remaining} left to pay.</translation>
    </message>
    <message>
        <source>Lo pseudonimo «{pseudonym}» indica più donne dell&apos;Ambito {ambito}: scrivine di più.</source>
        <translation>The pseudonym «{pseudonym}» matches more than one woman of the Ambito {ambito}: write more of it.</translation>
    </message>
    <message>
        <source>Nessuna donna con lo pseudonimo «{pseudonym}» nell&apos;ultimo pacchetto dell&apos;Ambito {ambito} (servono almeno {least} cifre).</source>
        <translation>No woman with the pseudonym «{pseudonym}» in the Ambito {ambito}&apos;s latest bundle (at least {least} digits are needed).</translation>
    </message>
    <message>
        <source>Lo storno del {day} è precedente alla riga n. {row} del {row_day}: controlla la data.</source>
        <translation>The reversal dated {day} is earlier than row no. {row} dated {row_day}: check the date.</translation>
    </message>
    <message>
        <source>Questo registro non tiene la data dello storno: la data vale solo per le voci del registro dei fondi e per le spese. Toglila e riprova.</source>
        <translation>This register does not keep a reversal date: the date applies only to fund ledger entries and expenses. Remove it and try again.</translation>
    </message>
    <message>
        <source>La data dello storno ({day}) è nel futuro: oggi è il {today}.</source>
        <translation>The reversal date ({day}) is in the future: today is {today}.</translation>
    </message>
    <message>
        <source>Scrivi il motivo dello storno.</source>
        <translation>Write the reason for the reversal.</translation>
    </message>
    <message>
        <source>Il motivo dello storno è lungo {length} caratteri: al massimo {most}.</source>
        <translation>The reason for the reversal is {length} characters long: at most {most}.</translation>
    </message>
    <message>
        <source>Il registro «{kind}» non esiste: scegli tra {known}.</source>
        <translation>There is no log “{kind}”: choose one of {known}.</translation>
    </message>
    <message>
        <source>Importo non valido «{text}»: ambiguo, scrivi {whole} oppure {decimal}.</source>
        <translation>Invalid amount “{text}”: it is ambiguous, write {whole} or {decimal}.</translation>
    </message>
    <message>
        <source>Importo non valido «{text}»: scrivi cifre con al massimo due decimali, per esempio 1.234,56 oppure 1234.56.</source>
        <translation>Invalid amount “{text}”: write digits with at most two decimals, for example 1.234,56 or 1234.56.</translation>
    </message>
    <message>
        <source>Importo non valido «{text}»: al massimo due decimali (i centesimi).</source>
        <translation>Invalid amount “{text}”: at most two decimals (the cents).</translation>
    </message>
    <message>
        <source>Il pacchetto provinciale porta cifre della Provincia (campo «{path}»), ma il programma non affida alcun fondo alla Provincia: pacchetto rifiutato.</source>
        <translation>The provincial bundle carries figures of the Provincia (field «{path}»), but the programme entrusts no fund to the Provincia: bundle refused.</translation>
    </message>
    <message>
        <source>I totali della provincia non tornano con quelli dei suoi Ambiti e della Provincia (campo «{path}»: dichiarato {stated}, da Ambiti e Provincia {computed}). Pacchetto rifiutato.</source>
        <translation>The province&apos;s totals do not add up with those of its Ambiti and the Provincia (field «{path}»: stated {stated}, from the Ambiti and the Provincia {computed}). Bundle refused.</translation>
    </message>
    <message>
        <source>I totali della provincia non tornano con quelli dei suoi Ambiti (campo «{path}»: dichiarato {stated}, dagli Ambiti {computed}). Pacchetto rifiutato.</source>
        <translation>The province&apos;s totals do not match those of its Ambiti (field «{path}»: stated {stated}, from the Ambiti {computed}). Bundle refused.</translation>
    </message>
    <message>
        <source>Valore non previsto per {what}: scegli dall&apos;elenco.</source>
        <translation>Unexpected value for {what}: choose from the list.</translation>
    </message>
    <message>
        <source>Per l&apos;esito «assunta» indica il tipo di contratto.</source>
        <translation>For the outcome “employed”, enter the contract type.</translation>
    </message>
    <message>
        <source>Intervento {number} inesistente: il progetto ne ha {count}.</source>
        <translation>Intervention {number} does not exist: the project has {count}.</translation>
    </message>
    <message>
        <source>Esito non previsto.</source>
        <translation>Unexpected outcome.</translation>
    </message>
    <message>
        <source>Non c&apos;è una {act} in attesa di firme per questo progetto.</source>
        <translation>There is no {act} awaiting signatures for this project.</translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» ha già firmato la {act} (revisione {number}).</source>
        <translation>User “{user}” has already signed the {act} (revision {number}).</translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» è disattivato: non può firmare.</source>
        <translation>User “{user}” is disabled: she cannot sign.</translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» non può firmare gli atti del progetto: il suo ruolo non lo prevede.</source>
        <translation>User “{user}” cannot sign project acts: her role does not allow it.</translation>
    </message>
    <message>
        <source>La {act} (revisione {number}) richiede la firma di {needed} componenti dell&apos;équipe, ciascuna con la propria password; firme mancanti: {missing}.</source>
        <translation>The {act} (revision {number}) needs the signatures of {needed} équipe members, each with her own password; signatures missing: {missing}.</translation>
    </message>
    <message>
        <source>La copia di sicurezza {name} non supera il controllo ({detail}): non usarla.</source>
        <translation>The backup {name} fails the check ({detail}): do not use it.</translation>
    </message>
    <message>
        <source>Il componente di cifratura (SQLCipher) installato non è quello previsto: l&apos;impostazione {setting} vale {actual} invece di {expected}. Per non scrivere dati in una forma meno protetta l&apos;operazione è stata annullata e l&apos;archivio non è stato toccato. Reinstalla l&apos;applicazione dal pacchetto ufficiale e riprova.</source>
        <translation>The installed encryption component (SQLCipher) is not the expected one: the setting {setting} is {actual} instead of {expected}. So as not to write data in a weaker form the operation was cancelled and the database was not touched. Reinstall the application from the official package and try again.</translation>
    </message>
    <message>
        <source>Il componente del database installato non sa cifrare (SQLCipher manca): l&apos;archivio non è stato aperto e nulla è stato scritto. Reinstalla l&apos;applicazione dal pacchetto ufficiale e riprova.</source>
        <translation>The installed database component cannot encrypt (SQLCipher is missing): the database was not opened and nothing was written. Reinstall the application from the official package and try again.</translation>
    </message>
    <message>
        <source>Disco pieno o non scrivibile: l&apos;operazione è stata annullata e i dati salvati prima sono intatti. Libera spazio (o controlla la chiavetta o il disco) e riprova.</source>
        <translation>The disk is full or not writable: the operation was cancelled and the data saved before is intact. Free some space (or check the USB stick or the disk) and try again.</translation>
    </message>
    <message>
        <source>Non ho il permesso di leggere {name}. Chiedi i permessi o sposta il file.</source>
        <translation>No permission to read {name}. Ask for permission or move the file.</translation>
    </message>
    <message>
        <source>Non posso scrivere in {name}: la cartella è protetta o il supporto è di sola lettura. Scegli un&apos;altra cartella o chiedi i permessi.</source>
        <translation>Cannot write to {name}: the folder is protected or the medium is read-only. Choose another folder or ask for permission.</translation>
    </message>
    <message>
        <source>La conversione dell&apos;archivio {name} non è riuscita ({detail}): l&apos;archivio è rimasto com&apos;era, e la copia presa prima è in {copy}. Chiedi all&apos;assistenza tecnica.</source>
        <translation>Converting the database {name} failed ({detail}): the database is as it was, and the copy taken first is in {copy}. Ask technical support.</translation>
    </message>
    <message>
        <source>Accanto a {name} c&apos;è solo il file chiavi, senza archivio: forse una creazione è stata interrotta o l&apos;archivio è stato spostato. Se è una creazione interrotta, sposta il file {keys} in un&apos;altra cartella e riprova; altrimenti ripristina una copia di sicurezza.</source>
        <translation>Next to {name} there is only the key file, without a database: perhaps creating the database was interrupted, or the database was moved. If creation was interrupted, move the file {keys} to another folder and try again; otherwise restore a backup.</translation>
    </message>
    <message>
        <source>Il file chiavi {name} è danneggiato ({detail}). L&apos;archivio non è stato toccato: ripristina il file chiavi dall&apos;ultima copia di sicurezza.</source>
        <translation>The key file {name} is damaged ({detail}). The database has not been touched: restore the key file from the latest backup.</translation>
    </message>
    <message>
        <source>Manca il file chiavi {name} accanto all&apos;archivio: senza di esso l&apos;archivio non si apre. Ripristina l&apos;ultima copia di sicurezza (comando «antiviolenza restore»), che contiene anche il file chiavi. L&apos;archivio non è stato toccato.</source>
        <translation>The key file {name} next to the database is missing: without it the database cannot be opened. Restore the latest backup (command ‘antiviolenza restore’), which also contains the key file. The database has not been touched.</translation>
    </message>
    <message>
        <source>L&apos;aggiornamento dell&apos;archivio non è riuscito ed è stato annullato: l&apos;archivio è com&apos;era prima. Una copia di sicurezza è in {backup}. Dettaglio tecnico: {detail}.</source>
        <translation>Upgrading the database failed and was rolled back: the database is as it was before. There is a backup in {backup}. Technical detail: {detail}.</translation>
    </message>
    <message>
        <source>{name} non è una cartella: indica una cartella di destinazione.</source>
        <translation>{name} is not a folder: give a destination folder.</translation>
    </message>
    <message>
        <source>Il file {name} non è un archivio cifrato di antiviolenza-desktop ({detail}).</source>
        <translation>The file {name} is not an antiviolenza-desktop encrypted database ({detail}).</translation>
    </message>
    <message>
        <source>L&apos;archivio {name} è già nel formato attuale: non c&apos;è nulla da convertire. Aprilo normalmente.</source>
        <translation>The database {name} is already in the current format: there is nothing to convert. Open it as usual.</translation>
    </message>
    <message>
        <source>L&apos;archivio {name} è nel formato di una versione precedente di SQLCipher (3): la password è giusta e il file non è danneggiato, ma va convertito prima di usarlo. Convertilo con il pulsante «Converti l&apos;archivio» o con il comando «antiviolenza migrate-format»: prima viene fatta una copia del file com&apos;è ora. Finora l&apos;archivio non è stato toccato.</source>
        <translation>The database {name} is in the format of an earlier SQLCipher version (3): the password is right and the file is not damaged, but it must be converted before use. Convert it with the “Convert the database” button or the command “antiviolenza migrate-format”: a copy of the file as it is now is made first. So far the database has not been touched.</translation>
    </message>
    <message>
        <source>La chiave di recupero deve avere {groups} gruppi di {size} caratteri; ne sono stati scritti {found}.</source>
        <translation>The recovery key must have {groups} groups of {size} characters; {found} were typed.</translation>
    </message>
    <message>
        <source>Chiave di recupero: il gruppo {group} non torna (errore di battitura). Ricontrolla quel gruppo sul foglio di recupero.</source>
        <translation>Recovery key: group {group} does not check out (a typing error). Check that group against the recovery sheet.</translation>
    </message>
    <message>
        <source>Un comando dalla riga di comando sta leggendo l&apos;archivio {name}: riprova tra qualche secondo, quando ha finito. Nulla è stato modificato.</source>
        <translation>A command-line command is reading the database {name}: try again in a few seconds, when it has finished. Nothing has been changed.</translation>
    </message>
    <message>
        <source>L&apos;archivio {name} è occupato dall&apos;applicazione, che sta salvando dei dati: riprova tra qualche secondo. Nulla è stato esportato.</source>
        <translation>The database {name} is busy: the application is saving data. Try again in a few seconds. Nothing has been exported.</translation>
    </message>
    <message>
        <source>Archivio danneggiato: {detail}. Il file non è stato modificato. Ripristina l&apos;ultima copia di sicurezza{backup_hint} con «antiviolenza restore».</source>
        <translation>Database damaged: {detail}. The file has not been changed. Restore the latest backup{backup_hint} with ‘antiviolenza restore’.</translation>
    </message>
    <message>
        <source>Esiste già un archivio (o un file) in {name}: non viene mai sovrascritto. Scegli un altro percorso.</source>
        <translation>A database (or a file) already exists at {name}: it is never overwritten. Choose another path.</translation>
    </message>
    <message>
        <source>L&apos;archivio è stato creato con una versione più recente dell&apos;applicazione (schema {revision}). Aggiorna l&apos;applicazione per aprirlo; l&apos;archivio non è stato toccato.</source>
        <translation>The database was created by a newer version of the application (schema {revision}). Update the application to open it; the database has not been touched.</translation>
    </message>
    <message>
        <source>L&apos;archivio {name} è già aperto da un altro programma o da un&apos;altra finestra su questo computer. Chiudi l&apos;altra sessione e riprova.</source>
        <translation>The database {name} is already open in another program or window on this computer. Close the other session and try again.</translation>
    </message>
    <message>
        <source>Non esiste nessun archivio in {name}. Per crearne uno usa «antiviolenza init».</source>
        <translation>There is no database at {name}. To create one, use ‘antiviolenza init’.</translation>
    </message>
    <message>
        <source>L&apos;archivio {name} è aperto nell&apos;applicazione (o da un altro comando): mentre è aperto, dalla riga di comando si può solo leggere (status, verify, audit verify/list/export, fondi totali/rendiconto/registro). Questo comando modifica i dati: chiudi o blocca l&apos;applicazione (Ctrl+L) e riprova. Nulla è stato modificato.</source>
        <translation>The database {name} is open in the application (or in another command): while it is open, the command line can only read (status, verify, audit verify/list/export, fondi totali/rendiconto/registro). This command changes data: close or lock the application (Ctrl+L) and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>L&apos;archivio {name} è in manutenzione nell&apos;applicazione (cambio della chiave, ripristino o aggiornamento): riprova tra qualche minuto. Nulla è stato letto.</source>
        <translation>The database {name} is undergoing maintenance in the application (key change, restore or upgrade): try again in a few minutes. Nothing has been read.</translation>
    </message>
    <message>
        <source>Troppi tentativi falliti ({failures}). Riprova tra {seconds} secondi.</source>
        <translation>Too many failed attempts ({failures}). Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» non esiste in questo archivio.</source>
        <translation>The user ‘{user}’ does not exist in this database.</translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» esiste già in questo archivio.</source>
        <translation>The user ‘{user}’ already exists in this database.</translation>
    </message>
    <message>
        <source>Accanto a {name} c&apos;è un file {wal} non vuoto, lasciato da una chiusura non regolare: convertire ora potrebbe perdere le ultime modifiche, quindi la conversione è stata annullata e l&apos;archivio non è stato toccato. Non cancellare quel file: chiedi all&apos;assistenza tecnica.</source>
        <translation>Next to {name} there is a non-empty file {wal}, left by an irregular shutdown: converting now could lose the latest changes, so the conversion was cancelled and the database was not touched. Do not delete that file: ask technical support.</translation>
    </message>
    <message>
        <source>Password errata. Controlla maiuscole e tastiera, poi riprova.</source>
        <translation>Wrong password. Check Caps Lock and the keyboard layout, then try again.</translation>
    </message>
    <message>
        <source>Questa chiave di recupero non apre l&apos;archivio: forse è il foglio di un altro archivio o di prima di una rotazione della chiave.</source>
        <translation>This recovery key does not open the database: perhaps the sheet belongs to another database, or dates from before a key rotation.</translation>
    </message>
    <message>
        <source>«{user}» è l&apos;unica coordinatrice attiva: prima dai il ruolo di coordinatrice a un&apos;altra utente attiva.</source>
        <translation>‘{user}’ is the only active coordinator: first give the coordinator role to another active user.</translation>
    </message>
    <message>
        <source>Non puoi disattivare né cambiare il ruolo del tuo stesso utente: chiedilo a un&apos;altra coordinatrice.</source>
        <translation>You cannot deactivate your own user or change its role: ask another coordinator.</translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» è disattivato: chiedi a una coordinatrice di riattivarlo (con una nuova password).</source>
        <translation>The user ‘{user}’ is deactivated: ask a coordinator to reactivate them (with a new password).</translation>
    </message>
    <message>
        <source>Password attuale errata: scrivi la password con cui hai aperto l&apos;archivio.</source>
        <translation>Wrong current password: type the password you opened the database with.</translation>
    </message>
    <message>
        <source>Password troppo debole.</source>
        <translation>Password too weak.</translation>
    </message>
    <message>
        <source>Soglia non valida ({value}): deve andare da {min} a {max}.</source>
        <translation>Threshold not valid ({value}): it must be from {min} to {max}.</translation>
    </message>
    <message>
        <source>Soglia sconosciuta: {name}.</source>
        <translation>Unknown threshold: {name}.</translation>
    </message>
    <message>
        <source>Il pacchetto per la Regione non supera il controllo che la Regione farà ({reason}): non è stato esportato.</source>
        <translation>The bundle for the Region fails the check the Region will make ({reason}): it was not exported.</translation>
    </message>
    <message>
        <source>Esportazione fermata, nessun pacchetto è stato prodotto: {reason}</source>
        <translation>Export stopped, no bundle was produced: {reason}</translation>
    </message>
    <message>
        <source>CAV sconosciuto «{cav}»: usa uno di questi codici: {known}.</source>
        <translation>Unknown CAV “{cav}”: use one of these codes: {known}.</translation>
    </message>
    <message>
        <source>Il pacchetto {file} è rifiutato: {reason} Nessun pacchetto è stato unito.</source>
        <translation>The bundle {file} is rejected: {reason} No bundle has been merged.</translation>
    </message>
    <message>
        <source>Indica dove salvare il rendiconto: --pdf FILE e/o --xlsx FILE.</source>
        <translation>Say where to save the financial report: --pdf FILE and/or --xlsx FILE.</translation>
    </message>
    <message>
        <source>Indica dove salvare le tabelle: --csv FILE e/o --xlsx FILE.</source>
        <translation>Say where to save the tables: --csv FILE and/or --xlsx FILE.</translation>
    </message>
    <message>
        <source>Il file {name} esiste già: scegli un altro nome (un file esistente non si sovrascrive).</source>
        <translation>The file {name} already exists: choose another name (an existing file is never overwritten).</translation>
    </message>
    <message>
        <source>Non riesco a scrivere {name}: il file o la sua cartella è in uso da un altro programma (per esempio un foglio di calcolo o un lettore PDF) o non è accessibile. Chiudi quel programma o scegli un&apos;altra cartella, poi riprova. Nessun file è stato lasciato a metà.</source>
        <translation>Cannot write {name}: the file or its folder is in use by another program (for example a spreadsheet or a PDF reader) or cannot be accessed. Close that program or choose another folder, then try again. No file has been left half-written.</translation>
    </message>
    <message>
        <source>Lo stesso file {name} è indicato due volte: scegli un nome per ogni formato.</source>
        <translation>The same file {name} is given twice: choose one name for each format.</translation>
    </message>
    <message>
        <source>Il file {name} esiste già: scegli un altro nome per il modulo.</source>
        <translation>The file {name} already exists: choose another name for the form.</translation>
    </message>
    <message>
        <source>La cartella {folder} non esiste o non è scrivibile: scegline un&apos;altra.</source>
        <translation>The folder {folder} does not exist or cannot be written to: choose another one.</translation>
    </message>
    <message>
        <source>Il periodo va dal {since} al {until}: la prima data deve venire prima della seconda.</source>
        <translation>The period runs from {since} to {until}: the first date must come before the second.</translation>
    </message>
    <message>
        <source>Il pacchetto usa il formato {version}, più recente di questo programma (fino a {supported}): aggiornare l&apos;applicazione.</source>
        <translation>The bundle uses format {version}, newer than this program (up to {supported}): update the application.</translation>
    </message>
    <message>
        <source>Pacchetto alterato: la firma non corrisponde alla chiave {key_id} registrata per l&apos;Ambito «{ambito}». Nulla è stato importato.</source>
        <translation>Altered bundle: the signature does not match key {key_id} registered for the Ambito “{ambito}”. Nothing has been imported.</translation>
    </message>
    <message>
        <source>Pacchetto alterato: {reason}. Nulla è stato importato; chiedi all&apos;Ambito di esportarlo di nuovo.</source>
        <translation>Altered bundle: {reason}. Nothing has been imported; ask the Ambito to export it again.</translation>
    </message>
    <message>
        <source>Il file è troppo grande per essere un pacchetto ({size} byte, massimo {limit}): rifiutato senza aprirlo.</source>
        <translation>The file is too large to be a bundle ({size} bytes, maximum {limit}): rejected without opening it.</translation>
    </message>
    <message>
        <source>Pacchetto troncato: mancano {missing} byte dei {expected} attesi (copia interrotta?). Chiedi all&apos;Ambito di inviarlo di nuovo.</source>
        <translation>Truncated bundle: {missing} of the {expected} expected bytes are missing (interrupted copy?). Ask the Ambito to send it again.</translation>
    </message>
    <message>
        <source>Il pacchetto è cifrato per la chiave {key_id}, che questo archivio non possiede: non è destinato a questa capofila (o l&apos;Ambito usa un&apos;iscrizione superata).</source>
        <translation>The bundle is encrypted for key {key_id}, which this database does not hold: it is not meant for this capofila (or the Ambito is using an outdated enrolment).</translation>
    </message>
    <message>
        <source>Il file {name} esiste già: scegli un altro nome (non lo sovrascrivo).</source>
        <translation>The file {name} already exists: choose another name (it will not be overwritten).</translation>
    </message>
    <message>
        <source>Non riesco a leggere il file {name}: {reason}.</source>
        <translation>Cannot read the file {name}: {reason}.</translation>
    </message>
    <message>
        <source>Il file non è un pacchetto della rete antiviolenza ({reason}).</source>
        <translation>The file is not an anti-violence network bundle ({reason}).</translation>
    </message>
    <message>
        <source>Il contenuto del pacchetto supera {limit} byte una volta decompresso: rifiutato (possibile bomba di decompressione), nulla è stato importato.</source>
        <translation>The bundle contents exceed {limit} bytes once decompressed: rejected (possible decompression bomb), nothing has been imported.</translation>
    </message>
    <message>
        <source>Il pacchetto dichiara l&apos;Ambito «{claimed}», ma la chiave {key_id} è registrata per l&apos;Ambito «{registered}»: rifiutato.</source>
        <translation>The bundle declares the Ambito “{claimed}”, but key {key_id} is registered for the Ambito “{registered}”: rejected.</translation>
    </message>
    <message>
        <source>La chiave {key_id} dell&apos;Ambito «{ambito}» è stata revocata il {revoked_on}: il pacchetto è rifiutato. L&apos;Ambito deve esportare con la sua nuova chiave registrata.</source>
        <translation>Key {key_id} of the Ambito “{ambito}” was revoked on {revoked_on}: the bundle is rejected. The Ambito must export with its new registered key.</translation>
    </message>
    <message>
        <source>Il file «{name}» è troppo grande ({size} byte) per essere un file di iscrizione, una chiave pubblica o un codice: controlla di aver scelto il file giusto.</source>
        <translation>The file ‘{name}’ is too large ({size} bytes) to be an enrolment file, a public key or a code: check that you chose the right file.</translation>
    </message>
    <message>
        <source>Mittente sconosciuto: la chiave di firma {key_id} non è registrata presso la capofila. Registra prima la chiave dell&apos;Ambito confrontando l&apos;impronta.</source>
        <translation>Unknown sender: signing key {key_id} is not registered with the capofila. First register the Ambito&apos;s key by comparing the fingerprint.</translation>
    </message>
    <message>
        <source>Errori da correggere prima di salvare la scheda: {count}.</source>
        <translation>Errors to correct before saving the case: {count}.</translation>
    </message>
    <message>
        <source>Il progetto non si può validare. Problemi da risolvere: {count}; il primo: {first}</source>
        <translation>The project cannot be validated. Problems to solve: {count}; the first: {first}</translation>
    </message>
    <message>
        <source>Il file {name} è aperto in un altro programma (un lettore di PDF?): chiudilo e riprova, oppure scegli un altro nome.</source>
        <translation>The file {name} is open in another program (a PDF reader?): close it and try again, or choose another name.</translation>
    </message>
    <message>
        <source>Il file {name} esiste già: scegli un altro nome per il foglio di recupero.</source>
        <translation>The file {name} already exists: choose another name for the recovery sheet.</translation>
    </message>
    <message>
        <source>La cartella {folder} per il foglio di recupero non esiste o non è scrivibile: scegline un&apos;altra.</source>
        <translation>The folder {folder} for the recovery sheet does not exist or is not writable: choose another.</translation>
    </message>
    <message>
        <source>Questo caso è di un altro CAV: un&apos;operatrice CAV vede e scrive solo i casi segnalati dal proprio CAV.</source>
        <translation>This case belongs to another CAV: a CAV worker sees and writes only the cases referred by her own CAV.</translation>
    </message>
    <message>
        <source>In questo archivio non è mai stato eliminato alcun caso: non ci sono copie da ripulire.</source>
        <translation>No case has ever been erased in this database: there are no copies to clean up.</translation>
    </message>
    <message>
        <source>Esiste già una scheda con lo stesso codice fiscale ({codes}). Apri quella scheda (se il suo percorso è chiuso puoi aprirne uno nuovo), oppure correggi il codice fiscale.</source>
        <translation>There is already a case with the same codice fiscale ({codes}). Open that case (if its path is closed you can open a new one), or correct the codice fiscale.</translation>
    </message>
    <message>
        <source>La voce n. {seq} contiene il nome o il codice fiscale di una donna.</source>
        <translation>Entry no. {seq} contains a woman&apos;s name or codice fiscale.</translation>
    </message>
    <message>
        <source>La voce n. {seq} è di un caso che non esiste in questo archivio.</source>
        <translation>Entry no. {seq} belongs to a case that does not exist in this database.</translation>
    </message>
    <message>
        <source>Gli impegni sul {fund} sono {committed}: superano lo stanziamento di {allocation}.</source>
        <translation>Commitments on the {fund} total {committed}: more than the allocation of {allocation}.</translation>
    </message>
    <message>
        <source>La riga n. {row} è uno storno: uno storno non si storna.</source>
        <translation>Row no. {row} is a reversal: a reversal cannot be reversed.</translation>
    </message>
    <message>
        <source>La riga n. {row} è già stata stornata (riga n. {reversal}).</source>
        <translation>Row no. {row} has already been reversed (row no. {reversal}).</translation>
    </message>
    <message>
        <source>La riga n. {row} del registro non esiste.</source>
        <translation>Row no. {row} of the ledger does not exist.</translation>
    </message>
    <message>
        <source>Lo strumento di valutazione {name} versione {version} non è in questa installazione: aggiorna l&apos;applicazione.</source>
        <translation>The assessment instrument {name} version {version} is not in this installation: update the application.</translation>
    </message>
    <message>
        <source>La scheda richiesta non esiste (più) in questo archivio.</source>
        <translation>The requested case does not exist in this database (any more).</translation>
    </message>
    <message>
        <source>Esiste già una scheda che potrebbe riguardare la stessa donna ({codes}). Apri quella scheda, oppure conferma che si tratta di un&apos;altra persona.</source>
        <translation>There is already a case that may concern the same woman ({codes}). Open that case, or confirm that this is a different person.</translation>
    </message>
    <message>
        <source>La voce n. {seq} non è un impegno: le erogazioni si registrano su un impegno.</source>
        <translation>Entry no. {seq} is not a commitment: payments are recorded against a commitment.</translation>
    </message>
    <message>
        <source>Il registro dei fondi non sarebbe coerente dopo questa scrittura: {problems}</source>
        <translation>The funds ledger would not be consistent after this entry: {problems}</translation>
    </message>
    <message>
        <source>L&apos;organizzazione della riga n. {row} è già uscita dalla rete il {left}: per correggere la data, storna la riga e inseriscila di nuovo.</source>
        <translation>The organisation in row no. {row} already left the network on {left}: to correct the date, reverse the row and enter it again.</translation>
    </message>
    <message>
        <source>File del programma non trovato: {path}.</source>
        <translation>Programme file not found: {path}.</translation>
    </message>
    <message>
        <source>Il file del programma {path} non è un TOML valido ({position}): {detail}. Correggi il file in quel punto e riprova.</source>
        <translation>The programme file {path} is not valid TOML ({position}): {detail}. Correct the file at that point and try again.</translation>
    </message>
    <message>
        <source>Impossibile leggere il file del programma {path}: {reason}.</source>
        <translation>Cannot read the programme file {path}: {reason}.</translation>
    </message>
    <message>
        <source>La stampante non risponde: controlla che sia accesa e collegata, poi riprova.</source>
        <translation>The printer does not respond: check that it is on and connected, then try again.</translation>
    </message>
    <message>
        <source>Questa donna non ha ancora un Progetto personalizzato da stampare.</source>
        <translation>This woman has no Progetto personalizzato to print yet.</translation>
    </message>
</context>
<context>
    <name>field_issues</name>
    <message>
        <source>Indica la data di nascita (oppure il codice fiscale, da cui si ricava).</source>
        <translation>Enter the date of birth (or the codice fiscale, from which it is taken).</translation>
    </message>
    <message>
        <source>Scegli il centro antiviolenza che segnala.</source>
        <translation>Choose the anti-violence centre making the referral.</translation>
    </message>
    <message>
        <source>Centro antiviolenza sconosciuto: sceglilo dall&apos;elenco.</source>
        <translation>Unknown anti-violence centre: choose it from the list.</translation>
    </message>
    <message>
        <source>La data di nascita non corrisponde a quella del codice fiscale: controlla entrambi.</source>
        <translation>The date of birth does not match the one in the codice fiscale: check both.</translation>
    </message>
    <message>
        <source>L&apos;ultimo carattere (di controllo) non torna: ricontrolla il codice fiscale sul documento. Puoi salvare comunque.</source>
        <translation>The last (check) character does not match: check the codice fiscale against the document again. You can save anyway.</translation>
    </message>
    <message>
        <source>La data di nascita nel codice fiscale non esiste.</source>
        <translation>The date of birth in the codice fiscale does not exist.</translation>
    </message>
    <message>
        <source>Codice fiscale non valido: servono 16 caratteri (6 lettere, 2 cifre, una lettera, 2 cifre, una lettera, 3 cifre, una lettera). Se non c&apos;è, lascia vuoto.</source>
        <translation>Codice fiscale not valid: it needs 16 characters (6 letters, 2 digits, a letter, 2 digits, a letter, 3 digits, a letter). If there is none, leave it empty.</translation>
    </message>
    <message>
        <source>Questo codice fiscale è di un uomo: controlla il giorno di nascita nel codice.</source>
        <translation>This codice fiscale belongs to a man: check the day of birth in the code.</translation>
    </message>
    <message>
        <source>Figlio/a n. {number}: l&apos;età va da 0 a {max} anni.</source>
        <translation>Child no. {number}: the age must be from 0 to {max} years.</translation>
    </message>
    <message>
        <source>Figlio/a n. {number}: a {age} anni è minorenne. Segna «minorenne» o correggi l&apos;età.</source>
        <translation>Child no. {number}: at {age} years old, the child is a minor. Tick ‘minor’ or correct the age.</translation>
    </message>
    <message>
        <source>Figlio/a n. {number}: a {age} anni non è minorenne. Correggi l&apos;età o togli «minorenne».</source>
        <translation>Child no. {number}: at {age} years old, the child is not a minor. Correct the age or untick ‘minor’.</translation>
    </message>
    <message>
        <source>Indica la cittadinanza.</source>
        <translation>Enter the citizenship.</translation>
    </message>
    <message>
        <source>Manca la data del consenso al trattamento dei dati: senza consenso la scheda non si può registrare.</source>
        <translation>The date of consent to data processing is missing: without consent the case cannot be recorded.</translation>
    </message>
    <message>
        <source>Indica il paese di cittadinanza.</source>
        <translation>Enter the country of citizenship.</translation>
    </message>
    <message>
        <source>Indica la data di «{stage}», la fase attuale.</source>
        <translation>Enter the date of ‘{stage}’, the current stage.</translation>
    </message>
    <message>
        <source>Indica la condizione lavorativa.</source>
        <translation>Enter the employment status.</translation>
    </message>
    <message>
        <source>Scrivi il nome.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <source>Data nel futuro: controlla la data di nascita.</source>
        <translation>Date in the future: check the date of birth.</translation>
    </message>
    <message>
        <source>Data nel futuro: controlla la data del consenso.</source>
        <translation>Date in the future: check the date of consent.</translation>
    </message>
    <message>
        <source>Data nel futuro: controlla la data della segnalazione.</source>
        <translation>Date in the future: check the referral date.</translation>
    </message>
    <message>
        <source>Data nel futuro: controlla la data di «{stage}».</source>
        <translation>Date in the future: check the date of ‘{stage}’.</translation>
    </message>
    <message>
        <source>L&apos;autonomia abitativa è per chi non ha un alloggio o non può più usarlo per la violenza o la sua sicurezza: controlla la situazione abitativa.</source>
        <translation>Housing independence is for women who have no home, or can no longer use it because of the violence or for their safety: check the housing situation.</translation>
    </message>
    <message>
        <source>Scrivi il cognome.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <source>Le linee del progetto sono per donne già prese in carico dal centro antiviolenza: controlla la fase del percorso.</source>
        <translation>The project lines are for women already taken in charge by the anti-violence centre: check the stage of the path.</translation>
    </message>
    <message>
        <source>Scegli almeno una linea: inserimento lavorativo o autonomia abitativa.</source>
        <translation>Choose at least one line: job placement or housing independence.</translation>
    </message>
    <message>
        <source>Codice del comune non valido: una lettera e tre cifre (per esempio D150).</source>
        <translation>Municipality code not valid: one letter and three digits (for example D150).</translation>
    </message>
    <message>
        <source>Comune non trovato nell&apos;elenco: sceglilo dall&apos;elenco.</source>
        <translation>Municipality not found in the list: choose it from the list.</translation>
    </message>
    <message>
        <source>Solo lettere, spazi, apostrofi e trattini: niente cifre.</source>
        <translation>Letters, spaces, apostrophes and hyphens only: no digits.</translation>
    </message>
    <message>
        <source>Nessun figlio inserito: aggiungi i figli o togli questa voce.</source>
        <translation>No children entered: add the children or untick this item.</translation>
    </message>
    <message>
        <source>Telefono: solo cifre, spazi e il + iniziale, al massimo {max} caratteri.</source>
        <translation>Phone: digits, spaces and a leading + only, at most {max} characters.</translation>
    </message>
    <message>
        <source>È indicato che si può chiamarla: manca il numero sicuro.</source>
        <translation>It is marked as safe to call her, but the safe phone number is missing.</translation>
    </message>
    <message>
        <source>La segnalazione non può precedere la data di nascita.</source>
        <translation>The referral cannot be earlier than the date of birth.</translation>
    </message>
    <message>
        <source>Indica la data della segnalazione.</source>
        <translation>Enter the referral date.</translation>
    </message>
    <message>
        <source>L&apos;abitazione indica una casa rifugio o struttura: indica quale qui.</source>
        <translation>The housing situation is a refuge or shelter: say which one here.</translation>
    </message>
    <message>
        <source>La data di «{stage}» non può precedere quella di «{previous}».</source>
        <translation>The date of ‘{stage}’ cannot be earlier than that of ‘{previous}’.</translation>
    </message>
    <message>
        <source>Il percorso non è in questa fase (fase attuale: «{stage}»): togli questa data.</source>
        <translation>The path is not at this stage (current stage: ‘{stage}’): remove this date.</translation>
    </message>
    <message>
        <source>«Nessuno» esclude le altre voci: togli l&apos;una o le altre.</source>
        <translation>«None» excludes the other answers: remove one or the others.</translation>
    </message>
    <message>
        <source>Servizio n. {number}: la data precede il primo contatto con il centro e la segnalazione.</source>
        <translation>Service no. {number}: the date is before the first contact with the centre and the referral.</translation>
    </message>
    <message>
        <source>Servizio n. {number}: data nel futuro, controlla la data.</source>
        <translation>Service no. {number}: date in the future, check the date.</translation>
    </message>
    <message>
        <source>Servizio n. {number}: indica la data.</source>
        <translation>Service no. {number}: give the date.</translation>
    </message>
    <message>
        <source>Servizio n. {number}: scegli il tipo di servizio.</source>
        <translation>Service no. {number}: choose the type of service.</translation>
    </message>
    <message>
        <source>Servizio n. {number}: tipo non previsto, scegli dall&apos;elenco.</source>
        <translation>Service no. {number}: type not in the list, choose from the list.</translation>
    </message>
    <message>
        <source>Indica il percorso formativo o di inserimento a cui si riferisce l&apos;indennità.</source>
        <translation>Enter the training or job placement path that the allowance is for.</translation>
    </message>
    <message>
        <source>Indica che cosa copre la compartecipazione del comune di residenza.</source>
        <translation>Enter what the contribution from the municipality of residence covers.</translation>
    </message>
    <message>
        <source>Il fondo autonomia abitativa copre qui solo: {covered}. Gli altri costi del percorso a sono compartecipazione del comune di residenza.</source>
        <translation>Here the Fondo autonomia abitativa covers only: {covered}. The other costs of path a are covered by the contribution from the municipality of residence.</translation>
    </message>
    <message>
        <source>La fine ({end}) precede l&apos;inizio ({start}).</source>
        <translation>The end ({end}) is before the start ({start}).</translation>
    </message>
    <message>
        <source>Importo negativo ({amount}): scrivi un importo ≥ 0.</source>
        <translation>Negative amount ({amount}): enter an amount ≥ 0.</translation>
    </message>
    <message>
        <source>Manca la valutazione multidimensionale dell&apos;équipe.</source>
        <translation>The équipe&apos;s multidimensional assessment is missing.</translation>
    </message>
    <message>
        <source>Manca il consenso della donna alla presa in carico in vigore: registralo nella scheda «Consensi» del caso.</source>
        <translation>The woman&apos;s consent to being taken in charge is not in force: record it in the case&apos;s «Consents» tab.</translation>
    </message>
    <message>
        <source>Linea lavoro: indica il Centro per l&apos;Impiego.</source>
        <translation>Employment line: enter the Centro per l&apos;Impiego.</translation>
    </message>
    <message>
        <source>Percorso b: indica le spese di ingresso.</source>
        <translation>Path b: enter the entry costs.</translation>
    </message>
    <message>
        <source>Scrivi almeno un obiettivo del progetto.</source>
        <translation>Enter at least one goal for the project.</translation>
    </message>
    <message>
        <source>Linea abitativa: scegli il percorso a oppure b.</source>
        <translation>Housing line: choose path a or b.</translation>
    </message>
    <message>
        <source>Linea lavoro: indica almeno un intervento.</source>
        <translation>Employment line: enter at least one intervention.</translation>
    </message>
    <message>
        <source>Scegli almeno una linea: inserimento lavorativo o abitativa.</source>
        <translation>Choose at least one line: job placement or housing.</translation>
    </message>
    <message>
        <source>Percorso a: indica i costi mensili coperti.</source>
        <translation>Path a: enter the monthly costs covered.</translation>
    </message>
    <message>
        <source>Percorso a: indica per quanti mesi (almeno 1).</source>
        <translation>Path a: enter for how many months (at least 1).</translation>
    </message>
    <message>
        <source>Indica il referente dell&apos;équipe per il progetto.</source>
        <translation>Enter the équipe contact for the project.</translation>
    </message>
    <message>
        <source>Intervento collegato inesistente.</source>
        <translation>The linked intervention does not exist.</translation>
    </message>
    <message>
        <source>Linea non prevista: scegli dall&apos;elenco.</source>
        <translation>Unexpected line: choose from the list.</translation>
    </message>
    <message>
        <source>Al massimo {max} caratteri.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>Risposta non prevista: scegli dall&apos;elenco.</source>
        <translation>Unexpected answer: choose from the list.</translation>
    </message>
    <message>
        <source>Ambito valutato due volte.</source>
        <translation>Area assessed twice.</translation>
    </message>
    <message>
        <source>Ambito non previsto da questo strumento.</source>
        <translation>Area not covered by this instrument.</translation>
    </message>
    <message>
        <source>Data nel futuro ({day}): controlla la data.</source>
        <translation>Date in the future ({day}): check the date.</translation>
    </message>
    <message>
        <source>Indica la data della valutazione.</source>
        <translation>Enter the assessment date.</translation>
    </message>
    <message>
        <source>La valutazione usa {used} v{used_version}, ma è stata controllata con {checked} v{checked_version}.</source>
        <translation>The assessment uses {used} v{used_version}, but it was checked with {checked} v{checked_version}.</translation>
    </message>
    <message>
        <source>Lo strumento {instrument} non era ancora in uso il {day}.</source>
        <translation>The instrument {instrument} was not yet in use on {day}.</translation>
    </message>
    <message>
        <source>Scrivi l&apos;ente della persona presente.</source>
        <translation>Enter the organisation of the person present.</translation>
    </message>
    <message>
        <source>Scrivi il nome della persona presente.</source>
        <translation>Enter the name of the person present.</translation>
    </message>
    <message>
        <source>Scrivi il ruolo della persona presente.</source>
        <translation>Enter the role of the person present.</translation>
    </message>
    <message>
        <source>{domain}: valuta il bisogno.</source>
        <translation>{domain}: assess the need.</translation>
    </message>
    <message>
        <source>{domain}: il bisogno va da 0 a {maximum}, non {value}.</source>
        <translation>{domain}: the need goes from 0 to {maximum}, not {value}.</translation>
    </message>
    <message>
        <source>Indica chi dell&apos;équipe era presente alla valutazione.</source>
        <translation>Enter who from the équipe was present at the assessment.</translation>
    </message>
    <message>
        <source>Tutte le persone presenti sono dello stesso ente: la valutazione è multidisciplinare quando partecipano servizi diversi.</source>
        <translation>All the people present are from the same organisation: the assessment is multidisciplinary when different services take part.</translation>
    </message>
    <message>
        <source>Domanda non prevista da questo strumento.</source>
        <translation>Question not covered by this instrument.</translation>
    </message>
    <message>
        <source>{domain}: valuta le risorse.</source>
        <translation>{domain}: assess the resources.</translation>
    </message>
    <message>
        <source>{domain}: le risorse va da 0 a {maximum}, non {value}.</source>
        <translation>{domain}: the resources go from 0 to {maximum}, not {value}.</translation>
    </message>
    <message>
        <source>«{name}»: data non valida, scrivila come GG/MM/AAAA (es. 05/03/2026).</source>
        <translation>“{name}”: invalid date, write it as DD/MM/YYYY (e.g. 05/03/2026).</translation>
    </message>
    <message>
        <source>Il campo «{name}» compare più volte.</source>
        <translation>The field “{name}” appears more than once.</translation>
    </message>
    <message>
        <source>Campo sconosciuto «{name}»: controlla il nome (il modello vuoto li elenca tutti).</source>
        <translation>Unknown field “{name}”: check the name (the empty template lists them all).</translation>
    </message>
    <message>
        <source>Il file non è un JSON valido: errore alla riga {line}, colonna {column}.</source>
        <translation>The file is not valid JSON: error at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>Il file contiene numeri troppo lunghi o elenchi annidati troppo in profondità: non è una scheda. Parti dal modello vuoto (antiviolenza casi aggiungi --modello).</source>
        <translation>The file holds numbers too long or lists nested too deep: it is not a case file. Start from the empty template (antiviolenza casi aggiungi --modello).</translation>
    </message>
    <message>
        <source>Il file deve contenere un solo oggetto JSON, tra parentesi graffe, con i campi della scheda.</source>
        <translation>The file must contain a single JSON object, in curly braces, with the fields of the case.</translation>
    </message>
    <message>
        <source>Il file non è scritto in UTF-8: salvalo con la codifica «UTF-8» e riprova.</source>
        <translation>The file is not written in UTF-8: save it with the “UTF-8” encoding and try again.</translation>
    </message>
    <message>
        <source>Il file è troppo grande per una scheda (più di {max} kB).</source>
        <translation>The file is too large for a case file (more than {max} kB).</translation>
    </message>
    <message>
        <source>«{name}» deve essere true oppure false.</source>
        <translation>“{name}” must be true or false.</translation>
    </message>
    <message>
        <source>«{name}» deve essere un elenco di codici tra parentesi quadre.</source>
        <translation>“{name}” must be a list of codes in square brackets.</translation>
    </message>
    <message>
        <source>«{name}» deve essere un numero intero (o null).</source>
        <translation>“{name}” must be a whole number (or null).</translation>
    </message>
    <message>
        <source>«{name}» deve essere un oggetto tra parentesi graffe.</source>
        <translation>“{name}” must be an object in curly braces.</translation>
    </message>
    <message>
        <source>«{name}» deve essere un elenco di oggetti tra parentesi quadre.</source>
        <translation>“{name}” must be a list of objects in square brackets.</translation>
    </message>
    <message>
        <source>«{name}» deve essere un testo tra virgolette.</source>
        <translation>“{name}” must be a text in quotes.</translation>
    </message>
    <message>
        <source>Alla segnalazione avrebbe {age} anni: controlla la data di nascita.</source>
        <translation>At the referral she would be {age} years old: check the date of birth.</translation>
    </message>
    <message>
        <source>Valore non previsto: scegli dall&apos;elenco.</source>
        <translation>Unexpected value: choose from the list.</translation>
    </message>
</context>
<context>
    <name>fund_kinds</name>
    <message>
        <source>impegno</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>erogazione</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>storno</source>
        <translation>reversal</translation>
    </message>
</context>
<context>
    <name>fund_rows</name>
    <message>
        <source>storna la n. %1</source>
        <translation>reverses no. %1</translation>
    </message>
    <message>
        <source>stornata dalla n. %1</source>
        <translation>reversed by no. %1</translation>
    </message>
</context>
<context>
    <name>intake_options</name>
    <message>
        <source>primo contatto</source>
        <translation>first contact</translation>
    </message>
    <message>
        <source>colloquio di accoglienza</source>
        <translation>reception interview</translation>
    </message>
    <message>
        <source>presa in carico</source>
        <translation>taken in charge</translation>
    </message>
    <message>
        <source>percorso concluso</source>
        <translation>path completed</translation>
    </message>
    <message>
        <source>percorso interrotto</source>
        <translation>path interrupted</translation>
    </message>
    <message>
        <source>italiana</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>di un altro paese dell&apos;Unione europea</source>
        <translation>another European Union country</translation>
    </message>
    <message>
        <source>di un paese fuori dall&apos;Unione europea</source>
        <translation>a country outside the European Union</translation>
    </message>
    <message>
        <source>nubile</source>
        <translation>single</translation>
    </message>
    <message>
        <source>coniugata</source>
        <translation>married</translation>
    </message>
    <message>
        <source>convivente</source>
        <translation>cohabiting</translation>
    </message>
    <message>
        <source>unita civilmente</source>
        <translation>in a civil partnership</translation>
    </message>
    <message>
        <source>separata</source>
        <translation>separated</translation>
    </message>
    <message>
        <source>divorziata</source>
        <translation>divorced</translation>
    </message>
    <message>
        <source>vedova</source>
        <translation>widowed</translation>
    </message>
    <message>
        <source>occupata</source>
        <translation>employed</translation>
    </message>
    <message>
        <source>disoccupata</source>
        <translation>unemployed</translation>
    </message>
    <message>
        <source>inoccupata (mai occupata)</source>
        <translation>never employed</translation>
    </message>
    <message>
        <source>nessun reddito</source>
        <translation>no income</translation>
    </message>
    <message>
        <source>fino a € 6.000</source>
        <translation>up to €6,000</translation>
    </message>
    <message>
        <source>oltre € 6.000 e fino a € 12.000</source>
        <translation>over €6,000 and up to €12,000</translation>
    </message>
    <message>
        <source>oltre € 12.000 e fino a € 20.000</source>
        <translation>over €12,000 and up to €20,000</translation>
    </message>
    <message>
        <source>oltre € 20.000</source>
        <translation>over €20,000</translation>
    </message>
    <message>
        <source>casa di proprietà</source>
        <translation>owns her home</translation>
    </message>
    <message>
        <source>casa in affitto</source>
        <translation>rented home</translation>
    </message>
    <message>
        <source>ospite di parenti o amici</source>
        <translation>staying with relatives or friends</translation>
    </message>
    <message>
        <source>in casa rifugio o struttura di accoglienza</source>
        <translation>in a refuge or shelter</translation>
    </message>
    <message>
        <source>senza casa</source>
        <translation>homeless</translation>
    </message>
    <message>
        <source>abitazione non più utilizzabile (violenza, sicurezza)</source>
        <translation>home no longer usable (violence, safety)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>casa rifugio</source>
        <translation>refuge (casa rifugio)</translation>
    </message>
    <message>
        <source>struttura di accoglienza</source>
        <translation>shelter (struttura di accoglienza)</translation>
    </message>
    <message>
        <source>fisica</source>
        <translation>physical</translation>
    </message>
    <message>
        <source>psicologica</source>
        <translation>psychological</translation>
    </message>
    <message>
        <source>economica</source>
        <translation>economic</translation>
    </message>
    <message>
        <source>sessuale</source>
        <translation>sexual</translation>
    </message>
    <message>
        <source>atti persecutori (stalking)</source>
        <translation>stalking</translation>
    </message>
    <message>
        <source>minacce</source>
        <translation>threats</translation>
    </message>
    <message>
        <source>marito o convivente</source>
        <translation>husband or cohabiting partner</translation>
    </message>
    <message>
        <source>ex marito o ex convivente</source>
        <translation>ex-husband or former cohabiting partner</translation>
    </message>
    <message>
        <source>fidanzato</source>
        <translation>boyfriend</translation>
    </message>
    <message>
        <source>ex fidanzato</source>
        <translation>ex-boyfriend</translation>
    </message>
    <message>
        <source>parente</source>
        <translation>relative</translation>
    </message>
    <message>
        <source>conoscente o collega</source>
        <translation>acquaintance or colleague</translation>
    </message>
    <message>
        <source>sconosciuto</source>
        <translation>stranger</translation>
    </message>
    <message>
        <source>di sua iniziativa</source>
        <translation>on her own initiative</translation>
    </message>
    <message>
        <source>parenti o amici</source>
        <translation>relatives or friends</translation>
    </message>
    <message>
        <source>forze dell&apos;ordine</source>
        <translation>police</translation>
    </message>
    <message>
        <source>servizi sociali</source>
        <translation>social services</translation>
    </message>
    <message>
        <source>servizi sanitari (pronto soccorso, consultorio…)</source>
        <translation>health services (emergency department, family clinic…)</translation>
    </message>
    <message>
        <source>altro</source>
        <translation>other</translation>
    </message>
    <message>
        <source>informazioni</source>
        <translation>information</translation>
    </message>
    <message>
        <source>ascolto</source>
        <translation>listening</translation>
    </message>
    <message>
        <source>informazioni legali</source>
        <translation>legal information</translation>
    </message>
    <message>
        <source>sostegno psicologico</source>
        <translation>psychological support</translation>
    </message>
    <message>
        <source>ospitalità in casa rifugio</source>
        <translation>a place in a refuge</translation>
    </message>
    <message>
        <source>salute</source>
        <translation>health</translation>
    </message>
    <message>
        <source>emergenza</source>
        <translation>emergency</translation>
    </message>
    <message>
        <source>nessuna denuncia</source>
        <translation>no complaint</translation>
    </message>
    <message>
        <source>denuncia presentata</source>
        <translation>complaint filed</translation>
    </message>
    <message>
        <source>denuncia ritirata</source>
        <translation>complaint withdrawn</translation>
    </message>
    <message>
        <source>inserimento lavorativo</source>
        <translation>job placement</translation>
    </message>
    <message>
        <source>autonomia abitativa</source>
        <translation>housing independence</translation>
    </message>
    <message>
        <source>accesso diretto al centro</source>
        <translation>direct access to the centre</translation>
    </message>
    <message>
        <source>telefono del centro antiviolenza</source>
        <translation>the anti-violence centre&apos;s phone</translation>
    </message>
    <message>
        <source>numero 1522</source>
        <translation>the 1522 helpline</translation>
    </message>
    <message>
        <source>pronto soccorso o servizi sanitari</source>
        <translation>emergency room or health services</translation>
    </message>
    <message>
        <source>altro canale</source>
        <translation>other channel</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>avvocato</source>
        <translation>lawyer</translation>
    </message>
    <message>
        <source>altro servizio</source>
        <translation>other service</translation>
    </message>
    <message>
        <source>accoglienza e colloqui</source>
        <translation>reception and interviews</translation>
    </message>
    <message>
        <source>supporto psicologico</source>
        <translation>psychological support</translation>
    </message>
    <message>
        <source>consulenza legale</source>
        <translation>legal advice</translation>
    </message>
    <message>
        <source>orientamento lavorativo</source>
        <translation>job guidance</translation>
    </message>
    <message>
        <source>sostegno all&apos;autonomia abitativa ed economica</source>
        <translation>support for housing and economic autonomy</translation>
    </message>
    <message>
        <source>accompagnamento ai servizi della rete</source>
        <translation>accompanying to the network&apos;s services</translation>
    </message>
    <message>
        <source>sostegno ai figli minori</source>
        <translation>support for minor children</translation>
    </message>
    <message>
        <source>maschio</source>
        <translation>male</translation>
    </message>
    <message>
        <source>femmina</source>
        <translation>female</translation>
    </message>
    <message>
        <source>meno di 18 anni</source>
        <translation>under 18</translation>
    </message>
    <message>
        <source>da 18 a 29 anni</source>
        <translation>18 to 29</translation>
    </message>
    <message>
        <source>da 30 a 39 anni</source>
        <translation>30 to 39</translation>
    </message>
    <message>
        <source>da 40 a 49 anni</source>
        <translation>40 to 49</translation>
    </message>
    <message>
        <source>da 50 a 59 anni</source>
        <translation>50 to 59</translation>
    </message>
    <message>
        <source>60 anni e più</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>nessuna denuncia o misura nota</source>
        <translation>no known complaint or measure</translation>
    </message>
    <message>
        <source>denunce precedenti</source>
        <translation>previous complaints</translation>
    </message>
    <message>
        <source>ammonimento del questore</source>
        <translation>police commissioner&apos;s warning (ammonimento)</translation>
    </message>
    <message>
        <source>allontanamento dalla casa familiare</source>
        <translation>removal from the family home</translation>
    </message>
    <message>
        <source>divieto di avvicinamento</source>
        <translation>restraining order</translation>
    </message>
    <message>
        <source>arresto o custodia cautelare</source>
        <translation>arrest or custody</translation>
    </message>
    <message>
        <source>autore allontanato</source>
        <translation>perpetrator removed</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>La scheda: il Cpl tiene un colloquio specialistico con ogni donna.</source>
        <translation>The card: the Cpl holds a specialist interview with every woman.</translation>
    </message>
    <message>
        <source>La scheda: il Cpl definisce il percorso e lo condivide con l&apos;équipe.</source>
        <translation>The card: the Cpl defines the path and shares it with the équipe.</translation>
    </message>
    <message>
        <source>Percorso a: il suo reddito non le permette di mantenere un affitto nel mercato privato.</source>
        <translation>Path a: her income does not allow her to keep up a rent on the private market.</translation>
    </message>
    <message>
        <source>Percorso a: il suo progetto di vita non è ancora legato nel lungo termine a questo territorio.</source>
        <translation>Path a: her life plan is not yet tied to this area in the long term.</translation>
    </message>
    <message>
        <source>Percorso a: il territorio non riesce a offrirle un alloggio in affitto nel mercato privato.</source>
        <translation>Path a: the area cannot offer her a rented home on the private market.</translation>
    </message>
    <message>
        <source>Percorso b: il suo reddito sostiene un affitto e il territorio può offrirne uno.</source>
        <translation>Path b: her income can support a rent and the area can offer one.</translation>
    </message>
    <message>
        <source>Percorso b: il suo progetto di vita è legato a questo territorio.</source>
        <translation>Path b: her life plan is tied to this area.</translation>
    </message>
    <message>
        <source>Percorso b: ha un buon livello di risorse economiche e sociali.</source>
        <translation>Path b: she has a good level of economic and social resources.</translation>
    </message>
    <message>
        <source>Valutazione: bisogno elevato in «istruzione e formazione» ({need}).</source>
        <translation>Assessment: high need in “education and training” ({need}).</translation>
    </message>
    <message>
        <source>Valutazione: bisogno elevato in «lavoro e competenze» ({need}).</source>
        <translation>Assessment: high need in “work and skills” ({need}).</translation>
    </message>
    <message>
        <source>Valutazione: bisogno elevato in «lingua italiana» ({need}).</source>
        <translation>Assessment: high need in “Italian language” ({need}).</translation>
    </message>
    <message>
        <source>Risposta: le serve formazione.</source>
        <translation>Answer: she needs training.</translation>
    </message>
    <message>
        <source>Risposta: non sa cercare lavoro da sola.</source>
        <translation>Answer: she does not know how to look for work on her own.</translation>
    </message>
    <message>
        <source>Nessuna proposta: mancano risposte (o sono «non so») a: {questions}.</source>
        <translation>No proposal: answers are missing (or “don&apos;t know”) for: {questions}.</translation>
    </message>
    <message>
        <source>Nessuna proposta: la scheda riserva il percorso b a chi ha un buon livello di risorse economiche e sociali, e non è buono il livello di: {levels}. Decide l&apos;équipe.</source>
        <translation>No proposal: the card keeps path b for women with a good level of economic and social resources, and the level is not good for: {levels}. The équipe decides.</translation>
    </message>
    <message>
        <source>Risposta: non ha esperienze di lavoro recenti.</source>
        <translation>Answer: she has no recent work experience.</translation>
    </message>
    <message>
        <source>Risposta: non ha un obiettivo professionale.</source>
        <translation>Answer: she has no career goal.</translation>
    </message>
    <message>
        <source>Risposta: è pronta per un inserimento lavorativo.</source>
        <translation>Answer: she is ready for job placement.</translation>
    </message>
    <message>
        <source>Risposta: vuole lavorare in proprio.</source>
        <translation>Answer: she wants to be self-employed.</translation>
    </message>
    <message>
        <source>Risposta: ha competenze da certificare.</source>
        <translation>Answer: she has skills to be certified.</translation>
    </message>
    <message>
        <source>Risposta: le serve un accompagnamento sul lavoro.</source>
        <translation>Answer: she needs support at work.</translation>
    </message>
    <message>
        <source>Già importato: nessuna variazione.</source>
        <translation>Already imported: no changes.</translation>
    </message>
    <message>
        <source>Pacchetto n. {sequence} dell&apos;Ambito «{ambito}», creato il {day} alle {time} UTC, firmato dalla chiave {key}: verificato.</source>
        <translation>Bundle no. {sequence} from the Ambito “{ambito}”, created on {day} at {time} UTC, signed with key {key}: verified.</translation>
    </message>
    <message>
        <source>{fund}: impegnati {committed}, erogati {disbursed}.</source>
        <translation>{fund}: committed {committed}, paid {disbursed}.</translation>
    </message>
    <message>
        <source>Donne della {line}: {women}.</source>
        <translation>Women in {line}: {women}.</translation>
    </message>
    <message>
        <source>Donne: {women} ({records} schede condivise, {unshared} solo nei totali perché senza consenso alla condivisione).</source>
        <translation>Women: {women} ({records} shared cases, {unshared} in the totals only because there is no consent to sharing).</translation>
    </message>
    <message>
        <source>Unito il pacchetto n. {sequence} dell&apos;Ambito «{ambito}».</source>
        <translation>Merged bundle no. {sequence} of the Ambito “{ambito}”.</translation>
    </message>
    <message>
        <source>{file}: già importato, nulla da unire.</source>
        <translation>{file}: already imported, nothing to merge.</translation>
    </message>
    <message>
        <source>{file}: rifiutato, nulla unito.</source>
        <translation>{file}: refused, nothing merged.</translation>
    </message>
    <message>
        <source>ATTENZIONE: il registro delle attività dell&apos;Ambito è più corto dell&apos;ultima volta (ultima voce n. {after}, nel pacchetto precedente n. {before}): possibile ripristino da una copia o manomissione. Chiedere all&apos;Ambito che cosa è successo.</source>
        <translation>WARNING: the Ambito&apos;s activity log is shorter than last time (last entry no. {after}, in the previous bundle no. {before}): possibly restored from a backup, or tampered with. Ask the Ambito what happened.</translation>
    </message>
    <message>
        <source>Ambito {ambito}: primo pacchetto (n. {sequence}).</source>
        <translation>Ambito {ambito}: first bundle (no. {sequence}).</translation>
    </message>
    <message>
        <source>{fund}: impegnati {committed} ({committed_delta}), erogati {disbursed} ({disbursed_delta}).</source>
        <translation>{fund}: committed {committed} ({committed_delta}), paid {disbursed} ({disbursed_delta}).</translation>
    </message>
    <message>
        <source>Ambito {ambito}: pacchetto n. {sequence} al posto del n. {previous}.</source>
        <translation>Ambito {ambito}: bundle no. {sequence} replacing no. {previous}.</translation>
    </message>
    <message>
        <source>Nessuna variazione rispetto al pacchetto già importato.</source>
        <translation>No changes compared with the bundle already imported.</translation>
    </message>
    <message>
        <source>Schede: {added} nuove, {changed} modificate, {removed} tolte, {closed} chiuse.</source>
        <translation>Cases: {added} new, {changed} changed, {removed} removed, {closed} closed.</translation>
    </message>
    <message>
        <source>Donne: {before} → {after}.</source>
        <translation>Women: {before} → {after}.</translation>
    </message>
    <message>
        <source>Donne della {line}: {before} → {after}.</source>
        <translation>Women in {line}: {before} → {after}.</translation>
    </message>
    <message>
        <source>Impegno n. {seq} ({case_code}, {fund}): nessuna erogazione da {months} mesi, residuo {residual}.</source>
        <translation>Commitment no. {seq} ({case_code}, {fund}): no payments for {months} months, {residual} remaining.</translation>
    </message>
    <message>
        <source>{fund}: impegnato il {share}% dello stanziamento (disponibili {available}).</source>
        <translation>{fund}: {share}% of the allocation committed ({available} available).</translation>
    </message>
    <message>
        <source>Azione {action}: cofinanziamento (B) registrato per {actual}, oltre quanto previsto dalla scheda ({planned}).</source>
        <translation>Action {action}: co-financing (B) recorded for {actual}, beyond what the card plans ({planned}).</translation>
    </message>
    <message>
        <source>Azione {action}: spese registrate fuori dai mesi dell&apos;azione ({months}), righe {count}, da {first} a {last}.</source>
        <translation>Action {action}: expenses recorded outside the action&apos;s months ({months}), {count} rows, from {first} to {last}.</translation>
    </message>
    <message>
        <source>Azione {action}: ore di cofinanziamento registrate fuori dai mesi dell&apos;azione ({months}), righe {count}, da {first} a {last}.</source>
        <translation>Action {action}: co-financing hours recorded outside the action&apos;s months ({months}), {count} rows, from {first} to {last}.</translation>
    </message>
    <message>
        <source>Azione {action}: sessioni di formazione fuori dai mesi dell&apos;azione ({months}), righe {count}, da {first} a {last}.</source>
        <translation>Action {action}: training sessions outside the action&apos;s months ({months}), {count} rows, from {first} to {last}.</translation>
    </message>
    <message>
        <source>La voce n. {seq} ha un importo non positivo ({amount}).</source>
        <translation>Entry no. {seq} has an amount that is not positive ({amount}).</translation>
    </message>
    <message>
        <source>La voce n. {seq} è su un fondo sconosciuto «{fund}».</source>
        <translation>Entry no. {seq} is on an unknown fund “{fund}”.</translation>
    </message>
    <message>
        <source>La voce n. {seq} ha un tipo sconosciuto «{kind}».</source>
        <translation>Entry no. {seq} has an unknown kind “{kind}”.</translation>
    </message>
    <message>
        <source>Sull&apos;impegno n. {seq} ({amount}) risultano erogati {paid}: più dell&apos;impegnato.</source>
        <translation>On commitment no. {seq} ({amount}), {paid} has been paid: more than was committed.</translation>
    </message>
    <message>
        <source>Gli impegni sul {fund} sono {total}: superano lo stanziamento dell&apos;Ambito di {allocation}.</source>
        <translation>Commitments on the {fund} total {total}: more than the Ambito&apos;s allocation of {allocation}.</translation>
    </message>
    <message>
        <source>Gli impegni del caso {cases} sul {fund} sono {total}: superano il massimo di {cap} per donna.</source>
        <translation>Commitments for case {cases} on the {fund} total {total}: more than the maximum of {cap} per woman.</translation>
    </message>
    <message>
        <source>L&apos;impegno n. {seq} è stornato (storno n. {reversal}) ma ha erogazioni non stornate prima dello storno o registrate dopo.</source>
        <translation>Commitment no. {seq} is reversed (reversal no. {reversal}) but has payments that were not reversed, from before the reversal or recorded after it.</translation>
    </message>
    <message>
        <source>L&apos;erogazione n. {seq} del {on} è precedente all&apos;impegno n. {commitment} del {committed_on}.</source>
        <translation>Payment no. {seq} dated {on} is earlier than commitment no. {commitment} dated {committed_on}.</translation>
    </message>
    <message>
        <source>L&apos;erogazione n. {seq} non dice a chi è andata o con quale documento.</source>
        <translation>Payment no. {seq} does not say who it went to or with which document.</translation>
    </message>
    <message>
        <source>L&apos;erogazione n. {seq} è su un caso o fondo diverso da quello dell&apos;impegno n. {commitment}.</source>
        <translation>Payment no. {seq} is on a different case or fund from commitment no. {commitment}.</translation>
    </message>
    <message>
        <source>L&apos;erogazione n. {seq} fa riferimento all&apos;impegno n. {commitment}, che non è un impegno precedente.</source>
        <translation>Payment no. {seq} refers to commitment no. {commitment}, which is not an earlier commitment.</translation>
    </message>
    <message>
        <source>Lo storno n. {seq} ({amount}) non annulla per intero la voce n. {target} ({target_amount}) dello stesso caso e fondo.</source>
        <translation>Reversal no. {seq} ({amount}) does not fully cancel entry no. {target} ({target_amount}) of the same case and fund.</translation>
    </message>
    <message>
        <source>Lo storno n. {seq} fa riferimento alla voce n. {target}, che non è un impegno o un&apos;erogazione precedente.</source>
        <translation>Reversal no. {seq} refers to entry no. {target}, which is not an earlier commitment or payment.</translation>
    </message>
    <message>
        <source>La voce n. {seq} è stornata {times} volte.</source>
        <translation>Entry no. {seq} is reversed {times} times.</translation>
    </message>
    <message>
        <source>La voce n. {seq} segue la n. {previous}: i numeri devono crescere.</source>
        <translation>Entry no. {seq} follows no. {previous}: the numbers must increase.</translation>
    </message>
    <message>
        <source>L&apos;azione {action} è nella linea {line}, che attua l&apos;azione regionale n. {regional}.</source>
        <translation>Action {action} is in line {line}, which carries out regional action no. {regional}.</translation>
    </message>
    <message>
        <source>La scheda è datata prima dell&apos;atto su cui si basa ({basis}).</source>
        <translation>The card is dated before the act it is based on ({basis}).</translation>
    </message>
    <message>
        <source>Il codice «{code}» è già usato in {first}: deve essere unico.</source>
        <translation>The code “{code}” is already used in {first}: it must be unique.</translation>
    </message>
    <message>
        <source>I fondi dell&apos;azione {action} ({funds}) hanno dotazioni per {allocated}, più delle risorse regionali (A) dell&apos;azione ({amount_a}).</source>
        <translation>The funds of action {action} ({funds}) have budgets of {allocated}, more than the action&apos;s regional resources (A) ({amount_a}).</translation>
    </message>
    <message>
        <source>Con un massimale di {cap} per donna, la dotazione di {allocation} basta per {women} donne, meno delle {target} previste dalla linea {line}.</source>
        <translation>With a maximum of {cap} per woman, the budget of {allocation} is enough for {women} women, fewer than the {target} planned for line {line}.</translation>
    </message>
    <message>
        <source>Il totale del programma ({printed}) non è la somma dei totali delle linee ({computed}).</source>
        <translation>The programme total ({printed}) is not the sum of the line totals ({computed}).</translation>
    </message>
    <message>
        <source>Il totale del programma ({printed}) non è la somma dei totali A delle linee ({computed}).</source>
        <translation>The programme total ({printed}) is not the sum of the lines&apos; A totals ({computed}).</translation>
    </message>
    <message>
        <source>Il totale del programma ({printed}) non è la somma dei totali B delle linee ({computed}).</source>
        <translation>The programme total ({printed}) is not the sum of the lines&apos; B totals ({computed}).</translation>
    </message>
    <message>
        <source>Il totale stampato della linea {line} ({printed}) non è la somma di A + B delle sue azioni ({computed}).</source>
        <translation>The printed total of line {line} ({printed}) is not the sum of A + B of its actions ({computed}).</translation>
    </message>
    <message>
        <source>Il totale stampato della linea {line} ({printed}) non è la somma degli importi A delle sue azioni ({computed}).</source>
        <translation>The printed total of line {line} ({printed}) is not the sum of the A amounts of its actions ({computed}).</translation>
    </message>
    <message>
        <source>Il totale stampato della linea {line} ({printed}) non è la somma degli importi B delle sue azioni ({computed}).</source>
        <translation>The printed total of line {line} ({printed}) is not the sum of the B amounts of its actions ({computed}).</translation>
    </message>
    <message>
        <source>L&apos;azione {action} è prevista nei mesi {months}, fuori dalla durata del programma ({duration} mesi).</source>
        <translation>Action {action} is planned in months {months}, outside the programme&apos;s duration ({duration} months).</translation>
    </message>
    <message>
        <source>L&apos;azione {action} è prevista nel mese {months}, fuori dalla durata del programma ({duration} mesi).</source>
        <translation>Action {action} is planned in month {months}, outside the programme&apos;s duration ({duration} months).</translation>
    </message>
    <message>
        <source>L&apos;azione {action} non ha mesi nel cronoprogramma.</source>
        <translation>Action {action} has no months in the timetable.</translation>
    </message>
    <message>
        <source>Il programma non ha una data di avvio (data_avvio): i mesi del cronoprogramma restano numeri, senza date, e le registrazioni non si possono confrontare con i mesi delle azioni.</source>
        <translation>The programme has no start date (data_avvio): the schedule&apos;s months stay numbers, without dates, and the records cannot be compared with the actions&apos; months.</translation>
    </message>
    <message>
        <source>Il totale stampato dell&apos;azione {action} ({printed}) non è A + B ({amount_a} + {amount_b}): i totali di linea e tutte le somme usano A + B.</source>
        <translation>The printed total of action {action} ({printed}) is not A + B ({amount_a} + {amount_b}): line totals and all sums use A + B.</translation>
    </message>
    <message>
        <source>Il fondo «{fund}» è gestito dalla Provincia: non si ripartisce tra gli Ambiti (togli «ambiti» e «destinatari»).</source>
        <translation>The fund «{fund}» is managed by the Provincia: it is not split among the Ambiti (remove «ambiti» and «destinatari»).</translation>
    </message>
    <message>
        <source>Il fondo «{fund}» è gestito dalla Provincia, ma il programma non ha la tabella [provincia].</source>
        <translation>The fund «{fund}» is managed by the Provincia, but the programme has no [provincia] table.</translation>
    </message>
    <message>
        <source>Destinatario per l&apos;Ambito «{code}», che non è tra gli Ambiti del fondo.</source>
        <translation>Recipient for the Ambito “{code}”, which is not one of the fund&apos;s Ambiti.</translation>
    </message>
    <message>
        <source>La data di avvio ({start}) è prima dell&apos;atto su cui si basa il programma ({basis}).</source>
        <translation>The start date ({start}) is before the act the programme is based on ({basis}).</translation>
    </message>
    <message>
        <source>Riferimento all&apos;azione «{code}», che non esiste nel programma.</source>
        <translation>Reference to the action “{code}”, which does not exist in the programme.</translation>
    </message>
    <message>
        <source>Riferimento all&apos;Ambito «{code}», che non esiste nel programma.</source>
        <translation>Reference to the Ambito “{code}”, which does not exist in the programme.</translation>
    </message>
    <message>
        <source>Riferimento alla linea «{code}», che non esiste nel programma.</source>
        <translation>Reference to the line “{code}”, which does not exist in the programme.</translation>
    </message>
    <message>
        <source>La gestione «{manager}» del fondo non esiste: scegli tra {known}.</source>
        <translation>The fund management «{manager}» does not exist: choose among {known}.</translation>
    </message>
    <message>
        <source>{where}: cita come atto del programma la {cited}, ma l&apos;atto del programma è la {basis}.</source>
        <translation>{where}: cites {cited} as the programme&apos;s act, but the programme&apos;s act is {basis}.</translation>
    </message>
    <message>
        <source>La scheda assegna la quota dell&apos;Ambito {ambito} del fondo «{fund}» a «{body}», come ente capofila; ma l&apos;ente capofila dell&apos;Ambito è «{capofila}» (ente gestore: «{managing}»).</source>
        <translation>The card assigns the Ambito {ambito}&apos;s share of the fund “{fund}” to “{body}” as the capofila body; but the Ambito&apos;s capofila body is “{capofila}” (managing body: “{managing}”).</translation>
    </message>
    <message>
        <source>Nessun aggiornamento del caso dal {last} (soglia {weeks} settimane).</source>
        <translation>No update on the case since {last} (threshold {weeks} weeks).</translation>
    </message>
    <message>
        <source>Impegno n. {seq} sul {fund}: restano {residual} e nessuna erogazione dal {last} (soglia {months} mesi).</source>
        <translation>Commitment no. {seq} on the {fund}: {residual} left and no payment since {last} (threshold {months} months).</translation>
    </message>
    <message>
        <source>Aggiornamento di monitoraggio del progetto (revisione {revision}): l&apos;ultimo riferimento è del {last}, se ne chiede uno ogni {months} mesi.</source>
        <translation>Monitoring update of the project (revision {revision}): the last one is dated {last}; one is asked every {months} months.</translation>
    </message>
    <message>
        <source>Invio n. {number} a «{service}» del {sent}: nessuna risposta del servizio (soglia {days} giorni).</source>
        <translation>Referral no. {number} to «{service}» of {sent}: no answer from the service (threshold {days} days).</translation>
    </message>
    <message>
        <source>Verifica del progetto (revisione {revision}, validata il {validated}): prevista ogni {months} mesi.</source>
        <translation>Review of the project (revision {revision}, validated on {validated}): due every {months} months.</translation>
    </message>
    <message>
        <source>In lista d&apos;attesa dalla segnalazione del {since}, non ancora presa in carico (soglia {weeks} settimane).</source>
        <translation>On the waiting list since the referral of {since}, not yet taken in charge (threshold {weeks} weeks).</translation>
    </message>
</context>
<context>
    <name>network_growth</name>
    <message>
        <source>Crescita non calcolabile: nessuna organizzazione risulta nella rete a fine {month} (mese della scheda), la base dell&apos;obiettivo.</source>
        <translation>Growth cannot be computed: no organisation is in the network at the end of {month} (the card&apos;s month), the target&apos;s baseline.</translation>
    </message>
    <message>
        <source>A fine {month} erano {baseline}: crescita {growth} % (obiettivo +{target} %, cioè {needed}); obiettivo non ancora raggiunto.</source>
        <translation>At the end of {month} they were {baseline}: growth {growth} % (target +{target} %, that is {needed}); target not reached yet.</translation>
    </message>
    <message>
        <source>A fine {month} erano {baseline}: crescita {growth} % (obiettivo +{target} %, cioè {needed}); obiettivo raggiunto.</source>
        <translation>At the end of {month} they were {baseline}: growth {growth} % (target +{target} %, that is {needed}); target reached.</translation>
    </message>
</context>
<context>
    <name>network_kinds</name>
    <message>
        <source>Centro antiviolenza</source>
        <translation>Anti-violence centre</translation>
    </message>
    <message>
        <source>Servizi sociali</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Centro per l&apos;impiego</source>
        <translation>Job centre (Centro per l&apos;impiego)</translation>
    </message>
    <message>
        <source>Ente di formazione</source>
        <translation>Training provider</translation>
    </message>
    <message>
        <source>Operatore accreditato lavoro e formazione</source>
        <translation>Accredited work and training operator</translation>
    </message>
    <message>
        <source>Casa rifugio o alloggi</source>
        <translation>Shelter or housing</translation>
    </message>
    <message>
        <source>Aler</source>
        <translation>Aler</translation>
    </message>
    <message>
        <source>Terzo settore</source>
        <translation>Third sector</translation>
    </message>
    <message>
        <source>Forze dell&apos;ordine</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>ATS / ASST</source>
        <translation>ATS / ASST</translation>
    </message>
    <message>
        <source>Sanità (altri enti)</source>
        <translation>Health (other bodies)</translation>
    </message>
    <message>
        <source>Associazione datoriale</source>
        <translation>Employers&apos; association</translation>
    </message>
    <message>
        <source>Camera di Commercio</source>
        <translation>Chamber of Commerce</translation>
    </message>
    <message>
        <source>Servimpresa</source>
        <translation>Servimpresa</translation>
    </message>
    <message>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>payment_items</name>
    <message>
        <source>per l&apos;intervento n. %1</source>
        <translation>for intervention no. %1</translation>
    </message>
    <message>
        <source>per il sostegno n. %1</source>
        <translation>for support no. %1</translation>
    </message>
    <message>
        <source>per il costo abitativo n. %1</source>
        <translation>for housing cost no. %1</translation>
    </message>
    <message>
        <source>per la spesa di ingresso n. %1</source>
        <translation>for entry expense no. %1</translation>
    </message>
    <message>
        <source>— nessuno —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>aprire, cercare e stampare i casi</source>
        <translation>open, search and print the cases</translation>
    </message>
    <message>
        <source>registrare e modificare le segnalazioni</source>
        <translation>record and edit referrals</translation>
    </message>
    <message>
        <source>registrare e revocare i consensi</source>
        <translation>record and withdraw consents</translation>
    </message>
    <message>
        <source>inviare una donna a un altro servizio</source>
        <translation>refer a woman to another service</translation>
    </message>
    <message>
        <source>registrare la valutazione del caso</source>
        <translation>record the case assessment</translation>
    </message>
    <message>
        <source>scrivere, validare e chiudere il progetto</source>
        <translation>write, validate and close the project</translation>
    </message>
    <message>
        <source>approvare il progetto con la propria password</source>
        <translation>approve the project with one&apos;s own password</translation>
    </message>
    <message>
        <source>registrare il monitoraggio del progetto</source>
        <translation>record the project&apos;s monitoring</translation>
    </message>
    <message>
        <source>vedere la lista d&apos;attesa</source>
        <translation>see the waiting list</translation>
    </message>
    <message>
        <source>vedere le cose da fare</source>
        <translation>see the to-do list</translation>
    </message>
    <message>
        <source>impostare le soglie dei promemoria</source>
        <translation>set the reminder thresholds</translation>
    </message>
    <message>
        <source>esportare le tabelle O.R.A./ISTAT</source>
        <translation>export the O.R.A./ISTAT tables</translation>
    </message>
    <message>
        <source>trasferire un caso a un altro Ambito</source>
        <translation>transfer a case to another Ambito</translation>
    </message>
    <message>
        <source>vedere i fondi</source>
        <translation>see the funds</translation>
    </message>
    <message>
        <source>registrare impegni, erogazioni, ore e impostazioni dei fondi</source>
        <translation>record commitments, payments, hours and fund settings</translation>
    </message>
    <message>
        <source>vedere la rete e il quadro provinciale</source>
        <translation>see the network and the provincial overview</translation>
    </message>
    <message>
        <source>gestire chiavi, iscrizioni e pacchetti di scambio</source>
        <translation>manage keys, enrolments and exchange bundles</translation>
    </message>
    <message>
        <source>sottomettere e decidere i periodi</source>
        <translation>submit and decide the periods</translation>
    </message>
    <message>
        <source>registrare impegni, pagamenti e ore CPI della Provincia</source>
        <translation>record the Provincia&apos;s commitments, payments and CPI hours</translation>
    </message>
    <message>
        <source>gestire gli utenti e la chiave dell&apos;archivio</source>
        <translation>manage the users and the database key</translation>
    </message>
    <message>
        <source>eliminare i dati personali e impostare la conservazione</source>
        <translation>erase personal data and set retention</translation>
    </message>
    <message>
        <source>vedere il registro delle operazioni</source>
        <translation>see the log of operations</translation>
    </message>
    <message>
        <source>eliminare le copie di sicurezza e vedere quelle su altri supporti</source>
        <translation>delete backups and see those on other media</translation>
    </message>
</context>
<context>
    <name>project_options</name>
    <message>
        <source>tirocinio extracurricolare (con indennità)</source>
        <translation>extracurricular traineeship (with allowance)</translation>
    </message>
    <message>
        <source>certificazione delle competenze</source>
        <translation>skills certification</translation>
    </message>
    <message>
        <source>formazione / riqualificazione</source>
        <translation>training / retraining</translation>
    </message>
    <message>
        <source>servizi per l&apos;autoimprenditorialità</source>
        <translation>self-employment services</translation>
    </message>
    <message>
        <source>colloquio specialistico</source>
        <translation>specialist interview</translation>
    </message>
    <message>
        <source>definizione del percorso</source>
        <translation>path definition</translation>
    </message>
    <message>
        <source>orientamento e formazione alla ricerca attiva del lavoro</source>
        <translation>guidance and training in active job search</translation>
    </message>
    <message>
        <source>bilancio di competenze</source>
        <translation>skills assessment</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>coaching</translation>
    </message>
    <message>
        <source>incontro domanda-offerta / work experience</source>
        <translation>job matching / work experience</translation>
    </message>
    <message>
        <source>tutoring</source>
        <translation>tutoring</translation>
    </message>
    <message>
        <source>Centro per l&apos;Impiego</source>
        <translation>Centro per l&apos;Impiego</translation>
    </message>
    <message>
        <source>operatore accreditato al lavoro e alla formazione</source>
        <translation>accredited employment and training provider</translation>
    </message>
    <message>
        <source>previsto</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>in corso</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>concluso</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>annullato</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>indennità di partecipazione</source>
        <translation>participation allowance</translation>
    </message>
    <message>
        <source>rimborso delle spese di trasporto</source>
        <translation>refund of travel costs</translation>
    </message>
    <message>
        <source>conciliazione: asilo nido</source>
        <translation>work–life balance: nursery</translation>
    </message>
    <message>
        <source>conciliazione: doposcuola</source>
        <translation>work–life balance: after-school care</translation>
    </message>
    <message>
        <source>conciliazione: semi-convitto</source>
        <translation>work–life balance: day boarding</translation>
    </message>
    <message>
        <source>conciliazione: mensa scolastica</source>
        <translation>work–life balance: school canteen</translation>
    </message>
    <message>
        <source>conciliazione: trasporto scolastico</source>
        <translation>work–life balance: school transport</translation>
    </message>
    <message>
        <source>conciliazione: centro estivo</source>
        <translation>work–life balance: summer camp</translation>
    </message>
    <message>
        <source>conciliazione: attività ricreative e sportive</source>
        <translation>work–life balance: leisure and sports activities</translation>
    </message>
    <message>
        <source>conciliazione: assistenza familiare</source>
        <translation>work–life balance: family care</translation>
    </message>
    <message>
        <source>conciliazione: altra spesa famiglia-lavoro</source>
        <translation>work–life balance: other family–work cost</translation>
    </message>
    <message>
        <source>a) sostegno per servizi abitativi temporanei</source>
        <translation>a) support for temporary housing services</translation>
    </message>
    <message>
        <source>b) sostegno a un nuovo contratto di locazione nel mercato privato</source>
        <translation>b) support for a new lease on the private market</translation>
    </message>
    <message>
        <source>edilizia pubblica (l.r. 16/2016 art. 23 c. 13)</source>
        <translation>public housing (l.r. 16/2016 art. 23 c. 13)</translation>
    </message>
    <message>
        <source>alloggio pubblico assegnato in deroga alla graduatoria</source>
        <translation>public housing allocated outside the waiting list</translation>
    </message>
    <message>
        <source>alloggio privato o del privato sociale (housing sociale)</source>
        <translation>private or third-sector housing (social housing)</translation>
    </message>
    <message>
        <source>affitto</source>
        <translation>rent</translation>
    </message>
    <message>
        <source>spese condominiali</source>
        <translation>service charges</translation>
    </message>
    <message>
        <source>utenze domestiche</source>
        <translation>household utilities</translation>
    </message>
    <message>
        <source>deposito cauzionale</source>
        <translation>security deposit</translation>
    </message>
    <message>
        <source>mensilità anticipate</source>
        <translation>rent paid in advance</translation>
    </message>
    <message>
        <source>provvigione dell&apos;agenzia</source>
        <translation>agency fee</translation>
    </message>
    <message>
        <source>imposta di registro del contratto</source>
        <translation>lease registration tax</translation>
    </message>
    <message>
        <source>allacciamento delle utenze</source>
        <translation>utility connections</translation>
    </message>
    <message>
        <source>trasloco</source>
        <translation>removals</translation>
    </message>
    <message>
        <source>arredi ed elettrodomestici essenziali</source>
        <translation>essential furniture and appliances</translation>
    </message>
    <message>
        <source>altre spese di ingresso</source>
        <translation>other entry costs</translation>
    </message>
    <message>
        <source>operatori della rete</source>
        <translation>network workers</translation>
    </message>
    <message>
        <source>un partner della rete</source>
        <translation>a network partner</translation>
    </message>
    <message>
        <source>la donna in autonomia</source>
        <translation>the woman herself</translation>
    </message>
    <message>
        <source>privato</source>
        <translation>private individual</translation>
    </message>
    <message>
        <source>ente pubblico / ALER</source>
        <translation>public body / ALER</translation>
    </message>
    <message>
        <source>cooperativa</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <source>privato sociale / terzo settore</source>
        <translation>social private sector / third sector</translation>
    </message>
    <message>
        <source>agenzia immobiliare</source>
        <translation>letting agency</translation>
    </message>
    <message>
        <source>altro locatore</source>
        <translation>other landlord</translation>
    </message>
    <message>
        <source>bozza</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>validato</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>chiuso</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>soggetto che gestisce il percorso abitativo</source>
        <translation>organisation running the housing path</translation>
    </message>
    <message>
        <source>centro antiviolenza</source>
        <translation>anti-violence centre</translation>
    </message>
    <message>
        <source>servizi sociali</source>
        <translation>social services</translation>
    </message>
    <message>
        <source>assunta</source>
        <translation>employed</translation>
    </message>
    <message>
        <source>tirocinio concluso</source>
        <translation>traineeship completed</translation>
    </message>
    <message>
        <source>qualifica o certificazione ottenuta</source>
        <translation>qualification or certification obtained</translation>
    </message>
    <message>
        <source>contratto di locazione firmato</source>
        <translation>lease signed</translation>
    </message>
    <message>
        <source>in un alloggio temporaneo</source>
        <translation>in temporary accommodation</translation>
    </message>
    <message>
        <source>autonomia economica raggiunta</source>
        <translation>economic independence achieved</translation>
    </message>
    <message>
        <source>a tempo indeterminato</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>a tempo determinato</source>
        <translation>fixed-term</translation>
    </message>
    <message>
        <source>apprendistato</source>
        <translation>apprenticeship</translation>
    </message>
    <message>
        <source>somministrazione</source>
        <translation>agency work</translation>
    </message>
    <message>
        <source>lavoro intermittente</source>
        <translation>on-call work</translation>
    </message>
    <message>
        <source>lavoro autonomo</source>
        <translation>self-employment</translation>
    </message>
    <message>
        <source>altro contratto</source>
        <translation>other contract</translation>
    </message>
    <message>
        <source>ha rinunciato al percorso</source>
        <translation>withdrew from the path</translation>
    </message>
    <message>
        <source>si è trasferita fuori dal territorio</source>
        <translation>moved out of the area</translation>
    </message>
    <message>
        <source>trasferimento protetto per motivi di sicurezza</source>
        <translation>protected relocation for safety reasons</translation>
    </message>
    <message>
        <source>non è più raggiungibile</source>
        <translation>can no longer be reached</translation>
    </message>
    <message>
        <source>motivi di salute</source>
        <translation>health reasons</translation>
    </message>
    <message>
        <source>è tornata a vivere con l&apos;autore della violenza</source>
        <translation>went back to living with the perpetrator</translation>
    </message>
    <message>
        <source>non ha più i requisiti del progetto</source>
        <translation>no longer meets the project&apos;s requirements</translation>
    </message>
    <message>
        <source>altro motivo</source>
        <translation>other reason</translation>
    </message>
    <message>
        <source>Fondo politiche attive</source>
        <translation>Fondo politiche attive</translation>
    </message>
    <message>
        <source>Fondo politiche passive</source>
        <translation>Fondo politiche passive</translation>
    </message>
    <message>
        <source>Fondo autonomia abitativa</source>
        <translation>Fondo autonomia abitativa</translation>
    </message>
    <message>
        <source>migliorata</source>
        <translation>improved</translation>
    </message>
    <message>
        <source>peggiorata</source>
        <translation>worsened</translation>
    </message>
    <message>
        <source>invariata</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>in parte migliorata, in parte peggiorata</source>
        <translation>partly improved, partly worsened</translation>
    </message>
    <message>
        <source>non confrontabile</source>
        <translation>not comparable</translation>
    </message>
    <message>
        <source>nessuna proposta</source>
        <translation>no proposal</translation>
    </message>
    <message>
        <source>linea 1 (inserimento lavorativo)</source>
        <translation>line 1 (job placement)</translation>
    </message>
    <message>
        <source>linea 2 (autonomia abitativa)</source>
        <translation>line 2 (housing independence)</translation>
    </message>
</context>
<context>
    <name>referral_options</name>
    <message>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 dal %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>inviata</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>accolta</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rifiutata</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>conclusa</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Coordinatrice d&apos;Ambito</source>
        <translation>Ambito coordinator</translation>
    </message>
    <message>
        <source>Membro dell&apos;équipe</source>
        <translation>Équipe member</translation>
    </message>
    <message>
        <source>Operatrice CAV</source>
        <translation>CAV worker</translation>
    </message>
    <message>
        <source>Provincia / CPI</source>
        <translation>Province / CPI</translation>
    </message>
</context>
<context>
    <name>signoff_acts</name>
    <message>
        <source>validazione del progetto</source>
        <translation>project validation</translation>
    </message>
    <message>
        <source>validazione della revisione</source>
        <translation>revision validation</translation>
    </message>
    <message>
        <source>chiusura del progetto</source>
        <translation>project closure</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>CAV</source>
        <translation>CAV</translation>
    </message>
    <message>
        <source>R&amp;uolo</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>C&amp;AV</source>
        <translation>C&amp;AV</translation>
    </message>
</context>
<context>
    <name>waiting_list</name>
    <message>
        <source>figli minori o con disabilità</source>
        <translation>children who are minors or have a disability</translation>
    </message>
    <message>
        <source>ospite di una casa rifugio o struttura di accoglienza</source>
        <translation>staying in a refuge or shelter</translation>
    </message>
    <message>
        <source>{employment}</source>
        <translation>{employment}</translation>
    </message>
    <message>
        <source>nessun reddito nel nucleo</source>
        <translation>no household income</translation>
    </message>
    <message>
        <source>reddito del nucleo {income_band}</source>
        <translation>household income {income_band}</translation>
    </message>
    <message>
        <source>reddito non indicato</source>
        <translation>income not stated</translation>
    </message>
    <message>
        <source>nessun elemento di priorità</source>
        <translation>no priority factors</translation>
    </message>
</context>
</TS>
