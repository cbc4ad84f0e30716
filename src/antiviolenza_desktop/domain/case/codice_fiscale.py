"""The codice fiscale and the name key: how a woman's identity is read, compared and matched.

It lives apart from the referral form (`intake`) because reading a CF is its own craft:
stdnum's rules, the century of a two-digit year, omocodia letters standing in for digits,
and the spellings of one name that must meet for duplicate detection. The form only asks
"is there a problem with this CF, and which one", and services compare the keys built here.
`intake` re-exports the public names, so callers may import them from either module.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError
from stdnum.it import codicefiscale

_OMOCODE = str.maketrans("LMNPQRSTUV", "0123456789")
_CF_DIGIT_POSITIONS = (6, 7, 9, 10, 12, 13, 14)


def normalise_cf(text: str) -> str:
    """Upper case without spaces: how a CF is compared, stored and looked up."""
    return "".join(text.split()).upper()


def cf_birth_date(code: str, today: date | None) -> date | None:
    """The CF's birth date, placing the two-digit year in the century that is not future."""
    reference = today or date.today()
    try:
        born = codicefiscale.get_birth_date(code, minyear=reference.year - 99)
    except (InvalidComponent, KeyError):
        return None
    if born > reference:
        try:
            born = born.replace(year=born.year - 100)
        except ValueError:
            return None
    return born


def cf_problem(code: str, today: date | None) -> str | None:
    """None for a valid CF, else "format", "date" or "check" (wrong check character only)."""
    if len(code) != 16:
        return "format"
    try:
        codicefiscale.validate(code)
    except InvalidChecksum:
        return "check" if cf_birth_date(code, today) else "date"
    except InvalidComponent:
        return "date"
    except ValidationError:
        return "format"
    return None if cf_birth_date(code, today) else "date"


def derived_birth_date(cf: str, *, today: date | None = None) -> date | None:
    """Birth date read from a CF, or None when the CF is absent or malformed.

    A wrong check character alone does not stop the derivation: the date characters are
    still readable, and the form warns about the check character separately.
    """
    code = normalise_cf(cf)
    if cf_problem(code, today) not in (None, "check"):
        return None
    return cf_birth_date(code, today)


def cf_check_character(body: str) -> str:
    """The check character of a CF's first fifteen characters (the official algorithm)."""
    return codicefiscale.calc_check_digit(body)


def cf_is_female(code: str) -> bool:
    """stdnum's gender, after turning omocodia letters back into digits."""
    chars = list(code)
    for position in _CF_DIGIT_POSITIONS:
        chars[position] = chars[position].translate(_OMOCODE)
    return codicefiscale.get_gender("".join(chars)) == "F"


def _name_part(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalpha()).casefold()


def name_key(first: str, last: str) -> str:
    """A key under which spellings of the same name meet, for duplicate detection.

    Case, accents, spaces and apostrophes are dropped ("Nicolò D'Amico" meets "NICOLO'
    DAMICO"), and the two parts are sorted, so a name typed in the surname box still meets.
    """
    return "|".join(sorted((_name_part(first), _name_part(last))))
