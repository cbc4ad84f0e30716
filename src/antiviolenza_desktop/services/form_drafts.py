"""Drafts of the forms left open when the store locks: kept, read back, discarded.

The window calls `save_drafts` as it locks, with what every form with unsaved changes holds,
and `load_drafts` after the same worker unlocks. A draft lives in the encrypted store like
everything else (never in a temporary file, the settings or a log) and belongs to the worker
who typed it: every function reads and writes only the acting worker's rows, so a colleague
who unlocks the same store never sees it. A recovery-key session has no worker, so it keeps
none. Erasing a case deletes its drafts with her other rows (`services.erasure`), and
no draft of an erased case is written again.

The payload is JSON with a format version, the form's value (the domain object, written with
`services.documents`) and where she was (small integers: tab, scroll, focus). A draft that
this version cannot read back exactly is refused (`DraftNotUsable`) and dropped: it could never
be put back into a form, and personal data kept for no purpose must not stay in the store.
Audit entries name the form kinds and the case id, never what was typed.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, select

from antiviolenza_desktop.domain.assessment.model import Assessment
from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.domain.form_drafts import (
    ASSESSMENT,
    CASE_EDIT,
    DRAFT_FORMAT_VERSION,
    NEW_REFERRAL,
    PROJECT,
    DraftNotUsable,
    check_kind,
    kind_fits,
)
from antiviolenza_desktop.domain.project.model import ProjectDraft
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.documents import from_document, to_document
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case, FormDraftRecord

FormValue = CaseDraft | Assessment | ProjectDraft
_VALUE_TYPES: dict[str, type[Any]] = {
    NEW_REFERRAL: CaseDraft,
    CASE_EDIT: CaseDraft,
    ASSESSMENT: Assessment,
    PROJECT: ProjectDraft,
}
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FormDraft:
    """One form's unsaved content; `place` says where she was (names to small integers)."""

    kind: str
    case_id: int | None
    value: FormValue
    place: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class KeptDrafts:
    """The worker's drafts that can be put back, and one refusal per draft that could not."""

    drafts: tuple[FormDraft, ...] = ()
    refused: tuple[DraftNotUsable, ...] = ()


def fingerprint(value: FormValue) -> int:
    """A short number that changes when the stored record a form was loaded from changes: kept
    with a draft (in `place`), it tells at restore that someone saved the record meanwhile."""
    digest = hashlib.sha256(to_document(value).encode("utf-8")).hexdigest()
    return int(digest[:12], 16)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _payload(draft: FormDraft) -> str:
    document = {
        "version": DRAFT_FORMAT_VERSION,
        "value": json.loads(to_document(draft.value)),
        "place": {str(name): int(value) for name, value in draft.place.items()},
    }
    return json.dumps(document, sort_keys=True, ensure_ascii=False)


def save_drafts(uow: UnitOfWork, *, drafts: Sequence[FormDraft], keep_unread: bool = False) -> int:
    """Replace the acting worker's drafts with `drafts` (what her open forms hold now), in the
    caller's transaction; returns how many were kept (none in a recovery-key session).

    A draft of a case that is erased or gone is never written: her personal data must not come
    back into the store after the erasure. One that does not fit its form (a programming error)
    is left out and logged, and the others are still kept. `keep_unread`: her drafts could not
    be read at unlock, so only the forms written now replace theirs; the rows she has not seen
    stay."""
    user_id = uow.actor.user_id
    if user_id is None:
        return 0
    keep = [draft for draft in drafts if _fits(draft) and _case_takes_drafts(uow, draft.case_id)]
    mine = FormDraftRecord.user_id == user_id
    if keep_unread:
        replaced = sum(_delete(uow, mine, _same_form(d.kind, d.case_id)) for d in keep)
    else:
        replaced = _delete(uow, mine)
    saved_at = _now()
    for draft in keep:
        uow.session.add(
            FormDraftRecord(
                user_id=user_id,
                form_kind=draft.kind,
                case_id=draft.case_id,
                payload=_payload(draft),
                saved_at=saved_at,
            )
        )
    if keep or replaced:
        kinds = sorted(draft.kind for draft in keep)
        details = {"moduli": kinds, "sostituite": replaced}
        audit.record(uow, action="bozze.conservate", entity="form_drafts", details=details)
    return len(keep)


