"""Getting secrets from the person at the keyboard, a file, or the environment (as restic does).

Order: an explicit file option, then the environment variable, then an interactive prompt.
With no terminal and no other source the command refuses instead of hanging. A file or a
variable goes through domain.secret_text (strict UTF-8, a Notepad BOM and one trailing line
ending dropped), so the secret is what the person types at the lock screen.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from antiviolenza_desktop.domain.access.secret_text import secret_from_file, secret_from_text
from antiviolenza_desktop.domain.errors import InvalidInput
from antiviolenza_desktop.domain.store_errors import StoreLocked, StoreOpenElsewhere
from antiviolenza_desktop.services.paths import default_store_path
from antiviolenza_desktop.services.shared_unlock import unlock_beside_holder
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock

PASSWORD_ENV = "ANTIVIOLENZA_PASSWORD"  # noqa: S105 - a variable name
NEW_PASSWORD_ENV = "ANTIVIOLENZA_NEW_PASSWORD"  # noqa: S105 - a variable name
RECOVERY_KEY_ENV = "ANTIVIOLENZA_RECOVERY_KEY"
SIGNER_PASSWORD_ENV = "ANTIVIOLENZA_SIGNER_PASSWORD"  # noqa: S105 - a variable name


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        help=f"file dell'archivio (predefinito: {default_store_path()})",
    )


def add_user_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, help="nome utente")
    parser.add_argument(
        "--password-file", type=Path, help=f"file con la password (oppure ${PASSWORD_ENV})"
    )


def add_new_password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-password-file",
        type=Path,
        help=f"file con la nuova password (oppure ${NEW_PASSWORD_ENV})",
    )


def store_path(args: argparse.Namespace) -> Path:
    return Path(args.store) if args.store else default_store_path()


def _from_file(path: Path) -> str:
    """The secret in a file named on the command line (a password or the recovery key)."""
    try:
        raw = path.read_bytes()
    except OSError:
        raise InvalidInput(reason=f"Non riesco a leggere il file {path.name}.") from None
    return _checked(secret_from_file(raw, name=path.name))


def _from_environment(variable: str) -> str:
    return _checked(secret_from_text(os.environ[variable], source=variable))


def _checked(secret: str) -> str:
    """Refuse a secret that is not valid text, without ever echoing any of it."""
    try:
        secret.encode("utf-8")
    except UnicodeError:
        raise InvalidInput(
            reason="La password contiene caratteri non validi: usa testo UTF-8."
        ) from None
    return secret


def _prompt(prompt: str, source_hint: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(reason=f"Nessuna password: nessun terminale. Usa {source_hint}.")
    return _checked(getpass.getpass(prompt))


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if getattr(args, "password_file", None):
        return _from_file(args.password_file)
    if PASSWORD_ENV in os.environ:
        return _from_environment(PASSWORD_ENV)
    return _prompt(prompt, f"--password-file o ${PASSWORD_ENV}")


def read_new_password(args: argparse.Namespace) -> str:
    if getattr(args, "new_password_file", None):
        return _from_file(args.new_password_file)
    if NEW_PASSWORD_ENV in os.environ:
        return _from_environment(NEW_PASSWORD_ENV)
    first = _prompt("Nuova password: ", f"--new-password-file o ${NEW_PASSWORD_ENV}")
    if getpass.getpass("Ripeti la nuova password: ") != first:
        raise InvalidInput(field="password", reason="Le due password non coincidono.")
    return first


def read_signer_password(args: argparse.Namespace, signer: str) -> str:
    """The password of the équipe member who signs an act of a project (`casi firma`), typed
    again even when she is the one who opened the store: a signature is her own confirmation."""
    if getattr(args, "signer_password_file", None):
        return _from_file(args.signer_password_file)
    if SIGNER_PASSWORD_ENV in os.environ:
        return _from_environment(SIGNER_PASSWORD_ENV)
    hint = f"--password-firmataria-file o ${SIGNER_PASSWORD_ENV}"
    return _prompt(f"Password di {signer} (firma): ", hint)


def read_recovery_key(args: argparse.Namespace) -> str:
    if getattr(args, "recovery_key_file", None):
        return _from_file(args.recovery_key_file)
    if RECOVERY_KEY_ENV in os.environ:
        return _from_environment(RECOVERY_KEY_ENV)
    if not sys.stdin.isatty():
        raise InvalidInput(
            reason=f"Nessuna chiave di recupero: usa --recovery-key-file o ${RECOVERY_KEY_ENV}."
        )
    return input("Chiave di recupero (come sul foglio): ")


@contextlib.contextmanager
def opened_store(
    args: argparse.Namespace, *, reading: bool = False, password: str | None = None
) -> Iterator[OpenStore]:
    """Unlock the store named by --store for --user; always close (and lock) it afterwards.

    While another process (the application) holds the store, a `reading` command opens it
    beside the holder, for reading only (`services.shared_unlock`); any other command is
    refused with StoreOpenElsewhere, which says to close or lock the application first.
    `password`, when the caller has read it already (it needs it again), is not asked twice."""
    database = store_path(args)
    password = read_password(args) if password is None else password
    try:
        opened = unlock(database, login=args.user, password=password)
    except StoreLocked:
        if not reading:
            raise StoreOpenElsewhere(name=database.name) from None
        opened = unlock_beside_holder(database, login=args.user, password=password)
    try:
        yield opened
    finally:
        opened.store.close()
