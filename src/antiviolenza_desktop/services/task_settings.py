"""The coordinator's periods for the «Da fare» reminders, kept as `store_meta` rows.

Like the retention period (`services.retention_due`), each threshold is one key of the store's
own key-value table (`da_fare.<name>`), so no table and no migration were needed; a key not
set reads as the default of `domain.tasks.thresholds`. A change is checked as a whole before
anything is written, and audited.
"""

from __future__ import annotations

from dataclasses import asdict, replace

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.tasks.thresholds import (
    FIELDS,
    TaskThresholds,
    check_name,
    check_thresholds,
)
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import StoreMeta

PREFIX = "da_fare."


def task_thresholds(uow: UnitOfWork) -> TaskThresholds:
    """The store's thresholds, the defaults where the coordinator set none."""
    keys = [PREFIX + name for name in FIELDS]
    rows = uow.session.scalars(select(StoreMeta).where(StoreMeta.key.in_(keys)))
    kept = {row.key.removeprefix(PREFIX): int(row.value) for row in rows}
    return TaskThresholds(**kept)


def set_task_thresholds(uow: UnitOfWork, changes: dict[str, int]) -> TaskThresholds:
    """Change some thresholds (name → value). Coordinator only; audited. Errors:
    PermissionDenied, ThresholdUnknown, ThresholdOutOfRange (field: the threshold); nothing is
    written then."""
    require(uow, Permission.TASK_SETTINGS)
    for name in changes:
        check_name(name)
    updated = check_thresholds(replace(task_thresholds(uow), **changes))
    for name, value in asdict(updated).items():
        key = PREFIX + name
        row = uow.session.get(StoreMeta, key) or StoreMeta(key=key)
        row.value = str(value)
        uow.session.add(row)
    uow.session.flush()
    audit.record(uow, action="da_fare.soglie", entity="store", details=dict(changes))
    return updated
