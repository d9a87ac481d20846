"""Lessons, results and reports over SQLite. No UI: screens and commands call in here."""
