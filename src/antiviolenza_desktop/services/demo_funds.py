"""The demo store's money: assessments, validated projects, payments and one reversal.

So that the fund dashboard and the financial report of the demo show real figures, some of
the synthetic women taken in charge get an équipe assessment and a validated Progetto
personalizzato (which commits its amounts per fund), most commitments get payments spread
over the months since (the last in recent weeks), two women's none (the dashboard warns about
those), and one payment entered twice is reversed. Everything goes through the services a
coordinator uses, so every entry passed the ledger's gate and is audited; amounts are scaled
to what each fund still has, so the demo fits any allocation the programme file gives the
Ambito.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from antiviolenza_desktop.domain.assessment.model import Assessment, DomainScore, TeamMember
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.project.model import (
    ACTIVE_FUND,
    HOUSING_FUND,
    PASSIVE_FUND,
    ActiveIntervention,
    HousingCost,
    PassiveSupport,
    PrivateLease,
    ProjectDraft,
    TemporaryHousing,
    WorkPath,
)
from antiviolenza_desktop.domain.project.signoff import VALIDATION
from antiviolenza_desktop.services import (
    assessments,
    ledger,
    ledger_writes,
    project_signing,
    projects,
    register_reversal,
)
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case

PROJECTS = 14
SHARE_OF_AVAILABLE = 0.22
"""No project takes more than this share of what its fund still has, so the funds fill up
to roughly two thirds and never run out in the demo."""
MEMBERS = (
    TeamMember("Assistente Esempio", "Comune di Cremona", "assistente sociale"),
    TeamMember("Operatrice Esempio", "Centro antiviolenza", "operatrice"),
    TeamMember("Orientatrice Esempio", "Centro per l'Impiego di Cremona", "orientatrice"),
)
PAYEES = {
    ACTIVE_FUND: ("Beneficiaria (indennità di tirocinio)", "Ente di formazione accreditato"),
    PASSIVE_FUND: ("Beneficiaria (rimborso)", "Asilo nido comunale"),
    HOUSING_FUND: ("Proprietario dell'alloggio", "Gestore dell'housing sociale"),
}


@dataclass(frozen=True, slots=True)
class _Event:
    """Something that happens on a day; applied in date order, like the office would."""

    on: date
    order: int
    apply: Callable[[UnitOfWork], None]


Credentials = tuple[tuple[str, str], ...]
"""(login, password) of the demo's équipe members, who sign each validation."""


def add_fund_activity(
    opened: OpenStore, *, today: date, signers: Credentials, seed: int = 6947
) -> int:
    """Give the first women taken in charge validated projects (signed by `signers`, with
    their passwords, like at the desk) and payments, in one transaction; return how many
    ledger entries were written."""
    rng = random.Random(seed)
    with UnitOfWork(opened.store, opened.actor) as uow:
        women = uow.session.scalars(
            select(Case)
            .where(Case.stage == "taken_in_charge", Case.consent_date.is_not(None))
            .order_by(Case.id)
            .limit(PROJECTS)
        ).all()
        events: list[_Event] = []
        worker: tuple[int, date] | None = None
        for number, case in enumerate(women):
            mine = _case_events(rng, case, number, today, signers)
            if worker is None and case.line_work and mine[0].on <= today - timedelta(days=20):
                worker = (case.id, mine[0].on)
            events += mine
        if worker is not None:
            events.append(_double_payment(rng, *worker, today))
        for event in sorted(events, key=lambda e: (e.on, e.order)):
            event.apply(uow)
        return ledger.last_seq(uow)


def _case_events(
    rng: random.Random, case: Case, number: int, today: date, signers: Credentials
) -> list[_Event]:
    """Her assessment and validation, then payments on what the project commits."""
    referral = date.fromisoformat(case.referral_date)
    start = max(referral, today - timedelta(days=330))
    validated_on = start + timedelta(days=rng.randint(10, max(10, (today - start).days - 30)))
    validated_on = min(validated_on, today)
    lines = {"work": case.line_work, "housing": case.line_housing}
    case_id = case.id

    def validate(uow: UnitOfWork) -> None:
        held_on = max(referral, validated_on - timedelta(days=rng.randint(3, 12)))
        assessment = _assessment(rng, held_on)
        assessments.record_assessment(uow, case_id=case_id, assessment=assessment, today=today)
        available = {t.fund: t.available for t in ledger.totals(uow)}
        draft = _draft(rng, lines, available)
        projects.save_draft(uow, case_id=case_id, draft=draft)
        for login, password in signers:
            project_signing.sign(
                uow, case_id=case_id, act=VALIDATION, login=login, password=password
            )
        projects.validate(uow, case_id=case_id, validated_on=validated_on, today=today)

    events = [_Event(validated_on, number, validate)]
    span = (today - validated_on).days
    idle = number % 7 == 4  # two women's commitments wait without payments (dashboard warnings)
    if idle or span < 20:
        return events
    for fund in (ACTIVE_FUND, PASSIVE_FUND, HOUSING_FUND):
        days = rng.sample(range(15, span + 1), min(rng.choice((1, 2, 3, 3, 4)), span - 14))
        days.append(max(15, span - rng.randint(0, 50)))  # a payment in the last weeks
        for day in sorted(set(days)):
            on = validated_on + timedelta(days=day)
            events.append(_Event(on, 1000 + number, _payment(rng, case_id, fund, on)))
    return events


