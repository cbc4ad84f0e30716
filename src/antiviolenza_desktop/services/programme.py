"""Programme files on disk: the bundled Cremona programme, or any file a coordinator names.

The domain validator works on parsed data and knows nothing of files; this module owns the
file: finding the bundled one both in a source checkout and in an installed wheel, reading it,
and turning a missing file, an unreadable one or a TOML syntax error into a refusal that names
the file and the line, so whoever edits it knows where to look.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.hierarchy import REGION_LABEL, REGION_ROLE
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.domain.programme.validation import ProgrammeCheck, validate_programme
from antiviolenza_desktop.services.resources import find_resource, resource_candidates

DEFAULT_PROGRAMME = "cremona-dgr6947-2017.toml"

_TOML_POSITION = re.compile(
    r"^(?P<detail>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$"
)


class ProgrammeFileMissing(AppError):
    code = "programma_file_mancante"
    template = "File del programma non trovato: {path}."


class ProgrammeFileUnreadable(AppError):
    code = "programma_file_illeggibile"
    template = "Impossibile leggere il file del programma {path}: {reason}."


class ProgrammeFileSyntax(AppError):
    """A TOML syntax error. `detail` is tomllib's own (English) description of the mistake."""

    code = "programma_sintassi_toml"
    template = (
        "Il file del programma {path} non è un TOML valido ({position}): {detail}. "
        "Correggi il file in quel punto e riprova."
    )


def load_programme_file(path: Path | str) -> ProgrammeCheck:
    """Read and validate a programme file; the check holds the findings (errors and warnings).

    Raises ProgrammeFileMissing, ProgrammeFileUnreadable (a folder, no permission, not UTF-8)
    or ProgrammeFileSyntax. A file with errors is not refused here: the caller decides whether
    to list the findings (`programme validate`) or refuse (`ProgrammeCheck.require`).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProgrammeFileMissing(path=str(path)) from None
    except OSError as error:
        raise ProgrammeFileUnreadable(path=str(path), reason=_os_reason(error)) from None
    try:
        # utf-8-sig: Windows editors often save a byte-order mark, which TOML does not allow.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProgrammeFileUnreadable(path=str(path), reason="non è testo UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(path, error) from None
    return validate_programme(data)


def _os_reason(error: OSError) -> str:
    if isinstance(error, IsADirectoryError):
        return "è una cartella, non un file"
    if isinstance(error, PermissionError):
        return "permesso negato"
    return error.strerror or type(error).__name__


def _syntax_error(path: Path, error: tomllib.TOMLDecodeError) -> ProgrammeFileSyntax:
    """Pull the line and column out of tomllib's message, to say them in Italian."""
    message = str(error)
    match = _TOML_POSITION.match(message)
    if match is None:
        return ProgrammeFileSyntax(path=str(path), position="posizione sconosciuta", detail=message)
    if match["line"] is None:
        position = "alla fine del file"
    else:
        position = f"riga {match['line']}, colonna {match['column']}"
    return ProgrammeFileSyntax(path=str(path), position=position, detail=match["detail"])


def default_programme_path() -> Path:
    """The bundled Cremona programme, in an installed wheel or in the source checkout."""
    found = find_resource("programmes", DEFAULT_PROGRAMME)
    if found is None:
        candidates = resource_candidates("programmes", DEFAULT_PROGRAMME)
        raise ProgrammeFileMissing(path=" oppure ".join(str(path) for path in candidates))
    return found


@cache
def load_default_programme() -> Programme:
    """The bundled programme, validated; ProgrammeInvalid if it has errors."""
    path = default_programme_path()
    return load_programme_file(path).require(str(path))


CAPOFILA = "capofila"
REGION = REGION_ROLE


def store_roles() -> dict[str, str]:
    """Codes a store can be created for: each Ambito of the programme, the capofila, or the
    Region (one level up: it merges the capofila's provincial totals)."""
    programme = load_default_programme()
    roles = {ambito.code: ambito.name for ambito in programme.ambiti}
    roles[CAPOFILA] = f"Capofila ({programme.capofila})"
    roles[REGION] = REGION_LABEL
    return roles
