"""Two enrolled Ambito stores that exchanged their «chiave di ricezione» cards, and a synthetic
woman at the sender with the consent a transfer needs: shared by the transfer tests."""

from __future__ import annotations

import random
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from faker import Faker

from antiviolenza_desktop.domain.case.consent import REFERRAL, NewConsent
from antiviolenza_desktop.domain.case.transfer import TRANSFER_SERVICE_KIND
from antiviolenza_desktop.operations import case_consents, case_transfer
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import Network, enrolled_network

SENDER = "cremonese"
RECEIVER = "cremasco"
OTHER = "casalasco"

_TABLES = (
    "cases",
    "case_children",
    "case_stage_dates",
    "case_services",
    "assessments",
    "project_revisions",
    "project_events",
    "case_consents",
    "case_consent_withdrawals",
    "case_referrals",
    "case_referral_statuses",
    "case_transfers_out",
    "case_transfers_in",
    "transfer_partners",
    "audit_log",
)


@dataclass
class Pair:
    network: Network
    sender: OpenStore
    receiver: OpenStore
    folder: Path


def exchange_cards(one: OpenStore, other: OpenStore) -> None:
    """Each registers the other's card with the fingerprint read out correctly."""
    for mine, theirs in ((one, other), (other, one)):
        card = case_transfer.own_card(theirs)
        case_transfer.register_card(mine, card, card.fingerprint)


def pair(folder: Path, ambiti: tuple[str, ...] = (SENDER, RECEIVER)) -> Pair:
    network = enrolled_network(folder, ambiti)
    sender, receiver = network.ambiti[SENDER], network.ambiti[RECEIVER]
    exchange_cards(sender, receiver)
    return Pair(network, sender, receiver, folder)


def woman(
    opened: OpenStore, *, seed: int = 3, consent: bool = True, without_cf: bool = False
) -> int:
    """A synthetic woman taken in charge, with (or without) a referral consent to the social
    services given a week ago."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    draft = synthetic_case(random.Random(seed), faker, ["aida"], date.today())
    day = draft.referral_date
    stages = {"contact": day, "reception": day, "taken_in_charge": day}
    draft = replace(
        draft, lines_requested=frozenset({"work"}), stage="taken_in_charge", stage_dates=stages
    )
    if without_cf:
        draft = replace(draft, codice_fiscale=None, consent_sharing=True)
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = record_case(uow, draft=draft, today=date.today()).case_id
    if consent:
        new = NewConsent(REFERRAL, day, "written_form", service_kind=TRANSFER_SERVICE_KIND)
        case_consents.add_consent(opened, case_id, new)
    return case_id


def dump(opened: OpenStore) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a transfer may touch, to prove a refusal changed nothing."""
    with closing(opened.store.raw_connection()) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608
            for table in _TABLES
        }


def record_rows(opened: OpenStore, case_id: int) -> dict[str, object]:
    """Her record as the receiver must find it: every carried column, without local ids."""
    with closing(opened.store.raw_connection()) as connection:
        connection.row_factory = None
        local = {
            "id",
            "code",
            "created_at",
            "updated_at",
            "erased_at",
            "erasure_reason",
            "kept_pseudonym",
            "woman_key",
            "transferred_at",
            "transferred_to",
        }
        cursor = connection.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
        names = [d[0] for d in cursor.description]
        case = {n: v for n, v in zip(names, cursor.fetchone(), strict=True) if n not in local}
        rows: dict[str, object] = {"case": case}
        for table, order in (
            ("case_children", "position"),
            ("case_stage_dates", "stage"),
            ("case_services", "position"),
        ):
            cursor = connection.execute(
                f"SELECT * FROM {table} WHERE case_id = ? ORDER BY {order}",  # noqa: S608
                (case_id,),
            )
            names = [d[0] for d in cursor.description]
            rows[table] = [
                {n: v for n, v in zip(names, row, strict=True) if n not in ("id", "case_id")}
                for row in cursor.fetchall()
            ]
        rows["consents"] = connection.execute(
            "SELECT purpose, service_kind, given_on, way FROM case_consents WHERE case_id = ? "
            "ORDER BY id",
            (case_id,),
        ).fetchall()
        return rows
