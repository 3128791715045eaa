"""Extraction quality on the seed directives, scored like the shared corpus scorer.

Obligation F1 is computed over (lead unit, due date) and (lead unit, recurrence) pairs; unit
names are compared through the project's own resolver. The floors sit just under the figures
reached, so that a regression fails.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from jobs.ingest.pipeline import extract_text
from jobs.ingest.units import UnitResolver, default_resolver, name_key

CORPUS = Path(__file__).parent / "corpus"
F1_FLOOR = 0.95
UNIT_RECALL_FLOOR = 0.95


def unit_key(resolver: UnitResolver, name: str) -> tuple[str, ...]:
    """A comparable form of a unit name: its resolved canonical name, territory level aside."""
    found = resolver.resolve(name)
    key = name_key(found.name)
    # "Ban Tổ chức Huyện ủy" and "Trung tâm Y tế huyện" name the same units without the level.
    return tuple(w for w in key if w not in {"huyện", "ủy", "các"})


def pairs(resolver: UnitResolver, tasks: list[dict]) -> set[tuple[tuple[str, ...], str]]:
    found = set()
    for task in tasks:
        if task.get("ambiguous"):
            continue
        whens = [str(w).lower() for w in (task.get("due"), task.get("every")) if w]
        for unit in task.get("units") or []:
            for when in whens:
                found.add((unit_key(resolver, unit), when))
    return found


def forgiven(gold_tasks: list[dict]) -> list[str]:
    """Ambiguous gold tasks with a date: one predicted pair each is neither right nor wrong."""
    return [str(t.get("due") or t.get("every")).lower() for t in gold_tasks
            if t.get("ambiguous") and (t.get("due") or t.get("every"))]


@dataclass
class Score:
    hits: int = 0
    gold: int = 0
    predicted: int = 0
    units_gold: int = 0
    units_hit: int = 0

    @property
    def f1(self) -> float:
        precision = self.hits / self.predicted if self.predicted else 0.0
        recall = self.hits / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def unit_recall(self) -> float:
        return self.units_hit / self.units_gold if self.units_gold else 0.0


def score_file(gold_path: Path, resolver: UnitResolver) -> Score:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["directive"]["file"]).read_text(encoding="utf-8")
    predicted_tasks = [task.to_json() for task in extract_text(text, resolver).tasks]
    gold_tasks = gold.get("task", [])
    gold_pairs = pairs(resolver, gold_tasks)
    predicted_pairs = pairs(resolver, predicted_tasks)
    extra = predicted_pairs - gold_pairs
    for when in forgiven(gold_tasks):
        spared = sorted(p for p in extra if p[1] == when)
        if spared:
            extra.discard(spared[0])
    gold_units = {unit_key(resolver, u) for t in gold_tasks if not t.get("ambiguous")
                  for u in t.get("units") or []}
    predicted_units = {unit_key(resolver, u) for t in predicted_tasks for u in t["units"]}
    hits = len(gold_pairs & predicted_pairs)
    return Score(hits, len(gold_pairs), hits + len(extra), len(gold_units),
                 len(gold_units & predicted_units))


def test_seed_directives_meet_the_floor() -> None:
    resolver = default_resolver()
    total = Score()
    lines = []
    for gold_path in sorted(CORPUS.glob("*.gold.toml")):
        score = score_file(gold_path, resolver)
        lines.append(
            f"{gold_path.name}: {score.hits}/{score.gold} found, "
            f"{score.predicted - score.hits} extra, units {score.units_hit}/{score.units_gold}"
        )
        for field in ("hits", "gold", "predicted", "units_gold", "units_hit"):
            setattr(total, field, getattr(total, field) + getattr(score, field))
    report = "\n".join(lines)
    assert total.f1 >= F1_FLOOR, f"obligation F1 {total.f1:.3f}\n{report}"
    assert total.unit_recall >= UNIT_RECALL_FLOOR, f"unit recall {total.unit_recall:.3f}\n{report}"


@pytest.mark.parametrize("gold_path", sorted(CORPUS.glob("*.gold.toml")), ids=lambda p: p.stem)
def test_directive_date_is_found(gold_path: Path) -> None:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["directive"]["file"]).read_text(encoding="utf-8")
    info = extract_text(text, default_resolver()).directive
    assert info.date is not None
    assert info.date.isoformat() == str(gold["directive"]["date"])
