"""Small-cell suppression of the anonymous tables: a count from 1 to threshold − 1 could point
at a woman in a small Ambito, so it is not shown.

Primary suppression: such a cell shows «<N» (N the threshold). Complementary suppression: in a
table whose rows add up to its shown total, one hidden cell could be worked out as the total
minus the others, so the smallest other non-zero cell is hidden too («..»). A total below the
threshold is itself shown «<N» (its non-zero cells are then all below the threshold and hidden).
Zero is always shown: an empty category names nobody. The default threshold, 5, is the one
commonly used for sensitive data (docs/istat-ora-mapping.md); 2 to 50 may be chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.case.statutory_tables import CountTable
from antiviolenza_desktop.domain.errors import AppError

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 2
MAX_THRESHOLD = 50
COMPLEMENT = ".."


class ThresholdOutOfRange(AppError):
    code = "soglia_fuori_intervallo"
    template = "La soglia delle celle piccole va da {min} a {max}."


@dataclass(frozen=True, slots=True)
class ShownTable:
    """A table as published: each row's count as text, hidden cells already replaced."""

    table: CountTable
    cells: tuple[str, ...]
    total: str


def check_threshold(threshold: int) -> None:
    """Errors: ThresholdOutOfRange (field "threshold")."""
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise ThresholdOutOfRange(field="threshold", min=MIN_THRESHOLD, max=MAX_THRESHOLD)


def suppress(table: CountTable, threshold: int) -> ShownTable:
    """The table with its small cells (and their complements) hidden. Errors:
    ThresholdOutOfRange."""
    check_threshold(threshold)
    small = f"<{threshold}"
    counts = [count for _code, _label, count in table.rows]
    primary = {i for i, count in enumerate(counts) if 0 < count < threshold}
    total_hidden = 0 < table.total < threshold
    complement: set[int] = set()
    if table.adds_up and not total_hidden and len(primary) == 1:
        others = [(count, i) for i, count in enumerate(counts) if count > 0 and i not in primary]
        complement = {min(others)[1]} if others else set()
    cells = tuple(
        small if i in primary else COMPLEMENT if i in complement else str(count)
        for i, count in enumerate(counts)
    )
    total = small if total_hidden else str(table.total)
    return ShownTable(table, cells, total)
