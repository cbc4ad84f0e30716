"""SQLAlchemy over one keyed SQLCipher connection.

The engine never sees a URL with a key in it: a `creator` hands it the connection we opened,
and it never puts bound parameters (names, codici fiscali) into exception messages.
One keyed connection per thread (SingletonThreadPool): the GUI thread and the background
worker never share a connection, so their transactions cannot interleave; SQLite's own locking
(BEGIN IMMEDIATE, busy_timeout) orders them. Every transaction starts with BEGIN IMMEDIATE so a
write never fails half-way on a lock upgrade. A store read beside its holder
(`store.shared_read`) begins deferred instead, so its reads never keep the holder from writing.

SingletonThreadPool keeps `pool_size` connections and, past that, closes arbitrary ones —
possibly the GUI thread's, which then fails with «Cannot operate on a closed database». Threads
are few (the GUI thread and one per background runner, whose threads never expire), so the
size is set far above them: a connection is closed with its store, never under a live thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import SingletonThreadPool

THREAD_CONNECTIONS = 256


def make_engine(
    connect: Callable[[], sqlcipher3.Connection], begin: str = "BEGIN IMMEDIATE"
) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=connect,
        poolclass=SingletonThreadPool,
        pool_size=THREAD_CONNECTIONS,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
