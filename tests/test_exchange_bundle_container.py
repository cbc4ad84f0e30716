"""The bundle container on its own (no store): BU-01, BU-02, BU-10 and random mutations.

Every tampering is real: bytes of a sealed file are flipped, cut or added, or the body is
decrypted with the capofila's key, changed and re-encrypted (what a holder of the capofila's
public key could do) so that only the signature can tell.
"""

from __future__ import annotations

import gzip
import hashlib
import struct
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleFormatTooNew,
    BundleSignatureInvalid,
    BundleTampered,
    BundleTooLarge,
    BundleTruncated,
    BundleWrongRecipient,
    NotABundle,
    PayloadTooLarge,
    UnknownSender,
)
from antiviolenza_desktop.exchange.bundle_container import (
    OpenedBundle,
    open_bundle,
    seal_bundle,
    seal_compressed_payload,
)
from antiviolenza_desktop.exchange.bundle_header import HEADER_SIZE, MAGIC, read_header
from antiviolenza_desktop.exchange.bundle_io import read_bundle_file
from antiviolenza_desktop.exchange.key_material import (
    NewKey,
    new_encryption_key,
    new_signing_key,
)
from antiviolenza_desktop.exchange.payload_compression import DEFAULT_PAYLOAD_LIMIT

SIGNER = new_signing_key()
CAPOFILA = new_encryption_key()
PAYLOAD = b'{"ambito":"cremonese","casi":[' + b'{"pseudonimo":"ab12","linea":"1"},' * 40 + b"{}]}"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_ENC_AND_TAG = 48
ONE_GIB = 1024**3


def _seal(payload: bytes = PAYLOAD, signer: NewKey = SIGNER, ambito: str = "cremonese") -> bytes:
    return seal_bundle(
        payload,
        signing_key=signer.private_key,
        sender_key_id=signer.key_id,
        ambito=ambito,
        recipient_public_key=CAPOFILA.public_key or b"",
        recipient_key_id=CAPOFILA.key_id,
    )


def _resolver(key_id: str, ambito: str) -> bytes:
    if key_id != SIGNER.key_id:
        raise UnknownSender(key_id=key_id)
    return SIGNER.public_key or b""


def _open(data: bytes, **limits: int) -> OpenedBundle:
    return open_bundle(
        data,
        recipient_private_keys_by_id={CAPOFILA.key_id: CAPOFILA.private_key},
        sender_public_key=_resolver,
        **limits,
    )


SEALED = _seal()


