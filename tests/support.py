"""Constants and small helpers shared by the tests (synthetic credentials only)."""

from __future__ import annotations

import hashlib
from pathlib import Path

PASSWORD = "tegola-viola-fiume-capriolo"
OTHER_PASSWORD = "lanterna-gelso-ruscello-mirtillo"
LOGIN = "coord"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
