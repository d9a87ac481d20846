"""Serving the student game to browsers over the school network (textual-serve)."""
