"""One module per command of the ``burgerschap`` command line (see :mod:`burgerschap.cli`)."""
