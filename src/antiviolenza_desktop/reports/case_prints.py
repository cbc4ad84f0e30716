"""From the store to the printed forms: builds the print records of one case.

Lives in `reports` (above `services`) because it joins what the services read with what the
forms print. Her name appears only here, in the body of a local print that a person asked for.
Building a filled form records the read (`services.read_audit.record_print`) in the caller's
unit of work, which commits before the PDF is written or sent to the printer.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

from antiviolenza_desktop.domain.assessment.instrument import Instrument
from antiviolenza_desktop.domain.assessment.model import Assessment, Suggestion
from antiviolenza_desktop.domain.case.intake_options import LINES, Option, label_of
from antiviolenza_desktop.domain.project import options as popt
from antiviolenza_desktop.domain.project.draft import PrivateLease, TemporaryHousing
from antiviolenza_desktop.domain.project.model import ProjectDraft, residual_under_caps
from antiviolenza_desktop.services import assessments, projects, read_audit
from antiviolenza_desktop.services.instruments import current_instrument, load_instrument
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.municipalities import municipalities
from antiviolenza_desktop.services.programme import load_default_programme, store_roles
from antiviolenza_desktop.services.tasks import project_due_dates
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import StoreMeta

from . import consent_lines, referral_lines
from . import forms_model as fm
from .project_print_rows import lease_rows, timeline_rows
from .project_signoff_rows import approval_rows
from .referral_model import ReferralPrint


def form_header(uow: UnitOfWork, *, case_code: str, today: date) -> fm.FormHeader:
    programme = load_default_programme()
    ambito = uow.session.get(StoreMeta, "ambito")
    code = ambito.value if ambito else ""
    return fm.FormHeader(
        programme_title=programme.title,
        programme_act=f"Regione Lombardia – {programme.basis.label()}",
        ambito=store_roles().get(code, code),
        case_code=case_code,
        printed_on=today,
    )


def _label(options: tuple[Option, ...], code: str) -> str:
    """A draft may still have empty choices; a stored code missing from its list still fails."""
    return label_of(options, code) if code else ""


def _cavs() -> tuple[Option, ...]:
    return tuple(Option(cav.code, cav.name) for cav in load_default_programme().cav)


def referral_print(uow: UnitOfWork, *, case_id: int, today: date) -> ReferralPrint:
    """Her filled referral form; the print is audited in the caller's unit of work."""
    view = load_case(uow, case_id=case_id)
    read_audit.record_print(uow, case_id=case_id, code=view.code, form="scheda_segnalazione")
    values = {f.name: getattr(view.draft, f.name) for f in fields(view.draft)}
    values["residence_municipality"] = _municipality_label(view.draft.residence_municipality)
    header = form_header(uow, case_code=view.code, today=today)
    filled = ReferralPrint.filled(header, values, cavs=_cavs())
    return replace(filled, consents_in_force=consent_lines.lines_in_force(uow, case_id, today))


def _municipality_label(code: str) -> str:
    """Residence is stored as the cadastral code; the form prints «Cremona (CR)». A code no
    longer in the shipped ISTAT list prints as it is rather than vanish."""
    found = municipalities().by_code().get(code)
    return found.label if found else code


def blank_referral(uow: UnitOfWork, *, today: date) -> ReferralPrint:
    return ReferralPrint.blank(form_header(uow, case_code="", today=today), cavs=_cavs())


def blank_project(uow: UnitOfWork, *, today: date) -> fm.ProjectPrint:
    """The Progetto to fill in by hand, with the domains and scale of the current instrument."""
    instrument = current_instrument()
    return fm.ProjectPrint.blank(
        form_header(uow, case_code="", today=today),
        domains=tuple(domain.label for domain in instrument.domains),
        scale_max=_scale_max(instrument),
    )


def _scale_max(instrument: Instrument) -> int:
    """The top of the printed scale: the widest need or resources scale of the instrument."""
    return max(max(d.need.maximum, d.resources.maximum) for d in instrument.domains)


def _assessment_summary(
    uow: UnitOfWork, case_id: int, draft: ProjectDraft | None = None
) -> fm.AssessmentSummary | None:
    stored = assessments.assessments_of(uow, case_id=case_id)
    if not stored:
        return None
    current = stored[-1].assessment
    previous = stored[-2].assessment if len(stored) > 1 else None
    instrument = load_instrument(current.instrument_id, current.instrument_version)
    review = assessments.review(uow, case_id=case_id)
    return fm.AssessmentSummary(
        assessed_on=current.held_on,
        domains=tuple(_domain_row(d.code, d.label, current, previous) for d in instrument.domains),
        previous_on=previous.held_on if previous else None,
        instrument=instrument.label,
        scale_max=_scale_max(instrument),
        members=tuple(f"{m.name} ({m.body}, {m.role})" for m in current.members),
        housing_suggestion=_suggestion_text(review.housing),
        work_suggestion="; ".join(s.label for s in review.work),
        housing_decision=_housing_decision(review.housing, draft),
    )


def _housing_decision(suggestion: Suggestion | None, draft: ProjectDraft | None) -> str:
    """Which housing path the project chose, and whether that follows the instrument's
    proposal: a reader must never take the suggestion printed above for the decision."""
    housing = draft.housing if draft is not None else None
    if housing is None:
        return "nessun percorso abitativo nel progetto" if draft is not None else ""
    chosen = _label(popt.HOUSING_PATHS, housing.code)
    proposed = suggestion.path if suggestion is not None else None
    if proposed is None:
        return f"{chosen} (lo strumento non proponeva un percorso)."
    if proposed == housing.path:
        return f"{chosen}, come suggerito dallo strumento."
    return (
        f"{chosen}. L'équipe non ha seguito il suggerimento dello strumento (percorso {proposed})."
    )


