"""The layers hold: import-linter's contracts (in pyproject.toml) and no import cycle in src/.

The contracts are checked by running ``lint-imports`` on this checkout, so the
test command (and so CI) runs them. Cycles are found in the same import graph
(grimp, import-linter's graph library): a cycle is a strongly connected
component of more than one module. Imports under ``TYPE_CHECKING`` and inside
functions count, as they do for the contracts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


@pytest.fixture(scope="module")
def src_graph() -> grimp.ImportGraph:
    """The import graph of src/burgerschap, as import-linter builds it."""
    import burgerschap

    # grimp reads the package Python would import: it must be this checkout's.
    assert Path(burgerschap.__file__).resolve().is_relative_to(SRC)
    graph = grimp.build_graph("burgerschap", cache_dir=None)
    assert "burgerschap.scenario.engine" in graph.modules
    return graph


def test_import_contracts_hold() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            str(ROOT / "pyproject.toml"),
            "--no-cache",
            "--no-logo",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The contracts were read and checked, not skipped: each is named as kept.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [c["name"] for c in config["tool"]["importlinter"]["contracts"]]
    assert len(names) >= 3
    said = " ".join(result.stdout.split())  # a long name may be wrapped
    assert [name for name in names if f"{name} KEPT" not in said] == []


def test_type_checking_imports_count(src_graph: grimp.ImportGraph) -> None:
    """A type from an upper layer is a dependency all the same (pyproject says why)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    options = config["tool"]["importlinter"]
    assert str(options.get("exclude_type_checking_imports", False)).lower() == "false"
    # grimp sees such an import: the engines package names Engine only for its types.
    details = src_graph.get_import_details(
        importer="burgerschap.classroom.engines", imported="burgerschap.classroom.engines.base"
    )
    assert details, "an import under TYPE_CHECKING is missing from the graph"


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every strongly connected component of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    imported = sorted(graph.find_modules_directly_imported_by(target))
                    work.append((target, iter(imported)))
                elif target in on_stack:
                    low[module] = min(low[module], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == module:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def test_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c", "p.d"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.c")
    graph.add_import(importer="p.c", imported="p.a")
    graph.add_import(importer="p.d", imported="p.a")
    assert cycles(graph) == [["p.a", "p.b", "p.c"]]


@pytest.fixture(scope="module")
def src_cycles(src_graph: grimp.ImportGraph) -> list[list[str]]:
    return cycles(src_graph)


def test_no_import_cycle_in_src(src_cycles: list[list[str]]) -> None:
    """Not one: not between packages (the contracts) and not inside one (24 tui modules
    and 3 of the application layer went round in circles before issue 15)."""
    assert src_cycles == []


def _developers_part() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    start = readme.index("## For developers")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end >= 0 else len(readme)]


def test_the_readme_pictures_the_contracts_layers() -> None:
    """Every layer of the contract is in the README's picture, in the same order."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [layers] = [c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers"]
    picture = _developers_part().split("```text\n", 1)[1].split("```", 1)[0]
    lines = picture.splitlines()

    def row(name: str) -> int:
        found = [i for i, line in enumerate(lines) if re.search(rf"(?<![\w/]){name}(\.py|/)", line)]
        assert found, f"layer {name} is not in the README's picture"
        return found[0]

    order = [
        [row(name.strip()) for name in re.split(r"[|:]", layer.replace("(", "").replace(")", ""))]
        for layer in layers["layers"]
        if layer != "__main__"
    ]
    rows = [(min(r), max(r)) for r in order]
    assert all(r[0] == r[1] for r in rows)  # a layer's modules share one line
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)


def test_the_readme_names_modules_that_exist() -> None:
    part = _developers_part()
    package = SRC / "burgerschap"
    named = set(re.findall(r"`((?:[a-z0-9_]+/)*[a-z0-9_]+(?:\.py|/))`", part))
    assert "application/game.py" in named
    missing = [
        name
        for name in named
        if not (ROOT / name).exists()
        and not (package / name).exists()
        and not (package / name.removeprefix("src/burgerschap/")).exists()
    ]
    assert missing == []
