"""The operating system's session lock and suspend lock the archive (issue 11): the window
follows any lock source; logind's signals and sleep inhibitor (a fake logind on a private
D-Bus daemon, tests/fake_logind.py) and fabricated Windows messages are decoded into
`lock_requested`, the desktop lockers' LockedHint and ScreenSaver signals too; a machine
without D-Bus gets no source and no error."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from antiviolenza_desktop.ui.session.os_session_lock import (
    LOGIND_PATH,
    LOGIND_SERVICE,
    MANAGER_INTERFACE,
    LogindLockSource,
    SessionLockSource,
)
from antiviolenza_desktop.ui.session.windows_session_lock import (
    MSG,
    PBT_APMSUSPEND,
    WINDOWS_MESSAGE,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WindowsMessageFilter,
    WtsLockSource,
)
from tests.fake_logind import SCREENSAVER, SESSION_PATH
from tests.ui_support import make_store, make_window, unlock

WTS_SESSION_UNLOCK = 0x8
PBT_APMRESUMEAUTOMATIC = 0x12


def test_the_window_locks_when_its_source_asks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(make_store(tmp_path))
    qtbot.addWidget(window)
    window.show()
    fake = SessionLockSource(window)
    window.follow_lock_source(fake)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    with qtbot.waitSignal(window.session.locked, timeout=2_000):
        fake.lock_requested.emit()
    assert window.workspace is None
    fake.lock_requested.emit()  # already locked: nothing happens
    assert not window.session.is_unlocked


# The platform's source, built in a fresh process: Qt connects to the default buses once per
# process, so the bus addresses in the environment must be there before the first connection.
PLATFORM_SOURCE_PROBE = """
from PySide6.QtWidgets import QApplication, QWidget
from antiviolenza_desktop.ui.session.os_session_lock import os_lock_source
app = QApplication([])
source = os_lock_source(QWidget())
print("None" if source is None else f"{type(source).__name__} {source.session_path} "
      f"{source.listening} {source.delaying_sleep} {source.hears_screensaver}")
"""


def platform_source(system_bus: str, session_bus: str) -> str:
    """What os_lock_source builds with these bus addresses (a failure shows its traceback)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SYSTEM_BUS_ADDRESS": system_bus,
        "DBUS_SESSION_BUS_ADDRESS": session_bus,
    }
    done = subprocess.run(
        [sys.executable, "-c", PLATFORM_SOURCE_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="logind is Linux's")
def test_without_a_system_bus_there_is_no_source(tmp_path: Path) -> None:
    missing = f"unix:path={tmp_path / 'nessun-bus'}"
    assert platform_source(missing, missing) == "None"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="logind is Linux's")
def test_with_logind_the_platform_source_follows_this_session(fake_logind, private_bus) -> None:  # type: ignore[no-untyped-def]
    """The session asked to logind, both buses heard, the sleep inhibitor taken."""
    described = platform_source(private_bus, private_bus)
    assert described == f"LogindLockSource {SESSION_PATH} True True True"


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throwaway D-Bus daemon's address (skipped where dbus-daemon is not installed)."""
    program = shutil.which("dbus-daemon")
    if program is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        [program, "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(10)


@pytest.fixture
def fake_logind(qtbot, private_bus: str) -> Iterator[tuple[object, object]]:  # type: ignore[no-untyped-def]
    """(our connection to the private bus, the fake logind's Manager) – tests/fake_logind.py."""
    qtdbus = pytest.importorskip("PySide6.QtDBus")
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_logind", private_bus],
        cwd=Path(__file__).resolve().parents[1],
    )
    bus = qtdbus.QDBusConnection.connectToBus(private_bus, "antiviolenza-test")
    try:
        qtbot.waitUntil(
            lambda: bus.interface().isServiceRegistered(LOGIND_SERVICE).value(), timeout=20_000
        )
        yield bus, qtdbus.QDBusInterface(LOGIND_SERVICE, LOGIND_PATH, MANAGER_INTERFACE, bus)
    finally:
        qtdbus.QDBusConnection.disconnectFromBus("antiviolenza-test")
        server.terminate()
        server.wait(10)


def held_inhibitors(manager) -> int:  # type: ignore[no-untyped-def]
    return int(manager.call("DelayHeld").arguments()[0])


