"""The capofila's export for the Region: the provincial totals as one signed, encrypted bundle.

`export_provincial_bundle` runs in the caller's unit of work, as the Ambito's export does: the
next number of the Region's enrolment, the payload (`domain.payload.provincial`: the totals of
each Ambito as merged and of the province, never a record or a pseudonym) checked exactly as
the Region will check it, sealed in the same container as an Ambito's bundle (kind
`provincia` in the header) with the capofila's signing key to the Region's encryption key,
and an audit entry. The file is written after the commit; a failed write burns a number,
harmless for the same reason as at the Ambito (only an older or a conflicting number is
refused, never a gap).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.enrolment_errors import NoSigningKey
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind, NotEnrolledInRegion
from antiviolenza_desktop.domain.payload.provincial import (
    ProvincialSnapshot,
    provincial_snapshot,
    to_provincial_payload,
)
from antiviolenza_desktop.domain.payload.provincial_schema import validate_provincial
from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes
from antiviolenza_desktop.exchange.bundle_container import seal_bundle
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.collector import collector_paused
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.exchange_snapshots import newest_figures
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


class ProvincialExportRefused(AppError):
    """The payload about to leave fails the Region's own check: a bug, never sent."""

    code = "esportazione_provinciale_rifiutata"
    template = (
        "Il pacchetto per la Regione non supera il controllo che la Regione farà "
        "({reason}): non è stato esportato."
    )


@dataclass(frozen=True, slots=True)
class ExportedProvincialBundle:
    """The bundle file's bytes (to write to a new file), its number and what it holds."""

    data: bytes
    sequence: int
    province: str
    snapshot: ProvincialSnapshot


def _built(
    uow: UnitOfWork, province: str, sequence: int, created_at: datetime
) -> tuple[bytes, ProvincialSnapshot]:
    """The canonical payload and what it says, checked as the Region will check it."""
    programme = load_default_programme()
    with collector_paused():
        totals = province_totals(uow, as_of=created_at)
        kept = {a: figures.header for a, figures in newest_figures(uow, programme).items()}
    snapshot = provincial_snapshot(
        programme=programme,
        province=province,
        totals=totals,
        kept=kept,
        sequence=sequence,
        created_at=created_at,
    )
    payload = to_provincial_payload(snapshot)
    try:
        validate_provincial(payload, programme=programme)
    except AppError as error:
        raise ProvincialExportRefused(reason=error.message) from error
    return canonical_bytes(payload), snapshot


def export_provincial_bundle(uow: UnitOfWork, *, created_at: datetime) -> ExportedProvincialBundle:
    """The capofila's provincial bundle for the Region, numbered with the enrolment's next
    sequence. `created_at` must carry a time zone. Permission: coordinator of the capofila.
    Audited (province, number, content hash, size). Errors: PermissionDenied,
    NotCapofilaStore, NotEnrolledInRegion, NoSigningKey, ProvincialExportRefused."""
    require(uow, Permission.EXCHANGE)
    records.require_capofila(uow, "esportare il pacchetto per la Regione")
    enrolment = records.current_enrolment(uow)
    if enrolment is None:
        raise NotEnrolledInRegion
    signing = records.active_own_key(uow, "signing")
    if signing is None:
        raise NoSigningKey
    sequence = records.take_next_sequence(uow)
    content, snapshot = _built(uow, enrolment.ambito, sequence, created_at)
    data = seal_bundle(
        content,
        signing_key=signing.private_key,
        sender_key_id=signing.key_id,
        ambito=enrolment.ambito,
        recipient_public_key=enrolment.capofila_encryption_key,
        recipient_key_id=enrolment.capofila_encryption_key_id,
        kind=BundleKind.PROVINCE,
    )
    audit.record(
        uow,
        action="scambio.pacchetto_provinciale_esportato",
        entity="exchange_bundle",
        entity_id=f"{enrolment.ambito}:{sequence}",
        details={"sha256": hashlib.sha256(content).hexdigest(), "bytes": len(data)},
    )
    return ExportedProvincialBundle(data, sequence, enrolment.ambito, snapshot)
