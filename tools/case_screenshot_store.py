"""What the case-work screenshot tools share: their two arguments, the app with its
translator, a scratch store of synthetic data, and the PNG of one page of a printed form.

Used by tools/{consent,referrals,signoff,tasks}_screenshots.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2
from PySide6.QtWidgets import QApplication
from tests.support import LOGIN, PASSWORD

from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.unit_of_work import actor_for
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.ui.translations import install_translator


def screenshot_app() -> tuple[QApplication, Path]:
    """The application in the language asked (`OUTPUT_DIR [--lang it|en]`) and the folder."""
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    return app, args.output


@contextmanager
def scratch_store(folder: Path) -> Iterator[OpenStore]:
    """A new Ambito store (cremonese), `folder`/archivio.avdb, opened by its coordinator and
    closed afterwards (a temporary folder: the data are synthetic, the folder is not kept)."""
    created = initialise_store(
        folder / "archivio.avdb",
        store_name="Archivio di prova",
        ambito="cremonese",
        login=LOGIN,
        display_name="Coordinatrice Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    opened = OpenStore(created.store, actor_for(created.store, LOGIN))
    try:
        yield opened
    finally:
        opened.store.close()


def save_page(pdf: bytes, marker: str, path: Path, scale: float = 1.2) -> None:
    """The first page of `pdf` whose text holds `marker`, as a PNG at `path`."""
    document = pypdfium2.PdfDocument(pdf)
    page = next(p for p in document if marker in p.get_textpage().get_text_range())
    page.render(scale=scale).to_pil().save(path)
    print(path)
