"""The Progetto personalizzato as typed: goals, referent and the three paths, nothing checked.

These frozen dataclasses are the whole content of one revision of a project. The rules that
check them (caps, the allowance rule, what validation needs) live in `project`, which also
re-exports every name here, so callers import the project from one module. All money is
integer cents; coded fields hold the codes of `project_options`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from antiviolenza_desktop.domain.money import Cents


@dataclass(frozen=True, slots=True)
class ActiveIntervention:
    """An active-policy intervention of the work path, paid by the Fondo politiche attive."""

    kind: str
    provider: str = "cpi"
    planned_cost: Cents = 0
    start: date | None = None
    end: date | None = None
    status: str = "planned"


@dataclass(frozen=True, slots=True)
class PassiveSupport:
    """Economic support; `linked_intervention` is an index into the work path's interventions."""

    kind: str
    amount: Cents = 0
    period_from: date | None = None
    period_to: date | None = None
    linked_intervention: int | None = None


@dataclass(frozen=True, slots=True)
class WorkPath:
    """The work path agreed with the CPI (Patto di Servizio Personalizzato, DID, services)."""

    cpi_office: str = ""
    service_pact_on: date | None = None
    did_on: date | None = None
    interventions: tuple[ActiveIntervention, ...] = ()


@dataclass(frozen=True, slots=True)
class HousingCost:
    """One cost of the housing path: monthly for path a, one-off for path b."""

    kind: str
    amount: Cents


@dataclass(frozen=True, slots=True)
class TemporaryHousing:
    """Path a: temporary housing service; the fund covers rent, condominium fees, utilities
    for `months`; further costs are the co-payment of her municipality of residence."""

    path: ClassVar[str] = "a"
    code: ClassVar[str] = "a_temporary"
    kind: str = ""
    monthly_costs: tuple[HousingCost, ...] = ()
    months: int = 0
    municipality_copayment: Cents = 0
    copayment_covers: str = ""

    @property
    def fund_total(self) -> Cents:
        return sum(cost.amount for cost in self.monthly_costs) * self.months


@dataclass(frozen=True, slots=True)
class PrivateLease:
    """Path b: a new lease on the private market; the fund covers the entry costs.

    The lease itself: who lets the home as a role (`project_options.LANDLORD_ROLES`, never a
    person's name; `landlord_note` is free text the name guard checks), the monthly rent she
    pays (cents, None until known) and the contract's dates."""

    path: ClassVar[str] = "b"
    code: ClassVar[str] = "b_private_lease"
    entry_costs: tuple[HousingCost, ...] = ()
    controlled_rent: bool = False
    found_by: str = ""
    landlord_role: str = ""
    landlord_note: str = ""
    monthly_rent: Cents | None = None
    contract_start: date | None = None
    contract_end: date | None = None

    @property
    def fund_total(self) -> Cents:
        return sum(cost.amount for cost in self.entry_costs)


@dataclass(frozen=True, slots=True)
class ProjectDraft:
    """The whole project as typed; nothing is checked here. `lines` are `intake_options.LINES`
    codes. Who approves it is not typed: the équipe signs each act (`domain.project.signoff`);
    a stored document's old `approvers` key is ignored when read (migration 0018 moved it)."""

    goals: tuple[str, ...] = ()
    referent: str = ""
    lines: frozenset[str] = frozenset()
    work: WorkPath | None = None
    passive_supports: tuple[PassiveSupport, ...] = ()
    housing: TemporaryHousing | PrivateLease | None = None

    @property
    def interventions(self) -> tuple[ActiveIntervention, ...]:
        return self.work.interventions if self.work else ()
