"""The single door through which a programme file becomes a `Programme`.

Why two severities. A programme card is a document the Region has already approved, and it
can contradict itself (a row total printed as € 0,00, a month 19 in an 18-month project, a
mistyped act number). Refusing such a card would stop a real programme; silently correcting
it would hide what was signed. So:
- errors make the money or the references meaningless (a line total that is not the sum of
  its actions, a fund drawn from an action that does not exist, a negative amount, a missing
  field): the file is refused and `ProgrammeCheck.programme` is None;
- warnings are contradictions a person must know about: the file loads, and every front end
  shows them. All sums use A + B, never a printed row total.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.messages import Message, MessageKind
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme import finding_messages as m
from antiviolenza_desktop.domain.programme.model import ROLE_BASIS, Action, Line, Programme
from antiviolenza_desktop.domain.programme.provincia_checks import fund_management
from antiviolenza_desktop.domain.programme.provincia_reading import read_provincia
from antiviolenza_desktop.domain.programme.reader import Finding, Reader, at
from antiviolenza_desktop.domain.programme.reading import read_programme

__all__ = ["Finding", "ProgrammeCheck", "ProgrammeInvalid", "validate_programme"]


class ProgrammeInvalid(AppError):
    """A programme file with errors: it cannot be used. The findings say what to fix."""

    code = "programma_non_valido"
    template = (
        "Il programma «{source}» non è valido (errori: {count}). Il primo, in {location}: {first}"
    )

    def __init__(self, source: str, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        first = self.findings[0]
        super().__init__(
            source=source, count=len(self.findings), location=first.location, first=first.message_it
        )


@dataclass(frozen=True, slots=True)
class ProgrammeCheck:
    """The outcome of validation: the programme (None when there are errors) and every finding."""

    programme: Programme | None
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity == "warning")

    def require(self, source: str) -> Programme:
        """The programme, or `ProgrammeInvalid` naming `source` (a file name) when it has errors."""
        if self.programme is None:
            raise ProgrammeInvalid(source, self.errors)
        return self.programme


def validate_programme(data: Mapping[str, Any]) -> ProgrammeCheck:
    """Read and check a parsed programme file; errors come first, then warnings.

    When the file cannot even be read into a programme (missing fields, wrong types, negative
    amounts) only those errors are returned: sums over placeholder values would be noise.
    """
    reader = Reader()
    programme = replace(read_programme(data, reader), provincia=read_provincia(reader, data))
    if reader.findings:
        return ProgrammeCheck(None, tuple(reader.findings))
    findings = [finding for check in _CHECKS for finding in check(programme)]
    findings.sort(key=lambda finding: finding.severity != "error")
    has_errors = any(finding.severity == "error" for finding in findings)
    return ProgrammeCheck(None if has_errors else programme, tuple(findings))


def _error(location: str, message: Message, expected: str | None, found: str | None) -> Finding:
    return Finding("error", location, message.text, expected, found, message.code, message.params)


def _warning(location: str, message: Message, expected: str | None, found: str | None) -> Finding:
    text, code, params = message.text, message.code, message.params
    return Finding("warning", location, text, expected, found, code, params)


def _action_at(action: Action) -> str:
    return f"linee[{action.line}].azioni[{action.code}]"


# Errors ------------------------------------------------------------------------------------


def _duplicate_codes(programme: Programme) -> Iterator[Finding]:
    """Codes are how everything refers to everything: each must name one thing only."""
    lines = programme.lines
    yield from _duplicates((f"linee[#{i}]", line.code) for i, line in enumerate(lines, 1))
    yield from _duplicates(
        (f"linee[{line.code}].azioni[#{i}]", action.code)
        for line in lines
        for i, action in enumerate(line.actions, 1)
    )
    groups: tuple[tuple[str, Sequence[Any]], ...] = (
        ("fondi", programme.funds),
        ("ambiti", programme.ambiti),
        ("cav", programme.cav),
        ("obiettivi", programme.targets),
        ("dati_contesto", programme.context),
    )
    for key, items in groups:
        yield from _duplicates((f"{key}[#{i}]", item.code) for i, item in enumerate(items, 1))


def _duplicates(entries: Iterable[tuple[str, str]]) -> Iterator[Finding]:
    first_seen: dict[str, str] = {}
    for location, code in entries:
        if code in first_seen:
            message = m.DUPLICATE_CODE(code=code, first=first_seen[code])
            yield _error(at(location, "codice"), message, "un codice non ancora usato", code)
        first_seen.setdefault(code, location)


def _broken_references(programme: Programme) -> Iterator[Finding]:
    """Every code a table cites must exist, or money would be drawn from nowhere."""
    actions = {action.code for action in programme.actions}
    ambiti = {ambito.code for ambito in programme.ambiti}
    lines = {line.code for line in programme.lines}
    for fund in programme.funds:
        where = f"fondi[{fund.code}]"
        yield from _unknown(at(where, "azione"), [fund.action], actions, m.UNKNOWN_ACTION)
        yield from _unknown(at(where, "ambiti"), fund.ambiti, ambiti, m.UNKNOWN_AMBITO)
        for code, _ in fund.printed_recipients:
            if code not in fund.ambiti:
                message = m.RECIPIENT_OUTSIDE_FUND(code=code)
                expected = _one_of(fund.ambiti)
                yield _error(at(at(where, "destinatari"), code), message, expected, code)
    for key, items in (("obiettivi", programme.targets), ("dati_contesto", programme.context)):
        for item in items:
            cited = [item.line] if item.line is not None else []
            yield from _unknown(f"{key}[{item.code}].linea", cited, lines, m.UNKNOWN_LINE)


def _unknown(
    location: str, cited: Iterable[str], known: set[str], kind: MessageKind
) -> Iterator[Finding]:
    for code in cited:
        if code not in known:
            yield _error(location, kind(code=code), _one_of(known), code)


def _one_of(codes: Iterable[str]) -> str:
    return "uno tra: " + ", ".join(sorted(codes))


def _line_sums(programme: Programme) -> Iterator[Finding]:
    """A line's printed totals must be the sums of its actions' A, B and A + B."""
    for line in programme.lines:
        sums = (
            ("totale_a", m.LINE_SUM_A, sum(a.amount_a for a in line.actions), line.total_a),
            ("totale_b", m.LINE_SUM_B, sum(a.amount_b for a in line.actions), line.total_b),
            ("totale", m.LINE_SUM, sum(a.total for a in line.actions), line.total),
        )
        for key, kind, computed, printed in sums:
            if computed != printed:
                message = kind(
                    line=line.code, printed=format_eur(printed), computed=format_eur(computed)
                )
                yield _error(
                    f"linee[{line.code}].{key}", message, format_eur(computed), format_eur(printed)
                )


def _grand_totals(programme: Programme) -> Iterator[Finding]:
    """The programme's totals (Tabella 1) must be the sums of the lines' printed totals."""
    lines = programme.lines
    sums = (
        ("totale_a", m.GRAND_TOTAL_A, sum(line.total_a for line in lines), programme.total_a),
        ("totale_b", m.GRAND_TOTAL_B, sum(line.total_b for line in lines), programme.total_b),
        ("totale", m.GRAND_TOTAL, sum(line.total for line in lines), programme.total),
    )
    for key, kind, computed, printed in sums:
        if computed != printed:
            message = kind(printed=format_eur(printed), computed=format_eur(computed))
            yield _error(f"programma.{key}", message, format_eur(computed), format_eur(printed))


def _fund_allocations(programme: Programme) -> Iterator[Finding]:
    """Funds cannot hold more regional money than the action they are drawn from."""
    allocations = {fund.code: fund.allocation for fund in programme.funds}
    for action in programme.actions:
        allocated: Cents = sum(allocations[code] for code in action.funds)
        if allocated > action.amount_a:
            message = m.FUNDS_OVER_ACTION(
                action=action.printed_code,
                funds=", ".join(action.funds),
                allocated=format_eur(allocated),
                amount_a=format_eur(action.amount_a),
            )
            location = at(_action_at(action), "importo_a")
            expected = f"almeno {format_eur(allocated)}"
            yield _error(location, message, expected, format_eur(action.amount_a))


# Warnings ----------------------------------------------------------------------------------


def _printed_totals(programme: Programme) -> Iterator[Finding]:
    """A row total that is not A + B: shown, and ignored by every sum."""
    for action in programme.actions:
        if action.printed_total != action.total:
            message = m.PRINTED_TOTAL(
                action=action.printed_code,
                printed=format_eur(action.printed_total),
                amount_a=format_eur(action.amount_a),
                amount_b=format_eur(action.amount_b),
            )
            location = at(_action_at(action), "totale")
            yield _warning(
                location, message, format_eur(action.total), format_eur(action.printed_total)
            )


def _months(programme: Programme) -> Iterator[Finding]:
    """Every action should be scheduled, and only within the programme's months."""
    duration = programme.duration_months
    expected = f"mesi da 1 a {duration}"
    for action in programme.actions:
        location = at(_action_at(action), "mesi")
        outside = [month for month in action.months if not 1 <= month <= duration]
        if not action.months:
            message = m.NO_MONTHS(action=action.printed_code)
            yield _warning(location, message, expected, "nessun mese")
        elif outside:
            months = ", ".join(str(month) for month in outside)
            kind = m.MONTHS_OUTSIDE if len(outside) > 1 else m.MONTH_OUTSIDE
            message = kind(action=action.printed_code, months=months, duration=duration)
            yield _warning(location, message, expected, months)


