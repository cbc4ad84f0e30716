"""Each store's share of a fund, and the per-woman cap where the card leaves it open.

The card gives each fund's allocation for the whole province and says the housing fund is
split «tra gli Enti capofila degli Ambiti», but not how. So the split is configuration: by
default equal shares among the Ambiti the fund names (all Ambiti when it names none), to the
cent, with the leftover cents going to the first Ambiti in card order so the shares add up
exactly; the coordinator may set her Ambito's share by hand (rule `manuale`). The capofila's
store sees the whole provincial allocation. The per-woman cap «configurabile» of the housing
fund is set the same way; until it is set, no cap is checked on that fund.

A fund the programme gives to the Provincia (`gestione = "provincia"`, the active fund) is not
split: by default every store sees the whole allocation under rule `provincia` (the Provincia
draws on one provincial pot for the women of every Ambito). The Provincia commits and pays it
in the capofila's register; what an Ambito records on it are the amounts its projects agreed
with the CPI, and a coordinator may still cap them by hand (rule `manuale`), as before
(docs/provincia.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme.model import MANAGED_BY_PROVINCIA, Programme
from antiviolenza_desktop.domain.project.model import Caps

RULE_EQUAL = "parti_uguali"
RULE_MANUAL = "manuale"
RULE_WHOLE = "intero"
RULE_PROVINCIA = "provincia"
RULES: tuple[str, ...] = (RULE_EQUAL, RULE_MANUAL, RULE_WHOLE, RULE_PROVINCIA)


@dataclass(frozen=True, slots=True)
class FundSetup:
    """One fund as this store sees it."""

    fund: str
    allocation: Cents
    rule: str
    cap_per_woman: Cents | None
    provincial_allocation: Cents


@dataclass(frozen=True, slots=True)
class FundOverride:
    """What the coordinator set for a fund (a row of the store's fund settings)."""

    allocation: Cents
    rule: str
    cap_per_woman: Cents | None


class AllocationBelowCommitments(AppError):
    code = "stanziamento_sotto_impegni"
    template = (
        "Lo stanziamento del {fund_label} non può scendere a {allocation}: sono già impegnati "
        "{committed}. Storna prima gli impegni in eccesso."
    )


class AllocationAboveProvince(AppError):
    code = "stanziamento_oltre_dotazione"
    template = (
        "Lo stanziamento del {fund_label} ({allocation}) supera la dotazione provinciale del "
        "fondo ({provincial})."
    )


class CapBelowCommitments(AppError):
    code = "massimale_sotto_impegni"
    template = (
        "Il massimo per donna del {fund_label} non può scendere a {cap}: il caso {case} ha già "
        "impegni per {committed}."
    )


class CapFixedByProgramme(AppError):
    code = "massimale_fissato_dal_programma"
    template = (
        "Il massimo per donna del {fund_label} è fissato dal programma ({cap}) e non si cambia qui."
    )


class CapNotPositive(AppError):
    code = "massimale_non_positivo"
    template = "Il massimo per donna deve essere un importo positivo (scritto: {cap})."


def equal_shares(total: Cents, ambiti: Sequence[str]) -> dict[str, Cents]:
    """`total` split into equal shares to the cent; the first Ambiti take the leftover cents."""
    base, leftover = divmod(total, len(ambiti))
    return {code: base + (1 if index < leftover else 0) for index, code in enumerate(ambiti)}


def sharing_ambiti(programme: Programme, fund: str) -> tuple[str, ...]:
    """The Ambiti that share a fund: those it names, or every Ambito of the programme."""
    named = programme.fund(fund).ambiti
    return named or tuple(ambito.code for ambito in programme.ambiti)


def default_setup(programme: Programme, fund: str, store_ambito: str | None) -> FundSetup:
    """The fund as a store sees it before anyone configures it. `store_ambito` None is the
    capofila, which sees the whole province."""
    definition = programme.fund(fund)
    provincial = definition.allocation
    cap = definition.cap_per_woman
    if definition.managed_by == MANAGED_BY_PROVINCIA:
        return FundSetup(fund, provincial, RULE_PROVINCIA, cap, provincial)
    ambiti = sharing_ambiti(programme, fund)
    if store_ambito is None or store_ambito not in ambiti:
        share = provincial if store_ambito is None else 0
        return FundSetup(fund, share, RULE_WHOLE, cap, provincial)
    share = equal_shares(provincial, ambiti)[store_ambito]
    return FundSetup(fund, share, RULE_EQUAL, cap, provincial)


def fund_setups(
    programme: Programme, store_ambito: str | None, overrides: Mapping[str, FundOverride]
) -> tuple[FundSetup, ...]:
    """Every fund of the ledger as this store sees it, in fund order."""
    setups = []
    for fund in FUND_LABELS:
        default = default_setup(programme, fund, store_ambito)
        override = overrides.get(fund)
        if override is None:
            setups.append(default)
            continue
        cap = default.cap_per_woman if default.cap_per_woman is not None else override.cap_per_woman
        setups.append(
            FundSetup(fund, override.allocation, override.rule, cap, default.provincial_allocation)
        )
    return tuple(setups)


def allocations_of(setups: Sequence[FundSetup]) -> dict[str, Cents]:
    return {setup.fund: setup.allocation for setup in setups}


def caps_of(setups: Sequence[FundSetup]) -> Caps:
    by_fund = {setup.fund: setup.cap_per_woman for setup in setups}
    return Caps(
        active=by_fund.get("active_policies"),
        passive=by_fund.get("passive_policies"),
        housing=by_fund.get("housing_autonomy"),
    )


def check_override(
    setup: FundSetup,
    override: FundOverride,
    *,
    fund_committed: Cents,
    largest_case: tuple[str, Cents] | None,
    programme_cap: Cents | None,
) -> None:
    """Refuse a setting that the ledger already contradicts, naming the amounts."""
    label = FUND_LABELS[setup.fund]
    if override.allocation > setup.provincial_allocation:
        raise AllocationAboveProvince(
            "allocation",
            fund_label=label,
            allocation=format_eur(override.allocation),
            provincial=format_eur(setup.provincial_allocation),
        )
    if override.allocation < fund_committed:
        raise AllocationBelowCommitments(
            "allocation",
            fund_label=label,
            allocation=format_eur(override.allocation),
            committed=format_eur(fund_committed),
        )
    cap = override.cap_per_woman
    if cap is None:
        return
    if programme_cap is not None and cap != programme_cap:
        raise CapFixedByProgramme("cap_per_woman", fund_label=label, cap=format_eur(programme_cap))
    if cap <= 0:
        raise CapNotPositive("cap_per_woman", cap=format_eur(cap))
    if largest_case is not None and largest_case[1] > cap:
        raise CapBelowCommitments(
            "cap_per_woman",
            fund_label=label,
            cap=format_eur(cap),
            case=largest_case[0],
            committed=format_eur(largest_case[1]),
        )
