"""The refusals of a transfer file's container, in the words of a transfer between Ambiti.

The file is a bundle of kind `BundleKind.TRANSFER` (`exchange.bundle_container`), so opening it
runs the bundle's checks; only the words differ: the sender is another Ambito whose key card
this store registered, not an Ambito registered at the capofila. Each kind subclasses the
bundle's, as the Region's do (`provincial_refusals`).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleSignatureInvalid,
    BundleWrongRecipient,
    SenderAmbitoMismatch,
    SenderRevoked,
    UnknownSender,
)


class TransferUnknownSender(UnknownSender):
    code = "trasferimento_mittente_sconosciuto"
    template = (
        "Mittente sconosciuto: la chiave di firma {key_id} non appartiene a un Ambito di cui "
        "hai registrato la scheda «chiave di ricezione». Registrala prima, confrontando "
        "l'impronta al telefono; nulla è stato importato."
    )


class TransferSenderMismatch(SenderAmbitoMismatch):
    code = "trasferimento_mittente_ambito_diverso"
    template = (
        "Il file dichiara l'Ambito «{claimed}», ma la chiave {key_id} è registrata per "
        "l'Ambito «{registered}»: rifiutato, nulla è stato importato."
    )


class TransferSenderRetired(SenderRevoked):
    code = "trasferimento_mittente_revocato"
    template = (
        "La chiave {key_id} dell'Ambito «{ambito}» è stata sostituita il {revoked_on}: il file "
        "è rifiutato. Chiedi all'Ambito di trasferire di nuovo con la sua nuova chiave."
    )


class TransferWrongRecipient(BundleWrongRecipient):
    code = "trasferimento_altro_destinatario"
    template = (
        "Il file è cifrato per la chiave {key_id}, che questo archivio non possiede: il caso è "
        "stato trasferito a un altro Ambito (o con una scheda superata), nulla è stato importato."
    )


class TransferSignatureInvalid(BundleSignatureInvalid):
    code = "trasferimento_firma_non_valida"
    template = (
        "File alterato: la firma non corrisponde alla chiave {key_id} dell'Ambito «{ambito}». "
        "Nulla è stato importato: chiedi all'Ambito di trasferire di nuovo."
    )