def _legal_references(programme: Programme) -> Iterator[Finding]:
    """Every citation of the programme's own act must be that act, number and date."""
    basis = programme.basis
    for index, reference in enumerate(programme.legal_references, 1):
        same = (reference.kind, reference.number, reference.year) == (
            basis.kind,
            basis.number,
            basis.year,
        )
        if reference.role == ROLE_BASIS and not (same and reference.day in (None, basis.day)):
            message = m.WRONG_BASIS(
                where=reference.where, cited=reference.label(), basis=basis.label()
            )
            location = f"riferimenti_normativi[#{index}]"
            yield _warning(location, message, basis.label(), reference.label())


def _card_date(programme: Programme) -> Iterator[Finding]:
    """A card cannot be written under an act adopted after it."""
    basis_day = programme.basis.day
    if basis_day is not None and programme.card_date < basis_day:
        message = m.CARD_BEFORE_BASIS(basis=programme.basis.label())
        expected = f"dal {basis_day:%d/%m/%Y} in poi"
        yield _warning(
            "programma.data_scheda", message, expected, f"{programme.card_date:%d/%m/%Y}"
        )


def _start_date(programme: Programme) -> Iterator[Finding]:
    """Without a start the months stay numbers; a start before the act cannot be right."""
    start, basis_day = programme.start_date, programme.basis.day
    location = "programma.data_avvio"
    if start is None:
        yield _warning(location, m.NO_START_DATE(), "una data AAAA-MM-GG", None)
    elif basis_day is not None and start < basis_day:
        message = m.START_BEFORE_BASIS(start=f"{start:%d/%m/%Y}", basis=programme.basis.label())
        yield _warning(location, message, f"dal {basis_day:%d/%m/%Y} in poi", f"{start:%d/%m/%Y}")


