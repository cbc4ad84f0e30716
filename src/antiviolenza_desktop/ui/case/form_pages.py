"""Where the form's sections sit: one scrolling page, or the two tabs of the case detail.

A new referral is filled top to bottom, so it gets every section on one page; the detail
groups them as the équipe reads a case: who she is ("Anagrafica") and what was referred
("Segnalazione"). Later issues add their own tabs to `tabs`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from antiviolenza_desktop.ui.case.form_sections import CaseFormSections

CONTENT_MAX_WIDTH = 900


class FormPages(QObject):
    """The scroll areas holding the sections, and the tab widget when there are tabs."""

    def __init__(self, sections: CaseFormSections, *, tabbed: bool) -> None:
        super().__init__()
        s = sections
        self.scrolls: list[QScrollArea] = []
        self.tabs: QTabWidget | None = None
        if tabbed:
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            registry = self._page(s.woman, s.children_box, s.situation)
            referral = self._page(s.referral, s.violence, s.statutory.group, s.path)
            self.tabs.addTab(registry, self.tr("&Anagrafica"))
            self.tabs.addTab(referral, self.tr("S&egnalazione"))
            self.widget: QWidget = self.tabs
        else:
            groups = (
                s.referral,
                s.woman,
                s.children_box,
                s.situation,
                s.violence,
                s.statutory.group,
                s.path,
            )
            self.widget = self._page(*groups)

    def _page(self, *groups: QGroupBox) -> QScrollArea:
        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        for group in groups:
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.scrolls.append(scroll)
        return scroll

    def scroll_to_top(self) -> None:
        """Every page back at its first section (an emptied form starts from the top)."""
        for scroll in self.scrolls:
            scroll.verticalScrollBar().setValue(0)

    def reveal(self, widget: QWidget) -> None:
        """Show the tab holding `widget` and scroll it into view (after a failed save)."""
        for scroll in self.scrolls:
            if scroll.widget().isAncestorOf(widget):
                if self.tabs is not None:
                    self.tabs.setCurrentWidget(scroll)
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                scroll.ensureWidgetVisible(widget)
                return
