"""BU-17: kill -9 during a merge leaves the capofila store all-before or all-after.

A child process (tests/exchange_merge_child.py) imports a real bundle into a real capofila
store and is killed with SIGKILL: once while its transaction holds the snapshot and audit rows
but has not committed, a few times at a random moment, and once after the commit. After every
kill the store opens, its audit chain is intact, and each snapshot row has its audit entry and
vice versa: a snapshot is there whole, with its record of import, or not at all.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog, ExchangeSnapshot
from tests.exchange_merge_support import CREATED, export, merge, woman
from tests.exchange_stores import enrolled_network
from tests.support import LOGIN, PASSWORD

CHILD_SCRIPT = Path(__file__).with_name("exchange_merge_child.py")
TIMEOUT = 60.0
# (mode, when to kill): at COMMITTING while paused, at a random delay after READY, after COMMITTED
ROUNDS = (("pause", "COMMITTING"), ("run", "random"), ("run", "random"), ("run", "COMMITTED"))


class MergeChild:
    def __init__(self, database: Path, bundle: Path, mode: str) -> None:
        env = dict(os.environ, AVD_TEST_LOGIN=LOGIN, AVD_TEST_PASSWORD=PASSWORD)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD_SCRIPT), str(database), str(bundle), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.strip())
        self._queue.put(None)

    def wait_for(self, prefix: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            line = self._queue.get(timeout=TIMEOUT)
            if line is None:
                self.process.wait(timeout=TIMEOUT)
                assert self.process.stderr is not None
                raise AssertionError(f"child ended before {prefix}: {self.process.stderr.read()}")
            self.lines.append(line)
            if line.startswith(prefix):
                return
        raise AssertionError(f"no {prefix} within {TIMEOUT} s")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=TIMEOUT)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


def _state(database: Path) -> tuple[set[int], set[int]]:
    """Sequences of the kept snapshots and of their audit entries; the chain must be intact."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        assert audit.verify(opened.store).intact
        with UnitOfWork(opened.store, opened.actor) as uow:
            kept = set(uow.session.scalars(select(ExchangeSnapshot.sequence)))
            entries = uow.session.scalars(
                select(AuditLog.entity_id).where(AuditLog.action == "scambio.istantanea_importata")
            )
            audited = {int(str(entity).split(":")[1]) for entity in entries}
    finally:
        opened.store.close()
    return kept, audited


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_bu17_kill_9_during_merge_leaves_all_before_or_all_after(tmp_path: Path) -> None:
    seed = int(os.environ.get("AVD_FAULT_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    network = enrolled_network(tmp_path, ("cremonese",))
    ambito = network.ambiti["cremonese"]
    woman(ambito, 61)
    bundles = []
    for sequence in range(1, len(ROUNDS) + 1):
        woman(ambito, 61 + sequence)
        path = tmp_path / f"cremonese-{sequence}.avbundle"
        path.write_bytes(export(ambito, CREATED + timedelta(hours=sequence)))
        bundles.append(path)
    database = network.capofila.store.database
    network.close()

    merged: set[int] = set()
    for sequence, ((mode, when), bundle) in enumerate(zip(ROUNDS, bundles, strict=True), 1):
        child = MergeChild(database, bundle, mode)
        try:
            child.wait_for("READY")
            if when == "random":
                time.sleep(rng.uniform(0.0, 0.4))
            else:
                child.wait_for(when)
        finally:
            child.kill()
        context = f"seed={seed} round={sequence} mode={mode} lines={child.lines}"
        kept, audited = _state(database)
        assert kept == audited, context
        if any(line.startswith("COMMITTED") for line in child.lines):
            merged.add(sequence)
        if when == "COMMITTING":
            assert sequence not in kept, context
        assert merged <= kept <= merged | {sequence}, context
        merged = kept
    assert len(ROUNDS) in merged

    capofila = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        assert merge(capofila, bundles[-1].read_bytes()).already_imported
    finally:
        capofila.store.close()
