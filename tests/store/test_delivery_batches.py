"""A delivery pass reads what a fire time sends in a few queries, however many reminders."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine, event
from store_factories import draft, store
from test_store_schedule import add_commune, add_reminders, link

from bot.reminders import BotReminderService
from jobs.calendar import FakeClock
from jobs.config import Settings
from jobs.engine.schedule import Outgoing, ReminderService
from jobs.messages.sender import RecordingSender
from jobs.plan.policy import Planner

UNITS = ("Phòng Nội vụ", "UBND các xã, thị trấn", "Văn phòng HĐND và UBND")


def prepared(
    engine: Engine, service: ReminderService, reminder_ids: list[int]
) -> tuple[int, list[Outgoing]]:
    """The SQL statements the pass runs to learn what these reminders send, and what it is."""
    statements = 0

    def count(*_: object) -> None:
        nonlocal statements
        statements += 1

    event.listen(engine, "before_cursor_execute", count)
    try:
        outgoing = service._in_session(service._prepare, reminder_ids)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return statements, outgoing


async def test_a_fire_time_is_read_in_the_same_queries_for_3_or_12_reminders(
    engine: Engine, settings: Settings, planner: Planner, clock: FakeClock
) -> None:
    deadline = date(2024, 5, 20)
    tasks = [draft(str(n), deadline, units=(UNITS[n % 3],)) for n in range(12)]
    task_ids = [task.id for task in store(engine, planner, clock.now(), *tasks).directive.tasks]
    add_commune(engine, clock.now())
    link(engine, "Phòng Nội vụ", 1001)
    link(engine, "UBND các xã, thị trấn", 2000)
    link(engine, "UBND xã Cẩm Quang", 2001)
    at = clock.now() + timedelta(hours=1)
    reminder_ids = add_reminders(engine, task_ids, [at] * len(task_ids))

    for service in (
        ReminderService(settings, engine, RecordingSender(), clock),
        BotReminderService(settings, engine, RecordingSender(), clock),
    ):
        few, some = prepared(engine, service, reminder_ids[:3])
        many, every = prepared(engine, service, reminder_ids)
        assert few == many, type(service).__name__
        assert [one.reminder_id for one in some] == reminder_ids[:3]
        assert [one.reminder_id for one in every] == reminder_ids
        chats = {one.task_id: one.delivery.chat_ids for one in every}
        assert chats[task_ids[0]] == (1001,)  # Phòng Nội vụ
        assert set(chats[task_ids[1]]) == {2000, 2001}  # the collective and its member
        assert chats[task_ids[2]] == (settings.telegram.office_chat_id,)  # no chat linked
        office = (settings.telegram.office_chat_id,)
        assert all((one.delivery.entry is None) == (chats[one.task_id] == office) for one in every)
