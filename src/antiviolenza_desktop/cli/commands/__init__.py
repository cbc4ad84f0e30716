"""One module per `antiviolenza` subcommand; each exposes NAME, HELP, add_arguments() and run()."""
