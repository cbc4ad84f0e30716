"""Which backups to keep: the newest of each of the last 7 days and of the last 4 ISO weeks.

Pure, so the policy is tested without files; the store deletes whatever this does not keep.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

DAILY = 7
WEEKLY = 4


def backups_to_keep(taken_at: Iterable[datetime]) -> set[datetime]:
    newest_first = sorted(set(taken_at), reverse=True)
    keep: set[datetime] = set(newest_first[:1])
    days: list[object] = []
    weeks: list[object] = []
    for moment in newest_first:
        day = moment.date()
        week = moment.isocalendar()[:2]
        if day not in days and len(days) < DAILY:
            days.append(day)
            keep.add(moment)
        if week not in weeks and len(weeks) < WEEKLY:
            weeks.append(week)
            keep.add(moment)
    return keep
