"""Small scenarios built in code for the authoring tests (versions, edit, diff, Twee)."""

from __future__ import annotations

from typing import Any

from burgerschap.scenario.models import Scenario
from burgerschap.scenario.serialize import Data


def plein_data(**top: Any) -> Data:
    """A valid scenario that uses every kind of reference a node can have."""
    data: Data = {
        "format": 1,
        "kind": "scenario",
        "id": "plein",
        "version": 1,
        "title": "Het plein",
        "dimensions": {
            "participatie": {"label": "Participatie"},
            "samenwerking": {"label": "Samenwerking"},
        },
        "start": "begin",
        "nodes": {
            "begin": {
                "title": "Op het plein",
                "text": "Het plein is leeg.\nWat doe je?\n",
                "choices": [
                    {
                        "text": "Ik praat met de buren.",
                        "goto": "buren",
                        "effects": {"samenwerking": 2},
                        "set": ["gepraat"],
                    },
                    {"text": "Ik ga naar de gemeente.", "goto": "vraag"},
                ],
            },
            "buren": {
                "text": "De buren willen meedoen.",
                "choices": [
                    {"text": "Samen naar de gemeente.", "goto": "vraag"},
                    {
                        "text": "Nog eens praten.",
                        "goto": "begin",
                        "if": {"not_visited": ["vraag"], "min": {"samenwerking": 1}},
                    },
                ],
            },
            "vraag": {
                "question": "Wie beslist over het plein?",
                "options": [
                    {"text": "De gemeenteraad", "correct": True},
                    {"text": "De buren"},
                ],
                "explanation": "De raad beslist.",
                "effects": {"participatie": 1},
                "goto_correct": "goed",
                "goto_wrong": "fout",
            },
            "goed": {"ending": {"title": "Gelukt", "text": "Er komen bankjes."}},
            "fout": {"ending": {"title": "Helaas"}},
        },
    }
    data.update(top)
    return data


def plein(**top: Any) -> Scenario:
    return Scenario.model_validate(plein_data(**top))
