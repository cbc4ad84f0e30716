"""Pure rules of the programme: money, programme model, errors. No I/O, no Qt, no database."""
