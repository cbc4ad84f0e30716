"""`antiviolenza casi trasferisci|ricevi|chiave-ricezione|registra-chiave`: a case sent to
another Ambito after a protected move, and received there, through `operations.case_transfer`
(the same door as the GUI's «Trasferisci a un altro Ambito…» and «Ricevi un caso trasferito…»).

The receiver is named by its Ambito code (`--a cremasco`) or by the id of its registered key
(`--a 3f2a…`, as `registra-chiave` prints it): the key used is the current
«chiave di ricezione» card of that Ambito registered here with `registra-chiave`, after its
fingerprint was compared by phone (docs/case-transfer.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.operations import case_transfer


def add_send(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("codice", metavar="CODICE", help="codice del caso da trasferire")
    parser.add_argument(
        "--a",
        dest="ambito",
        required=True,
        metavar="AMBITO|CHIAVE",
        help="Ambito che riceve il caso, o l'identificativo della sua chiave di ricezione",
    )
    parser.add_argument("--file", required=True, type=Path, metavar="FILE", help="file da creare")


def run_send(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        saved = case_transfer.transfer_case_by_code(opened, args.codice, args.ambito, args.file)
    lines = [
        f"Caso {saved.case_code} trasferito all'Ambito «{saved.to_ambito}»: file {saved.path}.",
        "Qui il caso resta in sola lettura. Consegna il file solo all'Ambito che lo riceve.",
    ]
    if saved.consents_left:
        lines.append(
            f"Consensi legati a un ente di questo Ambito non trasferiti: {saved.consents_left}."
        )
    data = {
        "codice": saved.case_code,
        "ambito": saved.to_ambito,
        "file": str(saved.path),
        "sha256": saved.file_sha256,
        "consensi_non_trasferiti": saved.consents_left,
    }
    output.result(args, "\n".join(lines), data)
    return 0


def add_receive(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="file del caso trasferito")


def run_receive(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        received = case_transfer.receive_file(opened, args.file)
    text = (
        f"Caso ricevuto dall'Ambito «{received.from_ambito}» (lì {received.from_case_code}): "
        f"qui è il caso {received.case_code}."
    )
    if received.possible_duplicates:
        text += (
            "\nAttenzione: possibile doppione, in questo archivio ci sono già i casi "
            f"{', '.join(received.possible_duplicates)} (stesso codice fiscale, o stesso nome "
            "e data di nascita): controllali."
        )
    data = {
        "codice": received.case_code,
        "da_ambito": received.from_ambito,
        "codice_provenienza": received.from_case_code,
        "possibili_doppioni": list(received.possible_duplicates),
    }
    output.result(args, text, data)
    return 0


def add_card(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--file", required=True, type=Path, metavar="FILE", help="file da creare")


def run_card(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        written = case_transfer.write_own_card(opened, args.file)
    text = (
        f"Chiave di ricezione dell'Ambito «{written.ambito}» salvata in {written.path}.\n"
        f"Impronta da leggere al telefono all'altro Ambito: {written.fingerprint}"
    )
    data = {"ambito": written.ambito, "impronta": written.fingerprint, "file": str(written.path)}
    output.result(args, text, data)
    return 0


def add_register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="chiave di ricezione ricevuta")
    parser.add_argument(
        "--impronta",
        required=True,
        metavar="CIFRE",
        help="l'impronta che l'altro Ambito legge al telefono (6 gruppi di 5 cifre)",
    )


def run_register(args: argparse.Namespace) -> int:
    card = case_transfer.read_card_file(args.file)
    with opened_store(args) as opened:
        partner = case_transfer.register_card(opened, card, args.impronta)
    text = (
        f"Chiave di ricezione dell'Ambito «{partner.ambito}» registrata "
        f"(identificativo {partner.receiving_key_id})."
    )
    data = {
        "ambito": partner.ambito,
        "id_chiave": partner.signing_key_id,
        "id_chiave_ricezione": partner.receiving_key_id,
    }
    output.result(args, text, data)
    return 0


_SEND_HELP = "trasferisce un caso a un altro Ambito (file firmato e cifrato)"
_REGISTER_HELP = "registra la chiave di ricezione di un altro Ambito"

TRANSFER_ACTIONS = (
    ("trasferisci", _SEND_HELP, add_send, run_send),
    ("ricevi", "riceve un caso trasferito da un altro Ambito", add_receive, run_receive),
    ("chiave-ricezione", "salva la chiave di ricezione di questo Ambito", add_card, run_card),
    ("registra-chiave", _REGISTER_HELP, add_register, run_register),
)
