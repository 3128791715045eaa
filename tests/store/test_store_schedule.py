"""The reminder engine: delivery, the APScheduler jobs, and restarts, on both backends."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.util import ref_to_obj
from sqlalchemy import Engine, select
from store_factories import draft, store

from db import read
from db.models import ChatDelivery, ChatRole, Reminder, ReminderKind, ReminderMessage
from db.session import make_engine, session_scope
from db.write import MAX_ATTEMPTS, complete_task, link_chat
from jobs.calendar import FakeClock, SystemClock, is_working_day
from jobs.cli.store import stored_jobs
from jobs.config import Settings
from jobs.engine.schedule import (
    FIXED_JOBS,
    SLOT_PREFIX,
    ReminderService,
    slot_job_id,
)
from jobs.ingest.units import UnitEntry
from jobs.messages.sender import Button, RecordingSender
from jobs.plan.policy import Planner
from jobs.store import import_units, unit_key
from jobs.summary.weekly import RecordingMediaSender

OFFICE = -100


def link(engine: Engine, unit_name: str, chat_id: int, role: ChatRole = ChatRole.MEMBER) -> None:
    """Link a chat to a stored unit."""
    with session_scope(engine) as session:
        unit = read.units_by_keys(session, [unit_key(unit_name)])[unit_key(unit_name)]
        link_chat(session, unit, chat_id, role, by=1, at=datetime.now(UTC), actor="test")


def add_reminders(
    engine: Engine, task_ids: int | Sequence[int], instants: Sequence[datetime]
) -> list[int]:
    """Reminder rows at arbitrary instants (the rows are the truth the engine follows).

    One task gets them all, or each task in ``task_ids`` gets the instant at its place (a pass
    sends only the latest due reminder of each task).
    """
    tasks = [task_ids] * len(instants) if isinstance(task_ids, int) else list(task_ids)
    with session_scope(engine) as session:
        rows = [
            Reminder(
                task_id=task_id,
                kind=ReminderKind.ON_DAY,
                fire_at=at,
                attempts=0,
                idempotency_key=f"test:{task_id}:{at.isoformat()}",
                created_at=at,
            )
            for task_id, at in zip(tasks, instants, strict=True)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def add_commune(engine: Engine, now: datetime) -> None:
    """UBND xã Cẩm Quang, a member of the collective "UBND các xã, thị trấn"."""
    with session_scope(engine) as session:
        import_units(
            session,
            [
                (UnitEntry("UBND xã Cẩm Quang", "body", named=True), ()),
                (
                    UnitEntry(
                        "UBND các xã, thị trấn", "body", named=True, members=("UBND xã Cẩm Quang",)
                    ),
                    (),
                ),
            ],
            now=now,
            actor="test",
        )


async def eventually(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for the scheduler to make ``condition`` true."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the scheduler")
        await asyncio.sleep(0.05)


def sent_ids(engine: Engine) -> set[int]:
    """Reminders marked sent."""
    with session_scope(engine) as session:
        return set(session.scalars(select(Reminder.id).where(Reminder.sent_at.is_not(None))))


class FlakySender(RecordingSender):
    """Fails for one chat a given number of times."""

    def __init__(self, failing_chat: int, failures: int) -> None:
        super().__init__()
        self.failing_chat, self.failures = failing_chat, failures

    async def send(self, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
        """Raise for the failing chat while failures last."""
        if chat_id == self.failing_chat and self.failures > 0:
            self.failures -= 1
            raise ConnectionError("Telegram không phản hồi")
        return await super().send(chat_id, text, buttons)


async def test_due_reminders_go_to_the_right_chats_in_due_order(
    engine: Engine, settings: Settings, planner: Planner, clock: FakeClock
) -> None:
    stored = store(
        engine,
        planner,
        clock.now(),
        draft("1", date(2024, 4, 10), "đến ngày 10/4/2024", units=("Phòng Nội vụ",)),
        draft("2", date(2024, 4, 9), "đến ngày 9/4/2024", units=("UBND các xã, thị trấn",)),
        draft("3", date(2024, 4, 8), "đến ngày 8/4/2024", units=("Văn phòng HĐND và UBND",)),
    )
    first, second, third = (t.id for t in stored.directive.tasks)
    link(engine, "Phòng Nội vụ", 1001)
    link(engine, "Phòng Nội vụ", 1009, ChatRole.OFFICE_ADMIN)
    link(engine, "UBND các xã, thị trấn", 2000)
    add_commune(engine, clock.now())
    link(engine, "UBND xã Cẩm Quang", 2001)

    sender = RecordingSender()
    service = ReminderService(settings, engine, sender, clock)
    clock.set(datetime(2024, 4, 8, 1, 30, tzinfo=UTC))  # 08:30 local, Monday 8 April
    assert await service.deliver_due() == 3
    got = [(m.chat_id, m.text.splitlines()[0]) for m in sender.sent]
    # Stored on Thursday 4 April: the reminders of Friday 5 and Monday 8 April are due; of a
    # task with two due, only the latest goes out (the older one is superseded).
    assert got == [
        (1001, "⏰ NHẮC VIỆC: còn 2 ngày đến hạn"),  # task 1, 3 days before (Sun 7 -> Fri 5)
        (2000, "⏰ NHẮC VIỆC: còn 1 ngày đến hạn"),  # task 2, 1 day before (Mon 8)
        (2001, "⏰ NHẮC VIỆC: còn 1 ngày đến hạn"),  # ... and the collective's member commune
        (OFFICE, "⏰ NHẮC VIỆC: hôm nay là hạn cuối"),  # task 3, on the day (Mon 8): no chat
    ]
    with session_scope(engine) as session:
        superseded = session.scalars(
            select(Reminder).where(Reminder.superseded_by.is_not(None))
        ).all()
        assert len(superseded) == 2 and all(r.cancelled_at and not r.sent_at for r in superseded)
    assert "chưa liên kết nhóm" in sender.sent[3].text
    assert sender.sent[0].buttons == (Button("✅ Báo cáo hoàn thành", f"done:{first}"),)
    assert await service.deliver_due() == 0  # nothing is sent twice
    clock.set(datetime(2024, 4, 12, 1, 30, tzinfo=UTC))  # Friday 12 April
    sender.sent.clear()
    await service.deliver_due()
    escalations = [m for m in sender.sent if m.text.startswith("🚨")]
    assert [m.chat_id for m in escalations] == [OFFICE, OFFICE]
    # Three working days overdue: task 3 on Thursday 11, task 2 on Friday 12 April.
    assert f"Nhiệm vụ #{third} " in escalations[0].text
    assert f"Nhiệm vụ #{second} " in escalations[1].text
    with session_scope(engine) as session:
        messages = session.scalars(select(ReminderMessage)).all()
        assert len(messages) == len({(m.reminder_id, m.chat_id) for m in messages})


async def test_escalation_reaches_office_admin_chats(
    engine: Engine, settings: Settings, planner: Planner, clock: FakeClock
) -> None:
    store(engine, planner, clock.now(), draft("1", date(2024, 4, 5), units=("Phòng Nội vụ",)))
    link(engine, "Phòng Nội vụ", 1001)
    link(engine, "Phòng Nội vụ", 1009, ChatRole.OFFICE_ADMIN)
    sender = RecordingSender()
    clock.set(datetime(2024, 4, 10, 1, 0, tzinfo=UTC))
    await ReminderService(settings, engine, sender, clock).deliver_due()
    escalation = [m.chat_id for m in sender.sent if m.text.startswith("🚨")]
    assert escalation == [OFFICE, 1009]
    assert {m.chat_id for m in sender.sent if not m.text.startswith("🚨")} == {1001}


async def test_failed_deliveries_are_retried_without_repeating_reached_chats(
    engine: Engine, settings: Settings, planner: Planner, clock: FakeClock
) -> None:
    store(engine, planner, clock.now(), draft("1", date(2024, 4, 12), units=("UBND huyện",)))
    link(engine, "UBND huyện", 1)
    link(engine, "UBND huyện", 2)
    sender = FlakySender(failing_chat=2, failures=1)
    service = ReminderService(settings, engine, sender, clock)
    clock.set(datetime(2024, 4, 5, 1, 0, tzinfo=UTC))  # the 7-day reminder is due
    assert await service.deliver_due() == 0
    assert [m.chat_id for m in sender.sent] == [1]
    assert await service.deliver_due() == 1
    assert [m.chat_id for m in sender.sent] == [1, 2]
    with session_scope(engine) as session:
        reminder = session.scalars(select(Reminder).where(Reminder.sent_at.is_not(None))).one()
        assert reminder.attempts == 1 and "Telegram" in (reminder.last_error or "")

    sender = FlakySender(failing_chat=1, failures=MAX_ATTEMPTS)
    service = ReminderService(settings, engine, sender, clock)
    clock.set(datetime(2024, 4, 9, 1, 0, tzinfo=UTC))  # the 3-day reminder is due
    assert [m.chat_id for m in sender.sent] == []
    for _ in range(MAX_ATTEMPTS):
        await service.deliver_due()
    # Chat 2 got it at once; chat 1 failed on its own and was given up after MAX_ATTEMPTS.
    assert [m.chat_id for m in sender.sent if m.chat_id != OFFICE] == [2]
    with session_scope(engine) as session:
        given_up = session.scalars(select(Reminder).where(Reminder.failed_at.is_not(None))).one()
        assert given_up.attempts == MAX_ATTEMPTS and given_up.sent_at is not None
        state = session.get(ChatDelivery, (given_up.id, 1))
        assert state is not None and state.attempts == MAX_ATTEMPTS and state.failed_at
        assert session.get(ChatDelivery, (given_up.id, 2)) is None
    assert await service.deliver_due() == 0
    told = [m for m in sender.sent if m.chat_id == OFFICE]
    assert len(told) == 1 and "1 của UBND huyện" in told[0].text


async def test_start_registers_jobs_and_reconciles(
    engine: Engine, settings: Settings, planner: Planner
) -> None:
    clock = FakeClock(datetime.now(UTC))
    in_a_month = (clock.now() + timedelta(days=30)).date()
    # its reminders share no day with the first task's, and none moves off a weekend or a
    # holiday onto another of its own (a Saturday deadline's reminder moves to the Friday's)
    far = in_a_month + timedelta(days=70)
    while not all(is_working_day(far - timedelta(days=n)) for n in (7, 3, 1, 0)):
        far += timedelta(days=1)
    stored = store(engine, planner, clock.now(), draft("1", in_a_month), draft("2", far))
    service = ReminderService(settings, engine, RecordingSender(), clock)
    await service.start()
    try:
        jobs = {job.id: job for job in service.scheduler.get_jobs()}
        with session_scope(engine) as session:
            slots = read.pending_fire_times(session)
        assert set(jobs) == FIXED_JOBS | {slot_job_id(t) for t in slots}
        for job in jobs.values():
            assert job.misfire_grace_time is None and job.coalesce is True
            assert callable(ref_to_obj(job.func_ref)) and ":" in job.func_ref
        slot = jobs[slot_job_id(slots[0])]
        assert slot.func_ref == "jobs.engine.schedule:deliver_due_reminders"
        assert isinstance(slot.trigger, DateTrigger) and slot.next_run_time == slots[0]
        summary = jobs["weekly-summary"]
        assert isinstance(summary.trigger, CronTrigger)
        assert summary.func_ref == "jobs.engine.schedule:send_weekly_summary"
        # [summary] weekly_at, Monday 07:30 local by default
        assert str(summary.trigger.fields[4]) == "mon" and str(summary.trigger.fields[5]) == "7"
        assert str(summary.trigger.fields[6]) == "30"

        service.scheduler.remove_job(slot.id)
        service.scheduler.add_job(
            "jobs.engine.schedule:deliver_due_reminders",
            DateTrigger(datetime(2099, 1, 1, tzinfo=UTC)),
            id=f"{SLOT_PREFIX}2099-01-01T00:00:00+00:00",
        )
        service.scheduler.add_job(
            "jobs.engine.schedule:deliver_due_reminders",
            DateTrigger(datetime(2099, 1, 1, tzinfo=UTC)),
            id="left-over",
        )
        assert service.reconcile() == (1, 2)
        assert {job.id for job in service.scheduler.get_jobs()} == set(jobs)

        with session_scope(engine) as session:
            complete_task(session, stored.directive.tasks[1].id, by="test", at=clock.now())
        added, removed = service.reconcile()
        with session_scope(engine) as session:
            left = {slot_job_id(t) for t in read.pending_fire_times(session)}
        assert (added, removed) == (0, 4)  # 7, 3, 1 days before and on the day
        assert {job.id for job in service.scheduler.get_jobs()} == FIXED_JOBS | left
    finally:
        await service.shutdown()


async def test_weekly_job_posts_the_summary_to_the_office(
    engine: Engine, settings: Settings, planner: Planner, clock: FakeClock
) -> None:
    store(
        engine,
        planner,
        clock.now(),
        draft("1", date(2024, 4, 1)),
        draft("2"),
        draft("3", date(2024, 4, 5)),
    )
    sender = RecordingMediaSender()
    await ReminderService(settings, engine, sender, clock).send_weekly_summary()
    (message,) = [m for m in sender.sent if m.chat_id == OFFICE]
    assert "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ" in message.text
    assert "#3</b> Báo cáo kết quả thực hiện 3" in message.text


async def test_reminders_due_while_down_go_out_once_on_restart(
    migrated_engine: Engine, engine: Engine, settings: Settings, planner: Planner
) -> None:
    url = engine.url.render_as_string(hide_password=False)
    three = [draft(str(n), units=("Phòng Nội vụ",)) for n in (1, 2, 3)]
    stored = store(engine, planner, datetime.now(UTC), *three)
    link(engine, "Phòng Nội vụ", 1001)
    start = datetime.now(UTC)
    ids = add_reminders(
        engine,
        [task.id for task in stored.directive.tasks],
        [start + timedelta(seconds=s) for s in (1.6, 0.8, 1.2)],
    )

    first = ReminderService(settings, make_engine(url), RecordingSender(), SystemClock())
    await first.start()
    await first.shutdown()  # the process stops before any of them is due
    persisted = [job for job in stored_jobs(engine) if job.id.startswith(SLOT_PREFIX)]
    assert sorted(job.next_run_time for job in persisted) == sorted(
        start + timedelta(seconds=s) for s in (0.8, 1.2, 1.6)
    )  # in the database, not run
    assert sent_ids(engine) == set()
    await asyncio.sleep((start + timedelta(seconds=3.2) - datetime.now(UTC)).total_seconds())

    sender = RecordingSender()  # a new process: new engine, new scheduler, same database
    second = ReminderService(settings, make_engine(url), sender, SystemClock())
    await second.start()
    try:
        await eventually(lambda: sent_ids(engine) == set(ids))
        await asyncio.sleep(0.3)  # any duplicate would show up now
    finally:
        await second.shutdown()
    assert [m.chat_id for m in sender.sent] == [1001, 1001, 1001]
    with session_scope(engine) as session:
        order = session.scalars(
            select(ReminderMessage.reminder_id).order_by(ReminderMessage.message_id)
        ).all()
        assert order == [ids[1], ids[2], ids[0]]  # in due order

    sender = RecordingSender()
    third = ReminderService(settings, make_engine(url), sender, SystemClock())
    await third.start()
    await asyncio.sleep(0.3)
    await third.shutdown()
    assert sender.sent == []


class StallingSender(RecordingSender):
    """Sends the first ``n`` messages, then hangs like a dead connection."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    async def send(self, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
        """Hang once ``n`` messages are out."""
        if len(self.sent) >= self.n:
            await asyncio.Event().wait()
        return await super().send(chat_id, text, buttons)


