"""The demo store's network and training registers, so line 1's growth target has figures.

The card promises to enlarge the territorial network by 10 % (target `network_growth`); the
baseline is the network at the end of the card's month (`domain.exchange.province_registers`).
So the demo has organisations that were members before then — the bodies the card's équipes
and Cabina di regia already gathered (CAV, social services, the CPI, ATS and ASST, police, a
shelter, a cooperative, which later leaves) — and the card's target bodies that joined
afterwards (Camera di Commercio, Servimpresa, an employers' association, an accredited
operator, Aler): ten at the baseline, fourteen now, 40 % growth. Two training sessions of
action 3.4, inside its months on the card (Dec 2018 – Mar 2019, so the demo's calendar has no
warning that real data would not have), count participants of old and new kinds alike.
Everything goes through the coordinator's services, so every row passed their checks and is
audited.
Organisations are never people; private bodies carry invented names.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.funds.network_training import MemberEntry, TrainingEntry
from antiviolenza_desktop.services import network_members, training
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

BASELINE_MEMBERS: tuple[tuple[str, str, date], ...] = (
    ("Centro antiviolenza AIDA", "cav", date(2012, 3, 8)),
    ("Centro antiviolenza MIA", "cav", date(2014, 11, 25)),
    ("Comune di Cremona - Servizi sociali", "servizi_sociali", date(2012, 3, 8)),
    ("Azienda Sociale del Cremonese", "servizi_sociali", date(2013, 5, 20)),
    ("Centro per l'Impiego di Cremona", "centro_impiego", date(2015, 6, 15)),
    ("ATS della Val Padana", "ats_asst", date(2016, 1, 18)),
    ("ASST di Cremona", "ats_asst", date(2016, 1, 18)),
    ("Questura di Cremona", "forze_ordine", date(2014, 3, 3)),
    ("Casa rifugio Esempio", "casa_alloggi", date(2016, 9, 12)),
    ("Cooperativa sociale Esempio", "terzo_settore", date(2017, 4, 10)),
)
"""Members before the end of the card's month (01/2018): the growth's baseline."""

JOINED_DURING: tuple[tuple[str, str, date], ...] = (
    ("Camera di Commercio di Cremona", "camera_commercio", date(2018, 4, 16)),
    ("Servimpresa", "servimpresa", date(2018, 4, 16)),
    ("Associazione datoriale Esempio", "associazione_datoriale", date(2018, 6, 5)),
    ("Agenzia per il lavoro Esempio (accreditata)", "operatore_accreditato", date(2018, 9, 24)),
    ("Aler Brescia-Cremona-Mantova", "aler", date(2018, 11, 12)),
)
"""The card's target bodies, joined after its month."""

LEAVING = ("Cooperativa sociale Esempio", date(2019, 2, 28))

SESSIONS: tuple[tuple[date, str, int, dict[str, int]], ...] = (
    (
        date(2019, 1, 17),
        "Modulo 1: il fenomeno e le misure di protezione",
        180,
        {"cav": 4, "servizi_sociali": 5, "centro_impiego": 2, "ats_asst": 3},
    ),
    (
        date(2019, 2, 21),
        "Modulo 2: percorsi di inserimento lavorativo",
        240,
        {
            "cav": 3,
            "centro_impiego": 2,
            "operatore_accreditato": 3,
            "associazione_datoriale": 2,
            "camera_commercio": 1,
            "servimpresa": 1,
        },
    ),
)
"""(day, topic, minutes, participants per kind of body)."""


def add_network_activity(opened: OpenStore, *, today: date) -> int:
    """Fill the network and training registers in one transaction; returns the members added."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        rows = {}
        for name, kind, joined in BASELINE_MEMBERS + JOINED_DURING:
            entry = MemberEntry(name, kind, joined)
            rows[name] = network_members.add_member(uow, entry=entry, today=today)
        name, left_on = LEAVING
        network_members.record_leaving(uow, row_id=rows[name], left_on=left_on, today=today)
        for day, topic, minutes, participants in SESSIONS:
            session = TrainingEntry(day, topic, minutes, participants)
            training.record_training(uow, entry=session, today=today)
    return len(rows)
