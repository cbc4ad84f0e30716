"""`bundle import` looks at the file before the password (issue 12).

It used to unlock the store (a full Argon2id derivation, about a second and 64 MiB or more)
before looking at the file; now a file that is not a whole bundle is refused by the same
header checks `bundle inspect` runs, without asking for the password or deriving any key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from antiviolenza_desktop.cli import credentials_input
from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.exchange.bundle_header import DEFAULT_SIZE_LIMIT, pack_header
from antiviolenza_desktop.store import kdf

HEADER = pack_header(recipient_key_id="00" * 16, body_length=1_000)


def _truncated(path: Path) -> None:
    path.write_bytes(HEADER + b"\x00" * 10)


def _garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 4)


def _wrong_magic(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + HEADER[4:] + b"\x00" * 1_000)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _tail_added(path: Path) -> None:
    path.write_bytes(HEADER + b"\x00" * 1_000 + b"coda")


def _oversized(path: Path) -> None:
    with path.open("wb") as stream:
        stream.truncate(DEFAULT_SIZE_LIMIT + 1)  # sparse: costs no disk


@pytest.mark.parametrize(
    ("write", "code"),
    [
        (_truncated, "pacchetto_troncato"),
        (_garbage, "non_pacchetto"),
        (_wrong_magic, "non_pacchetto"),
        (_empty, "non_pacchetto"),
        (_tail_added, "pacchetto_alterato"),
        (_oversized, "pacchetto_troppo_grande"),
    ],
    ids=["truncated", "garbage", "wrong-magic", "empty", "tail-added", "oversized"],
)
def test_a_bad_file_is_refused_before_the_password_and_the_key_derivation(
    write: Callable[[Path], None],
    code: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def forbidden(name: str) -> Callable[..., object]:
        def record(*_args: object, **_kwargs: object) -> object:
            calls.append(name)
            raise RuntimeError(name)

        return record

    monkeypatch.setattr(credentials_input, "read_password", forbidden("password"))
    monkeypatch.setattr(credentials_input, "unlock", forbidden("unlock"))
    monkeypatch.setattr(kdf, "derive", forbidden("kdf"))
    bundle = tmp_path / "pacchetto.avbundle"
    write(bundle)
    store = tmp_path / "capofila.avdb"
    exit_code = main(
        ["bundle", "import", str(bundle), "--store", str(store), "--user", "coord", "--json"]
    )
    payload = json.loads(capsys.readouterr().out)
    assert calls == []
    assert (exit_code, payload["code"]) == (1, code)
    assert not store.exists()
