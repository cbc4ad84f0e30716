"""A case transferred between two real Ambito stores: the round trip, every refusal with both
stores unchanged, the capofila unable to open the file, the sender's case read-only after."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.case.consent import ConsentMissing, NewConsent
from antiviolenza_desktop.domain.case.referral import ACCEPTED, NewReferral, NewStatus
from antiviolenza_desktop.domain.case.retention import REASON_REQUEST
from antiviolenza_desktop.domain.case.transfer import (
    TRANSFER_SERVICE_KIND,
    CaseTransferred,
    KeyCardOfThisAmbito,
    TransferAlreadyReceived,
    TransferFormatTooNew,
    TransferPartnerUnknown,
    TransferToOwnAmbito,
)
from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleTampered,
    BundleWrongRecipient,
    ExchangeFileExists,
)
from antiviolenza_desktop.domain.exchange.enrolment_errors import FingerprintMismatch
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind, TransferFileAsBundle
from antiviolenza_desktop.domain.exchange.transfer_refusals import (
    TransferUnknownSender,
    TransferWrongRecipient,
)
from antiviolenza_desktop.exchange import bundle_io, case_transfer
from antiviolenza_desktop.exchange.bundle_container import seal_bundle
from antiviolenza_desktop.operations import case_consents, case_referrals
from antiviolenza_desktop.operations import case_transfer as ops
from antiviolenza_desktop.operations.retention import erase_case
from antiviolenza_desktop.operations.tasks import read_tasks
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case
from tests.transfer_support import (
    OTHER,
    RECEIVER,
    SENDER,
    Pair,
    dump,
    exchange_cards,
    pair,
    record_rows,
    woman,
)


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Pair]:
    made = pair(tmp_path)
    yield made
    made.network.close()


def _send(two: Pair, case_id: int, name: str = "caso.avtr") -> Path:
    path = two.folder / name
    ops.transfer_case(two.sender, case_id, RECEIVER, path)
    return path


def test_round_trip_carries_her_whole_record(two: Pair) -> None:
    case_id = woman(two.sender)
    before = record_rows(two.sender, case_id)
    path = _send(two, case_id)
    assert path.stat().st_mode & 0o777 == 0o600
    received = ops.receive_file(two.receiver, path)
    assert received.from_ambito == SENDER
    assert received.case_code.startswith("CMA-")
    assert record_rows(two.receiver, received.case_id) == before
    note = ops.transfer_note(two.receiver, received.case_id)
    assert (note.received_from, note.from_case_code) == (SENDER, received.from_case_code)
    sent = ops.transfer_note(two.sender, case_id)
    assert (sent.sent_to, sent.sent_on) == (RECEIVER, date.today())


def test_a_woman_already_known_here_is_received_with_a_duplicate_warning(two: Pair) -> None:
    known_here = woman(two.receiver, seed=3, consent=False)
    stranger = woman(two.receiver, seed=8, consent=False)
    received = ops.receive_file(two.receiver, _send(two, woman(two.sender, seed=3)))
    with UnitOfWork(two.receiver.store, two.receiver.actor) as uow:
        codes = {case_id: uow.session.get(Case, case_id).code for case_id in (known_here, stranger)}  # type: ignore[union-attr]
    assert received.possible_duplicates == (codes[known_here],)
    assert codes[stranger] not in received.possible_duplicates


def test_a_woman_new_here_is_received_without_a_duplicate_warning(two: Pair) -> None:
    woman(two.receiver, seed=8, consent=False)
    received = ops.receive_file(two.receiver, _send(two, woman(two.sender, seed=3)))
    assert received.possible_duplicates == ()


def test_an_erasure_at_the_receiver_keeps_the_pseudonym_she_travelled_with(two: Pair) -> None:
    """A woman without a codice fiscale is known to the capofila by the sender's pseudonym:
    erasing her data at the receiver must not swap it for one of the receiver's own."""
    received = ops.receive_file(two.receiver, _send(two, woman(two.sender, without_cf=True)))

    def kept() -> str | None:
        with UnitOfWork(two.receiver.store, two.receiver.actor) as uow:
            return uow.session.get(Case, received.case_id).kept_pseudonym  # type: ignore[union-attr]

    travelled = kept()
    assert travelled is not None
    erase_case(two.receiver, received.case_id, REASON_REQUEST, received.case_code)
    assert kept() == travelled


def test_sender_case_is_read_only_after(two: Pair) -> None:
    case_id = woman(two.sender)
    service = NewReferral(TRANSFER_SERVICE_KIND, date.today(), "cav")
    referral = case_referrals.send_referral(two.sender, case_id, service)
    _send(two, case_id)
    state = dump(two.sender)
    with pytest.raises(CaseTransferred):
        case_consents.add_consent(
            two.sender, case_id, NewConsent("care", date.today(), "written_form")
        )
    with pytest.raises(CaseTransferred):
        case_referrals.send_referral(two.sender, case_id, service)
    with pytest.raises(CaseTransferred):
        accepted = NewStatus(ACCEPTED, date.today())
        case_referrals.change_status(two.sender, case_id, referral, accepted)
    with pytest.raises(CaseTransferred):
        ops.transfer_case(two.sender, case_id, RECEIVER, two.folder / "again.avtr")
    assert dump(two.sender) == state
    assert not (two.folder / "again.avtr").exists()


