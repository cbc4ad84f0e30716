"""The exchange's rows: this store's keys, the capofila's registry of senders, the enrolment.

Plain bytes in, plain data out: the cryptography lives in `exchange` (this layer may not import
it), the transactions, permissions and audit entries live here. Audit details carry key ids,
purposes and Ambito codes, never key material.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    NotAmbitoStore,
    NotCapofilaStore,
    NotEnrolled,
    SenderKeyAlreadyRegistered,
    SenderKeyAlreadyRevoked,
    SenderKeyUnknown,
)
from antiviolenza_desktop.domain.exchange.hierarchy import NotRegionStore
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.programme import CAPOFILA, REGION
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ExchangeEnrolment,
    ExchangeOwnKey,
    ExchangeSender,
    StoreMeta,
)

PURPOSES = ("signing", "encryption", "network")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def shown_day(stamp: str) -> str:
    """An ISO timestamp (UTC, as stored) as people read the day there: local dd/mm/yyyy."""
    return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y")


@dataclass(frozen=True)
class OwnKey:
    purpose: str
    key_id: str
    private_key: bytes
    public_key: bytes | None
    created_at: str
    retired_at: str | None

    def __repr__(self) -> str:  # never print key material
        return f"OwnKey({self.purpose}, {self.key_id}, retired={self.retired_at})"


@dataclass(frozen=True)
class SenderKey:
    ambito: str
    key_id: str
    public_key: bytes
    fingerprint: str
    registered_at: str
    retired_at: str | None
    revoked_at: str | None

    @property
    def status(self) -> str:
        """`revocata`, `ritirata` (replaced by a newer key) or `attiva`."""
        if self.revoked_at:
            return "revocata"
        return "ritirata" if self.retired_at else "attiva"


@dataclass(frozen=True)
class Enrolment:
    ambito: str
    programme_id: str
    programme_sha256: str
    capofila_signing_key: bytes
    capofila_signing_key_id: str
    capofila_encryption_key: bytes
    capofila_encryption_key_id: str
    network_key: bytes
    network_key_id: str
    enrolled_at: str
    next_sequence: int

    def __repr__(self) -> str:  # the network key is a secret
        return f"Enrolment({self.ambito}, {self.programme_id}, next={self.next_sequence})"


# store role ---------------------------------------------------------------------------------


def store_ambito_code(uow: UnitOfWork) -> str:
    """The store's `ambito` meta value: an Ambito code, `capofila` or `regione`."""
    meta = uow.session.get(StoreMeta, "ambito")
    return meta.value if meta is not None else ""


def store_programme_id(uow: UnitOfWork) -> str:
    meta = uow.session.get(StoreMeta, "programme_id")
    return meta.value if meta is not None else ""


def require_capofila(uow: UnitOfWork, action: str) -> None:
    if store_ambito_code(uow) != CAPOFILA:
        raise NotCapofilaStore(action=action)


def require_ambito(uow: UnitOfWork, action: str) -> str:
    code = store_ambito_code(uow)
    if code in (CAPOFILA, REGION):
        raise NotAmbitoStore(action=action)
    return code


def require_region(uow: UnitOfWork, action: str) -> None:
    if store_ambito_code(uow) != REGION:
        raise NotRegionStore(action=action)


def is_receiver(uow: UnitOfWork) -> bool:
    """The capofila or the Region: a store that owns an encryption key and a registry of the
    senders of the level below (`domain.exchange.hierarchy`)."""
    return store_ambito_code(uow) in (CAPOFILA, REGION)


def require_receiver(uow: UnitOfWork, action: str) -> None:
    """The capofila or the Region; an Ambito is refused as the capofila-only operations are."""
    if not is_receiver(uow):
        raise NotCapofilaStore(action=action)


# own keys -----------------------------------------------------------------------------------


def _own(row: ExchangeOwnKey) -> OwnKey:
    return OwnKey(
        row.purpose, row.key_id, row.private_key, row.public_key, row.created_at, row.retired_at
    )


