"""A migration is history: it imports no model, so changing a model never changes an old one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

VERSIONS = sorted((Path(__file__).parents[2] / "db" / "migrations" / "versions").glob("*.py"))


def project_imports(path: Path) -> list[str]:
    """The modules of this project a file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    return [name for name in names if name.split(".")[0] in {"db", "jobs", "bot"}]


@pytest.mark.parametrize("path", VERSIONS, ids=lambda p: p.stem)
def test_a_migration_imports_nothing_of_ours(path: Path) -> None:
    assert project_imports(path) == []
