"""Money is integer cents: parsing what people and files write, formatting it the Italian way."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.errors import AppError, InvalidInput
from antiviolenza_desktop.domain.money import (
    InvalidAmount,
    format_decimal,
    format_eur,
    parse_amount,
)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("44659.73", 4_465_973),
        ("44.659,73", 4_465_973),
        ("€ 44.659,73", 4_465_973),
        ("€\u00a044.659,73", 4_465_973),
        ("44659,73", 4_465_973),
        ("0", 0),
        ("0.00", 0),
        ("12.5", 1_250),
        ("1315,7", 131_570),
        ("1.234.567", 123_456_700),
        ("  172,00 €", 17_200),
        ("-€ 1.234,56", -123_456),
        ("€ -1.234,56", -123_456),
        ("-0.05", -5),
    ],
)
def test_parse_accepts_machine_and_italian_forms(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "",
        "€",
        "-",
        "abc",
        "NaN",
        "nan",
        "inf",
        "Infinity",
        "1e5",
        "0.001",
        "1.234,567",
        "12,345",
        "1,234,567",
        "1.234.56",
        "--5",
        "+5",
        "€€5",
        "5-",
        "12 34x",
        "١٢",  # Arabic-Indic digits: Decimal would read them, we do not
    ],
)
def test_parse_refuses_anything_that_is_not_plainly_an_amount(text: str) -> None:
    with pytest.raises(InvalidAmount) as caught:
        parse_amount(text)
    assert caught.value.code in {"importo_non_valido", "importo_troppi_decimali", "importo_ambiguo"}
    assert isinstance(caught.value, InvalidInput)
    assert isinstance(caught.value, AppError)


def test_more_than_two_decimals_is_named_in_the_message() -> None:
    with pytest.raises(InvalidAmount) as caught:
        parse_amount("1315.755")
    assert caught.value.message == (
        "Importo non valido «1315.755»: al massimo due decimali (i centesimi)."
    )


def test_a_lone_thousands_group_is_refused_as_ambiguous() -> None:
    # "1.234" is 1234 euro in Italian and 1.234 euro elsewhere: a thousandfold risk.
    with pytest.raises(InvalidAmount) as caught:
        parse_amount("1.234")
    assert caught.value.message == (
        "Importo non valido «1.234»: ambiguo, scrivi 1234 oppure 1.234,00."
    )


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, "€ 0,00"),
        (5, "€ 0,05"),
        (131_575, "€ 1.315,75"),
        (8_785_312, "€ 87.853,12"),
        (100_000_000, "€ 1.000.000,00"),
        (-123_456, "-€ 1.234,56"),
        (-5, "-€ 0,05"),
    ],
)
def test_format_eur_is_italian_with_the_sign_before_the_euro(cents: int, text: str) -> None:
    assert format_eur(cents) == text


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "0.00"), (4_465_973, "44659.73"), (-5, "-0.05"), (100, "1.00")],
)
def test_format_decimal_is_the_programme_file_form(cents: int, text: str) -> None:
    assert format_decimal(cents) == text


def test_cents_add_up_exactly_where_floats_would_not() -> None:
    assert parse_amount("0.10") + parse_amount("0.20") == parse_amount("0.30")
    assert 0.1 + 0.2 != 0.3  # the reason money is never a float


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_format_then_parse_gives_back_the_same_cents(cents: int) -> None:
    assert parse_amount(format_eur(cents)) == cents
    assert parse_amount(format_decimal(cents)) == cents


@given(
    st.decimals(
        min_value=Decimal("-1e10"),
        max_value=Decimal("1e10"),
        places=2,
        allow_nan=False,
        allow_infinity=False,
    )
)
def test_parse_then_format_keeps_the_decimal_value(value: Decimal) -> None:
    cents = parse_amount(f"{value:f}")
    assert Decimal(cents) / 100 == value
    assert format_decimal(cents) == f"{value.quantize(Decimal('0.01')):f}".replace("-0.00", "0.00")


@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from([".", ","]),
    st.from_regex(r"[0-9]{3,6}", fullmatch=True),
)
def test_three_or_more_decimals_are_always_refused(euros: int, point: str, digits: str) -> None:
    with pytest.raises(InvalidAmount):
        parse_amount(f"{euros}{point}{digits}")
