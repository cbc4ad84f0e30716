"""The waiting list of a programme line, ranked by the card's priority criteria.

Only women not yet concluded or dropped out are ranked. The ranking itself is the pure
`domain.priority.rank_waiting_list`; this module gathers its facts in one query per table.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from antiviolenza_desktop.domain.priority import PriorityFacts, RankedCase, rank_waiting_list
from antiviolenza_desktop.store.schema import Case, CaseChild

CLOSED_STAGES = ("concluded", "dropped_out")


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


def waiting_list_from(sessions: sessionmaker[Session], *, line: str) -> list[RankedCase]:
    """The ranked list in its own short session (for the GUI)."""
    with sessions() as session:
        return waiting_list(session, line=line)
