"""`antiviolenza bundle`: the signed, encrypted files an Ambito sends to the capofila.

    bundle export --out FILE        Ambito: the whole pseudonymised state, for the capofila only
    bundle import FILE [--dry-run]  capofila: every check, the change report, then the merge
                                    (with --dry-run: the report only, nothing written)
    bundle inspect FILE             the visible header only (format, recipient key, size); no
                                    key, no store: anyone may look, nothing personal to see.

A damaged, truncated, oversized or foreign file is named as such by the header checks, which
`import` runs before asking for the password and unlocking the store (the full key derivation),
exactly as `inspect` does.
The export's number is taken in the store's transaction and the file written after the commit:
if the write fails, that number is skipped, which the capofila accepts (only older numbers, or
the same number with other content, are refused).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.domain.exchange.province_changes import ChangeReport
from antiviolenza_desktop.exchange.bundle_export import export_bundle
from antiviolenza_desktop.exchange.bundle_header import read_header
from antiviolenza_desktop.exchange.bundle_import import (
    ImportPreview,
    import_bundle,
    preview_import,
)
from antiviolenza_desktop.exchange.bundle_io import (
    read_bundle_file,
    refuse_existing,
    write_new_file,
)
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

NAME = "bundle"
HELP = "pacchetti di scambio tra Ambiti e capofila"


def _action(
    actions: Any, name: str, help_text: str, handler: Callable[[argparse.Namespace], int]
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="risultato in JSON"
    )
    parser.set_defaults(bundle_run=handler)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="bundle_action", metavar="AZIONE", required=True)
    export = _action(actions, "export", "Ambito: esporta il pacchetto per la capofila", _export)
    add_store_argument(export)
    add_user_arguments(export)
    export.add_argument("--out", type=Path, required=True, help="file del pacchetto da scrivere")
    merge = _action(actions, "import", "capofila: verifica e unisci un pacchetto", _import)
    add_store_argument(merge)
    add_user_arguments(merge)
    merge.add_argument("file", type=Path, metavar="FILE", help="file del pacchetto")
    merge.add_argument(
        "--dry-run", action="store_true", help="mostra solo cosa cambierebbe, senza unire"
    )
    inspect = _action(actions, "inspect", "mostra l'intestazione di un pacchetto", _inspect)
    inspect.add_argument("file", type=Path, metavar="FILE", help="file del pacchetto")


def run(args: argparse.Namespace) -> int:
    return int(args.bundle_run(args))


def _export(args: argparse.Namespace) -> int:
    refuse_existing(args.out)
    with opened_store(args) as opened, UnitOfWork(opened.store, opened.actor) as uow:
        bundle = export_bundle(uow, created_at=datetime.now(UTC))
    write_new_file(args.out, bundle.data)
    text = (
        f"Pacchetto n. {bundle.sequence} dell'Ambito «{bundle.ambito}» scritto in {args.out} "
        f"({len(bundle.data)} byte): solo la capofila può aprirlo, non contiene nomi.\n"
        f"{bundle.summary.as_text()}"
    )
    data = {
        "file": str(args.out),
        "ambito": bundle.ambito,
        "numero": bundle.sequence,
        "byte": len(bundle.data),
        "donne": bundle.summary.women,
        "schede_condivise": bundle.summary.records,
    }
    output.result(args, text, data)
    return 0


def _report_data(report: ChangeReport) -> dict[str, Any]:
    return {
        "schede_nuove": report.added,
        "schede_modificate": report.changed,
        "schede_tolte": report.removed,
        "schede_chiuse": report.closed,
        "fondi": {
            f.fund: {
                "impegnato_prima": f.committed_before,
                "impegnato_dopo": f.committed_after,
                "erogato_prima": f.disbursed_before,
                "erogato_dopo": f.disbursed_after,
            }
            for f in report.funds
        },
        "indicatori": {i.what: {"prima": i.before, "dopo": i.after} for i in report.indicators},
    }


def _preview_data(preview: ImportPreview) -> dict[str, Any]:
    return {
        "ambito": preview.ambito,
        "numero": preview.sequence,
        "numero_precedente": preview.report.sequence_before,
        "creato": preview.created_at.isoformat(),
        "id_chiave_mittente": preview.sender_key_id,
        "sha256": preview.content_sha256,
        "gia_importato": preview.already_imported,
        "variazioni": _report_data(preview.report),
    }


def _import(args: argparse.Namespace) -> int:
    data = read_bundle_file(args.file)
    read_header(data)  # a file that is not a whole bundle is refused before the password
    with opened_store(args) as opened, UnitOfWork(opened.store, opened.actor) as uow:
        if args.dry_run:
            preview, merged = preview_import(uow, data), False
        else:
            result = import_bundle(uow, data)
            preview, merged = result.preview, result.merged
    if args.dry_run:
        tail = "Prova (--dry-run): nulla è stato unito."
    elif merged:
        tail = f"Unito: i totali provinciali usano ora il pacchetto n. {preview.sequence}."
    else:
        tail = "Nulla da unire: l'archivio resta com'era."
    output.result(
        args,
        f"{preview.as_text()}\n{tail}",
        {**_preview_data(preview), "prova": args.dry_run, "unito": merged},
    )
    return 0


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
