"""The store's connections live as long as their threads: many short-lived threads (a
background pool renewing its thread) never close the GUI thread's connection under it."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.store.schema import User


def _take_a_connection(opened: OpenStore) -> None:
    with opened.store.engine.connect():
        pass


def test_a_connection_in_use_survives_forty_worker_threads(opened: OpenStore) -> None:
    """The GUI thread holding its connection while the runner's threads came and went: past
    five threads, SingletonThreadPool closed connections at random, the one in use among them."""
    count = select(func.count()).select_from(User)
    with opened.store.engine.connect() as connection:
        before = connection.execute(count).scalar()
        connection.commit()
        for _ in range(40):
            worker = threading.Thread(target=_take_a_connection, args=(opened,))
            worker.start()
            worker.join()
        assert connection.execute(count).scalar() == before


def test_the_background_runner_keeps_its_thread(runner) -> None:  # type: ignore[no-untyped-def]
    """A pool thread that expired after 30 idle seconds was replaced by a new one, and each new
    thread opened another keyed connection."""
    assert runner._pool.expiryTimeout() == -1
