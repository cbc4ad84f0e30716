"""Keyed pseudonyms for the exchange: who a record is about, without saying who she is.

Every key is HMAC-SHA256 under the network pseudonym key that the capofila hands out at
enrolment, so only network members can compute them, and each is 64 lowercase hex digits.

- `woman_pseudonym`: of the normalised codice fiscale. The same woman gets the same pseudonym
  in every Ambito, so the capofila can count her once and add up her support across Ambiti
  (BU-13) without learning her CF.
- A woman without a codice fiscale gets a pseudonym of this store's id and her case code
  instead (`Pseudonymiser.case`). It is stable across exports (both never change), and it cannot be
  linked to anything outside the store: the store id is a random UUID that never leaves the
  laptop, so even a network member who can enumerate case codes cannot recompute it. Its cost:
  she is never recognised in another Ambito, and if a CF is added later her pseudonym changes
  (the capofila sees one record removed and one added).
- `Pseudonymiser.record`: one per case, also from store id and case code. A woman who comes
  back starts a new path (a new case), so one pseudonym may have several records in a
  snapshot; the record key is what a change report follows from one snapshot to the next.

The three use distinct labels, so no value of one kind can equal a value of another.
"""

from __future__ import annotations

import hashlib
import hmac

from antiviolenza_desktop.domain.case.codice_fiscale import normalise_cf
from antiviolenza_desktop.domain.errors import AppError

MIN_KEY_BYTES = 32
PSEUDONYM_HEX_LENGTH = 64


class NetworkKeyInvalid(AppError):
    code = "chiave_di_rete_non_valida"
    template = (
        "La chiave di rete per gli pseudonimi deve essere di almeno {minimum} byte casuali "
        "(ne ha {length}): ripetere l'adesione alla rete."
    )


def _check_key(network_key: bytes) -> None:
    if not isinstance(network_key, bytes) or len(network_key) < MIN_KEY_BYTES:
        length = len(network_key) if isinstance(network_key, bytes) else 0
        raise NetworkKeyInvalid(minimum=MIN_KEY_BYTES, length=length)


class Pseudonymiser:
    """The three pseudonyms under one network key, with the key set up once: an export computes
    two HMACs per case, and keying HMAC-SHA256 again for each (two SHA-256 blocks of padding)
    was most of their cost. Each message runs on a copy of the keyed HMAC, as `hmac` intends.
    Errors: NetworkKeyInvalid."""

    __slots__ = ("_keyed",)

    def __init__(self, network_key: bytes) -> None:
        _check_key(network_key)
        self._keyed = hmac.new(network_key, digestmod=hashlib.sha256)

    def _mac(self, label: str, *parts: str) -> str:
        mac = self._keyed.copy()
        mac.update("\x1f".join((label, *parts)).encode("utf-8"))
        return mac.hexdigest()

    def woman(self, codice_fiscale: str) -> str:
        """The pseudonym of the woman with this codice fiscale (normalised first)."""
        return self._mac("donna-cf", normalise_cf(codice_fiscale))

    def case(self, store_id: str, case_code: str) -> str:
        """The pseudonym of a woman recorded without a codice fiscale, in this store only."""
        return self._mac("donna-senza-cf", store_id, case_code)

    def record(self, store_id: str, case_code: str) -> str:
        """The stable key of one case's record, followed from one snapshot to the next."""
        return self._mac("scheda", store_id, case_code)


def woman_pseudonym(network_key: bytes, codice_fiscale: str) -> str:
    """The pseudonym of the woman with this codice fiscale (normalised first)."""
    return Pseudonymiser(network_key).woman(codice_fiscale)
