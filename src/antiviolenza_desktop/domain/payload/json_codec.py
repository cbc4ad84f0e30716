"""Strict reading of a payload's JSON, and the typed checks its fields pass (with their path).

`json.loads` is lenient where a bundle must not be: it keeps the last of two equal keys, reads
`NaN` and `Infinity`, turns `1e400` into a float and `1` followed by a million digits into a
huge int. Here each of those becomes a marker at its place in the tree instead, so the schema
walk (`payload_schema`) names the exact field path of the first problem (BU-12), in Italian.
The helpers below check one value each and raise `PayloadInvalid` with its path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from antiviolenza_desktop.domain.errors import AppError

MAX_INT_DIGITS = 16
"""Longer integer literals are refused before Python converts them (bounds come after)."""

MAX_CONTAINERS = 500_000
"""Objects and arrays a payload may hold: an Ambito of 10,000 women with projects has about
200,000. Counted on the bytes before parsing, because a few hundred KiB of `{},{},...` in a
signed bundle would otherwise become gigabytes of Python objects."""

MONTH = re.compile(r"(20[0-9]{2}|2100)-(0[1-9]|1[0-2])")
HEX64 = re.compile(r"[0-9a-f]{64}")
IDENTITY_WORDS = frozenset(
    {
        *("name", "nome", "cognome", "surname", "first", "last", "cf", "fiscale", "fiscal"),
        *("codice", "phone", "telefono", "tel", "mobile", "address", "indirizzo", "street"),
        *("via", "email", "mail", "birth", "nascita", "born", "nata", "note", "notes"),
        *("description", "descrizione", "text", "testo", "comment", "payee", "person"),
        *("persona", "beneficiario", "free", "document", "documento", "identity"),
    }
)


class PayloadInvalid(AppError):
    """BU-12: the payload is not what schema version says; names the field path."""

    code = "pacchetto_non_valido"
    template = "Contenuto del pacchetto non valido, campo «{path}»: {reason}."

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path or "$", path=path or "$", reason=reason)


class PayloadIdentityField(AppError):
    """BU-14: a field outside the allow-list whose name suggests identity or free text."""

    code = "pacchetto_campo_identificativo"
    template = (
        "Il pacchetto contiene il campo «{path}», che potrebbe portare dati identificativi o "
        "testo libero: nessun nome, codice fiscale, indirizzo, telefono, data di nascita o "
        "testo libero può uscire dall'archivio. Pacchetto rifiutato."
    )

    def __init__(self, path: str) -> None:
        super().__init__(path, path=path)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A JSON value the strict reader would not accept, kept where it stood."""

    reason: str


class StrictObject(dict[str, Any]):
    """A JSON object in which a key appeared more than once: it remembers which. Every other
    object is a plain dict, which the parser's C code builds and the checks test fastest (an
    object without a `duplicates` marker has no repeated key)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    repeated = []
    for key, _ in pairs:
        if key in seen:
            repeated.append(key)
        seen.add(key)
    strict = StrictObject(pairs)
    strict.duplicates = tuple(repeated)
    return strict


def _int(text: str) -> int | Rejected:
    if len(text) > MAX_INT_DIGITS:
        return Rejected(f"numero intero troppo grande ({len(text)} cifre)")
    return int(text)


def _float(text: str) -> Rejected:
    return Rejected(f"numero con decimali o esponente ({text[:20]}): sono ammessi solo interi")


def _constant(text: str) -> Rejected:
    return Rejected(f"valore numerico non ammesso ({text})")


def decode_json(data: bytes) -> Any:
    """Parse UTF-8 JSON strictly; syntax errors raise PayloadInvalid at `$` with the position."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PayloadInvalid("$", f"non è testo UTF-8 (byte {error.start})") from None
    containers = data.count(b"{") + data.count(b"[")
    if containers > MAX_CONTAINERS:
        reason = f"troppi oggetti ({containers}, al massimo {MAX_CONTAINERS})"
        raise PayloadInvalid("$", reason)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_int,
            parse_float=_float,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as error:
        reason = f"JSON non valido alla riga {error.lineno}, colonna {error.colno}"
        raise PayloadInvalid("$", reason) from None
    except RecursionError:
        raise PayloadInvalid("$", "JSON annidato troppo in profondità") from None


# --- one value each ------------------------------------------------------------------------


