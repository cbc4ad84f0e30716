"""The provincial training and network figures, from the newest snapshot of each Ambito.

Network growth is line 1's promise («ampliare la Rete territoriale anti violenza del 10%»,
target `network_growth` of the programme). The baseline is the organisations that were
members at the end of the card's month (the programme has no start date of its own; the card
describes the network it wants to enlarge): every snapshot carries the joinings and leavings
per month, so both the baseline and today's count come from the newest snapshot alone and do
not depend on when the first bundle arrived. An organisation that belongs to the network
through two Ambiti is counted in each (the bundles carry counts, not names).

Training: sessions, hours and participants per Ambito and for the province.

`growth_message` says the growth in words as one keyed message (`domain.messages`), which the
Ambito's register, the capofila's view and the report render each in their own way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from antiviolenza_desktop.domain.funds.cofinancing import month_label
from antiviolenza_desktop.domain.funds.network_training import KIND_CODES
from antiviolenza_desktop.domain.messages import Message, MessageKind
from antiviolenza_desktop.domain.payload.snapshot import NetworkFigures, Snapshot
from antiviolenza_desktop.domain.programme.model import Programme

NETWORK_TARGET = "network_growth"
GROWTH_CONTEXT = "network_growth"
_GROWTH = (
    "A fine {month} erano {baseline}: crescita {growth} % (obiettivo +{target} %, cioè {needed}); "
)
GROWTH_REACHED = MessageKind(
    "rete_obiettivo_raggiunto", _GROWTH + "obiettivo raggiunto.", GROWTH_CONTEXT
)
GROWTH_NOT_REACHED = MessageKind(
    "rete_obiettivo_non_raggiunto", _GROWTH + "obiettivo non ancora raggiunto.", GROWTH_CONTEXT
)
GROWTH_NOT_COMPUTABLE = MessageKind(
    "rete_crescita_non_calcolabile",
    "Crescita non calcolabile: nessuna organizzazione risulta nella rete a fine {month} (mese "
    "della scheda), la base dell'obiettivo.",
    GROWTH_CONTEXT,
)


@dataclass(frozen=True, slots=True)
class NetworkProvince:
    """Members now per kind (all Ambiti), the baseline at the card's month, the target."""

    members: tuple[tuple[str, int], ...]
    baseline_month: str
    baseline: int
    growth_target_percent: int | None

    @property
    def total(self) -> int:
        return sum(count for _, count in self.members)

    @property
    def growth_percent(self) -> int | None:
        """Growth over the baseline, whole percent rounded down; None without a baseline."""
        if self.baseline == 0:
            return None
        return (self.total - self.baseline) * 100 // self.baseline

    @property
    def target_members(self) -> int | None:
        """Members needed to reach the target (baseline + target %, rounded up)."""
        if self.growth_target_percent is None or self.baseline == 0:
            return None
        return -(-self.baseline * (100 + self.growth_target_percent) // 100)

    @property
    def target_reached(self) -> bool | None:
        target = self.target_members
        return None if target is None else self.total >= target


def growth_message(network: NetworkProvince) -> Message:
    """The baseline and the growth over it against the target, or why it cannot be computed."""
    month = month_label(network.baseline_month)
    if network.growth_percent is None:
        return GROWTH_NOT_COMPUTABLE(month=month)
    kind = GROWTH_REACHED if network.target_reached else GROWTH_NOT_REACHED
    return kind(
        month=month,
        baseline=network.baseline,
        growth=network.growth_percent,
        target=network.growth_target_percent or 0,
        needed=network.target_members or 0,
    )


@dataclass(frozen=True, slots=True)
class TrainingAmbito:
    """One Ambito's training in its newest snapshot (every action, every month)."""

    ambito: str
    name: str
    sessions: int
    minutes: int
    participants: int


def network_growth(networks: Iterable[NetworkFigures], programme: Programme) -> NetworkProvince:
    """Members per kind, baseline and target of these networks together: the province's (one
    per Ambito's newest snapshot) or one Ambito's own register (the «Formazione e rete» tab)."""
    members = dict.fromkeys(KIND_CODES, 0)
    month = f"{programme.card_date:%Y-%m}"
    baseline = 0
    for network in networks:
        for kind, count in network.members:
            members[kind] += count
        baseline += network.members_at(month)
    target = next((t.value for t in programme.targets if t.code == NETWORK_TARGET), None)
    return NetworkProvince(tuple(members.items()), month, baseline, target)


def network_province(snapshots: Mapping[str, Snapshot], programme: Programme) -> NetworkProvince:
    return network_growth((snapshot.network for snapshot in snapshots.values()), programme)


def training_by_ambito(
    snapshots: Mapping[str, Snapshot], programme: Programme
) -> tuple[TrainingAmbito, ...]:
    """Every Ambito of the programme in card order (zeros when nothing was received)."""
    rows = []
    for ambito in programme.ambiti:
        months = snapshots[ambito.code].training if ambito.code in snapshots else ()
        rows.append(
            TrainingAmbito(
                ambito.code,
                ambito.name,
                sum(m.sessions for m in months),
                sum(m.minutes for m in months),
                sum(count for m in months for _, count in m.participants),
            )
        )
    return tuple(rows)
