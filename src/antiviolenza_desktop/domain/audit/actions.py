"""What each kind of audit entry means, in Italian words, and which kinds are reads.

The codes are what the services write into `audit_log.action`; the labels are what a
coordinator reads in the audit viewer, the CSV export and `antiviolenza audit list`. Every read
of a woman's record (GDPR art. 5, 9, 32) uses a code starting with `lettura.`, so telling reads
from writes is a prefix test the database can answer without any table of its own.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.case.referral import STATUSES as REFERRAL_STATUSES
from antiviolenza_desktop.domain.case.retention import REASON_LABELS
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.money import Cents, format_eur

READ_PREFIX = "lettura."

READ_RECORD = "lettura.scheda"
READ_LIST = "lettura.elenco"
READ_PRINT = "lettura.stampa"
READ_EXPORT = "lettura.esportazione"
AUDIT_EXPORTED = "registro.esportato"

ACTION_LABELS: dict[str, str] = {
    READ_RECORD: "Scheda aperta",
    READ_LIST: "Mostrata in elenco o ricerca",
    READ_PRINT: "Modulo stampato o salvato in PDF",
    READ_EXPORT: "Dati esportati",
    AUDIT_EXPORTED: "Registro delle operazioni esportato",
    "accesso.aperto": "Accesso all'archivio",
    "accesso.tentativi_falliti": "Tentativi di accesso falliti",
    "approvazione.approve": "Periodo di un Ambito approvato",
    "approvazione.decisione_applicata": "Decisione della capofila su un periodo applicata",
    "approvazione.file_applicato": "File delle decisioni della capofila importato",
    "approvazione.file_emesso": "File delle decisioni sui periodi scritto",
    "approvazione.reopen": "Periodo di un Ambito riaperto",
    "approvazione.ricevuto": "Periodo sottomesso da un Ambito ricevuto",
    "approvazione.send_back": "Periodo rinviato all'Ambito",
    "approvazione.sottomesso": "Periodo sottomesso alla capofila",
    "archivio.creato": "Archivio creato",
    "archivio.formato_convertito": "Archivio convertito dal vecchio formato",
    "archivio.ripristinato": "Archivio ripristinato da una copia",
    "bozza.rifiutata": "Bozza di un modulo non più leggibile, scartata",
    "bozza.scartata": "Bozza di un modulo tolta (salvata o scartata)",
    "bozze.conservate": "Moduli non salvati conservati al blocco",
    "caso.creato": "Scheda creata",
    "caso.modificato": "Scheda modificata",
    "caso.dati_eliminati": "Dati personali eliminati",
    "caso.ricevuto": "Caso ricevuto da un altro Ambito",
    "caso.trasferito": "Caso trasferito a un altro Ambito",
    "chiave.ruotata": "Chiave di cifratura ruotata",
    "consenso.registrato": "Consenso della donna registrato",
    "trasferimento.chiave_registrata": "Chiave di ricezione di un altro Ambito registrata",
    "consenso.revocato": "Revoca di un consenso della donna registrata",
    "invio.registrato": "Invio della donna a un servizio registrato",
    "invio.stato": "Stato di un invio a un servizio registrato",
    "cofinanziamento.ore": "Ore di cofinanziamento registrate",
    "cofinanziamento.storno": "Ore di cofinanziamento stornate",
    "conservazione.impostata": "Periodo di conservazione impostato",
    "copia.creata": "Copia di sicurezza creata",
    "copia.eliminata": "Copia di sicurezza eliminata",
    "copie.eliminate": "Copie precedenti a un'eliminazione di dati eliminate",
    "copie.non_eliminate": "Copie di sicurezza non eliminate del tutto",
    "copie.scadute": "Copie scadute eliminate",
    "da_fare.soglie": "Soglie dei promemoria «Da fare» impostate",
    "fondi.configurato": "Fondi configurati",
    "fondi.importazione": "Fondi importati",
    "fondi.commitment": "Impegno di spesa registrato",
    "fondi.disbursement": "Erogazione registrata",
    "fondi.reversal": "Movimento dei fondi stornato",
    "formazione.sessione": "Sessione di formazione registrata",
    "formazione.storno": "Sessione di formazione stornata",
    "password.cambiata": "Password cambiata",
    "password.reimpostata_con_recupero": "Password reimpostata con la chiave di recupero",
    "progetto.aggiornamento": "Aggiornamento del progetto",
    "progetto.bozza": "Bozza del progetto salvata",
    "progetto.chiuso": "Progetto chiuso",
    "progetto.firmato": "Atto del progetto firmato da un componente dell'équipe",
    "progetto.validato": "Progetto validato",
    "relazione.azione": "Relazione di un'azione scritta",
    "provincia.impegno": "Impegno della Provincia registrato",
    "provincia.ore_cpi": "Ore dei CPI registrate",
    "provincia.pagamento": "Pagamento della Provincia registrato",
    "provincia.storno": "Riga del registro della Provincia stornata",
    "rete.adesione": "Adesione alla rete registrata",
    "rete.storno": "Adesione alla rete stornata",
    "rete.uscita": "Uscita dalla rete registrata",
    "scambio.chiave_creata": "Chiave di scambio creata",
    "scambio.iscrizione_accettata": "Iscrizione alla rete accettata",
    "scambio.iscrizione_emessa": "Iscrizione alla rete emessa",
    "scambio.iscrizione_provincia_emessa": "Iscrizione di una capofila alla Regione emessa",
    "scambio.istantanea_importata": "Pacchetto di un Ambito importato",
    "scambio.mittente_registrato": "Mittente registrato",
    "scambio.mittente_revocato": "Mittente revocato",
    "scambio.pacchetto_esportato": "Pacchetto esportato per il capofila",
    "scambio.pacchetto_provinciale_esportato": "Totali provinciali esportati per la Regione",
    "spese.registrata": "Spesa registrata",
    "statistiche.esportate": "Tabelle anonime O.R.A./ISTAT esportate",
    "spese.storno": "Spesa stornata",
    "utente.aggiunto": "Utente aggiunto",
    "utente.disattivato": "Utente disattivato",
    "utente.riattivato": "Utente riattivato con una nuova password",
    "utente.ruolo_cambiato": "Ruolo di un'utente cambiato",
    "valutazione.registrata": "Valutazione registrata",
}

EXPORT_KINDS: dict[str, str] = {
    "rendiconto": "rendiconto finanziario con l'allegato per donna",
    "registro_fondi": "registro dei fondi in CSV",
}

SHOWN_IN_WAITING_LIST = "lista_attesa"
SHOWN_IN: dict[str, str] = {
    SHOWN_IN_WAITING_LIST: "lista d'attesa (linee 1 e 2)",
}
"""Lists other than the case list whose showing is recorded (`elenco` in the details)."""

FORM_KINDS: dict[str, str] = {
    "scheda_segnalazione": "scheda di segnalazione",
    "progetto_personalizzato": "progetto personalizzato",
}


class AuditPeriodReversed(AppError):
    code = "registro_periodo_rovesciato"
    template = (
        "Il periodo va dal {since} al {until}: la prima data deve venire prima della seconda."
    )


def check_period(since: date | None, until: date | None) -> None:
    """Errors: AuditPeriodReversed (field "since")."""
    if since is not None and until is not None and since > until:
        raise AuditPeriodReversed(
            field="since", since=since.strftime("%d/%m/%Y"), until=until.strftime("%d/%m/%Y")
        )


def is_read(action: str) -> bool:
    return action.startswith(READ_PREFIX)


def action_label(action: str) -> str:
    """The Italian words for a code; an unknown code (a newer version wrote it) shows as is."""
    return ACTION_LABELS.get(action, action)


CODE_KEYS = frozenset({"codice", "codici"})
"""Keys of `details` that name women by case code; shown in their own column, not here."""

AMOUNT_KEYS = frozenset({"importo", "stanziamento", "massimale"})
"""Keys of `details` holding cents (ledger, expenses, fund settings)."""

LEDGER_KINDS = {"commitment": "impegno", "disbursement": "erogazione", "reversal": "storno"}

_VALUE_WORDS = {**EXPORT_KINDS, **FORM_KINDS, **SHOWN_IN, **FUND_LABELS, **LEDGER_KINDS}


def details_summary(details: dict[str, object]) -> str:
    """The other fields of an entry's `details` as `key: value` pairs, for a person to read:
    amounts in euro, funds, export and form kinds in words."""
    parts = []
    for key in sorted(details):
        if key in CODE_KEYS:
            continue
        parts.append(f"{key}: {_value_text(key, details[key])}")
    return "; ".join(parts)


def _value_text(key: str, value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if key in AMOUNT_KEYS and isinstance(value, int) and not isinstance(value, bool):
        return format_eur(Cents(value))
    if isinstance(value, bool):
        return "sì" if value else "no"
    if key == "motivo":  # of an erasure (`caso.dati_eliminati`)
        return REASON_LABELS.get(str(value), str(value))
    if key == "stato_invio":  # of a referral's status (`invio.stato`)
        return dict(REFERRAL_STATUSES).get(str(value), str(value))
    return _VALUE_WORDS.get(str(value), str(value))
