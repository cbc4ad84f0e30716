"""What a payment may name: one item of her project that its fund pays.

A payment (erogazione) is made against a commitment of one fund; it may also say which item of
the project it pays: an active-policy intervention (Fondo politiche attive), an economic
support (Fondo politiche passive) or a housing cost (Fondo autonomia abitativa). The item is
named by its place in the revision the commitment came from (`work.interventions[1]`), which
never changes: a validated revision is frozen. The rule: the item must be in the project of the
commitment's own case and be paid by the commitment's fund; anything else is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, LedgerEntry
from antiviolenza_desktop.domain.project.model import (
    ACTIVE_FUND,
    HOUSING_FUND,
    PASSIVE_FUND,
    PrivateLease,
    ProjectDraft,
    TemporaryHousing,
)

_LISTS = (
    ("work.interventions", ACTIVE_FUND),
    ("passive_supports", PASSIVE_FUND),
    ("housing.monthly_costs", HOUSING_FUND),
    ("housing.entry_costs", HOUSING_FUND),
)
_KEY = re.compile(r"(?P<list>[a-z_.]+)\[(?P<index>\d+)\]")


@dataclass(frozen=True, slots=True)
class PayableItem:
    """One item of a project that a payment may name: `kind` is its project_options code,
    `number` its place (from 1) in its list, `key` how the ledger stores it."""

    key: str
    fund: str
    kind: str
    number: int

    @property
    def list_name(self) -> str:
        return self.key.split("[", 1)[0]


@dataclass(frozen=True, slots=True)
class PaymentItemRef:
    """The item a payment names: the case whose project holds it, and its key."""

    case_id: int
    key: str


class ItemNotInProject(AppError):
    code = "intervento_non_nel_progetto"
    template = (
        "L'intervento indicato non è nel progetto (revisione {revision}) dell'impegno n. {seq}: "
        "scegli un intervento dall'elenco."
    )


class ItemOfAnotherCase(AppError):
    code = "intervento_di_altro_caso"
    template = (
        "L'intervento indicato è nel progetto di un altro caso: un'erogazione sull'impegno "
        "n. {seq} paga solo interventi del progetto di quel caso."
    )


class ItemOfAnotherFund(AppError):
    code = "intervento_di_altro_fondo"
    template = (
        "L'intervento indicato è pagato dal {item_fund}, l'impegno n. {seq} è sul {fund}: "
        "scegli un intervento dello stesso fondo."
    )


def payable_items(draft: ProjectDraft) -> tuple[PayableItem, ...]:
    """Every item of the project a payment may name, in form order."""
    housing = draft.housing
    kinds = {
        "work.interventions": [item.kind for item in draft.interventions],
        "passive_supports": [support.kind for support in draft.passive_supports],
        "housing.monthly_costs": [
            cost.kind
            for cost in (housing.monthly_costs if isinstance(housing, TemporaryHousing) else ())
        ],
        "housing.entry_costs": [
            cost.kind for cost in (housing.entry_costs if isinstance(housing, PrivateLease) else ())
        ],
    }
    return tuple(
        PayableItem(f"{name}[{index}]", fund, kind, index + 1)
        for name, fund in _LISTS
        for index, kind in enumerate(kinds[name])
    )


def item_place(key: str) -> tuple[str, int] | None:
    """(list name, number from 1) of an item key, for showing it without its project; None
    for a key of another shape."""
    found = _KEY.fullmatch(key)
    if found is None or found["list"] not in dict(_LISTS):
        return None
    return found["list"], int(found["index"]) + 1


def check_payment_item(
    ref: PaymentItemRef,
    *,
    commitment: LedgerEntry,
    draft: ProjectDraft | None,
    revision: int | None,
) -> PayableItem:
    """The item `ref` names, if a payment on `commitment` may name it; `draft` is the project
    revision `revision` the commitment came from (None when the case has none). Raises
    ItemOfAnotherCase, ItemNotInProject, ItemOfAnotherFund."""
    if ref.case_id != commitment.case_id:
        raise ItemOfAnotherCase("intervention", seq=commitment.seq)
    items = {item.key: item for item in payable_items(draft)} if draft is not None else {}
    item = items.get(ref.key)
    if item is None:
        shown = "—" if revision is None else str(revision)
        raise ItemNotInProject("intervention", seq=commitment.seq, revision=shown)
    if item.fund != commitment.fund:
        raise ItemOfAnotherFund(
            "intervention",
            seq=commitment.seq,
            item_fund=FUND_LABELS[item.fund],
            fund=FUND_LABELS[commitment.fund],
        )
    return item
