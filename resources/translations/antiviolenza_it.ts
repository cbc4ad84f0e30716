<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="it_IT">
    <context>
        <name>AmbitoPeriodsBox</name>
        <message numerus="yes">
            <source>File delle decisioni n. %1 applicato: %n periodi cambiati.</source>
            <translation>
                <numerusform>File delle decisioni n. %1 applicato: %n periodo cambiato.</numerusform>
                <numerusform>File delle decisioni n. %1 applicato: %n periodi cambiati.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message numerus="yes">
            <source>%1 voci</source>
            <translation>
                <numerusform>%1 voce</numerusform>
                <numerusform>%1 voci</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 voci salvate in %2</source>
            <translation>
                <numerusform>%1 voce salvata in %2</numerusform>
                <numerusform>%1 voci salvate in %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Catena integra: %1 voci verificate, nessuna alterata.</source>
            <translation>
                <numerusform>Catena integra: %1 voce verificata, non alterata.</numerusform>
                <numerusform>Catena integra: %1 voci verificate, nessuna alterata.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message numerus="yes">
            <source>%1 e altri %n</source>
            <translation>
                <numerusform>%1 e %n altro</numerusform>
                <numerusform>%1 e altri %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message numerus="yes">
            <source>%1 casi</source>
            <translation>
                <numerusform>%1 caso</numerusform>
                <numerusform>%1 casi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseTransferBox</name>
        <message numerus="yes">
            <source>Attenzione: in questo archivio %n caso può essere la stessa donna (stesso codice fiscale, o stesso nome e data di nascita): %1. Controllalo: se è lei, lavorate su uno solo dei due casi.</source>
            <translation>
                <numerusform>Attenzione: in questo archivio %n caso può essere la stessa donna (stesso codice fiscale, o stesso nome e data di nascita): %1. Controllalo: se è lei, lavorate su uno solo dei due casi.</numerusform>
                <numerusform>Attenzione: in questo archivio %n casi possono essere la stessa donna (stesso codice fiscale, o stesso nome e data di nascita): %1. Controllali: se uno è lei, lavorate su un solo caso.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseTransferButton</name>
        <message numerus="yes">
            <source>%n consensi legati a un ente di questo Ambito non sono stati trasferiti.</source>
            <translation>
                <numerusform>%n consenso legato a un ente di questo Ambito non è stato trasferito.</numerusform>
                <numerusform>%n consensi legati a un ente di questo Ambito non sono stati trasferiti.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConfirmationLabel</name>
        <message numerus="yes">
            <source>%n pagine inviate alla stampante.</source>
            <translation>
                <numerusform>%n pagina inviata alla stampante.</numerusform>
                <numerusform>%n pagine inviate alla stampante.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntriesPanel</name>
        <message numerus="yes">
            <source>%n voci</source>
            <translation>
                <numerusform>%n voce</numerusform>
                <numerusform>%n voci</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EraseCaseDialog</name>
        <message numerus="yes">
            <source>%n copie di sicurezza fatte prima contengono ancora i dati eliminati. Fare ora una nuova copia verificata ed eliminare quelle precedenti?</source>
            <translation>
                <numerusform>%n copia di sicurezza fatta prima contiene ancora i dati eliminati. Fare ora una nuova copia verificata ed eliminare quella precedente?</numerusform>
                <numerusform>%n copie di sicurezza fatte prima contengono ancora i dati eliminati. Fare ora una nuova copia verificata ed eliminare quelle precedenti?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdleWarningBar</name>
        <message numerus="yes">
            <source>L'archivio si blocca tra %n secondi per inattività.</source>
            <translation>
                <numerusform>L'archivio si blocca tra %n secondo per inattività.</numerusform>
                <numerusform>L'archivio si blocca tra %n secondi per inattività.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>&amp;Unisci %n pacchetti</source>
            <translation>
                <numerusform>&amp;Unisci %n pacchetto</numerusform>
                <numerusform>&amp;Unisci %n pacchetti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProvinceView</name>
        <message numerus="yes">
            <source>%n giorni</source>
            <translation>
                <numerusform>%n giorno</numerusform>
                <numerusform>%n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (pacchetto di %n giorni fa)</source>
            <translation>
                <numerusform>%1 (pacchetto di %n giorno fa)</numerusform>
                <numerusform>%1 (pacchetto di %n giorni fa)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportExports</name>
        <message numerus="yes">
            <source>Registro dei fondi salvato in:
%1
(%n voci)

Contiene i codici dei casi e i beneficiari scritti a mano, non i nomi delle donne: conservalo con cura.</source>
            <translation>
                <numerusform>Registro dei fondi salvato in:
%1
(%n voce)

Contiene i codici dei casi e i beneficiari scritti a mano, non i nomi delle donne: conservalo con cura.</numerusform>
                <numerusform>Registro dei fondi salvato in:
%1
(%n voci)

Contiene i codici dei casi e i beneficiari scritti a mano, non i nomi delle donne: conservalo con cura.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignoffBox</name>
        <message numerus="yes">
            <source>%1: firme %2 di %3, ne mancano %n.</source>
            <translation>
                <numerusform>%1: firme %2 di %3, ne manca %n.</numerusform>
                <numerusform>%1: firme %2 di %3, ne mancano %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatutoryTablesDialog</name>
        <message numerus="yes">
            <source>%n donne segnalate nel periodo</source>
            <translation>
                <numerusform>%n donna segnalata nel periodo</numerusform>
                <numerusform>%n donne segnalate nel periodo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n servizi</source>
            <translation>
                <numerusform>%n servizio</numerusform>
                <numerusform>%n servizi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WaitingListView</name>
        <message numerus="yes">
            <source>%n giorni</source>
            <translation>
                <numerusform>%n giorno</numerusform>
                <numerusform>%n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n donne in questa lista</source>
            <translation>
                <numerusform>%n donna in questa lista</numerusform>
                <numerusform>%n donne in questa lista</numerusform>
            </translation>
        </message>
    </context>
</TS>
