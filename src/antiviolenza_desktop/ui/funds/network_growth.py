"""Line 1's network growth in words, for the Ambito's register and the provincial view alike.

Both show `domain.exchange.province_registers.NetworkProvince`; the sentence is the domain's
keyed `growth_message` (the baseline at the card's month and the growth against the target, or
why it cannot be computed), rendered in the UI's language by `ui.messages`.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.exchange.province_registers import (
    NetworkProvince,
    growth_message,
)
from antiviolenza_desktop.ui.messages import message_text


def growth_text(network: NetworkProvince) -> str:
    """The baseline and the growth over it (or why it cannot be computed), one sentence."""
    return message_text(growth_message(network))
