"""`python -m antiviolenza_desktop.ui` opens the desktop application."""

import sys

from antiviolenza_desktop.ui.app import main

sys.exit(main())
