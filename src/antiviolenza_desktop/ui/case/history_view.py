"""The «Panoramica» tab of a case: her referrals to services with their status today, then
her whole history on one screen, newest first.

Each line is one event of `services.case_history` (day, local time, kind, what, who); the
filter narrows it to one kind, and a double-click opens the tab where that item lives
(`jump_requested` with a tab role). The widget holds nothing once `clear` is called, as
every tab of the case detail when the store locks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.consent import PURPOSES, label_of
from antiviolenza_desktop.domain.case.referral import Referral
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.operations.case_reading import read_history
from antiviolenza_desktop.operations.case_referrals import read_referrals
from antiviolenza_desktop.services import case_history as history
from antiviolenza_desktop.services.case_history import HistoryEvent
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.ambito_names import ambito_name
from antiviolenza_desktop.ui.case.consent_dialogs import option_label
from antiviolenza_desktop.ui.case.referral_words import service_text, status_label, status_text
from antiviolenza_desktop.ui.case.service_picker import kind_label as referral_kind_label
from antiviolenza_desktop.ui.formatting import format_date, format_local_time, format_money
from antiviolenza_desktop.ui.funds.charts import fund_label

_ALL = ""
TAB_OF_KIND = {
    history.KIND_REFERRAL: "referral",
    history.KIND_STAGE: "referral",
    history.KIND_EDIT: "anagrafica",
    history.KIND_ASSESSMENT: "assessment",
    history.KIND_PROJECT_CONFIRMED: "project",
    history.KIND_PROJECT_CLOSED: "project",
    history.KIND_MONITORING: "project",
    history.KIND_SIGNOFF: "project",
    history.KIND_COMMITMENT: "funds",
    history.KIND_DISBURSEMENT: "funds",
    history.KIND_REVERSAL: "funds",
    history.KIND_CONSENT: "consents",
    history.KIND_CONSENT_WITHDRAWN: "consents",
    history.KIND_REFERRAL_SENT: "referrals",
    history.KIND_REFERRAL_STATUS: "referrals",
}
"""The case detail's tab (by role) where each kind of event can be seen; prints and the
erasure have none."""


def kind_label(kind: str) -> str:
    labels = {
        history.KIND_REFERRAL: QCoreApplication.translate("case_history", "Segnalazione"),
        history.KIND_EDIT: QCoreApplication.translate("case_history", "Modifica della scheda"),
        history.KIND_STAGE: QCoreApplication.translate("case_history", "Fase del percorso"),
        history.KIND_ASSESSMENT: QCoreApplication.translate("case_history", "Valutazione"),
        history.KIND_PROJECT_CONFIRMED: QCoreApplication.translate(
            "case_history", "Progetto validato"
        ),
        history.KIND_PROJECT_CLOSED: QCoreApplication.translate("case_history", "Progetto chiuso"),
        history.KIND_SIGNOFF: QCoreApplication.translate("case_history", "Firma dell'équipe"),
        history.KIND_MONITORING: QCoreApplication.translate("case_history", "Monitoraggio"),
        history.KIND_COMMITMENT: QCoreApplication.translate("case_history", "Impegno di spesa"),
        history.KIND_DISBURSEMENT: QCoreApplication.translate("case_history", "Erogazione"),
        history.KIND_REVERSAL: QCoreApplication.translate("case_history", "Storno"),
        history.KIND_PRINT: QCoreApplication.translate("case_history", "Stampa"),
        history.KIND_ERASURE: QCoreApplication.translate("case_history", "Eliminazione dei dati"),
        history.KIND_CONSENT: QCoreApplication.translate("case_history", "Consenso"),
        history.KIND_CONSENT_WITHDRAWN: QCoreApplication.translate("case_history", "Revoca"),
        history.KIND_REFERRAL_SENT: QCoreApplication.translate("case_history", "Invio"),
        history.KIND_REFERRAL_STATUS: QCoreApplication.translate(
            "case_history", "Stato di un invio"
        ),
        history.KIND_TRANSFER_SENT: QCoreApplication.translate("case_history", "Trasferimento"),
        history.KIND_TRANSFER_RECEIVED: QCoreApplication.translate("case_history", "Caso ricevuto"),
    }
    return labels.get(kind, kind)


def summary_text(event: HistoryEvent) -> str:
    """What happened, in words built only from the event's checked parameters."""
    p = event.params
    if event.kind == history.KIND_STAGE:
        stage = opt.label_of(opt.STAGES, str(p.get("stage", "")))
        return QCoreApplication.translate("intake_options", stage)
    if event.kind in (history.KIND_COMMITMENT, history.KIND_DISBURSEMENT, history.KIND_REVERSAL):
        return _ledger_text(p)
    if event.kind == history.KIND_PROJECT_CONFIRMED and "revision" in p:
        return QCoreApplication.translate("case_history", "Revisione %1 validata").replace(
            "%1", str(p["revision"])
        )
    if event.kind == history.KIND_SIGNOFF:
        return _signoff_text(p)
    if event.kind == history.KIND_PRINT:
        forms = {
            "scheda_segnalazione": QCoreApplication.translate(
                "case_history", "Scheda di segnalazione stampata o salvata in PDF"
            ),
            "progetto_personalizzato": QCoreApplication.translate(
                "case_history", "Progetto personalizzato stampato o salvato in PDF"
            ),
        }
        return forms.get(
            str(p.get("form", "")),
            QCoreApplication.translate("case_history", "Modulo stampato o salvato in PDF"),
        )
    if event.kind == history.KIND_ERASURE:
        return QCoreApplication.translate(
            "case_history", "Dati personali eliminati; restano codice, date e movimenti"
        )
    if event.kind in (history.KIND_CONSENT, history.KIND_CONSENT_WITHDRAWN):
        return _consent_text(event)
    if event.kind in (history.KIND_REFERRAL_SENT, history.KIND_REFERRAL_STATUS):
        return _referral_text(event)
    if event.kind in (history.KIND_TRANSFER_SENT, history.KIND_TRANSFER_RECEIVED):
        return _transfer_text(event)
    return _plain_summary(event.kind)


