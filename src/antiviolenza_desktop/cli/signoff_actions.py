"""`antiviolenza casi firma CODICE --atto ...` and `casi firme CODICE`: the équipe's sign-offs
of a project in the shell, through `operations.project_signoff` (the door of the project
tab's «Firme dell'équipe» box).

`firma` asks who signs (`--firmataria`, by default the user who opens the store) and HER
password, without echo (or from `--password-firmataria-file` / $ANTIVIOLENZA_SIGNER_PASSWORD):
a colleague at the same terminal signs with her own login and password. `firme` lists, per
revision, the signatures that still stand, with display names and moments.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store, read_signer_password
from antiviolenza_desktop.domain.project.signoff import (
    ACTS,
    BEFORE_SIGNOFF,
    REQUIRED_SIGNERS,
    SignOff,
    act_label,
)
from antiviolenza_desktop.operations import project_signoff


def add_sign(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("codice", metavar="CODICE", help="codice del caso")
    parser.add_argument(
        "--atto", required=True, choices=[code for code, _ in ACTS], help="l'atto che si firma"
    )
    parser.add_argument(
        "--firmataria", metavar="UTENTE", help="chi firma (predefinito: l'utente di --user)"
    )
    parser.add_argument(
        "--password-firmataria-file",
        dest="signer_password_file",
        type=Path,
        help="file con la password di chi firma",
    )


def add_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("codice", metavar="CODICE", help="codice del caso")


def _when(signoff: SignOff) -> str:
    if signoff.signed_at is None:
        return f"{signoff.signed_on_text} (nome scritto prima delle firme)"
    return f"{signoff.signed_at.astimezone():%d/%m/%Y %H:%M}"


def _as_data(signoff: SignOff) -> dict[str, object]:
    return {
        "revisione": signoff.revision,
        "atto": signoff.act,
        "nome": signoff.name,
        "firmato_il": signoff.signed_at.isoformat() if signoff.signed_at else None,
        "registrato_prima_delle_firme": signoff.way == BEFORE_SIGNOFF,
    }


def run_sign(args: argparse.Namespace) -> int:
    signer = (args.firmataria or args.user).strip()
    with opened_store(args) as opened:
        password = read_signer_password(args, signer)
        signed = project_signoff.sign_by_code(opened, args.codice, args.atto, signer, password)
    text = (
        f"Firma di {signed.name} registrata: {act_label(signed.act)}, revisione "
        f"{signed.revision}, caso {args.codice.upper()} ({_when(signed)}). Servono "
        f"{REQUIRED_SIGNERS} firme di componenti diverse dell'équipe."
    )
    output.result(args, text, {"codice": args.codice.upper(), **_as_data(signed)})
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        project = project_signoff.read_signoffs_by_code(opened, args.codice)
    lines = [f"Firme dell'équipe sul progetto del caso {project.code}: {len(project.signoffs)}"]
    lines += [
        f"revisione {s.revision}  {act_label(s.act)}  {s.name}  {_when(s)}"
        for s in project.signoffs
    ]
    data = {"codice": project.code, "firme": [_as_data(s) for s in project.signoffs]}
    output.result(args, "\n".join(lines), data)
    return 0


SIGN = (add_sign, run_sign)
LIST = (add_list, run_list)
