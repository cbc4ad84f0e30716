"""`antiviolenza bundle`: the signed, encrypted files an Ambito sends to the capofila.

    bundle export --out FILE        Ambito: the whole pseudonymised state, for the capofila only
    bundle import FILE... [--dry-run]
                                    capofila: every check of every file, the change reports,
                                    then the merge, oldest number first within an Ambito (one
                                    refused file merges none; --dry-run: reports only)
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
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind
from antiviolenza_desktop.domain.exchange.province_changes import ChangeReport
from antiviolenza_desktop.exchange.bundle_import import ImportPreview
from antiviolenza_desktop.operations.exchange_bundles import (
    FilePreview,
    MergeOutcome,
    export_bundle_file,
    inspect_bundle_file,
    merge_files,
    preview_bundles,
    read_bundle_files,
    refuse_unless_all_pass,
)

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
    merge = _action(actions, "import", "capofila: verifica e unisci i pacchetti", _import)
    add_store_argument(merge)
    add_user_arguments(merge)
    merge.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="file dei pacchetti (uno o più)"
    )
    merge.add_argument(
        "--dry-run", action="store_true", help="mostra solo cosa cambierebbe, senza unire"
    )
    inspect = _action(actions, "inspect", "mostra l'intestazione di un pacchetto", _inspect)
    inspect.add_argument("file", type=Path, metavar="FILE", help="file del pacchetto")


def run(args: argparse.Namespace) -> int:
    return int(args.bundle_run(args))


def _export(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        bundle = export_bundle_file(opened, args.out)
    summary = bundle.summary.as_text()
    text = (
        f"Pacchetto n. {bundle.sequence} dell'Ambito «{bundle.ambito}» scritto in {args.out} "
        f"({len(bundle.data)} byte): solo la capofila può aprirlo, non contiene nomi.\n"
        f"{summary}"
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


def _file_data(item: FilePreview, outcome: MergeOutcome | None) -> dict[str, Any]:
    assert item.preview is not None  # refused files stop the command before this
    merged = outcome is not None and outcome.merged
    return {"file": str(item.path), **_preview_data(item.preview), "unito": merged}


def _file_text(item: FilePreview, outcome: MergeOutcome | None, dry_run: bool) -> str:
    assert item.preview is not None
    if dry_run:
        tail = "Prova (--dry-run): nulla è stato unito."
    elif outcome is not None and outcome.error is not None:
        tail = f"{outcome.line.text} {outcome.error.message}"
    elif outcome is not None and outcome.merged:
        tail = f"Unito: i totali provinciali usano ora il pacchetto n. {outcome.sequence}."
    else:
        tail = "Nulla da unire: l'archivio resta com'era."
    return f"{item.path.name}\n{item.preview.as_text()}\n{tail}"


def _import(args: argparse.Namespace) -> int:
    """Every file is checked (the dry run) before any is merged; one refused file merges
    none. The merge goes oldest number first within an Ambito, whatever the order given."""
    files = read_bundle_files(args.files)  # a file that is not a whole bundle: no password
    with opened_store(args) as opened:
        previews = preview_bundles(opened, files)
        if args.dry_run:
            refuse_unless_all_pass(previews)  # the dry run reports under the merge's rule
        outcomes = [] if args.dry_run else merge_files(opened, previews, all_or_none=True)
    merged = iter(outcomes)  # one per mergeable file, in the same (merge) order
    paired = [(p, next(merged) if p.mergeable and outcomes else None) for p in previews]
    texts = [_file_text(p, outcome, args.dry_run) for p, outcome in paired]
    items = [_file_data(p, outcome) for p, outcome in paired]
    data = {"prova": args.dry_run, "pacchetti": items, **(items[0] if len(items) == 1 else {})}
    output.result(args, "\n\n".join(texts), data)
    return 1 if any(o.error is not None for o in outcomes) else 0


def _inspect(args: argparse.Namespace) -> int:
    seen = inspect_bundle_file(args.file)
    header = seen.header
    provincial = header.kind is BundleKind.PROVINCE
    text = "\n".join(
        [
            f"Pacchetto: {args.file}",
            "  tipo: "
            + ("totali provinciali, per la Regione" if provincial else "Ambito, per la capofila"),
            f"  formato: versione {header.version}",
            f"  destinatario (chiave di cifratura): {header.recipient_key_id}",
            f"  dimensione: {seen.size} byte (contenuto cifrato: {header.body_length} byte)",
            "  intestazione integra; il contenuto si verifica solo all'importazione.",
        ]
    )
    result = {
        "file": str(args.file),
        "tipo": str(header.kind),
        "versione_formato": header.version,
        "id_chiave_destinatario": header.recipient_key_id,
        "byte": seen.size,
        "byte_cifrati": header.body_length,
    }
    output.result(args, text, result)
    return 0
