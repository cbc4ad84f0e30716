"""The decision file: the capofila's decisions on one Ambito's periods, signed, and applied
at the Ambito.

    {"formato": "antiviolenza-decisioni-periodi", "versione": 1,
     "contenuto": {ambito, programme_id, sequence, issued_at, signing_key_id, periods: [...]},
     "firma": base64 Ed25519 over a label and the canonical content}

`periods` holds every period of the Ambito the capofila has decided on, in its current state
({period, state, decision, reason, decided_at, decided_by}); `sequence` is the number of the
capofila's newest decision for the Ambito. Like a bundle it is a whole state, never a delta:
a lost file is made good by the next one. The Ambito checks it against its enrolment: the key
that signed it must be the capofila signing key it enrolled with (`exchange_enrolment`), the
signature must hold, the Ambito and the programme must be its own, and its number must be
newer than the last file applied (a replayed file changes nothing and is refused). Not
encrypted: it holds period codes, states, logins and the reasons of send-backs, which the name
guard keeps free of women's names.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.approval.decision_errors import (
    DecisionFileForOtherAmbito,
    DecisionFileFromOtherKey,
    DecisionFileOtherProgramme,
    DecisionFileReplayed,
    DecisionFileTampered,
    NoDecisionYet,
    NotADecisionFile,
)
from antiviolenza_desktop.domain.approval.periods import InvalidPeriod, period_from_code
from antiviolenza_desktop.domain.approval.states import MAX_REASON, STATES
from antiviolenza_desktop.domain.exchange.enrolment_errors import NotEnrolled
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.enrolment import programme_identity
from antiviolenza_desktop.exchange.key_material import signing_private, signing_public
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.approval_decisions import decisions_for
from antiviolenza_desktop.services.approval_periods import (
    DecidedPeriod,
    PeriodRow,
    apply_decisions,
    last_applied_file,
)
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

FORMAT = "antiviolenza-decisioni-periodi"
VERSION = 1
MAX_FILE_BYTES = 256 * 1024
_SIGNATURE_LABEL = b"antiviolenza-desktop period decisions signature v1\x00"
_PERIOD_FIELDS = ("period", "state", "decision", "reason", "decided_at", "decided_by")


@dataclass(frozen=True, slots=True)
class DecisionFile:
    ambito: str
    sequence: int
    periods: int
    data: bytes


@dataclass(frozen=True, slots=True)
class AppliedDecisions:
    sequence: int
    changed: tuple[PeriodRow, ...]


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _period_document(decided: DecidedPeriod) -> dict[str, Any]:
    return {
        "period": decided.period.code,
        "state": decided.state,
        "decision": decided.decision,
        "reason": decided.reason,
        "decided_at": decided.decided_at,
        "decided_by": decided.decided_by,
    }


def issue_decision_file(uow: UnitOfWork, *, ambito: str) -> DecisionFile:
    """The signed file of the capofila's decisions on `ambito`'s periods. Permission:
    coordinator of the capofila. Audited. Errors: PermissionDenied, NotCapofilaStore,
    NoDecisionYet."""
    require(uow, Permission.APPROVALS)
    records.require_capofila(uow, "scrivere il file delle decisioni")
    sequence, periods = decisions_for(uow, ambito)
    if sequence == 0:
        raise NoDecisionYet("ambito", ambito=ambito)
    signing = keys.ensure_capofila_keys(uow)["signing"]
    content = {
        "ambito": ambito,
        "programme_id": programme_identity()[0],
        "sequence": sequence,
        "issued_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "signing_key_id": signing.key_id,
        "periods": [_period_document(decided) for decided in periods],
    }
    signature = signing_private(signing.private_key).sign(_SIGNATURE_LABEL + _canonical(content))
    document = {
        "formato": FORMAT,
        "versione": VERSION,
        "contenuto": content,
        "firma": base64.b64encode(signature).decode("ascii"),
    }
    data = (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    audit.record(
        uow,
        action="approvazione.file_emesso",
        entity="approval_file",
        entity_id=f"{ambito}:{sequence}",
        details={"periodi": len(periods)},
    )
    return DecisionFile(ambito, sequence, len(periods), data)


def _read(data: bytes) -> tuple[dict[str, Any], bytes]:
    """The file's content and signature, the container checked. Errors: NotADecisionFile."""
    if len(data) > MAX_FILE_BYTES:
        raise NotADecisionFile(reason="file troppo grande")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise NotADecisionFile(reason="non è un documento JSON") from None
    if not isinstance(document, dict) or document.get("formato") != FORMAT:
        raise NotADecisionFile(reason="formato sconosciuto")
    if document.get("versione") != VERSION:
        raise NotADecisionFile(reason="versione non supportata")
    content = document.get("contenuto")
    try:
        signature = base64.b64decode(str(document.get("firma")), validate=True)
    except binascii.Error:
        raise NotADecisionFile(reason="firma non leggibile") from None
    if not isinstance(content, dict):
        raise NotADecisionFile(reason="contenuto mancante")
    return content, signature


