"""What importing a snapshot would change, readable before anything is merged (the dry run).

KeePassXC's merge and DHIS2's import summary are the model: per Ambito, how many case records
are added, changed, removed and newly closed, how the money committed and paid per fund moves,
and how many women each line counts before and after. The report compares the snapshot kept
for the Ambito (or none) with the incoming one; `messages` gives it as keyed lines (code +
parameters, rendered by the GUI in its language), `as_text` words it in Italian for the CLI.
Records are followed by their record key, never by anything personal.

Since schema version 2 each snapshot carries the Ambito's audit head (its newest audit entry).
A head *lower* than the kept snapshot's means the Ambito's log is shorter than last time: a
restore from a copy, or entries removed (the hash chain shows an edit in the middle, never the
newest entries cut off). That is a prominent warning, not a refusal: a restore from a backup
is legitimate and must not stop the Ambito from sending its figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.case.stages import FINAL_STAGES
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.messages import FUND_LABEL, Message, MessageKind
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.payload.snapshot import (
    CASE_LINES,
    CaseRecord,
    FundAmounts,
    Snapshot,
)
from antiviolenza_desktop.domain.payload.totals import LINE_LABELS


@dataclass(frozen=True, slots=True)
class FundChange:
    fund: str
    committed_before: Cents
    committed_after: Cents
    disbursed_before: Cents
    disbursed_after: Cents

    @property
    def committed_delta(self) -> Cents:
        return self.committed_after - self.committed_before

    @property
    def disbursed_delta(self) -> Cents:
        return self.disbursed_after - self.disbursed_before


@dataclass(frozen=True, slots=True)
class CountChange:
    """An indicator before and after: `what` is `women` or a line code."""

    what: str
    before: int
    after: int


AUDIT_SHORTER = MessageKind(
    "registro_attivita_piu_corto",
    "ATTENZIONE: il registro delle attività dell'Ambito è più corto dell'ultima volta (ultima "
    "voce n. {after}, nel pacchetto precedente n. {before}): possibile ripristino da una copia "
    "o manomissione. Chiedere all'Ambito che cosa è successo.",
)
FIRST_BUNDLE = MessageKind("primo_pacchetto", "Ambito {ambito}: primo pacchetto (n. {sequence}).")
NEXT_BUNDLE = MessageKind(
    "pacchetto_successivo",
    "Ambito {ambito}: pacchetto n. {sequence} al posto del n. {previous}.",
)
RECORD_CHANGES = MessageKind(
    "schede_cambiate",
    "Schede: {added} nuove, {changed} modificate, {removed} tolte, {closed} chiuse.",
)
FUND_MOVES = MessageKind(
    "fondo_cambiato",
    "{fund}: impegnati {committed} ({committed_delta}), erogati {disbursed} ({disbursed_delta}).",
    labels=FUND_LABEL,
)
WOMEN_COUNT = MessageKind("donne_prima_e_dopo", "Donne: {before} → {after}.")
WOMEN_OF_LINE = MessageKind(
    "donne_della_linea_prima_e_dopo", "Donne della {line}: {before} → {after}."
)
NOTHING_CHANGES = MessageKind(
    "nessuna_variazione", "Nessuna variazione rispetto al pacchetto già importato."
)


def audit_log_shorter(before: int | None, after: int | None) -> bool:
    """Whether the newer snapshot's audit head is lower than the older one's. Nothing to
    compare without an older head (a first snapshot, or one of schema version 1); a newer
    snapshot without a head after one with a head counts as an empty log (head 0)."""
    return before is not None and (after or 0) < before


@dataclass(frozen=True, slots=True)
class ChangeReport:
    ambito: str
    sequence_before: int | None
    sequence_after: int
    added: int
    changed: int
    removed: int
    closed: int
    funds: tuple[FundChange, ...]
    indicators: tuple[CountChange, ...]
    audit_before: int | None = None
    audit_after: int | None = None

    @property
    def audit_shorter(self) -> bool:
        """The Ambito's audit log is shorter than in the kept snapshot (see module doc)."""
        return audit_log_shorter(self.audit_before, self.audit_after)

    @property
    def warning_messages(self) -> tuple[Message, ...]:
        """Things to tell the capofila before she merges, keyed (none refuses)."""
        if not self.audit_shorter:
            return ()
        return (AUDIT_SHORTER(before=self.audit_before or 0, after=self.audit_after or 0),)

    @property
    def warnings(self) -> tuple[str, ...]:
        """The warnings in Italian (the CLI)."""
        return tuple(message.text for message in self.warning_messages)

    @property
    def nothing_changes(self) -> bool:
        money = any(f.committed_delta or f.disbursed_delta for f in self.funds)
        counts = any(i.before != i.after for i in self.indicators)
        return not (self.added or self.changed or self.removed or money or counts)

    def messages(self) -> list[Message]:
        """The report, one keyed fact per line (the GUI renders each with ui.messages)."""
        return _lines(self)

    def as_text(self) -> str:
        """The report in Italian, one fact per line (the CLI)."""
        return "\n".join(message.text for message in self.messages())


