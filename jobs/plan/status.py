"""A loaded task's status, from deadline and completion (``jobs.model.Category``).

The SQL twin that every count and report uses is ``db.reports.category_at``; a test keeps the
two in agreement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from jobs.calendar import LOCAL_ZONE, end_of_local_day, local_date
from jobs.ingest.units import loose_key
from jobs.model import DUE_SOON, DUE_SOON_LABEL, Category

# What ``--status`` accepts, for help and error messages.
STATUS_CHOICES = ", ".join([*(c.value for c in Category), DUE_SOON])


@dataclass(frozen=True)
class TaskStatus:
    """A category plus the "sắp đến hạn" flag (open, in time, few days left)."""

    category: Category
    due_soon: bool = False

    @property
    def label(self) -> str:
        """The status as shown to people."""
        return f"{self.category.label} ({DUE_SOON_LABEL})" if self.due_soon else self.category.label


def task_status(
    deadline: datetime | None,
    done_at: datetime | None,
    now: datetime,
    *,
    due_soon_days: int,
    zone: ZoneInfo = LOCAL_ZONE,
) -> TaskStatus:
    """Classify one task; a task done with no deadline counts as done on time."""
    if done_at is not None:
        late = deadline is not None and done_at > deadline
        return TaskStatus(Category.DONE_LATE if late else Category.DONE_ON_TIME)
    if deadline is None:
        return TaskStatus(Category.NO_DEADLINE)
    if deadline < now:
        return TaskStatus(Category.OVERDUE)
    return TaskStatus(Category.IN_PROGRESS, deadline <= due_soon_limit(now, due_soon_days, zone))


def due_soon_limit(now: datetime, due_soon_days: int, zone: ZoneInfo = LOCAL_ZONE) -> datetime:
    """Open tasks whose deadline is at or before this instant are "sắp đến hạn"."""
    return end_of_local_day(local_date(now, zone) + timedelta(days=due_soon_days), zone)


def days_left(deadline: datetime, now: datetime, zone: ZoneInfo = LOCAL_ZONE) -> int:
    """Calendar days from today to the deadline's day (negative once overdue)."""
    return (local_date(deadline, zone) - local_date(now, zone)).days


def parse_status(text: str) -> Category | str:
    """A status as typed on the command line (slug or label, diacritics optional)."""
    wanted = loose_key(text)
    for category in Category:
        if wanted in (loose_key(category.value), loose_key(category.label)):
            return category
    if wanted in (loose_key(DUE_SOON), loose_key(DUE_SOON_LABEL)):
        return DUE_SOON
    raise ValueError(text)
