"""Refusals of enrolment and key management: one-time codes, fingerprints, registrations.

Parameters are key ids, Ambito codes and dates, never personal data.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError


class OneTimeCodeMalformed(AppError):
    code = "codice_monouso_formato"
    template = (
        "Il codice monouso ha {groups} gruppi di {size} caratteri (ne ho letti {found}): "
        "ricopialo come lo detta la capofila."
    )


class OneTimeCodeTypo(AppError):
    code = "codice_monouso_refuso"
    template = (
        "Codice monouso: il gruppo {group} contiene un errore di battitura. Ricontrolla quel "
        "gruppo con la capofila."
    )


class WrongOneTimeCode(AppError):
    code = "codice_monouso_errato"
    template = (
        "Il codice monouso non apre questo file di iscrizione (codice di un altro file, oppure "
        "file alterato). Nulla è stato salvato: chiedi alla capofila il codice giusto."
    )


class NotAnEnrolmentFile(AppError):
    code = "iscrizione_file_non_valido"
    template = "Il file non è un file di iscrizione alla rete ({reason})."


class EnrolmentForOtherAmbito(AppError):
    code = "iscrizione_altro_ambito"
    template = (
        "Il file di iscrizione è per l'Ambito «{enrolled}», ma questo archivio è dell'Ambito "
        "«{store}»: nulla è stato salvato."
    )


class EnrolmentProgrammeMismatch(AppError):
    code = "iscrizione_altro_programma"
    template = (
        "Il file di iscrizione è per il programma «{enrolled}» (versione {enrolled_hash}), "
        "questo archivio usa «{store}» (versione {store_hash}): capofila e Ambito devono usare "
        "la stessa versione del programma. Nulla è stato salvato."
    )


class EnrolmentFromOtherCapofila(AppError):
    code = "iscrizione_altra_capofila"
    template = (
        "Il nuovo file di iscrizione è firmato da un'altra chiave della capofila ({key_id}, "
        "attesa {expected}) o cambia la chiave di rete: rifiutato, nulla è stato salvato."
    )


class EnrolmentOlderThanCurrent(AppError):
    code = "iscrizione_superata"
    template = (
        "Questo file di iscrizione è del {issued}, ma l'archivio ne ha già accettato uno più "
        "recente (del {current}): un file vecchio riporterebbe le chiavi ritirate della "
        "capofila. Rifiutato, nulla è stato salvato."
    )


class NotCapofilaStore(AppError):
    code = "solo_capofila"
    template = "Operazione riservata all'archivio della capofila ({action})."


class NotAmbitoStore(AppError):
    code = "solo_ambito"
    template = "Operazione riservata all'archivio di un Ambito, non della capofila ({action})."


class UnknownAmbito(AppError):
    code = "ambito_sconosciuto"
    template = "Ambito sconosciuto «{ambito}»: usa uno di {known}."


class NotEnrolled(AppError):
    code = "non_iscritto"
    template = (
        "Questo archivio non è ancora iscritto alla rete: importa prima il file di iscrizione "
        "della capofila (antiviolenza enrol accept)."
    )


class NoSigningKey(AppError):
    code = "chiave_firma_mancante"
    template = "Questo archivio non ha ancora una chiave di firma: accetta prima l'iscrizione."


class PublicKeyFileInvalid(AppError):
    code = "file_chiave_non_valido"
    template = "Il file non è una chiave pubblica di un Ambito ({reason})."


class FingerprintMalformed(AppError):
    code = "impronta_formato"
    template = (
        "L'impronta è fatta di {groups} gruppi di {size} cifre (ne ho lette {found}): "
        "ricopiala come la legge l'Ambito."
    )


class FingerprintMismatch(AppError):
    code = "impronta_diversa"
    template = (
        "L'impronta digitata non corrisponde a quella della chiave {key_id} dell'Ambito "
        "«{ambito}»: chiave NON registrata. Ricontrolla al telefono gruppo per gruppo."
    )


class SenderKeyAlreadyRegistered(AppError):
    code = "chiave_gia_registrata"
    template = "La chiave {key_id} è già registrata per l'Ambito «{ambito}»."


class SenderKeyUnknown(AppError):
    code = "chiave_non_registrata"
    template = "Nessuna chiave registrata con identificativo {key_id}."


class SenderKeyAlreadyRevoked(AppError):
    code = "chiave_gia_revocata"
    template = "La chiave {key_id} dell'Ambito «{ambito}» è già revocata dal {revoked_on}."