def _signoff_text(p: dict[str, str | int]) -> str:
    """«Validazione della revisione 2 firmata da m.rossi»."""
    acts = {
        "validazione": QCoreApplication.translate("case_history", "Validazione del progetto"),
        "revisione": QCoreApplication.translate("case_history", "Validazione della revisione"),
        "chiusura": QCoreApplication.translate("case_history", "Chiusura del progetto"),
    }
    text = QCoreApplication.translate("case_history", "%1 (revisione %2) firmata da %3")
    act = acts.get(str(p.get("act", "")), QCoreApplication.translate("case_history", "Atto"))
    values = (act, str(p.get("revision", "?")), str(p.get("signer", "?")))
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", value)
    return text


def _transfer_text(event: HistoryEvent) -> str:
    """«Trasferito all'Ambito «Cremasco»», or «Ricevuto dall'Ambito «Cremonese» (lì CRE-...)»."""
    ambito = ambito_name(str(event.params.get("ambito", "?")))
    if event.kind == history.KIND_TRANSFER_SENT:
        text = QCoreApplication.translate("case_history", "Trasferito all'Ambito «%1»")
        return text.replace("%1", ambito)
    text = QCoreApplication.translate("case_history", "Ricevuto dall'Ambito «%1» (lì %2)")
    return text.replace("%1", ambito).replace("%2", str(event.params.get("from_code", "?")))


def _consent_text(event: HistoryEvent) -> str:
    """«Consenso n. 3 registrato: Presa in carico», or «... revocato: ...»."""
    purpose = label_of(PURPOSES, str(event.params.get("purpose", "")))
    text = (
        QCoreApplication.translate("case_history", "Consenso n. %1 registrato: %2")
        if event.kind == history.KIND_CONSENT
        else QCoreApplication.translate("case_history", "Consenso n. %1 revocato: %2")
    )
    number = str(event.params.get("consent", "?"))
    return text.replace("%1", number).replace("%2", option_label(purpose))


def _referral_text(event: HistoryEvent) -> str:
    """«Invio n. 2 a Centro per l'impiego», or «Invio n. 2: accolta»."""
    p = event.params
    number = str(p.get("referral", "?"))
    if event.kind == history.KIND_REFERRAL_SENT:
        service = referral_kind_label(label_of(BODY_KINDS, str(p.get("service", ""))))
        text = QCoreApplication.translate("case_history", "Invio n. %1 a %2")
        return text.replace("%1", number).replace("%2", service)
    status = status_label(str(p.get("status", "")))
    text = QCoreApplication.translate("case_history", "Invio n. %1: %2")
    return text.replace("%1", number).replace("%2", status)


