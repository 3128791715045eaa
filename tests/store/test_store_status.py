"""Status categories: the pure function, and the SQL that must agree with it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from store_factories import draft, store

from db import read
from db.models import Task
from db.session import session_scope
from db.write import complete_task
from jobs.calendar import FakeClock
from jobs.plan.policy import Planner
from jobs.plan.status import DUE_SOON, Category, due_soon_limit, parse_status, task_status

NOW = datetime(2024, 4, 22, 3, 0, tzinfo=UTC)  # 10:00 local, Monday 22 April
END_OF = {d: datetime(2024, 4, d, 16, 59, 59, 999999, UTC) for d in range(1, 31)}


@pytest.mark.parametrize(
    ("deadline", "done_at", "category", "soon"),
    [
        (END_OF[25], END_OF[24], Category.DONE_ON_TIME, False),
        (END_OF[25], END_OF[25], Category.DONE_ON_TIME, False),
        (END_OF[25], END_OF[25] + timedelta(microseconds=1), Category.DONE_LATE, False),
        (None, END_OF[20], Category.DONE_ON_TIME, False),
        (None, None, Category.NO_DEADLINE, False),
        (END_OF[21], None, Category.OVERDUE, False),
        (END_OF[22], None, Category.IN_PROGRESS, True),  # today
        (END_OF[25], None, Category.IN_PROGRESS, True),  # 3 days left
        (END_OF[26], None, Category.IN_PROGRESS, False),  # 4 days left
    ],
)
def test_task_status(
    deadline: datetime | None, done_at: datetime | None, category: Category, soon: bool
) -> None:
    status = task_status(deadline, done_at, NOW, due_soon_days=3)
    assert (status.category, status.due_soon) == (category, soon)


def test_labels_are_the_report_categories() -> None:
    assert [c.label for c in Category] == [
        "hoàn thành đúng hạn",
        "hoàn thành quá hạn",
        "đang thực hiện trong hạn",
        "quá hạn chưa hoàn thành",
        "không thời hạn",
    ]
    assert task_status(END_OF[23], None, NOW, due_soon_days=3).label == (
        "đang thực hiện trong hạn (sắp đến hạn)"
    )


def test_parse_status_accepts_slugs_and_labels() -> None:
    assert parse_status("qua-han") is Category.OVERDUE
    assert parse_status("quá hạn chưa hoàn thành") is Category.OVERDUE
    assert parse_status("Hoan thanh dung han") is Category.DONE_ON_TIME
    assert parse_status("sắp đến hạn") == DUE_SOON
    with pytest.raises(ValueError):
        parse_status("xong")


def test_sql_status_agrees_with_the_pure_function(engine: Engine, planner: Planner) -> None:
    clock = FakeClock(datetime(2024, 4, 1, 2, 0, tzinfo=UTC))
    stored = store(
        engine,
        planner,
        clock.now(),
        draft("1", date(2024, 4, 10), "đến ngày 10/4/2024"),  # done on time
        draft("2", date(2024, 4, 10), "đến ngày 10/4/2024"),  # done late
        draft("3", date(2024, 4, 19), "trước ngày 20/4/2024"),  # overdue
        draft("4", date(2024, 4, 24), "trước ngày 24/4/2024"),  # closes 23rd: due soon
        draft("5", date(2024, 5, 30), "đến ngày 30/5/2024"),  # in progress
        draft("6"),  # no deadline
        draft("7", every="weekly:fri", text="Báo cáo tuần"),  # series row: not tracked itself
    )
    ids = [t.id for t in stored.directive.tasks]
    with session_scope(engine) as session:
        complete_task(session, ids[0], by="test", at=datetime(2024, 4, 9, tzinfo=UTC))
        complete_task(session, ids[1], by="test", at=datetime(2024, 4, 12, tzinfo=UTC))
    soon = due_soon_limit(NOW, 3)
    with session_scope(engine) as session:
        tracked = session.scalars(select(Task).where(read.TRACKED)).all()
        expected: dict[str, set[int]] = {c.value: set() for c in Category} | {DUE_SOON: set()}
        for task in tracked:
            status = task_status(task.deadline, task.done_at, NOW, due_soon_days=3)
            expected[status.category.value].add(task.id)
            if status.due_soon:
                expected[DUE_SOON].add(task.id)
        for slug, wanted in expected.items():
            status = DUE_SOON if slug == DUE_SOON else Category(slug)
            listed = read.list_tasks(session, NOW, soon, status=status)
            assert {t.id for t in listed} == wanted, slug
        assert read.status_counts(session, NOW, soon) == {k: len(v) for k, v in expected.items()}
    assert expected[Category.DONE_ON_TIME.value] == {ids[0]}
    assert expected[Category.DONE_LATE.value] == {ids[1]}
    assert ids[2] in expected[Category.OVERDUE.value]
    assert expected[DUE_SOON] == {ids[3]}
    assert ids[6] not in {t.id for t in tracked}


def test_overdue_report(engine: Engine, planner: Planner) -> None:
    now = datetime(2024, 4, 1, 2, 0, tzinfo=UTC)
    store(
        engine,
        planner,
        now,
        draft("1", date(2024, 4, 10), units=("Phòng Nội vụ",)),
        draft("2", date(2024, 4, 5), units=("Phòng Nội vụ", "UBND huyện")),
        draft("3", date(2024, 6, 5), units=("UBND huyện",)),
        draft("4", units=("UBND huyện",)),
    )
    with session_scope(engine) as session:
        report = read.overdue_report(session, NOW, limit=1)
    assert report.total == 2
    assert report.by_unit == [("Phòng Nội vụ", 2), ("UBND huyện", 1)]
    assert [t.ref for t in report.tasks] == ["2"]
