"""The waiting list of a programme line, ranked by the card's priority criteria.

Only women not yet concluded or dropped out are ranked. The ranking itself is the pure
`domain.priority.rank_waiting_list`; this module gathers its facts in one query per table.
Each row shows her name and case code beside sensitive priority facts (in a shelter, minor or
disabled children, income band, employment), so showing the list is a read of her record and is
audited like the case list (`WaitingListSource`, `services.read_audit`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.audit.actions import SHOWN_IN_WAITING_LIST
from antiviolenza_desktop.domain.case.priority import PriorityFacts, RankedCase, rank_waiting_list
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.read_audit import ShownCases
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case, CaseChild

CLOSED_STAGES = ("concluded", "dropped_out")
WAITING_LINES = ("work", "housing")


@dataclass(frozen=True)
class WaitingEntry:
    """One row of a waiting list as shown: her rank and reasons, her name, and how many days
    she has waited since the referral."""

    ranked: RankedCase
    name: str
    days_waiting: int


def _children_flags(session: Session) -> set[int]:
    statement = select(CaseChild.case_id).where(
        (CaseChild.minor.is_(True)) | (CaseChild.disabled.is_(True))
    )
    return set(session.scalars(statement))


def waiting_list(session: Session, *, line: str) -> list[RankedCase]:
    wanted = Case.line_work if line == "work" else Case.line_housing
    with_children = _children_flags(session)
    cases = session.scalars(
        select(Case).where(wanted.is_(True), Case.stage.not_in(CLOSED_STAGES))
    ).all()
    facts = [
        PriorityFacts(
            case_id=case.id,
            case_code=case.code,
            referral_date=date.fromisoformat(case.referral_date),
            has_minor_or_disabled_children=case.id in with_children,
            in_shelter=case.shelter != "none",
            employment=case.employment,
            income_band=case.income_band,
            lines_requested=frozenset(
                name
                for name, flag in (("work", case.line_work), ("housing", case.line_housing))
                if flag
            ),
        )
        for case in cases
    ]
    return rank_waiting_list(line, facts)


class WaitingListSource:
    """The waiting lists of both lines for the GUI, one short unit of work per reading.

    Both lines are read and shown together, so one reading writes at most one `lettura.elenco`
    entry (detail `elenco: lista_attesa`) naming by code the women not yet recorded as shown
    to this user in the last ten minutes (`ShownCases`), in the same transaction: if that entry
    cannot be written the exception reaches the caller instead of the lists (fail closed).
    Permission: WAITING_LIST (the ranking reads every open case of the Ambito, so a CAV
    worker, who reads only her CAV's cases, does not see it)."""

    def __init__(self, opened: OpenStore) -> None:
        self._opened = opened
        self._shown = ShownCases()

    def lists(self, *, today: date | None = None) -> dict[str, list[WaitingEntry]]:
        """The ranked list of each line in `WAITING_LINES`, keyed by line; days are counted
        up to `today` (the computer's date when None)."""
        day = today or date.today()
        with UnitOfWork(self._opened.store, self._opened.actor) as uow:
            require(uow, Permission.WAITING_LIST)
            ranked = {line: waiting_list(uow.session, line=line) for line in WAITING_LINES}
            names = _names(uow.session, (e.facts.case_id for rows in ranked.values() for e in rows))
            codes = [entry.facts.case_code for entries in ranked.values() for entry in entries]
            recorded = self._shown.record(
                uow, list(dict.fromkeys(codes)), shown_in=SHOWN_IN_WAITING_LIST
            )
        self._shown.mark(recorded)
        return {
            line: [
                WaitingEntry(e, names[e.facts.case_id], (day - e.facts.referral_date).days)
                for e in rows
            ]
            for line, rows in ranked.items()
        }


def _names(session: Session, case_ids: Iterable[int]) -> dict[int, str]:
    """Her first and last name by case id, for the given cases only."""
    wanted = set(case_ids)
    rows = session.execute(
        select(Case.id, Case.first_name, Case.last_name).where(Case.id.in_(wanted))
    )
    return {case_id: f"{first} {last}".strip() for case_id, first, last in rows}
