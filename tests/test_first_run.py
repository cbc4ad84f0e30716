"""The first-run wizard, driven without Qt: the happy path and every refusal."""

from __future__ import annotations

import random

import pytest

from antiviolenza_desktop.domain.access.first_run import (
    CAPOFILA_ROLE,
    FirstRunWizard,
    PasswordMismatch,
    RecoveryGroupMismatch,
    RecoverySheetNotSaved,
    Step,
    StoreRequest,
    WizardStepRefused,
)
from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.domain.errors import InvalidInput
from antiviolenza_desktop.domain.exchange.hierarchy import REGION_ROLE
from antiviolenza_desktop.domain.store_errors import WeakPassword
from antiviolenza_desktop.services.programme import load_default_programme

ROLES = {"cremonese": "Cremonese", "cremasco": "Cremasco", CAPOFILA_ROLE: "Capofila"}
STRONG = "tegola-viola-fiume-capriolo"
KEY = format_recovery_key(bytes(range(20)))


def wizard(seed: int = 3) -> FirstRunWizard:
    return FirstRunWizard(ROLES, rng=random.Random(seed))


def at_create(seed: int = 3) -> FirstRunWizard:
    machine = wizard(seed)
    machine.choose_role("cremonese", "  Archivio   équipe Cremonese ")
    machine.set_user("Prova.Operatrice", "Prova Sintetica", STRONG, STRONG)
    return machine


def at_confirm(seed: int = 3) -> FirstRunWizard:
    machine = at_create(seed)
    machine.store_created(KEY)
    machine.key_shown()
    return machine


def typed_back(machine: FirstRunWizard, key: str = KEY) -> list[str]:
    groups = key.split("-")
    return [groups[n - 1] for n in machine.data.groups_to_confirm]


def test_happy_path() -> None:
    machine = wizard()
    assert machine.step is Step.ROLE
    assert not machine.can_go_back
    machine.choose_role("cremonese", "  Archivio   équipe Cremonese ")
    assert machine.step is Step.USER
    assert machine.data.store_name == "Archivio équipe Cremonese"
    machine.set_user("Prova.Operatrice", "Prova Sintetica", STRONG, STRONG)
    assert machine.step is Step.CREATE
    assert machine.creation_request() == StoreRequest(
        "cremonese", "Archivio équipe Cremonese", "prova.operatrice", "Prova Sintetica", STRONG
    )
    machine.store_created(KEY)
    assert machine.step is Step.SHOW_KEY
    assert machine.data.password is None
    assert machine.data.recovery_key == KEY
    machine.key_shown()
    assert machine.step is Step.CONFIRM_KEY
    first, second = machine.data.groups_to_confirm
    assert 1 <= first < second <= 8
    machine.confirm_key(typed_back(machine))
    assert machine.step is Step.SHEET
    machine.sheet_saved()
    machine.finish()
    assert machine.step is Step.DONE
    assert machine.data.sheet_saved
    assert not machine.data.went_on_without_sheet
    assert machine.data.recovery_key is None


def test_the_groups_come_from_the_injected_random_source() -> None:
    chosen = {at_confirm(seed).data.groups_to_confirm for seed in range(40)}
    assert at_confirm(5).data.groups_to_confirm == at_confirm(5).data.groups_to_confirm
    assert len(chosen) > 5
    assert all(len(pair) == 2 and pair[0] < pair[1] for pair in chosen)


def test_for_programme_offers_each_ambito_the_capofila_and_the_region() -> None:
    machine = FirstRunWizard.for_programme(load_default_programme())
    assert list(machine.roles) == [
        "cremonese",
        "cremasco",
        "casalasco",
        CAPOFILA_ROLE,
        REGION_ROLE,
    ]
    assert machine.roles[CAPOFILA_ROLE].startswith("Capofila (Comune di Cremona")
    assert machine.roles[REGION_ROLE] == "Regione Lombardia (archivio regionale)"


@pytest.mark.parametrize(
    ("role", "name", "field"),
    [
        ("milanese", "Archivio", "role"),
        ("cremonese", "   ", "store_name"),
        ("cremasco", "x" * 101, "store_name"),
    ],
)
def test_role_step_refusals(role: str, name: str, field: str) -> None:
    machine = wizard()
    with pytest.raises(InvalidInput) as caught:
        machine.choose_role(role, name)
    assert caught.value.field == field
    assert machine.step is Step.ROLE


def test_a_weak_password_is_refused_with_the_reason() -> None:
    machine = wizard()
    machine.choose_role("cremonese", "Archivio Cremonese")
    with pytest.raises(WeakPassword) as caught:
        machine.set_user("prova.op", "Prova Sintetica", "corta", "corta")
    assert caught.value.field == "password"
    assert "almeno 12" in caught.value.message
    with pytest.raises(WeakPassword) as caught:
        machine.set_user("prova.op", "Prova Sintetica", "prova.op-2026-ok!", "prova.op-2026-ok!")
    assert "nome utente" in caught.value.message
    assert machine.step is Step.USER


