"""A sentence for a person as a stable code plus parameters, never as text code compares.

Warnings, check findings and summaries are data, not exceptions: a `MessageKind` is one kind of
message, declared once at module level in the domain (code + Italian template with `{name}`
placeholders + the translation context); `kind(**params)` makes a `Message`. The GUI renders
it in one place (ui.messages.message_text: the template translated with its context, the
parameters filled in after translation); the CLI prints `text`, the Italian sentence, as it
prints an AppError's message. tools/update_translations.py hands every `MessageKind` of the
domain to lupdate. Parameters are numbers, amounts already written out, dates or labels of the
domain vocabularies, never personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

Param = int | str

MESSAGES = "messages"
"""The translation context of every MessageKind unless it names another."""


VOCABULARY = "project_options"
"""The translation context of the labels of the project vocabularies and of the funds."""
FUND_LABEL = (("fund", VOCABULARY),)
"""`MessageKind.labels` of a kind whose `fund` parameter is a fund's label."""


@dataclass(frozen=True, slots=True)
class MessageKind:
    """One kind of message: `code` for code (never compare messages), `template` for people.

    `labels` names the parameters that hold a label of a domain vocabulary, with the context
    the UI translates that label with (a fund's name: VOCABULARY), so an English screen does
    not show an Italian fund name inside an English sentence."""

    code: str
    template: str
    context: str = MESSAGES
    labels: tuple[tuple[str, str], ...] = ()

    def __call__(self, **params: Param) -> Message:
        return Message(self, tuple(params.items()))


@dataclass(frozen=True, slots=True)
class Message:
    """One message: its kind and the parameters that fill the kind's template."""

    kind: MessageKind
    params: tuple[tuple[str, Param], ...] = ()

    @property
    def code(self) -> str:
        return self.kind.code

    @property
    def text(self) -> str:
        """The Italian sentence (CLI, logs of the programme check, exported summaries)."""
        return self.kind.template.format(**dict(self.params))
