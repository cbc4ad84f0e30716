"""What makes a password acceptable for a store that holds the records of victims of violence.

zxcvbn estimates how guessable a password is; its dictionaries are English, so the words an
attacker would try first here (the town, the network, the programme, the user's own name) are
passed as user inputs. The reason for a refusal is given in Italian.
"""

from __future__ import annotations

from collections.abc import Iterable

from zxcvbn import zxcvbn

from antiviolenza_desktop.domain.store_errors import WeakPassword

MIN_LENGTH = 12
MIN_SCORE = 3
MAX_LENGTH = 256


class PasswordTooShort(WeakPassword):
    code = "password_troppo_corta"
    template = "Password troppo debole: servono almeno {min} caratteri."


class PasswordTooLong(WeakPassword):
    code = "password_troppo_lunga"
    template = "Password troppo debole: al massimo {max} caratteri."


class PasswordHoldsNames(WeakPassword):
    code = "password_con_nomi"
    template = "Password troppo debole: non deve contenere il nome utente o il nome dell'archivio."


class PasswordGuessable(WeakPassword):
    code = "password_facile"
    template = (
        "Password troppo debole: è facile da indovinare (punteggio {score} su 4). Usa una frase "
        "di quattro o più parole non comuni, oppure mescola parole, numeri e simboli."
    )


DOMAIN_WORDS = (
    "antiviolenza",
    "violenza",
    "donna",
    "donne",
    "cremona",
    "cremonese",
    "crema",
    "cremasco",
    "casalmaggiore",
    "casalasco",
    "ambito",
    "capofila",
    "comune",
    "provincia",
    "lombardia",
    "regione",
    "aida",
    "mia",
    "password",
    "parola",
    "segreta",
    "equipe",
    "progetto",
    "lavoro",
    "casa",
    "rifugio",
)


def password_score(password: str, personal_words: Iterable[str] = ()) -> int:
    """zxcvbn's 0–4 score, with the domain's and the user's own words as known guesses."""
    if not password:
        return 0
    inputs = [*DOMAIN_WORDS, *(w.lower() for w in personal_words if w)]
    result = zxcvbn(password[:MAX_LENGTH], user_inputs=inputs, max_length=MAX_LENGTH)
    return int(result["score"])


def check_password(password: str, personal_words: Iterable[str] = ()) -> None:
    """Raise WeakPassword with the reason; pass silently when the password is acceptable."""
    words = [w for w in personal_words if w]
    if len(password) < MIN_LENGTH:
        raise PasswordTooShort(field="password", min=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise PasswordTooLong(field="password", max=MAX_LENGTH)
    lowered = password.casefold()
    if any(len(w) >= 3 and w.casefold() in lowered for w in words):
        raise PasswordHoldsNames(field="password")
    score = password_score(password, words)
    if score < MIN_SCORE:
        raise PasswordGuessable(field="password", score=score)
