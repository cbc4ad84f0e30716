"""The coordinator's fund settings: this Ambito's share of a fund, and the per-woman cap where
the programme leaves it «configurabile» (the housing fund). One fund at a time, through
`fund_settings.configure_fund`, which refuses a share above the province's or below what is
already committed, and a cap below a woman's commitments; the refusal shows under its field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from antiviolenza_desktop.domain.funds.allocation import FundSetup
from antiviolenza_desktop.operations import fund_registers
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.funds.charts import fund_label
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.project.fields import MoneyEdit, hint


class FundSettingsDialog(WriteDialog):
    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        setups: Sequence[FundSetup],
        programme_caps: dict[str, int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Impostazioni dei fondi"), parent)
        self._opened = opened
        self.setups = {setup.fund: setup for setup in setups}
        self.programme_caps = programme_caps
        self.heading.setText(self.tr("Quota dell'Ambito e massimo per donna"))
        self.fund = QComboBox()
        for setup in setups:
            self.fund.addItem(fund_label(setup.fund), setup.fund)
        self.provincial = QLabel()
        self.rule = hint("")
        self.allocation = MoneyEdit()
        self.cap = MoneyEdit()
        self.cap.setPlaceholderText(self.tr("nessun massimo"))
        self.cap_hint = hint("")
        self.add_field("fund", self.tr("&Fondo"), self.fund)
        self.form.addRow(self.tr("Dotazione provinciale"), self.provincial)
        # The hints span the form: wrapped lines inside a field cell were cut at some widths.
        self.add_field("allocation", self.tr("&Stanziamento dell'Ambito (€)"), self.allocation)
        self.form.addRow(self.rule)
        self.add_field("cap_per_woman", self.tr("&Massimo per donna (€)"), self.cap)
        self.form.addRow(self.cap_hint)
        self.save_button.setText(self.tr("&Salva"))
        self.fund.currentIndexChanged.connect(self._show_fund)
        self._show_fund()

    def _show_fund(self) -> None:
        self.clear_problems()
        setup = self.setups[str(self.fund.currentData())]
        self.provincial.setText(format_money(setup.provincial_allocation))
        self.allocation.set_cents(setup.allocation)
        rules = {
            "parti_uguali": self.tr("Ora: parti uguali tra gli Ambiti che condividono il fondo."),
            "manuale": self.tr("Ora: quota fissata a mano."),
            "intero": self.tr("Ora: l'intera dotazione (archivio della capofila)."),
            "provincia": self.tr(
                "Gestito dalla Provincia per tutti gli Ambiti: non si ripartisce."
            ),
        }
        self.rule.setText(rules.get(setup.rule, setup.rule))
        fixed = self.programme_caps.get(setup.fund)
        self.cap.set_cents(setup.cap_per_woman)
        self.cap.setReadOnly(fixed is not None)
        self.cap_hint.setText(
            self.tr("Fissato dal programma.")
            if fixed is not None
            else self.tr("Il programma lo lascia agli atti regionali: vuoto = nessun massimo.")
        )
        self.fit_height()

    def submit(self) -> None:
        self.clear_problems()
        fund = str(self.fund.currentData())
        allocation = self.allocation.cents()
        if allocation is None:
            problem = self.allocation.problem() or self.tr("Indica lo stanziamento.")
            self.show_problem("allocation", problem)
            return
        cap = self.cap.cents()
        if cap is None and self.cap.problem():
            self.show_problem("cap_per_woman", self.cap.problem() or "")
            return
        if self.programme_caps.get(fund) is not None:
            cap = None  # the programme's cap stays: the service keeps it
        opened = self._opened
        self.run_write(lambda: fund_registers.configure_fund(opened, fund, allocation, cap))
