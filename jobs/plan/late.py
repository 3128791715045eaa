"""Late and old directives: deadlines already past when a directive is stored.

The office chooses what becomes of them: reminded as overdue (one grouped nag per unit at once,
and the escalation at once for those already past its threshold), or stored as history
without reminders. A directive older than ``OLD_DIRECTIVE_DAYS`` is history unless told.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from jobs.calendar import local_date
from jobs.model import DraftTask
from jobs.plan.policy import Planner

OLD_DIRECTIVE_DAYS = 90


class Past(StrEnum):
    """What becomes of the tasks whose deadline passed before they were stored."""

    NAG = "nag"
    HISTORY = "history"


@dataclass(frozen=True)
class LateDeadlines:
    """How many of a directive's deadlines are past, and how many days ago (local days)."""

    count: int
    newest_days: int
    oldest_days: int


def late_deadlines(
    tasks: Sequence[DraftTask], planner: Planner, now: datetime
) -> LateDeadlines | None:
    """The deadlines of these (non-recurring) tasks already past at ``now``; None if none."""
    today = local_date(now, planner.zone)
    ages = [
        (today - planner.closing_day(task.due, task.due_text)).days
        for task in tasks
        if task.due is not None
        and not task.every
        and planner.deadline(task.due, task.due_text) < now
    ]
    return LateDeadlines(len(ages), min(ages), max(ages)) if ages else None


def default_past(issued: date | None, today: date) -> Past:
    """History for a directive issued more than ``OLD_DIRECTIVE_DAYS`` ago, else nag."""
    old = issued is not None and (today - issued).days > OLD_DIRECTIVE_DAYS
    return Past.HISTORY if old else Past.NAG


def late_warning(late: LateDeadlines) -> str:
    """The preview's warning (Vietnamese)."""
    if late.newest_days == late.oldest_days:
        ago = f"{late.oldest_days} ngày trước"
    else:
        ago = f"từ {late.newest_days} đến {late.oldest_days} ngày trước"
    return f"{late.count} nhiệm vụ đã quá hạn khi nhập (hạn cuối {ago})."


def past_choice_note(past: Past, issued: date | None, today: date, *, chosen: bool) -> str:
    """What is done with the past deadlines, and why (Vietnamese)."""
    what = {
        Past.NAG: "nhắc như nhiệm vụ quá hạn: mỗi đơn vị nhận ngay một tin gộp, nhiệm vụ đã "
        "quá ngưỡng báo Văn phòng thì báo ngay",
        Past.HISTORY: "lưu làm lịch sử, không nhắc",
    }[past]
    if chosen:
        return f"Các nhiệm vụ đã quá hạn: {what}."
    if default_past(issued, today) == Past.HISTORY:
        return (
            f"Văn bản ban hành đã hơn {OLD_DIRECTIVE_DAYS} ngày: mặc định các nhiệm vụ đã quá "
            f"hạn được {what}."
        )
    return f"Mặc định các nhiệm vụ đã quá hạn được {what}."
