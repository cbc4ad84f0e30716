"""Finding the files shipped in `resources/`, in a source checkout, inside an installed wheel
(pyproject force-includes `resources/` as `antiviolenza_desktop/resources`) or in the frozen
folder (the PyInstaller spec puts them at the same place), and the licence documents."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve()
RESOURCE_ROOTS = (_HERE.parents[1] / "resources", _HERE.parents[3] / "resources")


def resource_candidates(*parts: str) -> tuple[Path, ...]:
    return tuple(root.joinpath(*parts) for root in RESOURCE_ROOTS)


def find_resource(*parts: str) -> Path | None:
    """The first existing copy of resources/<parts>, or None."""
    return next((path for path in resource_candidates(*parts) if path.exists()), None)


def find_legal_document(name: str) -> Path | None:
    """LICENSE or THIRD-PARTY-NOTICES.txt: resources/legal/ in a build (the PyInstaller spec
    puts them there), else the repository root in a source checkout; None when neither."""
    return find_resource("legal", name) or next(
        (path for path in (_HERE.parents[3] / name,) if path.exists()), None
    )
