"""`antiviolenza fondi eroga --intervento N`: the CLI names the paid item by its number on the
Progetto, through the same service rule as the GUI; a wrong number changes nothing."""

from __future__ import annotations

from antiviolenza_desktop.services import ledger
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.support import LOGIN, PASSWORD
from tests.test_cli_fondi import DAY, _fondi, _state, store, template  # noqa: F401

PAYMENT = ("--importo", "10,00", "--data", DAY, "--beneficiario", "Fornitore", "--documento", "F1")


def test_a_payment_names_the_intervention_by_its_number(store, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    database, _women = store
    code, payload = _fondi(
        capsys, database, "eroga", "--impegno", "3", *PAYMENT, "--intervento", "1"
    )
    assert code == 0, payload
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            assert ledger.entry(uow, payload["voce"]).intervention == "work.interventions[0]"
    finally:
        opened.store.close()


def test_a_number_not_in_the_project_is_refused_and_nothing_changes(store, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    database, _women = store
    before = _state(database)
    code, payload = _fondi(
        capsys, database, "eroga", "--impegno", "3", *PAYMENT, "--intervento", "9"
    )
    assert (code, payload["code"]) == (1, "intervento_non_nel_progetto")
    assert "impegno n. 3" in payload["message"]
    assert _state(database) == before
