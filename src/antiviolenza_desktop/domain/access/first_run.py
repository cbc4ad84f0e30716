"""The first-run wizard as a state machine, so every rule of it is tested without Qt.

Electrum's lesson: the GUI only draws the current step and forwards what the person typed;
this machine decides whether she may go on, and why not. The steps are

    ROLE → USER → CREATE → SHOW_KEY → CONFIRM_KEY → SHEET → DONE

ROLE picks which body the store belongs to (an Ambito of the programme, or the capofila) and
names it; USER creates the first coordinator; at CREATE the GUI calls the service that builds
the encrypted store (`services.store_lifecycle.initialise_store`) with `creation_request()`
and hands back the recovery key through `store_created`. From then on the store exists, so
`back()` is refused: going back would invite a second store. The recovery key is the only
way in when the password is forgotten, so the person must prove she copied it (two groups
typed back, chosen at random so she cannot copy only the first) and must save or print the
recovery sheet, or explicitly confirm that she goes on without it.

Each refusal is an AppError whose `field` names the input to show it next to: "role",
"store_name", "user" (the login, as in `domain.users`), "display_name", "password",
"password_again", "key_group_<n>" (n = group number, 1-based) and "sheet".
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from antiviolenza_desktop.domain.access.password_policy import check_password, password_score
from antiviolenza_desktop.domain.access.recovery_key import GROUPS, parse_recovery_key
from antiviolenza_desktop.domain.access.users import check_display_name, normalise_login
from antiviolenza_desktop.domain.errors import AppError, InvalidInput
from antiviolenza_desktop.domain.exchange.hierarchy import REGION_LABEL, REGION_ROLE
from antiviolenza_desktop.domain.programme.model import Programme

CAPOFILA_ROLE = "capofila"
GROUPS_TO_CONFIRM = 2
MAX_STORE_NAME = 100
_READ_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
"""Same reading as `domain.recovery_key`: letters that look like digits are those digits."""


class Step(StrEnum):
    ROLE = "role"
    USER = "user"
    CREATE = "create"
    SHOW_KEY = "show_key"
    CONFIRM_KEY = "confirm_key"
    SHEET = "sheet"
    DONE = "done"


_ORDER = tuple(Step)


class WizardStepRefused(AppError):
    """A move the wizard does not allow from where it is (e.g. back after creating)."""

    code = "procedura_passo_non_consentito"
    template = "Passo non consentito ora."


class AlreadyFirstStep(WizardStepRefused):
    code = "procedura_primo_passo"
    template = "Questo è il primo passo."


class StoreAlreadyCreated(WizardStepRefused):
    code = "procedura_archivio_gia_creato"
    template = "L'archivio è già stato creato: non si può tornare indietro."


class StepNotAvailable(WizardStepRefused):
    code = "procedura_passo_non_disponibile"
    template = "Passo non disponibile ora (passo attuale: {step})."


class OwnerNotChosen(InvalidInput):
    code = "archivio_senza_ente"
    template = "Scegli a chi appartiene questo archivio."


class StoreNameInvalid(InvalidInput):
    code = "nome_archivio_non_valido"
    template = "Dai un nome all'archivio (al massimo {max} caratteri)."


def tidy_store_name(text: str) -> str:
    """The store's name with its spaces tidied: the wizard and `antiviolenza init` alike.
    Errors: StoreNameInvalid (empty, or longer than MAX_STORE_NAME)."""
    name = " ".join(text.split())
    if not 1 <= len(name) <= MAX_STORE_NAME:
        raise StoreNameInvalid(field="store_name", max=MAX_STORE_NAME)
    return name


class PasswordMismatch(AppError):
    code = "password_diverse"
    template = "Le due password non coincidono: riscrivile uguali."


class RecoveryGroupMismatch(AppError):
    code = "chiave_recupero_gruppo_diverso"
    template = (
        "Il gruppo {group} non corrisponde alla chiave mostrata: ricontrollalo su quanto "
        "hai copiato."
    )


class RecoverySheetNotSaved(AppError):
    code = "foglio_recupero_non_salvato"
    template = (
        "Non hai salvato né stampato il foglio di recupero: se dimentichi la password, senza "
        "la chiave i dati sono persi. Salvalo o stampalo, oppure conferma che prosegui senza."
    )


@dataclass(frozen=True, slots=True)
class WizardData:
    """What the wizard has collected so far; the password is dropped once the store exists."""

    role: str | None = None
    store_name: str | None = None
    login: str | None = None
    display_name: str | None = None
    password: str | None = None
    recovery_key: str | None = None
    groups_to_confirm: tuple[int, ...] = ()
    sheet_saved: bool = False
    went_on_without_sheet: bool = False


@dataclass(frozen=True, slots=True)
class StoreRequest:
    """The arguments of the store-creation service, collected by ROLE and USER."""

    role: str
    store_name: str
    login: str
    display_name: str
    password: str


class FirstRunWizard:
    """The wizard's state: call the method of the current step; it advances or raises."""

    def __init__(self, roles: Mapping[str, str], *, rng: random.Random | None = None) -> None:
        """`roles` maps each store role code to its label; `rng` is injectable for tests."""
        if not roles:
            raise ValueError("the wizard needs at least one role to offer")
        self.roles = dict(roles)
        self._rng = rng or random.SystemRandom()
        self._step = Step.ROLE
        self._data = WizardData()

    @classmethod
    def for_programme(
        cls, programme: Programme, *, rng: random.Random | None = None
    ) -> FirstRunWizard:
        """Offer each Ambito of the programme, then the capofila, then the Region."""
        roles = {ambito.code: ambito.name for ambito in programme.ambiti}
        roles[CAPOFILA_ROLE] = f"Capofila ({programme.capofila})"
        roles[REGION_ROLE] = REGION_LABEL
        return cls(roles, rng=rng)

    @property
    def step(self) -> Step:
        return self._step

    @property
    def data(self) -> WizardData:
        return self._data

    @property
    def can_go_back(self) -> bool:
        """Only before the store exists; afterwards going back would mean a second store."""
        return self._step in (Step.USER, Step.CREATE)

    def back(self) -> None:
        """One step back before CREATE; the password typed so far is forgotten."""
        if self._step is Step.ROLE:
            raise AlreadyFirstStep
        if not self.can_go_back:
            raise StoreAlreadyCreated
        self._data = replace(self._data, password=None)
        self._step = _ORDER[_ORDER.index(self._step) - 1]

    # --- ROLE and USER -------------------------------------------------------------------

    def choose_role(self, role: str, store_name: str) -> None:
        """ROLE → USER: the body the store belongs to and the name shown when opening it."""
        self._expect(Step.ROLE)
        if role not in self.roles:
            raise OwnerNotChosen(field="role")
        self._data = replace(self._data, role=role, store_name=tidy_store_name(store_name))
        self._step = Step.USER

    def password_strength(self, password: str, *, login: str = "", display_name: str = "") -> int:
        """0–4 for the meter, with the login, name and store name as known guesses.

        `login` and `display_name` are what she is typing on the same page, not yet submitted.
        An empty field scores 0 here: zxcvbn itself fails on an empty string.
        """
        if not password:
            return 0
        typed = [login.strip(), *display_name.split()]
        return password_score(password, [*self._personal_words(), *typed])

    def set_user(self, login: str, display_name: str, password: str, password_again: str) -> None:
        """USER → CREATE: the first coordinator. A weak password is refused before a mismatch,
        because she has to change it anyway."""
        self._expect(Step.USER)
        login = normalise_login(login)
        display_name = check_display_name(display_name)
        self._data = replace(self._data, login=login, display_name=display_name)
        check_password(password, self._personal_words())
        if password != password_again:
            raise PasswordMismatch(field="password_again")
        self._data = replace(self._data, password=password)
        self._step = Step.CREATE

    def _personal_words(self) -> list[str]:
        data = self._data
        words = [data.login or "", data.store_name or ""]
        return [word for word in words if word] + (data.display_name or "").split()

    # --- CREATE, SHOW_KEY, CONFIRM_KEY -----------------------------------------------------

    def creation_request(self) -> StoreRequest:
        """What the GUI passes to the store-creation service at the CREATE step."""
        self._expect(Step.CREATE)
        data = self._data
        assert data.role and data.store_name and data.login and data.display_name
        assert data.password is not None
        return StoreRequest(
            data.role, data.store_name, data.login, data.display_name, data.password
        )

    def store_created(self, recovery_key: str) -> None:
        """CREATE → SHOW_KEY, once the service has created the store and returned its key."""
        self._expect(Step.CREATE)
        parse_recovery_key(recovery_key)
        self._data = replace(self._data, recovery_key=recovery_key, password=None)
        self._step = Step.SHOW_KEY

    def key_shown(self) -> None:
        """SHOW_KEY → CONFIRM_KEY: she says she copied the key; pick the groups to type back."""
        self._expect(Step.SHOW_KEY)
        chosen = sorted(self._rng.sample(range(1, GROUPS + 1), GROUPS_TO_CONFIRM))
        self._data = replace(self._data, groups_to_confirm=tuple(chosen))
        self._step = Step.CONFIRM_KEY

    def show_key_again(self) -> None:
        """CONFIRM_KEY → SHOW_KEY: not a `back()` (nothing is undone), just another look.

        New groups are drawn when she comes back, so she needs the whole key, not two groups.
        """
        self._expect(Step.CONFIRM_KEY)
        self._step = Step.SHOW_KEY

    def confirm_key(self, typed: Sequence[str]) -> None:
        """CONFIRM_KEY → SHEET: `typed[i]` is her copy of group `groups_to_confirm[i]`.

        Case, spaces and dashes do not matter, and O, I, L read as 0, 1, 1, as when the key
        is used. The first group that differs is named, on its own field.
        """
        self._expect(Step.CONFIRM_KEY)
        groups = self._data.groups_to_confirm
        if len(typed) != len(groups):
            raise ValueError(f"expected {len(groups)} typed groups, got {len(typed)}")
        expected = (self._data.recovery_key or "").upper().split("-")
        for number, text in zip(groups, typed, strict=True):
            if _normalise_group(text) != expected[number - 1]:
                raise RecoveryGroupMismatch(field=f"key_group_{number}", group=number)
        self._step = Step.SHEET

    # --- SHEET ----------------------------------------------------------------------------

    def sheet_saved(self) -> None:
        """Record that the recovery sheet was saved or printed (she may do both, or twice)."""
        self._expect(Step.SHEET)
        self._data = replace(self._data, sheet_saved=True)

    def finish(self, *, without_sheet_confirmed: bool = False) -> None:
        """SHEET → DONE, once the sheet is saved or she explicitly chose to go on without."""
        self._expect(Step.SHEET)
        if not self._data.sheet_saved and not without_sheet_confirmed:
            raise RecoverySheetNotSaved(field="sheet")
        self._data = replace(
            self._data, went_on_without_sheet=not self._data.sheet_saved, recovery_key=None
        )
        self._step = Step.DONE

    def _expect(self, step: Step) -> None:
        if self._step is not step:
            raise StepNotAvailable(step=self._step.value)


def _normalise_group(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    return cleaned.translate(_READ_ALIASES)
