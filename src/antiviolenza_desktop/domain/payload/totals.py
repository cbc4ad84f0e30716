"""The sender's totals recomputed from a snapshot's records, and the check that they agree.

The exporter states its totals from the store's own sums (the ledger, the hours and expenses
registers), independently of the records it writes; the capofila recomputes them here from
the records plus the unshared aggregates. A difference means the records do not add up to
what the Ambito says it spent, and the snapshot is refused naming the first figure that
differs (a bug or a tampered payload, never something to merge).

Rules: women are counted once per pseudonym; a woman counts in a line when the project in
force covers it; an action's A is what was paid (net disbursements of the funds drawn from
it, plus its own expenses), its B the value of the co-financing hours.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.payload.snapshot import (
    CASE_LINES,
    ActionAmounts,
    CaseRecord,
    CofinancingRow,
    ExpenseRow,
    FundAmounts,
    Totals,
)
from antiviolenza_desktop.domain.programme.model import Programme

if TYPE_CHECKING:
    from antiviolenza_desktop.domain.payload.snapshot import Snapshot

LINE_LABELS = {
    "work": "linea 1 (inserimento lavorativo)",
    "housing": "linea 2 (autonomia abitativa)",
}


class PayloadTotalsMismatch(AppError):
    code = "pacchetto_totali_non_corrispondenti"
    template = (
        "I totali dichiarati dall'Ambito non corrispondono ai dati del pacchetto: {what} "
        "dichiarato {stated}, ricalcolato {computed}. Pacchetto rifiutato."
    )


def fund_sums(
    pairs: Iterable[tuple[tuple[str, FundAmounts], ...]], funds: Iterable[str]
) -> tuple[tuple[str, FundAmounts], ...]:
    """Per fund, the sum of several {fund: amounts} tables, in `funds` order (plain integer
    sums, one FundAmounts per fund at the end: this runs over every record on export and
    import)."""
    committed = dict.fromkeys(funds, 0)
    disbursed = dict.fromkeys(committed, 0)
    for table in pairs:
        for fund, amounts in table:
            committed[fund] += amounts.committed
            disbursed[fund] += amounts.disbursed
    return tuple((fund, FundAmounts(c, disbursed[fund])) for fund, c in committed.items())


def action_amounts(
    programme: Programme,
    funds: Iterable[tuple[str, FundAmounts]],
    expenses: Iterable[ExpenseRow],
    cofinancing: Iterable[CofinancingRow],
) -> tuple[tuple[str, ActionAmounts], ...]:
    """A (payments + expenses) and B (co-financing value) per action, in card order."""
    a: dict[str, int] = defaultdict(int)
    b: dict[str, int] = defaultdict(int)
    for fund, amounts in funds:
        a[programme.fund(fund).action] += amounts.disbursed
    for expense in expenses:
        a[expense.action] += expense.amount
    for row in cofinancing:
        b[row.action] += row.value
    return tuple((x.code, ActionAmounts(a[x.code], b[x.code])) for x in programme.actions)


def women_per_line(records: Iterable[CaseRecord]) -> tuple[tuple[str, int], ...]:
    """Distinct pseudonyms per line among `records`."""
    seen: dict[str, set[str]] = {line: set() for line in CASE_LINES}
    for record in records:
        for line in CASE_LINES:
            if record.in_line(line):
                seen[line].add(record.pseudonym)
    return tuple((line, len(seen[line])) for line in CASE_LINES)


def computed_totals(snapshot: Snapshot, programme: Programme) -> Totals:
    """The totals the records and the unshared aggregates add up to."""
    codes = [fund.code for fund in programme.funds]
    funds = fund_sums([*(r.funds for r in snapshot.cases), snapshot.unshared.funds], codes)
    unshared = dict(snapshot.unshared.lines)
    lines = tuple((line, n + unshared[line]) for line, n in women_per_line(snapshot.cases))
    return Totals(
        women=len({r.pseudonym for r in snapshot.cases}) + snapshot.unshared.women,
        lines=lines,
        funds=funds,
        actions=action_amounts(programme, funds, snapshot.action_expenses, snapshot.cofinancing),
    )


def _differences(
    stated: Totals, computed: Totals, programme: Programme
) -> Iterable[tuple[Any, ...]]:
    yield "il numero di donne", stated.women, computed.women, str
    for (line, said), (_, made) in zip(stated.lines, computed.lines, strict=True):
        yield f"il numero di donne della {LINE_LABELS[line]}", said, made, str
    for (fund, said_f), (_, made_f) in zip(stated.funds, computed.funds, strict=True):
        name = programme.fund(fund).name
        yield f"l'impegnato sul {name}", said_f.committed, made_f.committed, format_eur
        yield f"l'erogato sul {name}", said_f.disbursed, made_f.disbursed, format_eur
    for (action, said_a), (_, made_a) in zip(stated.actions, computed.actions, strict=True):
        printed = programme.action(action).printed_code
        yield f"la spesa A dell'azione {printed}", said_a.a, made_a.a, format_eur
        yield f"il cofinanziamento B dell'azione {printed}", said_a.b, made_a.b, format_eur


def check_totals(snapshot: Snapshot, programme: Programme) -> None:
    """Raise PayloadTotalsMismatch on the first stated figure that the records contradict."""
    check_stated(snapshot.totals, computed_totals(snapshot, programme), programme)


def check_stated(stated_totals: Totals, computed: Totals, programme: Programme) -> None:
    """Raise PayloadTotalsMismatch on the first figure of `stated_totals` that differs from
    `computed`."""
    for what, stated, made, show in _differences(stated_totals, computed, programme):
        if stated != made:
            raise PayloadTotalsMismatch(
                "totals", what=what, stated=show(stated), computed=show(made)
            )
