"""The bundle's kind is its header's magic: read without a key, signed and bound like the rest
of the header, and a bundle of the other kind refused before any key is tried.

Pure container tests (no store): `tests/test_exchange_region.py` runs the same refusals on
real stores.
"""

from __future__ import annotations

import pytest

from antiviolenza_desktop.domain.exchange.bundle_errors import BundleTampered, BundleWrongRecipient
from antiviolenza_desktop.domain.exchange.hierarchy import (
    AmbitoBundleAtRegion,
    BundleKind,
    ProvincialBundleAtCapofila,
)
from antiviolenza_desktop.exchange.bundle_container import OpenedBundle, open_bundle, seal_bundle
from antiviolenza_desktop.exchange.bundle_header import MAGIC, MAGICS, read_header
from antiviolenza_desktop.exchange.key_material import new_encryption_key, new_signing_key

SIGNER = new_signing_key()
RECIPIENT = new_encryption_key()
PAYLOAD = b'{"prova":1}'


def _seal(kind: BundleKind) -> bytes:
    return seal_bundle(
        PAYLOAD,
        signing_key=SIGNER.private_key,
        sender_key_id=SIGNER.key_id,
        ambito="cremona",
        recipient_public_key=RECIPIENT.public_key or b"",
        recipient_key_id=RECIPIENT.key_id,
        kind=kind,
    )


def _open(data: bytes, expected: BundleKind, keys: dict[str, bytes] | None = None) -> OpenedBundle:
    return open_bundle(
        data,
        recipient_private_keys_by_id={RECIPIENT.key_id: RECIPIENT.private_key}
        if keys is None
        else keys,
        sender_public_key=lambda _key_id, _area: SIGNER.public_key or b"",
        expected_kind=expected,
    )


def test_the_ambito_bundle_keeps_its_magic_and_the_provincial_one_has_its_own() -> None:
    assert MAGICS[BundleKind.AMBITO] == MAGIC == b"AVBUNDLE"
    provincial = _seal(BundleKind.PROVINCE)
    assert provincial[:8] == b"AVPROVIN"
    assert read_header(provincial).kind is BundleKind.PROVINCE
    assert read_header(_seal(BundleKind.AMBITO)).kind is BundleKind.AMBITO
    assert _open(provincial, BundleKind.PROVINCE).payload == PAYLOAD


def test_the_other_kind_is_refused_before_any_key_is_tried() -> None:
    # no key at all: the refusal comes from the header, not from the missing recipient key
    with pytest.raises(ProvincialBundleAtCapofila):
        _open(_seal(BundleKind.PROVINCE), BundleKind.AMBITO, keys={})
    with pytest.raises(AmbitoBundleAtRegion):
        _open(_seal(BundleKind.AMBITO), BundleKind.PROVINCE, keys={})
    with pytest.raises(BundleWrongRecipient):
        _open(_seal(BundleKind.PROVINCE), BundleKind.PROVINCE, keys={})


def test_a_kind_changed_in_transit_is_tampering_not_another_kind() -> None:
    data = bytearray(_seal(BundleKind.PROVINCE))
    data[:8] = b"AVBUNDLE"  # a valid magic, but the header check no longer matches
    with pytest.raises(BundleTampered):
        read_header(bytes(data))
    one_off = bytearray(_seal(BundleKind.PROVINCE))
    one_off[3] ^= 0x01
    with pytest.raises(BundleTampered):
        read_header(bytes(one_off))
