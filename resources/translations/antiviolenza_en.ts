<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>CaseDetail</name>
    <message>
        <source>sola lettura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Torna all&apos;elenco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheda %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · fase: %2 · segnalata il %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Annulla le modifiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salva la scheda (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copiato: gli appunti si svuotano tra 10 secondi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvataggio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheda %1 registrata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiche alla scheda %1 salvate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 avviso da ricontrollare (in giallo accanto al campo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 avvisi da ricontrollare (in giallo accanto ai campi).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFormSections</name>
    <message>
        <source>Segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data della segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centro antiviolenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segnalata &amp;insieme ai servizi sociali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— non indicato —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chi l&apos;ha indirizzata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motivi del contatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linee richieste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La donna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia il codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice &amp;fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ricavata dal codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data di &amp;nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ttadinanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solo per cittadinanza straniera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stato ci&amp;vile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune di &amp;residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia il telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefono sicuro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiri&amp;zzo sicuro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>si può &amp;chiamarla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>si può scri&amp;verle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i figli hanno &amp;assistito alla violenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i figli hanno s&amp;ubito violenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casa &amp;rifugio o struttura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condizione &amp;lavorativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha firmato la &amp;DID (dichiarazione di immediata disponibilità)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fascia di r&amp;eddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situazione &amp;abitativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tipi di violenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relazione con l&apos;autore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;nuncia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consenso e percorso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data del &amp;consenso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consente la condivisione &amp;pseudonimizzata con il capofila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senza questo consenso la scheda non lascia mai questo computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fase del percorso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gli appunti si svuotano dopo 10 secondi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segnalata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cerca per nome, cognome, codice fiscale o codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerca casi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutte le fasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtra per fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutte le linee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtra per linea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutti i CAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtra per CAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elenco dei casi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 casi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Nuova password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambia password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hai aperto l&apos;archivio con la chiave di recupero: scegli l&apos;utente e dalle una nuova password prima di continuare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le due password non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <source>Nessun figlio inserito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aggiungi figlio/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrivi la data come 15/03/2024; Canc per svuotare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO – dati fittizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possibile doppione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esiste già una scheda che potrebbe riguardare la stessa donna. Aprila per controllare, oppure conferma che si tratta di un&apos;altra persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schede simili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apri la scheda esistente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>È un&apos;altra persona, &amp;salva comunque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Primo avvio – nuovo archivio cifrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ente a cui appartiene l&apos;archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nome dell&apos;archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es. Équipe Ambito Cremonese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nome dell&apos;archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benvenuta: creiamo l&apos;archivio cifrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutti i dati restano cifrati su questo computer. Scegli a quale Ambito (o al capofila) appartiene l&apos;archivio e dagli un nome riconoscibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es. m.rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nome e &amp;cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La coordinatrice dell&apos;archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scegli una password lunga: una frase di quattro o più parole non comuni è facile da ricordare e difficile da indovinare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creazione dell&apos;archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premi «Crea archivio»: ci vuole qualche secondo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se tutte le password vanno perse, solo questa chiave riapre l&apos;archivio. Copiala ora su carta: nella prossima pagina ti chiederemo due gruppi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifica della copia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrivi i gruppi richiesti, come li hai copiati (senza trattini).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostra di nuovo la chiave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salva il foglio di recupero (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho copiato la chiave a mano e proseguo senza il foglio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il foglio di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salva il foglio, stampalo e conservalo in cassaforte, lontano dal computer. Dopo la stampa cancella il file PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crea archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ho copiato la chiave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creazione in corso: cifratura e verifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salva il foglio di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenti PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foglio salvato in %1. Stampalo, poi cancella il file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <source>&amp;Anagrafica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;egnalazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Archivio bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sblocca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password dimenticata? Usa la chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torna alla password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrivi il tuo nome utente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apertura in corso…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rete antiviolenza – Provincia di Cremona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copia di sicurezza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verifica archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambia &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;iuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Informazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivio: %1 · Ambito: %2 · Utente: %3 · Programma: d.g.r. 6947/2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia di sicurezza in corso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia di sicurezza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia creata e verificata:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifica dell&apos;archivio in corso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivio integro: pagine, struttura e registro superano i controlli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifica archivio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro alterato alla voce n. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>antiviolenza-desktop %1
Archivio cifrato della rete antiviolenza della Provincia di Cremona.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityEdit</name>
    <message>
        <source>Scrivi le prime lettere e scegli dall&apos;elenco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elenco ISTAT dei comuni aggiornato al %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Nuova password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ripeti la nuova password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustezza della password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nuova password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ripeti password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustezza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>molto debole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discreta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ottima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usa una frase di più parole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingListView</name>
    <message>
        <source>Linea 1 – Inserimento lavorativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linea 2 – Autonomia abitativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segnalata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nessun criterio di priorità</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Aree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lista d&apos;attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuova segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChildRow</name>
    <message>
        <source>minorenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>con disabilità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rimuovi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;età</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figlio/a n. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Età del figlio/a n. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figlio/a n. %1 minorenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figlio/a n. %1 con disabilità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rimuovi figlio/a n. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>stesso codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stesso nome e data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Errore imprevisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si è verificato un errore imprevisto (%1). I dati già salvati sono al sicuro. Se si ripete, blocca e riapri l&apos;archivio e avvisa l&apos;assistenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dalla fase «{current}» non si passa a «{new}». {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operazione non riuscita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non hai il permesso di eseguire questa operazione ({action}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le due password non coincidono: riscrivile uguali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il gruppo {group} non corrisponde alla chiave mostrata: ricontrollalo su quanto hai copiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non hai salvato né stampato il foglio di recupero: se dimentichi la password, senza la chiave i dati sono persi. Salvalo o stampalo, oppure conferma che prosegui senza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La scheda ha {count} errori da correggere prima di salvare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importo non valido «{text}»: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il programma «{source}» non è valido (errori: {count}). Il primo, in {location}: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia di sicurezza {name} non supera il controllo ({detail}): non usarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disco pieno o non scrivibile: l&apos;operazione è stata annullata e i dati salvati prima sono intatti. Libera spazio (o controlla la chiavetta o il disco) e riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non ho il permesso di leggere {name}. Chiedi i permessi o sposta il file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non posso scrivere in {name}: la cartella è protetta o il supporto è di sola lettura. Scegli un&apos;altra cartella o chiedi i permessi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accanto a {name} c&apos;è solo il file chiavi, senza archivio: forse una creazione è stata interrotta o l&apos;archivio è stato spostato. Se è una creazione interrotta, sposta il file {keys} in un&apos;altra cartella e riprova; altrimenti ripristina una copia di sicurezza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il file chiavi {name} è danneggiato ({detail}). L&apos;archivio non è stato toccato: ripristina il file chiavi dall&apos;ultima copia di sicurezza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manca il file chiavi {name} accanto all&apos;archivio: senza di esso l&apos;archivio non si apre. Ripristina l&apos;ultima copia di sicurezza (comando «antiviolenza restore»), che contiene anche il file chiavi. L&apos;archivio non è stato toccato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;aggiornamento dell&apos;archivio non è riuscito ed è stato annullato: l&apos;archivio è com&apos;era prima. Una copia di sicurezza è in {backup}. Dettaglio tecnico: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} non è una cartella: indica una cartella di destinazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il file {name} non è un archivio cifrato di antiviolenza-desktop ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La chiave di recupero deve avere {groups} gruppi di {size} caratteri; ne sono stati scritti {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiave di recupero: il gruppo {group} non torna (errore di battitura). Ricontrolla quel gruppo sul foglio di recupero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivio danneggiato: {detail}. Il file non è stato modificato. Ripristina l&apos;ultima copia di sicurezza{backup_hint} con «antiviolenza restore».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esiste già un archivio (o un file) in {name}: non viene mai sovrascritto. Scegli un altro percorso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;archivio è stato creato con una versione più recente dell&apos;applicazione (schema {revision}). Aggiorna l&apos;applicazione per aprirlo; l&apos;archivio non è stato toccato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;archivio {name} è già aperto da un altro programma o da un&apos;altra finestra su questo computer. Chiudi l&apos;altra sessione e riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non esiste nessun archivio in {name}. Per crearne uno usa «antiviolenza init».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troppi tentativi falliti ({failures}). Riprova tra {seconds} secondi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» non esiste in questo archivio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;utente «{user}» esiste già in questo archivio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password troppo debole: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password errata. Controlla maiuscole e tastiera, poi riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questa chiave di recupero non apre l&apos;archivio: forse è il foglio di un altro archivio o di prima di una rotazione della chiave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il file {name} esiste già: scegli un altro nome per il foglio di recupero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La cartella {folder} per il foglio di recupero non esiste o non è scrivibile: scegline un&apos;altra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La scheda richiesta non esiste (più) in questo archivio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esiste già una scheda che potrebbe riguardare la stessa donna ({codes}). Apri quella scheda, oppure conferma che si tratta di un&apos;altra persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File del programma non trovato: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il file del programma {path} non è un TOML valido ({position}): {detail}. Correggi il file in quel punto e riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossibile leggere il file del programma {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>intake_options</name>
    <message>
        <source>primo contatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colloquio di accoglienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presa in carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percorso concluso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percorso interrotto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>italiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>di un altro paese dell&apos;Unione europea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>di un paese fuori dall&apos;Unione europea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nubile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coniugata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convivente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unita civilmente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divorziata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vedova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disoccupata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inoccupata (mai occupata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nessun reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fino a € 6.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oltre € 6.000 e fino a € 12.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oltre € 12.000 e fino a € 20.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oltre € 20.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casa di proprietà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casa in affitto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ospite di parenti o amici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in casa rifugio o struttura di accoglienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senza casa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abitazione non più utilizzabile (violenza, sicurezza)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casa rifugio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struttura di accoglienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fisica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psicologica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atti persecutori (stalking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minacce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marito o convivente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex marito o ex convivente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fidanzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex fidanzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conoscente o collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sconosciuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>di sua iniziativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parenti o amici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forze dell&apos;ordine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servizi sociali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servizi sanitari (pronto soccorso, consultorio…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascolto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informazioni legali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sostegno psicologico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ospitalità in casa rifugio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nessuna denuncia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denuncia presentata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denuncia ritirata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserimento lavorativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autonomia abitativa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
