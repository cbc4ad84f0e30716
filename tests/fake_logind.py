"""A stand-in for systemd-logind on a private D-Bus daemon, run as a child process by
tests/test_os_session_lock.py: `python -m tests.fake_logind ADDRESS`.

It owns org.freedesktop.login1, answers the Manager's `GetSession` with one session's path and
its `Inhibit` with the write end of a pipe, keeping the read end to tell whether the inhibitor
is still held (`DelayHeld`). `Emit` sends the signals logind would: the session's `Lock`,
`PrepareForSleep(flag)`, or a PropertiesChanged of the session's `LockedHint` or `IdleHint`
(set to flag) as a desktop locker makes logind send. It also owns org.freedesktop.ScreenSaver,
as a desktop does on the session bus (the tests use one private bus for both):
`Emit("ActiveChanged", flag)`.
"""

from __future__ import annotations

import os
import select
import sys

from PySide6.QtCore import QCoreApplication, QMetaType, QObject, Slot
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusUnixFileDescriptor,
)

SERVICE = "org.freedesktop.login1"
PATH = "/org/freedesktop/login1"
SESSION_PATH = "/org/freedesktop/login1/session/_31"
SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
SESSION_PROPERTIES = ("LockedHint", "IdleHint")


class FakeManager(QObject):
    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus
        self.read_ends: list[int] = []

    @Slot(str, str, str, str, result=QDBusUnixFileDescriptor)
    def Inhibit(self, what: str, who: str, why: str, mode: str) -> QDBusUnixFileDescriptor:
        read_end, write_end = os.pipe()
        self.read_ends.append(read_end)
        handle = QDBusUnixFileDescriptor(write_end)  # a duplicate goes to the caller
        os.close(write_end)
        return handle

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:
        return QDBusObjectPath(SESSION_PATH)

    @Slot(result=int)
    def DelayHeld(self) -> int:
        """How many inhibitors are still held (a closed write end reads as end of file)."""
        still_held = []
        for read_end in self.read_ends:
            readable, _, _ = select.select([read_end], [], [], 0)
            if readable and os.read(read_end, 1) == b"":
                os.close(read_end)
            else:
                still_held.append(read_end)
        self.read_ends = still_held
        return len(still_held)

    @Slot(str, bool)
    def Emit(self, name: str, flag: bool) -> None:
        if name == "Lock":
            message = QDBusMessage.createSignal(SESSION_PATH, SERVICE + ".Session", "Lock")
        elif name in SESSION_PROPERTIES:
            message = properties_changed(name, flag)
        elif name == "ActiveChanged":
            message = QDBusMessage.createSignal(SCREENSAVER_PATH, SCREENSAVER, "ActiveChanged")
            message.setArguments([flag])
        else:
            message = QDBusMessage.createSignal(PATH, SERVICE + ".Manager", "PrepareForSleep")
            message.setArguments([flag])
        self.bus.send(message)


def properties_changed(name: str, value: bool) -> QDBusMessage:
    """PropertiesChanged(s interface, a{sv} changed, as invalidated), as logind sends it."""
    message = QDBusMessage.createSignal(
        SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
    )
    invalidated = QDBusArgument()  # an empty `as`: a Python list would go as `av`
    invalidated.beginArray(QMetaType(QMetaType.Type.QString.value))
    invalidated.endArray()
    message.setArguments([SERVICE + ".Session", {name: value}, invalidated])
    return message


def main() -> None:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-logind")
    manager = FakeManager(bus)
    bus.registerObject(
        PATH, SERVICE + ".Manager", manager, QDBusConnection.RegisterOption.ExportAllSlots
    )
    bus.registerService(SERVICE)
    bus.registerService(SCREENSAVER)
    app.exec()


if __name__ == "__main__":
    main()
