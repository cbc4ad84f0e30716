"""The one-time code that protects an enrolment file, as the capofila reads it out by phone.

Ten random bytes (80 bits) become 16 Crockford Base32 characters (the recovery key's alphabet:
no I, L, O, U), cut into 4 groups of 4, each followed by a check character over the group's
position and content (Luhn mod 32). A mistyped or swapped group is named before the
(deliberately slow) key derivation runs; 80 bits behind Argon2id are far beyond guessing for
the few days the file is in transit.
"""

from __future__ import annotations

import secrets

from antiviolenza_desktop.domain.access.recovery_key import ALPHABET
from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    OneTimeCodeMalformed,
    OneTimeCodeTypo,
)

CODE_BYTES = 10
GROUPS = 4
GROUP_DATA = 4
GROUP_SIZE = GROUP_DATA + 1
_READ_ALIASES = {"O": "0", "I": "1", "L": "1"}


def _check_char(position: int, group: str) -> str:
    """Luhn mod 32 over the group, shifted by its position: every single mistyped character
    and every swap of neighbouring characters or of whole groups changes it."""
    total, factor = 0, 2
    for char in reversed(group):
        addend = factor * ALPHABET.index(char)
        total += addend // 32 + addend % 32
        factor = 3 - factor
    return ALPHABET[(-total + 7 * position) % 32]


def _encode(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(len(raw) * 8 // 5)))


def new_one_time_code() -> str:
    """A fresh code, formatted for reading aloud: `ABCD7-EFGH2-...`."""
    return format_one_time_code(secrets.token_bytes(CODE_BYTES))


def format_one_time_code(raw: bytes) -> str:
    if len(raw) != CODE_BYTES:
        raise ValueError("a one-time code is exactly 10 bytes")
    data = _encode(raw)
    groups = []
    for position in range(GROUPS):
        chunk = data[position * GROUP_DATA : (position + 1) * GROUP_DATA]
        groups.append(chunk + _check_char(position + 1, chunk))
    return "-".join(groups)


def normalise_one_time_code(typed: str) -> str:
    """The canonical form of a typed code (the KDF's input), after checking every group.

    Case, spaces and dashes do not matter; O/I/L read as 0/1/1. Raises OneTimeCodeMalformed
    for a wrong length and OneTimeCodeTypo naming the first group whose check fails.
    """
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    cleaned = "".join(_READ_ALIASES.get(ch, ch) for ch in cleaned)
    if len(cleaned) != GROUPS * GROUP_SIZE:
        raise OneTimeCodeMalformed(
            field="code", groups=GROUPS, size=GROUP_SIZE, found=len(cleaned) // GROUP_SIZE
        )
    groups = [cleaned[i * GROUP_SIZE : (i + 1) * GROUP_SIZE] for i in range(GROUPS)]
    for position, group in enumerate(groups, 1):
        chunk, check = group[:GROUP_DATA], group[GROUP_DATA]
        if any(ch not in ALPHABET for ch in group) or _check_char(position, chunk) != check:
            raise OneTimeCodeTypo(field="code", group=position)
    return "-".join(groups)
