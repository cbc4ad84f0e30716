"""`domain.case.intake_file`: a referral file becomes the form's `CaseDraft`, value by value,
and a file with problems is refused with every one of them, keyed, never echoing a value."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.domain.case.intake_file import (
    MAX_KEY,
    CaseFileRefused,
    draft_from_file,
    empty_template,
)
from antiviolenza_desktop.domain.case.statutory import ServiceGiven

EXAMPLE = Path(__file__).parents[1] / "docs" / "examples" / "scheda-esempio.json"


def test_the_example_reads_into_the_form_s_values() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["statutory"]["services"] = [{"kind": "listening", "day": "02/12/2026"}]
    draft = draft_from_file(json.dumps(data).encode())
    assert draft.referral_date == date(2026, 12, 1) and draft.referring_cav == "aida"
    assert draft.children == (Child(age=7, minor=True, disabled=False),)
    assert draft.violence_types == frozenset({"psychological", "economic"})
    assert draft.stage_dates["reception"] == date(2026, 12, 1)
    assert draft.statutory.services == (ServiceGiven("listening", date(2026, 12, 2)),)
    assert draft.codice_fiscale is None and draft.safe_to_call is True


def test_a_key_left_out_keeps_the_empty_form_s_value() -> None:
    assert draft_from_file(b"{}") == CaseDraft()
    assert draft_from_file(empty_template().encode()) == CaseDraft()
    assert draft_from_file(b'{"first_name": null, "citizenship": ""}') == CaseDraft()


def test_nested_problems_are_all_reported_on_their_fields() -> None:
    raw = json.dumps(
        {
            "children": [{"age": True}, {"minor": "no"}, 5],
            "stage_dates": {"contact": "31/02/2026", "reception": 3},
            "statutory": {"outcomes": [1], "x": None},
            "k" * 100: 1,
        }
    ).encode()
    with pytest.raises(CaseFileRefused) as refused:
        draft_from_file(raw)
    assert [(issue.field, issue.code) for issue in refused.value.issues] == [
        ("children[0].age", "campo_non_numero"),
        ("children[1].minor", "campo_non_vero_falso"),
        ("children[2]", "campo_non_oggetto"),
        ("stage_dates.contact", "data_non_valida"),
        ("stage_dates.reception", "data_non_valida"),
        ("statutory.outcomes", "campo_non_elenco"),
        ("statutory.x", "campo_sconosciuto"),
        ("k" * MAX_KEY, "campo_sconosciuto"),
    ]
    assert refused.value.params == {"count": 8} and refused.value.field == "children[0].age"
