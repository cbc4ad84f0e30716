"""Refusals of a bundle before anything is merged: size, format, integrity, recipient, sender.

Every one names its reason in Italian; parameters are sizes, versions, key ids and Ambito
codes, never personal data. A single byte changed anywhere ends in `BundleTampered`.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError


class SmallFileTooLarge(AppError):
    code = "file_iscrizione_troppo_grande"
    template = (
        "Il file «{name}» è troppo grande ({size} byte) per essere un file di iscrizione, una "
        "chiave pubblica o un codice: controlla di aver scelto il file giusto."
    )


class BundleTooLarge(AppError):
    code = "pacchetto_troppo_grande"
    template = (
        "Il file è troppo grande per essere un pacchetto ({size} byte, massimo {limit}): "
        "rifiutato senza aprirlo."
    )


class NotABundle(AppError):
    code = "non_pacchetto"
    template = "Il file non è un pacchetto della rete antiviolenza ({reason})."


class BundleFormatTooNew(AppError):
    code = "pacchetto_formato_recente"
    template = (
        "Il pacchetto usa il formato {version}, più recente di questo programma (fino a "
        "{supported}): aggiornare l'applicazione."
    )


class BundleTruncated(AppError):
    code = "pacchetto_troncato"
    template = (
        "Pacchetto troncato: mancano {missing} byte dei {expected} attesi (copia interrotta?). "
        "Chiedi all'Ambito di inviarlo di nuovo."
    )


class BundleTampered(AppError):
    code = "pacchetto_alterato"
    template = (
        "Pacchetto alterato: {reason}. Nulla è stato importato; chiedi all'Ambito di "
        "esportarlo di nuovo."
    )


class BundleWrongRecipient(AppError):
    code = "pacchetto_altro_destinatario"
    template = (
        "Il pacchetto è cifrato per la chiave {key_id}, che questo archivio non possiede: "
        "non è destinato a questa capofila (o l'Ambito usa un'iscrizione superata)."
    )


class UnknownSender(AppError):
    code = "mittente_sconosciuto"
    template = (
        "Mittente sconosciuto: la chiave di firma {key_id} non è registrata presso la "
        "capofila. Registra prima la chiave dell'Ambito confrontando l'impronta."
    )


class SenderAmbitoMismatch(AppError):
    code = "mittente_ambito_diverso"
    template = (
        "Il pacchetto dichiara l'Ambito «{claimed}», ma la chiave {key_id} è registrata per "
        "l'Ambito «{registered}»: rifiutato."
    )


class SenderRevoked(AppError):
    code = "mittente_revocato"
    template = (
        "La chiave {key_id} dell'Ambito «{ambito}» è stata revocata il {revoked_on}: il "
        "pacchetto è rifiutato. L'Ambito deve esportare con la sua nuova chiave registrata."
    )


class BundleSignatureInvalid(AppError):
    code = "pacchetto_firma_non_valida"
    template = (
        "Pacchetto alterato: la firma non corrisponde alla chiave {key_id} registrata per "
        "l'Ambito «{ambito}». Nulla è stato importato."
    )


class PayloadTooLarge(AppError):
    code = "pacchetto_decompressione_oltre_limite"
    template = (
        "Il contenuto del pacchetto supera {limit} byte una volta decompresso: rifiutato "
        "(possibile bomba di decompressione), nulla è stato importato."
    )


class ExchangeFileExists(AppError):
    code = "file_esistente"
    template = "Il file {name} esiste già: scegli un altro nome (non lo sovrascrivo)."


class ExchangeFileUnreadable(AppError):
    code = "file_illeggibile"
    template = "Non riesco a leggere il file {name}: {reason}."
