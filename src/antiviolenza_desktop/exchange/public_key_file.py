"""The Ambito's public-key file: what the capofila registers after comparing the fingerprint.

Not secret, and not trusted either: anyone could swap the file in an e-mail. What makes it
trusted is the coordinator typing the fingerprint the Ambito reads out by phone; the key id is
recomputed from the key, so the file cannot name one key and carry another.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from antiviolenza_desktop.domain.exchange.enrolment_errors import PublicKeyFileInvalid
from antiviolenza_desktop.exchange.key_material import RAW_KEY_BYTES, key_id, signing_public

FORMAT = "antiviolenza-chiave-ambito"
VERSION = 1
MAX_FILE_BYTES = 4096


@dataclass(frozen=True)
class AmbitoPublicKey:
    ambito: str
    key_id: str
    public_key: bytes


def write_public_key_file(key: AmbitoPublicKey) -> bytes:
    document = {
        "formato": FORMAT,
        "versione": VERSION,
        "ambito": key.ambito,
        "id_chiave": key.key_id,
        "chiave_pubblica": base64.b64encode(key.public_key).decode("ascii"),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def read_public_key_file(data: bytes) -> AmbitoPublicKey:
    """Parse and check the file. Errors: PublicKeyFileInvalid naming what is wrong."""
    if len(data) > MAX_FILE_BYTES:
        raise PublicKeyFileInvalid(reason="file troppo grande")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PublicKeyFileInvalid(reason="non è un documento JSON") from None
    if not isinstance(document, dict) or document.get("formato") != FORMAT:
        raise PublicKeyFileInvalid(reason="formato sconosciuto")
    if document.get("versione") != VERSION:
        raise PublicKeyFileInvalid(reason=f"versione {document.get('versione')!r} sconosciuta")
    ambito, claimed_id, encoded = (
        document.get("ambito"),
        document.get("id_chiave"),
        document.get("chiave_pubblica"),
    )
    if not isinstance(ambito, str) or not isinstance(encoded, str):
        raise PublicKeyFileInvalid(reason="mancano l'Ambito o la chiave")
    try:
        public = base64.b64decode(encoded, validate=True)
        signing_public(public)
    except (binascii.Error, ValueError):
        raise PublicKeyFileInvalid(reason="la chiave non è una chiave Ed25519") from None
    if len(public) != RAW_KEY_BYTES or key_id("signing", public) != claimed_id:
        raise PublicKeyFileInvalid(reason="l'identificativo non corrisponde alla chiave")
    return AmbitoPublicKey(ambito=ambito, key_id=claimed_id, public_key=public)
