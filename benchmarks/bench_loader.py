"""Loading and validating against the bare libyaml parse of the same text.

Goal: at most 3x the time of ``yaml.load(text, CSafeLoader)``, for a generated
5,000-node scenario and for the built-in library.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from generate import layered_scenario

from burgerschap.paths import builtin_dir
from burgerschap.scenario.loader import inspect_text


def _best(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _ratio(texts: list[str]) -> tuple[float, float]:
    def ours() -> None:
        for text in texts:
            assert inspect_text(text).document is not None

    def bare() -> None:
        for text in texts:
            yaml.load(text, Loader=yaml.CSafeLoader)

    ours_t, bare_t = _best(ours), _best(bare)
    return ours_t, ours_t / bare_t


def main() -> list[dict[str, object]]:
    big = layered_scenario(5000)
    library = [p.read_text("utf-8") for p in sorted(builtin_dir().glob("*.yaml"))]
    rows: list[dict[str, object]] = []
    seconds, ratio = _ratio([big])
    rows.append(
        {
            "name": "load+validate 5,000 nodes",
            "value": round(seconds, 3),
            "unit": "s",
            "goal": "< 1 s",
        }
    )
    rows.append(
        {"name": "  vs bare yaml C parse", "value": round(ratio, 2), "unit": "x", "goal": "<= 3x"}
    )
    if library:
        seconds, ratio = _ratio(library)
        rows.append(
            {
                "name": f"load+validate library ({len(library)} files)",
                "value": round(seconds, 3),
                "unit": "s",
                "goal": "",
            }
        )
        rows.append(
            {
                "name": "  vs bare yaml C parse",
                "value": round(ratio, 2),
                "unit": "x",
                "goal": "<= 3x",
            }
        )
    return rows


if __name__ == "__main__":
    for row in main():
        print(f"{row['name']:<40} {row['value']:>8} {row['unit']:<3} {row['goal']}")
