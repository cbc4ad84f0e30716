"""The PySide6 desktop front end: windows, views, Qt models, the lock screen."""
