"""`antiviolenza casi da-fare` and `casi soglie-da-fare`: the «Da fare» reminders in the shell.

The same reading as the GUI's area (`operations.tasks.read_tasks`): by default the tasks of
the cases the signed-in worker follows (every task for a coordinator), `--tutti` the whole
store's. Each line is a case code (and ledger number), the due day, whether it is late, and
the reminder's sentence; under --json each task carries its code and parameters. The
thresholds are the coordinator's (`operations.tasks.set_thresholds`). Reading the list or the
thresholds works with the application open on the same store; changing them does not.
"""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.store_actions import StoreAction
from antiviolenza_desktop.domain.tasks.rules import Task, day_text
from antiviolenza_desktop.domain.tasks.thresholds import BOUNDS, TaskThresholds
from antiviolenza_desktop.operations.tasks import read_tasks, read_thresholds, set_thresholds

OPTIONS: dict[str, tuple[str, str]] = {
    "monitoring_months": ("--monitoraggio-mesi", "mesi tra due aggiornamenti di monitoraggio"),
    "review_months": ("--verifica-mesi", "mesi dalla validazione alla verifica del progetto"),
    "idle_commitment_months": ("--impegno-fermo-mesi", "mesi senza erogazioni su un impegno"),
    "stale_case_weeks": ("--caso-fermo-settimane", "settimane senza aggiornamenti di un caso"),
    "waiting_weeks": ("--attesa-settimane", "settimane in lista d'attesa senza presa in carico"),
    "referral_answer_days": ("--invio-giorni", "giorni di attesa della risposta a un invio"),
    "horizon_days": ("--preavviso-giorni", "giorni di preavviso prima della scadenza"),
}


def _add_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tutti", action="store_true", help="tutti i promemoria dell'archivio, non solo i tuoi"
    )


def _line(task: Task) -> str:
    row = f" voce {task.ledger_seq}" if task.ledger_seq is not None else ""
    late = "SCADUTO " if task.overdue else ""
    return f"{task.case_code}{row}  {late}entro il {day_text(task.due)}  {task.message.text}"


def _task_data(task: Task) -> dict[str, object]:
    return {
        "codice_caso": task.case_code,
        "voce": task.ledger_seq,
        "scadenza": task.due.isoformat(),
        "scaduto": task.overdue,
        "per": list(task.for_users),
        **output.message_data(task.message),
    }


def _list(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        found = read_tasks(opened, everyone=args.tutti)
    whose = "dell'archivio" if found.everyone else "dei casi che segui"
    lines = [f"Da fare {whose}: {len(found.tasks)} (scaduti: {found.overdue})"]
    lines += [_line(task) for task in found.tasks]
    data = {"tutti": found.everyone, "compiti": [_task_data(task) for task in found.tasks]}
    output.result(args, "\n".join(lines), data)
    return 0


def _add_thresholds(parser: argparse.ArgumentParser) -> None:
    for name, (flag, text) in OPTIONS.items():
        low, high = BOUNDS[name]
        parser.add_argument(flag, dest=name, type=int, help=f"{text} (da {low} a {high})")


def _thresholds_text(limits: TaskThresholds) -> str:
    return "\n".join(f"{flag[2:]}: {getattr(limits, name)}" for name, (flag, _t) in OPTIONS.items())


def _thresholds(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in OPTIONS if getattr(args, name) is not None}
    with opened_store(args, reading=not changes) as opened:
        limits = set_thresholds(opened, changes) if changes else read_thresholds(opened)
    data = {name: getattr(limits, name) for name in OPTIONS}
    output.result(args, _thresholds_text(limits), data)
    return 0


TASK_ACTIONS: tuple[StoreAction, ...] = (
    ("da-fare", "promemoria: monitoraggi, verifiche, impegni e casi fermi", _add_list, _list),
    ("soglie-da-fare", "mostra o imposta le soglie dei promemoria", _add_thresholds, _thresholds),
)
