"""The user's preferences kept between runs with QSettings: idle minutes, language, and the
main window's geometry. Nothing else, and never personal data (no user name, no store path, no
case): `KEYS` is the whole list, and a test checks the file holds nothing more.

A value out of range or of the wrong type (a hand-edited file) reads as the default: a bad
settings file never stops the application from starting. Without a backing QSettings
(`AppSettings(None)`, what tests and the self-test use) reads give the defaults and writes are
dropped, so they never touch the user's real settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from antiviolenza_desktop.ui.session.idle_lock import (
    DEFAULT_IDLE_MINUTES,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
)

ORGANISATION = "antiviolenza-desktop"
APPLICATION = "antiviolenza-desktop"
LANGUAGES = ("it", "en")
DEFAULT_LANGUAGE = "it"
IDLE_MINUTES_KEY = "session/idle_minutes"
LANGUAGE_KEY = "session/language"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
KEYS = frozenset({IDLE_MINUTES_KEY, LANGUAGE_KEY, GEOMETRY_KEY, STATE_KEY})


def user_settings() -> QSettings:
    """The user's settings file (an INI file in the user's configuration folder, also on
    Windows, so it can be read and removed like any file, not buried in the registry)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def valid_idle_minutes(value: object) -> int | None:
    """Whole minutes within 1–15, from an int or its text; None otherwise."""
    try:
        minutes = int(str(value).strip())
    except ValueError:
        return None
    return minutes if MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES else None


class AppSettings:
    def __init__(self, store: QSettings | None) -> None:
        self._store = store

    @property
    def persistent(self) -> bool:
        return self._store is not None

    def _read(self, key: str) -> object:
        return None if self._store is None else self._store.value(key)

    def _write(self, key: str, value: object) -> None:
        if self._store is not None:
            self._store.setValue(key, value)
            self._store.sync()

    @property
    def idle_minutes(self) -> int:
        return valid_idle_minutes(self._read(IDLE_MINUTES_KEY)) or DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        if valid_idle_minutes(minutes) is None:
            raise ValueError("idle minutes out of range")
        self._write(IDLE_MINUTES_KEY, minutes)

    @property
    def language(self) -> str:
        value = self._read(LANGUAGE_KEY)
        return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError("unknown language")
        self._write(LANGUAGE_KEY, language)

    def window_geometry(self) -> tuple[QByteArray, QByteArray] | None:
        """The saved geometry and state, or None when missing or not bytes."""
        geometry, state = self._read(GEOMETRY_KEY), self._read(STATE_KEY)
        if isinstance(geometry, QByteArray) and isinstance(state, QByteArray):
            return geometry, state
        return None

    def set_window_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        if self._store is not None:
            self._store.setValue(GEOMETRY_KEY, geometry)
            self._store.setValue(STATE_KEY, state)
            self._store.sync()
