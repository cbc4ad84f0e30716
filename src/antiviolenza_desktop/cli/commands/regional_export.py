"""The capofila's side of the regional roll-up, as actions of `antiviolenza province`:

    province accept-region FILE [--out KEYFILE] [--code-file F]
                                  accept the Region's enrolment file with the one-time code it
                                  reads out; prints the fingerprint of the capofila's signing
                                  key (to read to the Region) and writes its public-key file
    province export-regional --out FILE
                                  the provincial totals (no pseudonyms, no records) as a bundle
                                  only the Region can open, numbered like an Ambito's bundle

The flow is `operations.exchange_region`, shared with the GUI's «Esporta per la Regione».
"""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.commands.enrol import read_code
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.exchange.bundle_io import read_small_file, refuse_existing
from antiviolenza_desktop.operations.exchange_region import (
    accept_region_enrolment,
    export_regional_file,
)


def accept_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="file di iscrizione della Regione")
    parser.add_argument("--code-file", type=Path, help="file con il codice monouso")
    parser.add_argument(
        "--out", type=Path, help="dove scrivere la chiave pubblica da inviare alla Regione"
    )


def export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="file del pacchetto da scrivere")


def accept_region(args: argparse.Namespace) -> int:
    out = args.out
    data = read_small_file(args.file)
    refuse_existing(out)  # before the code is asked or the store unlocked
    code = read_code(args)
    with opened_store(args) as opened:
        accepted = accept_region_enrolment(opened, data, code, out).enrolment
    text = (
        f"Iscrizione alla Regione {'rinnovata' if accepted.renewed else 'accettata'}: "
        f"provincia «{accepted.ambito}».\n"
        f"Impronta della chiave di firma {accepted.key_id} (da leggere alla Regione):\n\n"
        f"    {accepted.fingerprint}\n"
    )
    if out is not None:
        text += f"\nChiave pubblica da inviare alla Regione: {out}"
    data_out = {
        "provincia": accepted.ambito,
        "id_chiave": accepted.key_id,
        "impronta": accepted.fingerprint,
        "rinnovata": accepted.renewed,
        "file_chiave": str(out) if out else None,
    }
    output.result(args, text, data_out)
    return 0


def export_regional(args: argparse.Namespace) -> int:
    path = args.out
    with opened_store(args) as opened:
        bundle = export_regional_file(opened, path)
    totals = bundle.snapshot.totals
    text = (
        f"Pacchetto provinciale n. {bundle.sequence} della provincia «{bundle.province}» scritto "
        f"in {path} ({len(bundle.data)} byte): solo la Regione può aprirlo; contiene i totali, "
        f"nessuno pseudonimo né scheda.\nDonne: {totals.women}."
    )
    data = {
        "file": str(path),
        "provincia": bundle.province,
        "numero": bundle.sequence,
        "byte": len(bundle.data),
        "donne": totals.women,
    }
    output.result(args, text, data)
    return 0
