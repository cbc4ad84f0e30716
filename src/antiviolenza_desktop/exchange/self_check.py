"""The exchange's self-check: a bundle sealed (Ed25519 signature, HPKE to X25519) opens back to
the same payload, and one flipped byte is refused. It exercises the very `cryptography` build
the installed application carries, with keys made for the occasion and thrown away."""

from __future__ import annotations

from antiviolenza_desktop.domain.exchange.bundle_errors import BundleTampered
from antiviolenza_desktop.exchange.bundle_container import open_bundle, seal_bundle
from antiviolenza_desktop.exchange.key_material import new_encryption_key, new_signing_key
from antiviolenza_desktop.services.self_check import Check

_PAYLOAD = b'{"autodiagnosi": true}'
_AMBITO = "cremonese"


class ExchangeSelfCheckFailed(RuntimeError):
    """The exchange's cryptography does not round-trip in this build."""


def check_bundle_round_trip() -> str:
    signing = new_signing_key()
    recipient = new_encryption_key()
    sealed = seal_bundle(
        _PAYLOAD,
        signing_key=signing.private_key,
        sender_key_id=signing.key_id,
        ambito=_AMBITO,
        recipient_public_key=recipient.public_key or b"",
        recipient_key_id=recipient.key_id,
    )

    def opened(data: bytes) -> bytes:
        return open_bundle(
            data,
            recipient_private_keys_by_id={recipient.key_id: recipient.private_key},
            sender_public_key=lambda _key_id, _ambito: signing.public_key or b"",
        ).payload

    if opened(sealed) != _PAYLOAD:
        raise ExchangeSelfCheckFailed("il pacchetto di prova non si riapre uguale")
    tampered = bytearray(sealed)
    tampered[-1] ^= 0x01
    try:
        opened(bytes(tampered))
    except BundleTampered:
        return "HPKE X25519/ChaCha20-Poly1305, firma Ed25519"
    raise ExchangeSelfCheckFailed("un pacchetto alterato è stato accettato")


CHECKS: tuple[Check, ...] = (Check("cifratura e firma dei pacchetti", check_bundle_round_trip),)
