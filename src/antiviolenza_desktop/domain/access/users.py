"""Rules for the people who use a store: login names and roles.

A login is a short lowercase handle (it appears in the audit log and in the slot file, so it
should not be the worker's full name); the display name is what the GUI shows.
"""

from __future__ import annotations

import re

from antiviolenza_desktop.domain.access.permissions import (
    ROLE_CAV,
    ROLE_COORDINATOR,
    ROLE_OPERATOR,
    ROLE_PROVINCIA,
    ROLES,
    RoleUnknown,
)
from antiviolenza_desktop.domain.errors import AppError, InvalidInput

__all__ = ["ROLES", "ROLE_CAV", "ROLE_COORDINATOR", "ROLE_OPERATOR", "ROLE_PROVINCIA"]


class LoginInvalid(InvalidInput):
    code = "nome_utente_non_valido"
    template = (
        "Nome utente non valido: da 3 a 32 caratteri tra lettere minuscole senza accenti, "
        "cifre, punto, trattino e trattino basso (per esempio «m.rossi»)."
    )


class DisplayNameInvalid(InvalidInput):
    code = "nome_da_mostrare_non_valido"
    template = "Scrivi il nome da mostrare (max {max})."


_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


def normalise_login(login: str) -> str:
    """Check and return the canonical (lowercase) login; raise InvalidInput with the reason."""
    candidate = login.strip().casefold()
    if not _LOGIN.match(candidate):
        raise LoginInvalid(field="user")
    return candidate


def check_display_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not 1 <= len(cleaned) <= 200:
        raise DisplayNameInvalid(field="display_name", max=200)
    return cleaned


def check_role(role: str) -> str:
    if role not in ROLES:
        raise RoleUnknown(field="role", role=role)
    return role


class OwnAccount(AppError):
    """A coordinator cannot disable herself or change her own role: she would lock herself out
    of the very screen she needs to undo it."""

    code = "utente_proprio"
    template = (
        "Non puoi disattivare né cambiare il ruolo del tuo stesso utente: chiedilo a un'altra "
        "coordinatrice."
    )


class LastCoordinator(AppError):
    """Without an active coordinator nobody could add, enable or reset a user again."""

    code = "ultima_coordinatrice"
    template = (
        "«{user}» è l'unica coordinatrice attiva: prima dai il ruolo di coordinatrice a "
        "un'altra utente attiva."
    )


class UserDisabled(AppError):
    code = "utente_disattivato"
    template = (
        "L'utente «{user}» è disattivato: chiedi a una coordinatrice di riattivarlo "
        "(con una nuova password)."
    )


class PasswordsDiffer(AppError):
    code = "password_diverse"
    template = "Le due password non coincidono: riscrivile uguali."


class WrongCurrentPassword(AppError):
    """Changing her own password needs the one she has now: a colleague at an unlocked desk
    must not take over the account."""

    code = "password_attuale_errata"
    template = "Password attuale errata: scrivi la password con cui hai aperto l'archivio."
