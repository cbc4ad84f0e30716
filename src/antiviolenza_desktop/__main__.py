"""Lets `python -m antiviolenza_desktop` behave like the `antiviolenza` command."""

import sys

from antiviolenza_desktop.cli.main import main

sys.exit(main())
