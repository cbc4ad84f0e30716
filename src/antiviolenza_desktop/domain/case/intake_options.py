"""The closed vocabularies of the referral form (scheda di segnalazione), as data.

Each vocabulary is a tuple of `Option(code, label)`. The code is English snake_case and is
what the database stores, so it never changes once released; the label is the Italian text
the form shows and may be reworded freely. The categories follow what Lombardy's O.R.A. and
ISTAT's survey of the CAV collect (see the domain brief), so that their reports are queries
over these codes instead of a second round of data entry. Order matters: combo boxes show
options in tuple order, and INCOME_BANDS and STAGES are ordered on purpose.
"""

from __future__ import annotations

from typing import NamedTuple


class Option(NamedTuple):
    """One choice of a closed list: the stored code and the Italian label shown for it."""

    code: str
    label: str


STAGES: tuple[Option, ...] = (
    Option("contact", "primo contatto"),
    Option("reception", "colloquio di accoglienza"),
    Option("taken_in_charge", "presa in carico"),
    Option("concluded", "percorso concluso"),
    Option("dropped_out", "percorso interrotto"),
)

CITIZENSHIP: tuple[Option, ...] = (
    Option("italian", "italiana"),
    Option("eu", "di un altro paese dell'Unione europea"),
    Option("non_eu", "di un paese fuori dall'Unione europea"),
)

MARITAL_STATUS: tuple[Option, ...] = (
    Option("single", "nubile"),
    Option("married", "coniugata"),
    Option("cohabiting", "convivente"),
    Option("civil_union", "unita civilmente"),
    Option("separated", "separata"),
    Option("divorced", "divorziata"),
    Option("widowed", "vedova"),
)

EMPLOYMENT: tuple[Option, ...] = (
    Option("employed", "occupata"),
    Option("unemployed", "disoccupata"),
    Option("never_employed", "inoccupata (mai occupata)"),
)

INCOME_BANDS: tuple[Option, ...] = (
    Option("none", "nessun reddito"),
    Option("up_to_6000", "fino a € 6.000"),
    Option("6000_12000", "oltre € 6.000 e fino a € 12.000"),
    Option("12000_20000", "oltre € 12.000 e fino a € 20.000"),
    Option("over_20000", "oltre € 20.000"),
)
"""Annual household income, from the most to the least disadvantaged (the priority order)."""

HOUSING: tuple[Option, ...] = (
    Option("own_home", "casa di proprietà"),
    Option("rented", "casa in affitto"),
    Option("relatives_or_friends", "ospite di parenti o amici"),
    Option("shelter", "in casa rifugio o struttura di accoglienza"),
    Option("no_home", "senza casa"),
    Option("home_unusable", "abitazione non più utilizzabile (violenza, sicurezza)"),
)

SHELTER: tuple[Option, ...] = (
    Option("none", "no"),
    Option("casa_rifugio", "casa rifugio"),
    Option("struttura_accoglienza", "struttura di accoglienza"),
)

VIOLENCE_TYPES: tuple[Option, ...] = (
    Option("physical", "fisica"),
    Option("psychological", "psicologica"),
    Option("economic", "economica"),
    Option("sexual", "sessuale"),
    Option("stalking", "atti persecutori (stalking)"),
    Option("threats", "minacce"),
)

PERPETRATOR_RELATIONSHIP: tuple[Option, ...] = (
    Option("husband_or_cohabitant", "marito o convivente"),
    Option("ex_husband_or_cohabitant", "ex marito o ex convivente"),
    Option("boyfriend", "fidanzato"),
    Option("ex_boyfriend", "ex fidanzato"),
    Option("relative", "parente"),
    Option("acquaintance_or_colleague", "conoscente o collega"),
    Option("stranger", "sconosciuto"),
)

SENT_BY: tuple[Option, ...] = (
    Option("herself", "di sua iniziativa"),
    Option("relatives_friends", "parenti o amici"),
    Option("police", "forze dell'ordine"),
    Option("social_services", "servizi sociali"),
    Option("health_services", "servizi sanitari (pronto soccorso, consultorio…)"),
    Option("other", "altro"),
)

CONTACT_REASONS: tuple[Option, ...] = (
    Option("information", "informazioni"),
    Option("listening", "ascolto"),
    Option("legal_information", "informazioni legali"),
    Option("psychological_support", "sostegno psicologico"),
    Option("shelter", "ospitalità in casa rifugio"),
    Option("health", "salute"),
    Option("emergency", "emergenza"),
)

COMPLAINT: tuple[Option, ...] = (
    Option("none", "nessuna denuncia"),
    Option("filed", "denuncia presentata"),
    Option("withdrawn", "denuncia ritirata"),
)

LINES: tuple[Option, ...] = (
    Option("work", "inserimento lavorativo"),
    Option("housing", "autonomia abitativa"),
)


def codes(options: tuple[Option, ...]) -> tuple[str, ...]:
    """The stored codes of a vocabulary, in display order."""
    return tuple(option.code for option in options)


def label_of(options: tuple[Option, ...], code: str) -> str:
    """The Italian label of `code`; KeyError when the code is not in the vocabulary.

    Failing loudly is deliberate: a stored code missing from its list means the database and
    the program disagree, and showing a blank would hide it.
    """
    for option in options:
        if option.code == code:
            return option.label
    raise KeyError(code)
