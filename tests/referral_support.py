"""Shared helpers of the referral tests: the register's rows and the audit as they stand (to
prove that a refusal leaves both exactly as they were), and a referral consent given."""

from __future__ import annotations

from contextlib import closing
from datetime import date

from antiviolenza_desktop.domain.case import consent as consent_rules
from antiviolenza_desktop.domain.case.referral import NewReferral
from antiviolenza_desktop.operations import case_referrals
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.consent_support import give

State = tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]


def referral_state(opened: OpenStore) -> State:
    """Referrals, their statuses and the audit's length."""
    with closing(opened.store.raw_connection()) as connection:
        return (
            connection.execute("SELECT * FROM case_referrals ORDER BY id").fetchall(),
            connection.execute("SELECT * FROM case_referral_statuses ORDER BY id").fetchall(),
            connection.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        )


def referral_consent(
    opened: OpenStore, case_id: int, kind: str, day: date, **member: object
) -> int:
    """Her consent to be referred to a body of `kind` (and member) from `day`."""
    return give(opened, case_id, consent_rules.REFERRAL, day, service_kind=kind, **member)


def send(opened: OpenStore, case_id: int, kind: str, day: date, **member: object) -> int:
    new = NewReferral(kind, day, "cav", member.get("member_id"))  # type: ignore[arg-type]
    return case_referrals.send_referral(opened, case_id, new)
