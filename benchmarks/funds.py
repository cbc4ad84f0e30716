"""Fund ledger benchmark on 50,000 synthetic cases and 200,000 ledger rows.

Targets (issue 5): the dashboard totals ≤ 250 ms (the same SQL sums in raw sqlcipher3 take
~100–200 ms on the 2-core reference machine); the bulk ledger import ≤ 6× raw sqlcipher3
executemany of the same tuples; one payment costs the same on a 200,000-row ledger as on a
small one (the rules see the case's own entries, the store adds SQL sums). Prints figures and
ratios; it asserts nothing. Run with `make bench`.

The ledger is a plausible mix, valid under every rule: commitments per fund within the
per-woman caps, one to four payments on most of them, a few payments reversed by mistake and a
few project revisions (the old commitment reversed, a new one made). The Ambito's allocations
are set large enough for 50,000 women, as rows of `fund_settings` (synthetic: no real Ambito
has that much money).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from faker import Faker
from sqlalchemy import insert

from antiviolenza_desktop.domain.ledger.entries import KINDS, LedgerEntry
from antiviolenza_desktop.domain.project.model import (
    ACTIVE_FUND,
    HOUSING_FUND,
    PASSIVE_FUND,
    ActiveIntervention,
    PassiveSupport,
    ProjectDraft,
    WorkPath,
)
from antiviolenza_desktop.domain.project.revisions import ProjectRevision
from antiviolenza_desktop.services import ledger, ledger_import, ledger_writes
from antiviolenza_desktop.services.case_records import fill_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.schema import Case, FundSetting, LedgerRecord
from antiviolenza_desktop.store.sqlcipher_connection import connect

CASES = 50_000
LEDGER_ROWS = 200_000
SMALL_LEDGER_ROWS = 2_000
RUNS = 3
TOTALS_RUNS = 15
PAYMENTS = 15
PASSWORD = "tegola-viola-fiume-capriolo"
LOGIN = "misura"
CAV = ["aida", "mia", "donne_contro_la_violenza"]
START = date(2025, 3, 1)
# Per fund: chance a woman's project asks money of it, and the range of the commitment.
PLAN = {
    ACTIVE_FUND: (0.85, 50_000, 300_000),
    PASSIVE_FUND: (0.5, 20_000, 140_000),
    HOUSING_FUND: (0.35, 100_000, 600_000),
}
HOUSING_CAP = 800_000
ALLOCATION = 10**13
RAW_TOTALS = (
    "SELECT fund, kind, sum(amount) FROM ledger_entries WHERE kind != 'reversal' "
    "GROUP BY fund, kind",
    "SELECT t.fund, t.kind, sum(r.amount) FROM ledger_entries AS r "
    "JOIN ledger_entries AS t ON t.seq = r.reverses_seq WHERE r.kind = 'reversal' "
    "GROUP BY t.fund, t.kind",
)


# --- synthetic data ------------------------------------------------------------------------


def case_rows(count: int) -> list[tuple[object, ...]]:
    rng = random.Random(1)
    faker = Faker("it_IT")
    faker.seed_instance(1)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    columns = [column.key for column in Case.__table__.columns]
    rows = []
    for index in range(count):
        case = Case(id=index + 1, code=case_code(index + 1), created_at=now, updated_at=now)
        fill_case(case, synthetic_case(rng, faker, CAV, date(2026, 11, 25)))
        rows.append(tuple(getattr(case, column) for column in columns))
    return rows


def sharing_consents(cases: list[tuple[object, ...]], stamp: str) -> list[tuple[object, ...]]:
    """The register's sharing consent of each case whose referral form ticked it, as the
    intake save adds it (on the consent day, else the referral day): the bundle reads the
    register (migration 0016), not the tick."""
    columns = [column.key for column in Case.__table__.columns]
    at_id, at_tick = columns.index("id"), columns.index("consent_sharing")
    at_consent, at_referral = columns.index("consent_date"), columns.index("referral_date")
    return [
        (
            *(None, row[at_id], "sharing", None, None),
            *(row[at_consent] or row[at_referral], "referral_form", LOGIN, stamp),
        )
        for row in cases
        if row[at_tick]
    ]


def case_code(case_id: int) -> str:
    return f"CRE-2026-{case_id:05d}"


class LedgerWriter:
    """Appends entries with consecutive numbers, like the services do."""

    def __init__(self) -> None:
        self.entries: list[LedgerEntry] = []

    def add(self, template: LedgerEntry) -> LedgerEntry:
        entry = LedgerEntry(
            len(self.entries) + 1,
            template.case_id,
            template.case_code,
            template.fund,
            template.kind,
            template.amount,
            template.on,
            revision=template.revision,
            commitment_seq=template.commitment_seq,
            payee=template.payee,
            document_ref=template.document_ref,
            note=template.note,
            reverses_seq=template.reverses_seq,
        )
        self.entries.append(entry)
        return entry


def _reversal(of: LedgerEntry, on: date, note: str) -> LedgerEntry:
    return LedgerEntry(
        0,
        of.case_id,
        of.case_code,
        of.fund,
        "reversal",
        of.amount,
        on,
        reverses_seq=of.seq,
        note=note,
    )


def _payments(rng: random.Random, book: LedgerWriter, commitment: LedgerEntry) -> None:
    residual, day = commitment.amount, commitment.on
    for number in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
        amount = rng.randint(1, max(1, residual // 2))
        if amount > residual:
            return
        day += timedelta(days=rng.randint(10, 60))
        payment = book.add(
            LedgerEntry(
                0,
                commitment.case_id,
                commitment.case_code,
                commitment.fund,
                "disbursement",
                amount,
                day,
                commitment_seq=commitment.seq,
                payee="Ente sintetico di prova",
                document_ref=f"FT {commitment.seq}-{number}/2026",
            )
        )
        if rng.random() < 0.04:
            book.add(_reversal(payment, day, "Mandato registrato due volte"))
            continue
        residual -= amount


def _case_block(rng: random.Random, book: LedgerWriter, case_id: int) -> None:
    """One woman's money: a commitment per fund her project uses, payments, a few mistakes."""
    code, on = case_code(case_id), START + timedelta(days=rng.randint(0, 400))
    for fund, (chance, low, high) in PLAN.items():
        if rng.random() >= chance:
            continue
        amount = rng.randrange(low, high + 1, 100)
        first = LedgerEntry(0, case_id, code, fund, "commitment", amount, on, revision=1)
        commitment = book.add(first)
        if rng.random() < 0.05:
            later = on + timedelta(days=rng.randint(20, 90))
            book.add(_reversal(commitment, later, "Storno per la revisione 2 del progetto"))
            amount = rng.randrange(low, high + 1, 100)
            second = LedgerEntry(0, case_id, code, fund, "commitment", amount, later, revision=2)
            commitment = book.add(second)
        _payments(rng, book, commitment)


