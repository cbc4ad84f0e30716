"""The printed scheda di segnalazione: sections, values as labels, page numbers, privacy.

`ReferralPrint.filled` takes values named like `intake.CaseDraft` (codes, dates, booleans,
sets) and prints their Italian labels; the blank scheda has the same sections with every
option as a checkbox and no case data. Synthetic data only.
"""

from __future__ import annotations

import stat
import sys
from dataclasses import fields
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.reports.form_pages import FormFileExists
from antiviolenza_desktop.reports.forms_model import FormHeader
from antiviolenza_desktop.reports.referral_form import referral_form_bytes, write_referral_form
from antiviolenza_desktop.reports.referral_model import ReferralPrint

SECTIONS = (
    "Segnalazione",
    "La donna",
    "Figli",
    "Situazione",
    "Violenza",
    "Dati per O.R.A. e ISTAT (facoltativi)",
    "Consenso e percorso",
)
FIRST, LAST = "Ottavia", "Sintetica-Prova"
CASE_CODE = "CRS-2026-00007"
HEADER = FormHeader(
    "Inserimento lavorativo e autonomia abitativa delle donne vittime di violenza",
    "Regione Lombardia – d.g.r. n. 6947 del 24/07/2017",
    "Cremasco",
    CASE_CODE,
    date(2026, 11, 25),
)
VALUES: dict[str, object] = {
    "referral_date": date(2026, 2, 2),
    "referring_cav": "donne_contro_la_violenza",
    "joint_social_services": True,
    "stage": "taken_in_charge",
    "stage_dates": {"taken_in_charge": date(2026, 1, 20)},
    "contact_reasons": frozenset({"shelter", "listening"}),
    "lines_requested": frozenset({"housing", "work"}),
    "first_name": FIRST,
    "last_name": LAST,
    "codice_fiscale": "SNTTTV85M41D142X",
    "birth_date": date(1985, 8, 1),
    "citizenship": "non_eu",
    "citizenship_country": "Paese Sintetico",
    "marital_status": "separated",
    "residence_municipality": "Crema",
    "safe_phone": "333 0000000",
    "safe_address": "presso il Centro antiviolenza",
    "safe_to_call": True,
    "safe_to_write": False,
    "children_witnessed": True,
    "children_suffered": False,
    "shelter": "casa_rifugio",
    "housing": "home_unusable",
    "employment": "never_employed",
    "did_signed": True,
    "income_band": "up_to_6000",
    "violence_types": frozenset({"stalking", "physical"}),
    "perpetrator_relationship": "ex_boyfriend",
    "complaint": "filed",
    "sent_by": "police",
    "consent_date": date(2026, 1, 21),
    "consent_sharing": True,
    "notes": "Chiede un lavoro compatibile con gli orari della scuola.",
}


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


def _filled(**overrides: object) -> ReferralPrint:
    children = (Child(age=4, minor=True), Child(age=9, minor=True, disabled=True))
    return ReferralPrint.filled(HEADER, {**VALUES, **overrides}, children=children)


@pytest.fixture(scope="module")
def filled() -> bytes:
    return referral_form_bytes(_filled())


@pytest.fixture(scope="module")
def text(filled: bytes) -> str:
    return "\n".join(_pages(filled))


def test_every_section_is_printed_in_order(text: str) -> None:
    titles = [*SECTIONS, "Firme"]
    positions = [text.index(f"{n}. {title}") for n, title in enumerate(titles, start=1)]
    assert positions == sorted(positions)
    assert "Scheda di segnalazione" in text


@pytest.mark.parametrize(
    "printed",
    [
        "02/02/2026",
        "20/01/2026",  # taken in charge, from stage_dates
        "Donne contro la violenza (Crema)",
        "presa in carico",
        "ascolto, ospitalità in casa rifugio",  # vocabulary order, not set order
        "inserimento lavorativo, autonomia abitativa",
        "SNTTTV85M41D142X",
        "01/08/1985",
        "di un paese fuori dall'Unione europea",
        "Paese Sintetico",
        "separata",
        "abitazione non più utilizzabile (violenza, sicurezza)",
        "inoccupata (mai occupata)",
        "fino a € 6.000",
        "fisica, atti persecutori (stalking)",
        "ex fidanzato",
        "denuncia presentata",
        "forze dell'ordine",
        "21/01/2026",
        "Chiede un lavoro compatibile con gli orari della scuola.",
    ],
)
def test_values_are_printed_as_their_italian_labels(text: str, printed: str) -> None:
    assert printed in text


