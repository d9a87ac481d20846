"""The screens of the game, one per module.

Only :mod:`home` is imported at startup; the others are imported when first
shown, to keep startup fast.
"""
