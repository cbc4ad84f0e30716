"""New stores for the tests, made once per test process and copied, and keys derived once.

Making a store derives two Argon2id keys at the floor cost (m = 64 MiB, t = 3: 0.2–0.7 s each
on the 2-core CI machine), and most tests only need "a new store of the coordinator". They get
a copy of one store that `initialise_store` made and closed: the same files a new creation
writes, with the same first user and audit entry, only not their own store id and keys, which
no test of a single store compares with anything. Tests of creation itself, and of exchanges
between stores, still create theirs.

`remembered_derive` stands in for `kdf.derive` for the whole session: Argon2id is a pure
function of (secret, salt, parameters), so remembering its result changes no answer, only how
often a copy's password is derived again (once per session instead of once per unlock).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from pathlib import Path

from antiviolenza_desktop.services.store_lifecycle import initialise_store
from antiviolenza_desktop.store import kdf
from tests.support import LOGIN, PASSWORD

STORE_NAME = "archivio.avdb"
_made: list[Path] = []
_making = threading.Lock()
_derived: dict[tuple[bytes, bytes, kdf.KdfParams], bytes] = {}
_real_derive = kdf.derive


def remembered_derive(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
    """`kdf.derive`, computed once per (secret, salt, parameters) in this process."""
    key = (secret, salt, params)
    if key not in _derived:
        _derived[key] = _real_derive(secret, salt, params)
    return _derived[key]


def _template() -> Path:
    """The folder holding the closed template store (made on first use, removed at exit)."""
    with _making:
        if not _made:
            folder = Path(tempfile.mkdtemp(prefix="avdb-template-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            initialise_store(
                folder / STORE_NAME,
                store_name="Archivio di prova",
                ambito="cremonese",
                login=LOGIN,
                display_name="Coordinatrice Prova",
                password=PASSWORD,
                params=kdf.FLOOR_PARAMS,
            ).store.close()
            _made.append(folder)
        return _made[0]


def new_store(folder: Path) -> Path:
    """`folder/archivio.avdb`, closed: the Cremonese store of the coordinator LOGIN/PASSWORD."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in _template().iterdir():  # the database, its slot file and its (free) lock file
        shutil.copy2(path, folder / path.name)
    return folder / STORE_NAME
