"""The root of every expected, actionable failure.

Front ends never parse exception text: they read `code` (stable, for tests and the GUI's
translations), `params` (never personal data) and `field` (where to show it in a form).
`message` is the Italian sentence a social worker can act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar


class AppError(Exception):
    """An expected failure that a person can understand and act on."""

    code: ClassVar[str] = "errore"
    template: ClassVar[str] = "Operazione non riuscita."
    label_params: ClassVar[Mapping[str, str]] = {}
    """The parameters that hold an Italian label of a vocabulary, each with the translation
    context the GUI translates it with (the labels are in the catalogue under that context)."""

    def __init__(self, field: str | None = None, **params: Any) -> None:
        self.field = field
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class InvalidInput(AppError):
    """A value typed or supplied by a person is not acceptable."""

    code = "dato_non_valido"
    template = "{reason}"


class PermissionDenied(AppError):
    code = "permesso_negato"
    template = "Non hai il permesso di eseguire questa operazione ({action})."
    label_params: ClassVar[Mapping[str, str]] = {"action": "permissions"}
