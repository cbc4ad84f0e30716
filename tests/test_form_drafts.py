"""Drafts kept at a lock (services.form_drafts): hers alone, replaced as a whole, refused when
another version wrote them, deleted with her case's personal data, never plaintext on disk."""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from antiviolenza_desktop.domain.assessment.model import Assessment
from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.domain.form_drafts import (
    ASSESSMENT,
    CASE_EDIT,
    NEW_REFERRAL,
    PROJECT,
)
from antiviolenza_desktop.domain.project.model import ProjectDraft
from antiviolenza_desktop.services import erasure, form_drafts
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.form_drafts import (
    FormDraft,
    KeptDrafts,
    discard_draft,
    load_drafts,
    save_drafts,
)
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork, actor_for
from antiviolenza_desktop.store.schema import FormDraftRecord
from tests.support import OTHER_PASSWORD

MARKER = "Zqxbozzamarker"
OPERATOR = "op.due"
REFERRAL = CaseDraft(first_name=MARKER, last_name="Prova", referral_date=date(2026, 12, 1))


def _save(opened: OpenStore, *drafts: FormDraft, actor: Actor | None = None) -> int:
    with UnitOfWork(opened.store, actor or opened.actor) as uow:
        return save_drafts(uow, drafts=drafts)


def _load(opened: OpenStore, actor: Actor | None = None) -> KeptDrafts:
    with UnitOfWork(opened.store, actor or opened.actor) as uow:
        return load_drafts(uow)


def _rows(opened: OpenStore) -> list[tuple[int, str, int | None, str]]:
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute(
            "SELECT user_id, form_kind, case_id, payload FROM form_drafts ORDER BY id"
        ).fetchall()


def _operator(opened: OpenStore) -> Actor:
    add_user(
        opened,
        login=OPERATOR,
        display_name="Operatrice Due",
        role="operator",
        password=OTHER_PASSWORD,
    )
    return actor_for(opened.store, OPERATOR)


def test_drafts_come_back_as_written_for_their_worker_only(opened: OpenStore, case_id: int) -> None:
    operator = _operator(opened)
    assessment = Assessment(
        held_on=date(2026, 12, 2),
        instrument_id=current_instrument().id,
        instrument_version=current_instrument().version,
        note="Da completare",
    )
    drafts = (
        FormDraft(NEW_REFERRAL, None, REFERRAL, {"focus": 3, "current": 1}),
        FormDraft(CASE_EDIT, case_id, replace(REFERRAL, safe_to_call=True)),
        FormDraft(ASSESSMENT, case_id, assessment),
        FormDraft(PROJECT, case_id, ProjectDraft(goals=("Una casa",))),
    )
    assert _save(opened, *drafts) == 4
    assert _save(
        opened, FormDraft(NEW_REFERRAL, None, CaseDraft(first_name="Altra")), actor=operator
    )

    assert _load(opened) == KeptDrafts(drafts, ())
    theirs = _load(opened, operator).drafts
    assert [draft.value.first_name for draft in theirs] == ["Altra"]  # type: ignore[union-attr]


def test_each_lock_replaces_the_worker_s_drafts_and_discarding_deletes_one(
    opened: OpenStore, case_id: int
) -> None:
    _save(opened, FormDraft(NEW_REFERRAL, None, REFERRAL))
    _save(opened, FormDraft(CASE_EDIT, case_id, REFERRAL))
    assert [(kind, case) for _user, kind, case, _payload in _rows(opened)] == [(CASE_EDIT, case_id)]
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert discard_draft(uow, kind=CASE_EDIT, case_id=case_id)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert not discard_draft(uow, kind=CASE_EDIT, case_id=case_id)
    assert _rows(opened) == []


def test_a_draft_that_does_not_fit_its_form_is_left_out_and_the_others_are_kept(
    opened: OpenStore, case_id: int, caplog: pytest.LogCaptureFixture
) -> None:
    for wrong in (
        FormDraft(CASE_EDIT, None, REFERRAL),
        FormDraft(NEW_REFERRAL, case_id, REFERRAL),
        FormDraft("diario", None, REFERRAL),
        FormDraft(PROJECT, case_id, REFERRAL),
    ):
        kept = FormDraft(NEW_REFERRAL, None, REFERRAL)
        assert _save(opened, wrong, kept) == 1
        assert [(kind, case) for _user, kind, case, _payload in _rows(opened)] == [
            (NEW_REFERRAL, None)
        ]
        assert _load(opened).drafts == (kept,)
        assert wrong.kind in caplog.text and MARKER not in caplog.text


