"""The bulk write path: many rows in one transaction, handed to the driver's executemany.

Used where tens of thousands of rows arrive at once (imports, merges). The ORM would build an
object per row and Core would build a dict per row; here the INSERT is compiled once from the
table's metadata and tuples go straight to sqlcipher3, keeping the cost close to the raw driver
(see benchmarks/store.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table, insert

BATCH_ROWS = 10_000


def bulk_insert(connection: Connection, table: Table, rows: Iterable[Sequence[Any]]) -> int:
    """Insert tuples in the table's column order, inside the caller's transaction."""
    statement = str(insert(table).compile(dialect=connection.dialect))
    width = len(table.columns)
    iterator = iter(rows)
    count = 0
    while batch := list(islice(iterator, BATCH_ROWS)):
        if any(len(row) != width for row in batch):
            raise ValueError(f"every row of {table.name} needs {width} values")
        connection.exec_driver_sql(statement, batch)
        count += len(batch)
    return count
