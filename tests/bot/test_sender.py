"""The one sender: 429 and 5xx retried within a bound, blocked chats, HTML, long messages."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path

import pytest
from bot_harness import (
    ADMIN,
    NOI_VU,
    OFFICE,
    UNIT_CHAT,
    UNIT_USER,
    Harness,
    draft,
    reminded_tasks,
)
from sqlalchemy import Engine, select
from telegram.error import BadRequest, NetworkError

from bot.sender import ChatUnavailable, TelegramSender
from db.models import InactiveChat
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE, FakeClock
from jobs.config import BotSettings, Settings
from tests.support.emulator import TelegramEmulator

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture
async def sender(
    bot_api: TelegramEmulator, engine: Engine, clock: FakeClock, settings: Settings
) -> AsyncIterator[TelegramSender]:
    """The sender on a plain PTB bot (no rate limiter): its own retries are what is tested."""
    async with bot_api.make_bot(read_timeout=0.2) as bot:
        yield TelegramSender(
            bot, engine, settings, BotSettings(retry_backoff_seconds=0.01, send_attempts=4), clock
        )


def statuses(api: TelegramEmulator, method: str = "sendMessage") -> list[int]:
    """The HTTP statuses of the calls to one method, in order."""
    return [call.status for call in api.calls if call.method == method]


async def test_retry_after_is_honoured(sender: TelegramSender, bot_api: TelegramEmulator) -> None:
    bot_api.fail_too_many_requests("sendMessage", retry_after=1)
    started = time.monotonic()
    assert await sender.send(5, "một") == 1
    assert time.monotonic() - started >= 1
    assert statuses(bot_api) == [429, 200]


async def test_timeouts_and_server_errors_are_retried(
    sender: TelegramSender, bot_api: TelegramEmulator
) -> None:
    bot_api.fail_server_error("sendMessage", 502)
    bot_api.drop_connection("sendMessage")
    bot_api.slow("sendMessage", 0.5, deliver=False)
    await sender.send(5, "hai")
    assert statuses(bot_api)[:2] == [502, 499] and statuses(bot_api)[-1] == 200
    assert [m.text for m in bot_api.sent] == ["hai"]


async def test_retries_are_bounded(sender: TelegramSender, bot_api: TelegramEmulator) -> None:
    bot_api.fail_server_error("sendMessage", 500, times=None)
    with pytest.raises(NetworkError):
        await sender.send(5, "ba")
    assert statuses(bot_api) == [500] * 4


async def test_bad_requests_are_not_retried(
    sender: TelegramSender, bot_api: TelegramEmulator
) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await sender.send(5, "a < b")  # unescaped: the emulator refuses it, as Telegram does
    assert statuses(bot_api) == [400]


async def test_blocked_chat_is_marked_inactive_and_the_office_told_once(
    harness: Harness,
) -> None:
    harness.store(draft("1", None))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.api.block_chat(UNIT_CHAT)
    for _ in range(2):
        with pytest.raises(ChatUnavailable):
            await harness.rt.sender.send(UNIT_CHAT, "nhắc")
    assert statuses(harness.api).count(403) == 2  # never retried
    [told] = harness.sent(OFFICE)
    assert f"{UNIT_CHAT} của Phòng Nội vụ đã chặn bot" in told.plain_text
    with session_scope(harness.engine) as session:
        assert session.scalars(select(InactiveChat.chat_id)).all() == [UNIT_CHAT]

    harness.api.unblock_chat(UNIT_CHAT)
    await harness.say(UNIT_CHAT, UNIT_USER, "/help")  # the group writes again: active again
    with session_scope(harness.engine) as session:
        assert session.scalars(select(InactiveChat.chat_id)).all() == []


async def test_reminders_skip_blocked_chats(harness: Harness) -> None:
    ids = harness.store(draft("1", date(2024, 4, 5)), draft("2", date(2024, 4, 8)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.link(NOI_VU, UNIT_USER)
    harness.api.block_chat(UNIT_CHAT)
    harness.clock.set(datetime(2024, 4, 5, 8, 0, tzinfo=LOCAL_ZONE))
    for _ in range(2):  # the failed chat is skipped from the next pass on
        await harness.rt.service.deliver_due()
    [grouped] = harness.sent(UNIT_USER)  # both tasks' reminders reached the other chat
    assert reminded_tasks(grouped) == ids
    assert len([m for m in harness.sent(OFFICE) if "chặn bot" in m.plain_text]) == 1

    harness.api.block_chat(UNIT_USER)
    harness.clock.set(datetime(2024, 4, 8, 8, 0, tzinfo=LOCAL_ZONE))
    for _ in range(2):
        await harness.rt.service.deliver_due()
    to_office = [m for m in harness.sent(OFFICE) if "NHẮC VIỆC" in m.plain_text]
    assert (
        to_office and "đã chặn bot hoặc xoá bot, tin này gửi Văn phòng" in to_office[-1].plain_text
    )


async def test_long_previews_are_split_and_html_is_escaped(harness: Harness) -> None:
    directive = (CORPUS / "002_18e1b5338292797a.txt").read_bytes()
    harness.api.user_document(ADMIN, ADMIN, "002.txt", directive)
    await harness.settle()
    chunks = harness.sent(ADMIN)
    assert len(chunks) >= 2 and all(len(m.plain_text) <= 4096 for m in chunks)
    assert [bool(m.buttons) for m in chunks] == [False] * (len(chunks) - 1) + [True]
    assert int(re.search(r"Số nhiệm vụ: (\d+)", chunks[0].plain_text)[1]) >= 30

    [task_id] = harness.store(draft("1", None))
    harness.link(NOI_VU, UNIT_CHAT)
    await harness.say(UNIT_CHAT, UNIT_USER, f"/xong {task_id} gửi <b>bản cứng</b> & tệp")
    assert "Ghi chú: gửi <b>bản cứng</b> & tệp" in harness.sent(OFFICE)[-1].plain_text


async def test_weekly_summary_goes_out_with_chart_and_workbook(harness: Harness) -> None:
    harness.store(draft("1", date(2024, 4, 5)), draft("2", date(2024, 4, 30)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.clock.set(datetime(2024, 4, 15, 7, 30, tzinfo=LOCAL_ZONE))
    await harness.rt.service.send_weekly_summary()
    kinds = [m.method for m in harness.sent(OFFICE)]
    assert kinds[-2:] == ["sendPhoto", "sendDocument"]
    assert harness.sent(OFFICE)[-1].file_name.endswith(".xlsx")
    assert harness.sent(UNIT_CHAT)  # the unit's digest


async def test_the_application_rides_out_a_429(harness: Harness) -> None:
    harness.api.fail_too_many_requests("sendMessage", retry_after=1)
    [answer] = await harness.say(ADMIN, ADMIN, "/help")
    assert "Văn phòng" in answer.plain_text
    assert statuses(harness.api)[:2] == [429, 200]
