"""Her whole history on one screen: what happened in her case, when, and who did it.

Built from the audit log entries about her case (every write to her record is audited in the
same transaction, with the worker's login and the moment), so the overview shows only what
was audited and names who did it: the referral and its edits, each assessment, each project
revision confirmed or closed, each équipe member's signature of an act of the project, each
monitoring note, every commitment, payment and reversal of
the fund ledger, every print of her forms, each consent recorded or withdrawn, each referral
to another service and each of its statuses, the erasure of
her personal data. The stage dates
of her path come from her record (they are days, not moments, and are kept after an erasure).

Nothing here is free text: each event carries a kind code and parameters taken one by one
from the audit details and the ledger (numbers, dates, and codes checked against their
vocabularies), never names, payees or notes. Reading it is part of opening her record (the
caller has audited `lettura.scheda`), so this read records nothing itself.

The ledger keeps no "documents" of a case apart from the printed forms, so there is no
document kind.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, TypeGuard

from sqlalchemy import select

from antiviolenza_desktop.domain.audit.actions import FORM_KINDS, READ_PRINT
from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.consent import PURPOSES
from antiviolenza_desktop.domain.case.referral import STATUSES
from antiviolenza_desktop.domain.case.retention import REASON_LABELS
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.project.signoff import ACTS
from antiviolenza_desktop.services.authorization import require_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    AssessmentRecord,
    AuditLog,
    Case,
    CaseReferral,
    CaseReferralStatus,
    CaseStageDate,
    LedgerRecord,
    ProjectEventRecord,
    ProjectRevisionRecord,
)

KIND_REFERRAL = "referral"
KIND_EDIT = "edit"
KIND_STAGE = "stage"
KIND_ASSESSMENT = "assessment"
KIND_PROJECT_CONFIRMED = "project_confirmed"
KIND_PROJECT_CLOSED = "project_closed"
KIND_SIGNOFF = "signoff"
KIND_MONITORING = "monitoring"
KIND_COMMITMENT = "commitment"
KIND_DISBURSEMENT = "disbursement"
KIND_REVERSAL = "reversal"
KIND_PRINT = "print"
KIND_ERASURE = "erasure"
KIND_CONSENT = "consent"
KIND_CONSENT_WITHDRAWN = "consent_withdrawn"
KIND_REFERRAL_SENT = "referral_sent"
KIND_REFERRAL_STATUS = "referral_status"
KIND_TRANSFER_SENT = "transfer_sent"
KIND_TRANSFER_RECEIVED = "transfer_received"
KINDS = (
    KIND_REFERRAL,
    KIND_EDIT,
    KIND_STAGE,
    KIND_ASSESSMENT,
    KIND_PROJECT_CONFIRMED,
    KIND_PROJECT_CLOSED,
    KIND_SIGNOFF,
    KIND_MONITORING,
    KIND_COMMITMENT,
    KIND_DISBURSEMENT,
    KIND_REVERSAL,
    KIND_PRINT,
    KIND_ERASURE,
    KIND_CONSENT,
    KIND_CONSENT_WITHDRAWN,
    KIND_REFERRAL_SENT,
    KIND_REFERRAL_STATUS,
    KIND_TRANSFER_SENT,
    KIND_TRANSFER_RECEIVED,
)

_KIND_OF_ACTION = {
    "caso.creato": KIND_REFERRAL,
    "caso.modificato": KIND_EDIT,
    "valutazione.registrata": KIND_ASSESSMENT,
    "progetto.validato": KIND_PROJECT_CONFIRMED,
    "progetto.chiuso": KIND_PROJECT_CLOSED,
    "progetto.firmato": KIND_SIGNOFF,
    "progetto.aggiornamento": KIND_MONITORING,
    "fondi.commitment": KIND_COMMITMENT,
    "fondi.disbursement": KIND_DISBURSEMENT,
    "fondi.reversal": KIND_REVERSAL,
    READ_PRINT: KIND_PRINT,
    "caso.dati_eliminati": KIND_ERASURE,
    "consenso.registrato": KIND_CONSENT,
    "consenso.revocato": KIND_CONSENT_WITHDRAWN,
    "invio.registrato": KIND_REFERRAL_SENT,
    "invio.stato": KIND_REFERRAL_STATUS,
    "caso.trasferito": KIND_TRANSFER_SENT,
    "caso.ricevuto": KIND_TRANSFER_RECEIVED,
}
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
_STAGE_ORDER = {option.code: index for index, option in enumerate(opt.STAGES)}
"""Stages of one day show in the order of her path, the later one on top."""


_LedgerRows = dict[int, tuple[str, int | None]]
"""Her ledger entries by number: (day of the entry, number of the entry it reverses)."""


@dataclass(frozen=True)
class HistoryEvent:
    """One line of her history. `on` is the day it happened (the payment's date, the day of
    the assessment...), or the day it was recorded when her record does not say; `at` is the
    UTC moment it was recorded (None for a stage, which is only a day of her path); `who`
    the worker's login (None for a stage, or a session opened with the recovery key)."""

    kind: str
    on: date
    at: datetime | None
    who: str | None
    params: dict[str, str | int] = field(default_factory=dict)


