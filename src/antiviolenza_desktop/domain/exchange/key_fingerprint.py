"""Fingerprints of public keys as people compare them by phone: short groups of digits.

SHA-512 of the key with a purpose label and the Ambito the key speaks for (so a key file
altered in transit to name another Ambito no longer matches the digits read out); the first
30 bytes cut into 6 chunks of 5 bytes, each reduced to 5 decimal digits: about 99 bits, the
same shape as Signal's safety numbers. Digits read aloud unambiguously in Italian, and a
person comparing group by group notices a difference at once. The fingerprint is always
recomputed from the key, never read from a file.
"""

from __future__ import annotations

import hashlib
import hmac

from antiviolenza_desktop.domain.exchange.enrolment_errors import FingerprintMalformed

GROUPS = 6
GROUP_DIGITS = 5
_LABEL = b"antiviolenza-desktop key fingerprint v1\x00"


def fingerprint(public_key: bytes, ambito: str = "") -> str:
    """`12345 67890 ...`: six groups of five digits, for this key speaking for `ambito`
    (empty for the capofila's own keys)."""
    digest = hashlib.sha512(_LABEL + ambito.encode("utf-8") + b"\x00" + public_key).digest()
    groups = []
    for index in range(GROUPS):
        chunk = int.from_bytes(digest[index * 5 : index * 5 + 5], "big")
        groups.append(f"{chunk % 10**GROUP_DIGITS:0{GROUP_DIGITS}d}")
    return " ".join(groups)


def normalise_fingerprint(typed: str) -> str:
    """Digits only, regrouped; spaces, dashes and dots typed between groups do not matter."""
    digits = "".join(ch for ch in typed if ch.isdigit() and ch.isascii())
    others = [ch for ch in typed if not (ch.isdigit() and ch.isascii()) and ch not in " -.\t"]
    if others or len(digits) != GROUPS * GROUP_DIGITS:
        raise FingerprintMalformed(
            field="fingerprint",
            groups=GROUPS,
            size=GROUP_DIGITS,
            found=len(digits) // GROUP_DIGITS,
        )
    return " ".join(digits[i * GROUP_DIGITS : (i + 1) * GROUP_DIGITS] for i in range(GROUPS))


def fingerprints_match(public_key: bytes, typed: str, ambito: str = "") -> bool:
    """True when what she typed is this key's fingerprint for `ambito` (FingerprintMalformed
    if unreadable)."""
    return hmac.compare_digest(normalise_fingerprint(typed), fingerprint(public_key, ambito))