def synthetic_ledger(cases: int, rows: int, seed: int = 5) -> list[LedgerEntry]:
    """`rows` entries over the first women of `cases` (every prefix of a valid ledger is one)."""
    rng = random.Random(seed)
    book = LedgerWriter()
    for case_id in range(1, cases + 1):
        _case_block(rng, book, case_id)
        if len(book.entries) >= rows:
            break
    return book.entries[:rows]


def ledger_tuples(entries: list[LedgerEntry], actor: str) -> list[tuple[object, ...]]:
    """The entries in the table's column order, as both the service and the raw driver write."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    return list(ledger_import.row_values(entries, stamp=stamp, actor=actor))


# --- stores --------------------------------------------------------------------------------


def build_store(database: Path, cases: list[tuple[object, ...]]) -> OpenStore:
    """A cremonese store with the cases (bulk path) and allocations for all of them."""
    created = initialise_store(
        database,
        store_name="Prestazioni fondi",
        ambito="cremonese",
        login=LOGIN,
        display_name="Misura Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    now = datetime.now(UTC).isoformat(timespec="seconds")
    settings = [
        {"fund": fund, "allocation": ALLOCATION, "rule": "manuale", "updated_at": now}
        | {"cap_per_woman": HOUSING_CAP if fund == HOUSING_FUND else None}
        for fund in PLAN
    ]
    with created.store.engine.begin() as connection:
        bulk_insert(connection, Case.__table__, cases)
        connection.execute(insert(FundSetting.__table__), settings)
    return OpenStore(created.store, actor_for(created.store, LOGIN))


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def service_import(opened: OpenStore, entries: list[LedgerEntry]) -> float:
    def run() -> None:
        with UnitOfWork(opened.store, opened.actor) as uow:
            ledger_import.import_entries(uow, entries)

    return timed(run)


def raw_import(opened: OpenStore, rows: list[tuple[object, ...]]) -> float:
    columns = [column.key for column in LedgerRecord.__table__.columns]
    statement = (
        f"INSERT INTO ledger_entries ({', '.join(columns)}) "  # noqa: S608 - fixed column names
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    connection = connect(opened.store.database, bytes(opened.store._raw_key))

    def run() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(statement, rows)
        connection.execute("COMMIT")

    seconds = timed(run)
    connection.close()
    return seconds


def measure_imports(
    folder: Path, cases: list[tuple[object, ...]], entries: list[LedgerEntry]
) -> tuple[list[float], list[float], OpenStore]:
    """Each run imports into fresh stores; the last service store stays open for the rest."""
    rows = ledger_tuples(entries, LOGIN)
    services, raws = [], []
    kept: OpenStore | None = None
    for run in range(RUNS):
        raw_store = build_store(folder / f"raw-{run}.avdb", cases)
        raws.append(raw_import(raw_store, rows))
        raw_store.store.close()
        service_store = build_store(folder / f"service-{run}.avdb", cases)
        services.append(service_import(service_store, entries))
        if kept is not None:
            kept.store.close()
        kept = service_store
    assert kept is not None
    return services, raws, kept


def measure_totals(opened: OpenStore) -> tuple[list[float], list[float]]:
    def dashboard() -> None:
        with UnitOfWork(opened.store, opened.actor) as uow:
            ledger.totals(uow)

    service = [timed(dashboard) for _ in range(TOTALS_RUNS)]
    connection = connect(opened.store.database, bytes(opened.store._raw_key))

    def raw() -> None:
        for query in RAW_TOTALS:
            connection.execute(query).fetchall()

    raws = [timed(raw) for _ in range(TOTALS_RUNS)]
    connection.close()
    return service, raws


def open_commitments_with_room(opened: OpenStore, count: int) -> list[int]:
    """Commitments, spread over the ledger, that can still take a one-euro payment."""
    connection = connect(opened.store.database, bytes(opened.store._raw_key))
    rows = connection.execute(
        "SELECT c.seq FROM ledger_entries AS c "
        "LEFT JOIN ledger_entries AS p ON p.commitment_seq = c.seq "
        "AND p.seq NOT IN (SELECT reverses_seq FROM ledger_entries WHERE kind = 'reversal') "
        "WHERE c.kind = 'commitment' "
        "AND c.seq NOT IN (SELECT reverses_seq FROM ledger_entries WHERE kind = 'reversal') "
        "GROUP BY c.seq HAVING c.amount - coalesce(sum(p.amount), 0) >= 100 ORDER BY c.seq"
    ).fetchall()
    connection.close()
    step = max(1, len(rows) // count)
    return [row[0] for row in rows[::step]][:count]


def measure_payments(opened: OpenStore) -> list[float]:
    times = []
    for number, seq in enumerate(open_commitments_with_room(opened, PAYMENTS)):

        def pay(seq: int = seq, number: int = number) -> None:
            with UnitOfWork(opened.store, opened.actor) as uow:
                ledger_writes.record_disbursement(
                    uow,
                    commitment_seq=seq,
                    amount=100,
                    on=date(2026, 11, 25),
                    payee="Ente sintetico di prova",
                    document_ref=f"Mandato {number}/2026",
                )

        times.append(timed(pay))
    return times


def measure_commitments(opened: OpenStore, cases: int) -> list[float]:
    """Validated revisions committed for women who have no money yet (the newest cases)."""
    draft = ProjectDraft(
        lines=frozenset({"work"}),
        work=WorkPath(
            cpi_office="CPI Cremona",
            interventions=(ActiveIntervention("extracurricular_traineeship", planned_cost=1_000),),
        ),
        passive_supports=(PassiveSupport("transport_refund", amount=500),),
    )
    revision = ProjectRevision(1, "validated", draft, date(2026, 11, 25))
    times = []
    for case_id in range(cases, cases - PAYMENTS, -1):

        def commit(case_id: int = case_id) -> None:
            with UnitOfWork(opened.store, opened.actor) as uow:
                ledger_writes.commit_revision(
                    uow, case_id=case_id, revision=revision, on=date(2026, 11, 25)
                )

        times.append(timed(commit))
    return times


def small_ledger_writes(folder: Path, cases: list[tuple[object, ...]]) -> tuple[list[float], ...]:
    opened = build_store(folder / "small.avdb", cases)
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_import.import_entries(uow, synthetic_ledger(len(cases), SMALL_LEDGER_ROWS))
    writes = measure_payments(opened), measure_commitments(opened, len(cases))
    opened.store.close()
    return writes


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        started = time.perf_counter()
        cases = case_rows(CASES)
        entries = synthetic_ledger(CASES, LEDGER_ROWS)
        kinds = {kind: sum(e.kind == kind for e in entries) for kind in KINDS}
        print(
            f"{CASES:,} synthetic cases and {len(entries):,} ledger rows generated in "
            f"{time.perf_counter() - started:.1f} s ("
            + ", ".join(f"{count:,} {kind}" for kind, count in kinds.items())
            + f"; {len({e.case_id for e in entries}):,} women with money)"
        )
        services, raws, opened = measure_imports(folder, cases, entries)
        service_totals, raw_totals = measure_totals(opened)
        big_payments = measure_payments(opened)
        big_commits = measure_commitments(opened, CASES)
        opened.store.close()
        small_payments, small_commits = small_ledger_writes(folder, cases)
    service_s, raw_s = statistics.median(services), statistics.median(raws)
    print(f"bulk ledger import of {len(entries):,} rows, one transaction (median of {RUNS}):")
    print(
        f"  services.ledger_import.import_entries (checks the whole ledger first) {service_s:.3f} s"
    )
    print(f"  raw sqlcipher3 executemany of the same tuples                  {raw_s:.3f} s")
    print(f"  ratio service / raw: {service_s / raw_s:.2f} (target ≤ 6)")
    median, worst = statistics.median(service_totals), max(service_totals)
    raw_median = statistics.median(raw_totals)
    print(f"dashboard totals on {len(entries):,} rows (runs: {TOTALS_RUNS}):")
    print(f"  services.ledger.totals: median {ms(median)}, worst {ms(worst)} (target ≤ 250 ms)")
    print(
        f"  same SQL sums in raw sqlcipher3: median {ms(raw_median)}, worst {ms(max(raw_totals))}"
    )
    print(f"  ratio service / raw: {median / raw_median:.2f}")
    big, small = statistics.median(big_payments), statistics.median(small_payments)
    print(f"one payment (record_disbursement + commit, median of {PAYMENTS}):")
    print(f"  on {len(entries):,} rows: {ms(big)} (worst {ms(max(big_payments))})")
    print(f"  on {SMALL_LEDGER_ROWS:,} rows: {ms(small)} (worst {ms(max(small_payments))})")
    print(f"  ratio {len(entries):,} / {SMALL_LEDGER_ROWS:,} rows: {big / small:.2f}")
    big, small = statistics.median(big_commits), statistics.median(small_commits)
    print(f"one revision committed on 2 funds (commit_revision + commit, median of {PAYMENTS}):")
    print(f"  on {len(entries):,} rows: {ms(big)} (worst {ms(max(big_commits))})")
    print(f"  on {SMALL_LEDGER_ROWS:,} rows: {ms(small)} (worst {ms(max(small_commits))})")
    print(f"  ratio {len(entries):,} / {SMALL_LEDGER_ROWS:,} rows: {big / small:.2f}")


if __name__ == "__main__":
    main()