def test_logind_lock_and_sleep_signals_ask_to_lock(qtbot, fake_logind) -> None:  # type: ignore[no-untyped-def]
    """The inhibitor is still held while the lock is handled, and let go only after it."""
    bus, manager = fake_logind
    source = LogindLockSource(bus, SESSION_PATH)
    assert source.listening and source.delaying_sleep
    assert held_inhibitors(manager) == 1
    held_while_locking: list[int] = []
    source.lock_requested.connect(lambda: held_while_locking.append(held_inhibitors(manager)))
    with qtbot.waitSignal(source.lock_requested, timeout=5_000):
        manager.call("Emit", "Lock", False)
    with qtbot.waitSignal(source.lock_requested, timeout=5_000):
        manager.call("Emit", "PrepareForSleep", True)
    assert held_while_locking == [1, 1]
    assert not source.delaying_sleep
    qtbot.waitUntil(lambda: held_inhibitors(manager) == 0, timeout=5_000)  # sleep may go on
    manager.call("Emit", "PrepareForSleep", False)  # waking up: no lock, a new inhibitor
    qtbot.waitUntil(lambda: source.delaying_sleep, timeout=5_000)
    assert held_inhibitors(manager) == 1
    assert held_while_locking == [1, 1]


def test_the_desktop_lockers_locked_hint_asks_to_lock(qtbot, fake_logind) -> None:  # type: ignore[no-untyped-def]
    """GNOME's Super+L, KDE's Meta+L: logind sends no Lock, only LockedHint becoming true."""
    bus, manager = fake_logind
    source = LogindLockSource(bus, SESSION_PATH)
    requests: list[str] = []
    source.lock_requested.connect(lambda: requests.append("lock"))
    manager.call("Emit", "IdleHint", True)  # another property: no lock
    manager.call("Emit", "LockedHint", False)  # unlocked: no lock
    with qtbot.waitSignal(source.lock_requested, timeout=5_000):
        manager.call("Emit", "LockedHint", True)
    assert requests == ["lock"]  # one bus, in order: the two before were heard and ignored


def test_the_screensaver_becoming_active_asks_to_lock(qtbot, fake_logind) -> None:  # type: ignore[no-untyped-def]
    bus, manager = fake_logind
    qtbot.waitUntil(lambda: bus.interface().isServiceRegistered(SCREENSAVER).value(), timeout=5_000)
    source = LogindLockSource(bus, None)
    assert source.follow_screensaver(bus)
    requests: list[str] = []
    source.lock_requested.connect(lambda: requests.append("lock"))
    manager.call("Emit", "ActiveChanged", False)  # the screensaver went away: no lock
    with qtbot.waitSignal(source.lock_requested, timeout=5_000):
        manager.call("Emit", "ActiveChanged", True)
    assert requests == ["lock"]


def test_another_sessions_lock_is_ignored(qtbot, fake_logind) -> None:  # type: ignore[no-untyped-def]
    bus, manager = fake_logind
    source = LogindLockSource(bus, "/org/freedesktop/login1/session/_7")
    with qtbot.assertNotEmitted(source.lock_requested, wait=300):
        manager.call("Emit", "Lock", False)
        manager.call("Emit", "LockedHint", True)


def test_without_logind_the_source_just_listens(qtbot, private_bus: str) -> None:  # type: ignore[no-untyped-def]
    qtdbus = pytest.importorskip("PySide6.QtDBus")
    bus = qtdbus.QDBusConnection.connectToBus(private_bus, "antiviolenza-test-empty")
    source = LogindLockSource(bus, None)
    assert source.listening and not source.delaying_sleep
    assert source.follow_screensaver(bus)  # no ScreenSaver service: nothing heard, no error
    qtdbus.QDBusConnection.disconnectFromBus("antiviolenza-test-empty")


def windows_message(message: int, w_param: int) -> MSG:
    return MSG(hwnd=None, message=message, wParam=w_param, lParam=0, time=0)


@pytest.mark.parametrize(
    ("message", "w_param", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, False),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, False),
        (0x0100, WTS_SESSION_LOCK, False),  # WM_KEYDOWN with the same wParam
    ],
)
def test_windows_messages_are_decoded(message: int, w_param: int, locks: bool) -> None:
    requests: list[int] = []
    message_filter = WindowsMessageFilter(lambda: requests.append(1))
    fabricated = windows_message(message, w_param)
    answer = message_filter.nativeEventFilter(WINDOWS_MESSAGE, ctypes.addressof(fabricated))
    assert answer == (False, 0)  # every message goes on to Qt
    assert requests == ([1] if locks else [])


def test_only_windows_messages_are_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    source = WtsLockSource()
    fabricated = windows_message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    with qtbot.assertNotEmitted(source.lock_requested):
        source.filter.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(fabricated))
        source.filter.nativeEventFilter(WINDOWS_MESSAGE, 0)
    with qtbot.waitSignal(source.lock_requested, timeout=1_000):
        source.filter.nativeEventFilter(WINDOWS_MESSAGE, ctypes.addressof(fabricated))
