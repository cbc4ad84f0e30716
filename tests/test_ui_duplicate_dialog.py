"""The duplicate dialog decides on reason codes, never on the Italian label it shows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.intake import (
    SAME_CODICE_FISCALE,
    SAME_NAME_AND_BIRTH,
    DuplicateMatch,
)
from antiviolenza_desktop.ui.case.form_dialogs import DuplicateDialog


def test_the_reasons_are_codes_and_the_labels_only_shown(qtbot: QtBot) -> None:
    same_person = DuplicateMatch(1, "CRE-2026-0001", SAME_NAME_AND_BIRTH)
    dialog = DuplicateDialog([same_person], None)
    qtbot.addWidget(dialog)
    assert (SAME_CODICE_FISCALE, SAME_NAME_AND_BIRTH) == (
        "same_codice_fiscale",
        "same_name_birth_date",
    )
    assert dialog.list.item(0).text() == "CRE-2026-0001 — stesso nome e data di nascita"
    assert not dialog.same_codice_fiscale and dialog.confirmable


def test_saving_her_closed_path_beside_her_open_one_is_offered(qtbot: QtBot) -> None:
    open_path = DuplicateMatch(2, "CRE-2026-0002", SAME_CODICE_FISCALE, saving_closed=True)
    dialog = DuplicateDialog([open_path], None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.item(0).text() == "CRE-2026-0002 — stesso codice fiscale"
    assert dialog.save_button.isVisible() and "due suoi percorsi" in dialog.save_button.text()
    both_open = DuplicateDialog([DuplicateMatch(2, "CRE-2026-0002", SAME_CODICE_FISCALE)], None)
    qtbot.addWidget(both_open)
    both_open.show()
    assert not both_open.save_button.isVisible()