def _plain_summary(kind: str) -> str:
    texts = {
        history.KIND_REFERRAL: QCoreApplication.translate(
            "case_history", "Scheda di segnalazione creata"
        ),
        history.KIND_EDIT: QCoreApplication.translate(
            "case_history", "Dati della scheda modificati"
        ),
        history.KIND_ASSESSMENT: QCoreApplication.translate(
            "case_history", "Valutazione multidimensionale registrata"
        ),
        history.KIND_PROJECT_CLOSED: QCoreApplication.translate("case_history", "Progetto chiuso"),
        history.KIND_SIGNOFF: QCoreApplication.translate("case_history", "Firma dell'équipe"),
        history.KIND_MONITORING: QCoreApplication.translate(
            "case_history", "Aggiornamento di monitoraggio del progetto"
        ),
        history.KIND_PROJECT_CONFIRMED: QCoreApplication.translate(
            "case_history", "Progetto validato"
        ),
    }
    return texts.get(kind, "")


def _ledger_text(p: dict[str, str | int]) -> str:
    parts = []
    if "entry" in p:
        parts.append(
            QCoreApplication.translate("case_history", "voce n. %1").replace("%1", str(p["entry"]))
        )
    if "reverses" in p:
        parts.append(
            QCoreApplication.translate("case_history", "storna la voce n. %1").replace(
                "%1", str(p["reverses"])
            )
        )
    if "fund" in p:
        parts.append(fund_label(str(p["fund"])))
    if "amount" in p:
        parts.append(format_money(int(p["amount"])))
    return " · ".join(parts)


class CaseOverview(QWidget):
    """`jump_requested(tab)` on a double-click of a line (a `TAB_OF_KIND` value)."""

    jump_requested = Signal(str)

    def __init__(self, opened: OpenStore) -> None:
        super().__init__()
        self._opened = opened
        self.events: list[HistoryEvent] = []
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Mostra"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Data"), self.tr("Ora"), self.tr("Tipo"), self.tr("Che cosa"), self.tr("Chi")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nessun evento registrato per questo caso."))
        self.referrals = QLabel(wordWrap=True, objectName="overviewReferrals")
        self.referrals.setAccessibleName(self.tr("Invii ai servizi e il loro stato"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Mostra"), buddy=self.kind_filter))
        bar.addWidget(self.kind_filter)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.referrals)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.kind_filter.currentIndexChanged.connect(self._show)
        self.table.cellDoubleClicked.connect(self._jump)
        self.clear()

    def load(self, case_id: int) -> None:
        """Read her history (one unit of work; the caller has audited the opening)."""
        self.events = read_history(self._opened, case_id)
        self._show_referrals(read_referrals(self._opened, case_id).referrals)
        self._fill_filter()
        self._show()

    def _show_referrals(self, referrals: tuple[Referral, ...]) -> None:
        """«Invii: Centro per l'impiego — accolta dal 12/11/2026; ...», one line per referral."""
        lines = [
            self.tr("Invio n. %1 a %2: %3")
            .replace("%1", str(referral.id))
            .replace("%2", service_text(referral))
            .replace("%3", status_text(referral))
            for referral in referrals
        ]
        self.referrals.setText("\n".join([self.tr("Invii ai servizi:"), *lines]) if lines else "")
        self.referrals.setVisible(bool(lines))

    def _fill_filter(self) -> None:
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("tutti gli eventi"), _ALL)
        present = {event.kind for event in self.events}
        for kind in history.KINDS:
            if kind in present:
                self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.blockSignals(False)

    def shown(self) -> list[HistoryEvent]:
        wanted = self.kind_filter.currentData()
        return [e for e in self.events if not wanted or e.kind == wanted]

    def _show(self) -> None:
        rows = self.shown()
        self.table.setRowCount(len(rows))
        for row, event in enumerate(rows):
            local = event.at.astimezone() if event.at else None
            who = event.who or ("" if event.at is None else self.tr("chiave di recupero"))
            cells = (
                format_date(event.on),
                f"{local:%H:%M}" if local and local.date() == event.on else "",
                kind_label(event.kind),
                summary_text(event),
                who,
            )
            recorded = (
                self.tr("Registrato il %1 da %2")
                .replace("%1", format_local_time(event.at.isoformat()))
                .replace("%2", who)
                if event.at
                else self.tr("Data della fase del percorso indicata nella scheda")
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(recorded)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not rows)

    def _jump(self, row: int, _column: int) -> None:
        rows = self.shown()
        if 0 <= row < len(rows) and rows[row].kind in TAB_OF_KIND:
            self.jump_requested.emit(TAB_OF_KIND[rows[row].kind])

    def clear(self) -> None:
        self.events = []
        self._show_referrals(())
        self._fill_filter()
        self._show()
