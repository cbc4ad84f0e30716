"""The role checks every service makes: a permission of the matrix, and the case scope.

`require` refuses an action the acting role does not hold (`domain.access.permissions`), with
the action's words in the refusal. The case scope is the second half: a CAV worker reads and
writes only the cases her CAV referred (`cases.referring_cav`), every other role with
CASE_READ all the cases of the store. Each read path of cases goes through one of three gates:

- `require_case` for one case by id (open, history, assessment, project, consents, prints):
  a case outside her scope is refused with `CaseOutsideScope`, nothing read;
- `scoped` for a query of case ids or rows (the case list, its search, «Da fare», exports):
  the rows outside her scope are never selected;
- `require_referring_cav` for what she writes: a referral she records or edits names her CAV.

The refusals are raised before anything is written, inside the caller's unit of work, so a
refusal leaves the store as it was.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, false, select, true

from antiviolenza_desktop.domain.access.permissions import (
    PERMISSION_LABELS,
    ROLE_CAV,
    Permission,
    may,
)
from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.store.schema import Case


class CaseNotFound(AppError):
    code = "scheda_inesistente"
    template = "La scheda richiesta non esiste (più) in questo archivio."


class CaseOutsideScope(AppError):
    """A CAV worker asked for a case another CAV referred (or named another CAV on hers)."""

    code = "caso_di_altro_cav"
    template = (
        "Questo caso è di un altro CAV: un'operatrice CAV vede e scrive solo i casi "
        "segnalati dal proprio CAV."
    )


def require(uow: UnitOfWork, permission: Permission) -> None:
    """Refuse with PermissionDenied when the acting role does not hold `permission`."""
    require_actor(uow.actor, permission)


def require_actor(actor: Actor, permission: Permission) -> None:
    """`require` for a caller that holds no unit of work yet (a list's id query)."""
    if not may(actor.role, permission):
        raise PermissionDenied(action=PERMISSION_LABELS[permission])


def in_scope(actor: Actor, referring_cav: str | None) -> bool:
    """Whether a case referred by `referring_cav` is within what this actor may read."""
    if actor.role != ROLE_CAV:
        return True
    return actor.cav is not None and referring_cav == actor.cav


def require_case_access(uow: UnitOfWork, case: Case) -> None:
    """Refuse a case outside the actor's scope (CaseOutsideScope)."""
    if not in_scope(uow.actor, case.referring_cav):
        raise CaseOutsideScope(field="case")


def require_case(
    uow: UnitOfWork, case_id: int, permission: Permission = Permission.CASE_READ
) -> Case:
    """The case `case_id`, once the role holds `permission` and the case is in her scope.
    Errors: PermissionDenied, CaseNotFound, CaseOutsideScope."""
    require(uow, permission)
    if permission is not Permission.CASE_READ:
        require(uow, Permission.CASE_READ)
    case = uow.session.get(Case, case_id)
    if case is None:
        raise CaseNotFound
    require_case_access(uow, case)
    return case


def require_referring_cav(uow: UnitOfWork, referring_cav: str | None) -> None:
    """A CAV worker records referrals of her own CAV only (CaseOutsideScope otherwise)."""
    if not in_scope(uow.actor, referring_cav):
        raise CaseOutsideScope(field="referring_cav")


def case_scope(actor: Actor) -> ColumnElement[bool]:
    """The condition on `cases` of the cases the actor may read: all of them, her CAV's (a
    CAV worker), or none (a role without CASE_READ)."""
    if not may(actor.role, Permission.CASE_READ):
        return false()
    if actor.role != ROLE_CAV:
        return true()
    if actor.cav is None:
        return false()
    return Case.referring_cav == actor.cav


def scoped(statement: Select[Any], actor: Actor) -> Select[Any]:
    """`statement` (a select over `cases`) narrowed to the cases the actor may read."""
    return statement.where(case_scope(actor))


def case_ids_in_scope(uow: UnitOfWork) -> set[int] | None:
    """The ids of the cases the actor may read, or None when she may read them all (so
    callers filter only for a CAV worker or a role without cases)."""
    if actor_sees_all_cases(uow.actor):
        return None
    return set(uow.session.scalars(scoped(select(Case.id), uow.actor)))


def actor_sees_all_cases(actor: Actor) -> bool:
    return actor.role != ROLE_CAV and may(actor.role, Permission.CASE_READ)
