"""The programme check of who manages each fund (`gestione`) and of the `[provincia]` table.

Errors, because each breaks the money: a manager the program does not know would leave a fund
nobody records; a fund managed by the Provincia without a Provincia, or also split among the
Ambiti, would be counted by two parties (the Ambiti's shares and the Provincia's register).
"""

from __future__ import annotations

from collections.abc import Iterator

from antiviolenza_desktop.domain.messages import Message
from antiviolenza_desktop.domain.programme import finding_messages as m
from antiviolenza_desktop.domain.programme.model import MANAGED_BY_PROVINCIA, MANAGERS, Programme
from antiviolenza_desktop.domain.programme.reader import Finding, at


def _error(location: str, message: Message, expected: str | None, found: str | None) -> Finding:
    return Finding("error", location, message.text, expected, found, message.code, message.params)


def fund_management(programme: Programme) -> Iterator[Finding]:
    """Every fund's manager is known; a Provincia fund needs `[provincia]` and is not shared."""
    known = ", ".join(MANAGERS)
    for fund in programme.funds:
        where = f"fondi[{fund.code}]"
        if fund.managed_by not in MANAGERS:
            message = m.UNKNOWN_MANAGER(manager=fund.managed_by, known=known)
            yield _error(at(where, "gestione"), message, known, fund.managed_by)
            continue
        if fund.managed_by != MANAGED_BY_PROVINCIA:
            continue
        if programme.provincia is None:
            message = m.PROVINCIA_MISSING(fund=fund.name)
            yield _error("provincia", message, "una tabella [provincia]", None)
        if fund.ambiti or fund.printed_recipients:
            message = m.PROVINCIA_FUND_SHARED(fund=fund.name)
            yield _error(at(where, "ambiti"), message, "nessun Ambito", ", ".join(fund.ambiti))
    yield from _cofinancing_lines(programme)


def _cofinancing_lines(programme: Programme) -> Iterator[Finding]:
    if programme.provincia is None:
        return
    lines = {line.code for line in programme.lines}
    for code in programme.provincia.cofinancing_lines:
        if code not in lines:
            message = m.UNKNOWN_LINE(code=code)
            location = at("provincia", "linee_cofinanziamento")
            yield _error(location, message, ", ".join(sorted(lines)), code)
