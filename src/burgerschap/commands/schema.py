"""``burgerschap schema``: print the JSON Schema of the scenario format."""

from __future__ import annotations

import argparse
import sys

from burgerschap.i18n import Language, t
from burgerschap.scenario.schema import schema_text


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    subparsers.add_parser("schema", help=t("cli.schema.help", lang))


def run(args: argparse.Namespace, lang: Language) -> int:
    sys.stdout.write(schema_text())
    return 0
