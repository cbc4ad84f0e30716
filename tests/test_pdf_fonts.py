"""Every PDF prints every name: an embedded Unicode font, no PDF built-in font left.

The built-in fonts (Helvetica, Courier…) cover Latin-1 only and are not embedded: «Ștefănescu»,
«Łucja» or «Ольга» printed as black squares. Here a synthetic woman with those names goes
through the real services into her referral form and her Progetto; the financial report, the
provincial report and the recovery sheet carry the same characters in the texts they allow.
Each document's text is read back with pypdf, and every font of every page must carry its own
TrueType program (/FontFile2).
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from faker import Faker
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.reports.case_prints import project_print, referral_print
from antiviolenza_desktop.reports.financial_report_data import financial_report
from antiviolenza_desktop.reports.financial_report_pdf import financial_report_pdf_bytes
from antiviolenza_desktop.reports.fonts import PDF_FONTS
from antiviolenza_desktop.reports.forms_model import FormHeader, ProjectPrint
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.reports.provincial_report import provincial_report
from antiviolenza_desktop.reports.recovery_sheet import write_recovery_sheet
from antiviolenza_desktop.reports.referral_form import referral_form_bytes
from antiviolenza_desktop.reports.referral_model import ReferralPrint
from antiviolenza_desktop.services import cofinancing
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.resources import find_resource
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import enrolled_network
from tests.financial_report_support import build_report_store, open_new_store
from tests.funds_support import TODAY, validate_project, work_project

FIRST, LAST = "Łucja Ольга", "Ștefănescu"
FULL_NAME = f"{LAST} {FIRST}"  # «Ștefănescu Łucja Ольга»
PROVIDER = f"Cooperativa {FULL_NAME}"


def _record_woman(opened: OpenStore) -> int:
    """A synthetic woman born abroad, taken in charge on the work line, with a validated project."""
    faker = Faker("it_IT")
    faker.seed_instance(41)
    draft = synthetic_case(random.Random(41), faker, ["aida"], TODAY)
    day = draft.referral_date
    draft = replace(
        draft,
        first_name=FIRST,
        last_name=LAST,
        codice_fiscale=None,
        lines_requested=frozenset({"work"}),
        stage="taken_in_charge",
        stage_dates={"contact": day, "reception": day, "taken_in_charge": day},
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = record_case(uow, draft=draft, today=TODAY).case_id
    validate_project(opened, case_id, work_project(120_000))
    return case_id


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, bytes]]:
    opened = open_new_store(tmp_path_factory.mktemp("fonts"))
    try:
        build_report_store(opened)
        with UnitOfWork(opened.store, opened.actor) as uow:
            # Written before she is recorded: the name guard refuses a text naming a woman.
            cofinancing.set_narrative(uow, action_code="3.1", text=f"Corsi con la {PROVIDER}.")
        case_id = _record_woman(opened)
        with UnitOfWork(opened.store, opened.actor) as uow:
            referral = referral_print(uow, case_id=case_id, today=TODAY)
            project = project_print(uow, case_id=case_id, today=TODAY)
            report = financial_report(uow, today=TODAY, with_ledger=True)
    finally:
        opened.store.close()
    assert project is not None
    yield {
        "referral": referral_form_bytes(referral),
        "project": project_form_bytes(project),
        "financial": financial_report_pdf_bytes(report),
    }


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)


def _fonts(resources: DictionaryObject) -> Iterator[DictionaryObject]:
    """The fonts of a page's resources, and of the form XObjects it draws."""
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        inner = xobject.get_object().get("/Resources")
        if inner is not None:
            yield from _fonts(inner.get_object())


def _unembedded_fonts(pdf: bytes) -> set[str]:
    """Base names of the fonts without their own TrueType program; empty when all are embedded."""
    missing: set[str] = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in _fonts(page["/Resources"].get_object()):
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.add(str(font["/BaseFont"]))
    return missing


@pytest.mark.parametrize("name", ["referral", "project"])
def test_her_name_prints_in_her_forms(documents: dict[str, bytes], name: str) -> None:
    text = _text(documents[name])
    assert FIRST in text
    assert LAST in text


def test_the_provider_prints_in_the_financial_report(documents: dict[str, bytes]) -> None:
    assert PROVIDER in _text(documents["financial"])


@pytest.mark.parametrize("name", ["referral", "project", "financial"])
def test_every_font_is_embedded(documents: dict[str, bytes], name: str) -> None:
    assert _unembedded_fonts(documents[name]) == set()


def test_the_blank_forms_embed_their_fonts() -> None:
    header = FormHeader("Programma di prova", "Atto di prova", "Cremasco", "", TODAY)
    for pdf in (
        referral_form_bytes(ReferralPrint.blank(header)),
        project_form_bytes(ProjectPrint.blank(header, domains=("Salute",), scale_max=4)),
    ):
        assert _unembedded_fonts(pdf) == set()


def test_the_provincial_report_embeds_its_fonts(tmp_path: Path) -> None:
    network = enrolled_network(tmp_path)
    capofila = network.capofila
    try:
        with UnitOfWork(capofila.store, capofila.actor) as uow:
            cofinancing.set_narrative(uow, action_code="3.1", text=f"Corsi con la {PROVIDER}.")
            report = provincial_report(uow, today=TODAY, as_of=datetime.datetime.now(datetime.UTC))
    finally:
        network.close()
    pdf = financial_report_pdf_bytes(report)
    assert PROVIDER in _text(pdf)
    assert _unembedded_fonts(pdf) == set()


def test_the_recovery_sheet_embeds_its_fonts(tmp_path: Path) -> None:
    path = tmp_path / "foglio.pdf"
    write_recovery_sheet(
        path,
        store_name=f"Centro {PROVIDER}",
        ambito="Crema",
        store_id="AMB-CR-7f3a9c21",
        created_on=datetime.date(2026, 11, 25),
        recovery_key=format_recovery_key(bytes(range(7, 27))),
    )
    pdf = path.read_bytes()
    assert PROVIDER in _text(pdf)
    assert _unembedded_fonts(pdf) == set()


def test_the_shipped_fonts_carry_their_licence() -> None:
    """The Bitstream Vera and Arev licences require their notice with every copy of the fonts."""
    licence = find_resource("fonts", "LICENSE-DejaVu.txt")
    assert licence is not None
    text = licence.read_text(encoding="utf-8")
    assert "Copyright (c) 2003 by Bitstream, Inc." in text
    assert "Copyright (c) 2006 by Tavmjong Bah." in text
    for font in PDF_FONTS:
        assert find_resource("fonts", f"{font}.ttf") is not None
        assert f"{font}.ttf" in text
