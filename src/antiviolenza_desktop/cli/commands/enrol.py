"""`antiviolenza enrol`: joining an Ambito's store to the network, and managing exchange keys.

    enrol issue --ambito CODE --out FILE      capofila: enrolment file + one-time code
    enrol accept FILE [--out KEYFILE]         Ambito: with the code; shows the fingerprint
    enrol export-key --out KEYFILE            Ambito: its public-key file again
    enrol register KEYFILE [--fingerprint F]  capofila: registers it if the fingerprint matches
    enrol revoke --key-id ID                  capofila: a lost laptop's key is refused from now
    enrol rotate [--out KEYFILE]              a new key (capofila: encryption; Ambito: signing)
    enrol keys                                this store's keys and (capofila) the registry

The one-time code comes from --code-file, $ANTIVIOLENZA_ONE_TIME_CODE or a hidden prompt; the
fingerprint from --fingerprint or a prompt, because a person must type what she hears.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.domain.access.secret_text import secret_from_text
from antiviolenza_desktop.domain.errors import InvalidInput
from antiviolenza_desktop.operations.exchange_enrolment import (
    accept_enrolment,
    issue_enrolment_file,
    read_code_file,
    read_enrolment_file,
)
from antiviolenza_desktop.operations.exchange_keys import (
    WrittenKey,
    export_public_key,
    list_keys,
    read_key_file,
    register_key,
    revoke_key,
    rotate_key,
)
from antiviolenza_desktop.services import exchange_records as records

NAME = "enrol"
HELP = "iscrizione alla rete e chiavi di scambio (capofila e Ambiti)"
CODE_ENV = "ANTIVIOLENZA_ONE_TIME_CODE"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="enrol_action", metavar="AZIONE", required=True)
    issue = _action(actions, "issue", "capofila: emetti il file di iscrizione di un Ambito", _issue)
    issue.add_argument("--ambito", required=True, help="codice dell'Ambito")
    issue.add_argument("--out", type=Path, required=True, help="file di iscrizione da scrivere")
    accept = _action(actions, "accept", "Ambito: accetta il file di iscrizione", _accept)
    accept.add_argument("file", type=Path, metavar="FILE", help="file di iscrizione")
    accept.add_argument("--code-file", type=Path, help=f"file con il codice (oppure ${CODE_ENV})")
    accept.add_argument("--out", type=Path, help="dove scrivere la chiave pubblica da inviare")
    export = _action(actions, "export-key", "Ambito: scrivi il file della chiave pubblica", _export)
    export.add_argument("--out", type=Path, required=True, help="file da scrivere")
    register = _action(actions, "register", "capofila: registra la chiave di un Ambito", _register)
    register.add_argument("file", type=Path, metavar="FILE", help="file della chiave pubblica")
    register.add_argument("--fingerprint", help="impronta dettata dall'Ambito (6 gruppi di cifre)")
    revoke = _action(actions, "revoke", "capofila: revoca la chiave di un Ambito", _revoke)
    revoke.add_argument("--key-id", required=True, help="identificativo della chiave")
    rotate = _action(actions, "rotate", "crea una nuova chiave e ritira la precedente", _rotate)
    rotate.add_argument("--out", type=Path, help="Ambito: file della nuova chiave pubblica")
    _action(actions, "keys", "elenca le chiavi dell'archivio e quelle registrate", _keys)


def _action(
    actions: Any, name: str, help_text: str, handler: Callable[[argparse.Namespace], int]
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
    add_store_argument(parser)
    add_user_arguments(parser)
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="risultato in JSON"
    )
    parser.set_defaults(enrol_run=handler)
    return parser


def run(args: argparse.Namespace) -> int:
    return int(args.enrol_run(args))


def _issue(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        issued = issue_enrolment_file(opened, args.ambito, args.out)
    text = (
        f"File di iscrizione per l'Ambito «{issued.ambito}» scritto in {args.out}.\n"
        f"Codice monouso da dettare al telefono (mai insieme al file):\n\n"
        f"    {issued.one_time_code}\n"
    )
    data = {
        "file": str(args.out),
        "ambito": issued.ambito,
        "codice_monouso": issued.one_time_code,
        "chiave_cifratura": issued.encryption_key_id,
    }
    output.result(args, text, data)
    return 0


def read_code(args: argparse.Namespace) -> str:
    if args.code_file:
        return read_code_file(args.code_file)
    if CODE_ENV in os.environ:
        return secret_from_text(os.environ[CODE_ENV], source=CODE_ENV)
    if not sys.stdin.isatty():
        raise InvalidInput(reason=f"Nessun codice monouso: usa --code-file o ${CODE_ENV}.")
    return getpass.getpass("Codice monouso dettato dalla capofila: ")


def _accept(args: argparse.Namespace) -> int:
    data = read_enrolment_file(args.file, args.out)
    code = read_code(args)
    with opened_store(args) as opened:
        accepted = accept_enrolment(opened, data, code, args.out).enrolment
    lines = [
        f"Iscrizione {'rinnovata' if accepted.renewed else 'accettata'}: Ambito "
        f"«{accepted.ambito}».",
        f"Impronta della chiave di firma {accepted.key_id} (da leggere alla capofila):",
        "",
        f"    {accepted.fingerprint}",
        "",
    ]
    if args.out:
        lines.append(f"Chiave pubblica da inviare alla capofila: {args.out}")
    data_out = {
        "ambito": accepted.ambito,
        "id_chiave": accepted.key_id,
        "impronta": accepted.fingerprint,
        "nuova_chiave": accepted.new_key,
        "rinnovata": accepted.renewed,
        "file_chiave": str(args.out) if args.out else None,
    }
    output.result(args, "\n".join(lines), data_out)
    return 0


def _export(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        written = export_public_key(opened, args.out)
    _show_key_file(args, written)
    return 0


def _show_key_file(args: argparse.Namespace, written: WrittenKey) -> None:
    text = (
        f"Chiave pubblica {written.key_id} dell'Ambito «{written.ambito}» scritta in "
        f"{written.path}.\nImpronta da leggere alla capofila:\n\n    {written.fingerprint}\n"
    )
    data = {"file": str(written.path), "ambito": written.ambito, "id_chiave": written.key_id}
    output.result(args, text, {**data, "impronta": written.fingerprint})


def read_fingerprint(args: argparse.Namespace) -> str:
    if args.fingerprint:
        return str(args.fingerprint)
    if not sys.stdin.isatty():
        raise InvalidInput(
            field="fingerprint", reason="Nessuna impronta: usa --fingerprint con quella dettata."
        )
    return input("Impronta dettata dall'Ambito (6 gruppi di 5 cifre): ")


def _register(args: argparse.Namespace) -> int:
    key = read_key_file(args.file)
    typed = read_fingerprint(args)
    with opened_store(args) as opened:
        sender = register_key(opened, key, typed)
    text = (
        f"Chiave {sender.key_id} registrata per l'Ambito «{sender.ambito}»: i suoi pacchetti "
        "saranno accettati."
    )
    output.result(args, text, {"ambito": sender.ambito, "id_chiave": sender.key_id})
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        sender = revoke_key(opened, args.key_id)
    text = (
        f"Chiave {sender.key_id} dell'Ambito «{sender.ambito}» revocata: i pacchetti firmati "
        "con essa saranno rifiutati. L'Ambito crei una nuova chiave (enrol rotate) e la invii."
    )
    output.result(args, text, {"ambito": sender.ambito, "id_chiave": sender.key_id})
    return 0


def _rotate(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        rotated = rotate_key(opened, args.out)
    summary = rotated.summary
    if rotated.written is not None:
        _show_key_file(args, rotated.written)
        return 0
    if rotated.public is not None:
        text = (
            f"Nuova chiave di firma {summary.key_id}; impronta {summary.fingerprint}. "
            "Esportala (enrol export-key) e falla registrare alla capofila."
        )
    else:
        text = (
            f"Nuova chiave di cifratura {summary.key_id}: emetti un nuovo file di iscrizione "
            "per ogni Ambito. La chiave precedente apre ancora i pacchetti già in viaggio."
        )
    output.result(args, text, {"scopo": summary.purpose, "id_chiave": summary.key_id})
    return 0


PURPOSES = {"signing": "firma", "encryption": "cifratura", "network": "rete"}


def _keys(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        listing = list_keys(opened)
    lines = ["Chiavi di questo archivio:"] if listing.own else ["Nessuna chiave di scambio."]
    for key in listing.own:
        state = f"ritirata il {records.shown_day(key.retired_at)}" if key.retired_at else "attiva"
        shown = f" · impronta {key.fingerprint}" if key.fingerprint else ""
        lines.append(f"  {PURPOSES[key.purpose]:<10} {key.key_id} · {state}{shown}")
    if listing.registry:
        lines.append("Chiavi registrate degli Ambiti:")
    for sender in listing.registry:
        lines.append(f"  {sender.ambito:<12} {sender.key_id} · {sender.status}")
    data = {
        "chiavi": [
            {"scopo": k.purpose, "id_chiave": k.key_id, "ritirata": k.retired_at}
            for k in listing.own
        ],
        "mittenti": [
            {"ambito": s.ambito, "id_chiave": s.key_id, "stato": s.status} for s in listing.registry
        ],
    }
    output.result(args, "\n".join(lines), data)
    return 0
