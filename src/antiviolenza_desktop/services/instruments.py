"""The assessment instruments shipped in resources/instruments/, one file per version.

Old assessments name the version they were made with, so every version ever shipped stays
loadable; new assessments use the current one.
"""

from __future__ import annotations

import tomllib
from functools import cache

from antiviolenza_desktop.domain.assessment.instrument import Instrument, instrument_from_mapping
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.resources import find_resource

CURRENT_INSTRUMENT = ("valutazione-multidimensionale", 1)


class InstrumentMissing(AppError):
    code = "strumento_mancante"
    template = (
        "Lo strumento di valutazione {name} versione {version} non è in questa installazione: "
        "aggiorna l'applicazione."
    )


@cache
def load_instrument(instrument_id: str, version: int) -> Instrument:
    path = find_resource("instruments", f"{instrument_id}-v{version}.toml")
    if path is None:
        raise InstrumentMissing(name=instrument_id, version=version)
    return instrument_from_mapping(tomllib.loads(path.read_text("utf-8")))


def current_instrument() -> Instrument:
    return load_instrument(*CURRENT_INSTRUMENT)
