"""The enrolment file: the capofila's public keys and the network key, under a one-time code.

    {"formato", "versione", "kdf": {memoria_kib, iterazioni, corsie}, "sale", "nonce", "cifrato"}

`cifrato` is ChaCha20-Poly1305 under Argon2id(one-time code, sale) with every other field of
the wrapper as associated data (so the KDF cost cannot be lowered in transit). Inside: the
content as canonical JSON plus the capofila's Ed25519 signature over it; the Ambito keeps that
signing key, and a later enrolment (after the capofila rotates its encryption key) must be
signed by the same key. The file carries the network key, a secret: whoever has the file and
the code can compute pseudonyms, so the code travels by phone, never with the file.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    NotAnEnrolmentFile,
    WrongOneTimeCode,
)
from antiviolenza_desktop.domain.exchange.one_time_code import normalise_one_time_code
from antiviolenza_desktop.exchange.key_material import (
    key_id,
    signing_private,
    signing_public,
)
from antiviolenza_desktop.store import kdf

FORMAT = "antiviolenza-iscrizione"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024
_SIGNATURE_LABEL = b"antiviolenza-desktop enrolment signature v1\x00"
_BYTES_FIELDS = ("capofila_signing_key", "capofila_encryption_key", "network_key")


@dataclass(frozen=True)
class EnrolmentContent:
    ambito: str
    programme_id: str
    programme_sha256: str
    capofila_signing_key: bytes
    capofila_signing_key_id: str
    capofila_encryption_key: bytes
    capofila_encryption_key_id: str
    network_key: bytes
    network_key_id: str
    issued_at: str

    def __repr__(self) -> str:  # the network key is a secret
        return f"EnrolmentContent({self.ambito}, {self.programme_id})"


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _content_document(content: EnrolmentContent) -> dict[str, Any]:
    document: dict[str, Any] = asdict(content)
    for name in _BYTES_FIELDS:
        document[name] = _b64(document[name])
    return document


def seal_enrolment(
    content: EnrolmentContent,
    *,
    signing_key: bytes,
    one_time_code: str,
    params: kdf.KdfParams = kdf.FLOOR_PARAMS,
) -> bytes:
    """The enrolment file: content signed by the capofila, encrypted under the code."""
    body = _canonical(_content_document(content))
    signature = signing_private(signing_key).sign(_SIGNATURE_LABEL + body)
    plaintext = _canonical({"contenuto": _content_document(content), "firma": _b64(signature)})
    salt, nonce = kdf.new_salt(), os.urandom(12)
    wrapper: dict[str, Any] = {
        "formato": FORMAT,
        "versione": VERSION,
        "kdf": {
            "memoria_kib": params.memory_kib,
            "iterazioni": params.iterations,
            "corsie": params.lanes,
        },
        "sale": _b64(salt),
        "nonce": _b64(nonce),
    }
    key = kdf.derive(normalise_one_time_code(one_time_code).encode("ascii"), salt, params)
    wrapper["cifrato"] = _b64(ChaCha20Poly1305(key).encrypt(nonce, plaintext, _canonical(wrapper)))
    return (json.dumps(wrapper, indent=2, sort_keys=True) + "\n").encode("utf-8")


def open_enrolment(data: bytes, *, one_time_code: str) -> EnrolmentContent:
    """Decrypt and check an enrolment file. The code's group checks run first (typos named
    before the KDF). Errors: OneTimeCodeMalformed, OneTimeCodeTypo, NotAnEnrolmentFile,
    WrongOneTimeCode (wrong code or altered file: the AEAD cannot tell them apart)."""
    code = normalise_one_time_code(one_time_code)
    wrapper, params, salt, nonce, sealed = _read_wrapper(data)
    key = kdf.derive(code.encode("ascii"), salt, params)
    associated = _canonical({k: v for k, v in wrapper.items() if k != "cifrato"})
    try:
        plaintext = ChaCha20Poly1305(key).decrypt(nonce, sealed, associated)
    except InvalidTag:
        raise WrongOneTimeCode(field="code") from None
    return _checked_content(plaintext)


def _read_wrapper(data: bytes) -> tuple[dict[str, Any], kdf.KdfParams, bytes, bytes, bytes]:
    if len(data) > MAX_FILE_BYTES:
        raise NotAnEnrolmentFile(reason="file troppo grande")
    try:
        wrapper = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise NotAnEnrolmentFile(reason="non è un documento JSON") from None
    if not isinstance(wrapper, dict) or wrapper.get("formato") != FORMAT:
        raise NotAnEnrolmentFile(reason="formato sconosciuto")
    if wrapper.get("versione") != VERSION:
        raise NotAnEnrolmentFile(reason=f"versione {wrapper.get('versione')!r} non supportata")
    try:
        settings = wrapper["kdf"]
        params = kdf.KdfParams(
            int(settings["memoria_kib"]), int(settings["iterazioni"]), int(settings["corsie"])
        )
        salt, nonce = _unb64(wrapper["sale"]), _unb64(wrapper["nonce"])
        sealed = _unb64(wrapper["cifrato"])
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise NotAnEnrolmentFile(reason="campi mancanti o non validi") from None
    if not params.is_within_bounds() or len(salt) != kdf.SALT_BYTES or len(nonce) != 12:
        raise NotAnEnrolmentFile(reason="parametri di cifratura fuori dai limiti")
    return wrapper, params, salt, nonce, sealed


def _checked_content(plaintext: bytes) -> EnrolmentContent:
    """The decrypted content, with key ids recomputed and the capofila's signature verified."""
    try:
        document = json.loads(plaintext)
        fields = dict(document["contenuto"])
        signature = _unb64(document["firma"])
        body = _canonical(fields)
        for name in _BYTES_FIELDS:
            fields[name] = _unb64(fields[name])
        content = EnrolmentContent(**fields)
        signing_public(content.capofila_signing_key).verify(signature, _SIGNATURE_LABEL + body)
    except (KeyError, TypeError, ValueError, binascii.Error, InvalidSignature):
        raise NotAnEnrolmentFile(
            reason="contenuto non valido o firma della capofila errata"
        ) from None
    expected = (
        ("signing", content.capofila_signing_key, content.capofila_signing_key_id),
        ("encryption", content.capofila_encryption_key, content.capofila_encryption_key_id),
        ("network", content.network_key, content.network_key_id),
    )
    if any(key_id(purpose, raw) != claimed for purpose, raw, claimed in expected):
        raise NotAnEnrolmentFile(reason="gli identificativi non corrispondono alle chiavi")
    return content
