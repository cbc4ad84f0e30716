"""The two registers behind the bundle's training and network figures, and their rules.

Training (action 3.4, «formazione alle équipe multidisciplinari»): each session has a date,
the action it belongs to, a topic that stays in the store (it is typed text: it may name a
trainer or a case, so it never enters a bundle), its length in minutes and how many people
of each kind of body took part — counts only, no names.

Network (line 1 promises to «ampliare la Rete territoriale anti violenza del 10%»): each
member is an organisation (never a person) of one kind, with the day it joined and, once it
leaves, the day it left. The bundle carries counts per kind only.

Both registers are append-only like the ledger and the hours register: a wrong row is
cancelled by a reversing row that points at it. The one later change a member row accepts
is its leaving day, written once (a trigger refuses any other UPDATE).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.programme.model import Programme

TRAINING_ACTION = "3.4"
MAX_TEXT = 200
MAX_SESSION_MINUTES = 24 * 60
MAX_PARTICIPANTS_PER_KIND = 1000
EARLIEST = date(2000, 1, 1)

BODY_KINDS: tuple[tuple[str, str], ...] = (
    ("cav", "Centro antiviolenza"),
    ("servizi_sociali", "Servizi sociali"),
    ("centro_impiego", "Centro per l'impiego"),
    ("ente_formazione", "Ente di formazione"),
    ("operatore_accreditato", "Operatore accreditato lavoro e formazione"),
    ("casa_alloggi", "Casa rifugio o alloggi"),
    ("aler", "Aler"),
    ("terzo_settore", "Terzo settore"),
    ("forze_ordine", "Forze dell'ordine"),
    ("ats_asst", "ATS / ASST"),
    ("sanita", "Sanità (altri enti)"),
    ("associazione_datoriale", "Associazione datoriale"),
    ("camera_commercio", "Camera di Commercio"),
    ("servimpresa", "Servimpresa"),
    ("altro", "Altro"),
)
"""The kinds of body of the network and of training participants (code, Italian label).

