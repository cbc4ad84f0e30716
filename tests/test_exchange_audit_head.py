"""The audit head in the bundles: a really truncated audit log at an Ambito is warned about at
the capofila (dry-run report and provincial freshness), never refused.

The hash chain shows an edit in the middle of the log but not its newest entries cut off;
each bundle since version 2 carries the Ambito's newest entry {seq, hash}, so a later bundle whose
head is lower than the kept one's says the log got shorter (a restore from a copy or removed
entries). The truncation here is real: the append-only triggers are dropped in the Ambito's
store, the newest rows deleted and the triggers put back, and the chain still verifies.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.exchange_snapshots import newest_snapshot
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import CREATED, export, forged, merge, preview, woman
from tests.exchange_stores import Network, enrolled_network

AMBITO = "cremonese"
WARNING = "il registro delle attività dell'Ambito è più corto dell'ultima volta"


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    made = enrolled_network(tmp_path, (AMBITO,))
    yield made
    made.close()


def _truncate_audit_log(network: Network, keep: int) -> None:
    """Delete every audit entry after `keep`, as someone with the store key could."""
    with closing(network.ambiti[AMBITO].store.raw_connection()) as connection:
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
        connection.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
        connection.commit()


def _kept_head(network: Network) -> int:
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        kept = newest_snapshot(uow, AMBITO)
    assert kept is not None and kept.audit_head_seq is not None
    return kept.audit_head_seq


def test_a_truncated_audit_log_is_a_warning_not_a_refusal(network: Network) -> None:
    ambito = network.ambiti[AMBITO]
    woman(ambito, 31)
    first = export(ambito)
    assert preview(network.capofila, first).warnings == ()
    merge(network.capofila, first)
    head = _kept_head(network)

    _truncate_audit_log(network, keep=head - 3)
    assert audit.verify(ambito.store).intact  # the chain alone cannot tell
    second = export(ambito, CREATED + timedelta(days=1))

    checked = preview(network.capofila, second)
    assert len(checked.warnings) == 1 and WARNING in checked.warnings[0]
    assert f"n. {head - 3}" in checked.warnings[0] and f"n. {head}" in checked.warnings[0]
    assert WARNING in checked.as_text()
    assert checked.report.audit_shorter
    assert merge(network.capofila, second).merged  # accepted: a restore is legitimate

    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        totals = province_totals(uow, as_of=CREATED + timedelta(days=2))
    row = next(a for a in totals.ambiti if a.ambito == AMBITO)
    assert row.audit_shorter
    assert (row.audit_head, row.audit_head_before) == (head - 3, head)


def test_a_growing_audit_log_warns_nothing(network: Network) -> None:
    ambito = network.ambiti[AMBITO]
    woman(ambito, 32)
    merge(network.capofila, export(ambito))
    woman(ambito, 33)
    second = export(ambito, CREATED + timedelta(days=1))
    assert preview(network.capofila, second).warnings == ()
    merge(network.capofila, second)
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        totals = province_totals(uow, as_of=CREATED + timedelta(days=2))
    row = next(a for a in totals.ambiti if a.ambito == AMBITO)
    assert not row.audit_shorter and row.audit_head_before is not None
    assert row.audit_head is not None and row.audit_head > row.audit_head_before


def _as_version_1(payload: dict) -> None:
    for name in ("training", "network", "audit_head", "periods", "statutory"):
        del payload[name]
    payload["schema_version"] = 1


def test_a_version_1_bundle_is_upgraded_kept_as_signed_and_compared_with_nothing(
    network: Network,
) -> None:
    """An Ambito still on the previous application sends version 1: accepted (upgraded on
    reading), stored as signed with no audit head; the next version-2 bundle has nothing to
    be compared with, so no warning."""
    ambito = network.ambiti[AMBITO]
    woman(ambito, 34)
    old = forged(ambito, _as_version_1)
    checked = preview(network.capofila, old)
    assert checked.schema_version == 1 and checked.warnings == ()
    assert merge(network.capofila, old).merged
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        kept = newest_snapshot(uow, AMBITO)
        assert kept is not None and (kept.schema_version, kept.audit_head_seq) == (1, None)
        totals = province_totals(uow, as_of=CREATED + timedelta(days=2))
    assert next(a for a in totals.ambiti if a.ambito == AMBITO).audit_head is None
    newer = export(ambito, CREATED + timedelta(days=1))
    assert preview(network.capofila, newer).warnings == ()
    assert merge(network.capofila, newer).merged
