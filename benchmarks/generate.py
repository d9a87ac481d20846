"""Generated scenarios for benchmarks and stress tests, written as YAML text."""

from __future__ import annotations

import random


def layered_scenario(nodes: int, seed: int = 1, width: int = 3) -> str:
    """A valid scenario of about ``nodes`` story nodes in layers that rejoin, with conditions."""
    rng = random.Random(seed)
    layers = max(1, nodes // width)
    out = [
        "format: 1",
        "kind: scenario",
        f"id: gen-{nodes}",
        "version: 1",
        f"title: Gegenereerd scenario met {nodes} nodes",
        "summary: Voor metingen.",
        "dimensions:",
        "  p: {label: Participatie}",
        "  s: {label: Samenwerking}",
        "start: n0_0",
        "nodes:",
    ]
    for layer in range(layers):
        for slot in range(width):
            name = f"n{layer}_{slot}"
            out.append(f"  {name}:")
            out.append(f"    text: Stap {layer}, plek {slot}. Wat doe je?")
            out.append("    choices:")
            targets = (
                [f"n{layer + 1}_{rng.randrange(width)}" for _ in range(2)]
                if layer + 1 < layers
                else ["einde_a", "einde_b"]
            )
            for i, target in enumerate(targets):
                p, s = (rng.randint(0, 2), rng.randint(-1, 1)) if i else (rng.randint(-1, 1), 2)
                extra = ""
                if i == 0 and layer % 7 == 3:
                    extra = ", set: [hulp]"
                if i == 1 and layer % 11 == 5:
                    extra = ", if: {flags: [hulp]}"
                out.append(
                    f"      - {{text: Keuze {i + 1}, goto: {target},"
                    f" effects: {{p: {p}, s: {s}}}{extra}}}"
                )
    out.append("  einde_a:")
    out.append("    ending: {title: Einde A, text: Het is klaar.}")
    out.append("  einde_b:")
    out.append("    ending: {title: Einde B, text: Ook klaar.}")
    return "\n".join(out) + "\n"