def _fits(draft: FormDraft) -> bool:
    """The draft names its form and case and holds that form's value; the forms build them, so
    one that does not is a programming error: logged (the kind only), never raised, lest
    the whole lock lose every other form."""
    if kind_fits(draft.kind, draft.case_id) and isinstance(draft.value, _VALUE_TYPES[draft.kind]):
        return True
    _log.error("a draft that does not fit its form was not kept: %s", draft.kind)
    return False


def _case_takes_drafts(uow: UnitOfWork, case_id: int | None) -> bool:
    """A draft of a case is kept only while the case exists and is not erased."""
    if case_id is None:
        return True
    case = uow.session.get(Case, case_id)
    return case is not None and case.erased_at is None


def _same_form(kind: str, case_id: int | None) -> ColumnElement[bool]:
    return and_(
        FormDraftRecord.form_kind == kind,
        FormDraftRecord.case_id.is_(None)
        if case_id is None
        else FormDraftRecord.case_id == case_id,
    )


def _delete(uow: UnitOfWork, *conditions: ColumnElement[bool]) -> int:
    deleted = uow.session.execute(delete(FormDraftRecord).where(*conditions))
    return int(deleted.rowcount or 0)  # type: ignore[attr-defined]


def _decoded(record: FormDraftRecord) -> FormDraft:
    """The draft of `record`, exactly as written, or DraftNotUsable."""
    check_kind(record.form_kind, record.case_id)
    try:
        document = json.loads(record.payload)
        if document.get("version") != DRAFT_FORMAT_VERSION:
            raise DraftNotUsable(field=record.form_kind)
        raw = json.dumps(
            document["value"], sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        value = from_document(_VALUE_TYPES[record.form_kind], raw)
        place = {str(name): int(number) for name, number in document.get("place", {}).items()}
    except (ValueError, TypeError, KeyError, AttributeError) as broken:
        raise DraftNotUsable(field=record.form_kind) from broken
    if to_document(value) != raw or not _fits_current_forms(value):
        raise DraftNotUsable(field=record.form_kind)
    return FormDraft(record.form_kind, record.case_id, value, place)


def _fits_current_forms(value: FormValue) -> bool:
    """An assessment draft fits only the instrument version the editor is built for."""
    if isinstance(value, Assessment):
        instrument = current_instrument()
        return (value.instrument_id, value.instrument_version) == (
            instrument.id,
            instrument.version,
        )
    return True


def load_drafts(uow: UnitOfWork) -> KeptDrafts:
    """The acting worker's drafts. Those this version cannot put back are deleted (in the
    caller's transaction) and each one is returned as a refusal to show."""
    user_id = uow.actor.user_id
    if user_id is None:
        return KeptDrafts()
    records = uow.session.scalars(
        select(FormDraftRecord)
        .where(FormDraftRecord.user_id == user_id)
        .order_by(FormDraftRecord.id)
    ).all()
    drafts: list[FormDraft] = []
    refused: list[DraftNotUsable] = []
    for record in records:
        try:
            drafts.append(_decoded(record))
        except DraftNotUsable as refusal:
            refused.append(refusal)
            _drop(uow, record, action="bozza.rifiutata")
    return KeptDrafts(tuple(drafts), tuple(refused))


def discard_draft(uow: UnitOfWork, *, kind: str, case_id: int | None) -> bool:
    """Delete the acting worker's draft of one form (saved, or discarded by her); True when
    there was one."""
    user_id = uow.actor.user_id
    if user_id is None:
        return False
    if not kind_fits(kind, case_id):
        raise ValueError(f"no form {kind!r} with case {case_id is not None}")  # programming error
    records = uow.session.scalars(
        select(FormDraftRecord).where(FormDraftRecord.user_id == user_id, _same_form(kind, case_id))
    ).all()
    for record in records:
        _drop(uow, record, action="bozza.scartata")
    return bool(records)


def _drop(uow: UnitOfWork, record: FormDraftRecord, *, action: str) -> None:
    audit.record(
        uow,
        action=action,
        entity="form_drafts",
        entity_id=record.id,
        details={"modulo": record.form_kind, "caso": record.case_id},
    )
    uow.session.delete(record)