def active_own_key(uow: UnitOfWork, purpose: str) -> OwnKey | None:
    row = uow.session.scalars(
        select(ExchangeOwnKey)
        .where(ExchangeOwnKey.purpose == purpose, ExchangeOwnKey.retired_at.is_(None))
        .order_by(ExchangeOwnKey.id.desc())
    ).first()
    return _own(row) if row else None


def own_keys(uow: UnitOfWork, purpose: str) -> list[OwnKey]:
    """Every key of one purpose, newest first, retired ones included."""
    rows = uow.session.scalars(
        select(ExchangeOwnKey)
        .where(ExchangeOwnKey.purpose == purpose)
        .order_by(ExchangeOwnKey.id.desc())
    )
    return [_own(row) for row in rows]


def add_own_key(
    uow: UnitOfWork, *, purpose: str, key_id: str, private_key: bytes, public_key: bytes | None
) -> OwnKey:
    """Store a new key of `purpose`, retiring the active one (kept: a retired encryption key
    still opens bundles in transit). Permission: coordinator. Audited."""
    require(uow, Permission.EXCHANGE)
    if purpose not in PURPOSES:
        raise ValueError(f"unknown key purpose {purpose}")
    at = now()
    retired = uow.session.execute(
        update(ExchangeOwnKey)
        .where(ExchangeOwnKey.purpose == purpose, ExchangeOwnKey.retired_at.is_(None))
        .values(retired_at=at)
        .returning(ExchangeOwnKey.key_id)
    ).scalars()
    previous = list(retired)
    row = ExchangeOwnKey(
        purpose=purpose,
        key_id=key_id,
        private_key=private_key,
        public_key=public_key,
        created_at=at,
        retired_at=None,
    )
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow,
        action="scambio.chiave_creata",
        entity="exchange_key",
        entity_id=key_id,
        details={"purpose": purpose, "retired": previous},
    )
    return _own(row)


# senders (capofila) -------------------------------------------------------------------------


def _sender(row: ExchangeSender) -> SenderKey:
    return SenderKey(
        row.ambito,
        row.key_id,
        row.public_key,
        row.fingerprint,
        row.registered_at,
        row.retired_at,
        row.revoked_at,
    )


def sender_by_key_id(uow: UnitOfWork, key_id: str) -> SenderKey | None:
    row = uow.session.scalars(select(ExchangeSender).where(ExchangeSender.key_id == key_id)).first()
    return _sender(row) if row else None


def senders(uow: UnitOfWork) -> list[SenderKey]:
    """Every registered key, by Ambito then registration order."""
    rows = uow.session.scalars(
        select(ExchangeSender).order_by(ExchangeSender.ambito, ExchangeSender.id)
    )
    return [_sender(row) for row in rows]


def _retire_active_sender(uow: UnitOfWork, ambito: str, at: str) -> list[str]:
    """Retire the Ambito's active key (if any); the key ids retired."""
    return list(
        uow.session.execute(
            update(ExchangeSender)
            .where(
                ExchangeSender.ambito == ambito,
                ExchangeSender.retired_at.is_(None),
                ExchangeSender.revoked_at.is_(None),
            )
            .values(retired_at=at)
            .returning(ExchangeSender.key_id)
        ).scalars()
    )


def add_sender(
    uow: UnitOfWork, *, ambito: str, key_id: str, public_key: bytes, fingerprint: str
) -> SenderKey:
    """Register an Ambito's signing key (its fingerprint already compared), retiring the
    Ambito's previous active key. Permission: coordinator of the capofila. Audited.
    Errors: PermissionDenied, NotCapofilaStore, SenderKeyAlreadyRegistered."""
    require(uow, Permission.EXCHANGE)
    require_receiver(uow, "registrare la chiave di un Ambito")
    existing = sender_by_key_id(uow, key_id)
    if existing is not None:
        raise SenderKeyAlreadyRegistered(key_id=key_id, ambito=existing.ambito)
    at = now()
    previous = _retire_active_sender(uow, ambito, at)
    row = ExchangeSender(
        ambito=ambito,
        key_id=key_id,
        public_key=public_key,
        fingerprint=fingerprint,
        registered_at=at,
    )
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow,
        action="scambio.mittente_registrato",
        entity="exchange_sender",
        entity_id=key_id,
        details={"ambito": ambito, "retired": previous},
    )
    return _sender(row)


