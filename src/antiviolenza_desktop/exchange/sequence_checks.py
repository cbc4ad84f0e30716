"""The sequence and clock checks of an import, shared by both levels of the exchange.

The capofila checks an Ambito's snapshot and the Region a capofila's provincial bundle against
the newest bundle kept for that sender (`services.exchange_snapshots`, keyed by the sender's
area: an Ambito code at the capofila, a province code at the Region): older → stale; the same
number with the same content hash → "già importato" (a success that changes nothing); the same
number with other content → conflict; a number far past the kept one, or a date ahead of our
clock, → refused (a stolen key's bundle). Each level raises its own kinds (`LevelRefusals`: the
same refusal says «Ambito» at the capofila and «provincia» at the Region).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from antiviolenza_desktop.domain.exchange.provincial_refusals import (
    AMBITO_REFUSALS,
    LevelRefusals,
)
from antiviolenza_desktop.services import exchange_snapshots as kept
from antiviolenza_desktop.services.exchange_records import shown_day
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

MAX_SEQUENCE_STEP = 10_000
"""An Ambito takes one number per export; a larger jump is a forged or broken bundle."""

CLOCK_TOLERANCE = timedelta(days=1)


def _check_jump(ambito: str, sequence: int, kept_sequence: int, refusals: LevelRefusals) -> None:
    if sequence > kept_sequence + MAX_SEQUENCE_STEP:
        raise refusals.jump(
            "sequence", ambito=ambito, sequence=sequence, kept=kept_sequence, most=MAX_SEQUENCE_STEP
        )


def check_clock(
    ambito: str, created_at: datetime, refusals: LevelRefusals = AMBITO_REFUSALS
) -> None:
    """Freshness is measured from the sender's clock: a date ahead of ours would make an
    Ambito look fresh for ever."""
    current = datetime.now(UTC)
    if created_at > current + CLOCK_TOLERANCE:
        raise refusals.future(
            "created_at",
            ambito=ambito,
            created=f"{created_at:%d/%m/%Y}",
            today=f"{current:%d/%m/%Y}",
        )


def check_sequence(
    uow: UnitOfWork,
    ambito: str,
    sequence: int,
    content_sha256: str,
    refusals: LevelRefusals = AMBITO_REFUSALS,
) -> tuple[kept.Snapshot | None, bool]:
    """The kept newest snapshot of the Ambito, and whether this bundle is that one again.
    Errors: BundleSequenceJump, BundleNumberUsedByRevokedKey, BundleStale, BundleConflict."""
    newest = kept.newest_snapshot(uow, ambito)
    _check_jump(ambito, sequence, newest.sequence if newest else 0, refusals)
    taken = kept.snapshot_at(uow, ambito=ambito, sequence=sequence)
    if taken is not None and (newest is None or taken.sequence > newest.sequence):
        raise refusals.revoked_number("sequence", ambito=ambito, sequence=sequence)
    if newest is None or sequence > newest.sequence:
        return newest, False
    if sequence < newest.sequence:
        raise refusals.stale(
            "sequence",
            ambito=ambito,
            sequence=sequence,
            kept=newest.sequence,
            kept_on=shown_day(newest.created_at),
        )
    if newest.content_sha256 != content_sha256:
        raise refusals.conflict(
            "sequence",
            ambito=ambito,
            sequence=sequence,
            kept_sha=newest.content_sha256[:12],
            incoming_sha=content_sha256[:12],
        )
    return newest, True
