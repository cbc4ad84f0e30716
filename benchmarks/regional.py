"""Regional-scale exchange benchmark: 91 Ambiti × 10,000 cases merged at one capofila store.

Targets (issue 15): the merge of the 91 bundles ≤ 60 s, the provincial (here regional) totals
≤ 1 s, memory bounded; and how the cost grows with the number of Ambiti (10, 30, 91).

What is measured, and what is not: one real Ambito store of 10,000 synthetic cases (the
ledger and projects of `benchmarks/exchange.py`, 1 woman in 5 with a project) builds one
checked payload, as its export does. Each of the 91 Ambiti sends that payload re-keyed for
itself (its Ambito code; its record keys and pseudonyms rehashed with its code, so its women
are its own, except 1 in 50 shared with the neighbouring Ambito, who shows up as a duplicate
woman), canonical JSON, signed with its own registered key and sealed to the capofila's real
encryption key. Building those bundles is not timed. Timed: `import_bundle` of each bundle,
each in its own unit of work as the CLI and GUI run it (open, decrypt, verify, parse and check
the payload, keep the snapshot and its figures, audit), and `province_totals` after 10, 30 and
91 Ambiti. The programme is the bundled one with 88 more Ambiti (a copy of its file, read
through `services.programme` as the application reads its own). Bundles are made and merged
one at a time, so memory holds one payload, not 91: the peak resident set size is printed.

`--small`: 1,000 cases per Ambito (for `make bench`). Prints figures and ratios; asserts
nothing. Synthetic data only.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint
from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_container import seal_bundle
from antiviolenza_desktop.exchange.bundle_import import import_bundle
from antiviolenza_desktop.exchange.bundle_io import open_at_capofila
from antiviolenza_desktop.exchange.key_material import new_signing_key
from antiviolenza_desktop.exchange.public_key_file import AmbitoPublicKey
from antiviolenza_desktop.exchange.snapshot import build_snapshot
from antiviolenza_desktop.services import programme as programme_files
from antiviolenza_desktop.services.collector import collector_paused
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.exchange_records import active_own_key
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from exchange import CREATED, build_ambito, enrol, new_capofila
from funds import case_rows

AMBITI = 91
CHECKPOINTS = (10, 30, 91)
SHARED_EVERY = 50
PROFILE_AT = int(sys.argv[sys.argv.index("--profile-at") + 1]) if "--profile-at" in sys.argv else 0
EXTRA_AMBITO = """
[[ambiti]]
codice = "ambito_{n:02d}"
nome = "Ambito {n:02d}"
capofila = "Comune Prova {n:02d}"
ente_gestore = "Ente Prova {n:02d}"
"""


def regional_programme(folder: Path) -> list[str]:
    """The bundled programme with Ambiti 4..91 added, made the application's default; the
    codes of the 91 Ambiti."""
    source = programme_files.default_programme_path().read_text(encoding="utf-8")
    marker = "\n# The centri antiviolenza"
    extra = "".join(EXTRA_AMBITO.format(n=n) for n in range(4, AMBITI + 1))
    path = folder / "regionale.toml"
    path.write_text(source.replace(marker, extra + marker, 1), encoding="utf-8")
    programme_files.default_programme_path = lambda: path  # type: ignore[assignment]
    programme_files.load_default_programme.cache_clear()
    return [a.code for a in programme_files.load_default_programme().ambiti][:AMBITI]


def _rehash(value: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{value}".encode()).hexdigest()


def rekeyed(payload: dict[str, Any], index: int, code: str) -> dict[str, Any]:
    """The payload as Ambito `code` (the `index`-th) would send it: its own record keys and
    pseudonyms, but 1 woman in SHARED_EVERY shared with the Ambito before or after it."""
    cases = []
    for number, case in enumerate(payload["cases"]):
        shared = number % SHARED_EVERY == 0
        salt = f"pair{index // 2}" if shared else code
        cases.append(
            {
                **case,
                "record": _rehash(case["record"], code),
                "pseudonym": _rehash(case["pseudonym"], salt),
            }
        )
    cases.sort(key=lambda case: case["record"])
    return {**payload, "ambito": code, "cases": cases}


def sealer(capofila: OpenStore) -> Callable[[str, bytes], bytes]:
    """Seal a payload as a newly registered key of an Ambito would, to the capofila's key."""
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        keys.ensure_capofila_keys(uow)
        encryption = active_own_key(uow, "encryption")
    assert encryption is not None and encryption.public_key is not None

    def seal(code: str, content: bytes) -> bytes:
        signing = new_signing_key()
        public = signing.public_key or b""
        with UnitOfWork(capofila.store, capofila.actor) as uow:
            keys.register_ambito_key(
                uow,
                key=AmbitoPublicKey(code, signing.key_id, public),
                typed_fingerprint=fingerprint(public, code),
            )
        return seal_bundle(
            content,
            signing_key=signing.private_key,
            sender_key_id=signing.key_id,
            ambito=code,
            recipient_public_key=encryption.public_key or b"",
            recipient_key_id=encryption.key_id,
        )

    return seal