def case_history(uow: UnitOfWork, *, case_id: int) -> list[HistoryEvent]:
    """Her events, newest first. Errors: CaseNotFound, CaseOutsideScope, PermissionDenied.
    Records nothing (see the module)."""
    case = require_case(uow, case_id)
    entries = uow.session.execute(
        select(AuditLog.at, AuditLog.actor, AuditLog.action, AuditLog.details)
        .where(
            AuditLog.entity == "case",
            AuditLog.entity_id == str(case_id),
            AuditLog.action.in_(tuple(_KIND_OF_ACTION)),
        )
        .order_by(AuditLog.seq)
    ).all()
    ledger_rows = {
        seq: (on_date, reverses)
        for seq, on_date, reverses in uow.session.execute(
            select(LedgerRecord.seq, LedgerRecord.on_date, LedgerRecord.reverses_seq).where(
                LedgerRecord.case_id == case_id
            )
        )
    }
    audited = [
        _audited(at, actor, action, details, ledger_rows) for at, actor, action, details in entries
    ]
    events = _dated(audited, _days_of_deeds(uow, case), ledger_rows)
    stages = uow.session.execute(
        select(CaseStageDate.stage, CaseStageDate.date).where(CaseStageDate.case_id == case_id)
    ).all()
    events += [
        HistoryEvent(KIND_STAGE, date.fromisoformat(day), None, None, {"stage": stage})
        for stage, day in sorted(stages, key=lambda row: _STAGE_ORDER.get(row[0], -1))
        if stage in _STAGE_ORDER
    ]
    # Audit entries come in sequence order, which breaks ties between equal moments.
    ordered = sorted(enumerate(events), key=_newest_first_key, reverse=True)
    return [event for _position, event in ordered]


def _newest_first_key(item: tuple[int, HistoryEvent]) -> tuple[date, int, datetime, int]:
    """A stage (a day without a time) sorts below what was recorded on the same day."""
    position, event = item
    if event.at is None:
        return event.on, 0, datetime.min.replace(tzinfo=UTC), position
    return event.on, 1, event.at, position


def _audited(
    at: str, actor: str | None, action: str, details: str, ledger_rows: _LedgerRows
) -> HistoryEvent:
    moment = datetime.fromisoformat(at)
    kind = _KIND_OF_ACTION[action]
    params = _checked_params(kind, _details(details), ledger_rows)
    return HistoryEvent(kind, moment.astimezone().date(), moment, actor, params)


def _days_of_deeds(uow: UnitOfWork, case: Case) -> dict[str, list[date]]:
    """The day each of her deeds happened, per kind, in the order they were recorded (the
    order of their audit entries): the referral, assessments, validations, monitoring notes,
    the closure, her referrals to services and their statuses. Rows removed by an erasure
    leave their kind out of step (see `_dated`)."""

    def days(statement: Any) -> list[date]:
        return [date.fromisoformat(day) for day in uow.session.scalars(statement) if day]

    deeds = select(ProjectEventRecord.on_date).where(ProjectEventRecord.case_id == case.id)
    return {
        KIND_REFERRAL: [date.fromisoformat(case.referral_date)] if case.referral_date else [],
        KIND_ASSESSMENT: days(
            select(AssessmentRecord.assessed_on)
            .where(AssessmentRecord.case_id == case.id)
            .order_by(AssessmentRecord.id)
        ),
        KIND_PROJECT_CONFIRMED: days(
            select(ProjectRevisionRecord.validated_on)
            .where(ProjectRevisionRecord.case_id == case.id)
            .order_by(ProjectRevisionRecord.number)
        ),
        KIND_MONITORING: days(
            deeds.where(ProjectEventRecord.kind == "monitoring").order_by(ProjectEventRecord.id)
        ),
        KIND_PROJECT_CLOSED: days(
            deeds.where(ProjectEventRecord.kind == "closure").order_by(ProjectEventRecord.id)
        ),
        **_days_of_referrals(uow, case.id),
    }


def _days_of_referrals(uow: UnitOfWork, case_id: int) -> dict[str, list[date]]:
    """The day each referral was sent and each status came, in the order recorded."""
    sent = uow.session.scalars(
        select(CaseReferral.sent_on)
        .where(CaseReferral.case_id == case_id)
        .order_by(CaseReferral.id)
    )
    statuses = uow.session.scalars(
        select(CaseReferralStatus.on_date)
        .where(CaseReferralStatus.case_id == case_id)
        .order_by(CaseReferralStatus.id)
    )
    return {
        KIND_REFERRAL_SENT: [date.fromisoformat(day) for day in sent],
        KIND_REFERRAL_STATUS: [date.fromisoformat(day) for day in statuses],
    }


