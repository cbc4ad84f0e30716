"""The copies on other media that still hold erased data, named for the coordinator.

Written with `backup --to` (a USB stick, another disk), they are out of the application's
reach: the medium may not even be attached. The erasure dialogs name each one (folder and
file, never personal data) so she knows what to delete by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.services.copies import OutsideCopy


def outside_copies_text(outside: list[OutsideCopy]) -> str:
    """A paragraph to append to a message ('' when there is none), one path per line."""
    if not outside:
        return ""
    heading = QCoreApplication.translate(
        "OutsideCopies", "Copie su altri supporti da cancellare a mano:"
    )
    return "\n\n" + heading + "".join(f"\n{copy.path}" for copy in outside)