Six kinds came with payload schema version 3: the bodies the card's «Soggetti coinvolti» name
as those whose joining enlarges the network (line 1: «i servizi accreditati al sistema
regionale formazione e lavoro, le associazioni datoriali, la Camera di Commercio,
Servimpresa»; line 2: Aler) and ATS/ASST, which the card names in every équipe and in the
Cabina di regia. `sanita` stays for the other health bodies (a consultorio, a hospital outside
ATS/ASST) and keeps the rows written before: no code is ever removed or renamed, since stored
rows and kept snapshots carry codes."""

KINDS_BEFORE_3: tuple[str, ...] = (
    *("cav", "servizi_sociali", "centro_impiego", "ente_formazione", "casa_alloggi"),
    *("terzo_settore", "forze_ordine", "sanita", "altro"),
)
"""The kinds of payload schema versions 1 and 2 (`domain.payload.kinds_upgrade` fills zero
counts for the others when it upgrades a version-2 payload)."""

KIND_CODES: tuple[str, ...] = tuple(code for code, _ in BODY_KINDS)
KIND_LABELS: dict[str, str] = dict(BODY_KINDS)


@dataclass(frozen=True, slots=True)
class TrainingEntry:
    """One training session as typed; `participants` maps a body kind to a head count."""

    on: date
    topic: str
    minutes: int
    participants: Mapping[str, int] = field(default_factory=dict)
    action_code: str = TRAINING_ACTION

    @property
    def total_participants(self) -> int:
        return sum(self.participants.values())


@dataclass(frozen=True, slots=True)
class MemberEntry:
    """One organisation joining the network."""

    name: str
    kind: str
    joined_on: date


class TrainingTextRequired(AppError):
    code = "testo_obbligatorio"
    template = "Scrivi {what} (al massimo {most} caratteri)."


class UnknownBodyKind(AppError):
    code = "tipo_ente_sconosciuto"
    template = "Il tipo di ente «{kind}» non è previsto: scegli tra {known}."


class TrainingActionUnknown(AppError):
    code = "azione_sconosciuta"
    template = "L'azione «{action}» non è nel programma: scegli tra {known}."


class DateInFuture(AppError):
    code = "data_futura"
    template = "{what} ({day}) è nel futuro: si registrano solo fatti già avvenuti."


class DateTooOld(AppError):
    code = "data_troppo_vecchia"
    template = "{what} ({day}) è precedente al {earliest}: controlla l'anno."


class SessionLengthOutOfRange(AppError):
    code = "durata_non_valida"
    template = (
        "La durata della sessione deve essere più di zero e al massimo {most} minuti "
        "(scritti: {minutes})."
    )


class ParticipantsOutOfRange(AppError):
    code = "partecipanti_non_validi"
    template = "I partecipanti di «{kind}» devono essere tra 0 e {most} (scritti: {count})."


class NoParticipants(AppError):
    code = "nessun_partecipante"
    template = "Una sessione di formazione ha almeno un partecipante: scrivi quanti per ente."


class LeftBeforeJoining(AppError):
    code = "uscita_prima_dell_adesione"
    template = "L'uscita dalla rete ({left}) non può precedere l'adesione ({joined})."


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def _text(field_name: str, value: str, what: str) -> None:
    if not value.strip() or len(value.strip()) > MAX_TEXT:
        raise TrainingTextRequired(field_name, what=what, most=MAX_TEXT)


def check_day(field_name: str, what: str, value: date, *, today: date) -> None:
    """Refuse a day in the future or before 2000 (a typo in the year)."""
    if value > today:
        raise DateInFuture(field_name, what=what, day=_day(value))
    if value < EARLIEST:
        raise DateTooOld(field_name, what=what, day=_day(value), earliest=_day(EARLIEST))


def check_kind(field_name: str, kind: str) -> None:
    if kind not in KIND_LABELS:
        raise UnknownBodyKind(field_name, kind=kind[:40], known=", ".join(KIND_CODES))


def check_training(entry: TrainingEntry, programme: Programme, *, today: date) -> None:
    """Raise the refusal of the first thing wrong with a training session."""
    check_day("on", "La data della sessione", entry.on, today=today)
    known = [action.code for action in programme.actions]
    if entry.action_code not in known:
        raise TrainingActionUnknown(
            "action_code", action=entry.action_code[:40], known=", ".join(known)
        )
    _text("topic", entry.topic, "l'argomento o il codice della sessione")
    if not 0 < entry.minutes <= MAX_SESSION_MINUTES:
        raise SessionLengthOutOfRange(
            "minutes", most=MAX_SESSION_MINUTES, minutes=max(entry.minutes, 0)
        )
    for kind, count in entry.participants.items():
        check_kind("participants", kind)
        if not 0 <= count <= MAX_PARTICIPANTS_PER_KIND:
            raise ParticipantsOutOfRange(
                "participants", kind=KIND_LABELS[kind], most=MAX_PARTICIPANTS_PER_KIND, count=count
            )
    if entry.total_participants == 0:
        raise NoParticipants("participants")


def check_member(entry: MemberEntry, *, today: date) -> None:
    """Raise the refusal of the first thing wrong with a new network member."""
    _text("name", entry.name, "il nome dell'organizzazione")
    check_kind("kind", entry.kind)
    check_day("joined_on", "La data di adesione", entry.joined_on, today=today)


def check_leaving(joined_on: date, left_on: date, *, today: date) -> None:
    """Raise the refusal of a leaving day in the future or before the joining day."""
    check_day("left_on", "La data di uscita", left_on, today=today)
    if left_on < joined_on:
        raise LeftBeforeJoining("left_on", left=_day(left_on), joined=_day(joined_on))


def participants_in_order(participants: Mapping[str, int]) -> dict[str, int]:
    """Every kind of body, in vocabulary order, with its count (0 when absent)."""
    return {kind: int(participants.get(kind, 0)) for kind in KIND_CODES}
