"""The case registers the GUI lists, for `antiviolenza casi elenco|attesa`: the case list with
its filters and the waiting lists of both lines.

Each goes through the very source the GUI's view uses (`services.case_list.CaseListSource`,
`services.waiting_list.WaitingListSource`), so what a user may see, and the audit of reads
that records whom she saw (`services.read_audit.ShownCases`), are the same in both front
ends. The case list is read in the GUI's batches (`BATCH`), one audited read each.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.errors import InvalidInput
from antiviolenza_desktop.services.case_list import CaseListQuery, CaseListSource, CaseRow
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.waiting_list import WaitingEntry, WaitingListSource

BATCH = 200
"""As many rows as the GUI's list model fetches at once (`ui.case.list_model.BATCH`)."""


def cav_names() -> dict[str, str]:
    """The programme's CAV, code to name: the CAV filter's choices and the list's column."""
    return {cav.code: cav.name for cav in load_default_programme().cav}


class UnknownCav(InvalidInput):
    """The CAV filter names no CAV of the programme (the GUI's filter offers only those)."""

    code = "cav_sconosciuto_filtro"
    template = "CAV sconosciuto «{cav}»: usa uno di questi codici: {known}."


def list_cases(
    opened: OpenStore, query: CaseListQuery, *, limit: int | None = None
) -> list[CaseRow]:
    """The rows of the cases matching `query`, in its order (the first `limit` when given).
    Errors: UnknownCav (before any read), the audit's own (then nothing is returned)."""
    cavs = cav_names()
    if query.cav is not None and query.cav not in cavs:
        raise UnknownCav(field="cav", cav=query.cav, known=", ".join(cavs))
    source = CaseListSource(opened)
    ids = source.ids(query)[:limit] if limit is not None else source.ids(query)
    rows: list[CaseRow] = []
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        found = source.rows(batch)
        rows += [found[case_id] for case_id in batch if case_id in found]
    return rows


def waiting_lists(opened: OpenStore, *, today: date | None = None) -> dict[str, list[WaitingEntry]]:
    """Both lines' waiting lists, ranked, keyed by line; one audited read."""
    return WaitingListSource(opened).lists(today=today)
