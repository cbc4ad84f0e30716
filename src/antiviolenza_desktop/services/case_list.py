"""The case list as queries: ids for a filter and sort order, rows for the ids on screen.

The GUI model keeps only the ids and a cache of the rows it has shown (the Anki browser's
shape), so filtering, searching and sorting 50,000 cases are SQL, never Python loops over
every row. A search word matches part of the name (ignoring case, accents and apostrophes, as
duplicate detection does), the start of the codice fiscale, or part of the case code.
Showing rows is a read of her record and is audited (`services.read_audit`). Both queries
are narrowed to the cases the acting user may read (`services.authorization.scoped`): a CAV
worker finds only her CAV's cases, whatever she types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, sessionmaker

from antiviolenza_desktop.domain.case.intake import name_key
from antiviolenza_desktop.services.authorization import case_scope, scoped
from antiviolenza_desktop.services.read_audit import ShownCases
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.store.schema import Case

SessionFactory = sessionmaker[Session]
"""What the GUI passes around (`store.sessions`) without importing SQLAlchemy itself."""

SORT_COLUMNS = {
    "code": Case.code,
    "last_name": Case.last_name.collate("NOCASE"),
    "referral_date": Case.referral_date,
    "referring_cav": Case.referring_cav,
    "stage": Case.stage,
}
MAX_SEARCH = 80


@dataclass(frozen=True)
class CaseListQuery:
    search: str = ""
    stage: str | None = None
    line: str | None = None
    cav: str | None = None
    sort: str = "referral_date"
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    case_id: int
    code: str
    last_name: str
    first_name: str
    codice_fiscale: str | None
    referral_date: str
    referring_cav: str
    stage: str
    line_work: bool
    line_housing: bool


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(query: CaseListQuery) -> Select[int]:
    statement = select(Case.id)
    for word in query.search.split()[:5]:
        raw = _escape_like(word[:MAX_SEARCH].upper())
        name = name_key(word[:MAX_SEARCH], "").strip("|")
        options = [
            Case.codice_fiscale.like(f"{raw}%", escape="\\"),
            Case.code.like(f"%{raw}%", escape="\\"),
        ]
        if name:
            options.append(Case.name_key.like(f"%{name}%"))
        statement = statement.where(or_(*options))
    if query.stage:
        statement = statement.where(Case.stage == query.stage)
    if query.cav:
        statement = statement.where(Case.referring_cav == query.cav)
    if query.line == "work":
        statement = statement.where(Case.line_work.is_(True))
    elif query.line == "housing":
        statement = statement.where(Case.line_housing.is_(True))
    return statement


def case_ids(session: Session, query: CaseListQuery, actor: Actor) -> list[int]:
    """Every id matching the query that `actor` may read, in display order (ties broken by id
    for stability)."""
    column = SORT_COLUMNS.get(query.sort, Case.referral_date)
    order = column.desc() if query.descending else column.asc()
    tiebreak = Case.id.desc() if query.descending else Case.id.asc()
    return list(session.scalars(scoped(_filtered(query), actor).order_by(order, tiebreak)))


def case_rows(session: Session, ids: Sequence[int], actor: Actor) -> dict[int, CaseRow]:
    """The rows for `ids` that `actor` may read (one query, whatever their number)."""
    if not ids:
        return {}
    statement = select(
        Case.id,
        Case.code,
        Case.last_name,
        Case.first_name,
        Case.codice_fiscale,
        Case.referral_date,
        Case.referring_cav,
        Case.stage,
        Case.line_work,
        Case.line_housing,
    ).where(Case.id.in_(list(ids)), case_scope(actor))
    # row[:10]: SQLAlchemy types a select of ten columns as open-ended
    return {row[0]: CaseRow(*row[:10]) for row in session.execute(statement)}


class CaseListSource:
    """The case list's queries, one short unit of work per call.

    `ids` returns no personal data and is not audited (it runs as she types); `rows` is where
    names leave the store for the screen, so it records the women shown (`ShownCases`) in the
    same transaction, and returns nothing if that record cannot be written."""

    def __init__(self, opened: OpenStore) -> None:
        self._opened = opened
        self._shown = ShownCases()

    def ids(self, query: CaseListQuery) -> list[int]:
        with self._opened.store.sessions() as session:
            return case_ids(session, query, self._opened.actor)

    def rows(self, ids: Sequence[int]) -> dict[int, CaseRow]:
        with UnitOfWork(self._opened.store, self._opened.actor) as uow:
            rows = case_rows(uow.session, ids, uow.actor)
            recorded = self._shown.record(uow, [rows[i].code for i in ids if i in rows])
        self._shown.mark(recorded)
        return rows
