"""Enrolment and exchange keys: the one-time code, the fingerprint, rotation and revocation.

Every refusal is checked to leave the store as it was (no enrolment, no key, no registration).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.exchange.bundle_errors import (
    ExchangeFileExists,
    ExchangeFileUnreadable,
    SmallFileTooLarge,
)
from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    EnrolmentForOtherAmbito,
    EnrolmentFromOtherCapofila,
    EnrolmentOlderThanCurrent,
    FingerprintMalformed,
    FingerprintMismatch,
    NoSigningKey,
    NotAmbitoStore,
    NotAnEnrolmentFile,
    NotCapofilaStore,
    OneTimeCodeMalformed,
    OneTimeCodeTypo,
    PublicKeyFileInvalid,
    SenderKeyAlreadyRegistered,
    SenderKeyAlreadyRevoked,
    SenderKeyUnknown,
    UnknownAmbito,
    WrongOneTimeCode,
)
from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint, normalise_fingerprint
from antiviolenza_desktop.domain.exchange.one_time_code import (
    format_one_time_code,
    new_one_time_code,
    normalise_one_time_code,
)
from antiviolenza_desktop.domain.exchange.pseudonyms import NetworkKeyInvalid, woman_pseudonym
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_io import read_small_file, refuse_existing
from antiviolenza_desktop.exchange.key_material import new_signing_key
from antiviolenza_desktop.exchange.public_key_file import (
    AmbitoPublicKey,
    read_public_key_file,
    write_public_key_file,
)
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import (
    accept,
    issue,
    make_store,
    public_key_file,
    register,
)


@pytest.fixture
def capofila(tmp_path: Path) -> Iterator[OpenStore]:
    opened = make_store(tmp_path, "capofila")
    yield opened
    opened.store.close()


@pytest.fixture
def cremonese(tmp_path: Path) -> Iterator[OpenStore]:
    opened = make_store(tmp_path, "cremonese")
    yield opened
    opened.store.close()


def _table_counts(opened: OpenStore) -> dict[str, int]:
    tables = ("exchange_own_keys", "exchange_senders", "exchange_enrolment", "audit_log")
    with closing(opened.store.raw_connection()) as connection:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
            for t in tables
        }


def _enrolment(opened: OpenStore) -> records.Enrolment | None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return records.current_enrolment(uow)


def _senders(opened: OpenStore) -> list[records.SenderKey]:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return records.senders(uow)


# one-time code and fingerprint (pure) -------------------------------------------------------


def test_one_time_code_reads_back_and_names_a_typo() -> None:
    code = new_one_time_code()
    assert len(code.split("-")) == 4
    assert normalise_one_time_code(code.lower().replace("-", " ")) == code
    groups = code.split("-")
    wrong = groups[2][0] + ("A" if groups[2][1] != "A" else "B") + groups[2][2:]
    with pytest.raises(OneTimeCodeTypo) as caught:
        normalise_one_time_code("-".join([*groups[:2], wrong, groups[3]]))
    assert caught.value.params["group"] == 3
    with pytest.raises(OneTimeCodeTypo):
        normalise_one_time_code("-".join([groups[1], groups[0], *groups[2:]]))
    with pytest.raises(OneTimeCodeMalformed):
        normalise_one_time_code(code[:-3])
    assert format_one_time_code(bytes(10)).startswith("0000")


def test_fingerprint_is_six_groups_of_digits_and_tolerates_spacing() -> None:
    shown = fingerprint(new_signing_key().public_key or b"")
    groups = shown.split(" ")
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert normalise_fingerprint(shown.replace(" ", "-")) == shown
    with pytest.raises(FingerprintMalformed):
        normalise_fingerprint(shown[:-1])
    with pytest.raises(FingerprintMalformed):
        normalise_fingerprint("l" + shown[1:])  # a letter read for a digit


# enrolment round trip -----------------------------------------------------------------------


def test_enrolment_round_trip(capofila: OpenStore, cremonese: OpenStore) -> None:
    issued = issue(capofila, "cremonese")
    assert b"cremonese" not in issued.data  # the content is encrypted
    accepted = accept(cremonese, issued.data, issued.one_time_code)
    assert accepted.ambito == "cremonese" and accepted.new_key and not accepted.renewed
    enrolled = _enrolment(cremonese)
    assert enrolled is not None and enrolled.next_sequence == 1
    assert enrolled.capofila_encryption_key_id == issued.encryption_key_id
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        capofila_network = keys.network_key(uow)
    with UnitOfWork(cremonese.store, cremonese.actor) as uow:
        assert keys.network_key(uow) == capofila_network

    sender = register(capofila, public_key_file(cremonese), accepted.fingerprint)
    assert (sender.ambito, sender.key_id, sender.status) == (
        "cremonese",
        accepted.key_id,
        "attiva",
    )
    with UnitOfWork(cremonese.store, cremonese.actor) as uow:
        assert [records.take_next_sequence(uow) for _ in range(3)] == [1, 2, 3]
    assert _enrolment(cremonese).next_sequence == 4  # type: ignore[union-attr]


def test_wrong_one_time_code_writes_nothing(capofila: OpenStore, cremonese: OpenStore) -> None:
    issued = issue(capofila, "cremonese")
    other = issue(capofila, "cremonese").one_time_code
    before = _table_counts(cremonese)
    with pytest.raises(WrongOneTimeCode) as caught:
        accept(cremonese, issued.data, other)
    assert "Nulla è stato salvato" in caught.value.message
    with pytest.raises(OneTimeCodeTypo):
        last = issued.one_time_code[-1]
        accept(cremonese, issued.data, issued.one_time_code[:-1] + ("Z" if last != "Z" else "Y"))
    assert _table_counts(cremonese) == before
    assert _enrolment(cremonese) is None


def test_altered_enrolment_file_is_refused(capofila: OpenStore, cremonese: OpenStore) -> None:
    issued = issue(capofila, "cremonese")
    wrapper = json.loads(issued.data)
    wrapper["kdf"]["iterazioni"] = 4  # lowering or raising the cost is bound in
    with pytest.raises(WrongOneTimeCode):
        accept(cremonese, json.dumps(wrapper).encode(), issued.one_time_code)
    wrapper["kdf"]["memoria_kib"] = 1024
    with pytest.raises(NotAnEnrolmentFile):
        accept(cremonese, json.dumps(wrapper).encode(), issued.one_time_code)
    with pytest.raises(NotAnEnrolmentFile):
        accept(cremonese, b"not json", issued.one_time_code)
    assert _enrolment(cremonese) is None


def test_enrolment_for_another_ambito_is_refused(tmp_path: Path, capofila: OpenStore) -> None:
    cremasco = make_store(tmp_path, "cremasco")
    try:
        issued = issue(capofila, "cremonese")
        with pytest.raises(EnrolmentForOtherAmbito):
            accept(cremasco, issued.data, issued.one_time_code)
        assert _enrolment(cremasco) is None
    finally:
        cremasco.store.close()


def test_roles_and_ambito_codes_are_checked(capofila: OpenStore, cremonese: OpenStore) -> None:
    with pytest.raises(NotCapofilaStore):
        issue(cremonese, "cremonese")
    with pytest.raises(UnknownAmbito):
        issue(capofila, "milano")
    issued = issue(capofila, "cremonese")
    with pytest.raises(NotAmbitoStore):
        accept(capofila, issued.data, issued.one_time_code)


# registration -------------------------------------------------------------------------------


def test_fingerprint_mismatch_registers_nothing(capofila: OpenStore, cremonese: OpenStore) -> None:
    issued = issue(capofila, "cremonese")
    accepted = accept(cremonese, issued.data, issued.one_time_code)
    groups = accepted.fingerprint.split(" ")
    groups[4] = f"{(int(groups[4]) + 1) % 100000:05d}"
    with pytest.raises(FingerprintMismatch) as caught:
        register(capofila, public_key_file(cremonese), " ".join(groups))
    assert accepted.key_id in caught.value.message
    assert _senders(capofila) == []
    register(capofila, public_key_file(cremonese), accepted.fingerprint)
    with pytest.raises(SenderKeyAlreadyRegistered):
        register(capofila, public_key_file(cremonese), accepted.fingerprint)


def test_a_key_file_altered_to_name_another_ambito_does_not_match_the_digits_read_out(
    capofila: OpenStore, cremonese: OpenStore
) -> None:
    issued = issue(capofila, "cremonese")
    accepted = accept(cremonese, issued.data, issued.one_time_code)
    genuine = read_public_key_file(public_key_file(cremonese))
    altered = AmbitoPublicKey("casalasco", genuine.key_id, genuine.public_key)
    with pytest.raises(FingerprintMismatch):
        register(capofila, write_public_key_file(altered), accepted.fingerprint)
    assert _senders(capofila) == []


def test_a_key_file_cannot_name_one_key_and_carry_another() -> None:
    first, second = new_signing_key(), new_signing_key()
    forged = AmbitoPublicKey("cremonese", first.key_id, second.public_key or b"")
    with pytest.raises(PublicKeyFileInvalid):
        read_public_key_file(write_public_key_file(forged))
    with pytest.raises(PublicKeyFileInvalid):
        read_public_key_file(b"{}")


# rotation and revocation --------------------------------------------------------------------


def test_ambito_rotation_retires_the_old_key_at_both_ends(
    capofila: OpenStore, cremonese: OpenStore
) -> None:
    issued = issue(capofila, "cremonese")
    first = accept(cremonese, issued.data, issued.one_time_code)
    register(capofila, public_key_file(cremonese), first.fingerprint)
    with UnitOfWork(cremonese.store, cremonese.actor) as uow:
        rotated = keys.rotate_own_key(uow)
    assert rotated.purpose == "signing" and rotated.key_id != first.key_id
    register(capofila, public_key_file(cremonese), rotated.fingerprint or "")
    status = {s.key_id: s.status for s in _senders(capofila)}
    assert status == {first.key_id: "ritirata", rotated.key_id: "attiva"}


def test_capofila_rotation_and_re_enrolment_keep_key_and_sequence(
    capofila: OpenStore, cremonese: OpenStore
) -> None:
    issued = issue(capofila, "cremonese")
    first = accept(cremonese, issued.data, issued.one_time_code)
    with UnitOfWork(cremonese.store, cremonese.actor) as uow:
        records.take_next_sequence(uow)
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        new_key = keys.rotate_own_key(uow)
        recipients = keys.recipient_private_keys(uow)
    assert new_key.purpose == "encryption"
    assert set(recipients) == {issued.encryption_key_id, new_key.key_id}
    again = issue(capofila, "cremonese")
    renewed = accept(cremonese, again.data, again.one_time_code)
    assert renewed.renewed and not renewed.new_key and renewed.key_id == first.key_id
    enrolled = _enrolment(cremonese)
    assert enrolled is not None
    assert enrolled.capofila_encryption_key_id == new_key.key_id
    assert enrolled.next_sequence == 2
    with pytest.raises(EnrolmentOlderThanCurrent):  # the old file would bring back the old key
        accept(cremonese, issued.data, issued.one_time_code)
    enrolled = _enrolment(cremonese)
    assert enrolled is not None and enrolled.capofila_encryption_key_id == new_key.key_id


def test_enrolment_from_another_capofila_is_refused(
    tmp_path: Path, capofila: OpenStore, cremonese: OpenStore
) -> None:
    issued = issue(capofila, "cremonese")
    accept(cremonese, issued.data, issued.one_time_code)
    (tmp_path / "other").mkdir()
    impostor = make_store(tmp_path / "other", "capofila")
    try:
        forged = issue(impostor, "cremonese")
        before = _enrolment(cremonese)
        with pytest.raises(EnrolmentFromOtherCapofila):
            accept(cremonese, forged.data, forged.one_time_code)
        assert _enrolment(cremonese) == before
    finally:
        impostor.store.close()


def test_revocation(capofila: OpenStore, cremonese: OpenStore) -> None:
    issued = issue(capofila, "cremonese")
    accepted = accept(cremonese, issued.data, issued.one_time_code)
    register(capofila, public_key_file(cremonese), accepted.fingerprint)
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        revoked = keys.revoke_ambito_key(uow, key_id=accepted.key_id.upper())
    assert revoked.status == "revocata"
    with pytest.raises(SenderKeyAlreadyRevoked), UnitOfWork(capofila.store, capofila.actor) as uow:
        keys.revoke_ambito_key(uow, key_id=accepted.key_id)


def test_key_writes_are_audited_without_key_material(
    capofila: OpenStore, cremonese: OpenStore
) -> None:
    issued = issue(capofila, "cremonese")
    accepted = accept(cremonese, issued.data, issued.one_time_code)
    register(capofila, public_key_file(cremonese), accepted.fingerprint)
    with closing(capofila.store.raw_connection()) as connection:
        rows = connection.execute(
            "SELECT action, details FROM audit_log WHERE action LIKE 'scambio.%'"
        ).fetchall()
        (network_secret,) = connection.execute(
            "SELECT private_key FROM exchange_own_keys WHERE purpose = 'network'"
        ).fetchone()
    actions = [action for action, _ in rows]
    assert actions.count("scambio.chiave_creata") == 3
    assert "scambio.iscrizione_emessa" in actions
    assert "scambio.mittente_registrato" in actions
    text = " ".join(details for _, details in rows)
    assert network_secret.hex() not in text


def test_a_large_file_chosen_as_a_key_file_is_refused_unread(tmp_path: Path) -> None:
    wrong = tmp_path / "rendiconto.pdf"
    wrong.write_bytes(b"%PDF" + bytes(100_000))
    with pytest.raises(SmallFileTooLarge) as refused:
        read_small_file(wrong)
    assert "rendiconto.pdf" in refused.value.message and "file giusto" in refused.value.message


def test_refusals_around_keys_and_files(
    tmp_path: Path, capofila: OpenStore, cremonese: OpenStore
) -> None:
    with pytest.raises(NoSigningKey), UnitOfWork(cremonese.store, cremonese.actor) as uow:
        keys.ambito_public_key(uow)  # not enrolled yet: no key to send
    with pytest.raises(SenderKeyUnknown), UnitOfWork(capofila.store, capofila.actor) as uow:
        keys.revoke_ambito_key(uow, key_id="0" * 32)
    with pytest.raises(ExchangeFileUnreadable) as unreadable:
        read_small_file(tmp_path / "manca.json")
    assert "manca.json" in unreadable.value.message
    existing = tmp_path / "chiave.json"
    existing.write_bytes(b"{}")
    with pytest.raises(ExchangeFileExists):
        refuse_existing(existing)
    with pytest.raises(NetworkKeyInvalid):
        woman_pseudonym(bytes(8), "RSSMRA85A41D150X")
    assert _senders(capofila) == []
