"""`antiviolenza casi consensi|consenso-aggiungi|consenso-revoca`: a woman's consents by case
code, through `operations.case_consents` (the same door as the case's «Consensi» tab).

Codes, not labels, on the command line (`--finalita`, `--modo`, `--servizio`): the lists come
from `domain.case.consent` and `network_training.BODY_KINDS`, so `--help` names them all.
"""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.fund_input import parse_day
from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import Consent, NewConsent
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.operations import case_consents

_WAYS = [code for code, _label in rules.WAYS if code != rules.BEFORE_REGISTER]


def _case(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--caso", required=True, metavar="CODICE", help="codice del caso")


def add_list(parser: argparse.ArgumentParser) -> None:
    _case(parser)


def add_give(parser: argparse.ArgumentParser) -> None:
    _case(parser)
    parser.add_argument("--finalita", required=True, choices=[c for c, _ in rules.PURPOSES])
    parser.add_argument("--data", required=True, metavar="GG/MM/AAAA", help="giorno del consenso")
    parser.add_argument("--modo", required=True, choices=_WAYS, help="come è stato raccolto")
    parser.add_argument(
        "--servizio", choices=[c for c, _ in BODY_KINDS], help="tipo di ente (solo invio)"
    )
    parser.add_argument("--ente", type=int, metavar="N", help="n. del membro della rete (invio)")


def add_withdraw(parser: argparse.ArgumentParser) -> None:
    _case(parser)
    parser.add_argument("--consenso", required=True, type=int, metavar="N", help="n. del consenso")
    parser.add_argument("--data", required=True, metavar="GG/MM/AAAA", help="giorno della revoca")


def _day(value: object) -> str:
    return f"{value:%d/%m/%Y}"


def consent_line(consent: Consent, listing: case_consents.ConsentListing) -> str:
    purpose = rules.label_of(rules.PURPOSES, consent.purpose)
    if consent.service_kind:
        service = consent.member_name or rules.label_of(BODY_KINDS, consent.service_kind)
        purpose = f"{purpose}: {service}"
    state = rules.STATE_LABELS[consent.state_on(listing.day)]
    line = f"n. {consent.id}  {purpose}  dato il {_day(consent.given_on)}  {state}"
    if consent.withdrawn_on is not None:
        line += f" il {_day(consent.withdrawn_on)}"
    return f"{line}  ({rules.label_of(rules.WAYS, consent.way)})"


def consent_data(consent: Consent, listing: case_consents.ConsentListing) -> dict[str, object]:
    return {
        "numero": consent.id,
        "finalita": consent.purpose,
        "servizio": consent.service_kind,
        "ente": consent.member_id,
        "dato_il": consent.given_on.isoformat(),
        "modo": consent.way,
        "registrato_da": consent.recorded_by,
        "revocato_il": consent.withdrawn_on.isoformat() if consent.withdrawn_on else None,
        "stato": consent.state_on(listing.day),
    }


def run_list(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        listing = case_consents.read_consents_by_code(opened, args.caso)
    lines = [f"Consensi del caso {listing.code}: {len(listing.consents)}"]
    lines += [consent_line(c, listing) for c in listing.consents]
    data = {
        "codice": listing.code,
        "consensi": [consent_data(c, listing) for c in listing.consents],
    }
    output.result(args, "\n".join(lines), data)
    return 0


def run_give(args: argparse.Namespace) -> int:
    new = NewConsent(
        args.finalita, parse_day(args.data, "given_on"), args.modo, args.servizio, args.ente
    )
    with opened_store(args) as opened:
        case_id = case_consents.case_id_of(opened, args.caso)
        number = case_consents.add_consent(opened, case_id, new)
    text = f"Consenso n. {number} registrato sul caso {args.caso.upper()}."
    output.result(args, text, {"codice": args.caso.upper(), "numero": number})
    return 0


def run_withdraw(args: argparse.Namespace) -> int:
    day = parse_day(args.data, "withdrawn_on")
    with opened_store(args) as opened:
        case_id = case_consents.case_id_of(opened, args.caso)
        case_consents.withdraw_consent(opened, case_id, args.consenso, day)
    text = f"Revoca del consenso n. {args.consenso} registrata il {_day(day)}."
    output.result(args, text, {"numero": args.consenso, "revocato_il": day.isoformat()})
    return 0


LIST = (add_list, run_list)
GIVE = (add_give, run_give)
WITHDRAW = (add_withdraw, run_withdraw)
