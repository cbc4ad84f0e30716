"""How a read-only form looks: its inputs on a grey ground, so nobody takes a case shown in
read mode (or one that can no longer change) for a form waiting to be typed into.

Qt has no read-only look for combos and check boxes (`ReadOnlyGuard` only swallows their
input), and a read-only QLineEdit looks exactly like an editable one in most styles; a style
sheet on the page that holds the inputs covers all of them at once and goes when editing
starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

READ_ONLY_GROUND = "#eceff3"
READ_ONLY_STYLE = (
    "QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {"
    f" background: {READ_ONLY_GROUND}; color: #1f2328; border: 1px solid #c4cad3;"
    " border-radius: 3px; padding: 1px 3px; }"
    # A date or number box keeps its own frame (a styled frame there hides the text): only
    # its ground changes, and the line edit inside it stays plain.
    f" QAbstractSpinBox {{ background: {READ_ONLY_GROUND}; }}"
    " QLineEdit#qt_spinbox_lineedit { background: transparent; border: none; padding: 0px; }"
)
READ_ONLY_BANNER_STYLE = (
    "background: #eceff3; color: #1f2328; border: 1px solid #c4cad3; padding: 4px 10px;"
    " font-weight: bold;"
)


def show_read_only(page: QWidget, read_only: bool) -> None:
    """Grey the inputs inside `page` while it is read-only; plain again when it is not."""
    page.setStyleSheet(READ_ONLY_STYLE if read_only else "")