def _is_closed(record: CaseRecord) -> bool:
    closed_project = record.project is not None and record.project.status == "closed"
    return record.stage in FINAL_STAGES or closed_project


def _funds(snapshot: Snapshot | None) -> dict[str, FundAmounts]:
    return dict(snapshot.totals.funds) if snapshot else {}


def _indicators(old: Snapshot | None, new: Snapshot) -> tuple[CountChange, ...]:
    before_lines = dict(old.totals.lines) if old else {}
    rows = [CountChange("women", old.totals.women if old else 0, new.totals.women)]
    after_lines = dict(new.totals.lines)
    rows += [CountChange(line, before_lines.get(line, 0), after_lines[line]) for line in CASE_LINES]
    return tuple(rows)


def change_report(old: Snapshot | None, new: Snapshot) -> ChangeReport:
    """Compare the snapshot kept for the Ambito (None: first import) with the incoming one."""
    before = {r.record: r for r in old.cases} if old else {}
    after = {r.record: r for r in new.cases}
    kept = before.keys() & after.keys()
    closed = sum(
        1
        for key, record in after.items()
        if _is_closed(record) and (key not in before or not _is_closed(before[key]))
    )
    old_funds, new_funds = _funds(old), _funds(new)
    funds = tuple(
        FundChange(
            fund,
            old_funds.get(fund, FundAmounts()).committed,
            amounts.committed,
            old_funds.get(fund, FundAmounts()).disbursed,
            amounts.disbursed,
        )
        for fund, amounts in new_funds.items()
    )
    return ChangeReport(
        ambito=new.ambito,
        sequence_before=old.sequence if old else None,
        sequence_after=new.sequence,
        added=len(after.keys() - before.keys()),
        changed=sum(1 for key in kept if before[key] != after[key]),
        removed=len(before.keys() - after.keys()),
        closed=closed,
        funds=funds,
        indicators=_indicators(old, new),
        audit_before=old.audit_head.seq if old and old.audit_head else None,
        audit_after=new.audit_head.seq if new.audit_head else None,
    )


def _signed(amount: Cents) -> str:
    return ("+" if amount >= 0 else "−") + format_eur(abs(amount))


def _lines(report: ChangeReport) -> list[Message]:
    if report.sequence_before is None:
        head = FIRST_BUNDLE(ambito=report.ambito, sequence=report.sequence_after)
    else:
        head = NEXT_BUNDLE(
            ambito=report.ambito,
            sequence=report.sequence_after,
            previous=report.sequence_before,
        )
    lines = [
        head,
        *report.warning_messages,
        RECORD_CHANGES(
            added=report.added, changed=report.changed, removed=report.removed, closed=report.closed
        ),
    ]
    for fund in report.funds:
        lines.append(
            FUND_MOVES(
                fund=FUND_LABELS.get(fund.fund, fund.fund),
                committed=format_eur(fund.committed_after),
                committed_delta=_signed(fund.committed_delta),
                disbursed=format_eur(fund.disbursed_after),
                disbursed_delta=_signed(fund.disbursed_delta),
            )
        )
    for item in report.indicators:
        if item.what == "women":
            lines.append(WOMEN_COUNT(before=item.before, after=item.after))
        else:
            line = LINE_LABELS[item.what]
            lines.append(WOMEN_OF_LINE(line=line, before=item.before, after=item.after))
    if report.nothing_changes:
        lines.append(NOTHING_CHANGES())
    return lines
