"""The deadline rule and the reminder plan: pure functions of dates, policy and the calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from db.models import ReminderKind
from jobs.calendar import (
    LOCAL_ZONE,
    add_working_days,
    end_of_local_day,
    from_local,
    is_working_day,
    local_date,
    parse_hhmm,
    previous_working_day,
)
from jobs.config import ReminderPolicy, Settings
from jobs.ingest.hours import closing_clock
from jobs.ingest.units import name_key


@dataclass(frozen=True)
class PlannedReminder:
    """A reminder the policy asks for: its kind and the local day it goes out."""

    kind: ReminderKind
    day: date
    fire_at: datetime

    def key(self, task_id: int) -> str:
        """The idempotency key: one reminder of a kind per task and day, ever."""
        return f"t{task_id}{self._key_suffix}"

    @cached_property
    def _key_suffix(self) -> str:
        """The part of the key after the task: kind and day (one plan serves many tasks)."""
        return f":{self.kind.value}:{self.day.isoformat()}"


@lru_cache(maxsize=4096)
def says_before(due_text: str) -> bool:
    """Whether a deadline phrase is of the "trước ngày D" form."""
    return "trước" in name_key(due_text)


def working_day_on_or_before(day: date) -> date:
    """``day`` itself when people work then, else the last working day before it."""
    return day if is_working_day(day) else previous_working_day(day)


@dataclass(frozen=True)
class Planner:
    """Turns deadlines into closing instants and reminder plans, under one policy and zone."""

    policy: ReminderPolicy
    zone: ZoneInfo = LOCAL_ZONE

    @classmethod
    def from_settings(cls, settings: Settings) -> Planner:
        """The planner for the configured policy and time zone."""
        return cls(settings.reminders, ZoneInfo(settings.timezone))

    def closing_day(self, due: date, due_text: str) -> date:
        """The last local day of a deadline: D, or D−1 for "trước ngày D" unless configured; D
        when the phrase names the hour ("trước 17 giờ ngày D")."""
        if (
            says_before(due_text)
            and not self.policy.before_date_inclusive
            and closing_clock(due_text) is None
        ):
            return due - timedelta(days=1)
        return due

    def deadline(self, due: date, due_text: str) -> datetime:
        """The instant (UTC) a deadline closes: the hour its phrase names on its closing day, else
        the end of that day, local time."""
        day = self.closing_day(due, due_text)
        if (clock := closing_clock(due_text)) is None:
            return end_of_local_day(day, self.zone)
        return from_local(day, clock, self.zone)

    @cached_property
    def send_at(self) -> time:
        """The local time of day reminders go out."""
        return parse_hhmm(self.policy.send_at)

    def fire_at(self, day: date) -> datetime:
        """When a reminder for local ``day`` goes out, in UTC."""
        return from_local(day, self.send_at, self.zone)

    def horizon(self, now: datetime) -> datetime:
        """How far ahead open-ended series (nags, occurrences) are written out."""
        return now + timedelta(days=self.policy.horizon_days)

    def reminders(
        self,
        deadline: datetime,
        *,
        since: datetime,
        until: datetime,
        period_days: int | None = None,
    ) -> list[PlannedReminder]:
        """The reminders for a deadline still to go out at ``since``, in firing order.

        Reminders before and on the deadline are finite and all planned; those after it (nags,
        escalation) only up to ``until``. A before-reminder no shorter than ``period_days`` (an
        occurrence of a recurring task) is dropped; one falling on a day off moves to the
        previous working day, and when two land on one day the one nearer the deadline wins.
        """
        due_day = local_date(deadline, self.zone)
        by_day: dict[date, ReminderKind] = {}
        for days in sorted(set(self.policy.before_days), reverse=True):
            if days > 0 and (period_days is None or days < period_days):
                by_day[working_day_on_or_before(due_day - timedelta(days=days))] = (
                    ReminderKind.BEFORE
                )
        if self.policy.on_the_day:
            by_day[working_day_on_or_before(due_day)] = ReminderKind.ON_DAY
        planned = [PlannedReminder(kind, day, self.fire_at(day)) for day, kind in by_day.items()]
        planned += self._overdue(due_day, since, until)
        return sorted(
            (p for p in planned if p.fire_at >= since),
            key=lambda p: (p.fire_at, p.kind == ReminderKind.ESCALATE),
        )

    def catch_up(self, deadline: datetime, now: datetime) -> list[PlannedReminder]:
        """A deadline already past when its task is stored: a nag now, and the escalation now
        when its day has passed too (else it would never go out)."""
        planned = [PlannedReminder(ReminderKind.OVERDUE, local_date(now, self.zone), now)]
        if self.policy.escalate_after_days > 0:
            day = add_working_days(local_date(deadline, self.zone), self.policy.escalate_after_days)
            if self.fire_at(day) < now:
                planned.append(PlannedReminder(ReminderKind.ESCALATE, day, now))
        return planned

    def _overdue(self, due_day: date, since: datetime, until: datetime) -> list[PlannedReminder]:
        """Nags on working days after the deadline and the one escalation, up to ``until``."""
        planned: list[PlannedReminder] = []
        if self.policy.escalate_after_days > 0:
            day = add_working_days(due_day, self.policy.escalate_after_days)
            planned.append(PlannedReminder(ReminderKind.ESCALATE, day, self.fire_at(day)))
        if self.policy.overdue_every_working_day:
            day = add_working_days(
                max(due_day, local_date(since, self.zone) - timedelta(days=1)), 1
            )
            while self.fire_at(day) <= until:
                planned.append(PlannedReminder(ReminderKind.OVERDUE, day, self.fire_at(day)))
                day = add_working_days(day, 1)
        else:
            day = add_working_days(due_day, 1)
            planned.append(PlannedReminder(ReminderKind.OVERDUE, day, self.fire_at(day)))
        return [p for p in planned if p.fire_at <= until]
