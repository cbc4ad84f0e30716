"""Who approves a Progetto personalizzato: sign-offs by signed-in équipe members.

The card of the programme (3.1, 4.2) says the équipe multidisciplinare validates the project
once its work and housing paths are defined; it does not say how many of its members. An act
of the project — its first validation (`validazione`), the validation of a later revision
(`revisione`) or its closure (`chiusura`) — therefore needs the sign-off of at least
`REQUIRED_SIGNERS` = 2 distinct équipe members: the équipe is by nature more than one service,
one person alone never decides for it, and two is what a small Ambito can always gather at one
desk. Each signer proves who she is with her own password (services.signoffs); a typed name
proves nothing.

A signature is on the exact content of one revision: `content_digest` of the revision's
canonical document. Changing the draft after a signature does not delete it (the register is
append-only) but makes it stale: it no longer counts, and the équipe signs the new content
again. For a closure the content signed is the revision in force, the one the closure closes.

Who may sign is `may_sign_off(role)`, the one place that answers it; a disabled user and the
same person twice are refused; the rows written before this register (typed names of the
projects validated earlier, `BEFORE_SIGNOFF`) are shown as they were and never count for a
new act.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from antiviolenza_desktop.domain.access.permissions import Permission, may
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project.revisions import (
    NotYetValidated,
    ProjectClosed,
    ProjectRevision,
    in_force,
    latest,
)

VALIDATION = "validazione"
REVISION = "revisione"
CLOSURE = "chiusura"
ACTS: tuple[tuple[str, str], ...] = (
    (VALIDATION, "validazione del progetto"),
    (REVISION, "validazione della revisione"),
    (CLOSURE, "chiusura del progetto"),
)
"""The acts that need sign-offs (code, Italian label)."""

REQUIRED_SIGNERS = 2
"""Distinct équipe members whose signatures an act needs (see the module docstring)."""

BY_PASSWORD = "password"  # noqa: S105 - the way a signature was given, not a secret
BEFORE_SIGNOFF = "before_signoff"
"""How a sign-off was given: with the signer's own password, or (`before_signoff`, written only
by migration 0018) as a name typed on a project validated before this register."""


def may_sign_off(role: str) -> bool:
    """Whether a user of `role` may sign a project's acts: équipe members (operators and the
    Ambito coordinator), not the roles that only take part in intake or referral: the roles
    holding `Permission.PROJECT_SIGNOFF` in the one matrix."""
    return may(role, Permission.PROJECT_SIGNOFF)


def act_label(act: str) -> str:
    return dict(ACTS).get(act, act)


def content_digest(document: str) -> str:
    """The fingerprint of a revision's canonical document (services.documents.to_document):
    a signature is on this content, and on nothing else."""
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SignOff:
    """One sign-off as recorded. `name` is the signer's display name (or the typed name of a
    `before_signoff` row, whose `user_id` and `digest` are None); `signed_at` is UTC, or None
    for a migrated row (then `signed_on_text` keeps the day of the validation)."""

    revision: int
    act: str
    user_id: int | None
    name: str
    signed_at: datetime | None
    digest: str | None
    way: str = BY_PASSWORD
    signed_on_text: str = ""


class ActNotPending(AppError):
    code = "atto_non_in_attesa"
    template = "Non c'è una {act} in attesa di firme per questo progetto."
    label_params: ClassVar[Mapping[str, str]] = {"act": "signoff_acts"}


class SignerNotAllowed(AppError):
    code = "firmataria_non_ammessa"
    template = (
        "L'utente «{user}» non può firmare gli atti del progetto: il suo ruolo non lo prevede."
    )


class SignerDisabled(AppError):
    code = "firmataria_disattivata"
    template = "L'utente «{user}» è disattivato: non può firmare."


class AlreadySigned(AppError):
    code = "firma_gia_presente"
    template = "L'utente «{user}» ha già firmato la {act} (revisione {number})."
    label_params: ClassVar[Mapping[str, str]] = {"act": "signoff_acts"}


class SignoffsMissing(AppError):
    code = "firme_mancanti"
    template = (
        "La {act} (revisione {number}) richiede la firma di {needed} componenti dell'équipe, "
        "ciascuna con la propria password; firme mancanti: {missing}."
    )
    label_params: ClassVar[Mapping[str, str]] = {"act": "signoff_acts"}


def target(act: str, revisions: Sequence[ProjectRevision]) -> ProjectRevision:
    """The revision `act` is about: the newest draft for a (revision) validation, the revision
    in force for a closure. ActNotPending when the project is not waiting for that act;
    ProjectClosed after a closure; NotYetValidated for a closure before any validation."""
    current, active = latest(revisions), in_force(revisions)
    if active is not None and active.status == "closed":
        raise ProjectClosed(number=active.number)
    if act == CLOSURE:
        if active is None:
            raise NotYetValidated(what="Chiudere il progetto")
        return active
    wanted = VALIDATION if active is None else REVISION
    if act != wanted or current is None or current.status != "draft":
        raise ActNotPending(field="act", act=act_label(act))
    return current


def counting(signoffs: Sequence[SignOff], *, act: str, revision: int, digest: str) -> list[SignOff]:
    """The signatures that count for `act` on `revision` with content `digest`, one per
    signer, oldest first."""
    seen: set[int] = set()
    valid = []
    for signoff in signoffs:
        fits = (signoff.act, signoff.revision, signoff.digest) == (act, revision, digest)
        if fits and signoff.way == BY_PASSWORD and signoff.user_id not in seen:
            seen.add(signoff.user_id)  # type: ignore[arg-type]
            valid.append(signoff)
    return valid


@dataclass(frozen=True)
class Signer:
    """The user who would sign, as the store knows her."""

    user_id: int
    login: str
    role: str
    active: bool


def check_signer(counted: Sequence[SignOff], signer: Signer, *, act: str, revision: int) -> None:
    """Refuse a disabled user, a role that may not sign, and a second signature by the same
    person on the same content."""
    if not signer.active:
        raise SignerDisabled(field="login", user=signer.login)
    if not may_sign_off(signer.role):
        raise SignerNotAllowed(field="login", user=signer.login)
    if any(signoff.user_id == signer.user_id for signoff in counted):
        raise AlreadySigned(field="login", user=signer.login, act=act_label(act), number=revision)


def require_signoffs(counted: Sequence[SignOff], *, act: str, revision: int) -> None:
    """SignoffsMissing until `counted` holds `REQUIRED_SIGNERS` distinct signers."""
    missing = REQUIRED_SIGNERS - len(counted)
    if missing > 0:
        raise SignoffsMissing(
            field="signoffs",
            act=act_label(act),
            number=revision,
            needed=REQUIRED_SIGNERS,
            missing=missing,
        )


def standing(signoffs: Sequence[SignOff], digests: Mapping[int, str]) -> list[SignOff]:
    """The sign-offs that still stand, oldest first: the typed names migrated as they were,
    and each signer's signature of an act on a revision whose content (`digests`, by revision
    number) is still the one she signed. A signature on content changed since is left out."""
    seen: set[tuple[str, int, int | None]] = set()
    kept = []
    for signoff in signoffs:
        if signoff.way == BEFORE_SIGNOFF:
            kept.append(signoff)
            continue
        key = (signoff.act, signoff.revision, signoff.user_id)
        if digests.get(signoff.revision) == signoff.digest and key not in seen:
            seen.add(key)
            kept.append(signoff)
    return kept
