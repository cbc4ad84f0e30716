"""Who may do what: the one matrix of roles and permissions every service and the GUI read.

Four roles work in the network's stores:

- `coordinator`, «Coordinatrice d'Ambito»: everything, funds, users, the exchange and the
  approvals included. On the capofila's store the same role is the capofila's coordinator
  (merges, decisions on the Ambiti's periods, the Region's report): what differs there is the
  store, and the services that only a capofila does check the store's role themselves;
- `operator`, «Membro dell'équipe»: the case work of the Ambito's équipe (referral, consents,
  referrals, assessment, project, monitoring, sign-off, «Da fare») on every case of the
  Ambito, and the read-only fund and network views; never funds writes, users, the exchange or
  the approvals;
- `cav`, «Operatrice CAV»: a worker of one CAV (her CAV code is on her user row). She records
  referrals and consents and refers women onwards, and reads only the cases her CAV referred
  (`services.authorization.case_scope`); no assessment, project, funds or network;
- `provincia`, «Provincia / CPI», on the capofila's store only: the Provincia's register and
  the CPI hours (`services.provincia`), and the provincial view of the network, which holds
  no identity. No case.

A session opened with the recovery key, or a maintenance job, acts with a role outside this
table and so holds no permission: it may change the password, nothing more.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import StrEnum

from antiviolenza_desktop.domain.errors import InvalidInput

ROLE_COORDINATOR = "coordinator"
ROLE_OPERATOR = "operator"
ROLE_CAV = "cav"
ROLE_PROVINCIA = "provincia"
ROLES = (ROLE_COORDINATOR, ROLE_OPERATOR, ROLE_CAV, ROLE_PROVINCIA)

ROLE_LABELS: Mapping[str, str] = {
    ROLE_COORDINATOR: "Coordinatrice d'Ambito",
    ROLE_OPERATOR: "Membro dell'équipe",
    ROLE_CAV: "Operatrice CAV",
    ROLE_PROVINCIA: "Provincia / CPI",
}
"""Italian labels (the GUI translates them in the context `roles`, the CLI prints them)."""


class Permission(StrEnum):
    """One thing a service does that not every role may do; the value is its code."""

    CASE_READ = "case_read"
    INTAKE = "intake"
    CONSENTS = "consents"
    REFERRALS = "referrals"
    ASSESSMENT = "assessment"
    PROJECT = "project"
    PROJECT_SIGNOFF = "project_signoff"
    MONITORING = "monitoring"
    WAITING_LIST = "waiting_list"
    TASKS = "tasks"
    TASK_SETTINGS = "task_settings"
    STATUTORY_TABLES = "statutory_tables"
    TRANSFER = "transfer"
    FUNDS_READ = "funds_read"
    FUNDS = "funds"
    NETWORK_READ = "network_read"
    EXCHANGE = "exchange"
    APPROVALS = "approvals"
    PROVINCIA_REGISTER = "provincia_register"
    USERS = "users"
    ERASURE = "erasure"
    AUDIT = "audit"
    BACKUPS = "backups"


PERMISSION_LABELS: Mapping[Permission, str] = {
    Permission.CASE_READ: "aprire, cercare e stampare i casi",
    Permission.INTAKE: "registrare e modificare le segnalazioni",
    Permission.CONSENTS: "registrare e revocare i consensi",
    Permission.REFERRALS: "inviare una donna a un altro servizio",
    Permission.ASSESSMENT: "registrare la valutazione del caso",
    Permission.PROJECT: "scrivere, validare e chiudere il progetto",
    Permission.PROJECT_SIGNOFF: "approvare il progetto con la propria password",
    Permission.MONITORING: "registrare il monitoraggio del progetto",
    Permission.WAITING_LIST: "vedere la lista d'attesa",
    Permission.TASKS: "vedere le cose da fare",
    Permission.TASK_SETTINGS: "impostare le soglie dei promemoria",
    Permission.STATUTORY_TABLES: "esportare le tabelle O.R.A./ISTAT",
    Permission.TRANSFER: "trasferire un caso a un altro Ambito",
    Permission.FUNDS_READ: "vedere i fondi",
    Permission.FUNDS: "registrare impegni, erogazioni, ore e impostazioni dei fondi",
    Permission.NETWORK_READ: "vedere la rete e il quadro provinciale",
    Permission.EXCHANGE: "gestire chiavi, iscrizioni e pacchetti di scambio",
    Permission.APPROVALS: "sottomettere e decidere i periodi",
    Permission.PROVINCIA_REGISTER: "registrare impegni, pagamenti e ore CPI della Provincia",
    Permission.USERS: "gestire gli utenti e la chiave dell'archivio",
    Permission.ERASURE: "eliminare i dati personali e impostare la conservazione",
    Permission.AUDIT: "vedere il registro delle operazioni",
    Permission.BACKUPS: "eliminare le copie di sicurezza e vedere quelle su altri supporti",
}
"""What each permission lets her do, in the words of a refusal (PermissionDenied's action)."""

_CASE_WORK = frozenset(
    {Permission.CASE_READ, Permission.INTAKE, Permission.CONSENTS, Permission.REFERRALS}
)
_EQUIPE = _CASE_WORK | {
    Permission.ASSESSMENT,
    Permission.PROJECT,
    Permission.PROJECT_SIGNOFF,
    Permission.MONITORING,
    Permission.WAITING_LIST,
    Permission.TASKS,
    Permission.STATUTORY_TABLES,
    Permission.FUNDS_READ,
    Permission.NETWORK_READ,
}

ROLE_PERMISSIONS: Mapping[str, frozenset[Permission]] = {
    ROLE_COORDINATOR: frozenset(Permission),
    ROLE_OPERATOR: _EQUIPE,
    ROLE_CAV: _CASE_WORK | {Permission.TASKS},
    ROLE_PROVINCIA: frozenset({Permission.PROVINCIA_REGISTER, Permission.NETWORK_READ}),
}


def permissions_of(role: str) -> frozenset[Permission]:
    """What `role` may do; nothing for a role outside the table (recovery key, maintenance)."""
    return ROLE_PERMISSIONS.get(role, frozenset())


def may(role: str, permission: Permission) -> bool:
    return permission in permissions_of(role)


AMBITO_STORE = "ambito"
CAPOFILA_STORE = "capofila"
REGION_STORE = "regione"

STORE_ROLES: Mapping[str, tuple[str, ...]] = {
    AMBITO_STORE: (ROLE_COORDINATOR, ROLE_OPERATOR, ROLE_CAV),
    CAPOFILA_STORE: (ROLE_COORDINATOR, ROLE_OPERATOR, ROLE_PROVINCIA),
    REGION_STORE: (ROLE_COORDINATOR, ROLE_OPERATOR),
}
"""The roles a store of each kind gives: CAV workers work on an Ambito's cases, the Provincia
on the capofila's register."""


def store_kind(store_code: str) -> str:
    """The kind of store of an `ambito` meta value: the capofila, the Region or an Ambito."""
    if store_code in (CAPOFILA_STORE, REGION_STORE):
        return store_code
    return AMBITO_STORE


class RoleUnknown(InvalidInput):
    code = "ruolo_sconosciuto"
    template = "Ruolo sconosciuto: {role}."


class RoleNotForStore(InvalidInput):
    """A Provincia user on an Ambito's store, a CAV worker on the capofila's: the role would
    give nothing there, or what the store must not give."""

    code = "ruolo_non_previsto_qui"
    template = "Il ruolo «{role}» non è previsto in questo archivio (ruoli possibili: {roles})."


class CavMissing(InvalidInput):
    code = "cav_utente_mancante"
    template = "Scegli il CAV dell'operatrice CAV."


class CavUnknown(InvalidInput):
    code = "cav_utente_sconosciuto"
    template = "CAV sconosciuto: {cav} (CAV del programma: {known})."


class CavNotForRole(InvalidInput):
    code = "cav_solo_per_operatrice_cav"
    template = "Il CAV si indica solo per il ruolo «Operatrice CAV»."


def check_role_for_store(
    role: str, cav: str | None, *, store_code: str, cav_codes: Collection[str]
) -> tuple[str, str | None]:
    """The role and CAV code of a user of this store, checked; InvalidInput with the reason.

    `cav_codes` are the CAV of the programme (those the referral form accepts)."""
    if role not in ROLES:
        raise RoleUnknown(field="role", role=role)
    allowed = STORE_ROLES[store_kind(store_code)]
    if role not in allowed:
        names = ", ".join(ROLE_LABELS[r] for r in allowed)
        raise RoleNotForStore(field="role", role=ROLE_LABELS[role], roles=names)
    cleaned = (cav or "").strip().casefold() or None
    if role != ROLE_CAV:
        if cleaned is not None:
            raise CavNotForRole(field="cav")
        return role, None
    if cleaned is None:
        raise CavMissing(field="cav")
    if cleaned not in cav_codes:
        raise CavUnknown(field="cav", cav=cleaned, known=", ".join(sorted(cav_codes)))
    return role, cleaned
