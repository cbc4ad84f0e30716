"""The first-run wizard's window: one page per step of `domain.first_run.FirstRunWizard`.

The window only draws the current step and forwards what was typed; the state machine decides
whether she may go on and why not, and the message is shown next to the field it names.
Creating the store runs in the background (the key derivation takes about a second).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.access.first_run import FirstRunWizard, Step
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.store_setup import (
    create_store,
    opened_new_store,
    write_recovery_sheet,
)
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.store.creation import NewStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.session.password_fields import NewPasswordFields
from antiviolenza_desktop.ui.widgets import ErrorLabel


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _page(title: str, explanation: str = "") -> tuple[QWidget, QVBoxLayout]:
    """A wizard page: its heading, what the step is for, then the step's own widgets."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(_heading(title))
    if explanation:
        layout.addWidget(_explanation(explanation))
    return page, layout


class FirstRunWindow(QWidget):
    """Emits `finished(OpenStore)` when the store exists and its key is safely copied."""

    finished = Signal(object)

    def __init__(self, database: Path, runner: BackgroundRunner) -> None:
        super().__init__()
        self.database = database
        self.runner = runner
        self.machine = FirstRunWizard.for_programme(load_default_programme())
        self.created: NewStore | None = None
        self._shown_step: Step | None = None
        self.setWindowTitle(self.tr("Primo avvio – nuovo archivio cifrato"))
        self.resize(760, 560)
        self.pages = QStackedWidget()
        self.errors: dict[str, ErrorLabel] = {}
        self._pages: dict[Step, QWidget] = {
            Step.ROLE: self._role_page(),
            Step.USER: self._user_page(),
            Step.CREATE: self._create_page(),
            Step.SHOW_KEY: self._show_key_page(),
            Step.CONFIRM_KEY: self._confirm_page(),
            Step.SHEET: self._sheet_page(),
        }
        for page in self._pages.values():
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("&Indietro"))
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self.tr("&Avanti"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._refresh()

    # --- pages ---------------------------------------------------------------------------

    def _error(self, field: str) -> ErrorLabel:
        self.errors[field] = ErrorLabel()
        return self.errors[field]

    def _role_page(self) -> QWidget:
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Ente a cui appartiene l'archivio"))
        for code, label in self.machine.roles.items():
            self.role.addItem(label, code)
        self.store_name = QLineEdit()
        self.store_name.setAccessibleName(self.tr("Nome dell'archivio"))
        self.store_name.setPlaceholderText(self.tr("es. Équipe Ambito Cremonese"))
        form = QFormLayout()
        form.addRow(self.tr("&Ente"), self.role)
        form.addRow("", self._error("role"))
        form.addRow(self.tr("&Nome dell'archivio"), self.store_name)
        form.addRow("", self._error("store_name"))
        page, layout = _page(
            self.tr("Benvenuta: creiamo l'archivio cifrato"),
            self.tr(
                "Tutti i dati restano cifrati su questo computer. Scegli a quale Ambito "
                "(o al capofila) appartiene l'archivio e dagli un nome riconoscibile."
            ),
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _user_page(self) -> QWidget:
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("Nome utente"))
        self.login.setPlaceholderText(self.tr("es. m.rossi"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Nome e cognome"))
        self.password_fields = NewPasswordFields(self.machine._personal_words)
        form = QFormLayout()
        form.addRow(self.tr("&Nome utente"), self.login)
        form.addRow("", self._error("user"))
        form.addRow(self.tr("Nome e &cognome"), self.display_name)
        form.addRow("", self._error("display_name"))
        page, layout = _page(
            self.tr("La coordinatrice dell'archivio"),
            self.tr(
                "Scegli una password lunga: una frase di quattro o più parole non comuni è "
                "facile da ricordare e difficile da indovinare."
            ),
        )
        layout.addLayout(form)
        layout.addWidget(self.password_fields)
        self.errors.update(self.password_fields.errors)
        layout.addStretch(1)
        return page

    def _create_page(self) -> QWidget:
        page, layout = _page(self.tr("Creazione dell'archivio"))
        self.create_status = _explanation(
            self.tr("Premi «Crea archivio»: ci vuole qualche secondo.")
        )
        layout.addWidget(self.create_status)
        layout.addWidget(self._error("create"))
        layout.addStretch(1)
        return page

    def _show_key_page(self) -> QWidget:
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Chiave di recupero"))
        mono = QFont("Monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setBold(True)
        self.key_label.setFont(mono)
        page, layout = _page(
            self.tr("La chiave di recupero"),
            self.tr(
                "Se tutte le password vanno perse, solo questa chiave riapre l'archivio. "
                "Copiala ora su carta: nella prossima pagina ti chiederemo due gruppi."
            ),
        )
        layout.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _confirm_page(self) -> QWidget:
        self.confirm_form = QFormLayout()
        self.group_inputs: list[QLineEdit] = []
        page, layout = _page(
            self.tr("Verifica della copia"),
            self.tr("Scrivi i gruppi richiesti, come li hai copiati (senza trattini)."),
        )
        layout.addLayout(self.confirm_form)
        self.again_button = QPushButton(self.tr("Mostra di nuovo la chiave"))
        self.again_button.clicked.connect(self._show_key_again)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _sheet_page(self) -> QWidget:
        save = QPushButton(self.tr("&Salva il foglio di recupero (PDF)…"))
        save.clicked.connect(self._save_sheet)
        self.sheet_status = _explanation("")
        self.without_sheet = QCheckBox(
            self.tr("Ho copiato la chiave a mano e proseguo senza il foglio")
        )
        page, layout = _page(
            self.tr("Il foglio di recupero"),
            self.tr(
                "Salva il foglio, stampalo e conservalo in cassaforte, lontano dal "
                "computer. Dopo la stampa cancella il file PDF."
            ),
        )
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.sheet_status)
        layout.addWidget(self.without_sheet)
        self.without_sheet.toggled.connect(self._sheet_choice_changed)
        layout.addWidget(self._error("sheet"))
        layout.addStretch(1)
        return page

    # --- navigation ----------------------------------------------------------------------

    def _refresh(self) -> None:
        step = self.machine.step
        entering = step is not self._shown_step
        self._shown_step = step
        self.pages.setCurrentWidget(self._pages[step])
        self.back_button.setEnabled(self.machine.can_go_back)
        labels = {
            Step.CREATE: self.tr("&Crea archivio"),
            Step.SHOW_KEY: self.tr("&Ho copiato la chiave"),
            Step.SHEET: self.tr("&Fine"),
        }
        self.next_button.setText(labels.get(step, self.tr("&Avanti")))
        if step is Step.SHOW_KEY:
            self.key_label.setText(self._key_text())
        if step is Step.CONFIRM_KEY and entering:
            self._build_group_inputs()

    def _key_text(self) -> str:
        groups = (self.machine.data.recovery_key or "").split("-")
        return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])

    def _build_group_inputs(self) -> None:
        while self.confirm_form.rowCount():
            self.confirm_form.removeRow(0)
        for field in [name for name in self.errors if name.startswith("key_group_")]:
            del self.errors[field]
        self.group_inputs = []
        for number in self.machine.data.groups_to_confirm:
            field = QLineEdit()
            field.setMaxLength(7)
            field.setMaximumWidth(160)
            field.setAccessibleName(self.tr("Gruppo %1").replace("%1", str(number)))
            self.group_inputs.append(field)
            self.confirm_form.addRow(self.tr("Gruppo %1").replace("%1", str(number)), field)
            self.confirm_form.addRow("", self._error(f"key_group_{number}"))
        self.group_inputs[0].setFocus()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def _show(self, error: AppError) -> None:
        if self.password_fields.owns(error):
            self.password_fields.show_refusal(error)
            return
        target = self.errors.get(error.field or "") or self.errors.get("create")
        if target is not None:
            target.show_error(error_text(error))

    def _back(self) -> None:
        self._clear_errors()
        try:
            self.machine.back()
        except AppError as error:
            self._show(error)
        self._refresh()

    def _show_key_again(self) -> None:
        self.machine.show_key_again()
        self._refresh()

    def _next(self) -> None:
        self._clear_errors()
        step = self.machine.step
        try:
            if step is Step.ROLE:
                self.machine.choose_role(self.role.currentData(), self.store_name.text())
            elif step is Step.USER:
                fields = self.password_fields
                self.machine.set_user(
                    self.login.text(),
                    self.display_name.text(),
                    fields.password.text(),
                    fields.repeat.text(),
                )
                fields.password.clear()
                fields.repeat.clear()
            elif step is Step.CREATE:
                self._create()
                return
            elif step is Step.SHOW_KEY:
                self.machine.key_shown()
            elif step is Step.CONFIRM_KEY:
                self.machine.confirm_key([field.text() for field in self.group_inputs])
            elif step is Step.SHEET:
                self.machine.finish(without_sheet_confirmed=self.without_sheet.isChecked())
                self._done()
                return
        except AppError as error:
            self._show(error)
            return
        self._refresh()

    def _create(self) -> None:
        request = self.machine.creation_request()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.create_status.setText(self.tr("Creazione in corso: cifratura e verifica…"))

        def work() -> NewStore:
            return create_store(
                self.database,
                store_name=request.store_name,
                ambito=request.role,
                login=request.login,
                display_name=request.display_name,
                password=request.password,
            )

        def done(created: NewStore) -> None:
            self.created = created
            self.machine.store_created(created.recovery_key)
            self.next_button.setEnabled(True)
            self._refresh()

        def failed(error: AppError) -> None:
            self.next_button.setEnabled(True)
            self.back_button.setEnabled(self.machine.can_go_back)
            self.create_status.setText("")
            self._show(error)

        self.runner.run(work, done, failed)

    def _sheet_choice_changed(self, going_on_without: bool) -> None:
        """The refusal to finish holds only while the sheet is unsaved and the box unticked."""
        if going_on_without:
            self.errors["sheet"].clear_error()

    def _save_sheet(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Salva il foglio di recupero"),
            str(Path.home() / "foglio-di-recupero.pdf"),
            self.tr("Documenti PDF (*.pdf)"),
        )
        if path:
            self.save_sheet_to(Path(path))

    def save_sheet_to(self, path: Path) -> None:
        """Write the sheet (refusing an existing file) and open it for printing."""
        created = self.created
        if created is None or not self.machine.data.recovery_key:
            return
        try:
            write_recovery_sheet(created.store.slot_file, self.machine.data.recovery_key, path)
        except AppError as error:
            self.errors["sheet"].show_error(error_text(error))
            return
        self.machine.sheet_saved()
        self.errors["sheet"].clear_error()  # "Non hai salvato…" is no longer true
        self.sheet_status.setText(
            self.tr("Foglio salvato in %1. Stampalo, poi cancella il file.").replace(
                "%1", str(path)
            )
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _done(self) -> None:
        created = self.created
        assert created is not None
        self.finished.emit(opened_new_store(created))
        self.close()
