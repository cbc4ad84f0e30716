"""A stand-in for systemd-logind on a private D-Bus daemon, run as a child process by
tests/test_os_session_lock.py: `python -m tests.fake_logind ADDRESS`.

It owns org.freedesktop.login1 and answers the Manager's `Inhibit` with the write end of a
pipe, keeping the read end to tell whether the inhibitor is still held (`DelayHeld`). `Emit`
sends the signals logind would: the session's `Lock`, or `PrepareForSleep(going_to_sleep)`.
"""

from __future__ import annotations

import os
import select
import sys

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusUnixFileDescriptor

SERVICE = "org.freedesktop.login1"
PATH = "/org/freedesktop/login1"
SESSION_PATH = "/org/freedesktop/login1/session/_31"


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
    def Emit(self, name: str, going_to_sleep: bool) -> None:
        if name == "Lock":
            message = QDBusMessage.createSignal(SESSION_PATH, SERVICE + ".Session", "Lock")
        else:
            message = QDBusMessage.createSignal(PATH, SERVICE + ".Manager", "PrepareForSleep")
            message.setArguments([going_to_sleep])
        self.bus.send(message)


def main() -> None:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-logind")
    manager = FakeManager(bus)
    bus.registerObject(
        PATH, SERVICE + ".Manager", manager, QDBusConnection.RegisterOption.ExportAllSlots
    )
    bus.registerService(SERVICE)
    app.exec()


if __name__ == "__main__":
    main()
