"""`antiviolenza casi invii|invio-aggiungi|invio-stato`: a woman's referrals by case code,
through `operations.case_referrals` (the same door as the case's «Invii» tab).

Codes, not labels, on the command line (`--servizio`, `--inviante`, `--stato`): the lists come
from `network_training.BODY_KINDS` and `domain.case.referral`, so `--help` names them all.
"""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.fund_input import parse_day
from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import NewReferral, NewStatus, Referral
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.operations import case_consents, case_referrals

_KINDS = [code for code, _label in BODY_KINDS]
_NEXT = [code for code, _label in rules.STATUSES if code != rules.SENT]


def _case(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--caso", required=True, metavar="CODICE", help="codice del caso")


def add_list(parser: argparse.ArgumentParser) -> None:
    _case(parser)


def add_send(parser: argparse.ArgumentParser) -> None:
    _case(parser)
    parser.add_argument("--servizio", required=True, choices=_KINDS, help="tipo di ente")
    parser.add_argument("--ente", type=int, metavar="N", help="n. del membro della rete")
    parser.add_argument("--data", required=True, metavar="GG/MM/AAAA", help="giorno dell'invio")
    parser.add_argument(
        "--inviante", default="cav", choices=_KINDS, help="tipo di ente che invia (cav)"
    )


def add_status(parser: argparse.ArgumentParser) -> None:
    _case(parser)
    parser.add_argument("--invio", required=True, type=int, metavar="N", help="n. dell'invio")
    parser.add_argument(
        "--stato",
        required=True,
        choices=_NEXT,
        help="accepted (accolta), refused (rifiutata, con --motivo), closed (conclusa)",
    )
    parser.add_argument("--data", required=True, metavar="GG/MM/AAAA", help="giorno dello stato")
    parser.add_argument("--motivo", default="", help="motivo del rifiuto (solo refused)")


def _day(value: object) -> str:
    return f"{value:%d/%m/%Y}"


def _line(referral: Referral) -> str:
    status = rules.label_of(rules.STATUSES, referral.status)
    line = (
        f"n. {referral.id}  {referral.service_label()}  inviata il {_day(referral.sent_on)}"
        f"  da {rules.label_of(BODY_KINDS, referral.sender_kind)}  {status}"
    )
    if referral.changes:
        line += f" il {_day(referral.since)}"
    if referral.reason:
        line += f" ({referral.reason})"
    return f"{line}  consenso n. {referral.consent_id}"


def _as_data(referral: Referral) -> dict[str, object]:
    return {
        "numero": referral.id,
        "servizio": referral.service_kind,
        "ente": referral.member_id,
        "inviato_il": referral.sent_on.isoformat(),
        "inviante": referral.sender_kind,
        "consenso": referral.consent_id,
        "registrato_da": referral.recorded_by,
        "stato": referral.status,
        "dal": referral.since.isoformat(),
        "storia": [
            {"stato": c.status, "il": c.on.isoformat(), "motivo": c.reason, "da": c.recorded_by}
            for c in referral.changes
        ],
    }


def run_list(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        listing = case_referrals.read_referrals_by_code(opened, args.caso)
    lines = [f"Invii del caso {listing.code}: {len(listing.referrals)}"]
    lines += [_line(r) for r in listing.referrals]
    data = {"codice": listing.code, "invii": [_as_data(r) for r in listing.referrals]}
    output.result(args, "\n".join(lines), data)
    return 0


def run_send(args: argparse.Namespace) -> int:
    new = NewReferral(args.servizio, parse_day(args.data, "sent_on"), args.inviante, args.ente)
    with opened_store(args) as opened:
        case_id = case_consents.case_id_of(opened, args.caso)
        number = case_referrals.send_referral(opened, case_id, new)
    text = f"Invio n. {number} registrato sul caso {args.caso.upper()}."
    output.result(args, text, {"codice": args.caso.upper(), "numero": number})
    return 0


def run_status(args: argparse.Namespace) -> int:
    new = NewStatus(args.stato, parse_day(args.data, "on"), args.motivo)
    with opened_store(args) as opened:
        case_id = case_consents.case_id_of(opened, args.caso)
        case_referrals.change_status(opened, case_id, args.invio, new)
    status = rules.label_of(rules.STATUSES, args.stato)
    text = f"Invio n. {args.invio}: {status} il {_day(new.on)}."
    output.result(args, text, {"numero": args.invio, "stato": args.stato})
    return 0


LIST = (add_list, run_list)
SEND = (add_send, run_send)
STATUS = (add_status, run_status)
