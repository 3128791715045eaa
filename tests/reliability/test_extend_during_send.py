"""A deadline moved while a reminder of the task is in flight: the move waits for the send, the
pass never aborts, the message is recorded, and the unit never reads "hôm nay là hạn cuối"
after "đã gia hạn". A reminder whose deadline moved before its turn is not sent."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import date, timedelta

from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, Harness, draft
from sqlalchemy import select

from db import read
from db.models import Reminder, ReminderMessage
from db.session import session_scope
from db.write import queue_reminder


def unit_chat_texts(harness: Harness, task_id: int) -> list[str]:
    """What the unit's chat got about a task, in order: its reminders and the extension."""
    return [
        "hạn cuối" if "hạn cuối" in m.plain_text else "gia hạn"
        for m in harness.sent(UNIT_CHAT)
        if f"#{task_id} " in m.plain_text
        and ("hôm nay là hạn cuối" in m.plain_text or "đã gia hạn" in m.plain_text)
    ]


async def test_extend_while_its_reminder_is_in_flight(harness: Harness) -> None:
    first, second = harness.store(draft("1", date(2024, 4, 4)), draft("2", date(2024, 4, 4)))
    harness.link(NOI_VU, UNIT_CHAT)
    now = harness.clock.now()
    with session_scope(harness.engine) as session:  # on the deadline's day, a minute apart
        for task_id, at in ((first, now - timedelta(minutes=1)), (second, now)):
            queue_reminder(session, read.task_with_details(session, task_id), now=at)
    held, gate = harness.api.hold("sendMessage", chat_id=UNIT_CHAT)
    passing = asyncio.create_task(harness.rt.service.deliver_due())
    await harness.api.wait_until(lambda: held.hits, timeout=5)  # the first reminder in flight

    [moved] = await harness.say(OFFICE, ADMIN, f"/extend {second} 30/4/2024")
    assert "đến 30/04/2024" in moved.plain_text  # not in flight: moved at once
    before = len(harness.sent(OFFICE))
    asking = asyncio.create_task(harness.say(OFFICE, ADMIN, f"/extend {first} 30/4/2024"))
    with contextlib.suppress(TimeoutError):  # the bot must not answer before the send ends
        await harness.api.wait_until(lambda: len(harness.sent(OFFICE)) > before, timeout=1)
    gate.set()
    [moved] = await asking
    assert "đến 30/04/2024" in moved.plain_text
    await passing  # no exception: the pass completed

    assert unit_chat_texts(harness, first) == ["hạn cuối", "gia hạn"]
    assert unit_chat_texts(harness, second) == ["gia hạn"]  # moved before its turn: not sent
    with session_scope(harness.engine) as session:
        [message] = session.scalars(select(ReminderMessage)).all()
        kept = session.get(Reminder, message.reminder_id)  # the in-flight message is recorded
        assert kept is not None and kept.task_id == first