def at(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _refuse_marker(value: Any, path: str) -> None:
    if isinstance(value, Rejected):
        raise PayloadInvalid(path, value.reason)


def _looks_like_identity(key: str) -> bool:
    words = re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", key).lower())
    return any(word in IDENTITY_WORDS for word in words)


def obj(value: Any, path: str, required: Collection[str]) -> dict[str, Any]:
    """An object with exactly the `required` keys: no duplicate, none missing, none extra."""
    if (
        isinstance(value, dict)
        and not getattr(value, "duplicates", ())
        and value.keys() == set(required)
    ):
        return value
    _refuse_marker(value, path)
    if not isinstance(value, dict):
        raise PayloadInvalid(path, f"atteso un oggetto, trovato {kind_of(value)}")
    duplicates = getattr(value, "duplicates", ())
    if duplicates:
        raise PayloadInvalid(at(path, duplicates[0]), "chiave ripetuta nello stesso oggetto")
    for key in sorted(value):
        if key not in required:
            if _looks_like_identity(key):
                raise PayloadIdentityField(at(path, key))
            raise PayloadInvalid(at(path, key), "campo non previsto dal formato")
    for key in sorted(required):
        if key not in value:
            raise PayloadInvalid(at(path, key), "campo obbligatorio mancante")
    return value


def keyed(value: Any, path: str, keys: Collection[str], *, all_keys: bool) -> dict[str, Any]:
    """An object whose keys are codes of `keys` (all of them when `all_keys`)."""
    _refuse_marker(value, path)
    if not isinstance(value, dict):
        raise PayloadInvalid(path, f"atteso un oggetto, trovato {kind_of(value)}")
    required = keys if all_keys else [k for k in keys if k in value]
    return obj(value, path, required)


def integer(value: Any, path: str, low: int, high: int) -> int:
    _refuse_marker(value, path)
    if type(value) is not int:
        raise PayloadInvalid(path, f"atteso un numero intero, trovato {kind_of(value)}")
    if not low <= value <= high:
        raise PayloadInvalid(path, f"{value} è fuori dall'intervallo ammesso {low}–{high}")
    return value


def string(value: Any, path: str) -> str:
    _refuse_marker(value, path)
    if type(value) is not str:
        raise PayloadInvalid(path, f"attesa una stringa, trovato {kind_of(value)}")
    return value


def code(value: Any, path: str, allowed: Collection[str]) -> str:
    text = string(value, path)
    if text not in allowed:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise PayloadInvalid(path, f"«{shown}» non è un codice ammesso")
    return text


def optional_code(value: Any, path: str, allowed: Collection[str]) -> str | None:
    return None if value is None else code(value, path, allowed)


def month(value: Any, path: str) -> str:
    text = string(value, path)
    if MONTH.fullmatch(text) is None:
        raise PayloadInvalid(path, "atteso un mese nella forma AAAA-MM")
    return text


def optional_month(value: Any, path: str) -> str | None:
    return None if value is None else month(value, path)


def hex64(value: Any, path: str) -> str:
    text = string(value, path)
    if HEX64.fullmatch(text) is None:
        raise PayloadInvalid(path, "atteso uno pseudonimo di 64 cifre esadecimali minuscole")
    return text


def array(value: Any, path: str, limit: int) -> list[Any]:
    _refuse_marker(value, path)
    if not isinstance(value, list):
        raise PayloadInvalid(path, f"attesa una lista, trovato {kind_of(value)}")
    if len(value) > limit:
        raise PayloadInvalid(path, f"{len(value)} elementi, oltre il massimo di {limit}")
    return value


def code_list(value: Any, path: str, allowed: Collection[str]) -> tuple[str, ...]:
    """Distinct codes of `allowed`, returned sorted; the fast test first, the named error after."""
    if (
        type(value) is list
        and all(type(item) is str and item in allowed for item in value)
        and len(set(value)) == len(value)
    ):
        return tuple(sorted(value))
    items = array(value, path, len(allowed))
    result = tuple(code(item, at(path, i), allowed) for i, item in enumerate(items))
    if len(set(result)) != len(result):
        raise PayloadInvalid(path, "codice ripetuto nella lista")
    return tuple(sorted(result))


def kind_of(value: Any) -> str:
    names = {bool: "un valore vero/falso", str: "una stringa", int: "un numero intero"}
    if value is None:
        return "null"
    if isinstance(value, list):
        return "una lista"
    if isinstance(value, dict):
        return "un oggetto"
    return names.get(type(value), type(value).__name__)
