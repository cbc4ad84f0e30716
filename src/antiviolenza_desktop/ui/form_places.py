"""Where she was in a form: the field with the keyboard, its cursor, how far it was scrolled.

Kept with a draft at a lock as small integers only (never text): the field is its position
among the form's widgets, which a workspace rebuilt after unlocking creates in the same order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget


def place_in(form: QWidget, scrolls: Sequence[QAbstractScrollArea]) -> dict[str, int]:
    """The keyboard's field (-1 when outside `form`), its cursor and each scroll position."""
    place = {f"scroll{i}": area.verticalScrollBar().value() for i, area in enumerate(scrolls)}
    focused = QApplication.focusWidget()
    widgets = form.findChildren(QWidget)
    if focused is not None and focused in widgets:
        place["focus"] = widgets.index(focused)
        if isinstance(focused, QLineEdit):
            place["cursor"] = focused.cursorPosition()
    return place


def return_to(
    form: QWidget, scrolls: Sequence[QAbstractScrollArea], place: Mapping[str, int]
) -> None:
    """Scroll back and give the keyboard back to the field she was in, where it still fits."""
    for i, area in enumerate(scrolls):
        area.verticalScrollBar().setValue(place.get(f"scroll{i}", 0))
    widgets = form.findChildren(QWidget)
    index = place.get("focus", -1)
    if not 0 <= index < len(widgets):
        return
    field = widgets[index]
    if field.isVisible() and field.isEnabled():
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.setCursorPosition(place.get("cursor", len(field.text())))
