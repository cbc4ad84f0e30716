"""Finding the files shipped in `resources/`, in a source checkout or inside an installed wheel
(pyproject force-includes `resources/` as `antiviolenza_desktop/resources`)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve()
RESOURCE_ROOTS = (_HERE.parents[1] / "resources", _HERE.parents[3] / "resources")


def resource_candidates(*parts: str) -> tuple[Path, ...]:
    return tuple(root.joinpath(*parts) for root in RESOURCE_ROOTS)


def find_resource(*parts: str) -> Path | None:
    """The first existing copy of resources/<parts>, or None."""
    return next((path for path in resource_candidates(*parts) if path.exists()), None)
