"""Each refusal of the account rules has its own code, so a front end never reads its text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from antiviolenza_desktop.domain.access.password_policy import MAX_LENGTH, check_password
from antiviolenza_desktop.domain.access.users import check_display_name, check_role, normalise_login
from antiviolenza_desktop.domain.errors import AppError


@pytest.mark.parametrize(
    ("check", "code", "field"),
    [
        (lambda: check_password("Ab1!" * (MAX_LENGTH // 4 + 1)), "password_troppo_lunga", None),
        (lambda: normalise_login("a b"), "nome_utente_non_valido", "user"),
        (lambda: normalise_login("ab"), "nome_utente_non_valido", "user"),
        (lambda: check_display_name("   "), "nome_da_mostrare_non_valido", "display_name"),
        (lambda: check_role("amministratrice"), "ruolo_sconosciuto", "role"),
    ],
    ids=["password-too-long", "login-space", "login-short", "display-name-empty", "role"],
)
def test_each_account_refusal_has_its_code(
    check: Callable[[], object], code: str, field: str | None
) -> None:
    with pytest.raises(AppError) as refused:
        check()
    assert refused.value.code == code
    if field is not None:
        assert refused.value.field == field
