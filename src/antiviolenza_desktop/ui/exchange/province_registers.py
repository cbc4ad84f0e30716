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
from antiviolenza_desktop.domain.funds.cofinancing import format_minutes
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table
from antiviolenza_desktop.ui.funds.network_dialogs import kind_names
from antiviolenza_desktop.ui.funds.network_growth import growth_text


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

    def show_totals(self, totals: ProvincialTotals) -> None:
        network = totals.network
        if network is not None:
            head = self.tr("Organizzazioni nella rete: %1.").replace("%1", str(network.total))
            self.network.setText(f"{head} {growth_text(network)}")
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
