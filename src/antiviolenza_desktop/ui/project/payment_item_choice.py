"""The payment dialog's optional «Per l'intervento» choice, and how a ledger row names it.

The items offered are those of the project revision the commitment came from that the
commitment's fund pays (`operations.funds_reading.payable_items`), read on the background
runner when the dialog opens; «— nessuno —» stays first, so a payment need not name any. The
service checks the choice again (same case, same fund, in the project) before anything is
written.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.payment_items import (
    PayableItem,
    PaymentItemRef,
    item_place,
)
from antiviolenza_desktop.operations.funds_reading import payable_items
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.project.fields import vocabulary_label_of

_VOCABULARY: dict[str, tuple[Option, ...]] = {
    "work.interventions": opt.ACTIVE_INTERVENTIONS,
    "passive_supports": opt.PASSIVE_SUPPORTS,
    "housing.monthly_costs": opt.HOUSING_COST_KINDS,
    "housing.entry_costs": opt.HOUSING_COST_KINDS,
}


def item_text(item: PayableItem) -> str:
    """«2. certificazione delle competenze»: its place in its list and what it is."""
    label = vocabulary_label_of(_VOCABULARY[item.list_name], item.kind)
    return f"{item.number}. {label}"


def item_link_text(key: str) -> str:
    """How a ledger row names the item it pays, from its key alone."""
    place = item_place(key)
    if place is None:
        return key
    nouns = {
        "work.interventions": QCoreApplication.translate("payment_items", "per l'intervento n. %1"),
        "passive_supports": QCoreApplication.translate("payment_items", "per il sostegno n. %1"),
        "housing.monthly_costs": QCoreApplication.translate(
            "payment_items", "per il costo abitativo n. %1"
        ),
        "housing.entry_costs": QCoreApplication.translate(
            "payment_items", "per la spesa di ingresso n. %1"
        ),
    }
    return nouns[place[0]].replace("%1", str(place[1]))


class PaymentItemChoice(QComboBox):
    """«— nessuno —» then the project items the commitment's fund pays."""

    def __init__(self) -> None:
        super().__init__()
        self.case_id: int | None = None
        self.addItem(QCoreApplication.translate("payment_items", "— nessuno —"), None)
        self.setMinimumWidth(300)

    def load(
        self, opened: OpenStore, runner: BackgroundRunner, commitment_seq: int, case_id: int
    ) -> None:
        self.case_id = case_id

        def show(items: tuple[PayableItem, ...]) -> None:
            if not shiboken6.isValid(self):
                return  # the dialog was closed before the list arrived
            for item in items:
                self.addItem(item_text(item), item.key)
            self.setEnabled(bool(items))

        def failed(_error: AppError) -> None:
            if shiboken6.isValid(self):
                self.setEnabled(False)

        self.setEnabled(False)
        runner.run(lambda: payable_items(opened, commitment_seq), show, failed)

    def value(self) -> PaymentItemRef | None:
        key = self.currentData()
        if key is None or self.case_id is None:
            return None
        return PaymentItemRef(self.case_id, key)
