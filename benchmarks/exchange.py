"""Exchange benchmark: the export of an Ambito with 10,000 cases, and the capofila's import and
merge of three such bundles.

Targets (issue 6): export ≤ 0.5 s; import + merge of three bundles ≤ 3 s. The baseline is the
part no exporter can avoid: canonical JSON, gzip and the cryptography (sign + HPKE seal) of the
same payload (~77 ms on the 2-core reference machine). The export is also split into its
steps (read the store, build the snapshot, check it as the capofila will, JSON, seal) so a
regression shows where it is. Prints figures and ratios; it asserts nothing.

Stores: three real encrypted Ambito stores (cremonese, cremasco, casalasco) with 10,000
synthetic cases each (different women; ~80 % with consent to sharing), the synthetic ledger of
`benchmarks/funds.py` (~51,000 rows each) and a validated project for every woman with money,
all through the bulk path; a capofila store; every Ambito really enrolled (one-time code,
fingerprint). Synthetic data only.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from antiviolenza_desktop.domain.exchange.province import provincial_totals
from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes, to_payload
from antiviolenza_desktop.domain.project.model import (
    ActiveIntervention,
    PassiveSupport,
    ProjectDraft,
    WorkPath,
)
from antiviolenza_desktop.exchange import enrolment, keys
from antiviolenza_desktop.exchange.bundle_container import seal_bundle
from antiviolenza_desktop.exchange.bundle_export import export_bundle
from antiviolenza_desktop.exchange.bundle_import import import_bundle, preview_import
from antiviolenza_desktop.exchange.bundle_io import open_at_capofila
from antiviolenza_desktop.exchange.key_material import NewKey, new_encryption_key, new_signing_key
from antiviolenza_desktop.exchange.public_key_file import read_public_key_file
from antiviolenza_desktop.exchange.snapshot import check_outgoing, snapshot_from_facts
from antiviolenza_desktop.services import exchange_facts
from antiviolenza_desktop.services.collector import collector_paused
from antiviolenza_desktop.services.documents import to_document
from antiviolenza_desktop.services.exchange_province import kept_snapshots, province_totals
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.schema import (
    Case,
    CaseConsent,
    LedgerRecord,
    ProjectRevisionRecord,
)
from funds import LOGIN, PASSWORD, case_rows, ledger_tuples, sharing_consents, synthetic_ledger

CASES = 10_000
AMBITI = ("cremonese", "cremasco", "casalasco")
RUNS = 3
CREATED = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
DAY = date(2026, 10, 1)
DRAFT = ProjectDraft(
    goals=("Obiettivo sintetico",),
    referent="Referente Prova",
    lines=frozenset({"work"}),
    work=WorkPath(
        cpi_office="CPI Cremona",
        service_pact_on=DAY,
        did_on=DAY,
        interventions=(ActiveIntervention("extracurricular_traineeship", planned_cost=150_000),),
    ),
    passive_supports=(PassiveSupport("transport_refund", amount=30_000),),
)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# --- stores --------------------------------------------------------------------------------


def _renumbered(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """A slice of the synthetic cases as cases 1..n of another store (same codes as the
    ledger's), so each Ambito has its own women."""
    columns = [column.key for column in Case.__table__.columns]
    at_id, at_code = columns.index("id"), columns.index("code")
    fresh = case_rows(len(rows))
    result = []
    for own, row in zip(fresh, rows, strict=True):
        values = list(row)
        values[at_id], values[at_code] = own[at_id], own[at_code]
        result.append(tuple(values))
    return result


def build_ambito(
    folder: Path, ambito: str, cases: list[tuple[object, ...]], project_share: int = 1
) -> OpenStore:
    """An Ambito store of `cases`; the first 1 in `project_share` women have money and a
    validated project (1: every woman)."""
    created = initialise_store(
        folder / f"{ambito}.avdb",
        store_name=f"Prestazioni {ambito}",
        ambito=ambito,
        login=LOGIN,
        display_name="Misura Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    entries = synthetic_ledger(len(cases) // project_share, 10**7)
    stamp = CREATED.isoformat()
    document = to_document(DRAFT)
    projects = [
        (case_id, case_id, 1, "validated", DAY.isoformat(), document, stamp)
        for case_id in sorted({e.case_id for e in entries})
    ]
    with created.store.engine.begin() as connection:
        bulk_insert(connection, Case.__table__, cases)
        bulk_insert(connection, CaseConsent.__table__, sharing_consents(cases, stamp))
        bulk_insert(connection, LedgerRecord.__table__, ledger_tuples(entries, LOGIN))
        bulk_insert(connection, ProjectRevisionRecord.__table__, projects)
    return OpenStore(created.store, actor_for(created.store, LOGIN))


def enrol(capofila: OpenStore, opened: OpenStore, ambito: str) -> None:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        issued = enrolment.issue_enrolment(uow, ambito=ambito)
    with UnitOfWork(opened.store, opened.actor) as uow:
        accepted = enrolment.accept_enrolment(
            uow, data=issued.data, one_time_code=issued.one_time_code
        )
        key_file = keys.ambito_public_key_file(uow)
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        keys.register_ambito_key(
            uow, key=read_public_key_file(key_file), typed_fingerprint=accepted.fingerprint
        )


def new_capofila(folder: Path, name: str) -> OpenStore:
    created = initialise_store(
        folder / f"{name}.avdb",
        store_name="Capofila",
        ambito="capofila",
        login=LOGIN,
        display_name="Misura Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    return OpenStore(created.store, actor_for(created.store, LOGIN))


# --- measures ------------------------------------------------------------------------------


def measure_exports(opened: OpenStore) -> tuple[list[float], bytes]:
    times, data = [], b""
    for run in range(RUNS):

        def export(run: int = run) -> None:
            nonlocal data
            with UnitOfWork(opened.store, opened.actor) as uow:
                data = export_bundle(uow, created_at=CREATED + timedelta(minutes=run)).data

        times.append(timed(export))
    return times, data


def seal_with(content: bytes, ambito: str, signing: NewKey, encryption: NewKey) -> None:
    """The bundle's gzip, signature and seal, as `seal_for_capofila` makes them."""
    seal_bundle(
        content,
        signing_key=signing.private_key,
        sender_key_id=signing.key_id,
        ambito=ambito,
        recipient_public_key=encryption.public_key or b"",
        recipient_key_id=encryption.key_id,
    )


def measure_steps(opened: OpenStore) -> dict[str, float]:
    """The export's steps, each timed alone (median of RUNS), and the baseline; reading,
    building and checking with the cyclic collector paused, as `build_snapshot` runs them.
    The JSON is timed from after the unit of work closes (its commit and the collector's
    first pass once back on are not part of encoding)."""
    programme = load_default_programme()
    steps: dict[str, list[float]] = {}
    signing, encryption = new_signing_key(), new_encryption_key()
    for _ in range(RUNS):
        with UnitOfWork(opened.store, opened.actor) as uow, collector_paused():
            network_key = keys.network_key(uow)
            started = time.perf_counter()
            facts = exchange_facts.gather(uow)
            read = time.perf_counter()
            snapshot = snapshot_from_facts(
                facts, programme, network_key=network_key, sequence=1, created_at=CREATED
            )
            payload = to_payload(snapshot)
            built = time.perf_counter()
            check_outgoing(payload, programme)
            checked = time.perf_counter()
        encoding = time.perf_counter()
        content = canonical_bytes(payload)
        encoded = time.perf_counter()
        seal_with(content, facts.ambito, signing, encryption)
        sealed = time.perf_counter()
        for name, seconds in (
            ("read the store (exchange_facts.gather)", read - started),
            ("build the snapshot (pseudonyms, records, totals)", built - read),
            ("check it as the capofila will (allow-list, totals)", checked - built),
            ("canonical JSON", encoded - encoding),
            ("gzip + Ed25519 + HPKE seal", sealed - encoded),
            ("baseline: JSON + gzip + crypto", sealed - encoding),
        ):
            steps.setdefault(name, []).append(seconds)
    steps_median = {name: statistics.median(values) for name, values in steps.items()}
    steps_median["payload bytes"] = float(len(content))
    return steps_median


def measure_merge(capofila: OpenStore, bundles: list[bytes]) -> tuple[list[float], float, float]:
    each = []
    for data in bundles:

        def merge(data: bytes = data) -> None:
            with UnitOfWork(capofila.store, capofila.actor) as uow:
                import_bundle(uow, data)

        each.append(timed(merge))

    def totals() -> None:
        with UnitOfWork(capofila.store, capofila.actor) as uow:
            province_totals(uow, as_of=CREATED)

    def preview() -> None:
        with UnitOfWork(capofila.store, capofila.actor) as uow:
            preview_import(uow, bundles[0])

    return each, timed(totals), timed(preview)


def print_export(title: str, steps: dict[str, float], exports: list[float], bundle: bytes) -> None:
    size = int(steps.pop("payload bytes"))
    baseline = steps["baseline: JSON + gzip + crypto"]
    export_s = statistics.median(exports)
    print(f"{title} (payload {size:,} bytes, bundle {len(bundle):,} bytes):")
    print(
        f"  export_bundle + commit, median of {RUNS}: {ms(export_s)} (worst {ms(max(exports))})"
        f"; ratio to the baseline {export_s / baseline:.1f} (target ≤ 2)"
    )
    print("  its steps, each timed alone (median):")
    for name, seconds in steps.items():
        print(f"    {name:<52} {ms(seconds):>7}")


def export_only(profile: bool) -> None:
    """One Ambito store per share of women with a project (all, 1 in 5), each export timed
    (steps, then export_bundle): the quick loop for work on the export's speed. With
    `profile`, one more export of the first under cProfile."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        capofila = new_capofila(folder, "capofila")
        for share, ambito in ((1, AMBITI[0]), (5, AMBITI[1])):
            opened = build_ambito(folder, ambito, case_rows(CASES), project_share=share)
            enrol(capofila, opened, ambito)
            steps = measure_steps(opened)
            exports, data = measure_exports(opened)
            if profile and share == 1:
                import cProfile
                import pstats

                profiler = cProfile.Profile()
                with UnitOfWork(opened.store, opened.actor) as uow:
                    profiler.runcall(export_bundle, uow, created_at=CREATED + timedelta(hours=1))
                pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
            opened.store.close()
            print_export(
                f"{CASES:,} cases, 1 woman in {share} with a project", steps, exports, data
            )
        capofila.store.close()


def recomputed_totals(capofila: OpenStore) -> float:
    """The provincial totals as the capofila computed them before it kept the figures: every
    kept payload parsed again."""

    def recompute() -> None:
        with UnitOfWork(capofila.store, capofila.actor) as uow:
            provincial_totals(
                kept_snapshots(uow), programme=load_default_programme(), as_of=CREATED
            )

    return timed(recompute)


def raw_merge_work(capofila: OpenStore, data: bytes) -> float:
    """What no merge can avoid: decrypt, verify, inflate and read the JSON of the bundle (the
    collector paused, as the merge runs)."""

    def raw() -> None:
        with UnitOfWork(capofila.store, capofila.actor) as uow, collector_paused():
            json.loads(open_at_capofila(uow, data).payload)

    return timed(raw)


def build_network(folder: Path) -> tuple[OpenStore, dict[str, OpenStore]]:
    """The capofila and the Ambito stores: three with a project for every woman with money,
    and one more cremonese-like store with a project for 1 woman in 5 (only exported: enrolled
    first, its key is retired when the real cremonese enrols)."""
    everyone = case_rows(CASES * len(AMBITI))
    capofila = new_capofila(folder, "capofila")
    realistic = build_ambito(folder / "quinto", AMBITI[0], case_rows(CASES), project_share=5)
    enrol(capofila, realistic, AMBITI[0])
    ambiti = {"realistic": realistic}
    for index, ambito in enumerate(AMBITI):
        rows = everyone[index * CASES : (index + 1) * CASES]
        ambiti[ambito] = build_ambito(folder, ambito, _renumbered(rows) if index else rows)
        enrol(capofila, ambiti[ambito], ambito)
    return capofila, ambiti


def print_merge(each: list[float], again: list[float], figures: dict[str, float]) -> None:
    print(f"import + merge of {len(each)} bundles into an empty capofila (one transaction each):")
    print("  " + ", ".join(ms(s) for s in each) + f" = {sum(each):.2f} s (target ≤ 3 s)")
    raw, totals, old = figures["raw"], figures["totals"], figures["recomputed"]
    print(
        f"  the first against its raw work (decrypt, verify, inflate, json.loads: {ms(raw)}): "
        f"ratio {each[0] / raw:.1f}"
    )
    print("  the same bundles again (già importato): " + ", ".join(ms(s) for s in again))
    print(f"  dry run of a bundle already merged: {ms(figures['preview'])}")
    print(
        f"  provincial totals from the kept figures: {ms(totals)} (target ≤ 100 ms: "
        f"{totals / 0.1:.2f} of it)"
    )
    print(
        f"  the same totals recomputed from the three payloads: {ms(old)} "
        f"(ratio kept / recomputed {totals / old:.2f})"
    )


def main() -> None:
    if "--export-only" in sys.argv[1:]:
        export_only(profile="--profile" in sys.argv[1:])
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "quinto").mkdir()
        started = time.perf_counter()
        capofila, ambiti = build_network(folder)
        print(
            f"Ambito stores of {CASES:,} cases, enrolled, in {time.perf_counter() - started:.1f} s"
        )
        exported = [
            (
                f"export of one Ambito, {CASES:,} cases, 1 woman in {share} with a project",
                measure_steps(ambiti[key]),
                *measure_exports(ambiti[key]),
            )
            for share, key in ((1, "cremonese"), (5, "realistic"))
        ]
        bundles = [exported[0][3], *(measure_exports(ambiti[a])[1] for a in AMBITI[1:])]
        each, totals_s, preview_s = measure_merge(capofila, bundles)
        again, _, _ = measure_merge(capofila, bundles)
        figures = {
            "totals": totals_s,
            "preview": preview_s,
            "recomputed": recomputed_totals(capofila),
            "raw": raw_merge_work(capofila, bundles[0]),
        }
        for opened in (capofila, *ambiti.values()):
            opened.store.close()
    for title, steps, exports, bundle in exported:
        print_export(title, steps, exports, bundle)
    print_merge(each, again, figures)


if __name__ == "__main__":
    sys.exit(main())
