"""The Ambito's export: its whole pseudonymised state for the programme, as one JSON payload.

`build_snapshot` reads the store (`services.exchange_facts`), replaces every woman by keyed
pseudonyms (`domain.pseudonyms`), keeps only codes, months and integers, and states the
Ambito's own totals from the store's sums. Before returning, the payload goes through its
canonical bytes and the very check the capofila runs on import (`domain.payload_schema`): a
field outside the allow-list (BU-14), a value outside its vocabulary or totals that the
records do not add up to stop the export here, so nothing the capofila would refuse — and
no identity — ever leaves the store.

Consent: `CaseFacts.consent_sharing` is her pseudonymised-sharing consent in force on the day
the bundle is made (today), from the consent register (`domain.case.consent`, migration 0016): one
given and later withdrawn counts as none. A case without it contributes to the `unshared`
aggregates only: no record, no pseudonym.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from antiviolenza_desktop.domain.case.codice_fiscale import derived_birth_date
from antiviolenza_desktop.domain.case.priority import CHILDREN, SHELTER, UNEMPLOYED
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.pseudonyms import Pseudonymiser
from antiviolenza_desktop.domain.payload.outgoing import validate_outgoing
from antiviolenza_desktop.domain.payload.registers import network_figures, training_months
from antiviolenza_desktop.domain.payload.schema import MAX_SEQUENCE
from antiviolenza_desktop.domain.payload.snapshot import (
    AGE_BANDS,
    CASE_LINES,
    SCHEMA_VERSION,
    Aggregate,
    AuditHead,
    CaseRecord,
    CofinancingRow,
    ExpenseRow,
    FundAmounts,
    InterventionRecord,
    OutcomeRecord,
    ProjectRecord,
    Snapshot,
    Totals,
    canonical_bytes,
    to_payload,
)
from antiviolenza_desktop.domain.payload.statutory import row_of
from antiviolenza_desktop.domain.payload.totals import action_amounts, fund_sums
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND, HOUSING_FUND, PASSIVE_FUND
from antiviolenza_desktop.services import approval_periods, exchange_facts
from antiviolenza_desktop.services.collector import collector_paused
from antiviolenza_desktop.services.exchange_facts import CaseFacts, ProjectFacts, StoreFacts
from antiviolenza_desktop.services.programme import CAPOFILA, load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

__all__ = [
    "ExportRefused",
    "build_snapshot",
    "canonical_bytes",
    "snapshot_from_facts",
]

_JOBLESS = frozenset({"unemployed", "never_employed"})


class ExportRefused(AppError):
    """The store cannot export, or its payload failed the allow-list or totals check."""

    code = "esportazione_rifiutata"
    template = "Esportazione fermata, nessun pacchetto è stato prodotto: {reason}"


def _month(day: date | None) -> str | None:
    return None if day is None else f"{day.year:04d}-{day.month:02d}"


def _age_band(facts: CaseFacts) -> str | None:
    born = facts.birth_date or derived_birth_date(
        facts.codice_fiscale or "", today=facts.referral_date
    )
    if born is None:
        return None
    at = facts.referral_date
    age = at.year - born.year - ((at.month, at.day) < (born.month, born.day))
    if age < 18:
        return AGE_BANDS[0]
    # 18–29 is the first adult band, then one band per decade up to 60 and over.
    return AGE_BANDS[min(1 + max(age - 20, 0) // 10, len(AGE_BANDS) - 1)]


_PRIORITIES = {
    (children, shelter, jobless): tuple(
        sorted(
            flag
            for flag, yes in ((CHILDREN, children), (SHELTER, shelter), (UNEMPLOYED, jobless))
            if yes
        )
    )
    for children in (False, True)
    for shelter in (False, True)
    for jobless in (False, True)
}
"""The sorted criteria met, by (children, shelter, unemployed): eight answers, computed once."""


def _priority(facts: CaseFacts) -> tuple[str, ...]:
    return _PRIORITIES[
        bool(facts.minor_or_disabled_children),
        bool(facts.in_shelter),
        facts.employment in _JOBLESS,
    ]


def _iso_month(day: str | None) -> str | None:
    """The month of an ISO date as the documents store it (YYYY-MM-DD)."""
    return None if day is None else day[:7]


def _interventions(project: ProjectFacts) -> tuple[InterventionRecord, ...]:
    items = [
        InterventionRecord(ACTIVE_FUND, kind, cents, status, _iso_month(start), _iso_month(end))
        for (kind, cents, start, end), status in zip(
            project.interventions, project.statuses, strict=True
        )
    ]
    items += [
        InterventionRecord(PASSIVE_FUND, kind, cents, None, _iso_month(start), _iso_month(end))
        for kind, cents, start, end in project.supports
    ]
    if project.housing is not None:
        items.append(InterventionRecord(HOUSING_FUND, *project.housing))
    return tuple(items)


def _project(project: ProjectFacts | None) -> ProjectRecord | None:
    if project is None:
        return None
    closure = project.closure
    return ProjectRecord(
        revision=project.number,
        status=project.status,
        lines=tuple(sorted(project.lines)),
        validated_month=_month(project.validated_on),
        closed_month=_month(closure.closed_on) if closure else None,
        interventions=_interventions(project),
        outcomes=tuple(OutcomeRecord(*o) for o in (closure.outcomes if closure else ())),
        drop_reason=closure.drop_reason if closure else None,
    )


_NO_MONEY = FundAmounts()


def _funds(facts: CaseFacts, funds: Iterable[str]) -> tuple[tuple[str, FundAmounts], ...]:
    """Her amounts per fund in `funds` order; one shared (immutable) zero for the funds she
    has no money in, which are most of them."""
    money = facts.funds
    return tuple(
        (fund, FundAmounts(*money[fund]) if fund in money else _NO_MONEY) for fund in funds
    )


def _record(
    facts: CaseFacts, pseudonym: str, names: Pseudonymiser, store_id: str, funds: list[str]
) -> CaseRecord:
    return CaseRecord(
        record=names.record(store_id, facts.code),
        pseudonym=pseudonym,
        cav=facts.cav,
        lines=tuple(sorted(facts.lines)),
        priority=_priority(facts),
        age_band=_age_band(facts),
        stage=facts.stage,
        referral_month=_month(facts.referral_date) or "",
        stage_months=tuple(sorted((s, _month(d) or "") for s, d in facts.stage_dates.items())),
        funds=_funds(facts, funds),
        project=_project(facts.project),
    )


def _pseudonym(case: CaseFacts, names: Pseudonymiser, store_id: str) -> str:
    """Her pseudonym: the one kept when her data were erased, else of her CF, else of store
    and case code."""
    if case.kept_pseudonym:
        return case.kept_pseudonym
    if case.codice_fiscale:
        return names.woman(case.codice_fiscale)
    return names.case(store_id, case.code)


def _pseudonyms(facts: StoreFacts, names: Pseudonymiser) -> dict[int, str]:
    """Each case's woman pseudonym (see `_pseudonym`)."""
    return {c.case_id: _pseudonym(c, names, facts.store_id) for c in facts.cases}


