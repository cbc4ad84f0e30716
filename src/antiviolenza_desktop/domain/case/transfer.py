"""A case sent to another Ambito after a protected move: the rules both ends share.

The sender's case becomes read-only on the day the file is made (`check_not_transferred`,
asked by every write on a case next to `retention.check_not_erased`); what it keeps, and why,
is in docs/case-transfer.md. Sending needs her consent to be referred to the receiving
Ambito's social services (`TRANSFER_SERVICE_KIND`, a referral consent in force on the day),
because a transfer is a referral to another public body that hands over her whole record.

Parameters are case codes, Ambito codes, key ids, days and versions: never personal data.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.errors import AppError

TRANSFER_SERVICE_KIND = "servizi_sociali"
"""The kind of body a transfer refers her to (`network_training.BODY_KINDS`): the receiving
Ambito's social services, which take her in charge there."""

PAYLOAD_FORMAT = "antiviolenza-caso-trasferito"
PAYLOAD_VERSION = 1
"""The transferred record's own version (inside the signed, encrypted file): a newer one is
refused by an older receiver with `TransferFormatTooNew`."""


class CaseTransferred(AppError):
    code = "caso_trasferito"
    template = (
        "Il caso {case_code} è stato trasferito all'Ambito «{ambito}» il {day}: qui resta in "
        "sola lettura, non si può aggiungere né modificare nulla."
    )


def check_not_transferred(case_code: str, transferred_at: str | None, ambito: str | None) -> None:
    """CaseTransferred when the case was sent to another Ambito (`transferred_at`, UTC ISO)."""
    if transferred_at is not None:
        day = f"{transferred_at[8:10]}/{transferred_at[5:7]}/{transferred_at[:4]}"
        raise CaseTransferred(case_code=case_code, ambito=ambito or "", day=day)


def closed_at_sender(closed: date | None, transferred_at: str | None) -> date | None:
    """When her path closed in this store: a transfer closes it on its day (her path goes on
    in the receiving Ambito), so the sender's retention clock starts then
    (`domain.case.retention`); otherwise the path's own closing day, if any."""
    if transferred_at is None:
        return closed
    return date.fromisoformat(transferred_at[:10])


class TransferToOwnAmbito(AppError):
    code = "trasferimento_stesso_ambito"
    template = "La chiave scelta è di questo stesso Ambito («{ambito}»): scegli un altro Ambito."


class TransferPartnerUnknown(AppError):
    code = "trasferimento_ambito_senza_chiave"
    template = (
        "Non c'è una chiave di ricezione registrata per l'Ambito «{ambito}»: registra prima la "
        "sua scheda «chiave di ricezione», confrontando l'impronta al telefono."
    )


class KeyCardInvalid(AppError):
    code = "chiave_ricezione_non_valida"
    template = "Il file non è una scheda «chiave di ricezione» valida ({reason})."


class KeyCardOfThisAmbito(AppError):
    code = "chiave_ricezione_propria"
    template = (
        "Questa è la scheda «chiave di ricezione» di questo stesso Ambito («{ambito}»): "
        "registra la scheda dell'altro Ambito."
    )


class KeyCardAlreadyRegistered(AppError):
    code = "chiave_ricezione_gia_registrata"
    template = "La chiave {key_id} dell'Ambito «{ambito}» è già registrata."


class TransferNotAmbitoKey(AppError):
    code = "trasferimento_senza_chiave_di_firma"
    template = (
        "Questo archivio non ha ancora una chiave di firma: iscrivilo alla rete (file di "
        "iscrizione della capofila) prima di trasferire o ricevere casi."
    )


class TransferForAnotherAmbito(AppError):
    code = "trasferimento_per_altro_ambito"
    template = (
        "Il caso è trasferito all'Ambito «{addressee}», non a questo («{ambito}»): nulla è "
        "stato importato."
    )


class TransferAlreadyReceived(AppError):
    code = "trasferimento_gia_ricevuto"
    template = (
        "Questo trasferimento è già stato ricevuto il {day}: è il caso {case_code}. Nulla è "
        "stato importato una seconda volta."
    )


class TransferFormatTooNew(AppError):
    code = "trasferimento_formato_recente"
    template = (
        "Il caso trasferito usa il formato {version}, più recente di questo programma (fino a "
        "{supported}): aggiorna l'applicazione, poi ricevilo di nuovo."
    )


class TransferContentInvalid(AppError):
    code = "trasferimento_contenuto_non_valido"
    template = (
        "Il contenuto del caso trasferito non è leggibile ({reason}): nulla è stato importato."
    )


class TransferProgrammeMismatch(AppError):
    code = "trasferimento_programma_diverso"
    template = (
        "Il caso viene da un archivio del programma «{sent}», questo usa «{here}»: nulla è "
        "stato importato."
    )
