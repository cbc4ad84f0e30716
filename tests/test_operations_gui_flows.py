"""The operations the GUI flows now call (erasure, opening, prints, drafts), without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from antiviolenza_desktop.domain.case.retention import REASON_REQUEST
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.form_drafts import CASE_EDIT, NEW_REFERRAL
from antiviolenza_desktop.domain.report_errors import NothingToPrint
from antiviolenza_desktop.operations import case_prints, case_reading, drafts, retention
from antiviolenza_desktop.services.case_history import KIND_REFERRAL
from antiviolenza_desktop.services.form_drafts import FormDraft, KeptDrafts
from antiviolenza_desktop.services.intake import CaseNotFound, load_case
from antiviolenza_desktop.services.read_audit import READ_PRINT, READ_RECORD
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.test_form_drafts import REFERRAL
from tests.test_read_audit import reads


def test_a_case_is_erased_by_its_id_and_a_wrong_code_leaves_her_data(
    opened: OpenStore, case_id: int
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        before = load_case(uow, case_id=case_id)
    with pytest.raises(AppError):
        retention.erase_case(opened, case_id, REASON_REQUEST, "CRE-0000-0000")
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=case_id) == before
    state = retention.erasure_state(opened, case_id)
    assert state is not None and not state.erased and state.code == before.code
    assert retention.erasure_state(opened, case_id + 999) is None
    done = retention.erase_case(opened, case_id, REASON_REQUEST, before.code)
    assert (done.erased.case_id, done.erased.code, done.stale_copies) == (case_id, before.code, 0)
    state = retention.erasure_state(opened, case_id)
    assert state is not None and state.erased


def test_an_erasure_stands_when_the_older_copies_cannot_be_listed(
    opened: OpenStore, case_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code

    def unreadable(_opened: OpenStore) -> list[Path]:
        raise OSError("cartella delle copie non leggibile (prova)")

    monkeypatch.setattr(retention.erasure_copies, "copies_with_erased_data", unreadable)
    done = retention.erase_case(opened, case_id, REASON_REQUEST, code)
    assert done.erased.code == code and done.stale_copies is None
    state = retention.erasure_state(opened, case_id)
    assert state is not None and state.erased


def test_a_print_over_an_existing_file_is_refused_before_it_is_recorded(
    opened: OpenStore, case_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "segnalazione.pdf"
    target.write_bytes(b"prima")
    with pytest.raises(AppError) as refused:
        case_prints.save_form(opened, case_prints.REFERRAL, case_id, target)
    assert refused.value.code == "modulo_esistente"
    assert target.read_bytes() == b"prima" and reads(opened, READ_PRINT) == []


def test_opening_a_case_records_who_read_it_and_a_missing_case_records_nothing(
    opened: OpenStore, case_id: int
) -> None:
    with pytest.raises(CaseNotFound):
        case_reading.open_case(opened, case_id + 999)
    assert reads(opened, READ_RECORD) == []
    assert case_reading.open_case(opened, case_id).case_id == case_id
    assert [row[4] for row in reads(opened, READ_RECORD)] == [str(case_id)]
    assert case_reading.read_history(opened, case_id)[0].kind == KIND_REFERRAL


def test_a_missing_project_is_refused_and_a_referral_print_is_audited(
    opened: OpenStore, case_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "progetto.pdf"
    with pytest.raises(NothingToPrint) as refused:
        case_prints.save_form(opened, case_prints.PROJECT, case_id, target)
    assert refused.value.code == "niente_da_stampare"
    assert not target.exists() and reads(opened, READ_PRINT) == []
    blank = case_prints.form_pdf(opened, case_prints.BLANK_REFERRAL, case_id)
    assert blank.startswith(b"%PDF") and reads(opened, READ_PRINT) == []
    saved = case_prints.save_form(opened, case_prints.REFERRAL, case_id, tmp_path / "scheda.pdf")
    assert saved.read_bytes().startswith(b"%PDF") and saved.stat().st_mode & 0o777 == 0o600
    assert len(reads(opened, READ_PRINT)) == 1
    with pytest.raises(AppError):
        case_prints.save_form(opened, case_prints.BLANK_PROJECT, case_id, saved)


def test_drafts_are_kept_read_back_and_discarded_and_none_for_an_erased_case(
    opened: OpenStore, case_id: int
) -> None:
    new, edit = FormDraft(NEW_REFERRAL, None, REFERRAL), FormDraft(CASE_EDIT, case_id, REFERRAL)
    assert drafts.keep_drafts(opened, [new, edit]) == 2
    assert drafts.read_drafts(opened) == KeptDrafts((new, edit), ())
    assert drafts.discard_draft(opened, CASE_EDIT, case_id)
    assert not drafts.discard_draft(opened, CASE_EDIT, case_id)
    assert drafts.read_drafts(opened) == KeptDrafts((new,), ())
    code = case_reading.open_case(opened, case_id).code
    retention.erase_case(opened, case_id, REASON_REQUEST, code)
    assert drafts.keep_drafts(opened, [new, edit], keep_unread=True) == 1
    assert drafts.read_drafts(opened) == KeptDrafts((new,), ())
