"""Audit of reads: who saw which woman's record, when (GDPR art. 5, 9 and 32).

A read is recorded in the same chained `audit_log` as the writes, with an action starting
with `lettura.` and her case code (never her name) in `details`. Four kinds of read:

- opening her record (`open_case`): one entry per opening of the case detail, which loads the
  referral, the assessment, the project and the funds tabs together;
- a list showing her (`ShownCases`). In the case list rows leave the store in batches of at
  most a few hundred, only when the list draws them, so one entry per batch fetch listing the
  codes shown is already bounded by what a person can see, never per keystroke (the search is
  debounced and typing only runs the id query, which returns no personal data). The waiting
  list (`services.waiting_list.WaitingListSource`) pairs her code with sensitive priority facts
  (shelter, children, income, employment); both of its lines are read together, one entry per
  reading with `elenco: lista_attesa` in the details. In both, a woman already recorded as
  shown to this user by the same list in the last `SHOWN_WINDOW_SECONDS` is not recorded
  again, so narrowing a search, scrolling back or coming back to the list adds nothing: the
  log answers "who saw her in a list, and from when" without growing with every repaint;
- a print or PDF of her filled forms (`record_print`; blank forms name nobody and are not
  recorded);
- an export carrying per-woman rows (`record_export`): one entry naming how many women and
  their codes.

Not recorded: the fund views (ledger rows, commitments and payments on screen). They show case
codes, payees and amounts, never her name, codice fiscale or the facts of her record (the name
guard refuses another woman's name in a payee, document or note), and every export of those
same rows (the ledger CSV, the financial report in PDF or XLSX with its per-woman annex) is
recorded with the codes it carries. Recording each repaint of a register would add entries
without telling anyone more about who saw her record.

Each entry is written in the unit of work that read the data, so it commits before the caller
shows, prints or writes anything: if the audit write fails, the exception reaches the caller
instead of her data (fail closed).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from antiviolenza_desktop.domain.audit.actions import (
    READ_EXPORT,
    READ_LIST,
    READ_PRINT,
    READ_RECORD,
)
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.intake import CaseView, load_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

SHOWN_WINDOW_SECONDS = 600.0


def open_case(uow: UnitOfWork, *, case_id: int) -> CaseView:
    """Her record for display, with its read recorded. Permission: any user of the store.
    Errors: CaseNotFound (nothing recorded)."""
    view = load_case(uow, case_id=case_id)
    record_read(uow, case_id=view.case_id, code=view.code)
    return view


def record_read(uow: UnitOfWork, *, case_id: int, code: str) -> None:
    """Part of her record was read for display (the CLI's registers read without opening)."""
    details = {"codice": code}
    audit.record(uow, action=READ_RECORD, entity="case", entity_id=case_id, details=details)


def record_print(uow: UnitOfWork, *, case_id: int, code: str, form: str) -> None:
    """A filled form of hers was built for the printer or a PDF (`form`: a FORM_KINDS code)."""
    audit.record(
        uow,
        action=READ_PRINT,
        entity="case",
        entity_id=case_id,
        details={"codice": code, "modulo": form},
    )


def record_export(uow: UnitOfWork, *, kind: str, case_codes: Iterable[str]) -> None:
    """An export with per-woman rows (`kind`: an EXPORT_KINDS code); each woman named once."""
    codes = sorted(set(case_codes))
    audit.record(
        uow,
        action=READ_EXPORT,
        entity="export",
        entity_id=kind,
        details={"esportazione": kind, "casi": len(codes), "codici": codes},
    )


class ShownCases:
    """Which women one list of one session (the case list, the waiting list) has recorded as
    shown, and when.

    Lives as long as the unlocked session's list (the GUI builds a new one at every unlock),
    so a new session records again what it shows."""

    def __init__(
        self,
        window_seconds: float = SHOWN_WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._window = window_seconds
        self._clock = clock
        self._recorded_at: dict[str, float] = {}

    def unrecorded(self, codes: Iterable[str]) -> list[str]:
        """The codes not recorded within the window, in the order given."""
        now = self._clock()
        recorded = self._recorded_at
        window = self._window
        return [code for code in codes if code not in recorded or now - recorded[code] >= window]

    def record(
        self, uow: UnitOfWork, codes: Iterable[str], *, shown_in: str | None = None
    ) -> list[str]:
        """Write one entry for the codes not yet recorded; return them (mark them after the
        unit of work commits, with `mark`, so a failed commit records nothing as done).
        `shown_in` names a list other than the case list (a `SHOWN_IN` code) in the details."""
        fresh = self.unrecorded(codes)
        if fresh:
            details: dict[str, object] = {"casi": len(fresh), "codici": fresh}
            if shown_in is not None:
                details["elenco"] = shown_in
            audit.record(uow, action=READ_LIST, entity="case", details=details)
        return fresh

    def mark(self, codes: Iterable[str]) -> None:
        now = self._clock()
        for code in codes:
            self._recorded_at[code] = now
