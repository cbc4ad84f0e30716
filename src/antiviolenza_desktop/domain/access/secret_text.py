"""One rule for a password, recovery key or one-time code that comes from a file or a variable.

What is read must be exactly what the person would type at the keyboard. Windows Notepad saves
UTF-8 with a byte-order mark and ends the line with CR LF; other editors add a plain LF; a shell
may leave one in a variable. So: the text is decoded as strict UTF-8 (a file in another
encoding is refused by name, instead of becoming a password no one can type), a leading BOM
is dropped, then exactly one trailing line ending (CR LF, LF or CR). Anything else stays,
spaces included. What is left may not hold another line break: a password on two lines
cannot be typed at the lock screen, so it is refused instead of silently creating a store
that never opens (or taking only its first line).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError

BYTE_ORDER_MARK = "\ufeff"
LINE_ENDINGS = ("\r\n", "\n", "\r")


class SecretFileNotUtf8(AppError):
    code = "segreto_non_utf8"
    template = (
        "Il file {name} non è salvato in UTF-8: salvalo con la codifica UTF-8 "
        "(in Blocco note: «Salva con nome», Codifica «UTF-8») e riprova."
    )


class SecretOnSeveralLines(AppError):
    code = "segreto_su_piu_righe"
    template = (
        "«{source}» contiene più di una riga: password, chiave di recupero e codice monouso "
        "vanno scritti su una sola riga."
    )


def secret_from_file(raw: bytes, *, name: str) -> str:
    """The secret in a file's bytes; `name` (the file name, never its content) names it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SecretFileNotUtf8(name=name) from None
    return secret_from_text(text, source=name)


def secret_from_text(text: str, *, source: str) -> str:
    """Drop a leading BOM and one trailing line ending; refuse a secret on several lines."""
    text = text.removeprefix(BYTE_ORDER_MARK)
    for ending in LINE_ENDINGS:
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    if "\n" in text or "\r" in text:
        raise SecretOnSeveralLines(source=source)
    return text
