"""Memory-hard derivation of slot keys from passwords (Argon2id from `cryptography`).

The parameters live in each slot, so a store created on a fast laptop still opens on a slow
one, and raising the cost later only needs new slots. Creation calibrates the cost so one unlock
takes 0.5–1 s on the machine at hand, never below the floor m = 64 MiB, t = 3.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
DEFAULT_LANES = 2
SALT_BYTES = 16
TARGET_SECONDS = (0.5, 1.0)


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def is_at_least_floor(self) -> bool:
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.iterations >= FLOOR_ITERATIONS

    def is_within_bounds(self) -> bool:
        """Parameters this application could have written (a read slot must satisfy it)."""
        return (
            self.is_at_least_floor()
            and self.memory_kib <= MAX_MEMORY_KIB
            and self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= MAX_LANES
        )


FLOOR_PARAMS = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, DEFAULT_LANES)


def normalise_secret(secret: str) -> bytes:
    """NFC, so the same password typed on another keyboard layout derives the same key."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def measure(params: KdfParams) -> float:
    started = time.perf_counter()
    derive(b"calibration", new_salt(), params)
    return time.perf_counter() - started


def calibrate(target_low: float = TARGET_SECONDS[0]) -> tuple[KdfParams, float]:
    """Grow memory (then iterations) from the floor until one derivation takes `target_low` s.

    Memory doubles up to 1 GiB (256 MiB reaches 0.5 s on the 2-core reference machine); slower
    machines stop earlier, faster ones then add iterations (at most MAX_ITERATIONS).
    """
    params = FLOOR_PARAMS
    seconds = measure(params)
    while seconds < target_low:
        if params.memory_kib * 2 <= MAX_MEMORY_KIB:
            params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        elif params.iterations < MAX_ITERATIONS:
            params = KdfParams(params.memory_kib, params.iterations + 1, params.lanes)
        else:
            break
        seconds = measure(params)
    return params, seconds
