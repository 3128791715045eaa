"""Every module-level name in the project is bound once: a second binding of a pattern silently
replaces the first for every function that reads it (two ``DEADLINE_LABEL`` patterns in the
extractor had left one rule reading the other's)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(path for package in ("bot", "jobs", "db")
                 for path in (ROOT / package).rglob("*.py"))


def module_bindings(tree: ast.Module) -> Counter[str]:
    """How often each name is bound by the module's own top-level statements."""
    bound: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return bound


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    bound = module_bindings(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, times in bound.items() if times > 1] == []


def test_a_second_binding_is_found() -> None:
    tree = ast.parse("PATTERN = 1\ndef f():\n    return PATTERN\nPATTERN = 2\n")
    assert module_bindings(tree)["PATTERN"] == 2
