"""The forms' drafts: written at lock, read back at unlock, discarded once a form is saved or
dropped. Each is one unit of work, so the session and the workspace hold no transaction.

The rules (a draft is hers only; none for an erased case; a draft this version cannot put
back is dropped and told) are `services.form_drafts`'. The lock's flow (read the widgets,
wait for the jobs, write, close the store whatever happens) stays the session's.
"""

from __future__ import annotations

from collections.abc import Sequence

from antiviolenza_desktop.services import form_drafts
from antiviolenza_desktop.services.form_drafts import FormDraft, KeptDrafts
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def keep_drafts(
    opened: OpenStore, drafts: Sequence[FormDraft], *, keep_unread: bool = False
) -> int:
    """Replace the worker's drafts with `drafts`; how many were kept. `keep_unread`: hers
    could not be read at unlock, so only these forms replace theirs."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return form_drafts.save_drafts(uow, drafts=drafts, keep_unread=keep_unread)


def read_drafts(opened: OpenStore) -> KeptDrafts:
    """The worker's drafts, and a refusal for each one dropped as no longer usable."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return form_drafts.load_drafts(uow)


def discard_draft(opened: OpenStore, kind: str, case_id: int | None) -> bool:
    """Delete the worker's draft of one form; True when there was one."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return form_drafts.discard_draft(uow, kind=kind, case_id=case_id)
