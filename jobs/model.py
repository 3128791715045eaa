"""Plain values: what ingest produces (a directive and its draft tasks), the status names, the
local zone and date format, and the refusal every layer raises for the user."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


class StoreError(Exception):
    """A change the stored data does not allow; str(exc) is the Vietnamese message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def local_date(instant: datetime, zone: ZoneInfo = LOCAL_ZONE) -> date:
    """The local calendar date of a UTC instant (a naive one is refused, not guessed)."""
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant!r}: give a timezone")
    return instant.astimezone(zone).date()


def format_date(day: date) -> str:
    """``24/04/2024``."""
    return day.strftime("%d/%m/%Y")


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
    # The deadline is written without a year (or counts from the directive) and the directive's
    # date is unknown: ``due`` stays None until the office sets that date.
    waits_for_date: bool = False
    # Read by OCR: the weakest word of its units and deadline (0-1), and the fields read from
    # words under the threshold, which the preview marks for checking.
    confidence: float | None = None
    low_confidence: list[str] = field(default_factory=list)

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
            "waits_for_date": self.waits_for_date,
            "confidence": self.confidence,
            "low_confidence": self.low_confidence,
        }


@dataclass
class Extraction:
    directive: DirectiveInfo
    tasks: list[DraftTask]
    warnings: list[str] = field(default_factory=list)  # Vietnamese, shown to the office
    ocr: bool = False  # the text was read from a scan or a photo

    def to_json(self) -> dict[str, Any]:
        info = self.directive
        return {
            "directive": {
                "date": info.date.isoformat() if info.date else None,
                "number": info.number,
                "title": info.title,
            },
            "tasks": [task.to_json() for task in self.tasks],
            "warnings": self.warnings,
            "ocr": self.ocr,
        }


class Category(enum.StrEnum):
    """The categories of Vietnamese tracking reports; the value is the slug the CLI accepts."""

    DONE_ON_TIME = "hoan-thanh-dung-han"
    DONE_LATE = "hoan-thanh-qua-han"
    IN_PROGRESS = "dang-thuc-hien"
    OVERDUE = "qua-han"
    NO_DEADLINE = "khong-thoi-han"

    @property
    def label(self) -> str:
        """The category as reports write it."""
        return LABELS[self]


LABELS = {
    Category.DONE_ON_TIME: "hoàn thành đúng hạn",
    Category.DONE_LATE: "hoàn thành quá hạn",
    Category.IN_PROGRESS: "đang thực hiện trong hạn",
    Category.OVERDUE: "quá hạn chưa hoàn thành",
    Category.NO_DEADLINE: "không thời hạn",
}
# Open, in time, and the deadline only a few days away: a flag inside IN_PROGRESS.
DUE_SOON = "sap-den-han"
DUE_SOON_LABEL = "sắp đến hạn"