def _suggestion_text(suggestion: object) -> str:
    if suggestion is None:
        return ""
    label = getattr(suggestion, "label", "")
    reasons = " ".join(reason.text for reason in getattr(suggestion, "reasons", ()))
    return f"{label}. {reasons}".strip()


def _domain_row(
    code: str, label: str, current: Assessment, previous: Assessment | None
) -> fm.DomainScore:
    now = current.score(code)
    before = previous.score(code) if previous else None
    return fm.DomainScore(
        label=label,
        need=now.need if now else None,
        resources=now.resources if now else None,
        previous_need=before.need if before else None,
        previous_resources=before.resources if before else None,
        note=now.note if now else "",
    )


def _fund_rows(draft: ProjectDraft) -> dict[str, fm.FundUse]:
    caps = projects.programme_caps()
    return {
        use.fund: fm.FundUse(use.label, use.used, use.cap)
        for use in residual_under_caps(draft, caps)
    }


def _work(draft: ProjectDraft, funds: dict[str, fm.FundUse]) -> fm.WorkPath | None:
    work = draft.work
    if work is None:
        return None
    rows = tuple(
        fm.InterventionRow(
            label=_label(popt.ACTIVE_INTERVENTIONS, item.kind),
            provider=_label(popt.PROVIDERS, item.provider),
            planned_cents=item.planned_cost,
            start=item.start,
            end=item.end,
            status=_label(popt.INTERVENTION_STATUS, item.status),
        )
        for item in work.interventions
    )
    return fm.WorkPath(
        work.cpi_office, work.service_pact_on, work.did_on, rows, funds.get("active_policies")
    )


def _economic(draft: ProjectDraft, funds: dict[str, fm.FundUse]) -> fm.EconomicSupport | None:
    if not draft.passive_supports:
        return None
    rows = tuple(
        fm.SupportRow(_label(popt.PASSIVE_SUPPORTS, s.kind), s.amount, s.period_from, s.period_to)
        for s in draft.passive_supports
    )
    return fm.EconomicSupport(rows, funds.get("passive_policies"))


def _housing(draft: ProjectDraft, funds: dict[str, fm.FundUse]) -> fm.HousingPath | None:
    housing = draft.housing
    fund = funds.get("housing_autonomy")
    if isinstance(housing, TemporaryHousing):
        costs = tuple(
            fm.CostRow(_label(popt.HOUSING_COST_KINDS, c.kind), c.amount, "al mese")
            for c in housing.monthly_costs
        )
        details = (
            ("Soluzione", _label(popt.TEMPORARY_HOUSING_KINDS, housing.kind)),
            ("Durata", f"{housing.months} mesi"),
        )
        return fm.HousingPath(
            "a",
            _label(popt.HOUSING_PATHS, housing.code),
            details,
            costs,
            copayment_cents=housing.municipality_copayment,
            copayment_note=housing.copayment_covers,
            fund=fund,
        )
    if isinstance(housing, PrivateLease):
        costs = tuple(
            fm.CostRow(_label(popt.HOUSING_COST_KINDS, c.kind), c.amount)
            for c in housing.entry_costs
        )
        details = (
            (
                "Canone concordato (L. 431/1998 art. 2 c. 3)",
                "sì" if housing.controlled_rent else "no",
            ),
            ("Alloggio reperito da", _label(popt.HOUSING_FOUND_BY, housing.found_by)),
            *lease_rows(housing),
        )
        return fm.HousingPath(
            "b", _label(popt.HOUSING_PATHS, housing.code), details, costs, fund=fund
        )
    return None


def project_print(uow: UnitOfWork, *, case_id: int, today: date) -> fm.ProjectPrint | None:
    """The newest revision of her project as printed, or None when there is none yet; the
    print is audited in the caller's unit of work."""
    revisions = projects.revisions_of(uow, case_id=case_id)
    if not revisions:
        return None
    revision = revisions[-1]
    view = load_case(uow, case_id=case_id)
    read_audit.record_print(uow, case_id=case_id, code=view.code, form="progetto_personalizzato")
    draft = revision.draft
    funds = _fund_rows(draft)
    due = project_due_dates(uow, case_id=case_id)
    return fm.ProjectPrint(
        header=form_header(uow, case_code=view.code, today=today),
        woman_name=f"{view.draft.first_name} {view.draft.last_name}",
        woman_codice_fiscale=view.draft.codice_fiscale or "",
        woman_birth_date=view.draft.birth_date,
        revision=revision.number,
        status=_label(popt.REVISION_STATUS, revision.status),
        validated_on=revision.validated_on,
        equipe_referent=draft.referent,
        lines=tuple(_label(LINES, line) for line in sorted(draft.lines)),
        goals=draft.goals,
        assessment=_assessment_summary(uow, case_id, draft),
        work=_work(draft, funds),
        economic=_economic(draft, funds),
        housing=_housing(draft, funds),
        timeline=timeline_rows(draft),
        approvals=approval_rows(uow, case_id, revisions),
        consent_on=consent_lines.care_given_on(uow, case_id, today),
        consents_in_force=consent_lines.lines_in_force(uow, case_id, today),
        referrals=referral_lines.referral_lines(uow, case_id),
        next_monitoring=due.monitoring if due is not None else None,
        next_review=due.review if due is not None else None,
    )
