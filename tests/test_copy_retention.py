"""Every kind of copy has a retention: no copy of a store lives forever (issue 12)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from antiviolenza_desktop.domain.backup_rotation import (
    KEEP_NEWEST,
    KIND_BY_REASON,
    MAX_AGE,
    CopyKind,
    CopyStamp,
    copies_taken_before,
    copies_to_delete,
    expires_on,
)
from antiviolenza_desktop.domain.copy_errors import NoCopyAfterMoment

NOW = datetime(2026, 12, 4, 12, 0)


def _copy(kind: CopyKind, days_ago: float, name: str = "") -> CopyStamp:
    return CopyStamp(name or f"{kind}-{days_ago}", kind, NOW - timedelta(days=days_ago))


def _deleted(copies: list[CopyStamp]) -> set[str]:
    return {copy.name for copy in copies_to_delete(copies, NOW)}


def test_safety_copies_keep_the_newest_two_of_each_kind() -> None:
    upgrades = [_copy(CopyKind.BEFORE_UPGRADE, days) for days in (1, 5, 9)]
    rotations = [_copy(CopyKind.BEFORE_ROTATION, days) for days in (2, 6, 10)]
    routine = [_copy(CopyKind.ROUTINE, 0.5)]
    assert _deleted(upgrades + rotations + routine) == {upgrades[2].name, rotations[2].name}


def test_every_reason_of_a_backup_name_has_a_kind() -> None:
    assert KIND_BY_REASON["prima-conversione"] is CopyKind.BEFORE_CONVERSION
    assert set(KEEP_NEWEST) == {kind for kind in CopyKind if kind is not CopyKind.ROUTINE}


def test_no_kind_lives_beyond_the_age_limit() -> None:
    old = [
        _copy(kind, MAX_AGE.days + 1)
        for kind in (
            CopyKind.BEFORE_UPGRADE,
            CopyKind.REPLACED,
            CopyKind.ROUTINE,
        )
    ]
    newest = _copy(CopyKind.ROUTINE, 0)
    assert _deleted([*old, newest]) == {copy.name for copy in old}


def _former(store: str, days_ago: float) -> CopyStamp:
    name = f"archivio-{store}-{days_ago}-manuale.avdb"
    return CopyStamp(name, CopyKind.FORMER_STORE, NOW - timedelta(days=days_ago), store=store)


def test_a_former_store_keeps_only_its_newest_copy_beyond_the_age_limit() -> None:
    first = [_former("aaaaaaaa", days) for days in (100, 120)]
    second = [_former("bbbbbbbb", days) for days in (95, 130)]
    ours = _copy(CopyKind.ROUTINE, 0)
    every = [*first, *second, ours]
    assert _deleted(every) == {first[1].name, second[1].name}
    assert expires_on(first[0], every) is None
    assert expires_on(first[1], every) == first[1].taken_at + MAX_AGE


def test_replaced_stores_keep_the_newest_three() -> None:
    replaced = [_copy(CopyKind.REPLACED, days) for days in (1, 2, 3, 4)]
    assert _deleted([*replaced, _copy(CopyKind.ROUTINE, 0)]) == {replaced[3].name}


def test_the_newest_backup_is_kept_whatever_its_age() -> None:
    lonely = _copy(CopyKind.BEFORE_UPGRADE, 400)
    replaced = _copy(CopyKind.REPLACED, 300)
    assert _deleted([lonely, replaced]) == {replaced.name}
    assert expires_on(lonely, [lonely, replaced]) is None
    assert expires_on(replaced, [lonely, replaced]) == replaced.taken_at + MAX_AGE


def test_routine_rotation_is_unchanged_for_daily_use() -> None:
    daily = [_copy(CopyKind.ROUTINE, days) for days in range(40)]
    kept = {copy.name for copy in daily} - _deleted(daily)
    assert len(kept) <= 7 + 4
    assert {f"{CopyKind.ROUTINE}-{days}" for days in range(7)} <= kept


def test_copies_taken_before_an_erasure() -> None:
    before = [_copy(CopyKind.ROUTINE, 3), _copy(CopyKind.REPLACED, 2)]
    later = _copy(CopyKind.BEFORE_UPGRADE, 0.5)
    fresh = _copy(CopyKind.ROUTINE, 0)
    moment = NOW - timedelta(days=1)
    assert copies_taken_before([*before, later, fresh], moment, fresh.name) == before


def test_a_copy_in_the_same_second_as_the_erasure_goes_too() -> None:
    moment = NOW.replace(microsecond=500_000)
    same_second = CopyStamp("a", CopyKind.ROUTINE, NOW)
    fresh = CopyStamp("b", CopyKind.ROUTINE, NOW, 2)
    assert copies_taken_before([same_second, fresh], moment, "b") == [same_second]


def test_copies_taken_before_refuses_without_a_fresh_backup() -> None:
    old = _copy(CopyKind.ROUTINE, 3)
    replaced = _copy(CopyKind.REPLACED, 0)
    moment = NOW - timedelta(days=1)
    for keep in (old.name, replaced.name, "missing"):
        with pytest.raises(NoCopyAfterMoment):
            copies_taken_before([old, replaced], moment, keep)


def test_copies_of_the_same_second_are_ordered_by_their_counter() -> None:
    moment = NOW - timedelta(days=200)
    first = CopyStamp("archivio-x-manuale.avdb", CopyKind.BEFORE_UPGRADE, moment, 1)
    second = CopyStamp("archivio-x-manuale-2.avdb", CopyKind.BEFORE_UPGRADE, moment, 2)
    assert [copy.name for copy in copies_to_delete([first, second], NOW)] == [first.name]