def test_no_draft_is_written_for_an_erased_or_missing_case(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
    erasure.erase_case_and_checkpoint(
        opened, case_id=case_id, reason="richiesta", typed_code=code, today=date.today()
    )
    saved = _save(
        opened,
        FormDraft(CASE_EDIT, case_id, REFERRAL),
        FormDraft(PROJECT, case_id, ProjectDraft(goals=(MARKER,))),
        FormDraft(PROJECT, case_id + 1000, ProjectDraft(goals=(MARKER,))),
        FormDraft(NEW_REFERRAL, None, CaseDraft(first_name="Altra")),
    )
    assert saved == 1
    assert [(kind, case) for _user, kind, case, _payload in _rows(opened)] == [(NEW_REFERRAL, None)]


def test_drafts_not_read_at_unlock_stay_and_only_the_forms_written_replace_theirs(
    opened: OpenStore, case_id: int
) -> None:
    _save(
        opened,
        FormDraft(NEW_REFERRAL, None, REFERRAL),
        FormDraft(PROJECT, case_id, ProjectDraft(goals=("Una casa",))),
    )
    newer = FormDraft(PROJECT, case_id, ProjectDraft(goals=("Un lavoro",)))
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert form_drafts.save_drafts(uow, drafts=[newer], keep_unread=True) == 1
    assert _load(opened).drafts == (FormDraft(NEW_REFERRAL, None, REFERRAL), newer)
    with UnitOfWork(opened.store, opened.actor) as uow:
        form_drafts.save_drafts(uow, drafts=[], keep_unread=True)
    assert len(_rows(opened)) == 2


def test_discarding_a_form_that_does_not_exist_is_a_programming_error(
    opened: OpenStore, case_id: int
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow, pytest.raises(ValueError):
        discard_draft(uow, kind=CASE_EDIT, case_id=None)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda payload: {**payload, "version": 0},
        lambda payload: {**payload, "value": {**payload["value"], "nome_vecchio": "x"}},
        lambda payload: {**payload, "value": {**payload["value"], "children": 3}},
        lambda payload: {**payload, "place": {"focus": "campo"}},
        lambda payload: "non è un oggetto",
    ],
    ids=["older-version", "unknown-field", "wrong-shape", "bad-place", "not-an-object"],
)
def test_a_draft_that_no_longer_fits_is_refused_with_its_code_and_dropped(
    opened: OpenStore, case_id: int, spoil
) -> None:  # type: ignore[no-untyped-def]
    _save(
        opened,
        FormDraft(NEW_REFERRAL, None, REFERRAL),
        FormDraft(CASE_EDIT, case_id, REFERRAL),
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        record = uow.session.scalars(
            select(FormDraftRecord).where(FormDraftRecord.form_kind == NEW_REFERRAL)
        ).one()
        record.payload = json.dumps(spoil(json.loads(record.payload)))

    kept = _load(opened)

    assert [error.code for error in kept.refused] == ["bozza_non_utilizzabile"]
    assert [draft.kind for draft in kept.drafts] == [CASE_EDIT]
    assert [kind for _user, kind, _case, _payload in _rows(opened)] == [CASE_EDIT]


def test_an_assessment_for_another_instrument_version_is_refused(
    opened: OpenStore, case_id: int
) -> None:
    instrument = current_instrument()
    old = Assessment(instrument_id=instrument.id, instrument_version=instrument.version - 1)
    _save(opened, FormDraft(ASSESSMENT, case_id, old))
    kept = _load(opened)
    assert kept.drafts == () and len(kept.refused) == 1
    assert _rows(opened) == []


def test_erasing_a_case_deletes_every_worker_s_drafts_of_it(
    opened: OpenStore, case_id: int
) -> None:
    operator = _operator(opened)
    _save(
        opened, FormDraft(NEW_REFERRAL, None, REFERRAL), FormDraft(PROJECT, case_id, ProjectDraft())
    )
    _save(opened, FormDraft(CASE_EDIT, case_id, REFERRAL), actor=operator)
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
    erased = erasure.erase_case_and_checkpoint(
        opened, case_id=case_id, reason="richiesta", typed_code=code, today=date.today()
    )
    assert [(kind, case) for _user, kind, case, _payload in _rows(opened)] == [(NEW_REFERRAL, None)]
    assert erased.rows_deleted >= 2


def test_a_kept_draft_is_not_plaintext_in_the_store_files(opened: OpenStore) -> None:
    _save(opened, FormDraft(NEW_REFERRAL, None, REFERRAL))
    assert any(MARKER in payload for *_rest, payload in _rows(opened))  # it is there, readable
    database = opened.store.database
    opened.store.close()
    files = [path for path in database.parent.iterdir() if path.name.startswith(database.name)]
    assert files
    for path in files:
        assert MARKER.encode() not in path.read_bytes()
        assert MARKER.encode("utf-16-le") not in path.read_bytes()
