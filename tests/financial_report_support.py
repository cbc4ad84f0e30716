"""A store with a little of everything the financial report sums, for the report and CLI tests.

Three synthetic women with validated projects (active and passive funds), payments, a payment
reversed and a project revised after it, staff hours with one row reversed, a training expense
(3.4) and two narratives. Returns what the tests need to look for: the women's case codes,
names and codici fiscali (which must never appear in a report).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry, HoursEntry
from antiviolenza_desktop.services import cofinancing, ledger_writes, register_reversal
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.unlock import open_with_password
from tests.funds_support import TODAY, new_case, validate_project, work_project
from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD

MONTH = f"{TODAY:%Y-%m}"
NARRATIVE_31 = "Valutate sette donne in équipe; strumento condiviso adottato dai tre Ambiti."
NARRATIVE_32 = "Tre percorsi attivati con il Centro per l'Impiego di Cremona."


@dataclass(frozen=True)
class Woman:
    case_id: int
    code: str
    first_name: str
    last_name: str
    codice_fiscale: str


def open_new_store(folder: Path, ambito: str = "cremonese") -> OpenStore:
    """A new store at `folder/archivio.avdb`, unlocked for its coordinator (the caller closes)."""
    store = open_with_password(new_store(folder, ambito=ambito), user=LOGIN, password=PASSWORD)
    return OpenStore(store, actor_for(store, LOGIN))


def _woman(opened: OpenStore, case_id: int) -> Woman:
    with UnitOfWork(opened.store, opened.actor) as uow:
        view = load_case(uow, case_id=case_id)
    draft = view.draft
    return Woman(case_id, view.code, draft.first_name, draft.last_name, draft.codice_fiscale or "")


def _pay(opened: OpenStore, seq: int, amount: int, payee: str, document: str) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        paid = ledger_writes.record_disbursement(
            uow, commitment_seq=seq, amount=amount, on=TODAY, payee=payee, document_ref=document
        )
    return paid.seq


def build_report_store(opened: OpenStore) -> list[Woman]:
    """Fill `opened` (a Cremonese store) and return its three women.

    Ledger: 1 active 1.500 and 2 passive 200 (woman 1); 3 active 2.500 and 4 passive 1.000
    (woman 2); 5 active 800 (woman 3). Payments 600 + 400 on 1, 1.234,56 on 3, 300 on 4, 800 on
    5 then reversed; woman 3's project revised to 900 (5 reversed, a new commitment of 900).
    """
    ids = [new_case(opened, seed) for seed in (11, 12, 13)]
    validate_project(opened, ids[0], work_project(150_000, 20_000))
    validate_project(opened, ids[1], work_project(250_000, 100_000))
    validate_project(opened, ids[2], work_project(80_000))
    _pay(opened, 1, 60_000, "la beneficiaria", "Mandato 12/2026")
    _pay(opened, 1, 40_000, "la beneficiaria", "Mandato 13/2026")
    _pay(opened, 3, 123_456, "Ente di formazione Prova", "Fattura 77")
    _pay(opened, 4, 30_000, "Asilo nido Girasole", "Ricevuta 5")
    wrong = _pay(opened, 5, 80_000, "la beneficiaria", "Mandato 14/2026")
    with UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(
            uow,
            kind="ledger",
            row_id=wrong,
            day=TODAY,
            reason="Pagamento registrato sul caso sbagliato",
        )
    validate_project(opened, ids[2], work_project(90_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        hours = HoursEntry("Comune di Cremona", "Assistente sociale", "3.1", MONTH, 600, 2_550)
        first = cofinancing.record_hours(uow, entry=hours, today=TODAY)
        cofinancing.record_hours(uow, entry=hours, today=TODAY)
        register_reversal.reverse_row(
            uow, kind="hours", row_id=first, day=TODAY, reason="Registrate due volte"
        )
        housing = HoursEntry("Comune di Cremona", "Referente casa", "4.2", MONTH, 510, 3_000)
        cofinancing.record_hours(uow, entry=housing, today=TODAY)
        expense = ExpenseEntry("3.4", TODAY, 25_000, "Ente formatore Prova", "Fattura 3", "Corso")
        cofinancing.record_expense(uow, expense=expense, today=TODAY)
        cofinancing.set_narrative(uow, action_code="3.1", text=NARRATIVE_31)
        cofinancing.set_narrative(uow, action_code="3.2-attive", text=NARRATIVE_32)
    return [_woman(opened, case_id) for case_id in ids]
