"""Money as integer euro cents: parsing what people and programme files write, formatting it back.

Why cents: the fund rules (per-woman caps, allocations, line totals) are equalities and
comparisons that must hold to the cent. Binary floats cannot represent 0,10 exactly, so every
amount becomes an `int` of cents at the edge, through `decimal.Decimal`, and stays one.

Accepted input, with an optional leading `-` and an optional `€` before or after:
- machine form, as in programme files: `44659.73`, `0`, `12.5`;
- Italian form: `44.659,73`, `44659,73`, `1.234.567`.
A lone dot followed by exactly three digits (`1.234`) is refused: it is either Italian
thousands or three decimals, and a thousandfold mistake on money is worse than asking again.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TypeAlias

from antiviolenza_desktop.domain.errors import InvalidInput

Cents: TypeAlias = int

_MACHINE = re.compile(r"[0-9]+(\.[0-9]{1,2})?")
_GROUPED = r"[1-9][0-9]{0,2}(\.[0-9]{3})"
_ITALIAN_DECIMAL = re.compile(rf"([0-9]+|{_GROUPED}+),[0-9]{{1,2}}")
_ITALIAN_THOUSANDS = re.compile(rf"{_GROUPED}{{2,}}")
_AMBIGUOUS = re.compile(_GROUPED)
_TOO_PRECISE = re.compile(r"[0-9.]*[.,][0-9]{3,}")
_ENVELOPE = re.compile(r"(?P<pre>-?€?-?)(?P<digits>[0-9.,]*)€?")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


class InvalidAmount(InvalidInput):
    """A piece of text that is not a euro amount with at most two decimals."""

    code = "importo_non_valido"
    template = (
        "Importo non valido «{text}»: scrivi cifre con al massimo due decimali, per esempio "
        "1.234,56 oppure 1234.56."
    )


class AmbiguousAmount(InvalidAmount):
    """«1.234»: 1234 euro in Italian, 1.234 euro elsewhere (a thousandfold risk)."""

    code = "importo_ambiguo"
    template = "Importo non valido «{text}»: ambiguo, scrivi {whole} oppure {decimal}."


class TooPreciseAmount(InvalidAmount):
    code = "importo_troppi_decimali"
    template = "Importo non valido «{text}»: al massimo due decimali (i centesimi)."


def parse_amount(text: str) -> Cents:
    """Turn an amount written by a person or a programme file into cents.

    Raises `InvalidAmount` for anything that is not plainly an amount: empty text, letters,
    NaN or infinity, exponents, more than two decimals, ambiguous grouping.
    """
    body = _SPACES.sub("", text)
    negative, digits = _split_sign(body, text)
    number = _to_machine_form(digits, text)
    cents = int(Decimal(number) * 100)
    return -cents if negative else cents


def _split_sign(body: str, original: str) -> tuple[bool, str]:
    """Remove one sign and one euro symbol, wherever people put them (`-€ 5`, `€ -5`, `5 €`)."""
    envelope = _ENVELOPE.fullmatch(body)
    if envelope is None or envelope["pre"].count("-") > 1 or body.count("€") > 1:
        raise InvalidAmount(text=original[:40])
    return "-" in envelope["pre"], envelope["digits"]


def _to_machine_form(body: str, original: str) -> str:
    """Rewrite the unsigned digits in the `1234.56` form Decimal reads, or refuse them."""
    if _MACHINE.fullmatch(body):
        return body
    if _ITALIAN_DECIMAL.fullmatch(body):
        return body.replace(".", "").replace(",", ".")
    if _ITALIAN_THOUSANDS.fullmatch(body):
        return body.replace(".", "")
    text = original[:40]
    if _AMBIGUOUS.fullmatch(body):
        raise AmbiguousAmount(text=text, whole=body.replace(".", ""), decimal=f"{body},00")
    if _TOO_PRECISE.fullmatch(body):
        raise TooPreciseAmount(text=text)
    raise InvalidAmount(text=text)


def format_eur(cents: Cents) -> str:
    """Format cents the Italian way: `€ 1.234,56`; a negative amount reads `-€ 1.234,56`."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}€ {euros:,}".replace(",", ".") + f",{rest:02d}"


def format_decimal(cents: Cents) -> str:
    """Format cents as programme files and JSON output write them: `44659.73`, `-0.05`."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros}.{rest:02d}"