def test_weakness_is_reported_before_a_mismatch() -> None:
    machine = wizard()
    machine.choose_role("cremonese", "Archivio Cremonese")
    with pytest.raises(WeakPassword):
        machine.set_user("prova.op", "Prova Sintetica", "corta", "diversa")


def test_mismatching_passwords_are_refused_on_the_second_field() -> None:
    machine = wizard()
    machine.choose_role("cremonese", "Archivio Cremonese")
    with pytest.raises(PasswordMismatch) as caught:
        machine.set_user("prova.op", "Prova Sintetica", STRONG, STRONG + "x")
    assert caught.value.field == "password_again"
    assert caught.value.message == "Le due password non coincidono: riscrivile uguali."
    assert machine.step is Step.USER
    assert machine.data.password is None


@pytest.mark.parametrize(
    ("login", "name", "field"), [("P", "Prova", "user"), ("prova.op", " ", "display_name")]
)
def test_user_identity_refusals(login: str, name: str, field: str) -> None:
    machine = wizard()
    machine.choose_role("cremonese", "Archivio Cremonese")
    with pytest.raises(InvalidInput) as caught:
        machine.set_user(login, name, STRONG, STRONG)
    assert caught.value.field == field


def test_password_strength_uses_the_personal_words() -> None:
    machine = wizard()
    machine.choose_role("cremonese", "Archivio Cremonese")
    assert machine.password_strength(STRONG) == 4
    assert machine.password_strength("") == 0  # an empty field: the meter starts at zero
    assert 0 <= machine.password_strength("Archivio Cremonese") <= 2
    alone = machine.password_strength("zanzibarquokka")
    assert machine.password_strength("zanzibarquokka", login="zanzibarquokka") < alone


def test_a_wrong_group_keeps_her_on_the_step_and_names_the_group() -> None:
    machine = at_confirm()
    first, second = machine.data.groups_to_confirm
    good = typed_back(machine)
    wrong = good[1][:-1] + ("0" if good[1][-1] != "0" else "1")
    with pytest.raises(RecoveryGroupMismatch) as caught:
        machine.confirm_key([good[0], wrong])
    assert caught.value.field == f"key_group_{second}"
    assert f"Il gruppo {second} " in caught.value.message
    assert machine.step is Step.CONFIRM_KEY
    with pytest.raises(RecoveryGroupMismatch) as caught:
        machine.confirm_key(["", good[1]])
    assert caught.value.field == f"key_group_{first}"


def test_typed_groups_forgive_case_spaces_dashes_and_lookalikes() -> None:
    key = format_recovery_key(bytes([0x00, 0x42] * 10))
    machine = at_create()
    machine.store_created(key)
    machine.key_shown()
    sloppy = [
        " " + "-".join(group.lower()).replace("0", "o").replace("1", "l") + " "
        for group in typed_back(machine, key)
    ]
    machine.confirm_key(sloppy)
    assert machine.step is Step.SHEET


def test_she_may_look_at_the_key_again_and_gets_new_groups() -> None:
    machine = at_confirm()
    machine.show_key_again()
    assert machine.step is Step.SHOW_KEY
    machine.key_shown()
    machine.confirm_key(typed_back(machine))
    assert machine.step is Step.SHEET


def test_back_is_allowed_before_create_and_forgets_the_password() -> None:
    machine = at_create()
    assert machine.can_go_back
    machine.back()
    assert machine.step is Step.USER
    assert machine.data.password is None
    machine.back()
    assert machine.step is Step.ROLE
    with pytest.raises(WizardStepRefused, match="primo passo"):
        machine.back()


def test_back_after_create_is_refused_at_every_later_step() -> None:
    machine = at_create()
    machine.store_created(KEY)
    for advance in (machine.key_shown, lambda: machine.confirm_key(typed_back(machine))):
        assert not machine.can_go_back
        with pytest.raises(WizardStepRefused, match="già stato creato"):
            machine.back()
        advance()
    assert machine.step is Step.SHEET
    with pytest.raises(WizardStepRefused, match="già stato creato"):
        machine.back()


def test_the_sheet_must_be_saved_or_skipping_confirmed() -> None:
    machine = at_confirm()
    machine.confirm_key(typed_back(machine))
    with pytest.raises(RecoverySheetNotSaved) as caught:
        machine.finish()
    assert caught.value.field == "sheet"
    assert machine.step is Step.SHEET
    machine.finish(without_sheet_confirmed=True)
    assert machine.step is Step.DONE
    assert machine.data.went_on_without_sheet


def test_steps_cannot_be_skipped() -> None:
    machine = wizard()
    with pytest.raises(WizardStepRefused):
        machine.set_user("prova.op", "Prova", STRONG, STRONG)
    with pytest.raises(WizardStepRefused):
        machine.store_created(KEY)
    with pytest.raises(WizardStepRefused):
        machine.creation_request()
    machine = at_create()
    with pytest.raises(WizardStepRefused):
        machine.confirm_key(["x", "y"])
    with pytest.raises(WizardStepRefused):
        machine.sheet_saved()


def test_a_wizard_needs_roles() -> None:
    with pytest.raises(ValueError):
        FirstRunWizard({})
