"""What ingest produces: a directive's metadata and its draft tasks, before review."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class DirectiveInfo:
    date: date | None
    number: str | None
    title: str


@dataclass
class DraftTask:
    ref: str
    units: list[str]
    support: list[str]
    due: date | None
    due_text: str
    every: str | None
    text: str
    unknown_units: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "units": self.units,
            "support": self.support,
            "due": self.due.isoformat() if self.due else None,
            "due_text": self.due_text,
            "every": self.every,
            "text": self.text,
            "unknown_units": self.unknown_units,
        }


@dataclass
class Extraction:
    directive: DirectiveInfo
    tasks: list[DraftTask]

    def to_json(self) -> dict[str, Any]:
        info = self.directive
        return {
            "directive": {
                "date": info.date.isoformat() if info.date else None,
                "number": info.number,
                "title": info.title,
            },
            "tasks": [task.to_json() for task in self.tasks],
        }
