"""The application's icon (resources/icons, drawn as SVG and rendered to PNG by
tools/render_icons.py): PNGs at every size, so no SVG plugin is needed at run time."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from antiviolenza_desktop.services.resources import find_resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The icon at every shipped size; a null icon when resources/icons is missing."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = find_resource("icons", f"antiviolenza-{size}.png")
        if path is not None:
            icon.addFile(str(path))
    return icon
