"""The refusals an import shares between the two levels of the exchange, in each level's words.

The capofila checks an Ambito's bundle and the Region a capofila's provincial bundle with the
same code (`exchange.bundle_container.open_bundle`, `exchange.sequence_checks`,
`exchange.keys.registered_sender_resolver`); only the sender differs. A province's refusal is
its own kind (a subclass of the Ambito's, with its own code and template: the GUI and the CLI
translate templates, so the sender's level cannot be a parameter in words), and
`LevelRefusals` says which kinds a level raises. The parameter names stay the Ambito's
(`ambito` is the sender's area code: a province at the Region).
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleSignatureInvalid,
    BundleWrongRecipient,
    SenderAmbitoMismatch,
    SenderRevoked,
    UnknownSender,
)
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind
from antiviolenza_desktop.domain.exchange.import_errors import (
    BundleConflict,
    BundleFromTheFuture,
    BundleNumberUsedByRevokedKey,
    BundleSequenceJump,
    BundleStale,
    PayloadAmbitoMismatch,
)
from antiviolenza_desktop.domain.exchange.transfer_refusals import (
    TransferSenderMismatch,
    TransferSenderRetired,
    TransferSignatureInvalid,
    TransferUnknownSender,
    TransferWrongRecipient,
)


class ProvincialBundleStale(BundleStale):
    code = "pacchetto_provinciale_superato"
    template = (
        "Pacchetto provinciale superato: è il n. {sequence} della provincia «{ambito}», ma è "
        "già unito il n. {kept} (creato il {kept_on}). Rifiutato, i totali restano quelli del "
        "n. {kept}."
    )


class ProvincialBundleConflict(BundleConflict):
    code = "pacchetto_provinciale_in_conflitto"
    template = (
        "Conflitto: la capofila della provincia «{ambito}» ha già inviato un pacchetto "
        "n. {sequence} con un contenuto diverso (impronta {kept_sha} contro {incoming_sha}). "
        "Nulla è stato unito: verificare con la capofila quale archivio è quello giusto (copia "
        "ripristinata o duplicata?) e chiedere un nuovo pacchetto provinciale."
    )


class ProvincialBundleSequenceJump(BundleSequenceJump):
    code = "pacchetto_provinciale_numero_fuori_misura"
    template = (
        "Il pacchetto della provincia «{ambito}» ha il n. {sequence}, ma l'ultimo unito è il "
        "n. {kept}: un salto di oltre {most} numeri non viene da esportazioni normali. "
        "Rifiutato; verifica con la capofila e, se la sua chiave è compromessa, revocala."
    )


class ProvincialNumberUsedByRevokedKey(BundleNumberUsedByRevokedKey):
    code = "pacchetto_provinciale_numero_di_chiave_revocata"
    template = (
        "Il n. {sequence} della provincia «{ambito}» è già stato usato da un pacchetto firmato "
        "con una chiave poi revocata: chiedi alla capofila di esportare di nuovo (il pacchetto "
        "avrà il numero successivo)."
    )


class ProvincialBundleFromTheFuture(BundleFromTheFuture):
    code = "pacchetto_provinciale_dal_futuro"
    template = (
        "Il pacchetto della provincia «{ambito}» dice di essere stato creato il {created}, dopo "
        "oggi ({today}): controlla la data del computer della capofila e fai esportare di nuovo."
    )


class UnknownProvincialSender(UnknownSender):
    code = "mittente_provinciale_sconosciuto"
    template = (
        "Mittente sconosciuto: la chiave di firma {key_id} non è registrata presso la Regione. "
        "Registra prima la chiave della capofila confrontando l'impronta («Registra la chiave "
        "di una capofila…»)."
    )


class ProvincialSenderMismatch(SenderAmbitoMismatch):
    code = "mittente_provincia_diversa"
    template = (
        "Il pacchetto dichiara la provincia «{claimed}», ma la chiave {key_id} è registrata per "
        "la provincia «{registered}»: rifiutato, nulla è stato importato."
    )


class ProvincialSenderRevoked(SenderRevoked):
    code = "mittente_provinciale_revocato"
    template = (
        "La chiave {key_id} della capofila della provincia «{ambito}» è stata revocata il "
        "{revoked_on}: il pacchetto è rifiutato, nulla è stato importato."
    )


class ProvincialPayloadMismatch(PayloadAmbitoMismatch):
    code = "pacchetto_provincia_diversa"
    template = (
        "Il contenuto del pacchetto dichiara la provincia «{payload}», ma è firmato dalla "
        "chiave {key_id} della capofila della provincia «{signer}»: rifiutato, nulla è stato "
        "importato."
    )


class ProvincialWrongRecipient(BundleWrongRecipient):
    code = "pacchetto_provinciale_destinatario_diverso"
    template = (
        "Il pacchetto è cifrato per la chiave {key_id}, che questo archivio non possiede: non è "
        "destinato a questa Regione (o la capofila usa un'iscrizione superata: iscrivila di "
        "nuovo)."
    )


class ProvincialSignatureInvalid(BundleSignatureInvalid):
    code = "pacchetto_provinciale_firma_non_valida"
    template = (
        "Pacchetto alterato: la firma non corrisponde alla chiave {key_id} registrata per la "
        "capofila della provincia «{ambito}». Nulla è stato importato: chiedi alla capofila di "
        "esportare di nuovo."
    )


@dataclass(frozen=True)
class LevelRefusals:
    """The kinds one level raises for the checks both levels share."""

    stale: type[BundleStale]
    conflict: type[BundleConflict]
    jump: type[BundleSequenceJump]
    revoked_number: type[BundleNumberUsedByRevokedKey]
    future: type[BundleFromTheFuture]
    unknown_sender: type[UnknownSender]
    sender_mismatch: type[SenderAmbitoMismatch]
    sender_revoked: type[SenderRevoked]
    payload_mismatch: type[PayloadAmbitoMismatch]
    wrong_recipient: type[BundleWrongRecipient]
    signature_invalid: type[BundleSignatureInvalid]


AMBITO_REFUSALS = LevelRefusals(
    BundleStale,
    BundleConflict,
    BundleSequenceJump,
    BundleNumberUsedByRevokedKey,
    BundleFromTheFuture,
    UnknownSender,
    SenderAmbitoMismatch,
    SenderRevoked,
    PayloadAmbitoMismatch,
    BundleWrongRecipient,
    BundleSignatureInvalid,
)
"""At the capofila: an Ambito's bundle."""

