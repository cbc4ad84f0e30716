"""Frozen entry point of `antiviolenza` (PyInstaller runs this file as the program's __main__)."""

import sys

from antiviolenza_desktop.cli.main import main

sys.exit(main())
