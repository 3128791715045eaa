"""Storing confirmed tasks and every change to them, on both backends."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from store_factories import count, draft, plan_of, store

from db import read
from db.models import AuditEntry, Directive, Reminder, ReminderKind, Task, Unit, UnitRole
from db.session import session_scope
from db.write import complete_task, mark_sent
from jobs.calendar import FakeClock, to_local
from jobs.errors import IngestError
from jobs.ingest.units import UnitEntry
from jobs.model import StoreError
from jobs.plan.policy import Planner
from jobs.store import change_deadline, extend_horizon, import_units, reopen_task

K = ReminderKind


def test_store_extraction_writes_tasks_units_and_reminders(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    stored = store(
        engine,
        planner,
        clock.now(),
        draft("1", date(2024, 4, 25), "trước ngày 25/4/2024", support=("Phòng Nội vụ",)),
        draft("2", date(2024, 4, 30), "hết tháng 4/2024", units=("Phòng Nội vụ", "UBND huyện")),
    )
    assert stored.created
    assert stored.new_units == ["UBND huyện", "Phòng Nội vụ"]
    first, second = stored.directive.tasks
    with session_scope(engine) as session:
        task = read.task_with_details(session, first.id)
        assert task is not None
        assert [u.name for u in task.units_in(UnitRole.LEAD)] == ["UBND huyện"]
        assert [u.name for u in task.units_in(UnitRole.SUPPORT)] == ["Phòng Nội vụ"]
        assert task.deadline is not None
        assert to_local(task.deadline).date() == date(2024, 4, 24)  # "trước ngày 25" closes 24th
        assert task.due_text == "trước ngày 25/4/2024"
        assert session.scalar(select(Directive.sha256)) == stored.directive.sha256
        assert session.scalars(select(AuditEntry.action)).all() == ["directive.store"]
    assert plan_of(engine, first.id)[:3] == [
        (K.BEFORE, "2024-04-17"),
        (K.BEFORE, "2024-04-19"),
        (K.BEFORE, "2024-04-23"),
    ]
    # 30 April is a holiday: the on-the-day reminder goes out on Friday 26 April.
    assert (K.ON_DAY, "2024-04-26") in plan_of(engine, second.id)
    assert count(engine, Unit) == 2


def test_a_unit_abbreviated_part_by_part_is_the_unit_written_in_full(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    store(engine, planner, clock.now(), draft("1", units=("Phòng TC-KH huyện",)))
    second = store(
        engine,
        planner,
        clock.now(),
        draft("1", units=("Phòng Tài chính - Kế hoạch huyện", "Sở KH-ĐT")),
        file_bytes=b"directive-2",
    )
    assert second.new_units == ["Sở KH-ĐT"]
    with session_scope(engine) as session:
        names = sorted(session.scalars(select(Unit.name)))
    assert names == ["Phòng Tài chính - Kế hoạch huyện", "Sở Kế hoạch và Đầu tư"]


def test_the_same_file_twice_is_recognised(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    first = store(engine, planner, clock.now(), draft("1", date(2024, 4, 25)))
    tasks, reminders = count(engine, Task), count(engine, Reminder)
    again = store(engine, planner, clock.now(), draft("1", date(2024, 4, 25)), draft("2"))
    assert not again.created
    assert again.directive.id == first.directive.id
    assert (count(engine, Task), count(engine, Reminder)) == (tasks, reminders)
    other = store(engine, planner, clock.now(), draft("1"), file_bytes=b"another file")
    assert other.created and count(engine, Directive) == 2


def test_a_bad_extraction_writes_nothing(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    with pytest.raises(IngestError):
        store(
            engine,
            planner,
            clock.now(),
            draft("1", date(2024, 4, 25)),
            draft("2", every="bimonthly"),
        )
    assert count(engine, Directive) == count(engine, Task) == count(engine, Unit) == 0


def test_completing_cancels_pending_reminders(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    stored = store(
        engine, planner, clock.now(), draft("1", date(2024, 4, 25)), draft("2", date(2024, 4, 25))
    )
    done, other = (t.id for t in stored.directive.tasks)
    clock.set(datetime(2024, 4, 20, 3, 0, tzinfo=UTC))
    with session_scope(engine) as session:
        complete_task(session, done, by="tg:42", at=clock.now(), note="Đã gửi báo cáo")
    assert plan_of(engine, done) == []
    assert plan_of(engine, other) != []
    with session_scope(engine) as session:
        task = read.task_with_details(session, done)
        assert task is not None and task.done_by == "tg:42"
        assert task.completion_note == "Đã gửi báo cáo"
        assert all(r.cancelled_at == clock.now() for r in task.reminders)
        with pytest.raises(StoreError, match="đã hoàn thành"):
            complete_task(session, done, by="tg:42", at=clock.now())


def test_reopening_plans_again_without_resending(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    stored = store(
        engine, planner, clock.now(), draft("1", date(2024, 4, 25), "đến ngày 25/4/2024")
    )
    task_id = stored.directive.tasks[0].id
    with session_scope(engine) as session:
        first = session.scalars(select(Reminder).where(Reminder.task_id == task_id)).first()
        assert first is not None and first.kind == K.BEFORE
        mark_sent(session, first.id, clock.now())
        sent_key = first.idempotency_key
    clock.set(datetime(2024, 4, 22, 3, 0, tzinfo=UTC))
    with session_scope(engine) as session:
        complete_task(session, task_id, by="tg:1", at=clock.now())
    clock.advance(timedelta(hours=1))
    with session_scope(engine) as session:
        task = reopen_task(session, task_id, by="office", planner=planner, now=clock.now())
        assert (task.done_at, task.reopen_count, task.reopened_by) == (None, 1, "office")
    assert plan_of(engine, task_id)[:2] == [(K.BEFORE, "2024-04-24"), (K.ON_DAY, "2024-04-25")]
    with session_scope(engine) as session:
        keys = session.scalars(select(Reminder.idempotency_key).where(Reminder.task_id == task_id))
        assert list(keys).count(sent_key) == 1
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions == ["directive.store", "task.complete", "task.reopen"]
        with pytest.raises(StoreError, match="chưa hoàn thành"):
            reopen_task(session, task_id, by="office", planner=planner, now=clock.now())


def test_changing_the_deadline_reschedules(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    stored = store(
        engine, planner, clock.now(), draft("1", date(2024, 4, 25), "đến ngày 25/4/2024")
    )
    task_id = stored.directive.tasks[0].id
    clock.set(datetime(2024, 4, 19, 2, 0, tzinfo=UTC))
    with session_scope(engine) as session:
        change_deadline(
            session,
            task_id,
            date(2024, 5, 10),
            "trước ngày 10/5/2024",
            by="office",
            planner=planner,
            now=clock.now(),
        )
    planned = plan_of(engine, task_id)
    assert planned[:4] == [
        (K.BEFORE, "2024-05-02"),  # 7 days before the 9th
        (K.BEFORE, "2024-05-06"),
        (K.BEFORE, "2024-05-08"),
        (K.ON_DAY, "2024-05-09"),
    ]
    assert all(day > "2024-04-19" for _, day in planned)
    with session_scope(engine) as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "task.deadline")
        ).one()
        assert entry.details["due_text"] == "trước ngày 10/5/2024"
        assert entry.actor == "office"


def test_recurring_occurrences_are_closable_one_by_one(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    stored = store(
        engine, planner, clock.now(), draft("1", every="weekly:fri", due_text="thứ 6 hằng tuần")
    )
    series = stored.directive.tasks[0]
    with session_scope(engine) as session:
        occurrences = session.scalars(
            select(Task).where(Task.parent_id == series.id).order_by(Task.occurrence_on)
        ).all()
        days = [o.occurrence_on for o in occurrences]
        ids = [o.id for o in occurrences]
        assert series.deadline is None
    # Thursday 4 April and a 14-day horizon: Fridays 5 and 12 April.
    assert days == [date(2024, 4, 5), date(2024, 4, 12)]
    assert plan_of(engine, ids[1]) == [
        (K.BEFORE, "2024-04-09"),
        (K.BEFORE, "2024-04-11"),
        (K.ON_DAY, "2024-04-12"),
        (K.OVERDUE, "2024-04-15"),
        (K.OVERDUE, "2024-04-16"),
        (K.OVERDUE, "2024-04-17"),
        (K.ESCALATE, "2024-04-17"),  # 18 April is a holiday; nags stop before the next Friday
    ]
    with session_scope(engine) as session:
        complete_task(session, ids[1], by="tg:7", at=datetime(2024, 4, 12, 5, tzinfo=UTC))
    assert plan_of(engine, ids[1]) == []
    assert plan_of(engine, ids[0]) != []
    clock.set(datetime(2024, 5, 20, 2, 0, tzinfo=UTC))
    for _ in range(2):  # the daily top-up is idempotent
        with session_scope(engine) as session:
            extend_horizon(session, planner, clock.now())
    with session_scope(engine) as session:
        days = session.scalars(
            select(Task.occurrence_on)
            .where(Task.parent_id == series.id)
            .order_by(Task.occurrence_on)
        ).all()
    assert days == sorted(set(days))
    assert days[-1] == date(2024, 5, 31)  # up to the new horizon, 3 June


def test_series_with_an_end_and_a_monthly_day(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    stored = store(
        engine,
        replace(planner, policy=replace(planner.policy, horizon_days=90)),
        clock.now(),
        draft("1", date(2024, 5, 31), "định kỳ hằng tháng trước ngày 20", every="monthly:20"),
    )
    with session_scope(engine) as session:
        occurrences = session.scalars(
            select(Task).where(Task.parent_id == stored.directive.tasks[0].id).order_by(Task.id)
        ).all()
        # The 20th of April and of May; "trước ngày 20" closes on the 19th.
        assert [o.occurrence_on for o in occurrences] == [date(2024, 4, 20), date(2024, 5, 20)]
        assert [to_local(o.deadline).date() for o in occurrences if o.deadline] == [
            date(2024, 4, 19),
            date(2024, 5, 19),
        ]


def test_series_on_a_day_of_each_quarters_last_month(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    """ "trước ngày 15 của tháng cuối quý": one occurrence a quarter, in its last month."""
    stored = store(
        engine,
        replace(planner, policy=replace(planner.policy, horizon_days=200)),
        clock.now(),
        draft("1", None, "trước ngày 15 của tháng cuối quý", every="quarterly:15"),
    )
    with session_scope(engine) as session:
        occurrences = session.scalars(
            select(Task).where(Task.parent_id == stored.directive.tasks[0].id).order_by(Task.id)
        ).all()
        assert [o.occurrence_on for o in occurrences] == [date(2024, 6, 15), date(2024, 9, 15)]


def test_horizon_extension_adds_nags_once(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    stored = store(engine, planner, clock.now(), draft("1", date(2024, 4, 5), "đến ngày 5/4/2024"))
    task_id = stored.directive.tasks[0].id
    last = plan_of(engine, task_id)[-1]
    assert last == (K.OVERDUE, "2024-04-17")  # horizon: 18 April, a holiday
    clock.set(datetime(2024, 5, 4, 2, 0, tzinfo=UTC))
    for _ in range(2):
        with session_scope(engine) as session:
            extend_horizon(session, planner, clock.now())
    planned = plan_of(engine, task_id)
    assert planned[-1] == (K.OVERDUE, "2024-05-17")
    assert len(planned) == len(set(planned))


def test_units_import_is_idempotent_and_reports_unknown_members(
    engine: Engine, clock: FakeClock
) -> None:
    directory = [
        (UnitEntry("UBND xã Cẩm Quang", "body", named=True), ("UBND Cẩm Quang",)),
        (
            UnitEntry(
                "UBND các xã, thị trấn",
                "body",
                named=True,
                members=("UBND xã Cẩm Quang", "UBND thị trấn Thiên Cầm"),
            ),
            (),
        ),
    ]
    with session_scope(engine) as session:
        first = import_units(session, directory, now=clock.now(), actor="test")
    assert first.added == ["UBND xã Cẩm Quang", "UBND các xã, thị trấn"]
    assert first.unknown_members == [("UBND các xã, thị trấn", "UBND thị trấn Thiên Cầm")]
    with session_scope(engine) as session:
        again = import_units(session, directory, now=clock.now(), actor="test")
    assert (again.added, again.updated, again.unchanged) == ([], [], 2)
    directory[1] = (
        UnitEntry("UBND các xã, thị trấn", "collective", named=True, members=("UBND Cẩm Quang",)),
        (),
    )
    with session_scope(engine) as session:
        changed = import_units(session, directory, now=clock.now(), actor="test")
        assert changed.updated == ["UBND các xã, thị trấn"] and changed.unknown_members == []
        units = {u.name: u for u in read.all_units(session)}
        assert [m.name for m in units["UBND các xã, thị trấn"].members] == ["UBND xã Cẩm Quang"]
        assert [a.alias for a in units["UBND xã Cẩm Quang"].aliases] == ["UBND Cẩm Quang"]
        assert session.scalar(select(AuditEntry.details).limit(1))["added"] == first.added


def test_tasks_resolve_units_by_alias(engine: Engine, planner: Planner, clock: FakeClock) -> None:
    with session_scope(engine) as session:
        import_units(
            session,
            [(UnitEntry("Phòng Tài chính - Kế hoạch", "office", named=True), ("Phòng TC-KH",))],
            now=clock.now(),
            actor="test",
        )
    stored = store(engine, planner, clock.now(), draft("1", units=("phòng tc-kh",)))
    assert stored.new_units == []
    assert count(engine, Unit) == 1


def test_bulk_written_rows_keep_their_links(
    engine: Engine, planner: Planner, clock: FakeClock
) -> None:
    drafts = [
        draft(str(n), date(2024, 5, 1) + timedelta(days=n), units=(f"Phòng Số {n}",))
        if n % 5
        else draft(str(n), every="weekly:fri", units=(f"Phòng Số {n}", "Phòng Số 0"))
        for n in range(1, 31)
    ]
    stored = store(engine, planner, clock.now(), *drafts)
    assert [task.ref for task in stored.directive.tasks] == [d.ref for d in drafts]
    with session_scope(engine) as session:
        tasks = session.scalars(select(Task)).all()
        assert len(tasks) == 30 + 6 * 2  # each series: Fridays 5 and 12 April
        for task in tasks:
            n = int(task.ref)
            leads = [unit.name for unit in task.units_in(UnitRole.LEAD)]
            if n % 5:
                assert leads == [f"Phòng Số {n}"]
                assert task.deadline is not None
                assert to_local(task.deadline).date() == date(2024, 5, 1) + timedelta(days=n)
                assert {r.idempotency_key.split(":")[0] for r in task.reminders} == {f"t{task.id}"}
            else:
                assert leads == [f"Phòng Số {n}", "Phòng Số 0"]
                assert (task.parent_id is None) == (task.occurrence_on is None)
