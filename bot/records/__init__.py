"""Records: the question log, feedback and the answered-update store (SQLite)."""