def test_a_transferred_case_leaves_the_senders_da_fare(two: Pair) -> None:
    """Her reminders (no update for months, a referral with no answer) are the receiver's."""
    case_id = woman(two.sender)
    service = NewReferral(TRANSFER_SERVICE_KIND, date.today(), "cav")
    case_referrals.send_referral(two.sender, case_id, service)
    later = date.today() + timedelta(days=400)

    def reminded() -> set[int]:
        return {t.case_id for t in read_tasks(two.sender, everyone=True, today=later).tasks}

    assert case_id in reminded()
    _send(two, case_id)
    assert case_id not in reminded()


def test_the_database_refuses_a_row_on_a_transferred_case(two: Pair) -> None:
    case_id = woman(two.sender)
    _send(two, case_id)
    connection = two.sender.store.raw_connection()
    try:
        with pytest.raises(Exception, match="transferred"):
            connection.execute("UPDATE cases SET first_name = 'X' WHERE id = ?", (case_id,))
        with pytest.raises(Exception, match="transferred"):
            connection.execute(
                "INSERT INTO case_services (case_id, position, kind, day) "
                "VALUES (?, 9, 'x', '2026-01-01')",
                (case_id,),
            )
        with pytest.raises(Exception, match="case_transfers_out is append-only"):
            connection.execute("DELETE FROM case_transfers_out")
        with pytest.raises(Exception, match="case_referrals: the case was transferred"):
            connection.execute(
                "INSERT INTO case_referrals (case_id, service_kind, sent_on, sender_kind, "
                "consent_id, recorded_by, recorded_at) "
                "VALUES (?, 'aler', '2026-01-01', 'cav', 1, 'x', '2026-01-01')",
                (case_id,),
            )
    finally:
        connection.close()


def test_missing_consent_refuses_and_writes_nothing(two: Pair) -> None:
    case_id = woman(two.sender, consent=False)
    state = dump(two.sender)
    path = two.folder / "no.avtr"
    with pytest.raises(ConsentMissing):
        ops.transfer_case(two.sender, case_id, RECEIVER, path)
    assert not path.exists()
    assert dump(two.sender) == state


def test_refusals_before_sealing(two: Pair) -> None:
    case_id = woman(two.sender)
    state = dump(two.sender)
    with pytest.raises(TransferToOwnAmbito):
        ops.transfer_case(two.sender, case_id, SENDER, two.folder / "a.avtr")
    with pytest.raises(TransferPartnerUnknown):
        ops.transfer_case(two.sender, case_id, OTHER, two.folder / "b.avtr")
    (two.folder / "c.avtr").write_bytes(b"x")
    with pytest.raises(ExchangeFileExists):
        ops.transfer_case(two.sender, case_id, RECEIVER, two.folder / "c.avtr")
    assert dump(two.sender) == state


def test_replay_is_refused_and_changes_nothing(two: Pair) -> None:
    path = _send(two, woman(two.sender))
    ops.receive_file(two.receiver, path)
    state = dump(two.receiver)
    with pytest.raises(TransferAlreadyReceived):
        ops.receive_file(two.receiver, path)
    assert dump(two.receiver) == state


def test_tampered_file_is_refused(two: Pair) -> None:
    path = _send(two, woman(two.sender))
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01
    path.write_bytes(bytes(data))
    state = dump(two.receiver)
    with pytest.raises(BundleTampered):
        ops.receive_file(two.receiver, path)
    assert dump(two.receiver) == state


def test_file_for_another_ambito_is_refused(tmp_path: Path) -> None:
    three = pair(tmp_path, (SENDER, RECEIVER, OTHER))
    try:
        other = three.network.ambiti[OTHER]
        exchange_cards(three.sender, other)
        path = _send(three, woman(three.sender))
        state = dump(other)
        with pytest.raises(TransferWrongRecipient):
            ops.receive_file(other, path)
        assert dump(other) == state
    finally:
        three.network.close()


def test_unknown_sender_is_refused(tmp_path: Path) -> None:
    three = pair(tmp_path, (SENDER, RECEIVER, OTHER))
    try:
        other = three.network.ambiti[OTHER]
        card = ops.own_card(three.receiver)
        ops.register_card(other, card, card.fingerprint)  # one way only
        path = tmp_path / "stranger.avtr"
        ops.transfer_case(other, woman(other), RECEIVER, path)
        state = dump(three.receiver)
        with pytest.raises(TransferUnknownSender):
            ops.receive_file(three.receiver, path)
        assert dump(three.receiver) == state
    finally:
        three.network.close()


