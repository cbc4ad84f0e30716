"""Reading a `CaseDraft` out of the form's widgets, and writing one back into them.

Kept apart from the widgets so the mapping is read in one place: what the form sends to the
domain is exactly what these two functions say, field by field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from antiviolenza_desktop.domain.case.intake import CaseDraft, stage_path
from antiviolenza_desktop.ui.case.form_sections import CaseFormSections

COUNTRY_CITIZENSHIPS = frozenset({"eu", "non_eu"})


def _text(value: str) -> str | None:
    """Blank text is "not given" (None), as the domain expects for optional fields."""
    stripped = value.strip()
    return stripped or None


def read_draft(s: CaseFormSections) -> CaseDraft:
    """The draft the widgets show now; nothing is checked here."""
    return CaseDraft(**_referral(s), **_woman(s), **_situation(s), **_path(s))


def _referral(s: CaseFormSections) -> dict[str, Any]:
    return {
        "referral_date": s.referral_date.value(),
        "referring_cav": s.referring_cav.value(),
        "joint_social_services": s.joint_social_services.isChecked(),
        "sent_by": s.sent_by.value(),
        "contact_reasons": s.contact_reasons.value(),
        "lines_requested": s.lines_requested.value(),
    }


def _woman(s: CaseFormSections) -> dict[str, Any]:
    citizenship = s.citizenship.value()
    foreign = citizenship in COUNTRY_CITIZENSHIPS
    return {
        "first_name": s.first_name.text(),
        "last_name": s.last_name.text(),
        "codice_fiscale": _text(s.codice_fiscale.text()),
        "birth_date": s.birth_date.value(),
        "citizenship": citizenship,
        "citizenship_country": _text(s.citizenship_country.text()) if foreign else None,
        "marital_status": s.marital_status.value(),
        "residence_municipality": s.residence_municipality.value(),
        "safe_phone": _text(s.safe_phone.text()),
        "safe_address": _text(s.safe_address.text()),
        "safe_to_call": s.safe_to_call.isChecked(),
        "safe_to_write": s.safe_to_write.isChecked(),
    }


def _situation(s: CaseFormSections) -> dict[str, Any]:
    return {
        "children": s.children.value(),
        "children_witnessed": s.children_witnessed.isChecked(),
        "children_suffered": s.children_suffered.isChecked(),
        "shelter": s.shelter.value() or "none",
        "employment": s.employment.value(),
        "did_signed": s.did_signed.isChecked(),
        "income_band": s.income_band.value(),
        "housing": s.housing.value(),
        "violence_types": s.violence_types.value(),
        "perpetrator_relationship": s.perpetrator_relationship.value(),
        "complaint": s.complaint.value() or "none",
    }


def _path(s: CaseFormSections) -> dict[str, Any]:
    return {
        "consent_date": s.consent_date.value(),
        "consent_sharing": s.consent_sharing.isChecked(),
        "stage": s.stage.value() or "contact",
        "stage_dates": _stage_dates(s),
        "statutory": s.statutory.value(),
    }


def _stage_dates(s: CaseFormSections) -> dict[str, date]:
    """Only the dates of the stages the path has gone through; the others are hidden rows."""
    path = stage_path(s.stage.value() or "contact")
    dates = {stage: s.stage_dates[stage].value() for stage in path}
    return {stage: day for stage, day in dates.items() if day is not None}


def write_draft(s: CaseFormSections, draft: CaseDraft) -> None:
    """Show `draft` in the widgets (loading a case, or emptying the form with CaseDraft())."""
    s.referral_date.set_value(draft.referral_date)
    s.referring_cav.set_value(draft.referring_cav)
    s.joint_social_services.setChecked(draft.joint_social_services)
    s.sent_by.set_value(draft.sent_by)
    s.contact_reasons.set_value(draft.contact_reasons)
    s.lines_requested.set_value(draft.lines_requested)
    _write_woman(s, draft)
    s.children.set_value(draft.children)
    s.children_witnessed.setChecked(draft.children_witnessed)
    s.children_suffered.setChecked(draft.children_suffered)
    s.shelter.set_value(draft.shelter)
    s.employment.set_value(draft.employment)
    s.did_signed.setChecked(draft.did_signed)
    s.income_band.set_value(draft.income_band)
    s.housing.set_value(draft.housing)
    s.violence_types.set_value(draft.violence_types)
    s.perpetrator_relationship.set_value(draft.perpetrator_relationship)
    s.complaint.set_value(draft.complaint)
    s.consent_date.set_value(draft.consent_date)
    s.consent_sharing.setChecked(draft.consent_sharing)
    s.stage.set_value(draft.stage)
    for stage, edit in s.stage_dates.items():
        edit.set_value(draft.stage_dates.get(stage))
    s.statutory.set_value(draft.statutory)


def _write_woman(s: CaseFormSections, draft: CaseDraft) -> None:
    # setText, not clear(): setText also drops the undo history, so Ctrl+Z after a lock or
    # after loading another case cannot bring back what the field held before.
    s.first_name.setText(draft.first_name)
    s.last_name.setText(draft.last_name)
    s.codice_fiscale.setText(draft.codice_fiscale or "")
    s.birth_date.set_value(draft.birth_date)
    s.citizenship.set_value(draft.citizenship)
    s.citizenship_country.setText(draft.citizenship_country or "")
    s.marital_status.set_value(draft.marital_status)
    s.residence_municipality.set_value(draft.residence_municipality)
    s.safe_phone.setText(draft.safe_phone or "")
    s.safe_address.setText(draft.safe_address or "")
    s.safe_to_call.setChecked(draft.safe_to_call)
    s.safe_to_write.setChecked(draft.safe_to_write)
