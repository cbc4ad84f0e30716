"""How long every kind of copy of a store lives: a pure policy, tested without files.

A woman's data erased from the store must also leave its copies within a known time, so no
copy lives forever. Every kind has a count rule and the same age limit, `MAX_AGE` (90 days):

- routine copies (`manuale`, `giornaliera`): the newest of each of the last 7 days and of the
  last 4 ISO weeks, as before; with regular use the oldest is about a month old, and the age
  limit only matters to an office that copies rarely;
- safety copies taken before a schema upgrade, a key rotation or the conversion of a
  SQLCipher 3 store: the newest 2 of each kind. They exist to undo that one operation, which
  is noticed within days; two cover an upgrade and the one after it;
- replaced stores (set aside in `sostituiti/` by a restore): the newest 3. They hold the work
  done after the restored copy, and may be the only place a mistaken restore can be undone
  from; three months is long enough to notice and short enough for an erasure to reach them.
  The same for the backups of a former store at this path (another store's copy was restored
  over it, and a restore set it aside: its store id is known): they would otherwise never rotate,
  being no longer this store's. Copies of any other store id are not this store's to rotate
  (another office's copies on a shared USB stick) and never reach this policy.

One exception, for safety: the newest copy of each store id (routine or safety for this store,
a former store's newest backup) is never deleted by the rotation, whatever its age, so neither
this store nor the one it replaced is left without a copy. After an erasure,
a fresh copy is taken and `copies_taken_before` names every older one, to be removed at once.

So every copy taken before a moment is gone at most `MAX_AGE` after it, as soon as the store
is opened or copied again, provided a newer copy of the same store exists (a former store's
newest copy goes only by hand or with an erasure's purge).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from antiviolenza_desktop.domain.copy_errors import NoCopyAfterMoment

DAILY = 7
WEEKLY = 4
MAX_AGE = timedelta(days=90)


class CopyKind(StrEnum):
    ROUTINE = "ordinaria"
    BEFORE_UPGRADE = "prima-aggiornamento"
    BEFORE_ROTATION = "prima-rotazione"
    BEFORE_CONVERSION = "prima-conversione"
    REPLACED = "sostituito"
    FORMER_STORE = "archivio-precedente"


KIND_BY_REASON = {
    "manuale": CopyKind.ROUTINE,
    "giornaliera": CopyKind.ROUTINE,
    "prima-aggiornamento": CopyKind.BEFORE_UPGRADE,
    "prima-rotazione": CopyKind.BEFORE_ROTATION,
    "prima-conversione": CopyKind.BEFORE_CONVERSION,
}
KEEP_NEWEST = {
    CopyKind.BEFORE_UPGRADE: 2,
    CopyKind.BEFORE_ROTATION: 2,
    CopyKind.BEFORE_CONVERSION: 2,
    CopyKind.REPLACED: 3,
    CopyKind.FORMER_STORE: 3,
}
BACKUP_KINDS = frozenset(KIND_BY_REASON.values())


@dataclass(frozen=True)
class CopyStamp:
    """One copy as the policy sees it: a name that identifies it, its kind, its moment, its
    order among copies taken in the same second (their names carry a counter), and the store
    id it belongs to (the 8 characters its name carries; empty for a replaced store)."""

    name: str
    kind: CopyKind
    taken_at: datetime
    sequence: int = 0
    store: str = ""

    @property
    def order(self) -> tuple[datetime, int, str]:
        return (self.taken_at, self.sequence, self.name)


def backups_to_keep(taken_at: Iterable[datetime]) -> set[datetime]:
    """The routine count rule: the newest of each of the last 7 days and 4 ISO weeks."""
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


def newest_backup(copies: Iterable[CopyStamp]) -> CopyStamp | None:
    """The store's newest copy that is a backup (not a replaced store): never rotated away."""
    backups = [copy for copy in copies if copy.kind in BACKUP_KINDS]
    return max(backups, key=lambda copy: copy.order, default=None)


def newest_of_each_store(copies: Iterable[CopyStamp]) -> set[CopyStamp]:
    """The newest backup of this store and the newest backup of each former store id: what
    the rotation never deletes."""
    copies = list(copies)
    newest = {copy for copy in [newest_backup(copies)] if copy is not None}
    former: dict[str, CopyStamp] = {}
    for copy in copies:
        if copy.kind is CopyKind.FORMER_STORE and (
            copy.store not in former or copy.order > former[copy.store].order
        ):
            former[copy.store] = copy
    return newest | set(former.values())


def _kept_by_count(copies: Sequence[CopyStamp]) -> set[str]:
    kept: set[str] = set()
    routine = [copy for copy in copies if copy.kind is CopyKind.ROUTINE]
    moments = backups_to_keep(copy.taken_at for copy in routine)
    kept.update(copy.name for copy in routine if copy.taken_at in moments)
    for kind, count in KEEP_NEWEST.items():
        of_kind = sorted(
            (copy for copy in copies if copy.kind is kind),
            key=lambda copy: copy.order,
            reverse=True,
        )
        kept.update(copy.name for copy in of_kind[:count])
    return kept


def copies_to_delete(copies: Sequence[CopyStamp], now: datetime) -> list[CopyStamp]:
    """Copies the policy no longer keeps at `now`: beyond their kind's count or older than
    `MAX_AGE`; never the newest backup of a store id (`newest_of_each_store`)."""
    kept = _kept_by_count(copies)
    newest = newest_of_each_store(copies)
    return [
        copy
        for copy in copies
        if copy not in newest and (copy.name not in kept or now - copy.taken_at > MAX_AGE)
    ]


def expires_on(copy: CopyStamp, copies: Sequence[CopyStamp]) -> datetime | None:
    """The latest moment this copy may live (it can go earlier, when newer copies push it out
    of its kind's count); None for the newest backup of a store id, which lives until a newer
    one of it exists."""
    if copy in newest_of_each_store(copies):
        return None
    return copy.taken_at + MAX_AGE


def copies_taken_before(
    copies: Sequence[CopyStamp], moment: datetime, keep: str
) -> list[CopyStamp]:
    """Every copy except `keep` taken at or before `moment` (for an erasure).

    Copy names carry whole seconds, so a copy stamped in the same second as `moment` may hold
    the erased data: it goes too. `keep` names the backup the caller took after the erasure;
    refused (NoCopyAfterMoment) unless it is one of these copies, a backup, stamped in or after
    that second, so the store is never left without a copy."""
    kept = next((copy for copy in copies if copy.name == keep), None)
    if (
        kept is None
        or kept.kind not in BACKUP_KINDS
        or kept.taken_at < moment.replace(microsecond=0)
    ):
        raise NoCopyAfterMoment(moment=moment.strftime("%d/%m/%Y %H:%M"))
    return [copy for copy in copies if copy.name != keep and copy.taken_at <= moment]
