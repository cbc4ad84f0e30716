"""The self-test: named checks, each OK or ERRORE, run in the very build a person installed.

`antiviolenza self-test` runs the checks that need no Qt (this module's, the store's, the
exchange's and the reports'); `antiviolenza-gui --self-test` runs them all plus the Qt ones.
Each layer owns the checks of what it uses; this module runs a list of them and writes one
line per check. Nothing here touches real data: the throwaway store lives in a temporary
folder, with a random password, and is deleted at the end.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.maintenance import verify
from antiviolenza_desktop.services.municipalities import municipalities
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.resources import find_resource
from antiviolenza_desktop.services.store_lifecycle import initialise_store, unlock
from antiviolenza_desktop.store import self_check as store_checks
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS

# Files without which the application cannot start its forms, its English interface or its
# Italian plural forms.
REQUIRED_RESOURCES = (
    ("istat", "comuni.json"),
    ("programmes", "cremona-dgr6947-2017.toml"),
    ("instruments", "valutazione-multidimensionale-v1.toml"),
    ("translations", "antiviolenza_en.qm"),
    ("translations", "antiviolenza_it.qm"),
)
MINIMUM_MUNICIPALITIES = 7000  # Italy has about 7,900 comuni
CREMONA_CODE = "D150"


@dataclass(frozen=True)
class Check:
    """One named check: `run` returns an optional detail and raises when the check fails."""

    name: str
    run: Callable[[], str | None]


def run_checks(checks: Iterable[Check], write: Callable[[str], None]) -> bool:
    """Run every check (a failure does not stop the others); True when all passed."""
    passed = True
    for check in checks:
        try:
            detail = check.run()
        except Exception as error:  # a self-test reports every failure, whatever its type
            passed = False
            write(f"ERRORE  {check.name}: {type(error).__name__}: {error}")
        else:
            write(f"OK      {check.name}" + (f" ({detail})" if detail else ""))
    write("Autodiagnosi superata." if passed else "Autodiagnosi NON superata.")
    return passed


def check_resources() -> str:
    missing = ["/".join(parts) for parts in REQUIRED_RESOURCES if find_resource(*parts) is None]
    if missing:
        raise FileNotFoundError("mancano in resources/: " + ", ".join(missing))
    load_default_programme()
    current_instrument()
    return f"{len(REQUIRED_RESOURCES)} file"


def check_municipalities() -> str:
    listed = municipalities()
    if len(listed.items) < MINIMUM_MUNICIPALITIES or CREMONA_CODE not in listed.by_code():
        raise ValueError(f"elenco ISTAT incompleto: {len(listed.items)} comuni")
    return f"{len(listed.items)} comuni al {listed.as_of}"


def check_utf8_mode() -> str:
    """The installed build runs in Python's UTF-8 mode (the spec's `-X utf8`), so files and
    pipes are UTF-8 whatever the Windows code page; a source checkout need not be."""
    if not getattr(sys, "frozen", False):
        return "non richiesta: eseguito dai sorgenti"
    if not sys.flags.utf8_mode:
        raise RuntimeError("il programma installato non è in modalità UTF-8 (-X utf8)")
    return "attiva"


def check_throwaway_store() -> str:
    """Create, lock, unlock and verify a store in a temporary folder, then delete it."""
    password = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="antiviolenza-autodiagnosi-") as folder:
        database = Path(folder) / "prova.avdb"
        created = initialise_store(
            database,
            store_name="Autodiagnosi",
            ambito="cremonese",
            login="autodiagnosi",
            display_name="Autodiagnosi",
            password=password,
            params=FLOOR_PARAMS,
        )
        created.store.close()
        opened = unlock(database, login="autodiagnosi", password=password)
        try:
            connection = opened.store.raw_connection()
            try:
                version = store_checks.check_cipher_connection(connection)
            finally:
                connection.close()
            report = verify(opened)
        finally:
            opened.store.close()
        if not report.healthy:
            raise ValueError("verifica dell'archivio di prova: " + "; ".join(report.problems))
    return f"SQLCipher {version}"


CHECKS: tuple[Check, ...] = (
    Check("risorse dell'applicazione", check_resources),
    Check("elenco ISTAT dei comuni", check_municipalities),
    Check("migrazioni dello schema", store_checks.check_migrations_head),
    Check("Argon2id", store_checks.check_argon2id),
    Check("modalità UTF-8 di Python", check_utf8_mode),
    Check("archivio cifrato SQLCipher", check_throwaway_store),
)
