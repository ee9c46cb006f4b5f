"""Data flows one way: a module imports only from the layers below it."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "reconcile"

# Lower index = lower layer. A module may import only from modules of a lower or equal
# layer; siblings in one layer stay independent.
LAYERS: list[set[str]] = [
    {"errors", "_heap", "_atomic", "_disjoint", "_lines"},
    {"values"},
    {"model"},
    {"schema", "compare", "entities", "synthetic", "validate", "fingerprint"},
    {"decisions"},
    {"normalize"},
    {"cluster"},
    {"verdicts"},
    {"pipeline"},
    {"output", "graph", "io", "truth", "extract"},
    {"diff", "_partition"},
    {"report", "testing", "inputs", "trust", "results", "parallel"},
    {"cli", "__main__", "__init__", "distributed"},
]
LAYER_OF = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def _top(module: str) -> str:
    return module.split(".")[1] if module.startswith("reconcile.") else ""


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py"))


def _owner(path: Path) -> str:
    parts = path.relative_to(SRC).parts
    return parts[0].removesuffix(".py")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_module_imports_only_from_lower_layers(path: Path) -> None:
    owner = _owner(path)
    if owner not in LAYER_OF:
        pytest.fail(f"{owner} has no layer: add it to LAYERS")
    bad = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            target = _top(node.module)
            if target and target != owner and LAYER_OF.get(target, 99) >= LAYER_OF[owner]:
                if LAYER_OF.get(target) == LAYER_OF[owner] and owner in {
                    "cli",
                    "__main__",
                    "__init__",
                }:
                    continue
                bad.append(node.module)
    assert [] == bad