def revoke_sender(uow: UnitOfWork, *, key_id: str) -> SenderKey:
    """Revoke a registered key (a lost laptop): every bundle it signed is refused from now on.
    Permission: coordinator of the capofila. Audited. Errors: SenderKeyUnknown,
    SenderKeyAlreadyRevoked."""
    require(uow, Permission.EXCHANGE)
    require_receiver(uow, "revocare la chiave di un Ambito")
    row = uow.session.scalars(select(ExchangeSender).where(ExchangeSender.key_id == key_id)).first()
    if row is None:
        raise SenderKeyUnknown("key_id", key_id=key_id)
    if row.revoked_at:
        raise SenderKeyAlreadyRevoked(
            "key_id", key_id=key_id, ambito=row.ambito, revoked_on=shown_day(row.revoked_at)
        )
    row.revoked_at = now()
    uow.session.flush()
    audit.record(
        uow,
        action="scambio.mittente_revocato",
        entity="exchange_sender",
        entity_id=key_id,
        details={"ambito": row.ambito},
    )
    return _sender(row)


# enrolment (Ambito) -------------------------------------------------------------------------


def _enrolment(row: ExchangeEnrolment) -> Enrolment:
    return Enrolment(
        row.ambito,
        row.programme_id,
        row.programme_sha256,
        row.capofila_signing_key,
        row.capofila_signing_key_id,
        row.capofila_encryption_key,
        row.capofila_encryption_key_id,
        row.network_key,
        row.network_key_id,
        row.enrolled_at,
        row.next_sequence,
    )


_ENROLMENT_ISSUED = "enrolment_issued_at"


def accepted_enrolment_issued_at(uow: UnitOfWork) -> str | None:
    """When the capofila issued the enrolment this Ambito accepted last (ISO, UTC)."""
    meta = uow.session.get(StoreMeta, _ENROLMENT_ISSUED)
    return meta.value if meta else None


def remember_enrolment_issued_at(uow: UnitOfWork, issued_at: str) -> None:
    meta = uow.session.get(StoreMeta, _ENROLMENT_ISSUED) or StoreMeta(key=_ENROLMENT_ISSUED)
    meta.value = issued_at
    uow.session.add(meta)
    uow.session.flush()


def current_enrolment(uow: UnitOfWork) -> Enrolment | None:
    row = uow.session.get(ExchangeEnrolment, 1)
    return _enrolment(row) if row else None


def save_enrolment(uow: UnitOfWork, enrolment: Enrolment) -> Enrolment:
    """Insert or replace the enrolment; the sequence never goes back (a re-enrolment keeps the
    larger of the two). Permission: coordinator. Audited."""
    require(uow, Permission.EXCHANGE)
    row = uow.session.get(ExchangeEnrolment, 1)
    fields = {k: v for k, v in vars(enrolment).items() if not k.startswith("_")}
    first = row is None
    if row is None:
        row = ExchangeEnrolment(id=1, **fields)
        uow.session.add(row)
    else:
        fields["next_sequence"] = max(row.next_sequence, enrolment.next_sequence)
        for name, value in fields.items():
            setattr(row, name, value)
    uow.session.flush()
    audit.record(
        uow,
        action="scambio.iscrizione_accettata" if first else "scambio.iscrizione_rinnovata",
        entity="exchange_enrolment",
        entity_id=enrolment.ambito,
        details={
            "programme": enrolment.programme_id,
            "capofila_encryption_key": enrolment.capofila_encryption_key_id,
        },
    )
    return _enrolment(row)


def take_next_sequence(uow: UnitOfWork) -> int:
    """The sequence number for the bundle being exported now; the stored counter moves on in
    the same transaction, so a failed export does not use a number. Errors: NotEnrolled."""
    row = uow.session.get(ExchangeEnrolment, 1)
    if row is None:
        raise NotEnrolled
    sequence = row.next_sequence
    row.next_sequence = sequence + 1
    uow.session.flush()
    return sequence
