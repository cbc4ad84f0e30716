"""The headless twin of the GUI: the `antiviolenza` command, one module per subcommand."""
