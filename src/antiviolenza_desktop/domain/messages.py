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


@dataclass(frozen=True, slots=True)
class MessageKind:
    """One kind of message: `code` for code (never compare messages), `template` for people."""

    code: str
    template: str
    context: str = MESSAGES

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
