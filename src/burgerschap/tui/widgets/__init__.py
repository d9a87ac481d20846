"""Reusable widgets of the game, one per module."""
