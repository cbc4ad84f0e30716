"""Input widgets of the referral form that Qt does not have as such.

A date that can be empty and is typed as 15/03/2024, a combo over a domain vocabulary, a group
of check boxes for a multiple choice, and the municipality field that shows "Cremona (CR)"
but stores the Belfiore code. Each one returns domain values (`date | None`, codes), so the
form never parses text, and each one ignores the mouse wheel unless it has focus: a worker
scrolling a long form must not change a date or a choice by passing over it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QLineEdit,
    QWidget,
)

from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.services.municipalities import MunicipalityList

EMPTY_DATE = QDate(1900, 1, 1)
TYPING_START = QDate(2000, 1, 1)
_SEPARATORS = frozenset("/.-")
_MOVING_ON = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab})
_TYPED_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4})?)?\s*$")


def option_label(option: Option) -> str:
    """The label of a domain option through the catalogue (context "intake_options")."""
    return QCoreApplication.translate("intake_options", option.label)


class DateField(QDateEdit):
    """A dd/MM/yyyy date that may be empty (shown as a hint), typed digit by digit.

    Empty is the minimum date shown through `specialValueText`. Typing a digit into an empty
    field, or over the whole text selected (Ctrl+A), starts a new date with the day selected,
    so "15032024" and "15/03/2024" both give 15 March 2024, and "15/03" keeps the year the
    field had (this year when it was empty). Canc, or Backspace over the whole text, empties
    it; a text left as "15/03/" or "15/03/85" is read when she moves on, never reverted.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(EMPTY_DATE)
        self.setCalendarPopup(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSpecialValueText(self.tr("gg/mm/aaaa"))
        self.setToolTip(self.tr("Scrivi la data come 15/03/2024; Canc per svuotare"))
        self.setDate(EMPTY_DATE)
        self._just_advanced = False
        self._default_year: int | None = None
        """While a new date is typed: the year it gets unless she types one."""

    def value(self) -> date | None:
        return None if self.is_empty() else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(EMPTY_DATE if value is None else QDate(value))

    def is_empty(self) -> bool:
        return self.date() == EMPTY_DATE

    def set_read_only(self, read_only: bool) -> None:
        """Read mode: no arrow and no calendar, and an empty date reads as a dash."""
        self.setReadOnly(read_only)
        self.setCalendarPopup(not read_only)
        symbols = QDateEdit.ButtonSymbols
        self.setButtonSymbols(symbols.NoButtons if read_only else symbols.UpDownArrows)
        self.setSpecialValueText("—" if read_only else self.tr("gg/mm/aaaa"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Backspace and self._all_selected()):
            self.set_value(None)
            return
        if key in _MOVING_ON:
            self._settle_text()
        if key == Qt.Key.Key_Backspace:
            self._prepare_backspace()
        text = event.text()
        if text in _SEPARATORS and self._just_advanced:
            # Qt already moved on after a complete section: a typed "/" must not skip one more.
            self._just_advanced = False
            return
        if text.isdigit() and (self.is_empty() or self._all_selected()):
            self._start_new_date()
        section = self.currentSection()
        if text.isdigit() and section == QDateTimeEdit.Section.YearSection:
            self._default_year = None  # she is typing the year herself
        super().keyPressEvent(event)
        self._just_advanced = text.isdigit() and self.currentSection() != section
        self._calendar_on_today()

    def _prepare_backspace(self) -> None:
        """Make Backspace delete the digit before the cursor, as in any text field.

        Qt keeps its own idea of the part being edited (the day, selected on focus) even after
        End or a click moved the cursor, and then swallows the first Backspace; right after a
        "/" it stops. So step over a "/" and tell Qt which part the cursor is in.
        """
        edit = self.lineEdit()
        position = edit.cursorPosition()
        if edit.hasSelectedText() or not position:
            return
        text = edit.text()
        if text[position - 1] in _SEPARATORS and position > 1:
            position -= 1
        part = sum(ch in _SEPARATORS for ch in text[: position - 1])
        if part < self.sectionCount():
            self.setCurrentSectionIndex(part)
        edit.setCursorPosition(position)

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return edit.hasSelectedText() and len(edit.selectedText()) == len(edit.text())

    def _start_new_date(self) -> None:
        """Type over 01/01/2000 (a leap year, a 31-day month: any day can be typed first),
        remembering the year to give the date if she stops before typing one."""
        self._default_year = (QDate.currentDate() if self.is_empty() else self.date()).year()
        self.setDate(TYPING_START)
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._settle_text()
        super().focusOutEvent(event)

    def _settle_text(self) -> None:
        """Never leave the text saying something other than the value.

        Qt keeps a half-typed "15/03/24" or "15/03/" on screen while the value is still the
        old date; read a two-digit year as the nearest past century and a missing one as the
        year the field had, an emptied text as no date, and otherwise show the value.
        """
        default_year, self._default_year = self._default_year, None
        if self.isReadOnly():
            return
        text = self.lineEdit().text()
        if not text.strip():
            self.set_value(None)
            return
        typed = _TYPED_DATE.match(text)
        if typed is None:
            return
        day, month = int(typed[1]), int(typed[2])
        if default_year is None and typed[3]:
            year = _full_year(int(typed[3]))
        else:
            year = default_year or (QDate.currentDate() if self.is_empty() else self.date()).year()
        parsed = QDate(year, month, day)
        self.setDate(parsed if parsed.isValid() else self.date())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._calendar_on_today()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def _calendar_on_today(self) -> None:
        """An empty field would open the calendar in 1900: open it on this month instead."""
        calendar = self.calendarWidget()
        if self.is_empty() and calendar is not None:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())


def _full_year(year: int) -> int:
    """A two-digit year as the nearest past century ("85" is 1985, "24" is 2024)."""
    if year >= 100:
        return year
    this_year = date.today().year
    year += this_year - this_year % 100
    return year - 100 if year > this_year else year


class OptionCombo(QComboBox):
    """A choice from a domain vocabulary; `value()` is the code, or None for "not given"."""

    def __init__(self, options: Sequence[Option], *, empty_text: str | None = None) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._options = tuple(options)
        self._empty_text = empty_text
        self.set_choices(option.code for option in self._options)

    def set_choices(self, codes: Iterable[str]) -> None:
        """Offer only `codes` (e.g. the stages a path may move to), keeping the choice."""
        current = self.value()
        allowed = set(codes)
        self.blockSignals(True)
        self.clear()
        if self._empty_text is not None:
            self.addItem(self._empty_text, None)
        for option in self._options:
            if option.code in allowed:
                self.addItem(option_label(option), option.code)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, code: str | None) -> None:
        """Select `code`; None (or a code not offered) selects the first entry."""
        index = self.findData(code) if code is not None else -1
        self.setCurrentIndex(max(index, 0) if self.count() else -1)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class OptionChecks(QWidget):
    """One check box per option of a multiple choice, laid out in `columns` columns."""

    def __init__(self, options: Sequence[Option], *, columns: int = 2) -> None:
        super().__init__()
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        for index, option in enumerate(options):
            box = QCheckBox(option_label(option))
            self.boxes[option.code] = box
            grid.addWidget(box, index // columns, index % columns)
        grid.setColumnStretch(columns, 1)

    def value(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def first(self) -> QCheckBox:
        return next(iter(self.boxes.values()))


class MunicipalityEdit(QLineEdit):
    """Type "crem…" and pick "Cremona (CR)"; `value()` is the Belfiore code (D150).

    A name that is not in the shipped list is returned as typed, so the domain can say that
    it was not found instead of the form silently dropping it.
    """

    def __init__(self, listing: MunicipalityList) -> None:
        super().__init__()
        self._by_label = {item.label.casefold(): item.code for item in listing.items}
        self._labels = {item.code: item.label for item in listing.items}
        names: dict[str, list[str]] = {}
        for item in listing.items:
            names.setdefault(item.name.casefold(), []).append(item.code)
        self._by_unique_name = {name: codes[0] for name, codes in names.items() if len(codes) == 1}
        completer = QCompleter([item.label for item in listing.items], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Scrivi le prime lettere e scegli dall'elenco"))
        self.setToolTip(
            self.tr("Elenco ISTAT dei comuni aggiornato al %1").replace("%1", listing.as_of)
        )
        self.editingFinished.connect(self._show_label)

    def value(self) -> str | None:
        text = " ".join(self.text().split())
        if not text:
            return None
        key = text.casefold()
        if key in self._by_label:
            return self._by_label[key]
        if key in self._by_unique_name:
            return self._by_unique_name[key]
        return text.upper() if text.upper() in self._labels else text

    def set_value(self, code: str | None) -> None:
        self.setText(self._labels.get(code, code) if code else "")

    def _show_label(self) -> None:
        code = self.value()
        if code in self._labels and self.text() != self._labels[code]:
            self.setText(self._labels[code])


class ReadOnlyGuard(QObject):
    """Makes combos and check boxes read-only without greying them out.

    Qt has no read-only mode for them, and disabled widgets are hard to read and skipped by
    Tab; this filter swallows clicks, keys (but Tab) and the wheel, so she can still move
    through a case by keyboard and read every value.
    """

    _BLOCKED = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
        }
    )
    _PASSING_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._BLOCKED:
            return False
        if isinstance(event, QKeyEvent):
            return event.key() not in self._PASSING_KEYS
        return True

    def apply(self, widgets: Iterable[QWidget], read_only: bool) -> None:
        for widget in widgets:
            if read_only:
                widget.installEventFilter(self)
            else:
                widget.removeEventFilter(self)
