"""The bar above the workspace during the idle lock's countdown: "L'archivio si blocca tra N
secondi", with "Continua a lavorare". Non-modal: typing or moving the mouse anywhere cancels
the countdown too (ui.idle_lock), the button is there for whoever reads the bar first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.ui.session.idle_lock import IdleLock


class IdleWarningBar(QFrame):
    def __init__(self, idle: IdleLock) -> None:
        super().__init__()
        self.setObjectName("idleWarningBar")
        self.setStyleSheet(
            "#idleWarningBar { background: #fff3cd; border: 1px solid #e0c36a; }"
            " #idleWarningBar QLabel { color: #664d03; font-weight: bold; }"
        )
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Blocco automatico imminente"))
        self.keep_button = QPushButton(self.tr("Continua a lavorare"))
        self.keep_button.clicked.connect(idle.keep_working)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.keep_button)
        idle.warning_started.connect(self.show)
        idle.seconds_left_changed.connect(self._show_seconds)
        idle.warning_ended.connect(self.hide)
        self.hide()

    def above(self, content: QWidget) -> QWidget:
        """A widget holding this bar (hidden until a countdown) on top of `content`."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self)
        layout.addWidget(content, 1)
        return holder

    def _show_seconds(self, seconds: int) -> None:
        self.label.setText(countdown_text(seconds))


def countdown_text(seconds: int) -> str:
    """Through the class's `tr`, which lupdate marks as a plural (it does not mark translate)."""
    return IdleWarningBar.tr("L'archivio si blocca tra %n secondi per inattività.", "", seconds)
