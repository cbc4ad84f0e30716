"""A case's forms as PDF: the filled Scheda di segnalazione and Progetto personalizzato, and
both blank. The «Stampa» button's entries, for the printer or saved to a file.

Building a filled form records who printed it in the same unit of work
(`reports.case_prints`), so a print that was not audited is not made. A Progetto asked for a
woman who has none is refused here (`NothingToPrint`). A saved PDF is written privately
(0600, atomically, never over an existing file) by `reports.form_pages.write_private`.
ReportLab is imported only when a form is built, so opening the app does not pay for it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from antiviolenza_desktop.domain.report_errors import NothingToPrint
from antiviolenza_desktop.services.erasure import find_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

REFERRAL = "scheda_segnalazione"
PROJECT = "progetto_personalizzato"
BLANK_REFERRAL = "scheda_in_bianco"
BLANK_PROJECT = "progetto_in_bianco"
FORMS = (REFERRAL, PROJECT, BLANK_REFERRAL, BLANK_PROJECT)


def form_pdf(opened: OpenStore, form: str, case_id: int, *, today: date | None = None) -> bytes:
    """The PDF of `form` (one of FORMS) for the case; a blank form names no one and records
    no read. Errors: CaseNotFound, NothingToPrint (a Progetto she does not have yet)."""
    day = today or date.today()
    with UnitOfWork(opened.store, opened.actor) as uow:
        return _build(uow, form, case_id, day)


def save_form(
    opened: OpenStore,
    form: str,
    case_id: int,
    path: Path,
    *,
    today: date | None = None,
    replace: bool = False,
) -> Path:
    """Write the form's PDF at `path`, which must not exist unless `replace` (the CLI's
    `--sovrascrivi`). The target is checked first, so a refused file records no print.
    Errors: the target's (the file exists, the folder is missing), `form_pdf`'s and the
    private write's; no file is left then, and a replaced file stays as it was."""
    from antiviolenza_desktop.reports.form_pages import check_form_target, write_private

    check_form_target(path, replace=replace)
    write_private(path, form_pdf(opened, form, case_id, today=today), replace=replace)
    return path


def save_form_by_code(
    opened: OpenStore,
    form: str,
    code: str,
    path: Path,
    *,
    today: date | None = None,
    replace: bool = False,
) -> Path:
    """`save_form` for the case the CLI names by code (case ignored). Errors: CaseNotFound
    (checked before the target, so nothing is written), then `save_form`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = find_case(uow, code=code)
    return save_form(opened, form, case_id, path, today=today, replace=replace)


def _build(uow: UnitOfWork, form: str, case_id: int, day: date) -> bytes:
    from antiviolenza_desktop.reports import case_prints as prints
    from antiviolenza_desktop.reports.project_form import project_form_bytes
    from antiviolenza_desktop.reports.referral_form import referral_form_bytes

    if form == REFERRAL:
        return referral_form_bytes(prints.referral_print(uow, case_id=case_id, today=day))
    if form == BLANK_REFERRAL:
        return referral_form_bytes(prints.blank_referral(uow, today=day))
    if form == BLANK_PROJECT:
        return project_form_bytes(prints.blank_project(uow, today=day))
    if form != PROJECT:
        raise ValueError(f"unknown form {form!r}")
    data = prints.project_print(uow, case_id=case_id, today=day)
    if data is None:
        raise NothingToPrint
    return project_form_bytes(data)
