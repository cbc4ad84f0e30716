"""Every problem a referral file (`antiviolenza casi aggiungi --file`) can have before the
referral form's own rules (`intake_issues`) look at it: the file's encoding and shape, and a
field whose value is not of the kind the form holds.

`{line}` and `{column}` are numbers, `{name}` a field name of the file format (never a value
typed into it, which may be personal data).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.field_issues import IssueKind

FILE_TOO_LARGE = IssueKind(
    "file_scheda_troppo_grande", "Il file è troppo grande per una scheda (più di {max} kB)."
)
FILE_NOT_UTF8 = IssueKind(
    "file_scheda_non_utf8",
    "Il file non è scritto in UTF-8: salvalo con la codifica «UTF-8» e riprova.",
)
FILE_MALFORMED = IssueKind(
    "file_scheda_malformato",
    "Il file non è un JSON valido: errore alla riga {line}, colonna {column}.",
)
FILE_NOT_A_FORM = IssueKind(
    "file_scheda_non_una_scheda",
    "Il file contiene numeri troppo lunghi o elenchi annidati troppo in profondità: non è una "
    "scheda. Parti dal modello vuoto (antiviolenza casi aggiungi --modello).",
)
FILE_NOT_OBJECT = IssueKind(
    "file_scheda_non_oggetto",
    "Il file deve contenere un solo oggetto JSON, tra parentesi graffe, con i campi della scheda.",
)
FIELD_UNKNOWN = IssueKind(
    "campo_sconosciuto",
    "Campo sconosciuto «{name}»: controlla il nome (il modello vuoto li elenca tutti).",
)
FIELD_REPEATED = IssueKind("campo_ripetuto", "Il campo «{name}» compare più volte.")
NOT_TEXT = IssueKind("campo_non_testo", "«{name}» deve essere un testo tra virgolette.")
NOT_BOOL = IssueKind("campo_non_vero_falso", "«{name}» deve essere true oppure false.")
NOT_NUMBER = IssueKind("campo_non_numero", "«{name}» deve essere un numero intero (o null).")
NOT_LIST = IssueKind(
    "campo_non_elenco", "«{name}» deve essere un elenco di codici tra parentesi quadre."
)
NOT_OBJECT = IssueKind("campo_non_oggetto", "«{name}» deve essere un oggetto tra parentesi graffe.")
NOT_OBJECTS = IssueKind(
    "campo_non_elenco_oggetti",
    "«{name}» deve essere un elenco di oggetti tra parentesi quadre.",
)
BAD_DATE = IssueKind(
    "data_non_valida", "«{name}»: data non valida, scrivila come GG/MM/AAAA (es. 05/03/2026)."
)
