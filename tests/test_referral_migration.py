"""Migration 0017 on a real store: up from 0016 the referral register is there with its
constraints (a refusal needs its reason, a status once per referral), down it is gone and the
consents stay."""

from __future__ import annotations

from contextlib import closing
from datetime import timedelta

import pytest

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.store.unlock import open_with_password
from tests.funds_support import TODAY
from tests.referral_support import referral_consent, send
from tests.support import LOGIN, PASSWORD
from tests.test_case_consent_uses import _to


def test_the_constraints_refuse_what_the_rules_refuse(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "aler", TODAY - timedelta(days=9))
    number = send(opened, case_id, "aler", TODAY - timedelta(days=3))
    insert = (
        "INSERT INTO case_referral_statuses (referral_id, case_id, status, on_date, reason, "
        "recorded_by, recorded_at) VALUES (?, ?, ?, '2026-12-01', ?, 'x', 'x')"
    )
    with closing(opened.store.raw_connection()) as connection:
        for status, reason in (("refused", None), ("accepted", "perché"), ("sent", None)):
            with pytest.raises(Exception, match="constraint failed"):
                connection.execute(insert, (number, case_id, status, reason))
        connection.execute(insert, (number, case_id, "accepted", None))
        with pytest.raises(Exception, match="constraint failed"):
            connection.execute(insert, (number, case_id, "accepted", None))


def test_0017_goes_down_and_keeps_the_consents(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "aler", TODAY - timedelta(days=9))
    send(opened, case_id, "aler", TODAY - timedelta(days=3))
    database = opened.store.database
    opened.store.close()
    _to(database, "0016", down=True)
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        closing(store.raw_connection()) as connection,
    ):
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        consents = connection.execute("SELECT count(*) FROM case_consents").fetchone()[0]
    assert "case_referrals" not in tables and "case_referral_statuses" not in tables
    assert consents >= 2
    _to(database, "0017", down=False)
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        closing(store.raw_connection()) as connection,
    ):
        assert connection.execute("SELECT count(*) FROM case_referrals").fetchone()[0] == 0
