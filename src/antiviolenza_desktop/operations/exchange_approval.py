"""Period approval, for every front end: the Ambito's periods and the import of a decision
file; at the capofila every Ambito's periods, a decision, and the signed decision file.

A period is submitted with a bundle (`operations.exchange_bundles.export_bundle_file` with
`submit`). A decision and its file are two units of work: the decision commits first, then
the file is signed (an audited write) and written; if writing fails, the decision stands and
`write_decision_file` writes the file again (it always carries the Ambito's whole state).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.domain.approval.states import Decision
from antiviolenza_desktop.exchange.approval_files import (
    MAX_FILE_BYTES,
    AppliedDecisions,
    DecisionFile,
    apply_decision_file,
    issue_decision_file,
)
from antiviolenza_desktop.exchange.bundle_io import (
    read_bundle_file,
    refuse_existing,
    write_new_file,
)
from antiviolenza_desktop.services.approval_decisions import decide, province_periods
from antiviolenza_desktop.services.approval_periods import PeriodRow, own_periods
from antiviolenza_desktop.services.exchange_records import store_ambito_code
from antiviolenza_desktop.services.programme import CAPOFILA
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class Decided:
    """A decision taken and the decision file written for it."""

    period: PeriodRow
    file: DecisionFile
    path: Path


def suggested_decision_name(ambito: str, day: date) -> str:
    """`decisioni-cremonese-2026-12-05.avdecisioni`: the Ambito and the day."""
    return f"decisioni-{ambito}-{day:%Y-%m-%d}.avdecisioni"


def ambito_periods(opened: OpenStore) -> list[PeriodRow]:
    """This Ambito's submitted periods and their states. Errors: NotAmbitoStore."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return own_periods(uow)


def capofila_periods(opened: OpenStore) -> list[PeriodRow]:
    """Every Ambito's periods and their states. Errors: NotCapofilaStore."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return province_periods(uow)


def store_periods(opened: OpenStore) -> list[PeriodRow]:
    """The periods this store knows: an Ambito's own, or at the capofila every Ambito's."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        if store_ambito_code(uow) == CAPOFILA:
            return province_periods(uow)
        return own_periods(uow)


def decide_and_write(
    opened: OpenStore,
    *,
    ambito: str,
    period: Period,
    decision: Decision,
    reason: str,
    path: Path,
) -> Decided:
    """Approve, send back or reopen one Ambito's period, then write its decision file to
    `path`. Errors: the target's (refused before anything is decided), those of
    `services.approval_decisions.decide` and of `issue_decision_file`."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        row = decide(uow, ambito=ambito, period=period, decision=decision, reason=reason)
    return Decided(row, write_decision_file(opened, ambito=ambito, path=path), path)


def write_decision_file(opened: OpenStore, *, ambito: str, path: Path) -> DecisionFile:
    """The signed file of every decision on `ambito`'s periods, written to a new `path` after
    the commit. Errors: the target's, NoDecisionYet, NotCapofilaStore, PermissionDenied."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        issued = issue_decision_file(uow, ambito=ambito)
    write_new_file(path, issued.data)
    return issued


def import_decision_file(opened: OpenStore, path: Path) -> AppliedDecisions:
    """Ambito: read the capofila's decision file and apply it. Errors: the file's
    (ExchangeFileUnreadable, BundleTooLarge) and those of `apply_decision_file`."""
    data = read_bundle_file(path, size_limit=MAX_FILE_BYTES)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return apply_decision_file(uow, data)
