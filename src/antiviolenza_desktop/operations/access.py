"""What the acting user may do, for the front ends: her permissions, the roles a colleague may
be given on this store, and the CAV a CAV worker can belong to.

The GUI hides what a role cannot do by reading the same matrix the services enforce
(`domain.access.permissions`); hiding is a courtesy, the services' refusals are the rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.access.permissions import (
    STORE_ROLES,
    Permission,
    permissions_of,
    store_kind,
)
from antiviolenza_desktop.services.exchange_records import store_ambito_code
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CavChoice:
    code: str
    name: str


def my_permissions(opened: OpenStore) -> frozenset[Permission]:
    """The permissions of the user who unlocked the store (none for a recovery-key session)."""
    return permissions_of(opened.actor.role)


def store_role_choices(opened: OpenStore) -> tuple[str, ...]:
    """The role codes a user of this store may hold (`STORE_ROLES` for its kind)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = store_ambito_code(uow)
    return STORE_ROLES[store_kind(code)]


def cav_choices() -> tuple[CavChoice, ...]:
    """The CAV of the programme, the codes the referral form accepts."""
    return tuple(CavChoice(cav.code, cav.name) for cav in load_default_programme().cav)