PROVINCE_REFUSALS = LevelRefusals(
    ProvincialBundleStale,
    ProvincialBundleConflict,
    ProvincialBundleSequenceJump,
    ProvincialNumberUsedByRevokedKey,
    ProvincialBundleFromTheFuture,
    UnknownProvincialSender,
    ProvincialSenderMismatch,
    ProvincialSenderRevoked,
    ProvincialPayloadMismatch,
    ProvincialWrongRecipient,
    ProvincialSignatureInvalid,
)
"""At the Region: a capofila's provincial bundle."""

TRANSFER_REFUSALS = LevelRefusals(
    BundleStale,
    BundleConflict,
    BundleSequenceJump,
    BundleNumberUsedByRevokedKey,
    BundleFromTheFuture,
    TransferUnknownSender,
    TransferSenderMismatch,
    TransferSenderRetired,
    PayloadAmbitoMismatch,
    TransferWrongRecipient,
    TransferSignatureInvalid,
)
"""At an Ambito: a case another Ambito transferred (no sequence: the five first are unused)."""

REFUSALS = {
    BundleKind.AMBITO: AMBITO_REFUSALS,
    BundleKind.PROVINCE: PROVINCE_REFUSALS,
    BundleKind.TRANSFER: TRANSFER_REFUSALS,
}
"""The kinds of the level that receives each kind of bundle."""
