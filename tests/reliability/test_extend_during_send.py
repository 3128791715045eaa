"""/extend while a delivery pass is sending: the pass never aborts (no foreign-key error on a
reminder replanned meanwhile), and a reminder whose deadline moved before its turn is not sent
("hôm nay là hạn cuối" right before "đã gia hạn")."""

from __future__ import annotations

import asyncio
from datetime import date

from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, Harness, draft
from sqlalchemy import select

from bot.store import queue_reminder
from db import queries
from db.models import Reminder, ReminderMessage
from db.session import session_scope

SLOW = 2.0  # long enough for both /extend commands to be handled while it is held


def on_day_text(harness: Harness, task_id: int) -> list[str]:
    """The unit's "hôm nay là hạn cuối" reminders of a task."""
    return [
        m.plain_text
        for m in harness.sent(UNIT_CHAT)
        if "hạn cuối" in m.plain_text and f"#{task_id} " in m.plain_text
    ]


async def test_extend_during_a_send(harness: Harness) -> None:
    first, second = harness.store(draft("1", date(2024, 4, 4)), draft("2", date(2024, 4, 4)))
    harness.link(NOI_VU, UNIT_CHAT)
    with session_scope(harness.engine) as session:  # both reminded now, on the deadline's day
        for task_id in (first, second):
            queue_reminder(
                session, queries.task_with_details(session, task_id), now=harness.clock.now()
            )
    harness.api.slow("sendMessage", SLOW, deliver=True, chat_id=UNIT_CHAT)
    passing = asyncio.create_task(harness.rt.service.deliver_due())
    # Telegram has taken the first reminder and holds its answer: the pass waits on it.
    await harness.api.wait_until(lambda: harness.sent(UNIT_CHAT), timeout=5)
    # While the first reminder is in flight, the office moves both deadlines.
    for task_id in (first, second):
        [moved] = await harness.say(OFFICE, ADMIN, f"/extend {task_id} 30/4/2024")
        assert "đến 30/04/2024" in moved.plain_text
    await passing  # no exception: the pass completed
    sent_first, sent_second = on_day_text(harness, first), on_day_text(harness, second)
    assert len(sent_first) + len(sent_second) == 1  # the one in flight; not the other
    with session_scope(harness.engine) as session:
        messages = session.scalars(select(ReminderMessage)).all()
        assert len(messages) == 1  # the in-flight message is recorded: its row was kept
        kept = session.get(Reminder, messages[0].reminder_id)
        assert kept is not None and (kept.sent_at or kept.cancelled_at) is not None
