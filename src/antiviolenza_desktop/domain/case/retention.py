"""How long a closed path keeps the woman's personal data, and when it may be erased (GDPR art.
5(1)(e) storage limitation, art. 17 right to erasure).

The rule lives here so that the GUI, the CLI and the list of cases due for erasure agree:

- a path is *closed* when its stage is final (concluded or dropped out) and no validated
  project of hers is still running; the retention clock starts on the later of the final
  stage's date and the project's closing date;
- by expiry («scadenza») a closed path may be erased once `retention_years` have passed;
- on the woman's request («richiesta», art. 17) a path may be erased at any stage: the money
  stays in the append-only ledger under the case code (art. 17(3)(b), the Region's checks);
- a path is erased once: the tombstone is final, and nothing more is written on it
  (`CaseErased`);
- a restore of an older copy re-applies the erasures the replaced store had («ripristino»,
  never chosen by a person: the audit's reason for the re-applied erasure).

The default of 5 years is an assumption, not a sourced rule: the programme card and the
domain brief say nothing on retention; the ledger keeps every amount under the case code
without her identity for as long as the accounts must be kept, so her identity is needed only
while the Region may still check who received the support. The coordinator sets the period
(1 to 30 years) after hearing the data protection officer.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.case.stages import FINAL_STAGES
from antiviolenza_desktop.domain.errors import AppError, InvalidInput

DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30

REASON_REQUEST = "richiesta"
REASON_EXPIRY = "scadenza"
REASON_RESTORE = "ripristino"
REASONS = (REASON_REQUEST, REASON_EXPIRY)
REASON_LABELS = {
    REASON_REQUEST: "richiesta dell'interessata",
    REASON_EXPIRY: "scadenza della conservazione",
    REASON_RESTORE: "cancellazione riapplicata dopo il ripristino di una copia",
}


class CaseAlreadyErased(AppError):
    code = "caso_gia_cancellato"
    template = "I dati personali del caso {case_code} sono già stati eliminati."


class CaseErased(AppError):
    code = "caso_cancellato"
    template = (
        "I dati personali del caso {case_code} sono stati eliminati: al caso non si può "
        "aggiungere né modificare nulla. Per una nuova richiesta della donna apri un nuovo caso."
    )


class CaseNotClosed(AppError):
    code = "caso_non_chiuso"
    template = (
        "Il caso {case_code} non è chiuso: per scadenza si eliminano solo i percorsi conclusi o "
        "interrotti senza un progetto in corso. Se la donna chiede la cancellazione, scegli "
        "il motivo «richiesta dell'interessata»."
    )


class RetentionNotExpired(AppError):
    code = "conservazione_non_scaduta"
    template = (
        "Il caso {case_code} va conservato fino al {until} ({years} anni dalla chiusura): "
        "prima di allora si elimina solo su richiesta dell'interessata."
    )


class ConfirmationMismatch(AppError):
    code = "conferma_codice_errata"
    template = (
        "Il codice scritto non è quello del caso ({case_code}): nessun dato è stato eliminato. "
        "Riscrivi il codice del caso per confermare."
    )


class UnknownErasureReason(AppError):
    code = "motivo_cancellazione_sconosciuto"
    template = "Motivo della cancellazione sconosciuto: usa «richiesta» o «scadenza»."


def check_not_erased(case_code: str, erased_at: str | None) -> None:
    """CaseErased when the case is a tombstone: every write on a case asks this first."""
    if erased_at is not None:
        raise CaseErased(case_code=case_code)


class RetentionYearsInvalid(InvalidInput):
    code = "periodo_conservazione_non_valido"
    template = "Il periodo di conservazione va da {min} a {max} anni."


def check_retention_years(years: int) -> int:
    """The period itself, or RetentionYearsInvalid (field "years") outside 1–30 years."""
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise RetentionYearsInvalid(field="years", min=MIN_RETENTION_YEARS, max=MAX_RETENTION_YEARS)
    return years


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def closed_on(
    stage: str, final_stage_date: date | None, project_open: bool, project_closed_on: date | None
) -> date | None:
    """When the path closed, or None while it is still open (see the module's rule)."""
    if stage not in FINAL_STAGES or project_open or final_stage_date is None:
        return None
    if project_closed_on is not None and project_closed_on > final_stage_date:
        return project_closed_on
    return final_stage_date


def erasable_from(closed: date, years: int) -> date:
    """The first day on which a path closed on `closed` may be erased by expiry."""
    return add_years(closed, years)


def check_erasure(
    *,
    case_code: str,
    typed_code: str,
    reason: str,
    already_erased: bool,
    closed: date | None,
    years: int,
    today: date,
) -> None:
    """Raise the refusal that applies, in the order a person would fix them; None when allowed.

    The typed code is compared after trimming spaces and ignoring case: it proves the person
    read which case she is erasing, not that she types capitals."""
    if reason not in REASONS:
        raise UnknownErasureReason(field="reason")
    if already_erased:
        raise CaseAlreadyErased(case_code=case_code)
    if typed_code.strip().casefold() != case_code.casefold():
        raise ConfirmationMismatch(field="typed_code", case_code=case_code)
    if reason == REASON_REQUEST:
        return
    if closed is None:
        raise CaseNotClosed(field="reason", case_code=case_code)
    until = erasable_from(closed, years)
    if today < until:
        raise RetentionNotExpired(
            field="reason", case_code=case_code, until=until.strftime("%d/%m/%Y"), years=years
        )
