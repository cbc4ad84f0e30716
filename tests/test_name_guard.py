"""Her name, in any of the ways people write it, never reaches an exported text."""

from __future__ import annotations

import pytest

from antiviolenza_desktop.domain.name_guard import (
    FiscalCodeInText,
    WomanNamedInText,
    refuse_names,
)

HER = [("Maria Grazia", "Rossi"), ("Anna", "D'Angelo")]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Grazia Rossi",
        "ROSSI MARIA",
        "Grazia Rossi",
        "M. G. Rossi",
        "Sig.ra Rossi Maria",
        "Anna D'Angelo",
        "Anna D Angelo",
        "Anna Dʼangelo",
        "Anna D`Angelo",
        "anna dangelo",
    ],
)
def test_her_name_is_refused(text: str) -> None:
    with pytest.raises(WomanNamedInText):
        refuse_names("payee", "Il beneficiario", text, HER)


@pytest.mark.parametrize(
    "text", ["la beneficiaria", "Cooperativa Rossi", "Immobiliare D'Angelo s.r.l.", "Mandato 41"]
)
def test_providers_and_references_pass(text: str) -> None:
    refuse_names("payee", "Il beneficiario", text, HER)


def test_a_fiscal_code_is_refused_whoever_it_belongs_to() -> None:
    with pytest.raises(FiscalCodeInText):
        refuse_names("note", "La nota", "pagato, cf rssmgr85a41d150x", [])
