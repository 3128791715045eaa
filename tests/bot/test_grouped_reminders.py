"""A unit's reminders due at one time come in one message; each task keeps its own buttons, and
a "xong" replied to the list asks which task it means."""

from __future__ import annotations

from datetime import date, datetime

from bot_harness import NOI_VU, UNIT_CHAT, UNIT_USER, Harness, draft, reminded_tasks

from db import read
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE
from tests.support.emulator import RecordedMessage

FRIDAY_8AM = datetime(2024, 4, 5, 8, 0, tzinfo=LOCAL_ZONE)


async def grouped(harness: Harness, count: int = 3) -> tuple[list[int], RecordedMessage]:
    """``count`` tasks of Phòng Nội vụ due on Friday, reminded then: their one message."""
    ids = harness.store(*(draft(str(n), date(2024, 4, 5)) for n in range(count)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.clock.set(FRIDAY_8AM)
    await harness.rt.service.deliver_due()
    [message] = harness.sent(UNIT_CHAT)
    return ids, message


def button_tasks(message: RecordedMessage) -> list[list[str]]:
    """The callback data of a message's keyboard, row by row."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [[button["callback_data"] for button in row] for row in rows]


async def test_one_message_recorded_for_each_task(harness: Harness) -> None:
    ids, message = await grouped(harness)
    assert reminded_tasks(message) == ids
    assert "hôm nay là hạn cuối" in message.plain_text and "3 nhiệm vụ" in message.plain_text
    assert button_tasks(message) == [[f"done:{t}", f"ext:{t}"] for t in ids]
    with session_scope(harness.engine) as session:
        assert read.tasks_for_message(session, UNIT_CHAT, message.message_id) == ids


async def test_xong_replied_to_the_list_asks_which(harness: Harness) -> None:
    ids, message = await grouped(harness)
    [question] = await harness.say(UNIT_CHAT, UNIT_USER, "xong", reply_to=message.message_id)
    assert "Tin nhắc này có 3 nhiệm vụ chưa hoàn thành" in question.plain_text
    assert [row[0] for row in button_tasks(question)] == [f"done:{t}" for t in ids]
    [closed] = await harness.press(UNIT_CHAT, UNIT_USER, question.message_id, f"done:{ids[1]}")
    assert f"Đã ghi nhận hoàn thành nhiệm vụ #{ids[1]}" in closed.plain_text
    await harness.settle()
    # The list keeps the rows of the tasks still open.
    assert button_tasks(message) == [[f"done:{t}", f"ext:{t}"] for t in (ids[0], ids[2])]


async def test_a_tasks_button_on_the_list_closes_that_task_only(harness: Harness) -> None:
    ids, message = await grouped(harness, 2)
    [closed] = await harness.press(UNIT_CHAT, UNIT_USER, message.message_id, f"done:{ids[0]}")
    assert f"nhiệm vụ #{ids[0]}" in closed.plain_text
    await harness.settle()
    assert button_tasks(message) == [[f"done:{ids[1]}", f"ext:{ids[1]}"]]
    # With one task left, a "xong" replied to the list closes it without asking.
    [closed] = await harness.say(UNIT_CHAT, UNIT_USER, "xong", reply_to=message.message_id)
    assert f"Đã ghi nhận hoàn thành nhiệm vụ #{ids[1]}" in closed.plain_text
    await harness.settle()
    assert button_tasks(message) == []
