"""The weekly summary's numbers, lists and text, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from report_scenario import COMMUNES, FINANCE, HOME, NOW, local, scenario
from sqlalchemy import Engine, select
from store_factories import draft, store

from db import reports
from db.models import Task
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE
from jobs.config import Settings
from jobs.messages.telegram_text import MESSAGE_LIMIT, split_message
from jobs.plan.policy import Planner
from jobs.plan.status import DUE_SOON, Category, due_soon_limit
from jobs.summary.report import (
    ReportError,
    WeeklySummary,
    build_weekly_summary,
    days_period,
    last_full_week,
    parse_day,
    requested_period,
    summary_text,
    task_line,
)

__all__ = ["scenario"]

WEEK = days_period(date(2024, 4, 15), date(2024, 4, 21), LOCAL_ZONE)


def counts(**values: int) -> dict[str, int]:
    """Category counts by short name; the others zero."""
    names = {
        "on_time": Category.DONE_ON_TIME.value,
        "late": Category.DONE_LATE.value,
        "in_progress": Category.IN_PROGRESS.value,
        "overdue": Category.OVERDUE.value,
        "no_deadline": Category.NO_DEADLINE.value,
        "soon": DUE_SOON,
    }
    return {slug: values.get(name, 0) for name, slug in names.items()}


def summarize(engine: Engine, settings: Settings, period: reports.Period = WEEK) -> WeeklySummary:
    """The summary of a period as the Monday job sees it."""
    with session_scope(engine) as session:
        return build_weekly_summary(session, period, NOW, settings)


def test_week_periods_follow_local_midnight() -> None:
    assert WEEK.start == datetime(2024, 4, 14, 17, 0, tzinfo=UTC)
    assert WEEK.end == datetime(2024, 4, 21, 17, 0, tzinfo=UTC)
    assert last_full_week(local(22, "00:30"), LOCAL_ZONE) == WEEK  # Monday just after midnight
    assert last_full_week(local(21, "23:30"), LOCAL_ZONE).end == WEEK.start  # still Sunday
    assert last_full_week(NOW, LOCAL_ZONE) == WEEK


def test_summary_counts_per_unit_and_in_total(
    engine: Engine, settings: Settings, scenario: dict[str, int]
) -> None:
    summary = summarize(engine, settings)
    assert summary.as_of == WEEK.end
    by_unit = {unit.name: unit.counts for unit in summary.units}
    assert by_unit == {
        FINANCE: counts(on_time=1, late=1, overdue=1, no_deadline=1),
        HOME: counts(on_time=1, in_progress=2, soon=1, overdue=1, no_deadline=1),
        COMMUNES: counts(overdue=1),
    }
    assert summary.totals.counts == counts(
        on_time=2, late=1, in_progress=2, soon=1, overdue=3, no_deadline=1
    )
    assert (summary.totals.total, summary.totals.done) == (9, 3)
    finance = next(unit for unit in summary.units if unit.name == FINANCE)
    assert finance.completion_rate == pytest.approx(0.5)


def test_week_boundary_sunday_night_counts_monday_night_does_not(
    engine: Engine, settings: Settings, scenario: dict[str, int]
) -> None:
    summary = summarize(engine, settings)
    completed = [line.id for line in summary.completed.items]
    assert completed == [scenario["T1"], scenario["T2"], scenario["T8"]]
    t9 = next(line for line in summary.tasks if line.id == scenario["T9"])
    assert t9.status.category is Category.OVERDUE and t9.done_at is None
    # Completed half an hour after its Sunday deadline: next week's report has it, late.
    following = days_period(date(2024, 4, 22), date(2024, 4, 28), LOCAL_ZONE)
    next_week = summarize(engine, settings, following)
    assert [line.id for line in next_week.completed.items] == [scenario["T9"]]
    assert next_week.completed.items[0].status.category is Category.DONE_LATE


def test_lists_overdue_upcoming_and_the_period_tasks(
    engine: Engine, settings: Settings, scenario: dict[str, int]
) -> None:
    summary = summarize(engine, settings)
    overdue = [(line.id, line.days_late) for line in summary.overdue.items]
    assert overdue == [(scenario["T5"], 12), (scenario["T6"], 3), (scenario["T9"], 1)]
    assert [line.id for line in summary.upcoming.items] == [scenario["T4"]]
    in_period = {line.id for line in summary.tasks}
    assert in_period == {scenario[f"T{n}"] for n in range(1, 10)}
    late = next(line for line in summary.tasks if line.id == scenario["T2"])
    assert (late.days_late, late.note) == (3, "Đã xong T2")


def test_lists_are_cut_with_their_totals(
    engine: Engine, settings: Settings, scenario: dict[str, int]
) -> None:
    with session_scope(engine) as session:
        summary = build_weekly_summary(session, WEEK, NOW, settings, limit=2)
    assert (len(summary.overdue.items), summary.overdue.total, summary.overdue.more) == (2, 3, 1)
    assert "… và 1 nhiệm vụ khác" in summary_text(summary)


@pytest.mark.parametrize(
    "as_of",
    [local(17, "12:00"), local(21, "23:45"), NOW, local(1, "00:00", month=5)],
)
def test_sql_categories_agree_with_task_status(
    engine: Engine, settings: Settings, scenario: dict[str, int], as_of: datetime
) -> None:
    soon = due_soon_limit(as_of, 3, LOCAL_ZONE)
    with session_scope(engine) as session:
        in_sql = dict(session.execute(select(Task.id, reports.category_at(as_of))).all())
        flagged = set(session.scalars(select(Task.id).where(reports.due_soon_at(as_of, soon))))
        everything = reports.Period(as_of.replace(year=2000), as_of.replace(year=2100))
        tasks = reports.period_tasks(session, everything)
        lines = {task.id: task_line(task, as_of, 3, LOCAL_ZONE) for task in tasks}
    assert in_sql == {task_id: line.status.category.value for task_id, line in lines.items()}
    assert flagged == {task_id for task_id, line in lines.items() if line.status.due_soon}


def test_series_rows_are_not_counted(engine: Engine, settings: Settings, planner: Planner) -> None:
    store(
        engine, planner, local(8, "09:00"), draft("1", None, "thứ 6 hằng tuần", every="weekly:fri")
    )
    summary = summarize(engine, settings)
    with session_scope(engine) as session:
        series = session.scalar(select(Task.id).where(Task.parent_id.is_(None)))
    assert summary.tasks and series not in {line.id for line in summary.tasks}
    assert summary.totals.total == len(summary.tasks)


def test_summary_text_is_escaped_and_complete(
    engine: Engine, settings: Settings, scenario: dict[str, int]
) -> None:
    text = summary_text(summarize(engine, settings))
    assert "Kỳ báo cáo: 15/04/2024 – 21/04/2024" in text
    assert "<b>Tổng số: 9 nhiệm vụ</b>, đã hoàn thành 3 (33%)" in text
    assert "🔵 Đang thực hiện trong hạn: 2, trong đó ⏳ sắp đến hạn: 1" in text
    assert f"<b>#{scenario['T2']}</b> Rà soát &lt;dự toán&gt; &amp; báo cáo T2" in text
    assert f"<b>#{scenario['T5']}</b>" in text and "quá hạn <b>12 ngày</b> (hạn 10/04/2024)" in text
    assert "thứ Tư 24/04/2024" in text
    assert "<dự toán>" not in text


def test_empty_week_says_so(engine: Engine, settings: Settings) -> None:
    text = summary_text(summarize(engine, settings))
    assert "Không có nhiệm vụ nào trong kỳ." in text
    assert "Không có nhiệm vụ nào quá hạn." in text


def test_split_message_keeps_lines_whole_and_under_the_limit() -> None:
    lines = [f"• <b>#{n}</b> {'việc ' * 30}" for n in range(200)]
    chunks = split_message("\n".join(lines))
    assert len(chunks) > 1
    assert all(len(chunk.encode("utf-16-le")) // 2 <= MESSAGE_LIMIT for chunk in chunks)
    assert "\n".join(chunks).split("\n") == lines
    emoji = split_message("📊" * 3000)  # two UTF-16 units each, no spaces
    assert [len(chunk) for chunk in emoji] == [2048, 952]
    assert split_message("") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15/04/2024", date(2024, 4, 15)),
        ("5/4/2024", date(2024, 4, 5)),
        ("2024-04-15", date(2024, 4, 15)),
        ("15.04.2024", date(2024, 4, 15)),
    ],
)
def test_parse_day_accepts(text: str, day: date) -> None:
    assert parse_day(text) == day


def test_requested_period() -> None:
    assert requested_period(None, None, NOW, LOCAL_ZONE) == WEEK
    assert requested_period("15/04/2024", "2024-04-21", NOW, LOCAL_ZONE) == WEEK
    assert requested_period(None, "21/04/2024", NOW, LOCAL_ZONE) == WEEK
    until_today = requested_period("15/04/2024", None, NOW, LOCAL_ZONE)
    assert until_today == days_period(date(2024, 4, 15), date(2024, 4, 22), LOCAL_ZONE)
    with pytest.raises(ReportError, match="trước ngày bắt đầu"):
        requested_period("22/04/2024", "21/04/2024", NOW, LOCAL_ZONE)


@pytest.mark.parametrize("text", ["32/01/2024", "2024-02-30", "15/04", "hôm qua", "04/15/2024"])
def test_parse_day_refuses(text: str) -> None:
    with pytest.raises(ReportError, match="không hợp lệ"):
        parse_day(text)