def _in_line(facts: CaseFacts, line: str) -> bool:
    return facts.project is not None and line in facts.project.lines


def _unshared(
    facts: StoreFacts, shared: list[CaseRecord], pseudonyms: dict[int, str], funds: list[str]
) -> Aggregate:
    """The cases without consent to sharing, as counts (women not already among the shared
    records) and money; their pseudonyms are used only to count women once."""
    hidden = [c for c in facts.cases if not c.consent_sharing]
    women = {pseudonyms[c.case_id] for c in hidden} - {r.pseudonym for r in shared}
    lines = []
    for line in CASE_LINES:
        theirs = {pseudonyms[c.case_id] for c in hidden if _in_line(c, line)}
        lines.append((line, len(theirs - {r.pseudonym for r in shared if r.in_line(line)})))
    return Aggregate(
        women=len(women),
        lines=tuple(lines),
        funds=fund_sums((_funds(c, funds) for c in hidden), funds),
    )


def _totals(facts: StoreFacts, programme: Programme, pseudonyms: dict[int, str]) -> Totals:
    """The sender's own figures, from the store's sums rather than from the records."""
    funds = tuple(
        (fund.code, FundAmounts(*facts.fund_totals.get(fund.code, (0, 0))))
        for fund in programme.funds
    )
    lines = tuple(
        (line, len({pseudonyms[c.case_id] for c in facts.cases if _in_line(c, line)}))
        for line in CASE_LINES
    )
    cofinancing = [CofinancingRow(*row) for row in facts.cofinancing]
    expenses = [ExpenseRow(*row) for row in facts.expenses]
    return Totals(
        women=len(set(pseudonyms.values())),
        lines=lines,
        funds=funds,
        actions=action_amounts(programme, funds, expenses, cofinancing),
    )


