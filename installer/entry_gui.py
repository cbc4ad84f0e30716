"""Frozen entry point of `antiviolenza-gui` (PyInstaller runs this file as the program's __main__)."""

import sys

from antiviolenza_desktop.ui.app import main

sys.exit(main())
