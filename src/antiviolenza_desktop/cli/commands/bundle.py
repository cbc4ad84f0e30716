"""`antiviolenza bundle`: the signed, encrypted files an Ambito sends to the capofila.

    bundle inspect FILE   the visible header only (format, recipient key, size); no key, no
                          store: anyone may look, and there is nothing personal to see.

A damaged, truncated or foreign file is named as such (the same checks the import runs first).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.exchange.bundle_header import read_header
from antiviolenza_desktop.exchange.bundle_io import read_bundle_file

NAME = "bundle"
HELP = "pacchetti di scambio tra Ambiti e capofila"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="bundle_action", metavar="AZIONE", required=True)
    inspect = actions.add_parser("inspect", help="mostra l'intestazione di un pacchetto")
    inspect.add_argument("file", type=Path, metavar="FILE", help="file del pacchetto")
    inspect.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="risultato in JSON"
    )
    inspect.set_defaults(bundle_run=_inspect)


def run(args: argparse.Namespace) -> int:
    return int(args.bundle_run(args))


def _inspect(args: argparse.Namespace) -> int:
    data = read_bundle_file(args.file)
    header = read_header(data)
    text = "\n".join(
        [
            f"Pacchetto: {args.file}",
            f"  formato: versione {header.version}",
            f"  destinatario (chiave di cifratura della capofila): {header.recipient_key_id}",
            f"  dimensione: {len(data)} byte (contenuto cifrato: {header.body_length} byte)",
            "  intestazione integra; il contenuto si verifica solo all'importazione.",
        ]
    )
    result = {
        "file": str(args.file),
        "versione_formato": header.version,
        "id_chiave_destinatario": header.recipient_key_id,
        "byte": len(data),
        "byte_cifrati": header.body_length,
    }
    output.result(args, text, result)
    return 0
