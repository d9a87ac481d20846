"""Run every benchmark and print one table: ``python benchmarks/run.py [--json] [NAME ...]``.

Each ``benchmarks/bench_*.py`` module has a ``main()`` that returns rows
``{"name", "value", "unit", "goal"}`` (and optionally ``"note"``). This
runner imports them in name order, calls ``main()`` and prints the rows as
one table, or as one JSON object with ``--json``. A benchmark that fails is
reported as a row with its error, and the others still run; the exit status
is then 1.

Give benchmark names (``loader``, ``startup``, ...) to run only those.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def discover() -> list[str]:
    """The short names of every ``bench_*.py`` next to this file, sorted."""
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def run_one(name: str) -> tuple[list[dict[str, Any]], float, str | None]:
    """Run ``bench_<name>.main()`` in a fresh process: its rows, seconds taken and any error.

    A process of its own keeps benchmarks from measuring each other's leftovers
    (memory grown by an earlier one, warm caches, a bigger heap for the GC).
    """
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", name],
        capture_output=True,
        text=True,
        cwd=HERE,
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        return [], seconds, proc.stderr or f"exit status {proc.returncode}"
    return json.loads(proc.stdout), seconds, None


def _child(name: str) -> int:
    """Inside the fresh process: import the benchmark, run it, print its rows as JSON."""
    sys.path.insert(0, str(HERE))
    try:
        module = importlib.import_module(f"bench_{name}")
        rows = [dict(row) for row in module.main()]
    except Exception:
        traceback.print_exc(limit=5)
        return 1
    print(json.dumps(rows))
    return 0


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    import textual

    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "textual": textual.__version__,
    }


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


_GOAL = re.compile(r"^\s*(<=|<|>=|>)\s*([0-9.]+)")


def verdict(row: dict[str, Any]) -> str:
    """``ok`` or ``MISSED`` for a goal of the form ``<= 1.3x`` or ``< 50 ms``; else empty."""
    match = _GOAL.match(str(row.get("goal", "")))
    value = row.get("value")
    if match is None or not isinstance(value, int | float):
        return ""
    op, limit = match[1], float(match[2])
    met = {
        "<=": value <= limit,
        "<": value < limit,
        ">=": value >= limit,
        ">": value > limit,
    }[op]
    return "ok" if met else "MISSED"


def table(results: list[dict[str, Any]]) -> str:
    """The rows of every benchmark as one aligned text table."""
    lines: list[tuple[str, ...]] = [("benchmark", "figure", "value", "unit", "", "goal")]
    for result in results:
        if result["error"]:
            first = result["error"].strip().splitlines()[-1]
            lines.append((result["bench"], "FAILED", "", "", "", first))
            continue
        for row in result["rows"]:
            goal = str(row.get("goal", ""))
            if row.get("note"):
                goal = f"{goal}  ({row['note']})" if goal else f"({row['note']})"
            lines.append(
                (
                    result["bench"],
                    str(row["name"]),
                    _fmt(row["value"]),
                    str(row["unit"]),
                    verdict(row),
                    goal,
                )
            )
    widths = [max(len(line[i]) for line in lines) for i in range(5)]
    out = []
    for i, line in enumerate(lines):
        bench, name, value, unit, mark, goal = line
        out.append(
            f"{bench:<{widths[0]}}  {name:<{widths[1]}}  {value:>{widths[2]}}"
            f"  {unit:<{widths[3]}}  {mark:<{widths[4]}}  {goal}".rstrip()
        )
        if i == 0:
            out.append("-" * len(out[0]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child)
    available = discover()
    unknown = [n for n in args.names if n not in available]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; have {', '.join(available)}")
    results = []
    for name in args.names or available:
        if not args.json:
            print(f"running {name} ...", file=sys.stderr, flush=True)
        rows, seconds, error = run_one(name)
        for row in rows:
            row.setdefault("verdict", verdict(row))
        results.append({"bench": name, "rows": rows, "seconds": round(seconds, 1), "error": error})
    if args.json:
        print(json.dumps({"machine": machine(), "results": results}, indent=2))
    else:
        info = machine()
        print(
            f"Python {info['python']} ({info['implementation']}), Textual {info['textual']},"
            f" {info['system']} {info['machine']}, {info['cpus']} CPUs"
        )
        print(table(results))
        for result in results:
            if result["error"]:
                print(f"\n{result['bench']} failed:\n{result['error']}", file=sys.stderr)
    return 1 if any(r["error"] for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
