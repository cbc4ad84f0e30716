"""A table of thousands of rows laid out page by page in linear time (ReportLab's own is quadratic).

Used by the financial report's annex (one row per woman and fund: 66,000 rows at 50,000 cases).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Table


class PagedTable(Flowable):
    """Rows `start`.. of a long table, laid out one page at a time.

    ReportLab splits a table at a page end by building a new table of all the remaining rows,
    so one table of n rows costs O(n²) to lay out (66,000 rows, the annex of the 50,000-case
    benchmark: minutes). Here each page gets a table of only the rows that fit there: as many
    as fitted on the previous page, more while a row's height of room is left, split by
    ReportLab only when it overflows. The rest stays an index into the same rows: linear.
    Rows are never split inside, and none is shorter than `least_row` points."""

    def __init__(
        self,
        page: Callable[[int, int], Table],
        count: int,
        *,
        least_row: float,
        start: int = 0,
        guess: int = 0,
    ) -> None:
        """`page(start, end)` builds the table of rows start..end-1 (with the headings to
        repeat); `count` rows in all."""
        super().__init__()
        self._page, self._count, self._least = page, count, least_row
        self._start, self._guess = start, guess
        self._table: Table | None = None
        self._end, self._room, self._height = start, 0.0, 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The last rows' real size; else one more than the room, so the frame splits."""
        if availHeight < 2 * self._least:  # not even the headings and one row
            return availWidth, availHeight + 1
        self._lay_out(availWidth, availHeight)
        last = self._end == self._count and self._height <= availHeight
        self.height = self._height if last else max(self._height, availHeight + 1)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if availHeight < 2 * self._least:
            return []
        table = self._lay_out(availWidth, availHeight)
        first, taken = table, self._end - self._start
        if self._height > availHeight:
            parts = table.split(availWidth, availHeight)
            if not parts:
                return []
            first, taken = parts[0], len(parts[0]._cellvalues) - parts[0].repeatRows
        rest = PagedTable(
            self._page, self._count, least_row=self._least, start=self._start + taken, guess=taken
        )
        return [first, rest]

    def _lay_out(self, width: float, height: float) -> Table:
        """This page's table (kept while it still fits the room): it fills the page or holds
        the last row."""
        if self._table is not None and self._room == width and self._fills(height):
            return self._table
        size = self._guess or int(height // self._least)
        while True:
            self._end = min(self._start + max(size, 1), self._count)
            self._table = self._page(self._start, self._end)
            self._table.splitInRow = 0
            self.width, self._height = self._table.wrap(width, height)
            if self._fills(height):
                self._room = width
                return self._table
            size = self._end - self._start + int((height - self._height) // self._least)

    def _fills(self, height: float) -> bool:
        """Whether the table laid out overflows `height`, or leaves less than a row free, or
        holds the last row."""
        return height - self._height < self._least or self._end == self._count

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)
