"""Shared helpers of the consent tests: the register's rows and the audit as they stand, to
prove that a refusal leaves both exactly as they were."""

from __future__ import annotations

from contextlib import closing
from datetime import date

from antiviolenza_desktop.domain.case.consent import NewConsent
from antiviolenza_desktop.operations import case_consents
from antiviolenza_desktop.services.store_lifecycle import OpenStore

State = tuple[list[tuple[object, ...]], list[tuple[object, ...]], int, list[tuple[object, ...]]]


def store_state(opened: OpenStore) -> State:
    """Consents, withdrawals, the audit's length and the cases' consent columns."""
    with closing(opened.store.raw_connection()) as connection:
        return (
            connection.execute("SELECT * FROM case_consents ORDER BY id").fetchall(),
            connection.execute("SELECT * FROM case_consent_withdrawals ORDER BY id").fetchall(),
            connection.execute("SELECT count(*) FROM audit_log").fetchone()[0],
            connection.execute(
                "SELECT id, consent_date, consent_sharing FROM cases ORDER BY id"
            ).fetchall(),
        )


def consent_id(opened: OpenStore, case_id: int, purpose: str) -> int:
    """Her newest consent for `purpose`."""
    listing = case_consents.read_consents(opened, case_id)
    return max(c.id for c in listing.consents if c.purpose == purpose)


def give(opened: OpenStore, case_id: int, purpose: str, day: date, **service: object) -> int:
    new = NewConsent(purpose, day, "written_form", **service)  # type: ignore[arg-type]
    return case_consents.add_consent(opened, case_id, new)
