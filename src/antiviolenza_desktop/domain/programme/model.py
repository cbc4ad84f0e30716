"""The programme model: what the Region funded, for whom, with how much money and when.

A programme (lines of action, their actions with regional money A and co-financing B, the
funds with their per-woman caps, the timeline, the targets, the Ambiti and the CAV) is data:
another year or another province is a new file in `resources/programmes/`, not new code.
These frozen dataclasses are what the rest of the program reads once a file has passed
`programme_validation.validate_programme`. Printed figures are kept as printed, even when the
card contradicts itself: the validator reports the contradiction, nothing here corrects it.
All money is in integer cents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from antiviolenza_desktop.domain.money import Cents

_Coded = TypeVar("_Coded", "Line", "Action", "Fund", "Ambito")

ROLE_BASIS = "base"
"""`LegalReference.role` of a citation that claims to be the act the programme is based on."""

ROLE_OTHER = "altro"
"""`LegalReference.role` of any other act the card cites (laws on housing, leases, signature)."""

MANAGED_BY_AMBITI = "ambiti"
"""`Fund.managed_by` of a fund each Ambito commits and pays from its own store (split)."""

MANAGED_BY_PROVINCIA = "provincia"
"""`Fund.managed_by` of a fund the Provincia commits and pays: kept in the capofila's register
of the Provincia, never split among the Ambiti (see docs/provincia.md)."""

MANAGERS: tuple[str, ...] = (MANAGED_BY_AMBITI, MANAGED_BY_PROVINCIA)


@dataclass(frozen=True, slots=True)
class LegalReference:
    """An act cited by the card, kept as printed so a mistyped number can be noticed."""

    kind: str
    number: str
    year: int
    role: str
    where: str
    day: date | None = None
    article: str | None = None

    def label(self) -> str:
        """Italian citation, e.g. `d.g.r. n. 6947 del 24/07/2017` or `l.r. n. 16/2016`."""
        text = f"{self.kind} n. {self.number}"
        text += f" del {self.day:%d/%m/%Y}" if self.day else f"/{self.year}"
        return f"{text}, {self.article}" if self.article else text


@dataclass(frozen=True, slots=True)
class Ambito:
    """A territorial district: its capofila body and the entity that runs its services."""

    code: str
    name: str
    capofila: str
    managing_entity: str


@dataclass(frozen=True, slots=True)
class Cav:
    """A centro antiviolenza of the network: the only bodies that refer women to the équipe."""

    code: str
    name: str
    town: str


@dataclass(frozen=True, slots=True)
class Fund:
    """A pot of regional money reserved for women's projects, drawn from one action.

    `cap_per_woman` is None when the card leaves the per-woman threshold to regional acts
    (configurable elsewhere). `ambiti` lists the Ambiti that share the allocation; the split
    rule is not on the card, so it is configuration, not programme data. `printed_recipients`
    pairs an Ambito code with the body the card names as receiving that Ambito's share.
    `managed_by` says which party commits and pays it (`MANAGERS`): the rule is data.
    """

    code: str
    name: str
    managing_entity: str
    action: str
    allocation: Cents
    cap_per_woman: Cents | None
    ambiti: tuple[str, ...] = ()
    interventions: tuple[str, ...] = ()
    printed_recipients: tuple[tuple[str, str], ...] = ()
    managed_by: str = MANAGED_BY_AMBITI


@dataclass(frozen=True, slots=True)
class Provincia:
    """The Provincia as a party of the network: it runs the CPI, manages the funds whose
    `managed_by` is `provincia`, and its staff hours are co-financing of `cofinancing_lines`."""

    name: str
    service: str
    cofinancing_lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Action:
    """One row of a budget table: regional money A, co-financing B and the total as printed.

    `code` is unique in the programme; `printed_code` is the number on the card, which may
    repeat (the card has two rows numbered 3.2, one per fund).
    """

    code: str
    printed_code: str
    name: str
    line: str
    amount_a: Cents
    amount_b: Cents
    printed_total: Cents
    months: tuple[int, ...]
    funds: tuple[str, ...] = ()

    @property
    def total(self) -> Cents:
        """A + B: the figure every sum uses, whatever the card printed as the row total."""
        return self.amount_a + self.amount_b


@dataclass(frozen=True, slots=True)
class Line:
    """A line of action (work insertion, housing autonomy) with its printed totals."""

    code: str
    name: str
    regional_action: int
    total_a: Cents
    total_b: Cents
    total: Cents
    target_women: int
    priority_criteria: tuple[str, ...]
    cofinancing_source: str
    actions: tuple[Action, ...]


@dataclass(frozen=True, slots=True)
class Target:
    """A result the programme promises beyond the number of women of a line."""

    code: str
    description: str
    value: int
    unit: str
    line: str | None = None


@dataclass(frozen=True, slots=True)
class ContextFigure:
    """A figure the card gives as context for its choices (women taken in charge, ...)."""

    code: str
    description: str
    value: int
    period: str
    line: str | None = None


@dataclass(frozen=True, slots=True)
class Programme:
    """A whole programme card, as data."""

    id: str
    title: str
    basis: LegalReference
    legal_references: tuple[LegalReference, ...]
    card_date: date
    duration_months: int
    capofila: str
    total_a: Cents
    total_b: Cents
    total: Cents
    lines: tuple[Line, ...]
    funds: tuple[Fund, ...]
    ambiti: tuple[Ambito, ...]
    cav: tuple[Cav, ...]
    targets: tuple[Target, ...] = ()
    context: tuple[ContextFigure, ...] = ()
    provincia: Provincia | None = None
    start_date: date | None = None
    """The first day of month 1 (`data_avvio`); None in a file written before the key existed,
    whose months then stay numbers (domain.programme.calendar needs a start)."""

    @property
    def actions(self) -> tuple[Action, ...]:
        """Every action of every line, in card order."""
        return tuple(action for line in self.lines for action in line.actions)

    def line(self, code: str) -> Line:
        """The line with this code; KeyError if there is none."""
        return _by_code(self.lines, code)

    def action(self, code: str) -> Action:
        """The action with this (unique) code; KeyError if there is none."""
        return _by_code(self.actions, code)

    def fund(self, code: str) -> Fund:
        """The fund with this code; KeyError if there is none."""
        return _by_code(self.funds, code)

    def funds_managed_by(self, manager: str) -> tuple[Fund, ...]:
        """The funds `manager` (one of `MANAGERS`) commits and pays, in card order."""
        return tuple(fund for fund in self.funds if fund.managed_by == manager)

    def ambito(self, code: str) -> Ambito:
        """The Ambito with this code; KeyError if there is none."""
        return _by_code(self.ambiti, code)


def _by_code(items: tuple[_Coded, ...], code: str) -> _Coded:
    for item in items:
        if item.code == code:
            return item
    raise KeyError(code)
