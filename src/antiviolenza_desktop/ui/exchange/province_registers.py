"""The network and training figures of the provincial view (bundle schema version 2).

Network: the organisations of the network in all Ambiti now, per kind, against line 1's
target (the baseline is the members at the end of the card's month, see
`domain.province_registers`); without a baseline the growth is said to be not computable, in
words. Training: per Ambito the sessions, their hours and the participants of its newest
bundle. Counts only: the capofila never sees an organisation's name or a session's topic.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.domain.exchange.province_registers import NetworkProvince
from antiviolenza_desktop.domain.funds.cofinancing import format_minutes, month_label
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table
from antiviolenza_desktop.ui.funds.network_dialogs import kind_names


class RegistersFigures(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.network = QLabel(wordWrap=True)
        self.network_table = compact_table(
            [self.tr("Tipo di ente"), self.tr("Organizzazioni")],
            self.tr("Rete territoriale per tipo di ente"),
            stretch=0,
        )
        self.training_table = compact_table(
            [self.tr("Ambito"), self.tr("Sessioni"), self.tr("Durata"), self.tr("Partecipanti")],
            self.tr("Formazione per Ambito"),
            stretch=0,
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.network)
        column.addWidget(self.network_table)
        column.addWidget(QLabel(self.tr("Formazione delle équipe (pacchetto più recente):")))
        column.addWidget(self.training_table)

    def _network_text(self, network: NetworkProvince) -> str:
        head = self.tr("Organizzazioni nella rete: %1.").replace("%1", str(network.total))
        month = month_label(network.baseline_month)
        if network.growth_percent is None:
            return " ".join(
                (
                    head,
                    self.tr(
                        "Crescita non calcolabile: nessuna organizzazione risulta nella rete a "
                        "fine %1 (mese della scheda), la base dell'obiettivo."
                    ).replace("%1", month),
                )
            )
        outcome = (
            self.tr("obiettivo raggiunto")
            if network.target_reached
            else self.tr("obiettivo non ancora raggiunto")
        )
        growth = (
            self.tr("A fine %1 erano %2: crescita %3 % (obiettivo +%4 %, cioè %5); %6.")
            .replace("%1", month)
            .replace("%2", str(network.baseline))
            .replace("%3", str(network.growth_percent))
            .replace("%4", str(network.growth_target_percent))
            .replace("%5", str(network.target_members))
            .replace("%6", outcome)
        )
        return f"{head} {growth}"

    def show_totals(self, totals: ProvincialTotals) -> None:
        network = totals.network
        if network is not None:
            self.network.setText(self._network_text(network))
            names = kind_names()
            fill_table(
                self.network_table,
                [[names[kind], str(count)] for kind, count in network.members if count],
                right_from=1,
            )
        fill_table(
            self.training_table,
            [
                [t.name, str(t.sessions), format_minutes(t.minutes), str(t.participants)]
                for t in totals.training
            ],
            right_from=1,
        )

    def clear(self) -> None:
        self.network.clear()
        self.network_table.setRowCount(0)
        self.training_table.setRowCount(0)