def test_the_children_are_listed(text: str) -> None:
    assert "Età (anni)" in text
    assert "Con disabilità" in text
    assert "2 9 sì sì" in text


def test_every_page_is_numbered_and_has_the_header(filled: bytes) -> None:
    pages = _pages(filled)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in page
        assert "Ambito Cremasco" in page
        assert CASE_CODE in page


def test_her_name_is_in_the_body_but_not_in_the_metadata(filled: bytes, text: str) -> None:
    assert FIRST in text
    assert LAST in text
    metadata = PdfReader(BytesIO(filled)).metadata
    assert metadata is not None
    assert metadata.title == "Scheda di segnalazione"
    everything = " ".join(str(value) for value in metadata.values())
    for secret in (FIRST, LAST, CASE_CODE, "SNTTTV85M41D142X"):
        assert secret not in everything


def test_long_notes_flow_onto_further_pages() -> None:
    ending = "fine della nota lunghissima"
    notes = "La situazione richiede un accompagnamento attento e continuo. " * 120 + ending
    pages = _pages(referral_form_bytes(_filled(notes=notes)))
    assert len(pages) >= 3
    assert ending in "\n".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in page


def test_a_whole_case_draft_maps_onto_the_scheda() -> None:
    draft_values = {key: value for key, value in VALUES.items() if key != "notes"}
    children = (Child(age=4, minor=True),)
    statutory = StatutoryFacts(
        contact_channel="helpline_1522",
        services=(ServiceGiven("legal", date(2026, 2, 3)),),
        perpetrator_age_band="30_39",
        outcomes=frozenset({"perpetrator_removed"}),
    )
    draft = CaseDraft(**draft_values, children=children, statutory=statutory)  # type: ignore[arg-type]
    values = {field.name: getattr(draft, field.name) for field in fields(draft)}
    text = "\n".join(_pages(referral_form_bytes(ReferralPrint.filled(HEADER, values))))
    assert "Donne contro la violenza (Crema)" in text
    assert "1 4 sì no" in text
    assert LAST in text
    for printed in ("numero 1522", "consulenza legale 03/02/2026", "da 30 a 39 anni"):
        assert printed in text
    assert "autore allontanato" in text


def test_a_mapping_typo_fails_loudly() -> None:
    with pytest.raises(KeyError, match="frist_name"):
        ReferralPrint.filled(HEADER, {"frist_name": FIRST})


def test_the_blank_scheda_has_every_option_and_no_case_data() -> None:
    pages = _pages(referral_form_bytes(ReferralPrint.blank(HEADER)))
    text = "\n".join(pages)
    for number, title in enumerate(SECTIONS, start=1):
        assert f"{number}. {title}" in text
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in page
    for vocabulary in (opt.VIOLENCE_TYPES, opt.PERPETRATOR_RELATIONSHIP, opt.HOUSING, opt.STAGES):
        for option in vocabulary:
            assert option.label in text
    assert "AIDA (Cremona)" in text
    for value in (FIRST, LAST, CASE_CODE, "SNTTTV85M41D142X", "02/02/2026", "Paese Sintetico"):
        assert value not in text
    assert "Modulo in bianco" in text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "scheda.pdf"
    write_referral_form(path, _filled())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [entry.name for entry in tmp_path.iterdir()] == ["scheda.pdf"]


def test_an_existing_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "scheda.pdf"
    path.write_bytes(b"un'altra scheda")
    with pytest.raises(FormFileExists):
        write_referral_form(path, ReferralPrint.blank(HEADER))
    assert path.read_bytes() == b"un'altra scheda"
    assert [entry.name for entry in tmp_path.iterdir()] == ["scheda.pdf"]
