"""Tasks and reminders («Da fare»): what is due, computed from facts the store already keeps."""
