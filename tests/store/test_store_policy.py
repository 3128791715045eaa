"""The deadline rule and the reminder plan (pure: dates, policy, VN calendar)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from db.models import ReminderKind as K
from jobs.calendar import LOCAL_ZONE, from_local, to_local
from jobs.config import ReminderPolicy
from jobs.plan.policy import Planner, says_before, working_day_on_or_before

SINCE = datetime(2024, 3, 1, tzinfo=UTC)
UNTIL = datetime(2024, 5, 10, tzinfo=UTC)


def plan(planner: Planner, due: date, due_text: str = "", **kwargs) -> list[tuple[K, date]]:
    """(kind, local day) of each planned reminder."""
    kwargs.setdefault("since", SINCE)
    kwargs.setdefault("until", UNTIL)
    deadline = planner.deadline(due, due_text)
    return [(p.kind, p.day) for p in planner.reminders(deadline, **kwargs)]


@pytest.mark.parametrize(
    ("due_text", "closing_day"),
    [
        ("đến ngày 25/4/2024", date(2024, 4, 25)),
        ("trong ngày 25/4/2024", date(2024, 4, 25)),
        ("vào ngày 25/4/2024", date(2024, 4, 25)),
        ("trước ngày 25/4/2024", date(2024, 4, 24)),
        ("hoàn thành chậm nhất trước ngày 25/4/2024", date(2024, 4, 24)),
        ("Trước 25/4/2024", date(2024, 4, 24)),
        ("trƣớc ngày 25/4/2024", date(2024, 4, 24)),  # broken glyph of a PDF
        ("", date(2024, 4, 25)),
    ],
)
def test_deadline_closes_at_end_of_local_day(due_text: str, closing_day: date) -> None:
    deadline = Planner(ReminderPolicy()).deadline(date(2024, 4, 25), due_text)
    assert deadline.tzinfo == UTC
    assert to_local(deadline) == from_local(closing_day, time.max).astimezone(LOCAL_ZONE)
    assert deadline == datetime(2024, closing_day.month, closing_day.day, 16, 59, 59, 999999, UTC)


@pytest.mark.parametrize(
    ("due_text", "closes"),
    [
        # the hour belongs to D: "trước" is then before the hour, not before the day
        ("trước 17 giờ ngày 25/4/2024", datetime(2024, 4, 25, 17, 0)),
        ("Trước 9h00 ngày 25/4/2024", datetime(2024, 4, 25, 9, 0)),
        ("chậm nhất 16 giờ 30 phút ngày 25/4/2024", datetime(2024, 4, 25, 16, 30)),
        ("trước 5 giờ chiều ngày 25/4/2024", datetime(2024, 4, 25, 17, 0)),
        ("đến 11g00 ngày 25/4/2024", datetime(2024, 4, 25, 11, 0)),
        ("truoc 15 gio ngay 25/4/2024", datetime(2024, 4, 25, 15, 0)),
        ("trước 7 giờ và 15 giờ hằng ngày", datetime(2024, 4, 25, 15, 0)),
        # not an hour of the deadline: the day's end, and D−1 for "trước"
        ("đến 24 giờ ngày 25/4/2024", datetime(2024, 4, 25, 23, 59, 59, 999999)),
        ("trước ngày 25/4/2024 (trực 24/24 giờ)", datetime(2024, 4, 24, 23, 59, 59, 999999)),
    ],
)
def test_deadline_closes_at_the_hour_its_phrase_names(due_text: str, closes: datetime) -> None:
    deadline = Planner(ReminderPolicy()).deadline(date(2024, 4, 25), due_text)
    assert to_local(deadline).replace(tzinfo=None) == closes


def test_before_date_inclusive_switch_closes_at_end_of_d() -> None:
    planner = Planner(ReminderPolicy(before_date_inclusive=True))
    assert planner.closing_day(date(2024, 4, 25), "trước ngày 25/4/2024") == date(2024, 4, 25)


def test_month_quarter_year_deadlines_close_at_end_of_last_day() -> None:
    planner = Planner(ReminderPolicy())
    for due, text in [
        (date(2024, 4, 30), "hết tháng 4/2024"),
        (date(2024, 9, 30), "trong quý III/2024"),
        (date(2024, 12, 31), "trong năm 2024"),
    ]:
        assert to_local(planner.deadline(due, text)).date() == due
        assert to_local(planner.deadline(due, text)).time() == time.max


def test_says_before_only_for_truoc() -> None:
    assert says_before("thời gian xong trước 25/4/2024")
    assert not says_before("đến 30/4/2024")


def test_default_plan_shifts_off_holidays_and_escalates() -> None:
    # 2 May 2024 is a Thursday after the 29 Apr - 1 May holidays.
    assert plan(Planner(ReminderPolicy()), date(2024, 5, 2), "đến ngày 2/5/2024") == [
        (K.BEFORE, date(2024, 4, 25)),  # 7 days before
        (K.BEFORE, date(2024, 4, 26)),  # 3 days (Mon 29, holiday) and 1 day (1 May) both move here
        (K.ON_DAY, date(2024, 5, 2)),
        (K.OVERDUE, date(2024, 5, 3)),
        (K.OVERDUE, date(2024, 5, 4)),  # a make-up working Saturday (for the 29/4 day off)
        (K.OVERDUE, date(2024, 5, 6)),  # Sunday is skipped
        (K.ESCALATE, date(2024, 5, 6)),  # third working day overdue
        (K.OVERDUE, date(2024, 5, 7)),
        (K.OVERDUE, date(2024, 5, 8)),
        (K.OVERDUE, date(2024, 5, 9)),
    ]


def test_on_the_day_reminder_of_a_sunday_deadline_moves_to_friday() -> None:
    planned = plan(Planner(ReminderPolicy()), date(2024, 4, 14), until=SINCE)
    assert planned == [
        (K.BEFORE, date(2024, 4, 5)),
        (K.BEFORE, date(2024, 4, 11)),
        (K.ON_DAY, date(2024, 4, 12)),
    ]


def test_reminders_go_out_at_send_at_local_time() -> None:
    planner = Planner(ReminderPolicy(send_at="07:30"))
    deadline = planner.deadline(date(2024, 4, 25), "")
    fired = [to_local(p.fire_at) for p in planner.reminders(deadline, since=SINCE, until=SINCE)]
    assert {(t.hour, t.minute) for t in fired} == {(7, 30)}
    assert all(
        p.fire_at.tzinfo == UTC for p in planner.reminders(deadline, since=SINCE, until=SINCE)
    )


def test_past_reminders_are_not_planned() -> None:
    since = datetime(2024, 4, 22, 2, 0, tzinfo=UTC)  # 09:00 local on Monday 22 April
    assert plan(Planner(ReminderPolicy()), date(2024, 4, 25), since=since, until=since) == [
        (K.BEFORE, date(2024, 4, 24)),  # the 7- and 3-day reminders are already past
        (K.ON_DAY, date(2024, 4, 25)),
    ]


def test_nags_after_a_long_gap_start_from_today_not_from_the_deadline() -> None:
    since = datetime(2024, 6, 3, 0, 0, tzinfo=UTC)  # 07:00 local, Monday
    until = datetime(2024, 6, 5, 12, 0, tzinfo=UTC)
    assert plan(Planner(ReminderPolicy()), date(2024, 4, 25), since=since, until=until) == [
        (K.OVERDUE, date(2024, 6, 3)),
        (K.OVERDUE, date(2024, 6, 4)),
        (K.OVERDUE, date(2024, 6, 5)),
    ]


def test_policy_switches() -> None:
    policy = ReminderPolicy(
        before_days=(2,), on_the_day=False, overdue_every_working_day=False, escalate_after_days=0
    )
    assert plan(Planner(policy), date(2024, 4, 25)) == [
        (K.BEFORE, date(2024, 4, 23)),
        (K.OVERDUE, date(2024, 4, 26)),
    ]


def test_period_drops_before_reminders_as_long_as_the_period() -> None:
    planner = Planner(replace(ReminderPolicy(), escalate_after_days=0))
    planned = plan(planner, date(2024, 4, 12), period_days=7, until=SINCE)
    assert planned == [
        (K.BEFORE, date(2024, 4, 9)),
        (K.BEFORE, date(2024, 4, 11)),
        (K.ON_DAY, date(2024, 4, 12)),
    ]


def test_working_day_on_or_before() -> None:
    assert working_day_on_or_before(date(2024, 5, 1)) == date(2024, 4, 26)
    assert working_day_on_or_before(date(2024, 4, 26)) == date(2024, 4, 26)


def test_planned_reminder_key_is_stable() -> None:
    planner = Planner(ReminderPolicy())
    first = planner.reminders(planner.deadline(date(2024, 4, 25), ""), since=SINCE, until=UNTIL)
    second = planner.reminders(planner.deadline(date(2024, 4, 25), ""), since=SINCE, until=UNTIL)
    assert [p.key(7) for p in first] == [p.key(7) for p in second]
    assert len({p.key(7) for p in first}) == len(first)
