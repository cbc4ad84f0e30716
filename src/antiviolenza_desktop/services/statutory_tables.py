"""What the O.R.A./ISTAT tables read of the Ambito's store: the anonymous `TableCase` of every
case (no name, code or birth date is even selected), and the Ambito's name for the files.

At the capofila the same tables read the anonymous rows of the newest snapshot of each Ambito
(`province_table_cases`). Erased cases are included: their referral date stays and their
answers were blanked with her other data, so they count as «non rilevato» and the totals keep
matching the case list.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.domain.case.statutory_tables import TableCase
from antiviolenza_desktop.domain.payload.statutory import table_case
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.exchange_province import kept_snapshots
from antiviolenza_desktop.services.exchange_records import store_ambito_code
from antiviolenza_desktop.services.programme import CAPOFILA, REGION, store_roles
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case, CaseService, StoreMeta

EXPORTED = "statistiche.esportate"
"""The audit action of a saved export (anonymous: it names the period, never a case)."""

_COLUMNS = (
    Case.id,
    Case.referral_date,
    Case.perpetrator_relationship,
    Case.contact_channel,
    Case.help_before,
    Case.perpetrator_sex,
    Case.perpetrator_age_band,
    Case.perpetrator_citizenship,
    Case.perpetrator_record,
    Case.path_outcomes,
)


def _codes(text: str | None) -> frozenset[str]:
    return frozenset(code for code in (text or "").split(",") if code)


def table_cases(uow: UnitOfWork) -> list[TableCase]:
    """Every case of the store as the tables see it."""
    return list(table_cases_by_id(uow).values())


def table_cases_by_id(uow: UnitOfWork) -> dict[int, TableCase]:
    """Case id → the case as the tables see it (the snapshot sends the shared ones)."""
    services: dict[int, list[ServiceGiven]] = defaultdict(list)
    rows = select(CaseService.case_id, CaseService.kind, CaseService.day).order_by(
        CaseService.case_id, CaseService.position
    )
    for case_id, kind, day in uow.session.execute(rows):
        services[case_id].append(ServiceGiven(kind, date.fromisoformat(day)))
    found: dict[int, TableCase] = {}
    for c in uow.session.execute(select(*_COLUMNS).order_by(Case.id)):
        facts = StatutoryFacts(
            contact_channel=c.contact_channel,
            help_before=_codes(c.help_before),
            services=tuple(services.get(c.id, ())),
            perpetrator_sex=c.perpetrator_sex,
            perpetrator_age_band=c.perpetrator_age_band,
            perpetrator_citizenship=c.perpetrator_citizenship,
            perpetrator_record=_codes(c.perpetrator_record),
            outcomes=_codes(c.path_outcomes),
        )
        referral = date.fromisoformat(c.referral_date)
        found[c.id] = TableCase(referral, c.perpetrator_relationship, facts)
    return found


def province_table_cases(uow: UnitOfWork) -> list[TableCase]:
    """At the capofila: the rows of the newest accepted snapshot of each Ambito, as the tables
    read them (months as their first day). Errors: NotCapofilaStore."""
    return [
        table_case(row) for snapshot in kept_snapshots(uow).values() for row in snapshot.statutory
    ]


def is_capofila(uow: UnitOfWork) -> bool:
    return store_ambito_code(uow) == CAPOFILA


def is_region(uow: UnitOfWork) -> bool:
    return store_ambito_code(uow) == REGION


def ambito_name(uow: UnitOfWork) -> str:
    """The Ambito's name as the programme spells it (its code if the programme lacks it)."""
    meta = uow.session.get(StoreMeta, "ambito")
    code = meta.value if meta else ""
    return store_roles().get(code, code)


def record_export(uow: UnitOfWork, *, since: date, until: date, threshold: int) -> None:
    """One audit entry per saved export: the period and the threshold, no case."""
    details = {"dal": since.isoformat(), "al": until.isoformat(), "soglia": threshold}
    audit.record(uow, action=EXPORTED, entity="export", entity_id="istat", details=details)
