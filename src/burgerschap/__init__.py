"""Burgerschap: a citizenship game for Dutch students.

Importing the package loads nothing heavy: the domain lives in
``burgerschap.scenario``, the game in ``burgerschap.tui``.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
