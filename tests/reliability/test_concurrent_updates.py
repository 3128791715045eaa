"""Updates are handled concurrently, each chat's in order: a unit's /xong is answered while a
stranger floods /tasks from another group, a 1,000-reminder burst is going out and Telegram
holds the office's answer to its own command.

No clock is read: the test checks what has happened when the /xong answer arrives (the burst
and the office's answer are still under way). The time it takes is measured by
bench/loop_stall.py.
"""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from bot_fixtures import FAST_RETRIES
from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, UNIT_USER, Harness, draft, store_burst

from jobs.config import BotSettings

STRANGE_GROUP, STRANGER_USER = -1007007, 707
FLOOD = 30
BURST = 1000
CHATS = [-1003000 - n for n in range(10)]


@pytest.fixture
def bot_settings() -> BotSettings:
    """Telegram's pacing as the bot runs it: 20 messages a minute per group, 30 a second."""
    return FAST_RETRIES


async def test_a_units_xong_is_answered_during_a_burst_a_flood_and_a_held_answer(
    harness: Harness,
) -> None:
    expected = store_burst(harness.engine, harness.clock, BURST, CHATS)
    [task_id] = harness.store(draft("xong", date(2024, 4, 30)))
    harness.link(NOI_VU, UNIT_CHAT)
    burst = asyncio.create_task(harness.rt.service.deliver_due())
    await harness.api.wait_until(lambda: any(m.chat_id in CHATS for m in harness.api.sent))
    # Telegram holds every answer to the office group: its /quahan waits (and retries).
    harness.api.slow("sendMessage", 60, deliver=False, chat_id=OFFICE, times=None)
    harness.api.user_message(OFFICE, ADMIN, "/quahan", chat_type="supergroup")
    for _ in range(FLOOD):
        harness.api.user_message(STRANGE_GROUP, STRANGER_USER, "/tasks", chat_type="supergroup")
    before = len(harness.sent(UNIT_CHAT))
    harness.api.user_message(UNIT_CHAT, UNIT_USER, f"/xong {task_id}", chat_type="supergroup")
    # Handled one update at a time, the /xong would wait behind the office's held command.
    [answer] = (await harness.api.wait_for_messages(before + 1, chat_id=UNIT_CHAT))[before:]
    assert "hoàn thành" in answer.plain_text
    assert not burst.done()
    assert sum(1 for m in harness.api.sent if m.chat_id in CHATS) < len(expected)
    assert harness.sent(OFFICE) == []  # the office's answer is still held
    assert len(harness.sent(STRANGE_GROUP)) <= 1  # the stranger's one answer a day, at most

    harness.api.clear_faults()
    await harness.api.wait_for_messages(1, chat_id=OFFICE, timeout=30)
    burst.cancel()
