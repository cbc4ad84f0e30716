"""The anonymous O.R.A./ISTAT tables of a period: counts by category, computed from plain
records, so the Ambito (from its store) and the capofila (from the Ambiti's snapshots) build
the very same tables. Pure: no store, no files; `small_cells` hides what could point at a woman.

Who is counted (docs/istat-ora-mapping.md): the tables about women and authors count the women
referred in the period (referral date from `since` to `until`, both included), one row per
category plus «non rilevato» for a blank answer. Single-choice tables add up to the women; in a
multiple-choice table («aiuto chiesto prima», «denunce o misure», «esiti») a woman may be in
several rows, so its rows do not add up. The services tables count the services dated in the
period, whoever they were given to, and the women who received each kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case import statutory_options as so
from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.domain.case.statutory import StatutoryFacts
from antiviolenza_desktop.domain.errors import AppError

BLANK = "not_collected"
"""The code of the «non rilevato» row."""
WOMEN = "donne"
SERVICES = "prestazioni"


class TablePeriodReversed(AppError):
    code = "statistiche_periodo_rovesciato"
    template = (
        "Il periodo va dal {since} al {until}: la prima data deve venire prima della seconda."
    )


class PeriodNotWholeMonths(AppError):
    code = "statistiche_mesi_interi"
    template = (
        "I pacchetti degli Ambiti riportano i mesi, non i giorni: alla capofila il periodo va "
        "dal primo giorno di un mese all'ultimo giorno di un mese."
    )


class TablesNotAtRegion(AppError):
    """The Region's store keeps no cases and no Ambito rows, only the provincial totals: its
    tables would be empty, and an empty table looks like a province with no women."""

    code = "statistiche_non_in_regione"
    template = (
        "L'archivio della Regione riceve i totali provinciali, non i casi: le tabelle "
        "O.R.A./ISTAT si preparano nell'archivio dell'Ambito o in quello della capofila."
    )


@dataclass(frozen=True, slots=True)
class TableCase:
    """What the tables need of one case, and nothing that names her."""

    referral: date
    relationship: str | None
    facts: StatutoryFacts


@dataclass(frozen=True, slots=True)
class CountTable:
    """One table: `rows` are (code, label, count) in list order; `adds_up` tells that the rows
    sum to `total` (single choice), which is what lets a hidden cell be worked out."""

    key: str
    title: str
    unit: str
    rows: tuple[tuple[str, str, int], ...]
    total: int
    adds_up: bool


@dataclass(frozen=True, slots=True)
class _Spec:
    key: str
    title: str
    options: tuple[Option, ...]
    multiple: bool = False


_WOMEN_TABLES = (
    _Spec("canale_contatto", "Canale del primo contatto", so.CONTACT_CHANNELS),
    _Spec("aiuto_prima", "Aiuto chiesto prima del centro", so.HELP_BEFORE, True),
    _Spec("autore_sesso", "Autore della violenza: sesso", so.PERPETRATOR_SEX),
    _Spec("autore_eta", "Autore della violenza: classe di età", so.PERPETRATOR_AGE_BANDS),
    _Spec("autore_cittadinanza", "Autore della violenza: cittadinanza", so.PERPETRATOR_CITIZENSHIP),
    _Spec("autore_relazione", "Autore della violenza: relazione", opt.PERPETRATOR_RELATIONSHIP),
    _Spec("autore_precedenti", "Autore: denunce o misure precedenti", so.PERPETRATOR_RECORD, True),
    _Spec("esiti", "Esiti del percorso", so.PATH_OUTCOMES, True),
)
TABLE_KEYS = (*(spec.key for spec in _WOMEN_TABLES), "servizi_prestazioni", "servizi_donne")


def check_period(since: date, until: date) -> None:
    """Errors: TablePeriodReversed (field "since")."""
    if since > until:
        raise TablePeriodReversed(
            field="since", since=since.strftime("%d/%m/%Y"), until=until.strftime("%d/%m/%Y")
        )


def check_whole_months(since: date, until: date) -> None:
    """The capofila's period: whole months, since its rows carry months. Errors:
    PeriodNotWholeMonths (field "since" or "until")."""
    if since.day != 1:
        raise PeriodNotWholeMonths(field="since")
    if (until + timedelta(days=1)).day != 1:
        raise PeriodNotWholeMonths(field="until")


def statutory_tables(cases: Iterable[TableCase], since: date, until: date) -> list[CountTable]:
    """Every table of the period, in `TABLE_KEYS` order. Errors: TablePeriodReversed."""
    check_period(since, until)
    every = list(cases)
    referred = [case for case in every if since <= case.referral <= until]
    tables = [_women_table(spec, referred) for spec in _WOMEN_TABLES]
    return [*tables, *_services_tables(every, since, until)]


def _answers(spec: _Spec, case: TableCase) -> frozenset[str]:
    if spec.key == "autore_relazione":
        value: object = case.relationship
    else:
        value = getattr(case.facts, _FACT_OF[spec.key])
    if isinstance(value, frozenset):
        return value or frozenset({BLANK})
    return frozenset({value if isinstance(value, str) else BLANK})


_FACT_OF = {
    "canale_contatto": "contact_channel",
    "aiuto_prima": "help_before",
    "autore_sesso": "perpetrator_sex",
    "autore_eta": "perpetrator_age_band",
    "autore_cittadinanza": "perpetrator_citizenship",
    "autore_precedenti": "perpetrator_record",
    "esiti": "outcomes",
}


def _women_table(spec: _Spec, cases: Sequence[TableCase]) -> CountTable:
    counts = Counter(code for case in cases for code in _answers(spec, case))
    return CountTable(
        spec.key,
        spec.title,
        WOMEN,
        _rows(spec.options, counts),
        len(cases),
        adds_up=not spec.multiple,
    )


def _rows(options: tuple[Option, ...], counts: Counter[str]) -> tuple[tuple[str, str, int], ...]:
    """One row per option, then «non rilevato»; a code outside the list (a newer program's)
    is counted under «non rilevato» rather than dropped, so the rows still add up."""
    known = {option.code for option in options}
    unknown = sum(count for code, count in counts.items() if code not in known and code != BLANK)
    rows = [(o.code, o.label, counts[o.code]) for o in options]
    return (*rows, (BLANK, so.NOT_COLLECTED, counts[BLANK] + unknown))


def _services_tables(cases: Sequence[TableCase], since: date, until: date) -> list[CountTable]:
    given = Counter[str]()
    women = Counter[str]()
    served = 0
    for case in cases:
        kinds = [s.kind for s in case.facts.services if s.day and since <= s.day <= until]
        given.update(kind for kind in kinds if kind)
        women.update({kind for kind in kinds if kind})
        served += bool(kinds)
    known = [(o.code, o.label) for o in so.SERVICE_KINDS]
    return [
        CountTable(
            "servizi_prestazioni",
            "Servizi erogati dal centro: prestazioni",
            SERVICES,
            tuple((code, label, given[code]) for code, label in known),
            sum(given[code] for code, _ in known),
            adds_up=True,
        ),
        CountTable(
            "servizi_donne",
            "Servizi erogati dal centro: donne che li hanno ricevuti",
            WOMEN,
            tuple((code, label, women[code]) for code, label in known),
            served,
            adds_up=False,
        ),
    ]
