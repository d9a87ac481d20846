"""Allows ``python -m burgerschap``."""

from burgerschap.cli import main

raise SystemExit(main())
