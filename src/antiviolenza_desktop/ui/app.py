"""Starting the desktop application: `antiviolenza-gui [--store PATH] [--demo] [--lang L]
[--idle-minutes N]` (`--self-test` runs the installation's checks offscreen instead:
ui/self_test.py). The language and idle minutes come from the user's settings
(ui/app_settings, Archivio › Impostazioni…) unless given on the command line, which wins.

Only Qt and the lock screen are imported before the window shows; the database stack is
imported when a store is unlocked, so the lock screen appears quickly. Before anything else the
process is kept out of crash dumps (store.process_hardening).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from antiviolenza_desktop.store.process_hardening import harden_process
from antiviolenza_desktop.ui import error_hook
from antiviolenza_desktop.ui.app_icon import app_icon
from antiviolenza_desktop.ui.archive.app_settings import AppSettings, user_settings
from antiviolenza_desktop.ui.translations import install_translator


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="antiviolenza-gui")
    parser.add_argument("--store", type=Path, default=None, help="file dell'archivio")
    parser.add_argument("--demo", action="store_true", help="archivio dimostrativo")
    parser.add_argument("--lang", choices=("it", "en", "pseudo"), default=None)
    parser.add_argument("--idle-minutes", type=int, default=None, choices=range(1, 16))
    parser.add_argument(
        "--self-test", action="store_true", help="autodiagnosi dell'installazione (offscreen)"
    )
    return parser.parse_args(argv)


def with_settings(args: argparse.Namespace, settings: AppSettings) -> argparse.Namespace:
    """The options not given on the command line, taken from the user's settings."""
    return argparse.Namespace(
        **{
            **vars(args),
            "lang": args.lang or settings.language,
            "idle_minutes": args.idle_minutes or settings.idle_minutes,
        }
    )


def build_window(args: argparse.Namespace, settings: AppSettings | None = None) -> QWidget:
    """The first-run wizard when there is no store yet, else the main window on its lock screen.
    Without `settings` (tests, screenshots) nothing is remembered between runs."""
    from antiviolenza_desktop.services.paths import default_store_path
    from antiviolenza_desktop.ui.background import BackgroundRunner
    from antiviolenza_desktop.ui.main_window import MainWindow
    from antiviolenza_desktop.ui.session.store_session import StoreSession

    database = args.store or default_store_path()
    demo_password = None
    if args.demo:
        from antiviolenza_desktop.services.demo import DEMO_PASSWORD, ensure_demo_store

        database = ensure_demo_store(args.store)
        demo_password = DEMO_PASSWORD
    runner = BackgroundRunner()
    session = StoreSession(database, runner)
    args = with_settings(args, settings or AppSettings(None))
    window = MainWindow(
        session,
        demo_password=demo_password,
        idle_ms=args.idle_minutes * 60_000,
        settings=settings,
        language=args.lang,
    )
    runner.setParent(window)
    if database.exists() or database.with_name(database.name + ".keys").exists():
        return window
    from antiviolenza_desktop.ui.session.first_run_window import FirstRunWindow

    wizard = FirstRunWindow(database, runner)
    wizard.setParent(window, wizard.windowFlags())

    def start(opened: object) -> None:
        window.show()
        session.adopt(opened)  # type: ignore[arg-type]

    wizard.finished.connect(start)
    return wizard


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("antiviolenza-desktop")
    app.setWindowIcon(app_icon())
    settings = AppSettings(None) if args.self_test else AppSettings(user_settings())
    args = with_settings(args, settings)
    install_translator(app, args.lang)
    if args.self_test:
        from antiviolenza_desktop.ui.self_test import run_self_test

        return run_self_test()
    error_hook.install()
    window = build_window(args, settings)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