def _fund_recipients(programme: Programme) -> Iterator[Finding]:
    """The bodies the card names as receiving an Ambito's share must be its capofila."""
    ambiti = {ambito.code: ambito for ambito in programme.ambiti}
    for fund in programme.funds:
        for code, body in fund.printed_recipients:
            ambito = ambiti.get(code)
            if ambito is not None and body != ambito.capofila:
                message = m.WRONG_RECIPIENT(
                    ambito=ambito.name,
                    fund=fund.name,
                    body=body,
                    capofila=ambito.capofila,
                    managing=ambito.managing_entity,
                )
                location = f"fondi[{fund.code}].destinatari.{code}"
                yield _warning(location, message, ambito.capofila, body)


def _fund_coverage(programme: Programme) -> Iterator[Finding]:
    """At its per-woman cap, a fund should reach at least the women its line promises."""
    line_of: dict[str, Line] = {a.code: line for line in programme.lines for a in line.actions}
    for fund in programme.funds:
        line = line_of.get(fund.action)
        if not fund.cap_per_woman or line is None or not line.target_women:
            continue
        women = fund.allocation // fund.cap_per_woman
        if women < line.target_women:
            message = m.FUND_COVERAGE(
                cap=format_eur(fund.cap_per_woman),
                allocation=format_eur(fund.allocation),
                women=women,
                target=line.target_women,
                line=line.code,
            )
            expected = f"al massimo {format_eur(fund.allocation // line.target_women)}"
            location = f"fondi[{fund.code}].massimale_per_donna"
            yield _warning(location, message, expected, format_eur(fund.cap_per_woman))


def _action_numbering(programme: Programme) -> Iterator[Finding]:
    """Actions of a line are numbered after its regional action (3.0, 3.1 ... for action 3)."""
    for line in programme.lines:
        prefix = f"{line.regional_action}."
        for action in line.actions:
            if not action.printed_code.startswith(prefix):
                message = m.ACTION_NUMBERING(
                    action=action.printed_code, line=line.code, regional=line.regional_action
                )
                location = at(_action_at(action), "codice")
                yield _warning(location, message, f"{prefix}…", action.printed_code)


_CHECKS: tuple[Callable[[Programme], Iterator[Finding]], ...] = (
    _duplicate_codes,
    _broken_references,
    _line_sums,
    _grand_totals,
    _fund_allocations,
    _printed_totals,
    _months,
    _legal_references,
    _card_date,
    _start_date,
    _fund_recipients,
    _fund_coverage,
    _action_numbering,
    fund_management,
)
