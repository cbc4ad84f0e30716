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
        raise WeakPassword(field="password", reason=f"servono almeno {MIN_LENGTH} caratteri.")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(field="password", reason=f"al massimo {MAX_LENGTH} caratteri.")
    lowered = password.casefold()
    if any(len(w) >= 3 and w.casefold() in lowered for w in words):
        raise WeakPassword(
            field="password", reason="non deve contenere il nome utente o il nome dell'archivio."
        )
    score = password_score(password, words)
    if score < MIN_SCORE:
        raise WeakPassword(
            field="password",
            reason=(
                f"è facile da indovinare (punteggio {score} su 4). Usa una frase di quattro o "
                "più parole non comuni, oppure mescola parole, numeri e simboli."
            ),
        )
