"""Saving the anonymous O.R.A./ISTAT tables of a period as CSV and/or XLSX: the one path the
CLI (`antiviolenza casi istat`) and the GUI (Casi › Tabelle O.R.A./ISTAT) share.

Order, as for the other exports: the period, the threshold and the targets are checked before
any work (at least one target, none existing); the cases are read and the export is audited in
one unit of work that commits before any file is written; then the files are written privately
and atomically, all or none (`operations.export_writing`). At the capofila the same call sums
the anonymous rows of the newest snapshot of each Ambito, by whole months. The Region's store
is refused: it keeps the provincial totals only, so its tables would be empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case.small_cells import check_threshold, suppress
from antiviolenza_desktop.domain.case.statutory_tables import (
    CountTable,
    TableCase,
    TablesNotAtRegion,
    check_period,
    check_whole_months,
    statutory_tables,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.export_writing import write_all_or_none
from antiviolenza_desktop.reports.export_files import check_export_targets
from antiviolenza_desktop.reports.statutory_files import (
    StatutoryExport,
    write_statutory_csv,
    write_statutory_xlsx,
)
from antiviolenza_desktop.services import statutory_tables as store_tables
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.reading_unit import read_in_unit
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

AMBITO_SCOPE = (
    "Donne segnalate nel periodo (data della segnalazione); servizi con data nel periodo."
)
PROVINCE_SCOPE = (
    "Somma dell'ultimo pacchetto di ogni Ambito: solo le donne che hanno consentito alla "
    "condivisione, segnalate nei mesi del periodo; servizi per mese."
)


class TablesTargetMissing(AppError):
    """Neither a CSV nor an XLSX file was named."""

    code = "statistiche_senza_file"
    template = "Indica dove salvare le tabelle: --csv FILE e/o --xlsx FILE."


@dataclass(frozen=True)
class SavedTables:
    """What was written, and the unsuppressed totals (for the message shown to the worker)."""

    paths: tuple[Path, ...]
    women: int
    services: int


@dataclass(frozen=True)
class TablesRequest:
    """The period, the threshold and the targets of one export."""

    since: date
    until: date
    threshold: int
    csv: Path | None = None
    xlsx: Path | None = None

    def check(self) -> list[Path]:
        """Errors: TablePeriodReversed, ThresholdOutOfRange, TablesTargetMissing and the
        export target refusals (ExportFileExists, ExportFolderMissing, ...)."""
        check_period(self.since, self.until)
        check_threshold(self.threshold)
        targets = [path for path in (self.csv, self.xlsx) if path is not None]
        if not targets:
            raise TablesTargetMissing
        check_export_targets(targets)
        return targets


def save_statutory_tables(opened: OpenStore, request: TablesRequest) -> SavedTables:
    """The tables of the period: an Ambito's from its cases, the capofila's from the newest
    snapshot of each Ambito (whole months only). Permission: STATUTORY_TABLES, on an Ambito's
    or the capofila's store. Errors: PermissionDenied, see `TablesRequest.check`,
    TablesNotAtRegion, PeriodNotWholeMonths (capofila), and DiskFull or ExportFileInUse while
    writing."""
    request.check()

    def read(uow: UnitOfWork) -> tuple[str, list[TableCase], str]:
        require(uow, Permission.STATUTORY_TABLES)
        if store_tables.is_region(uow):
            raise TablesNotAtRegion
        if store_tables.is_capofila(uow):
            check_whole_months(request.since, request.until)
            cases, scope = store_tables.province_table_cases(uow), PROVINCE_SCOPE
        else:
            cases, scope = store_tables.table_cases(uow), AMBITO_SCOPE
        store_tables.record_export(
            uow, since=request.since, until=request.until, threshold=request.threshold
        )
        return store_tables.ambito_name(uow), cases, scope

    source, cases, scope = read_in_unit(opened, read)
    tables = statutory_tables(cases, request.since, request.until)
    return write_tables(request, source, tables, scope)


def write_tables(
    request: TablesRequest, source: str, tables: Sequence[CountTable], scope: str
) -> SavedTables:
    """Suppress the small cells and write the checked targets, all or none."""
    shown = tuple(suppress(table, request.threshold) for table in tables)
    export = StatutoryExport(source, request.since, request.until, request.threshold, shown, scope)
    writes: list[tuple[Path, Callable[[], None]]] = []
    if request.csv is not None:
        csv = request.csv
        writes.append((csv, lambda: write_statutory_csv(csv, export)))
    if request.xlsx is not None:
        xlsx = request.xlsx
        writes.append((xlsx, lambda: write_statutory_xlsx(xlsx, export)))
    paths = write_all_or_none(writes)
    by_key = {table.key: table for table in tables}
    women = by_key["canale_contatto"].total
    return SavedTables(tuple(paths), women, by_key["servizi_prestazioni"].total)