def snapshot_from_facts(
    facts: StoreFacts,
    programme: Programme,
    *,
    network_key: bytes,
    sequence: int,
    created_at: datetime,
) -> Snapshot:
    """The snapshot of the gathered facts (pure apart from the HMACs)."""
    funds = [fund.code for fund in programme.funds]
    names = Pseudonymiser(network_key)
    pseudonyms = _pseudonyms(facts, names)
    shared = [
        _record(c, pseudonyms[c.case_id], names, facts.store_id, funds)
        for c in facts.cases
        if c.consent_sharing
    ]
    return Snapshot(
        schema_version=SCHEMA_VERSION,
        programme_id=facts.programme_id,
        ambito=facts.ambito,
        created_at=created_at.astimezone(UTC).replace(microsecond=0),
        sequence=sequence,
        cases=tuple(shared),
        unshared=_unshared(facts, shared, pseudonyms, funds),
        cofinancing=tuple(CofinancingRow(*row) for row in facts.cofinancing),
        action_expenses=tuple(ExpenseRow(*row) for row in facts.expenses),
        totals=_totals(facts, programme, pseudonyms),
        training=training_months(facts.training),
        network=network_figures(facts.members),
        audit_head=AuditHead(*facts.audit_head) if facts.audit_head else None,
        statutory=tuple(
            row_of(facts.statutory[c.case_id])
            for c in facts.cases
            if c.consent_sharing and c.case_id in facts.statutory
        ),
    )


def check_outgoing(payload: dict[str, Any], programme: Programme) -> None:
    """Run the capofila's import check on the payload about to be sent (BU-14). It holds
    only dicts, lists, strings, ints and None, so its canonical bytes read back as the same
    tree. Errors: ExportRefused naming the field or figure that failed."""
    try:
        validate_outgoing(payload, programme=programme)
    except AppError as error:
        raise ExportRefused(error.field, reason=error.message) from None


def build_snapshot(
    uow: UnitOfWork, *, network_key: bytes, sequence: int, created_at: datetime
) -> dict[str, Any]:
    """The payload of this Ambito's store, checked as the capofila will check it.

    `sequence` must grow with every export (the caller keeps the counter); `created_at` must
    carry a time zone. Errors: ExportRefused (capofila store, unknown Ambito, bad sequence or
    time, or a payload that fails the allow-list or the totals), NetworkKeyInvalid."""
    with collector_paused():
        return _checked_snapshot(
            uow, network_key=network_key, sequence=sequence, created_at=created_at
        )


def _checked_snapshot(
    uow: UnitOfWork, *, network_key: bytes, sequence: int, created_at: datetime
) -> dict[str, Any]:
    programme = load_default_programme()
    facts = exchange_facts.gather(uow)
    if facts.ambito in ("", CAPOFILA):
        raise ExportRefused(reason="l'archivio della capofila riceve i pacchetti, non li invia.")
    if facts.ambito not in {a.code for a in programme.ambiti}:
        raise ExportRefused(reason=f"l'Ambito «{facts.ambito}» non è nel programma.")
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ExportRefused("sequence", reason=f"numero progressivo {sequence} non valido.")
    if created_at.tzinfo is None:
        raise ExportRefused("created_at", reason="l'ora di creazione non ha fuso orario.")
    snapshot = snapshot_from_facts(
        facts, programme, network_key=network_key, sequence=sequence, created_at=created_at
    )
    payload = to_payload(replace(snapshot, periods=approval_periods.payload_periods(uow)))
    check_outgoing(payload, programme)
    return payload
