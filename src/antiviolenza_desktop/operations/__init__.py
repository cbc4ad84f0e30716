"""Every use case a person starts, once, for every front end.

The GUI and the CLI are thin callers of this package: a flow such as "export the snapshot
and write the bundle" or "merge the oldest sequence first within an Ambito" lives here and
nowhere else (Anki's operations package, Electrum's one command table). Nothing here imports
Qt, so each operation is tested without a display.
"""
