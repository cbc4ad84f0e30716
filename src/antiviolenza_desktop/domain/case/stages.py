"""The stages of a woman's path and the moves allowed between them (the O.R.A. sequence).

It lives apart from the referral form (`intake`) because it is a small state machine that
services use on its own, when a worker moves a path to its next stage, while the form only
reads it to check the stage dates. `intake` re-exports the public names, so callers may
import them from either module.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.errors import AppError

MAIN_PATH = ("contact", "reception", "taken_in_charge", "concluded")
FINAL_STAGES = frozenset({"concluded", "dropped_out"})


class StageChangeRefused(AppError):
    """A move between stages of the path that the O.R.A. sequence does not allow."""

    code = "cambio_fase_non_consentito"
    template = "Dalla fase «{current}» non si passa a «{new}». {hint}"


def allowed_next_stages(stage: str) -> tuple[str, ...]:
    """Where a path can go next: one step forward, or dropped out until it is over.

    KeyError for a code that is not a stage. Concluded and dropped out are final: a woman who
    comes back starts a new path, so the old one keeps its outcome for the Region's figures.
    """
    if stage not in opt.codes(opt.STAGES):
        raise KeyError(stage)
    if stage in FINAL_STAGES:
        return ()
    return (MAIN_PATH[MAIN_PATH.index(stage) + 1], "dropped_out")


def check_stage_change(current: str, new: str) -> None:
    """Raise StageChangeRefused (field "stage") unless `new` may follow `current`."""
    allowed = allowed_next_stages(current)
    if new in allowed:
        return
    if allowed:
        hint = "Da qui si passa solo a: " + ", ".join(f"«{stage_label(s)}»" for s in allowed)
    else:
        hint = "Il percorso è chiuso: se la donna torna, apri un nuovo percorso"
    raise StageChangeRefused(
        field="stage", current=stage_label(current), new=stage_label(new), hint=hint + "."
    )


def stage_path(stage: str) -> tuple[str, ...]:
    """The stages a path at `stage` has gone through, in order, `stage` included."""
    if stage == "dropped_out":
        return (*MAIN_PATH[:3], "dropped_out")
    return MAIN_PATH[: MAIN_PATH.index(stage) + 1]


def stage_label(stage: str) -> str:
    """The stage's label for messages, or the code itself when it is not a stage."""
    try:
        return opt.label_of(opt.STAGES, stage)
    except KeyError:
        return stage
