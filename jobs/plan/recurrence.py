"""Recurring obligations: ``DraftTask.every`` ("weekly:fri", "monthly:20", ...) and due dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count

from jobs.calendar import WEEKDAY_NAMES, WEEKDAYS, is_working_day
from jobs.errors import IngestError

# Rough period lengths: a reminder "N days before" is only planned when N is shorter.
PERIOD_DAYS = {"daily": 1, "weekly": 7, "monthly": 28, "quarterly": 90, "yearly": 365}


@dataclass(frozen=True)
class Cadence:
    """A parsed ``every``: the period and, for weeks and months, the day (for quarters, the day
    of each quarter's last month)."""

    period: str
    day: int | None = None

    @property
    def period_days(self) -> int:
        """The shortest gap between two occurrences, in days."""
        return PERIOD_DAYS[self.period]

    def due_dates(self, start: date) -> Iterator[date]:
        """The nominal due dates on or after ``start``, for ever."""
        if self.period == "daily":
            yield from _working_days(start)
        elif self.period == "weekly":
            weekday = 4 if self.day is None else self.day
            first = start + timedelta(days=(weekday - start.weekday()) % 7)
            yield from (first + timedelta(weeks=n) for n in count())
        else:
            step = {"monthly": 1, "quarterly": 3, "yearly": 12}[self.period]
            yield from self._month_dates(start, step)

    def _month_dates(self, start: date, step: int) -> Iterator[date]:
        """Month-based dates: the chosen day (clamped) or the last day of each period."""
        month_index = start.year * 12 + start.month - 1
        month_index -= month_index % step
        while True:
            year, month = divmod(month_index + step - 1, 12)
            last = calendar.monthrange(year, month + 1)[1]
            day = date(year, month + 1, min(self.day, last) if self.day else last)
            if day >= start:
                yield day
            month_index += step

    def describe(self) -> str:
        """The recurrence in Vietnamese, for people."""
        if self.period == "daily":
            return "hằng ngày (ngày làm việc)"
        if self.period == "weekly":
            return f"{WEEKDAY_NAMES[4 if self.day is None else self.day]} hằng tuần"
        if self.period == "monthly":
            return f"ngày {self.day} hằng tháng" if self.day else "cuối mỗi tháng"
        if self.period == "quarterly":
            return f"ngày {self.day} tháng cuối mỗi quý" if self.day else "cuối mỗi quý"
        return "cuối mỗi năm"


def _working_days(start: date) -> Iterator[date]:
    """Every working day from ``start`` on."""
    day = start
    while True:
        if is_working_day(day):
            yield day
        day += timedelta(days=1)


def parse_every(every: str) -> Cadence:
    """``"weekly:fri"`` -> Cadence; an unknown form is an error for the operator."""
    period, _, arg = every.strip().lower().partition(":")
    if period not in PERIOD_DAYS:
        raise IngestError(f"Không hiểu chu kỳ lặp lại “{every}”.")
    if not arg:
        return Cadence(period)
    if period == "weekly" and arg in WEEKDAYS:
        return Cadence(period, WEEKDAYS.index(arg))
    if period in ("monthly", "quarterly") and arg.isdigit() and 1 <= int(arg) <= 31:
        return Cadence(period, int(arg))
    raise IngestError(f"Không hiểu chu kỳ lặp lại “{every}”.")
