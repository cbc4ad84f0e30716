"""Small widgets shared by every screen: the inline error label and the demo banner."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class ErrorLabel(QLabel):
    """Red text under a field or a form; hidden when there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class WarningLabel(ErrorLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("warningLabel")
        self.setStyleSheet("color: #8a5a00;")


class DemoBanner(QLabel):
    """Shown on every screen of a demo store, with its public password."""

    def __init__(self, password: str | None = None) -> None:
        super().__init__()
        self.setObjectName("demoBanner")
        text = self.tr("DEMO – dati fittizi")
        if password:
            text += " · " + self.tr("password: %1").replace("%1", password)
        self.setText(text)
        self.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #e0c36a;"
            " padding: 6px 12px; font-weight: bold;"
        )
