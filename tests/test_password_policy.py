"""Weak passwords are refused with a reason a person can act on."""

import pytest

from antiviolenza_desktop.domain.access.password_policy import check_password
from antiviolenza_desktop.domain.store_errors import WeakPassword


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("corta1!", "almeno 12"),
        ("Antiviolenza2017", "facile da indovinare"),
        ("cremonacremona1", "facile da indovinare"),
        ("m.rossi-la-mia-password", "nome utente"),
    ],
)
def test_refusals_name_the_reason(password: str, fragment: str) -> None:
    with pytest.raises(WeakPassword) as caught:
        check_password(password, ["m.rossi", "Archivio CAV"])
    assert fragment in caught.value.message
    assert caught.value.field == "password"


def test_a_passphrase_is_accepted() -> None:
    check_password("tegola-viola-fiume-capriolo", ["m.rossi"])