def _verified(uow: UnitOfWork, data: bytes) -> dict[str, Any]:
    """The content, once the enrolled capofila key verified it and it is for this store.
    Errors: NotEnrolled, NotADecisionFile, DecisionFileFromOtherKey, DecisionFileTampered,
    DecisionFileForOtherAmbito, DecisionFileOtherProgramme."""
    enrolment = records.current_enrolment(uow)
    if enrolment is None:
        raise NotEnrolled
    content, signature = _read(data)
    key_id = str(content.get("signing_key_id"))[:40]
    if key_id != enrolment.capofila_signing_key_id:
        raise DecisionFileFromOtherKey(key_id=key_id, expected=enrolment.capofila_signing_key_id)
    try:
        signing_public(enrolment.capofila_signing_key).verify(
            signature, _SIGNATURE_LABEL + _canonical(content)
        )
    except InvalidSignature:
        raise DecisionFileTampered from None
    theirs = str(content.get("ambito"))[:40]
    if theirs != enrolment.ambito:
        raise DecisionFileForOtherAmbito(theirs=theirs, ours=enrolment.ambito)
    programme = str(content.get("programme_id"))[:80]
    if programme != enrolment.programme_id:
        raise DecisionFileOtherProgramme(theirs=programme, ours=enrolment.programme_id)
    return content


def _decided(item: Any, sequence: int) -> DecidedPeriod:
    """One period of a verified file, every field checked. Errors: NotADecisionFile."""
    try:
        fields = {name: item[name] for name in _PERIOD_FIELDS}
        decided = DecidedPeriod(
            period_from_code(str(fields["period"])),
            str(fields["state"]),
            int(fields["decision"]),
            str(fields["reason"])[: MAX_REASON + 1],
            str(fields["decided_at"])[:32],
            str(fields["decided_by"])[:64],
        )
    except (KeyError, TypeError, ValueError, InvalidPeriod):
        raise NotADecisionFile(reason="periodo non valido") from None
    if not isinstance(fields["decision"], int) or isinstance(fields["decision"], bool):
        raise NotADecisionFile(reason="numero di decisione non valido")
    if decided.state not in STATES or not 1 <= decided.decision <= sequence:
        raise NotADecisionFile(reason="stato o numero di decisione non valido")
    return decided


def apply_decision_file(uow: UnitOfWork, data: bytes) -> AppliedDecisions:
    """Verify the capofila's decision file and apply it to this Ambito's periods (see the
    module's docstring). Permission: coordinator. Audited. Errors: PermissionDenied,
    NotAmbitoStore, NotEnrolled, NotADecisionFile, DecisionFileFromOtherKey,
    DecisionFileTampered, DecisionFileForOtherAmbito, DecisionFileOtherProgramme,
    DecisionFileReplayed."""
    require(uow, Permission.APPROVALS)
    records.require_ambito(uow, "importare le decisioni della capofila")
    content = _verified(uow, data)
    sequence, items = content.get("sequence"), content.get("periods")
    if not isinstance(sequence, int) or sequence < 1 or not isinstance(items, list):
        raise NotADecisionFile(reason="numero del file non valido")
    applied = last_applied_file(uow)
    if sequence <= applied:
        raise DecisionFileReplayed("file", sequence=sequence, applied=applied)
    periods = [_decided(item, sequence) for item in items]
    changed = apply_decisions(
        uow,
        sequence=sequence,
        content_sha256=hashlib.sha256(data).hexdigest(),
        periods=periods,
    )
    return AppliedDecisions(sequence, tuple(changed))
