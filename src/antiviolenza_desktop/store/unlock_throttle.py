"""A growing delay after wrong passwords that survives a restart, and is never a wipe.

The count lives in a small file beside the store (the database cannot be read without the key).
The first three mistakes cost nothing; then each one doubles the wait, up to five minutes.
The count is handed to the audit log at the next successful unlock.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.domain.store_errors import TooManyAttempts
from antiviolenza_desktop.store.atomic_files import write_atomically

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300


def attempts_path(database: Path) -> Path:
    return database.with_name(database.name + ".attempts")


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong attempts: 0 for three, then 1, 2, 4 ... 300."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_SECONDS))


@dataclass
class UnlockThrottle:
    database: Path
    clock: Callable[[], float] = time.time

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(attempts_path(self.database).read_text("utf-8"))
            return int(data["failures"]), float(data["last_failure"])
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def check(self) -> None:
        """Refuse, without deriving any key, while the current delay has not passed."""
        failures, last = self._read()
        remaining = delay_after(failures) - (self.clock() - last)
        if 0 < remaining <= MAX_DELAY_SECONDS:
            raise TooManyAttempts(failures=failures, seconds=int(remaining) + 1)

    def record_failure(self) -> None:
        failures, _ = self._read()
        payload = {"failures": failures + 1, "last_failure": self.clock()}
        write_atomically(attempts_path(self.database), json.dumps(payload).encode("ascii"))

    def reset(self) -> int:
        """Forget the failures after a successful unlock; return how many there were."""
        failures, _ = self._read()
        if failures:
            attempts_path(self.database).unlink(missing_ok=True)
        return failures
