"""Two "xong" for one task at once, from two chats of the same unit: recorded once.

tests/bot/test_completion.py covers one chat pressing ✅ twice and two threads closing the
task in the store at the same instant; here two group chats of Phòng Nội vụ answer the same
reminder, one with a reply and one with the button, and the bot handles both updates
concurrently (``concurrent_updates``), as a busy deployment would.
"""

from __future__ import annotations

from datetime import date, datetime

from bot_fixtures import run_bot
from bot_harness import NOI_VU, OFFICE, UNIT_CHAT, UNIT_USER, draft
from sqlalchemy import Engine, func, select

from db.models import AuditEntry
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE, FakeClock
from jobs.config import BotSettings, Settings
from tests.support.emulator import TelegramEmulator

SECOND_CHAT, SECOND_USER = -1002009, 209  # another group of Phòng Nội vụ


async def test_two_chats_of_one_unit_close_a_task_once(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
) -> None:
    builder = bot_api.app_builder().concurrent_updates(True)
    async with run_bot(bot_api, engine, clock, settings, bot_settings, builder) as harness:
        [task_id] = harness.store(draft("1", date(2024, 4, 5)))
        harness.link(NOI_VU, UNIT_CHAT)
        harness.link(NOI_VU, SECOND_CHAT)
        harness.clock.set(datetime(2024, 4, 5, 8, 0, tzinfo=LOCAL_ZONE))
        await harness.rt.service.deliver_due()
        [first], [second] = harness.sent(UNIT_CHAT), harness.sent(SECOND_CHAT)
        bot_api.user_message(
            UNIT_CHAT,
            UNIT_USER,
            "xong",
            chat_type="supergroup",
            reply_to_message_id=first.message_id,
        )
        bot_api.callback(SECOND_CHAT, SECOND_USER, second.message_id, f"done:{task_id}")
        await bot_api.wait_for_messages(2, chat_id=UNIT_CHAT)
        await bot_api.wait_for_messages(2, chat_id=SECOND_CHAT)
        await harness.settle()
    answers = [harness.sent(chat)[1].plain_text for chat in (UNIT_CHAT, SECOND_CHAT)]
    assert sum("Đã ghi nhận hoàn thành" in text for text in answers) == 1, answers
    assert sum("rồi; không thay đổi gì" in text for text in answers) == 1, answers
    [notice] = harness.sent(OFFICE)
    assert f"#{task_id} đã hoàn thành" in notice.plain_text
    with session_scope(engine) as session:
        closes = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "task.complete")
        )
    assert closes == 1
