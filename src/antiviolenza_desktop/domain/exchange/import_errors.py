"""Refusals of a verified bundle by the capofila's merge: Ambito, sequence, content.

They come after the container's checks (`bundle_errors`) and the payload's (`payload_schema`):
the bundle is authentic and well formed, but merging it would contradict what is kept. Each
names the Ambito and the numbers; nothing personal.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError


class PayloadAmbitoMismatch(AppError):
    code = "pacchetto_ambito_diverso"
    template = (
        "Il contenuto del pacchetto dichiara l'Ambito «{payload}», ma è firmato dalla chiave "
        "{key_id} dell'Ambito «{signer}»: rifiutato, nulla è stato importato."
    )


class BundleStale(AppError):
    code = "pacchetto_superato"
    template = (
        "Pacchetto superato: è il n. {sequence} dell'Ambito «{ambito}», ma è già unito il "
        "n. {kept} (creato il {kept_on}). Rifiutato, i totali restano quelli del n. {kept}."
    )


class BundleConflict(AppError):
    code = "pacchetto_in_conflitto"
    template = (
        "Conflitto: l'Ambito «{ambito}» ha già inviato un pacchetto n. {sequence} con un "
        "contenuto diverso (impronta {kept_sha} contro {incoming_sha}). Nulla è stato unito: "
        "verificare con l'Ambito quale archivio è quello giusto (copia ripristinata o "
        "duplicata?) e chiedere un nuovo pacchetto."
    )


class BundleSequenceJump(AppError):
    code = "pacchetto_numero_fuori_misura"
    template = (
        "Il pacchetto dell'Ambito «{ambito}» ha il n. {sequence}, ma l'ultimo unito è il "
        "n. {kept}: un salto di oltre {most} numeri non viene da esportazioni normali. "
        "Rifiutato; verifica con l'Ambito e, se la sua chiave è compromessa, revocala."
    )


class BundleNumberUsedByRevokedKey(AppError):
    code = "pacchetto_numero_di_chiave_revocata"
    template = (
        "Il n. {sequence} dell'Ambito «{ambito}» è già stato usato da un pacchetto firmato con "
        "una chiave poi revocata: chiedi all'Ambito di esportare di nuovo (il pacchetto avrà "
        "il numero successivo)."
    )


class BundleFromTheFuture(AppError):
    code = "pacchetto_dal_futuro"
    template = (
        "Il pacchetto dell'Ambito «{ambito}» dice di essere stato creato il {created}, dopo "
        "oggi ({today}): controlla la data del computer dell'Ambito e fai esportare di nuovo."
    )
