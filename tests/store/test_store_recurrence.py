"""Recurrence forms and their due dates."""

from __future__ import annotations

from datetime import date
from itertools import islice

import pytest

from jobs.errors import IngestError
from jobs.plan.recurrence import parse_every


def first(every: str, start: date, n: int = 4) -> list[date]:
    """The first ``n`` due dates of ``every`` from ``start``."""
    return list(islice(parse_every(every).due_dates(start), n))


def test_weekly_on_a_day() -> None:
    assert first("weekly:fri", date(2024, 4, 3)) == [
        date(2024, 4, 5),
        date(2024, 4, 12),
        date(2024, 4, 19),
        date(2024, 4, 26),
    ]
    assert first("weekly:thu", date(2024, 4, 4), 2) == [date(2024, 4, 4), date(2024, 4, 11)]


def test_weekly_without_a_day_is_friday() -> None:
    assert first("weekly", date(2024, 4, 6), 1) == [date(2024, 4, 12)]


def test_monthly_day_is_clamped_to_short_months() -> None:
    assert first("monthly:31", date(2024, 1, 31), 3) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
    ]
    assert first("monthly:20", date(2024, 4, 21), 2) == [date(2024, 5, 20), date(2024, 6, 20)]


def test_monthly_quarterly_yearly_close_periods() -> None:
    assert first("monthly", date(2024, 4, 11), 2) == [date(2024, 4, 30), date(2024, 5, 31)]
    assert first("quarterly", date(2024, 4, 11), 2) == [date(2024, 6, 30), date(2024, 9, 30)]
    assert first("yearly", date(2024, 4, 11), 2) == [date(2024, 12, 31), date(2025, 12, 31)]


def test_quarterly_on_a_day_of_each_quarters_last_month() -> None:
    """ "chậm nhất ngày 20 của tháng cuối quý": March, June, September, December."""
    assert first("quarterly:20", date(2024, 4, 11), 3) == [
        date(2024, 6, 20),
        date(2024, 9, 20),
        date(2024, 12, 20),
    ]
    assert first("quarterly:31", date(2024, 3, 31), 2) == [date(2024, 3, 31), date(2024, 6, 30)]


def test_daily_means_working_days() -> None:
    assert first("daily", date(2024, 4, 26), 3) == [
        date(2024, 4, 26),
        date(2024, 5, 2),
        date(2024, 5, 3),
    ]


@pytest.mark.parametrize(
    "every", ["fortnightly", "weekly:xyz", "monthly:32", "daily:3", "quarterly:0", "yearly:5"]
)
def test_unknown_forms_are_refused(every: str) -> None:
    with pytest.raises(IngestError):
        parse_every(every)


@pytest.mark.parametrize(
    ("every", "shown"),
    [
        ("weekly:fri", "thứ Sáu hằng tuần"),
        ("weekly:mon", "thứ Hai hằng tuần"),
        ("weekly:sun", "Chủ nhật hằng tuần"),
        ("weekly", "thứ Sáu hằng tuần"),
        ("monthly:20", "ngày 20 hằng tháng"),
        ("monthly", "cuối mỗi tháng"),
        ("quarterly", "cuối mỗi quý"),
        ("quarterly:15", "ngày 15 tháng cuối mỗi quý"),
        ("yearly", "cuối mỗi năm"),
        ("daily", "hằng ngày (ngày làm việc)"),
    ],
)
def test_describe(every: str, shown: str) -> None:
    assert parse_every(every).describe() == shown
