"""The figures of the dashboard and of the financial report, as pure rules over plain sums.

Services gather sums by SQL (the ledger may hold 200,000 rows); this module knows what they
mean: which fund pays which action, what «actual» is on each row of the card's tables, when a
fund is near exhaustion and when a commitment has waited too long for a payment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, FundTotals
from antiviolenza_desktop.domain.messages import FUND_LABEL, Message, MessageKind
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme.model import Action, Programme

NEAR_EXHAUSTION = 0.9
IDLE_MONTHS = 3


@dataclass(frozen=True, slots=True)
class ActionFigures:
    """One row of the card's budget tables, planned against actual.

    `actual_a` is the regional money spent: the net payments of the fund the action feeds
    (3.2 attive/passive, 4.3) plus the action's own expenses (e.g. training, 3.4); `committed_a`
    the net commitments of that fund (what is promised, not yet all paid). `actual_b` is the
    value of the staff hours registered on the action."""

    action: Action
    fund: str | None
    committed_a: Cents
    actual_a: Cents
    actual_b: Cents

    @property
    def planned_total(self) -> Cents:
        return self.action.total

    @property
    def actual_total(self) -> Cents:
        return self.actual_a + self.actual_b


@dataclass(frozen=True, slots=True)
class IdleCommitment:
    seq: int
    case_code: str
    fund: str
    residual: Cents
    since: date


NEAR_EXHAUSTION_WARNING = MessageKind(
    "fondo_quasi_esaurito",
    "{fund}: impegnato il {share}% dello stanziamento (disponibili {available}).",
    labels=FUND_LABEL,
)
IDLE_COMMITMENT_WARNING = MessageKind(
    "impegno_senza_erogazioni",
    "Impegno n. {seq} ({case_code}, {fund}): nessuna erogazione da {months} mesi, "
    "residuo {residual}.",
    labels=FUND_LABEL,
)


@dataclass(frozen=True, slots=True)
class FundWarning:
    """A keyed message for the dashboard; `fund` or `seq` say what to open when it is clicked."""

    message: Message
    fund: str | None = None
    seq: int | None = None

    @property
    def text(self) -> str:
        """The Italian sentence (the CLI's «fondi totali»)."""
        return self.message.text


def fund_of_action(programme: Programme, action_code: str) -> str | None:
    for fund in programme.funds:
        if fund.action == action_code and fund.code in FUND_LABELS:
            return fund.code
    return None


def action_figures(
    programme: Programme,
    *,
    committed: Mapping[str, Cents],
    disbursed: Mapping[str, Cents],
    expenses: Mapping[str, Cents],
    hours_value: Mapping[str, Cents],
) -> tuple[ActionFigures, ...]:
    """Every action of the card, in card order, with its actual figures."""
    rows = []
    for action in programme.actions:
        fund = fund_of_action(programme, action.code)
        paid = disbursed.get(fund, 0) if fund else 0
        rows.append(
            ActionFigures(
                action,
                fund,
                committed.get(fund, 0) if fund else 0,
                paid + expenses.get(action.code, 0),
                hours_value.get(action.code, 0),
            )
        )
    return tuple(rows)


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later` (0 within the same month's day)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def fund_warnings(
    totals: Sequence[FundTotals],
    idle: Sequence[IdleCommitment],
    *,
    today: date,
    near: float = NEAR_EXHAUSTION,
    idle_months: int = IDLE_MONTHS,
) -> list[FundWarning]:
    """Funds committed beyond `near` of their allocation; commitments with a residual and no
    payment for `idle_months` months."""
    warnings = []
    for total in totals:
        label = FUND_LABELS[total.fund]
        if total.allocated and total.committed >= near * total.allocated:
            share = total.committed * 100 // total.allocated
            message = NEAR_EXHAUSTION_WARNING(
                fund=label, share=share, available=format_eur(total.available)
            )
            warnings.append(FundWarning(message, fund=total.fund))
    for commitment in idle:
        waited = months_between(commitment.since, today)
        if commitment.residual > 0 and waited >= idle_months:
            message = IDLE_COMMITMENT_WARNING(
                seq=commitment.seq,
                case_code=commitment.case_code,
                fund=FUND_LABELS[commitment.fund],
                months=waited,
                residual=format_eur(commitment.residual),
            )
            warnings.append(FundWarning(message, fund=commitment.fund, seq=commitment.seq))
    return warnings
