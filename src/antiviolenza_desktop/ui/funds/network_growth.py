"""Line 1's network growth in words, for the Ambito's register and the provincial view alike.

Both show `domain.exchange.province_registers.NetworkProvince`: the organisations in the network
now, those at the end of the card's month (the baseline) and the growth against the target;
without a baseline the growth is said to be not computable, and why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.domain.exchange.province_registers import NetworkProvince
from antiviolenza_desktop.domain.funds.cofinancing import month_label


def growth_text(network: NetworkProvince) -> str:
    """The baseline and the growth over it (or why it cannot be computed), one sentence."""
    month = month_label(network.baseline_month)
    if network.growth_percent is None:
        return QCoreApplication.translate(
            "network_growth",
            "Crescita non calcolabile: nessuna organizzazione risulta nella rete a "
            "fine %1 (mese della scheda), la base dell'obiettivo.",
        ).replace("%1", month)
    outcome = (
        QCoreApplication.translate("network_growth", "obiettivo raggiunto")
        if network.target_reached
        else QCoreApplication.translate("network_growth", "obiettivo non ancora raggiunto")
    )
    return (
        QCoreApplication.translate(
            "network_growth", "A fine %1 erano %2: crescita %3 % (obiettivo +%4 %, cioè %5); %6."
        )
        .replace("%1", month)
        .replace("%2", str(network.baseline))
        .replace("%3", str(network.growth_percent))
        .replace("%4", str(network.growth_target_percent))
        .replace("%5", str(network.target_members))
        .replace("%6", outcome)
    )
