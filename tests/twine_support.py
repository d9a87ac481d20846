"""Twine test stories: the files under tests/data/twine, and a generated large Harlowe story."""

from __future__ import annotations

import html
import random
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from burgerschap.scenario.twee import import_twee
from burgerschap.scenario.twine_convert import TwineImport, convert
from burgerschap.scenario.twine_html import read_html

TWINE = Path(__file__).parent / "data" / "twine"

SOURCES = {
    # format: (Twee file, HTML file, index of the story in the HTML file)
    "harlowe": ("harlowe.twee", "harlowe.html", 0),
    "sugarcube": ("sugarcube.twee", "sugarcube.html", 0),
    "chapbook": ("chapbook.twee", "archief.html", 0),
    "snowman": ("snowman.twee", "archief.html", 1),
}


def imported(story_format: str, kind: str) -> TwineImport:
    """The story of ``story_format`` imported from its Twee or its HTML file."""
    twee, page, index = SOURCES[story_format]
    if kind == "twee":
        return import_twee((TWINE / twee).read_text("utf-8"), twee)
    return convert(read_html((TWINE / page).read_text("utf-8"), page)[index])


@dataclass
class Generated:
    """A generated Harlowe story and what Twine's map shows of it."""

    twee: str
    html: str
    passages: int
    links: int
    reachable: int
    endings: int


def generated_harlowe(size: int = 150, seed: int = 16) -> Generated:
    """A story of ``size`` passages linked only with ``(link-goto:)`` and ``(link:)[(go-to:)]``.

    A random tree from the start passage, extra links between passages that
    already have links, and one passage nothing leads to (as in the tester's
    story: all but one passage reachable). The counts are computed here, from
    the links written, independently of the importer.
    """
    rng = random.Random(seed)
    names = [f"Pfad {i}: Übung {i % 7}" for i in range(size)]
    targets: dict[int, list[int]] = {i: [] for i in range(size)}
    for child in range(1, size - 1):
        parent = rng.randrange(max(0, child - 6), child)
        targets[parent].append(child)
    inner = [i for i in range(size - 1) if targets[i]]
    for _ in range(size // 4):
        targets[rng.choice(inner)].append(rng.randrange(size - 1))
    bodies = []
    for i, name in enumerate(names):
        lines = [f"Passage {i}: de buurt & de gemeente."]
        for n, target in enumerate(targets[i]):
            label = f"Keuze {n + 1} naar {target}"
            if (i + n) % 3 == 0:
                lines.append(f'(link-goto: "{label}", "{names[target]}")')
            elif (i + n) % 3 == 1:
                lines.append(f'(link: "{label}")[(go-to: "{names[target]}")]')
            else:
                lines.append(f'(link-goto: "{names[target]}")')
        bodies.append((name, "\n".join(lines)))
    seen, queue = {0}, deque([0])
    while queue:
        for target in targets[queue.popleft()]:
            if target not in seen:
                seen.add(target)
                queue.append(target)
    ifid = "0D5E1F2A-3B4C-4D5E-8F6A-7B8C9D0E1F2A"
    story_data = (
        f'{{"ifid":"{ifid}","format":"Harlowe","format-version":"3.3.8","start":"{names[0]}"}}'
    )
    twee = "\n\n".join(
        [":: StoryTitle\nDe grote wandeling", f":: StoryData\n{story_data}"]
        + [f":: {name}\n{body}" for name, body in bodies]
    )
    passages = "".join(
        f'<tw-passagedata pid="{n}" name="{html.escape(name)}" tags="" position="0,0" '
        f'size="100,100">{html.escape(body)}</tw-passagedata>'
        for n, (name, body) in enumerate(bodies, start=1)
    )
    page = (
        '<tw-storydata name="De grote wandeling" startnode="1" creator="Twine" '
        f'creator-version="2.6.2" format="Harlowe" format-version="3.3.8" ifid="{ifid}" '
        f'options="" tags="" zoom="1" hidden>{passages}</tw-storydata>\n'
    )
    links = sum(len(t) for t in targets.values())
    endings = sum(1 for t in targets.values() if not t)
    return Generated(twee, page, size, links, len(seen), endings)
