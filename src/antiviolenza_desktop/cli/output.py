"""How every command speaks: plain Italian lines for people, one JSON object with --json.

Refusals (AppError) and domain messages (domain.messages.Message) are keyed: under --json they
carry their code and parameters next to the Italian sentence; scripts key on the code."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.messages import Message


def use_utf8_streams() -> None:
    """Write stdout and stderr in UTF-8 whatever the console's code page.

    Redirected, or under a legacy Windows console, Python encodes the streams in the locale's
    code page (cp1252): «→», «Ș» or «Ольга» raised UnicodeEncodeError halfway through a line.
    A stream that is None (a windowed frozen build) or not a text stream is left alone.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def result(args: argparse.Namespace, text: str, data: dict[str, Any] | None = None) -> None:
    """Print the outcome of a command: `text` for people, `data` (plus ok=true) under --json."""
    if getattr(args, "json", False):
        print(json.dumps({"ok": True, **(data or {})}, ensure_ascii=False, indent=2))
    else:
        print(text)


def refusal(args: argparse.Namespace, error: AppError) -> None:
    """Report an expected failure: the message on stderr, or a JSON object on stdout."""
    if getattr(args, "json", False):
        payload = {"ok": False, "code": error.code, "message": error.message}
        if error.field:
            payload["field"] = error.field
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(f"Errore: {error.message}", file=sys.stderr)


def message_data(message: Message) -> dict[str, Any]:
    """A domain message (warning, finding, summary line) under --json, as a refusal is: its
    stable code and parameters for scripts, its Italian sentence for people. The text a person
    reads is `message.text`, the Italian template of its kind filled in, as for an AppError."""
    return {"code": message.code, "params": dict(message.params), "message": message.text}


def warning(text: str) -> None:
    print(f"Attenzione: {text}", file=sys.stderr)


def unexpected(args: argparse.Namespace, kind: str) -> None:
    """An error we did not foresee: say so plainly, naming only the kind of error."""
    text = (
        f"Si è verificato un errore imprevisto ({kind}); nessun dato è stato modificato oltre "
        "all'ultima operazione completata. Riprova; se si ripete, avvisa l'assistenza "
        "indicando il comando usato."
    )
    if getattr(args, "json", False):
        print(json.dumps({"ok": False, "code": "errore_imprevisto", "message": text}))
    else:
        print(f"Errore: {text}", file=sys.stderr)
