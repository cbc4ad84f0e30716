"""The Ambito's export: one signed, encrypted bundle of its whole pseudonymised state.

`export_bundle` runs in the caller's unit of work: it takes the next sequence number, builds
the snapshot (checked as the capofila will check it), seals it to the capofila and records an
audit entry; the counter moves in the same transaction, so a refused export uses no number.

Writing the file happens after the commit (the CLI and the GUI pick the path). If that write
fails, the number is "burnt": the next export carries the one after it. That is harmless by
design: the capofila refuses only a bundle *older* than the one it merged, or the *same* number
with other content, never a gap, so a skipped number cannot block or confuse the merge. The
opposite choice (write first, then commit) could leave a file whose number the store would
hand out again with other content: a conflict at the capofila.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.domain.exchange.bundle_summaries import export_summary
from antiviolenza_desktop.domain.messages import Message
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.payload.snapshot import CASE_LINES, canonical_bytes
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_io import seal_for_capofila
from antiviolenza_desktop.exchange.snapshot import build_snapshot
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.approval_periods import submit_periods
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What the bundle says, in figures a coordinator can check before sending it."""

    created_at: str
    records: int
    unshared_women: int
    women: int
    lines: tuple[tuple[str, int], ...]
    funds: tuple[tuple[str, Cents, Cents], ...]
    payload_bytes: int

    def messages(self) -> list[Message]:
        """The summary, one keyed fact per line (the GUI renders each with ui.messages)."""
        return export_summary(
            women=self.women,
            records=self.records,
            unshared_women=self.unshared_women,
            lines=self.lines,
            funds=self.funds,
        )

    def as_text(self) -> str:
        """The summary in Italian, one fact per line (the CLI)."""
        return "\n".join(message.text for message in self.messages())


@dataclass(frozen=True, slots=True)
class ExportedBundle:
    """The bundle file's bytes (to write to a new file), its number and what it holds."""

    data: bytes
    sequence: int
    ambito: str
    summary: ExportSummary


def _summary(payload: dict[str, Any], size: int) -> ExportSummary:
    totals = payload["totals"]
    return ExportSummary(
        created_at=payload["created_at"],
        records=len(payload["cases"]),
        unshared_women=payload["unshared"]["women"],
        women=totals["women"],
        lines=tuple((line, totals["lines"][line]) for line in CASE_LINES),
        funds=tuple(
            (fund, amounts["committed"], amounts["disbursed"])
            for fund, amounts in totals["funds"].items()
        ),
        payload_bytes=size,
    )


def export_bundle(
    uow: UnitOfWork, *, created_at: datetime, submit: Sequence[Period] = ()
) -> ExportedBundle:
    """This Ambito's bundle for the capofila, numbered with the store's next sequence, with
    `submit` submitted for approval in it (`services.approval_periods.submit_periods`).

    `created_at` must carry a time zone. Permission: coordinator. Audited (Ambito, number,
    content hash, size, how many women's pseudonymous records; nothing of the content).
    Errors: PermissionDenied, NotAmbitoStore, NotEnrolled, NoSigningKey, ExportRefused (a
    payload the capofila would refuse), the refusals of a submission (PeriodNotEnded,
    PeriodOverlaps, TransitionRefused)."""
    require(uow, Permission.EXCHANGE)
    ambito = records.require_ambito(uow, "esportare un pacchetto")
    sequence = records.take_next_sequence(uow)
    if submit:
        today = created_at.astimezone().date()
        submit_periods(uow, periods=submit, today=today, sequence=sequence)
    payload = build_snapshot(
        uow, network_key=keys.network_key(uow), sequence=sequence, created_at=created_at
    )
    content = canonical_bytes(payload)
    data = seal_for_capofila(uow, content)
    audit.record(
        uow,
        action="scambio.pacchetto_esportato",
        entity="exchange_bundle",
        entity_id=f"{ambito}:{sequence}",
        details={
            "sha256": hashlib.sha256(content).hexdigest(),
            "bytes": len(data),
            "casi": len(payload["cases"]),
        },
    )
    return ExportedBundle(
        data=data, sequence=sequence, ambito=ambito, summary=_summary(payload, len(content))
    )
