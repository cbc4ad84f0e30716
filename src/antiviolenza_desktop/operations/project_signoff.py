"""Signing an act of the project, and reading its sign-offs: the one door of GUI and CLI.

The «Firme dell'équipe» box of the project tab and `antiviolenza casi firma` both come here.
A signature is one transaction (`services.project_signing.sign`): the password proven against
the signer's own key slot, then the row and its audit entry; a refusal writes nothing. The
signature is on the revision as stored, so the GUI saves an edited draft before asking for
signatures (a change saved after a signature makes that signature stale:
`domain.project.signoff`).
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.project.revisions import ProjectRevision
from antiviolenza_desktop.domain.project.signoff import SignOff
from antiviolenza_desktop.services import erasure, project_signing, projects, signoffs
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def sign(opened: OpenStore, case_id: int, act: str, login: str, password: str) -> SignOff:
    """`login` signs `act` with her own password. Errors: `project_signing.sign`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return project_signing.sign(uow, case_id=case_id, act=act, login=login, password=password)


@dataclass(frozen=True)
class SignedProject:
    """A case's project as the CLI shows its signatures: the case code, the revisions and
    the sign-offs that still stand, oldest first."""

    case_id: int
    code: str
    revisions: tuple[ProjectRevision, ...]
    signoffs: tuple[SignOff, ...]


def sign_by_code(opened: OpenStore, code: str, act: str, login: str, password: str) -> SignOff:
    """`sign` for the case named by its code. Errors: CaseNotFound, and `sign`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
    return sign(opened, case_id, act, login, password)


def read_signoffs_by_code(opened: OpenStore, code: str) -> SignedProject:
    """Her project's revisions and standing sign-offs, by case code. No woman's data is read
    (codes, numbers, équipe members' names), so no reading is audited. Errors: CaseNotFound."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
        revisions = projects.revisions_of(uow, case_id=case_id)
        standing = signoffs.standing_of(uow, case_id=case_id, revisions=revisions)
    return SignedProject(case_id, code.upper(), tuple(revisions), tuple(standing))
