"""The background runner's relay dies on the GUI thread once it has delivered its answer.

A relay and its callbacks reference each other, so left to Python only the cyclic collector
would free it, on whichever thread runs the collector: a QObject destroyed on a pool thread
can crash the process (it did, once, in a full run under load).
"""

from __future__ import annotations

import threading

import shiboken6
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.report_errors import NothingToPrint
from antiviolenza_desktop.ui.background import BackgroundRunner


def test_a_delivered_relay_is_deleted_by_the_gui_thread(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    answers: list[object] = []
    runner.run(threading.get_ident, answers.append, answers.append)
    (relay,) = tuple(runner._relays)
    qtbot.waitUntil(lambda: bool(answers))
    assert answers[0] != threading.get_ident()  # the work ran on the pool thread
    assert not runner.busy
    qtbot.waitUntil(lambda: not shiboken6.isValid(relay))
    runner.wait()


def test_a_refusal_s_relay_is_deleted_as_well(qtbot: QtBot) -> None:
    def refuse() -> None:
        raise NothingToPrint

    runner = BackgroundRunner()
    refusals: list[AppError] = []
    runner.run(refuse, lambda _result: None, refusals.append)
    (relay,) = tuple(runner._relays)
    qtbot.waitUntil(lambda: bool(refusals))
    assert refusals[0].code == NothingToPrint.code
    qtbot.waitUntil(lambda: not shiboken6.isValid(relay))
    runner.wait()