def _assessment(rng: random.Random, held_on: date) -> Assessment:
    instrument = current_instrument()
    housing = {q.code: rng.choice(("yes", "no")) for q in instrument.housing.questions}
    housing |= {"economic_resources": "medium", "social_resources": "good"}
    return Assessment(
        held_on=held_on,
        members=MEMBERS,
        scores=tuple(
            DomainScore(d.code, rng.randint(1, 4), rng.randint(0, 3)) for d in instrument.domains
        ),
        housing_answers=housing,
        work_answers={q.code: rng.choice(("yes", "no")) for q in instrument.work.questions},
    )


def _amount(rng: random.Random, low: Cents, high: Cents, available: Cents) -> Cents:
    """A round amount between low and high, within the share of the fund still available."""
    ceiling = min(high, int(available * SHARE_OF_AVAILABLE))
    return max(0, rng.randint(min(low, ceiling), ceiling) // 500 * 500)


def _draft(rng: random.Random, lines: dict[str, bool], available: dict[str, Cents]) -> ProjectDraft:
    work = housing = None
    supports: tuple[PassiveSupport, ...] = ()
    if lines.get("work"):
        cost = _amount(rng, 60_000, 300_000, available[ACTIVE_FUND])
        kind = rng.choice(("extracurricular_traineeship", "training_requalification"))
        work = WorkPath(
            cpi_office="CPI Cremona",
            interventions=(
                ActiveIntervention("specialist_interview"),
                ActiveIntervention(kind, provider="accredited_operator", planned_cost=cost),
            ),
        )
        if rng.random() < 0.6:
            support = rng.choice(("transport_refund", "nursery", "after_school"))
            amount = _amount(rng, 15_000, 140_000, available[PASSIVE_FUND])
            supports = (PassiveSupport(support, amount=amount),)
    if lines.get("housing"):
        housing = _housing(rng, available[HOUSING_FUND])
    return ProjectDraft(
        goals=("Autonomia economica e abitativa",),
        referent="Assistente Esempio",
        lines=frozenset(line for line, wanted in lines.items() if wanted),
        work=work,
        passive_supports=supports,
        housing=housing,
    )


def _housing(rng: random.Random, available: Cents) -> TemporaryHousing | PrivateLease:
    if rng.random() < 0.5:
        months = rng.randint(3, 6)
        rent = _amount(rng, 20_000, 45_000, available // months)
        return TemporaryHousing(
            kind="private_social",
            monthly_costs=(HousingCost("rent", rent), HousingCost("utilities", rent // 5)),
            months=months,
        )
    deposit = _amount(rng, 60_000, 150_000, available // 2)
    return PrivateLease(
        entry_costs=(
            HousingCost("security_deposit", deposit),
            HousingCost("advance_rent", deposit // 2),
            HousingCost("moving", 25_000),
        ),
        controlled_rent=rng.random() < 0.5,
        found_by=rng.choice(("network", "partner", "herself")),
        landlord_role=rng.choice(("private_owner", "cooperative", "agency")),
        monthly_rent=deposit // 2,  # the advance rent is one month
    )


def _open_commitment(uow: UnitOfWork, case_id: int, fund: str) -> tuple[int, Cents] | None:
    """Her live commitment on `fund` and what is left of it, if she has one."""
    entries = ledger.entries_of_case(uow, case_id)
    undone = {e.reverses_seq for e in entries if e.kind == "reversal"}
    for entry in entries:
        if entry.kind == "commitment" and entry.fund == fund and entry.seq not in undone:
            paid = sum(
                e.amount
                for e in entries
                if e.kind == "disbursement" and e.commitment_seq == entry.seq
                if e.seq not in undone
            )
            return entry.seq, entry.amount - paid
    return None


def _payment(rng: random.Random, case_id: int, fund: str, on: date) -> Callable[[UnitOfWork], None]:
    share, payee = rng.uniform(0.25, 0.6), rng.choice(PAYEES[fund])
    number = rng.randint(100, 999)

    def pay(uow: UnitOfWork) -> None:
        found = _open_commitment(uow, case_id, fund)
        if found is None or found[1] < 100:
            return
        seq, residual = found
        ledger_writes.record_disbursement(
            uow,
            commitment_seq=seq,
            amount=max(100, int(residual * share) // 100 * 100),
            on=on,
            payee=payee,
            document_ref=f"Mandato n. {number}/{on.year}",
        )

    return pay


def _double_payment(rng: random.Random, case_id: int, validated_on: date, today: date) -> _Event:
    """The same mandate entered twice, then the copy reversed: the demo's one correction."""
    on = min(today, validated_on + timedelta(days=rng.randint(20, 90)))
    invoice = f"Fattura n. {rng.randint(10, 99)}/{on.year}"

    def pay_twice_and_reverse(uow: UnitOfWork) -> None:
        found = _open_commitment(uow, case_id, ACTIVE_FUND)
        if found is None or found[1] < 200:
            return
        seq, residual = found
        for _ in range(2):
            copy = ledger_writes.record_disbursement(
                uow,
                commitment_seq=seq,
                amount=residual // 200 * 100,
                on=on,
                payee=PAYEES[ACTIVE_FUND][1],
                document_ref=invoice,
            )
        register_reversal.reverse_row(
            uow,
            kind="ledger",
            row_id=copy.seq,
            day=on,
            reason="Mandato registrato due volte",
            today=today,
        )

    return _Event(on, 10_000, pay_twice_and_reverse)
