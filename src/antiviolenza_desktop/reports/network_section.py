"""The report's «Rete territoriale e formazione»: line 1's network growth and who was trained.

Line 1 promises to «ampliare la Rete territoriale anti violenza del 10%»; the card names the
bodies whose joining counts (the kinds of body, `domain.funds.network_training.BODY_KINDS`).
Per kind: the organisations at the end of the card's month (the growth's baseline, as in
`domain.exchange.province_registers`), those now, and the training participants (action 3.4
and any other). Built from network and training figures alone — the Ambito's own registers or
the newest snapshot of each Ambito at the capofila — so the section never holds a name or a
session's topic, and the two reports compute it by the same function.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from antiviolenza_desktop.domain.exchange.province_registers import (
    NetworkProvince,
    growth_message,
    network_growth,
)
from antiviolenza_desktop.domain.funds.cofinancing import format_minutes, month_label
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS, KIND_CODES
from antiviolenza_desktop.domain.payload.registers import network_figures, training_months
from antiviolenza_desktop.domain.payload.snapshot import NetworkFigures, TrainingMonth
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.services.exchange_registers import members_in_force, training_in_force
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

from .report_labels import report_label

REACHED = "obiettivo raggiunto"
NOT_REACHED = "obiettivo non ancora raggiunto"


@dataclass(frozen=True, slots=True)
class NetworkKindRow:
    """One kind of body: members at the baseline and now, training participants."""

    kind: str
    label: str
    at_baseline: int
    now: int
    trained: int


@dataclass(frozen=True, slots=True)
class NetworkSection:
    rows: tuple[NetworkKindRow, ...]
    growth: NetworkProvince
    sessions: int
    minutes: int

    @property
    def trained(self) -> int:
        return sum(row.trained for row in self.rows)


def network_section(
    networks: Iterable[NetworkFigures], training: Iterable[TrainingMonth], programme: Programme
) -> NetworkSection:
    """The section of these networks and training months together (every kind, in order)."""
    networks = tuple(networks)
    growth = network_growth(networks, programme)
    baseline = dict.fromkeys(KIND_CODES, 0)
    for network in networks:
        for kind, count in network.kinds_at(growth.baseline_month).items():
            baseline[kind] += count
    trained = dict.fromkeys(baseline, 0)
    sessions = minutes = 0
    for month in training:
        sessions += month.sessions
        minutes += month.minutes
        for kind, count in month.participants:
            trained[kind] += count
    now = dict(growth.members)
    rows = tuple(
        NetworkKindRow(code, label, baseline[code], now[code], trained[code])
        for code, label in BODY_KINDS
    )
    return NetworkSection(rows, growth, sessions, minutes)


def store_network_section(uow: UnitOfWork, programme: Programme) -> NetworkSection:
    """This store's own registers, as its bundle would carry them (rows in force only)."""
    return network_section(
        (network_figures(members_in_force(uow)),),
        training_months(training_in_force(uow)),
        programme,
    )


def growth_sentence(section: NetworkSection) -> str:
    """The baseline, today's members and the growth against the target, or why not."""
    growth = section.growth
    month = month_label(growth.baseline_month)
    if growth.growth_percent is None:  # today's count, then the domain's reason
        return f"{report_label('rete_oggi', growth.total)} {growth_message(growth).text}"
    return report_label(
        "rete_crescita",
        growth.baseline,
        month=month,
        now=growth.total,
        growth=growth.growth_percent,
        target=growth.growth_target_percent,
        target_members=growth.target_members,
        outcome=REACHED if growth.target_reached else NOT_REACHED,
    )


def training_sentence(section: NetworkSection) -> str:
    return report_label(
        "rete_formazione",
        section.sessions,
        duration=format_minutes(section.minutes),
        trained=section.trained,
    )
