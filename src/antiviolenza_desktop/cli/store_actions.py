"""Commands made of several actions on one store (`fondi`, `casi`): each action is a
subcommand that takes the store, the user and `--json`, so every such command reads alike."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from antiviolenza_desktop.cli.credentials_input import add_store_argument, add_user_arguments

AddOptions = Callable[[argparse.ArgumentParser], None]
RunAction = Callable[[argparse.Namespace], int]
StoreAction = tuple[str, str, AddOptions, RunAction]
"""(name, help text, the action's own options, what it runs)."""


def add_store_actions(parser: argparse.ArgumentParser, actions: Sequence[StoreAction]) -> None:
    subcommands = parser.add_subparsers(dest="store_action", metavar="AZIONE", required=True)
    for name, help_text, add_options, run_action in actions:
        sub = subcommands.add_parser(name, help=help_text, description=help_text)
        add_options(sub)
        add_store_argument(sub)
        add_user_arguments(sub)
        sub.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="risultato in JSON"
        )
        sub.set_defaults(store_action_run=run_action)


def run_store_action(args: argparse.Namespace) -> int:
    return int(args.store_action_run(args))
