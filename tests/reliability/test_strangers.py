"""Strangers cost nothing: a group nobody linked flooding /tasks gets one short answer a day,
and a unit's /xong sent after the flood is answered at once, with Telegram's pacing on."""

from __future__ import annotations

from datetime import date

import pytest
from bot_fixtures import FAST_RETRIES
from bot_harness import NOI_VU, UNIT_CHAT, UNIT_USER, Harness, draft

from jobs.config import BotSettings

STRANGE_GROUP, STRANGER_USER = -1007007, 707
FLOOD = 30


@pytest.fixture
def bot_settings() -> BotSettings:
    """Telegram's pacing as the bot runs it: 20 messages a minute per group."""
    return FAST_RETRIES


async def test_a_stranger_flood_does_not_delay_a_units_xong(harness: Harness) -> None:
    [task_id] = harness.store(draft("1", date(2024, 4, 30)))
    harness.link(NOI_VU, UNIT_CHAT)
    for _ in range(FLOOD):
        harness.api.user_message(STRANGE_GROUP, STRANGER_USER, "/tasks", chat_type="supergroup")
    # Had each refusal waited for the group's rate slot, this answer would come a minute late
    # (the wait below gives up after 5 s).
    [answer] = await harness.say(UNIT_CHAT, UNIT_USER, f"/xong {task_id}")
    assert "hoàn thành" in answer.plain_text
    assert len(harness.sent(STRANGE_GROUP)) == 1
