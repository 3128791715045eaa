"""After three weeks down, a unit gets one message for its overdue tasks: only the latest
pending reminder of each task goes out, the older ones are marked superseded, not sent."""

from __future__ import annotations

from datetime import date, datetime

from bot_harness import NOI_VU, UNIT_CHAT, Harness, draft, reminded_tasks
from sqlalchemy import func, select

from db.models import Reminder
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE

THREE_WEEKS_LATER = datetime(2024, 4, 25, 9, 0, tzinfo=LOCAL_ZONE)  # stored on Thursday 4/4


async def test_three_weeks_down_send_one_nag_per_task_in_one_message(harness: Harness) -> None:
    ids = harness.store(draft("1", date(2024, 4, 5)), draft("2", date(2024, 4, 8)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.clock.set(THREE_WEEKS_LATER)
    await harness.rt.service.deliver_due()
    [nag] = harness.sent(UNIT_CHAT)
    assert reminded_tasks(nag) == ids and "quá hạn" in nag.plain_text
    with session_scope(harness.engine) as session:
        superseded = session.scalar(
            select(func.count()).select_from(Reminder).where(Reminder.superseded_by.is_not(None))
        )
    assert superseded == 15  # three weeks of reminders and working-day nags, none sent
    await harness.rt.service.deliver_due()
    assert harness.sent(UNIT_CHAT) == [nag]