async def test_a_pass_cut_short_resumes_without_resending(
    engine: Engine, settings: Settings, planner: Planner
) -> None:
    url = engine.url.render_as_string(hide_password=False)
    four = [draft(str(n), units=("Phòng Nội vụ",)) for n in range(4)]
    stored = store(engine, planner, datetime.now(UTC), *four)
    link(engine, "Phòng Nội vụ", 1001)
    past = datetime.now(UTC) - timedelta(minutes=5)
    ids = add_reminders(
        engine,
        [task.id for task in stored.directive.tasks],
        [past + timedelta(seconds=s) for s in range(4)],
    )

    stalling = StallingSender(2)
    first = ReminderService(settings, make_engine(url), stalling, SystemClock())
    await first.start()
    await eventually(lambda: len(stalling.sent) == 2)
    await first.shutdown(grace_seconds=0.2)  # killed in the middle of the third send
    assert sent_ids(engine) == set(ids[:2])

    sender = RecordingSender()
    second = ReminderService(settings, make_engine(url), sender, SystemClock())
    await second.start()
    try:
        await eventually(lambda: sent_ids(engine) == set(ids))
    finally:
        await second.shutdown()
    assert len(sender.sent) == 2


@pytest.fixture(autouse=True)
def _quiet_apscheduler(caplog: pytest.LogCaptureFixture) -> None:
    """APScheduler logs every job run at INFO; keep failures readable."""
    caplog.set_level("WARNING", logger="apscheduler")
