"""Where stores live by default: the user's data folder as the platform defines it."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "antiviolenza-desktop"
DEFAULT_STORE_NAME = "archivio.avdb"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_store_path() -> Path:
    return data_dir() / DEFAULT_STORE_NAME


def demo_store_path() -> Path:
    return data_dir() / "demo" / "archivio-demo.avdb"
