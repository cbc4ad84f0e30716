"""Her history (`services.case_history`) in the shell's Italian, one line per event, and the
same event under --json as its kind code and parameters.

The words are the «Panoramica» tab's (`ui.case.history_view`), which the GUI translates with
Qt; here they are the Italian source, built only from each event's checked parameters
(numbers, dates, vocabulary codes), never from free text.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case import referral as referral_rules
from antiviolenza_desktop.domain.case.consent import PURPOSES, label_of
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.project.signoff import act_label
from antiviolenza_desktop.services import case_history as history
from antiviolenza_desktop.services.case_history import HistoryEvent

KIND_LABELS = {
    history.KIND_REFERRAL: "Segnalazione",
    history.KIND_EDIT: "Modifica della scheda",
    history.KIND_STAGE: "Fase del percorso",
    history.KIND_ASSESSMENT: "Valutazione",
    history.KIND_PROJECT_CONFIRMED: "Progetto validato",
    history.KIND_PROJECT_CLOSED: "Progetto chiuso",
    history.KIND_MONITORING: "Monitoraggio",
    history.KIND_COMMITMENT: "Impegno di spesa",
    history.KIND_DISBURSEMENT: "Erogazione",
    history.KIND_REVERSAL: "Storno",
    history.KIND_PRINT: "Stampa",
    history.KIND_ERASURE: "Eliminazione dei dati",
    history.KIND_CONSENT: "Consenso",
    history.KIND_CONSENT_WITHDRAWN: "Revoca",
    history.KIND_SIGNOFF: "Firma dell'équipe",
    history.KIND_REFERRAL_SENT: "Invio",
    history.KIND_REFERRAL_STATUS: "Stato dell'invio",
    history.KIND_TRANSFER_SENT: "Trasferimento",
    history.KIND_TRANSFER_RECEIVED: "Caso ricevuto",
}
PLAIN_SUMMARIES = {
    history.KIND_REFERRAL: "Scheda di segnalazione creata",
    history.KIND_EDIT: "Dati della scheda modificati",
    history.KIND_ASSESSMENT: "Valutazione multidimensionale registrata",
    history.KIND_PROJECT_CLOSED: "Progetto chiuso",
    history.KIND_MONITORING: "Aggiornamento di monitoraggio del progetto",
    history.KIND_PROJECT_CONFIRMED: "Progetto validato",
    history.KIND_ERASURE: "Dati personali eliminati; restano codice, date e movimenti",
}
PRINTED_FORMS = {
    "scheda_segnalazione": "Scheda di segnalazione stampata o salvata in PDF",
    "progetto_personalizzato": "Progetto personalizzato stampato o salvato in PDF",
}
LEDGER_KINDS = (history.KIND_COMMITMENT, history.KIND_DISBURSEMENT, history.KIND_REVERSAL)


def summary(event: HistoryEvent) -> str:
    """What happened, as the overview tab says it."""
    p = event.params
    if event.kind == history.KIND_STAGE:
        return opt.label_of(opt.STAGES, str(p.get("stage", "")))
    if event.kind in LEDGER_KINDS:
        return _ledger(p)
    if event.kind == history.KIND_PROJECT_CONFIRMED and "revision" in p:
        return f"Revisione {p['revision']} validata"
    if event.kind == history.KIND_PRINT:
        return PRINTED_FORMS.get(str(p.get("form", "")), "Modulo stampato o salvato in PDF")
    if event.kind in (history.KIND_CONSENT, history.KIND_CONSENT_WITHDRAWN):
        done = "registrato" if event.kind == history.KIND_CONSENT else "revocato"
        purpose = label_of(PURPOSES, str(p.get("purpose", "")))
        return f"Consenso n. {p.get('consent', '?')} {done}: {purpose}"
    return _work_between_services(event) or PLAIN_SUMMARIES.get(event.kind, "")


def _work_between_services(event: HistoryEvent) -> str:
    """Sign-offs, referrals and transfers, as the overview tab says them."""
    p = event.params
    if event.kind == history.KIND_SIGNOFF:
        act = act_label(str(p.get("act", ""))).capitalize()
        return f"{act} (revisione {p.get('revision', '?')}) firmata da {p.get('signer', '?')}"
    if event.kind == history.KIND_REFERRAL_SENT:
        service = referral_rules.label_of(BODY_KINDS, str(p.get("service", "")))
        return f"Invio n. {p.get('referral', '?')} a {service}"
    if event.kind == history.KIND_REFERRAL_STATUS:
        status = referral_rules.label_of(referral_rules.STATUSES, str(p.get("status", "")))
        return f"Invio n. {p.get('referral', '?')}: {status}"
    if event.kind == history.KIND_TRANSFER_SENT:
        return f"Trasferito all'Ambito «{p.get('ambito', '?')}»"
    if event.kind == history.KIND_TRANSFER_RECEIVED:
        return f"Ricevuto dall'Ambito «{p.get('ambito', '?')}» (lì {p.get('from_code', '?')})"
    return ""


def _ledger(p: dict[str, str | int]) -> str:
    parts = []
    if "entry" in p:
        parts.append(f"voce n. {p['entry']}")
    if "reverses" in p:
        parts.append(f"storna la voce n. {p['reverses']}")
    if "fund" in p:
        parts.append(FUND_LABELS.get(str(p["fund"]), str(p["fund"])))
    if "amount" in p:
        parts.append(format_eur(int(p["amount"])))
    return " · ".join(parts)


def event_line(event: HistoryEvent) -> str:
    """«05/12/2026 10:31  Consenso  Consenso n. 2 registrato: ...  (operatrice)»; the time in
    the computer's zone, only when it was recorded that same day (as in the GUI)."""
    local = event.at.astimezone() if event.at else None
    time = f"{local:%H:%M}" if local and local.date() == event.on else "     "
    who = event.who or ("" if event.at is None else "chiave di recupero")
    line = f"{event.on:%d/%m/%Y} {time}  {KIND_LABELS.get(event.kind, event.kind)}"
    line += f"  {summary(event)}"
    return f"{line}  ({who})" if who else line


def event_data(event: HistoryEvent) -> dict[str, object]:
    return {
        "tipo": event.kind,
        "giorno": event.on.isoformat(),
        "registrato_alle": event.at.isoformat() if event.at else None,
        "chi": event.who,
        "parametri": dict(event.params),
        "descrizione": summary(event),
    }