def _sealed(two: Pair, payload: bytes) -> bytes:
    """A file the sender really signed, sealed to the receiver's key, with `payload`."""
    card = ops.own_card(two.receiver)
    with UnitOfWork(two.sender.store, two.sender.actor) as uow:
        signing = records.active_own_key(uow, "signing")
    assert signing is not None
    return seal_bundle(
        payload,
        signing_key=signing.private_key,
        sender_key_id=signing.key_id,
        ambito=SENDER,
        recipient_public_key=card.receiving_key,
        recipient_key_id=card.receiving_key_id,
        kind=BundleKind.TRANSFER,
    )


def test_newer_format_is_refused(two: Pair) -> None:
    path = two.folder / "new.avtr"
    path.write_bytes(_sealed(two, b'{"formato":"antiviolenza-caso-trasferito","versione":2}'))
    state = dump(two.receiver)
    with pytest.raises(TransferFormatTooNew):
        ops.receive_file(two.receiver, path)
    assert dump(two.receiver) == state


def test_capofila_cannot_open_the_file(two: Pair) -> None:
    data = _send(two, woman(two.sender)).read_bytes()
    capofila = two.network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        with pytest.raises(TransferFileAsBundle):
            bundle_io.open_at_capofila(uow, data)
        with pytest.raises(BundleWrongRecipient):
            from antiviolenza_desktop.exchange import keys
            from antiviolenza_desktop.exchange.bundle_container import open_bundle

            open_bundle(
                data,
                recipient_private_keys_by_id=keys.recipient_private_keys(uow),
                sender_public_key=case_transfer._resolver(uow),
                expected_kind=BundleKind.TRANSFER,
            )


def test_card_refusals(two: Pair) -> None:
    own = ops.own_card(two.sender)
    with pytest.raises(KeyCardOfThisAmbito):
        ops.register_card(two.sender, own, own.fingerprint)
    theirs = ops.own_card(two.receiver)
    state = dump(two.sender)
    wrong = "11111 22222 33333 44444 55555 66666"
    with pytest.raises(FingerprintMismatch):
        ops.register_card(two.sender, theirs, wrong)
    assert dump(two.sender) == state


def test_nothing_personal_in_the_file_or_errors(two: Pair) -> None:
    case_id = woman(two.sender)
    with UnitOfWork(two.sender.store, two.sender.actor) as uow:
        from antiviolenza_desktop.store.schema import Case

        case = uow.session.get(Case, case_id)
        assert case is not None
        names = (case.first_name, case.last_name)
    data = _send(two, case_id).read_bytes()
    for name in names:
        assert name.encode() not in data
    try:
        ops.receive_file(two.network.capofila, two.folder / "caso.avtr")
    except Exception as error:
        assert all(name not in str(error) for name in names)
    assert sorted(p.name for p in two.folder.iterdir() if p.suffix == ".avtr") == ["caso.avtr"]


def test_transfer_closes_her_path_at_the_sender_and_erasure_still_works(two: Pair) -> None:
    from antiviolenza_desktop.operations.retention import erase_case, erasure_state

    case_id = woman(two.sender)
    assert erasure_state(two.sender, case_id).closed_on is None
    _send(two, case_id)
    state = erasure_state(two.sender, case_id)
    assert state.closed_on == date.today()
    erase_case(two.sender, case_id, "richiesta", state.code)
    assert erasure_state(two.sender, case_id).erased


def test_history_and_audit_name_the_transfer_never_her(two: Pair) -> None:
    from contextlib import closing

    from antiviolenza_desktop.operations.case_reading import read_history
    from antiviolenza_desktop.services import case_history

    case_id = woman(two.sender)
    received = ops.receive_file(two.receiver, _send(two, case_id))
    sent = [
        e for e in read_history(two.sender, case_id) if e.kind == case_history.KIND_TRANSFER_SENT
    ]
    assert [e.params for e in sent] == [{"ambito": RECEIVER}]
    came = [
        e
        for e in read_history(two.receiver, received.case_id)
        if e.kind == case_history.KIND_TRANSFER_RECEIVED
    ]
    assert [e.params for e in came] == [{"ambito": SENDER, "from_code": received.from_case_code}]
    for opened in (two.sender, two.receiver):
        with closing(opened.store.raw_connection()) as connection:
            name = connection.execute("SELECT first_name, last_name FROM cases").fetchone()
            details = connection.execute(
                "SELECT details FROM audit_log WHERE action LIKE 'caso.%'"
            ).fetchall()
        assert all(part not in str(details) for part in name)


def test_newer_container_format_is_refused_from_its_header(two: Pair) -> None:
    import hashlib
    import struct

    from antiviolenza_desktop.domain.exchange.bundle_errors import BundleFormatTooNew

    path = _send(two, woman(two.sender))
    data = bytearray(path.read_bytes())
    struct.pack_into("!H", data, 8, 2)  # the header's format version
    data[34:42] = hashlib.sha256(bytes(data[:34])).digest()[:8]
    path.write_bytes(bytes(data))
    state = dump(two.receiver)
    with pytest.raises(BundleFormatTooNew):
        ops.receive_file(two.receiver, path)
    assert dump(two.receiver) == state
