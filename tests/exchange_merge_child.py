"""Child process for tests/test_exchange_merge_faults.py: imports one bundle into a capofila store.

Run as `python exchange_merge_child.py <database> <bundle> <mode>`; login and password
(synthetic) come from AVD_TEST_LOGIN and AVD_TEST_PASSWORD. It prints READY once the store is
open, COMMITTING when the import's transaction is about to commit (its rows are already
written inside it) and COMMITTED after the commit, each line flushed at once so the parent can
time its SIGKILL. Mode `pause` sleeps at COMMITTING (the parent kills it there); `run` goes on.
Afterwards it blocks on stdin until the parent kills it or closes the pipe.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from antiviolenza_desktop.exchange.bundle_import import import_bundle
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def main(database: str, bundle: str, mode: str) -> None:
    opened = unlock(
        Path(database), login=os.environ["AVD_TEST_LOGIN"], password=os.environ["AVD_TEST_PASSWORD"]
    )
    data = Path(bundle).read_bytes()

    def before_commit(_session: Session) -> None:
        print("COMMITTING", flush=True)
        if mode == "pause":
            time.sleep(60)

    event.listen(Session, "before_commit", before_commit)
    print("READY", flush=True)
    with UnitOfWork(opened.store, opened.actor) as uow:
        result = import_bundle(uow, data)
    print(f"COMMITTED {int(result.merged)}", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main(*sys.argv[1:])
