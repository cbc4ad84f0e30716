"""`antiviolenza-gui --self-test`: every check of `antiviolenza self-test` plus the Qt ones
(Italian Qt translations, the English catalogue, the application icon, the main window shown
offscreen). Results go to standard output, one OK/ERRORE line each; the exit code is 0 only
when all pass. The window check prints when the window first showed (seconds since the epoch),
so a launcher can measure the time to window of the frozen build.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from antiviolenza_desktop.exchange import self_check as exchange_checks
from antiviolenza_desktop.reports import self_check as report_checks
from antiviolenza_desktop.services import self_check
from antiviolenza_desktop.services.resources import find_resource
from antiviolenza_desktop.ui.app_icon import app_icon

QT_CATALOGUES = ("qtbase_it",)  # Qt's English catalogue is empty: English is its source


def check_main_window() -> str:
    """The main window on its lock screen (a store path that does not exist is never made)."""
    from antiviolenza_desktop.ui.background import BackgroundRunner
    from antiviolenza_desktop.ui.main_window import MainWindow
    from antiviolenza_desktop.ui.session.store_session import StoreSession

    with tempfile.TemporaryDirectory(prefix="antiviolenza-autodiagnosi-") as folder:
        runner = BackgroundRunner()
        window = MainWindow(StoreSession(Path(folder) / "nessuno.avdb", runner))
        runner.setParent(window)
        window.show()
        QApplication.processEvents()
        shown_at = time.time()
        visible = window.isVisible()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    if not visible:
        raise RuntimeError("la finestra principale non si è mostrata")
    return f"mostrata a {shown_at:.3f}"


def check_qt_translations() -> str:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES:
        translator = QTranslator()
        if not translator.load(name, folder) or translator.isEmpty():
            raise FileNotFoundError(f"{name}.qm non si carica da {folder}")
    own = find_resource("translations", "antiviolenza_en.qm")
    translator = QTranslator()
    if own is None or not translator.load(str(own)) or translator.isEmpty():
        raise FileNotFoundError("antiviolenza_en.qm non si carica")
    italian = QTranslator()
    italian.load(QLocale("it"), "qtbase", "_", folder)
    if italian.translate("QPlatformTheme", "&Yes") != "&Sì":
        raise ValueError("qtbase_it.qm non traduce i pulsanti di Qt")
    return ", ".join(QT_CATALOGUES)


def check_icon() -> str:
    sizes = app_icon().availableSizes()
    if not sizes:
        raise FileNotFoundError("mancano le icone in resources/icons")
    return f"{len(sizes)} dimensioni"


def check_help_pages() -> str:
    from antiviolenza_desktop.ui.archive.help_dialog import (
        HELP_LANGUAGES,
        HELP_TOPICS,
        missing_help_pages,
    )

    missing = missing_help_pages()
    if missing:
        raise FileNotFoundError("mancano pagine della guida: " + ", ".join(missing))
    return f"{len(HELP_TOPICS)} pagine in {len(HELP_LANGUAGES)} lingue"


QT_CHECKS: tuple[self_check.Check, ...] = (
    self_check.Check("finestra principale (offscreen)", check_main_window),
    self_check.Check("traduzioni di Qt e dell'applicazione", check_qt_translations),
    self_check.Check("icona dell'applicazione", check_icon),
    self_check.Check("guida (Aiuto › Guida)", check_help_pages),
)
ALL_CHECKS = (
    *QT_CHECKS,
    *self_check.CHECKS,
    *exchange_checks.CHECKS,
    *report_checks.CHECKS,
)


def run_self_test() -> int:
    """Run every check in the current QApplication; 0 only when all passed."""

    def write(line: str) -> None:
        if sys.stdout is not None:  # a windowed build started without redirection has none
            print(line, flush=True)

    return 0 if self_check.run_checks(ALL_CHECKS, write) else 1
