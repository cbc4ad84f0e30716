"""The names `ui/case/funds_tab.py` and `ui/exchange/view.py` import from here; the reads
themselves are `operations.funds_reading` (those two modules belong to other work in flight and
move to it directly when they are next edited)."""

from __future__ import annotations

from antiviolenza_desktop.operations.funds_reading import EntryList, can_write, read_case_entries

__all__ = ["EntryList", "can_write", "read_case_entries"]
