"""The life of a Progetto personalizzato: revisions, validation, monitoring and closure.

A project is a list of numbered revisions, oldest first, never rewritten. The newest revision is
either a `draft` (the working copy the équipe edits), `validated` (frozen: any change starts a
new draft revision numbered one higher, and the validated one stays in force until the new
one is validated), or `closed`. The revision "in force" is the newest validated or closed one:
it is what monitoring updates refer to and what closure closes.

Monitoring updates (CPI, housing provider, CAV, social services) report how each intervention
is going without touching the frozen revision: `intervention_statuses` overlays them on the
planned statuses. Closure records the outcomes, or why she dropped out. Each refusal is an
`AppError` subclass with a stable code and an Italian message with the dates involved.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from antiviolenza_desktop.domain.case.intake_options import Option, codes
from antiviolenza_desktop.domain.errors import AppError, InvalidInput
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.model import Caps, ProjectDraft, validate

RevisionStatus = Literal["draft", "validated", "closed"]


@dataclass(frozen=True, slots=True)
class ProjectRevision:
    """One revision of the project: its number (from 1), status and content."""

    number: int
    status: RevisionStatus
    draft: ProjectDraft
    validated_on: date | None = None


@dataclass(frozen=True, slots=True)
class MonitoringUpdate:
    """A periodic update to the équipe; `statuses` pairs an intervention index of the revision
    in force with its new status (services store the revision number alongside)."""

    on: date
    source: str
    note: str = ""
    statuses: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """A result of the project; `contract_type` is required for `employed`."""

    kind: str
    contract_type: str | None = None


@dataclass(frozen=True, slots=True)
class Closure:
    """The end of the project: outcomes when it concluded, a drop reason when she left it."""

    closed_on: date
    outcomes: tuple[Outcome, ...] = ()
    drop_reason: str | None = None
    note: str = ""


class InterventionNotFound(InvalidInput):
    code = "intervento_inesistente"
    template = "Intervento {number} inesistente: il progetto ne ha {count}."


class OutcomeUnknown(InvalidInput):
    code = "esito_non_previsto"
    template = "Esito non previsto."


class ContractTypeMissing(InvalidInput):
    code = "tipo_contratto_mancante"
    template = "Per l'esito «assunta» indica il tipo di contratto."


class ChoiceUnknown(InvalidInput):
    code = "scelta_non_prevista"
    template = "Valore non previsto per {what}: scegli dall'elenco."


class ProjectClosed(AppError):
    code = "progetto_chiuso"
    template = "Il progetto è chiuso (revisione {number}): non si può più modificare né aggiornare."


class RevisionNotDraft(AppError):
    code = "revisione_non_in_bozza"
    template = (
        "La revisione {number} è già {status}: è bloccata, le modifiche vanno in una nuova "
        "revisione."
    )


class NotYetValidated(AppError):
    code = "progetto_non_ancora_validato"
    template = "{what} è possibile solo dopo la validazione del progetto."


class DateInFuture(AppError):
    code = "data_nel_futuro"
    template = "La data {what} ({day}) è nel futuro: oggi è il {today}."


class DateBeforeValidation(AppError):
    code = "data_prima_della_validazione"
    template = "La data {what} ({day}) precede la validazione del progetto ({validated})."


class ClosureWithoutOutcome(AppError):
    code = "chiusura_senza_esito"
    template = (
        "Per chiudere il progetto indica gli esiti raggiunti oppure il motivo dell'interruzione."
    )


class ClosureAmbiguous(AppError):
    code = "chiusura_ambigua"
    template = (
        "Un progetto si chiude o con esiti (concluso) o con un motivo di interruzione, non con "
        "entrambi: togli gli esiti oppure il motivo."
    )


def latest(revisions: Sequence[ProjectRevision]) -> ProjectRevision | None:
    """The newest revision, or None for a project not yet written."""
    return max(revisions, key=lambda revision: revision.number, default=None)


def in_force(revisions: Sequence[ProjectRevision]) -> ProjectRevision | None:
    """The newest validated or closed revision, or None when nothing was validated yet."""
    done = [revision for revision in revisions if revision.status != "draft"]
    return latest(done)


def new_revision(revisions: Sequence[ProjectRevision], draft: ProjectDraft) -> ProjectRevision:
    """The revision that records `draft`: the first one, the same draft revision updated, or
    (after a validation) a new draft revision numbered one higher. ProjectClosed when closed."""
    current = latest(revisions)
    if current is None:
        return ProjectRevision(1, "draft", draft)
    _refuse_if_closed(revisions)
    if current.status == "draft":
        return replace(current, draft=draft)
    return ProjectRevision(current.number + 1, "draft", draft)


def mark_validated(
    revisions: Sequence[ProjectRevision],
    *,
    validated_on: date,
    today: date,
    caps: Caps,
    has_assessment: bool,
    lines_requested: Collection[str],
    consent_recorded: bool,
) -> ProjectRevision:
    """The newest revision, validated on `validated_on`; it is frozen from then on.

    Raises NotYetValidated (nothing to validate), RevisionNotDraft or ProjectClosed (already
    validated or closed), DateInFuture, DateBeforeValidation (before the revision it replaces)
    or ProjectNotValid (the rules of `project.validation_problems`).
    """
    current = latest(revisions)
    if current is None:
        raise NotYetValidated(what="Validare un progetto senza contenuto")
    _refuse_if_closed(revisions)
    if current.status != "draft":
        raise RevisionNotDraft(number=current.number, status="validata")
    _not_future("validated_on", "di validazione", validated_on, today)
    previous = in_force(revisions)
    if previous is not None and previous.validated_on and validated_on < previous.validated_on:
        raise DateBeforeValidation(
            "validated_on",
            what="di validazione",
            day=_it(validated_on),
            validated=_it(previous.validated_on),
        )
    validate(
        current.draft,
        caps=caps,
        has_assessment=has_assessment,
        lines_requested=lines_requested,
        consent_recorded=consent_recorded,
    )
    return replace(current, status="validated", validated_on=validated_on)


def _refuse_if_closed(revisions: Sequence[ProjectRevision]) -> None:
    closed = in_force(revisions)
    if closed is not None and closed.status == "closed":
        raise ProjectClosed(number=closed.number)


def _it(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _not_future(field: str, what: str, day: date, today: date) -> None:
    if day > today:
        raise DateInFuture(field, what=what, day=_it(day), today=_it(today))


def _followed_revision(
    revisions: Sequence[ProjectRevision], action: str, field: str, day: date, today: date
) -> ProjectRevision:
    """The revision in force, if an update or closure dated `day` may refer to it.
    `action` names the deed (`Chiudere il progetto`), `field` the date checked."""
    current = in_force(revisions)
    if current is None:
        raise NotYetValidated(field, what=action)
    _refuse_if_closed(revisions)
    what = _DATE_OF[field]
    _not_future(field, what, day, today)
    first = min((r.validated_on for r in revisions if r.validated_on), default=None)
    if first is not None and day < first:
        raise DateBeforeValidation(field, what=what, day=_it(day), validated=_it(first))
    return current


_DATE_OF = {"on": "dell'aggiornamento", "closed_on": "di chiusura"}


def check_monitoring_update(
    update: MonitoringUpdate, revisions: Sequence[ProjectRevision], *, today: date
) -> None:
    """Refuse an update before validation, after closure, in the future, from an unknown
    source, or about an intervention or status that does not exist."""
    current = _followed_revision(revisions, "Registrare un aggiornamento", "on", update.on, today)
    _check_code("source", update.source, opt.MONITORING_SOURCES, "fonte dell'aggiornamento")
    count = len(current.draft.interventions)
    for index, status in update.statuses:
        if not 0 <= index < count:
            raise InterventionNotFound("statuses", number=index + 1, count=count)
        _check_code("statuses", status, opt.INTERVENTION_STATUS, "stato dell'intervento")


def intervention_statuses(
    revision: ProjectRevision, updates: Sequence[MonitoringUpdate]
) -> tuple[str, ...]:
    """The status of each intervention of `revision` after its updates, oldest update first."""
    statuses = [item.status for item in revision.draft.interventions]
    for update in sorted(updates, key=lambda update: update.on):
        for index, status in update.statuses:
            if 0 <= index < len(statuses):
                statuses[index] = status
    return tuple(statuses)


def check_closure(
    closure: Closure, revisions: Sequence[ProjectRevision], *, today: date
) -> ProjectRevision:
    """Refuse closing before validation, twice, with a future date, or without exactly one of
    outcomes or drop reason; an `employed` outcome needs a contract type. Returns the revision
    in force, the one the closure closes."""
    current = _followed_revision(
        revisions, "Chiudere il progetto", "closed_on", closure.closed_on, today
    )
    if not closure.outcomes and closure.drop_reason is None:
        raise ClosureWithoutOutcome("outcomes")
    if closure.outcomes and closure.drop_reason is not None:
        raise ClosureAmbiguous("drop_reason")
    if closure.drop_reason is not None:
        _check_code("drop_reason", closure.drop_reason, opt.DROP_REASONS, "motivo")
    for problem in _outcome_problems(closure.outcomes):
        raise problem
    return current


def _outcome_problems(outcomes: Sequence[Outcome]) -> Iterator[InvalidInput]:
    for index, outcome in enumerate(outcomes):
        if outcome.kind not in codes(opt.OUTCOMES):
            yield OutcomeUnknown(f"outcomes[{index}].kind")
        elif outcome.kind == opt.EMPLOYED and outcome.contract_type not in codes(
            opt.CONTRACT_TYPES
        ):
            yield ContractTypeMissing(f"outcomes[{index}].contract_type")


def close_project(
    revisions: Sequence[ProjectRevision], closure: Closure, *, today: date
) -> ProjectRevision:
    """The revision in force, closed; raises what `check_closure` raises. A pending draft
    revision stays in the history as it is, never validated."""
    return replace(check_closure(closure, revisions, today=today), status="closed")


def _check_code(field: str, value: str, options: tuple[Option, ...], what: str) -> None:
    if value not in codes(options):
        raise ChoiceUnknown(field, what=what)
