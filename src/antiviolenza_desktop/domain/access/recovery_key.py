"""The recovery key as people see it: groups that read aloud and type back without ambiguity.

Twenty random bytes (160 bits) become 32 Crockford Base32 characters (no I, L, O, U, so nothing
looks like a digit), cut into 8 groups of 4, each followed by a check character computed from
the group's position and content. A typo is named by its group before any expensive key
derivation runs; a swapped pair of groups is caught too because the position is in the check.
"""

from __future__ import annotations

import hashlib

from antiviolenza_desktop.domain.store_errors import RecoveryKeyMalformed, RecoveryKeyTypo

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 20
GROUPS = 8
GROUP_DATA = 4
GROUP_SIZE = GROUP_DATA + 1
_READ_ALIASES = {"O": "0", "I": "1", "L": "1"}


def _encode_base32(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(len(raw) * 8 // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _decode_base32(text: str) -> bytes:
    number = 0
    for char in text:
        number = (number << 5) | ALPHABET.index(char)
    return number.to_bytes(len(text) * 5 // 8, "big")


def _check_char(position: int, group: str) -> str:
    digest = hashlib.sha256(f"{position}:{group}".encode("ascii")).digest()
    return ALPHABET[digest[0] & 31]


def format_recovery_key(raw: bytes) -> str:
    """Turn the 20 secret bytes into the dash-separated groups printed on the sheet."""
    if len(raw) != KEY_BYTES:
        raise ValueError("a recovery key is exactly 20 bytes")
    data = _encode_base32(raw)
    groups = []
    for position in range(GROUPS):
        chunk = data[position * GROUP_DATA : (position + 1) * GROUP_DATA]
        groups.append(chunk + _check_char(position + 1, chunk))
    return "-".join(groups)


def _normalise(typed: str) -> str:
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    return "".join(_READ_ALIASES.get(ch, ch) for ch in cleaned)


def parse_recovery_key(typed: str) -> bytes:
    """Read a typed key back: case, spaces and dashes do not matter; O/I/L read as 0/1/1.

    Raises RecoveryKeyMalformed for a wrong length and RecoveryKeyTypo naming the first group
    whose check character does not match.
    """
    cleaned = _normalise(typed)
    if len(cleaned) != GROUPS * GROUP_SIZE:
        raise RecoveryKeyMalformed(
            field="recovery_key", groups=GROUPS, size=GROUP_SIZE, found=len(cleaned) // GROUP_SIZE
        )
    data = []
    for position in range(GROUPS):
        group = cleaned[position * GROUP_SIZE : (position + 1) * GROUP_SIZE]
        chunk, check = group[:GROUP_DATA], group[GROUP_DATA]
        if any(ch not in ALPHABET for ch in group) or _check_char(position + 1, chunk) != check:
            raise RecoveryKeyTypo(field="recovery_key", group=position + 1)
        data.append(chunk)
    return _decode_base32("".join(data))
