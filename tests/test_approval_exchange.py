"""Period approval across real stores: the Ambito submits with its bundle, the capofila
approves, sends back or reopens and writes the signed decision file, the Ambito applies it and
its approved period is locked. Every refusal of the decision file (replayed, another Ambito's,
another programme's, another key's, tampered, not a file) leaves the Ambito's store as it was.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.domain.approval.states import PeriodLocked
from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry
from antiviolenza_desktop.exchange.approval_files import _SIGNATURE_LABEL, _canonical
from antiviolenza_desktop.exchange.key_material import signing_private
from antiviolenza_desktop.services import cofinancing
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from tests.approval_support import (
    LAST_MONTH,
    TODAY,
    apply,
    counts,
    decided,
    decision_file,
    export_submitting,
    merge,
    states_at_ambito,
    states_at_capofila,
)
from tests.exchange_stores import Network, enrolled_network, make_store

AMBITI = ("cremonese", "cremasco")
CODE = LAST_MONTH.code


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    built = enrolled_network(tmp_path, AMBITI)
    yield built
    built.close()


def _submitted(network: Network, ambito: str = "cremonese") -> None:
    merge(network.capofila, export_submitting(network.ambiti[ambito], LAST_MONTH))


def _expense(opened: OpenStore) -> int:
    entry = ExpenseEntry("3.4", LAST_MONTH.last_day, 25_000, "Ente", "Fattura 1", "Formazione")
    with UnitOfWork(opened.store, opened.actor) as uow:
        return cofinancing.record_expense(uow, expense=entry, today=TODAY)


def _refused(opened: OpenStore, data: bytes) -> AppError:
    before = counts(opened)
    with pytest.raises(AppError) as refused:
        apply(opened, data)
    assert counts(opened) == before
    return refused.value


def test_approve_lock_then_reopen(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    _submitted(network)
    assert states_at_ambito(cremonese) == {CODE: "submitted"}
    kept = states_at_capofila(network.capofila)[("cremonese", CODE)]
    assert (kept.state, kept.submitted_in) == ("submitted", 1)
    applied = apply(cremonese, decided(network.capofila, "cremonese", LAST_MONTH, "approve"))
    assert applied.sequence == 1 and [r.state for r in applied.changed] == ["approved"]
    assert states_at_ambito(cremonese) == {CODE: "approved"}
    before = counts(cremonese)
    with pytest.raises(PeriodLocked) as refused:
        _expense(cremonese)
    assert refused.value.params["period"] == LAST_MONTH.label
    assert refused.value.params["by"] == network.capofila.actor.login
    assert counts(cremonese) == before
    apply(cremonese, decided(network.capofila, "cremonese", LAST_MONTH, "reopen"))
    assert states_at_ambito(cremonese) == {CODE: "reopened"}
    assert _expense(cremonese) > 0


def test_sent_back_with_reason_then_resubmitted(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    _submitted(network)
    data = decided(network.capofila, "cremonese", LAST_MONTH, "send_back", "Mancano le ore")
    # a bundle exported before the decision file is applied does not undo the decision
    merge(network.capofila, export_submitting(cremonese))
    assert states_at_capofila(network.capofila)[("cremonese", CODE)].state == "sent_back"
    apply(cremonese, data)
    assert states_at_ambito(cremonese) == {CODE: "sent_back"}
    assert _expense(cremonese) > 0  # a period sent back is editable
    _submitted(network)
    again = states_at_capofila(network.capofila)[("cremonese", CODE)]
    assert (again.state, again.reason, again.submitted_in) == ("submitted", "", 3)


def test_the_capofila_refuses_decisions_out_of_turn(network: Network) -> None:
    capofila = network.capofila
    with pytest.raises(AppError) as never_submitted:
        decided(capofila, "cremonese", LAST_MONTH, "approve")
    assert never_submitted.value.code == "periodo_passaggio_non_ammesso"
    _submitted(network)
    for decision, reason, code in (
        ("reopen", "", "periodo_passaggio_non_ammesso"),
        ("send_back", "   ", "motivo_rinvio_obbligatorio"),
        ("send_back", "x" * 201, "motivo_rinvio_troppo_lungo"),
    ):
        before = counts(capofila)
        with pytest.raises(AppError) as refused:
            decided(capofila, "cremonese", LAST_MONTH, decision, reason)  # type: ignore[arg-type]
        assert refused.value.code == code and counts(capofila) == before
    with pytest.raises(AppError) as nothing:
        decision_file(capofila, "cremonese")
    assert nothing.value.code == "nessuna_decisione_periodi"


def test_overlapping_or_unfinished_submissions_refuse_the_export(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    march = Period(TODAY.year - 1, month=3)
    merge(network.capofila, export_submitting(cremonese, march))
    for period, code in (
        (Period(TODAY.year - 1, quarter=1), "periodo_sovrapposto"),
        (Period(TODAY.year, month=TODAY.month), "periodo_non_concluso"),
        (march, "periodo_passaggio_non_ammesso"),
    ):
        before = counts(cremonese)
        with pytest.raises(AppError) as refused:
            export_submitting(cremonese, period)
        assert refused.value.code == code and counts(cremonese) == before
    export_submitting(cremonese, Period(TODAY.year - 1, quarter=2))


def test_a_replayed_file_is_refused(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    _submitted(network)
    data = decided(network.capofila, "cremonese", LAST_MONTH, "approve")
    apply(cremonese, data)
    assert _refused(cremonese, data).code == "file_decisioni_gia_applicato"


def test_a_file_for_another_ambito_is_refused(network: Network) -> None:
    _submitted(network, "cremasco")
    data = decided(network.capofila, "cremasco", LAST_MONTH, "approve")
    refusal = _refused(network.ambiti["cremonese"], data)
    assert refusal.code == "file_decisioni_altro_ambito"
    assert refusal.params == {"theirs": "cremasco", "ours": "cremonese"}


def _resigned(capofila: OpenStore, data: bytes, change: dict[str, object]) -> bytes:
    """The file with `change` in its content, signed again with the capofila's own key:
    authentic, but not what the capofila wrote."""
    document = json.loads(data)
    document["contenuto"].update(change)
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        own = records.active_own_key(uow, "signing")
    assert own is not None
    signature = signing_private(own.private_key).sign(
        _SIGNATURE_LABEL + _canonical(document["contenuto"])
    )
    document["firma"] = base64.b64encode(signature).decode()
    return json.dumps(document).encode()


def test_a_file_of_another_programme_is_refused(network: Network) -> None:
    _submitted(network)
    data = decided(network.capofila, "cremonese", LAST_MONTH, "approve")
    forged = _resigned(network.capofila, data, {"programme_id": "altro-programma"})
    refusal = _refused(network.ambiti["cremonese"], forged)
    assert refusal.code == "file_decisioni_altro_programma"


def test_a_tampered_file_is_refused(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    _submitted(network)
    data = decided(network.capofila, "cremonese", LAST_MONTH, "send_back", "Rivedere")
    document = json.loads(data)
    document["contenuto"]["periods"][0]["state"] = "approved"
    assert _refused(cremonese, json.dumps(document).encode()).code == "file_decisioni_alterato"
    document = json.loads(data)
    document["contenuto"]["sequence"] = 99
    assert _refused(cremonese, json.dumps(document).encode()).code == "file_decisioni_alterato"


def test_a_file_signed_by_another_capofila_is_refused(network: Network, tmp_path: Path) -> None:
    other = enrolled_network(tmp_path / "altra", ("cremonese",))
    try:
        merge(other.capofila, export_submitting(other.ambiti["cremonese"], LAST_MONTH))
        data = decided(other.capofila, "cremonese", LAST_MONTH, "approve")
    finally:
        other.close()
    refusal = _refused(network.ambiti["cremonese"], data)
    assert refusal.code == "file_decisioni_altra_chiave"


def test_what_is_not_a_decision_file_is_refused(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    for data in (b"", b"not json", b'{"formato": "altro"}', b"x" * 300_000):
        assert _refused(cremonese, data).code == "file_decisioni_non_valido"


def test_a_store_not_enrolled_refuses_the_file(network: Network, tmp_path: Path) -> None:
    _submitted(network)
    data = decided(network.capofila, "cremonese", LAST_MONTH, "approve")
    alone = make_store(tmp_path / "sola", "cremonese")
    try:
        assert _refused(alone, data).code == "non_iscritto"
    finally:
        alone.store.close()


def test_only_the_coordinator_submits_decides_and_applies(network: Network) -> None:
    cremonese = network.ambiti["cremonese"]
    operator = OpenStore(cremonese.store, Actor(user_id=None, login="op", role="operator"))
    with pytest.raises(PermissionDenied):
        export_submitting(operator, LAST_MONTH)
    _submitted(network)
    capofila_operator = OpenStore(
        network.capofila.store, Actor(user_id=None, login="op", role="operator")
    )
    before = counts(network.capofila)
    with pytest.raises(PermissionDenied):
        decided(capofila_operator, "cremonese", LAST_MONTH, "approve")
    assert counts(network.capofila) == before
    data = decided(network.capofila, "cremonese", LAST_MONTH, "approve")
    with pytest.raises(PermissionDenied):
        apply(operator, data)
    assert states_at_ambito(cremonese) == {CODE: "submitted"}
