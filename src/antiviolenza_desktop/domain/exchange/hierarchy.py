"""The exchange's levels, one above the other (DHIS2's org-unit hierarchy, in three rungs):

    Ambito  --snapshot bundle-->  capofila (the province)  --provincial bundle-->  Region

Each level keeps the newest bundle of each sender of the level below and computes its own
totals from them; a level never sees more than the one below chose to send: the capofila sees
pseudonyms and no names, the Region only totals and no pseudonyms. Both kinds of bundle use
the same container and the same checks (`exchange.bundle_container`); the kind is in the
visible header, so a bundle offered to the wrong level is refused before any password or key,
with its own message.

A store's role is its `ambito` meta value: an Ambito code, `capofila`, or `regione`.
"""

from __future__ import annotations

from enum import StrEnum

from antiviolenza_desktop.domain.errors import AppError

REGION_ROLE = "regione"
REGION_LABEL = "Regione Lombardia (archivio regionale)"

PROVINCE_NAMES = {
    "bergamo": "Bergamo",
    "brescia": "Brescia",
    "como": "Como",
    "cremona": "Cremona",
    "lecco": "Lecco",
    "lodi": "Lodi",
    "mantova": "Mantova",
    "milano": "Milano",
    "monza_brianza": "Monza e Brianza",
    "pavia": "Pavia",
    "sondrio": "Sondrio",
    "varese": "Varese",
}
"""Province code → its name, as the Region's dialogs offer it (proper names: not translated)."""

PROVINCES = tuple(PROVINCE_NAMES)
"""The provinces of the Regione Lombardia (whose d.g.r. funds the programme): the codes a
regional store enrols a capofila under, and the closed vocabulary of a provincial payload."""


class BundleKind(StrEnum):
    """What a bundle carries, and so which level may import it."""

    AMBITO = "ambito"
    """An Ambito's pseudonymised snapshot, for its capofila."""

    PROVINCE = "provincia"
    """A capofila's provincial totals (no pseudonyms), for the Region."""

    TRANSFER = "trasferimento"
    """One woman's whole record, from an Ambito to the Ambito she moved to (never through the
    capofila: sealed to the receiving Ambito's own key, docs/case-transfer.md)."""


class BundleForOtherLevel(AppError):
    """A bundle of the other kind: refused from its header, before any key or password."""

    code = "pacchetto_livello_diverso"
    template = "Il pacchetto non è destinato a questo archivio."


class AmbitoBundleAtRegion(BundleForOtherLevel):
    code = "pacchetto_ambito_alla_regione"
    template = (
        "Questo è il pacchetto di un Ambito, destinato alla sua capofila: l'archivio regionale "
        "importa solo i pacchetti provinciali che le capofila esportano per la Regione."
    )


class ProvincialBundleAtCapofila(BundleForOtherLevel):
    code = "pacchetto_provinciale_alla_capofila"
    template = (
        "Questo è un pacchetto provinciale, destinato all'archivio della Regione: la capofila "
        "importa solo i pacchetti degli Ambiti."
    )


class TransferFileAsBundle(BundleForOtherLevel):
    code = "pacchetto_caso_trasferito"
    template = (
        "Questo è il file di un caso trasferito da un Ambito a un altro: si apre solo "
        "nell'archivio dell'Ambito che lo riceve, con «Ricevi un caso trasferito…»."
    )


class BundleAsTransferFile(BundleForOtherLevel):
    code = "trasferimento_file_pacchetto"
    template = (
        "Questo è un pacchetto per la capofila o per la Regione, non il file di un caso "
        "trasferito: nulla è stato importato."
    )


def refuse_other_kind(found: BundleKind, expected: BundleKind) -> None:
    """Raise the refusal of a bundle of kind `found` offered where `expected` is imported."""
    if found == expected:
        return
    if found is BundleKind.TRANSFER:
        raise TransferFileAsBundle("kind")
    if expected is BundleKind.TRANSFER:
        raise BundleAsTransferFile("kind")
    if found is BundleKind.AMBITO:
        raise AmbitoBundleAtRegion("kind")
    raise ProvincialBundleAtCapofila("kind")


class UnknownProvince(AppError):
    code = "provincia_sconosciuta"
    template = "Provincia sconosciuta «{province}»: usa uno di {known}."


class NotRegionStore(AppError):
    code = "solo_regione"
    template = "Operazione riservata all'archivio della Regione ({action})."


class NotEnrolledInRegion(AppError):
    code = "capofila_non_iscritta_regione"
    template = (
        "Questa capofila non è ancora iscritta all'archivio della Regione: importa prima il file "
        "di iscrizione della Regione (antiviolenza province accept-region)."
    )


def check_province(province: str) -> str:
    """`province` if it is a code of PROVINCES. Errors: UnknownProvince."""
    if province not in PROVINCES:
        raise UnknownProvince("province", province=province, known=", ".join(PROVINCES))
    return province
