"""The capofila's merge and provincial totals: the same woman in two Ambiti counted once with her
combined caps checked (BU-13), import order and repetition irrelevant (BU-15, hypothesis),
stale Ambiti, budget and targets from the programme, and the dry-run change report.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antiviolenza_desktop.domain.exchange.province import (
    merge_decision,
    merged,
    provincial_totals,
)
from antiviolenza_desktop.domain.exchange.province_changes import change_report
from antiviolenza_desktop.domain.payload.snapshot import (
    Aggregate,
    CofinancingRow,
    ExpenseRow,
    Snapshot,
)
from tests.exchange_samples import EPOCH, PROGRAMME, funds, hex_of, record, snapshot_of, snapshots

AS_OF = EPOCH + timedelta(days=1)


def _totals(kept: dict[str, Snapshot], **options: object):  # type: ignore[no-untyped-def]
    return provincial_totals(kept, programme=PROGRAMME, as_of=AS_OF, **options)  # type: ignore[arg-type]


# --- BU-13 ---------------------------------------------------------------------------------


def test_the_same_woman_in_two_ambiti_is_counted_once_and_her_caps_combined() -> None:
    cremona = snapshot_of(
        "cremonese",
        1,
        (record("c1", woman="anna", money={"active_policies": (200_000, 50_000)}),),
    )
    crema = snapshot_of(
        "cremasco",
        1,
        (
            record("m1", woman="anna", money={"active_policies": (150_000, 0)}),
            record("m2", woman="bea", lines=("housing",)),
        ),
    )
    totals = _totals({"cremonese": cremona, "cremasco": crema})
    assert totals.women == 2
    work, housing = totals.lines
    assert (work.women, housing.women) == (1, 1)
    assert [d.ambiti for d in totals.duplicates] == [("cremasco", "cremonese")]
    assert totals.duplicates[0].pseudonym == hex_of("woman:anna")
    (exceeded,) = totals.caps_exceeded
    assert (exceeded.fund, exceeded.committed, exceeded.cap) == (
        "active_policies",
        350_000,
        300_000,
    )
    assert exceeded.by_ambito == (("cremasco", 150_000), ("cremonese", 200_000))
    active = totals.funds[0]
    assert (active.committed, active.disbursed, active.available) == (350_000, 50_000, 2_650_000)


def test_women_within_the_cap_across_ambiti_raise_nothing() -> None:
    one = snapshot_of(
        "cremonese", 1, (record("x", woman="dora", money={"passive_policies": (70_000, 0)}),)
    )
    two = snapshot_of(
        "casalasco", 1, (record("y", woman="dora", money={"passive_policies": (70_000, 0)}),)
    )
    totals = _totals({"cremonese": one, "casalasco": two})
    assert totals.caps_exceeded == ()
    assert len(totals.duplicates) == 1


def test_unshared_women_count_in_totals_but_never_as_duplicates() -> None:
    hidden = Aggregate(3, (("work", 2), ("housing", 1)), funds(passive_policies=(50_000, 10_000)))
    snapshot = snapshot_of("cremasco", 2, (record("z"),), unshared=hidden)
    totals = _totals({"cremasco": snapshot})
    assert (totals.women, totals.unshared_women) == (4, 3)
    assert [line.women for line in totals.lines] == [3, 1]
    assert totals.funds[1].committed == 50_000


# --- budget, targets, freshness ------------------------------------------------------------


def test_lines_and_actions_against_the_card_budget_and_targets() -> None:
    cases = tuple(record(f"w{i}", money={"active_policies": (10_000, 10_000)}) for i in range(10))
    snapshot = snapshot_of(
        "cremonese",
        1,
        cases,
        cofinancing=(CofinancingRow("3.1", "2026-02", 600, 25_000),),
        expenses=(ExpenseRow("3.4", "2026-02", 65_973),),
    )
    totals = _totals({"cremonese": snapshot})
    work, housing = totals.lines
    assert (work.women, work.target, work.target_reached) == (10, 10, True)
    assert (housing.women, housing.target, housing.target_reached) == (0, 6, False)
    assert (work.budget_a, work.budget_b) == (4_465_973, 446_597)
    assert (work.actual_a, work.actual_b) == (100_000 + 65_973, 25_000)
    actions = {a.action: a for a in totals.actions}
    assert (actions["3.2-attive"].actual_a, actions["3.2-attive"].budget_a) == (100_000, 3_000_000)
    assert actions["3.4"].actual_a == 65_973
    assert actions["3.1"].actual_b == 25_000


def test_stale_and_missing_ambiti_are_flagged() -> None:
    fresh = snapshot_of("cremonese", 5, created_at=AS_OF - timedelta(days=2))
    old = snapshot_of("cremasco", 9, created_at=AS_OF - timedelta(days=45))
    totals = _totals({"cremonese": fresh, "cremasco": old})
    rows = {row.ambito: row for row in totals.ambiti}
    assert (rows["cremonese"].stale, rows["cremonese"].age_days, rows["cremonese"].sequence) == (
        False,
        2,
        5,
    )
    assert (rows["cremasco"].stale, rows["cremasco"].age_days) == (True, 45)
    assert (rows["casalasco"].stale, rows["casalasco"].sequence) == (True, None)
    relaxed = _totals({"cremonese": fresh, "cremasco": old}, stale_after_days=60)
    assert not {row.ambito: row for row in relaxed.ambiti}["cremasco"].stale


# --- BU-15 ---------------------------------------------------------------------------------


def test_merge_decisions() -> None:
    first = snapshot_of("cremonese", 3, (record("a"),))
    newer = snapshot_of("cremonese", 4, (record("a"), record("b")))
    other_content = snapshot_of("cremonese", 3, (record("c"),))
    assert merge_decision(None, first) == "accepted"
    assert merge_decision(first, newer) == "accepted"
    assert merge_decision(newer, first) == "stale"
    assert merge_decision(first, snapshot_of("cremonese", 3, (record("a"),))) == "already_imported"
    assert merge_decision(first, other_content) == "conflict"
    assert merged({"cremonese": first}, other_content) == {"cremonese": first}


@st.composite
def _deliveries(draw: st.DrawFn) -> list[Snapshot]:
    """Snapshots of the three Ambiti (one content per sequence), delivered with repeats."""
    bundles = []
    for ambito in ("cremonese", "cremasco", "casalasco"):
        sequences = draw(st.lists(st.integers(1, 20), min_size=1, max_size=3, unique=True))
        bundles += [draw(snapshots(ambito, sequence)) for sequence in sequences]
    repeats = draw(st.lists(st.sampled_from(bundles), max_size=4))
    return bundles + repeats


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_deliveries(), st.randoms(use_true_random=False))
def test_totals_do_not_depend_on_order_or_repetition(deliveries, rng) -> None:  # type: ignore[no-untyped-def]
    def fold(items: list[Snapshot]) -> dict[str, Snapshot]:
        kept: dict[str, Snapshot] = {}
        for snapshot in items:
            kept = merged(kept, snapshot)
        return kept

    in_order = fold(deliveries)
    shuffled = list(deliveries)
    rng.shuffle(shuffled)
    again = fold(shuffled + shuffled)
    assert again == in_order
    assert _totals(again) == _totals(in_order)
    newest = {
        s.ambito: max(x.sequence for x in deliveries if x.ambito == s.ambito) for s in deliveries
    }
    assert {code: s.sequence for code, s in in_order.items()} == newest


# --- change report -------------------------------------------------------------------------


def test_change_report_of_a_first_import() -> None:
    new = snapshot_of("casalasco", 1, (record("a", money={"active_policies": (120_000, 20_000)}),))
    report = change_report(None, new)
    assert (report.added, report.changed, report.removed, report.closed) == (1, 0, 0, 0)
    text = report.as_text()
    assert "Ambito casalasco: primo pacchetto (n. 1)." in text
    assert (
        "Fondo politiche attive: impegnati € 1.200,00 (+€ 1.200,00), erogati € 200,00 (+€ 200,00)."
        in text
    )
    assert "Donne della linea 1 (inserimento lavorativo): 0 → 1." in text


def test_change_report_between_two_snapshots() -> None:
    a, b, c = record("a"), record("b"), record("c")
    old = snapshot_of("cremasco", 4, (a, b, c))
    paid = replace(a, funds=funds(active_policies=(50_000, 50_000)))
    done = replace(b, stage="concluded")
    new = snapshot_of("cremasco", 5, (paid, done, record("d", lines=("housing",))))
    report = change_report(old, new)
    assert (report.added, report.changed, report.removed, report.closed) == (1, 2, 1, 1)
    active = report.funds[0]
    assert (active.committed_delta, active.disbursed_delta) == (50_000, 50_000)
    text = report.as_text()
    assert "pacchetto n. 5 al posto del n. 4" in text
    assert "Schede: 1 nuove, 2 modificate, 1 tolte, 1 chiuse." in text
    assert "Donne della linea 2 (autonomia abitativa): 0 → 1." in text


def test_change_report_of_the_same_snapshot_says_nothing_changes() -> None:
    snapshot = snapshot_of("cremonese", 2, (record("a"),))
    report = change_report(snapshot, snapshot)
    assert report.nothing_changes
    assert "Nessuna variazione" in report.as_text()
