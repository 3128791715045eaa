"""The one clock: instants are UTC everywhere, local time only at the edges (Asia/Ho_Chi_Minh)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

import holidays

from jobs.model import LOCAL_ZONE
from jobs.model import local_date as local_date


class Clock(Protocol):
    """Something that tells the current instant."""

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current instant in UTC."""
        return datetime.now(UTC)


class FakeClock:
    """A clock that tests move by hand."""

    def __init__(self, start: datetime) -> None:
        self._now = as_utc(start)

    def now(self) -> datetime:
        """The instant the test set."""
        return self._now

    def set(self, instant: datetime) -> None:
        """Jump to ``instant``."""
        self._now = as_utc(instant)

    def advance(self, delta: timedelta) -> None:
        """Move forward by ``delta``."""
        self._now += delta


def as_utc(instant: datetime) -> datetime:
    """``instant`` in UTC; a naive value is refused rather than guessed."""
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant!r}: give a timezone")
    return instant.astimezone(UTC)


def to_local(instant: datetime, zone: ZoneInfo = LOCAL_ZONE) -> datetime:
    """Show a UTC instant in the local zone."""
    return as_utc(instant).astimezone(zone)


def from_local(day: date, at: time, zone: ZoneInfo = LOCAL_ZONE) -> datetime:
    """The UTC instant of local wall time ``at`` on ``day``."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def end_of_local_day(day: date, zone: ZoneInfo = LOCAL_ZONE) -> datetime:
    """The last instant of ``day`` in the local zone, in UTC."""
    return from_local(day, time.max, zone)


def parse_hhmm(text: str) -> time:
    """``"08:00"`` as a time of day."""
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


# The weekdays, Monday first: as the config spells them, and as people read them.
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")

# Days people type (a new deadline, a report period) lie at most this many years ahead.
YEARS_AHEAD = 5
# A report period starts at most this many years back.
YEARS_BACK = 10


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# Vietnam's public holidays, substitute days off and make-up working Saturdays; the object fills
# in years as they are asked for, so calls are serialised.
_VN_CALENDAR = holidays.country_holidays("VN")
_VN_CALENDAR_LOCK = threading.Lock()


def is_working_day(day: date) -> bool:
    """Whether offices work on ``day`` in Vietnam (make-up Saturdays included)."""
    with _VN_CALENDAR_LOCK:
        return _VN_CALENDAR.is_working_day(day)


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after start (start itself not counted); n >= 0."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return start
    with _VN_CALENDAR_LOCK:
        return _VN_CALENDAR.get_nth_working_day(start, n)


def previous_working_day(day: date) -> date:
    """The last working day before ``day``."""
    with _VN_CALENDAR_LOCK:
        return _VN_CALENDAR.get_nth_working_day(day, -1)
