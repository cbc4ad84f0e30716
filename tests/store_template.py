"""New stores for the tests, each kind made once per test process and copied; keys derived once.

Making a store derives two Argon2id keys at the floor cost (m = 64 MiB, t = 3: 0.2–0.7 s each
on the 2-core CI machine), and most tests only need "a new store of the coordinator". A test
gets a copy of a store that `initialise_store` made and closed: the same files a new creation
writes, with the same first user and audit entry, only its store id and keys are those of the
copies other tests got. Within one test every store is a copy of a different template (the
second capofila of a test is another capofila, with its own keys), and a store made outside
a test (a module or session fixture, which lives beside the tests' own) is created for real.
Tests of creation itself create theirs (a test marked `real_stores` gets real creations from
these helpers too); `store_factory`'s bare stores (made by `create_store`, no audit entry) are
copies of their own templates.

`remembered_derive` stands in for `kdf.derive` for the whole session: Argon2id is a pure
function of (secret, salt, parameters), so remembering its result changes no answer, only how
often a copy's password is derived again (once per session instead of once per unlock).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Hashable
from pathlib import Path

from antiviolenza_desktop.services.store_lifecycle import initialise_store
from antiviolenza_desktop.store import kdf
from tests.support import LOGIN, PASSWORD

_real_derive = kdf.derive
_derived: dict[tuple[bytes, bytes, kdf.KdfParams], bytes] = {}
Create = Callable[[Path], str]  # makes and closes the store at the path, returns its recovery key
_templates: dict[tuple[Hashable, int], tuple[Path, str]] = {}  # folder, recovery key
_made_in_test: Counter[Hashable] | None = None


def remembered_derive(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
    """`kdf.derive`, computed once per (secret, salt, parameters) in this process."""
    key = (secret, salt, params)
    if key not in _derived:
        _derived[key] = _real_derive(secret, salt, params)
    return _derived[key]


def begin_test() -> None:
    """From here to `end_test`, stores are copies, a different template for each."""
    global _made_in_test
    _made_in_test = Counter()


def end_test() -> None:
    global _made_in_test
    _made_in_test = None


def copy_of(
    database: Path, kind: Hashable, create: Create, *, alone: bool = False
) -> tuple[Path, str]:
    """`database`, closed, made by `create` or copied from a template of the same `kind` (which
    names what `create` makes, file name included); and its recovery key. `alone`: the test
    holds no other store beside it (a property test's store for each example), so all of them
    may copy the same template."""
    database.parent.mkdir(parents=True, exist_ok=True)
    if _made_in_test is None:
        return database, create(database)
    nth = 0 if alone else _made_in_test[kind]
    _made_in_test[kind] += 1
    if (kind, nth) not in _templates:
        folder = Path(tempfile.mkdtemp(prefix="avdb-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _templates[kind, nth] = folder, create(folder / database.name)
    template, recovery_key = _templates[kind, nth]
    for path in template.iterdir():  # the database, its slot file and its (free) lock file
        shutil.copy2(path, database.parent / path.name)
    return database, recovery_key


def new_store(
    folder: Path,
    *,
    file_name: str = "archivio.avdb",
    store_name: str = "Archivio di prova",
    ambito: str = "cremonese",
    alone: bool = False,
) -> Path:
    """`folder/file_name`, closed: a new store (`initialise_store`) of the coordinator
    LOGIN/PASSWORD; `alone` as in `copy_of`."""
    return new_store_and_key(
        folder, file_name=file_name, store_name=store_name, ambito=ambito, alone=alone
    )[0]


def new_store_and_key(
    folder: Path,
    *,
    file_name: str = "archivio.avdb",
    store_name: str = "Archivio di prova",
    ambito: str = "cremonese",
    alone: bool = False,
) -> tuple[Path, str]:
    """`new_store`, and the store's recovery key."""

    def create(database: Path) -> str:
        created = initialise_store(
            database,
            store_name=store_name,
            ambito=ambito,
            login=LOGIN,
            display_name="Coordinatrice Prova",
            password=PASSWORD,
            params=kdf.FLOOR_PARAMS,
        )
        created.store.close()
        return created.recovery_key

    kind = ("initialised", file_name, store_name, ambito)
    return copy_of(folder / file_name, kind, create, alone=alone)