def one_payload(folder: Path, capofila: OpenStore, cases: int) -> dict[str, Any]:
    opened = build_ambito(folder, "cremonese", case_rows(cases), project_share=5)
    enrol(capofila, opened, "cremonese")
    with UnitOfWork(opened.store, opened.actor) as uow:
        payload = build_snapshot(
            uow, network_key=keys.network_key(uow), sequence=1, created_at=CREATED
        )
    opened.store.close()
    return payload


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_open(capofila: OpenStore, data: bytes) -> float:
    """The part of a merge no capofila can avoid: decrypt, verify, inflate and read the JSON;
    with the cyclic collector paused, as the merge runs (its passes over the parsed tree would
    otherwise make the raw work look slower than it is)."""
    started = time.perf_counter()
    with UnitOfWork(capofila.store, capofila.actor) as uow, collector_paused():
        json.loads(open_at_capofila(uow, data).payload)
    return time.perf_counter() - started


def timed_totals(capofila: OpenStore) -> float:
    started = time.perf_counter()
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        province_totals(uow, as_of=CREATED + timedelta(days=1))
    return time.perf_counter() - started


def profiled_totals(capofila: OpenStore) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        profiler.runcall(province_totals, uow, as_of=CREATED + timedelta(days=1))
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


Row = tuple[int, float, float, float, float]


def merge_all(capofila: OpenStore, payload: dict[str, Any], codes: list[str]) -> list[Row]:
    """Each Ambito's bundle made then merged; at each checkpoint: Ambiti, merge time so far,
    merges' raw work so far (each bundle opened and read again), totals, peak RSS."""
    seal = sealer(capofila)
    merged = raw = 0.0
    rows: list[Row] = []
    for index, code in enumerate(codes):
        data = seal(code, canonical_bytes(rekeyed(payload, index, code)))
        started = time.perf_counter()
        with UnitOfWork(capofila.store, capofila.actor) as uow:
            import_bundle(uow, data)
        merged += time.perf_counter() - started
        raw += raw_open(capofila, data)
        if index + 1 in CHECKPOINTS:
            rows.append((index + 1, merged, raw, timed_totals(capofila), peak_rss_mb()))
        if index + 1 == PROFILE_AT:
            profiled_totals(capofila)
    return rows


def main() -> None:
    cases = 1_000 if "--small" in sys.argv[1:] else 10_000
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        codes = regional_programme(folder)
        capofila = new_capofila(folder, "capofila")
        started = time.perf_counter()
        payload = one_payload(folder, capofila, cases)
        print(
            f"one Ambito payload of {cases:,} cases ({len(canonical_bytes(payload)):,} bytes) "
            f"in {time.perf_counter() - started:.1f} s; peak RSS {peak_rss_mb():.0f} MB"
        )
        rows = merge_all(capofila, payload, codes)
        capofila.store.close()
        size = sum(f.stat().st_size for f in folder.glob("capofila.avdb*"))
    print(f"{AMBITI} Ambiti × {cases:,} cases merged at one capofila (one transaction each).")
    print("Raw work: each bundle decrypted, verified, inflated and json.loads'd once more.")
    print(
        f"  {'Ambiti':>6} {'merge, all':>11} {'per bundle':>11} {'/ raw':>6} {'totals':>8} "
        f"{'/ raw of 1':>10} {'peak RSS':>9}"
    )
    for count, merge_s, raw_s, totals_s, rss in rows:
        print(
            f"  {count:>6} {merge_s:>9.1f} s {merge_s / count * 1000:>8.0f} ms "
            f"{merge_s / raw_s:>6.1f} {totals_s * 1000:>5.0f} ms "
            f"{totals_s / (raw_s / count):>10.1f} {rss:>6.0f} MB"
        )
    _, merge_s, raw_s, totals_s, _ = rows[-1]
    print(f"  merge of all {AMBITI}: {merge_s:.1f} s (target ≤ 60 s: {merge_s / 60:.2f} of it)")
    print(f"  totals over {AMBITI}: {totals_s * 1000:.0f} ms (target ≤ 1 s: {totals_s:.2f} of it)")
    print(f"  capofila store: {size / 2**20:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