def _flip(data: bytes, position: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[position] ^= mask
    return bytes(changed)


def _reencrypted(data: bytes, change: int) -> bytes:
    """Decrypt the body, flip the inner byte at `change`, encrypt it again under the header."""
    header = data[:HEADER_SIZE]
    private = X25519PrivateKey.from_private_bytes(CAPOFILA.private_key)
    inner = bytearray(_SUITE.decrypt(data[HEADER_SIZE:], private, info=header))
    inner[change] ^= 0x01
    return header + _SUITE.encrypt(bytes(inner), private.public_key(), info=header)


def test_round_trip() -> None:
    opened = _open(SEALED)
    assert opened.payload == PAYLOAD
    assert (opened.ambito, opened.sender_key_id) == ("cremonese", SIGNER.key_id)
    assert opened.recipient_key_id == CAPOFILA.key_id
    assert opened.content_sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert b"cremonese" not in SEALED and b"pseudonimo" not in SEALED
    assert _seal() != SEALED  # a fresh ephemeral key every time


# BU-01 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("position", range(HEADER_SIZE))
def test_bu01_any_header_byte_flipped_is_altered(position: int) -> None:
    with pytest.raises(BundleTampered) as caught:
        _open(_flip(SEALED, position))
    assert caught.value.message.startswith("Pacchetto alterato")
    with pytest.raises(BundleTampered):
        read_header(_flip(SEALED, position, 0xFF))


def test_bu01_body_bytes_flipped_are_altered() -> None:
    signature_start = HEADER_SIZE + _ENC_AND_TAG - 16 + 16 + 1 + len("cremonese")
    positions = {HEADER_SIZE, HEADER_SIZE + 31, len(SEALED) - 1, len(SEALED) // 2}
    positions |= set(range(HEADER_SIZE, len(SEALED), 97))
    positions |= {signature_start, signature_start + 63}
    for position in sorted(positions):
        with pytest.raises(BundleTampered):
            _open(_flip(SEALED, position))


def test_bu01_signature_or_content_changed_under_valid_encryption() -> None:
    signature_at = 16 + 1 + len("cremonese")
    for change in (signature_at, signature_at + 63, signature_at + 64, signature_at + 80, 5):
        with pytest.raises((BundleSignatureInvalid, UnknownSender)) as caught:
            _open(_reencrypted(SEALED, change))
        if isinstance(caught.value, BundleSignatureInvalid):
            assert caught.value.message.startswith("Pacchetto alterato")


def test_bytes_added_at_the_end_are_altered() -> None:
    with pytest.raises(BundleTampered):
        _open(SEALED + b"\x00")


# BU-02 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("keep", [1, 7, 8, 20, HEADER_SIZE - 1, HEADER_SIZE, HEADER_SIZE + 10])
def test_bu02_truncated_in_the_header_or_early_body(keep: int) -> None:
    with pytest.raises(BundleTruncated) as caught:
        _open(SEALED[:keep])
    assert "troncato" in caught.value.message


def test_bu02_truncated_near_the_end_names_the_missing_bytes() -> None:
    for keep in (len(SEALED) // 2, len(SEALED) - 64, len(SEALED) - 1):
        with pytest.raises(BundleTruncated) as caught:
            _open(SEALED[:keep])
        assert caught.value.params["missing"] == len(SEALED) - keep


def test_empty_or_foreign_files_are_not_bundles() -> None:
    for data in (b"", b"%PDF-1.7\n" + bytes(100), b"AVBUNDXX" + bytes(60), b"AVB"[:2] + b"x"):
        with pytest.raises(NotABundle):
            _open(data)


# header-level refusals ------------------------------------------------------------------------


def test_a_newer_format_asks_to_update() -> None:
    fields = struct.pack("!8sH16sQ", MAGIC, 2, bytes.fromhex(CAPOFILA.key_id), 10)
    data = fields + hashlib.sha256(fields).digest()[:8] + bytes(10)
    with pytest.raises(BundleFormatTooNew) as caught:
        _open(data)
    assert "aggiornare l'applicazione" in caught.value.message


def test_wrong_recipient_names_the_key() -> None:
    other = new_encryption_key()
    data = seal_bundle(
        PAYLOAD,
        signing_key=SIGNER.private_key,
        sender_key_id=SIGNER.key_id,
        ambito="cremonese",
        recipient_public_key=other.public_key or b"",
        recipient_key_id=other.key_id,
    )
    with pytest.raises(BundleWrongRecipient) as caught:
        _open(data)
    assert other.key_id in caught.value.message


def test_size_limit_before_anything_else(tmp_path: Path) -> None:
    with pytest.raises(BundleTooLarge):
        _open(SEALED, size_limit=len(SEALED) - 1)
    big = tmp_path / "grande.avbundle"
    with big.open("wb") as stream:
        stream.truncate(65 * 1024 * 1024)  # sparse: nothing is read
    with pytest.raises(BundleTooLarge):
        read_bundle_file(big)
    small = tmp_path / "p.avbundle"
    small.write_bytes(SEALED)
    assert read_bundle_file(small) == SEALED


# BU-10 ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """1 GiB of zeros, compressed while streaming (never 1 GiB in memory): about 1 MB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(ONE_GIB // len(zeros))]
    parts.append(compressor.flush())
    return b"".join(parts)


def _sealed_bomb(bomb: bytes, signer: NewKey = SIGNER) -> bytes:
    return seal_compressed_payload(
        bomb,
        signing_key=signer.private_key,
        sender_key_id=signer.key_id,
        ambito="cremonese",
        recipient_public_key=CAPOFILA.public_key or b"",
        recipient_key_id=CAPOFILA.key_id,
    )


def _peak_while_refused(data: bytes, limit: int) -> int:
    tracemalloc.start()
    try:
        with pytest.raises(PayloadTooLarge) as caught:
            _open(data, payload_limit=limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.params["limit"] == limit
    return peak


def test_bu10_bomb_from_a_registered_key_stops_at_the_cap(gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 2 * 1024 * 1024
    data = _sealed_bomb(gzip_bomb)
    started = time.perf_counter()
    peak = _peak_while_refused(data, DEFAULT_PAYLOAD_LIMIT)
    assert time.perf_counter() - started < 30
    # Memory follows the cap (plus the output buffer's growth margin), not the 1 GiB bomb.
    assert peak < DEFAULT_PAYLOAD_LIMIT * 1.25
    small_cap = 16 * 1024 * 1024
    assert _peak_while_refused(data, small_cap) < small_cap * 1.25 + len(data) * 2


def test_bu10_bomb_from_an_unknown_key_is_never_inflated(gzip_bomb: bytes) -> None:
    data = _sealed_bomb(gzip_bomb, new_signing_key())
    tracemalloc.start()
    try:
        with pytest.raises(UnknownSender):
            _open(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_payload_that_is_not_gzip_is_altered() -> None:
    with pytest.raises(BundleTampered):
        _open(_sealed_bomb(b"not gzip at all"))
    truncated_gzip = gzip.compress(PAYLOAD)[:-12]
    with pytest.raises(BundleTampered):
        _open(_sealed_bomb(truncated_gzip))


# random mutations ---------------------------------------------------------------------------

_mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(SEALED) - 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, len(SEALED) - 1), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, len(SEALED)), st.integers(0, 255)),
    st.tuples(st.just("drop"), st.integers(0, len(SEALED) - 1), st.integers(1, 64)),
)


def _mutate(data: bytes, kind: str, position: int, value: int) -> bytes:
    if kind == "flip":
        return _flip(data, position, value)
    if kind == "cut":
        return data[:position]
    if kind == "insert":
        return data[:position] + bytes([value]) + data[position:]
    return data[:position] + data[position + value :]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_mutation, min_size=1, max_size=4))
def test_mutated_bundles_never_open_with_other_content(
    mutations: list[tuple[str, int, int]],
) -> None:
    data = SEALED
    for kind, position, value in mutations:
        if not data:
            break  # cut to nothing: no byte left to mutate
        data = _mutate(data, kind, min(position, len(data) - 1), value)
    try:
        opened = _open(data)
    except AppError:
        return
    assert opened.payload == PAYLOAD  # only if the mutations cancelled out
    assert data == SEALED
