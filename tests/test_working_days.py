"""Working days: Vietnam's holidays, substitute days off and make-up Saturdays (from `holidays`)."""

from datetime import date

import pytest

from jobs.calendar import add_working_days, is_working_day, previous_working_day


def d(text: str) -> date:
    return date.fromisoformat(text)


WORKING_DAYS = [
    ("2024-02-07", 1, "2024-02-15"),  # Tết Giáp Thìn: 8-14/2/2024 off
    ("2024-02-07", 0, "2024-02-07"),
    ("2024-02-07", 5, "2024-02-21"),
    ("2024-04-26", 1, "2024-05-02"),  # weekend, 29/4 (substitute), 30/4, 1/5
    ("2024-05-02", 2, "2024-05-04"),  # Saturday 4/5/2024 was worked in place of 29/4
    ("2024-04-25", 2, "2024-05-02"),
    ("2025-04-29", 1, "2025-05-05"),  # 30/4, 1/5, 2/5 (substitute), weekend
    ("2024-03-08", 1, "2024-03-11"),  # Friday to Monday
    ("2023-01-19", 1, "2023-01-27"),  # Tết Quý Mão: 20-26/1/2023 off
    ("2024-08-30", 1, "2024-09-04"),  # Quốc khánh 2-3/9/2024
]


@pytest.mark.parametrize(("start", "n", "expected"), WORKING_DAYS)
def test_add_working_days(start: str, n: int, expected: str):
    assert add_working_days(d(start), n) == d(expected)


def test_add_working_days_negative():
    with pytest.raises(ValueError):
        add_working_days(d("2024-03-12"), -1)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2024-02-12", False),
        ("2024-02-15", True),
        ("2024-04-29", False),
        ("2024-04-30", False),
        ("2024-05-01", False),
        ("2024-05-04", True),  # make-up working Saturday for the 29/4 day off
        ("2024-05-05", False),
        ("2024-09-02", False),
        ("2024-03-12", True),
        ("2024-03-10", False),
    ],
)
def test_is_working_day(day: str, expected: bool):
    assert is_working_day(d(day)) is expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2024-05-02", "2024-04-26"), ("2024-05-06", "2024-05-04"), ("2024-03-11", "2024-03-08")],
)
def test_previous_working_day(day: str, expected: str):
    assert previous_working_day(d(day)) == d(expected)
