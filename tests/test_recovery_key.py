"""The recovery key reads aloud, types back, and names the group of a typo."""

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.access.recovery_key import (
    ALPHABET,
    format_recovery_key,
    parse_recovery_key,
)
from antiviolenza_desktop.domain.store_errors import RecoveryKeyMalformed, RecoveryKeyTypo


@given(st.binary(min_size=20, max_size=20))
def test_round_trip_for_any_key(raw: bytes) -> None:
    shown = format_recovery_key(raw)
    assert len(shown.split("-")) == 8
    assert all(len(group) == 5 for group in shown.split("-"))
    assert parse_recovery_key(shown) == raw


def test_case_spaces_dashes_and_lookalikes_do_not_matter() -> None:
    raw = bytes(range(20))
    shown = format_recovery_key(raw)
    typed = " ".join(shown.lower().split("-")).replace("0", "o").replace("1", "l")
    assert parse_recovery_key(typed) == raw


def test_alphabet_has_no_ambiguous_letters() -> None:
    assert not set("ILOU") & set(ALPHABET)
    assert len(set(ALPHABET)) == 32


@pytest.mark.parametrize("group", range(1, 9))
def test_a_single_typo_is_named_by_its_group(group: int) -> None:
    raw = os.urandom(20)
    groups = format_recovery_key(raw).split("-")
    target = groups[group - 1]
    detected = 0
    for position in range(5):
        for replacement in ALPHABET:
            if replacement == target[position]:
                continue
            wrong = target[:position] + replacement + target[position + 1 :]
            typed = "-".join([*groups[: group - 1], wrong, *groups[group:]])
            try:
                parse_recovery_key(typed)
            except RecoveryKeyTypo as error:
                assert error.params["group"] == group
                detected += 1
    # a one-character check catches 31 of every 32 substitutions
    assert detected >= 0.9 * 5 * 31


def test_swapped_groups_are_caught() -> None:
    groups = format_recovery_key(os.urandom(20)).split("-")
    groups[0], groups[1] = groups[1], groups[0]
    with pytest.raises(RecoveryKeyTypo):
        parse_recovery_key("-".join(groups))


def test_wrong_length_says_how_many_groups() -> None:
    shown = format_recovery_key(os.urandom(20))
    with pytest.raises(RecoveryKeyMalformed) as caught:
        parse_recovery_key(shown[:-6])
    assert caught.value.params["found"] == 7
    assert "8 gruppi" in caught.value.message