def _dated(
    events: list[HistoryEvent], deeds: dict[str, list[date]], ledger_rows: _LedgerRows
) -> list[HistoryEvent]:
    """Each event on the day it happened where her record says so (the entry's date for the
    ledger; the n-th recorded deed of a kind for the others, when as many deeds of that kind
    are still stored as were audited), else on the day it was recorded."""
    audited = Counter(event.kind for event in events)
    seen: Counter[str] = Counter()
    dated = []
    for event in events:
        day = None
        if "entry" in event.params and event.params["entry"] in ledger_rows:
            day = date.fromisoformat(ledger_rows[int(event.params["entry"])][0])
        elif len(deeds.get(event.kind, ())) == audited[event.kind]:
            day = deeds[event.kind][seen[event.kind]]
        seen[event.kind] += 1
        dated.append(replace(event, on=day) if day else event)
    return dated


def _details(text: str) -> dict[str, Any]:
    try:
        loaded = json.loads(text or "{}")
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _checked_params(
    kind: str, details: dict[str, Any], ledger_rows: _LedgerRows
) -> dict[str, str | int]:
    """Only the parameters each kind is known to carry, each checked for its type or code."""
    params: dict[str, str | int] = {}
    if kind in (KIND_PROJECT_CONFIRMED, KIND_SIGNOFF) and _is_int(details.get("revisione")):
        params["revision"] = details["revisione"]
    if kind == KIND_SIGNOFF:
        params.update(_signoff_params(details))
    if kind in (KIND_COMMITMENT, KIND_DISBURSEMENT, KIND_REVERSAL):
        params.update(_ledger_params(details, ledger_rows))
    if kind == KIND_PRINT and details.get("modulo") in FORM_KINDS:
        params["form"] = details["modulo"]
    if kind == KIND_ERASURE and details.get("motivo") in REASON_LABELS:
        params["reason"] = details["motivo"]
    if kind in (KIND_CONSENT, KIND_CONSENT_WITHDRAWN):
        params.update(_consent_params(details))
    if kind in (KIND_REFERRAL_SENT, KIND_REFERRAL_STATUS):
        params.update(_referral_params(details))
    if kind in (KIND_TRANSFER_SENT, KIND_TRANSFER_RECEIVED):
        params.update(_transfer_params(details))
    return params


def _consent_params(details: dict[str, Any]) -> dict[str, str | int]:
    params: dict[str, str | int] = {}
    if details.get("finalita") in dict(PURPOSES):
        params["purpose"] = details["finalita"]
    if _is_int(details.get("consenso")):
        params["consent"] = details["consenso"]
    return params


def _referral_params(details: dict[str, Any]) -> dict[str, str | int]:
    params: dict[str, str | int] = {}
    if _is_int(details.get("invio")):
        params["referral"] = details["invio"]
    if details.get("servizio") in dict(BODY_KINDS):
        params["service"] = details["servizio"]
    if details.get("stato_invio") in dict(STATUSES):
        params["status"] = details["stato_invio"]
    return params


def _signoff_params(details: dict[str, Any]) -> dict[str, str | int]:
    """The act (a code of `domain.project.signoff.ACTS`) and the signer's login (a handle,
    checked by the login rule; never a display name)."""
    params: dict[str, str | int] = {}
    if details.get("atto") in dict(ACTS):
        params["act"] = details["atto"]
    signer = details.get("firmataria")
    if isinstance(signer, str) and _LOGIN.match(signer):
        params["signer"] = signer
    return params


def _transfer_params(details: dict[str, Any]) -> dict[str, str | int]:
    """The other Ambito's code and, when received, her code there (both codes, checked)."""
    params: dict[str, str | int] = {}
    ambito, code = details.get("ambito"), details.get("codice_provenienza")
    if isinstance(ambito, str) and _CODE.fullmatch(ambito):
        params["ambito"] = ambito
    if isinstance(code, str) and _CODE.fullmatch(code):
        params["from_code"] = code
    return params


_CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")


def _ledger_params(details: dict[str, Any], ledger_rows: _LedgerRows) -> dict[str, str | int]:
    params: dict[str, str | int] = {}
    seq = details.get("voce")
    if _is_int(seq):
        params["entry"] = seq
        reverses = ledger_rows.get(seq, ("", None))[1]
        if reverses is not None:
            params["reverses"] = reverses
    if details.get("fondo") in FUND_LABELS:
        params["fund"] = details["fondo"]
    if _is_int(details.get("importo")):
        params["amount"] = details["importo"]
    return params


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
