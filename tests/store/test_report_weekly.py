"""The weekly posts: summary to the office, digests to the units; recorded and via the emulator."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_scenario import CHATS, COMMUNES, FINANCE, JUSTICE, NOW, scenario, task_rows
from sqlalchemy import Engine
from store_factories import draft, store
from telegram import Bot
from telegram.constants import ParseMode

from jobs.calendar import FakeClock
from jobs.config import (
    ConfigError,
    Settings,
    SummarySettings,
    TelegramSettings,
    load_settings,
    parse_weekly_at,
)
from jobs.messages.sender import Button
from jobs.messages.telegram_text import MESSAGE_LIMIT, utf16_size
from jobs.plan.policy import Planner
from jobs.summary.weekly import (
    RecordingMediaSender,
    post_unit_digests,
    post_weekly,
    post_weekly_summary,
)
from tests.support.emulator import TelegramEmulator

__all__ = ["scenario"]

OFFICE = -100
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class BotMediaSender:
    """The shape of the bot's sender: Bot API calls with parse_mode=HTML."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
        """sendMessage."""
        message = await self.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML)
        return message.message_id

    async def send_photo(self, chat_id: int, png: bytes, caption: str) -> int:
        """sendPhoto."""
        message = await self.bot.send_photo(
            chat_id, png, caption=caption, parse_mode=ParseMode.HTML
        )
        return message.message_id

    async def send_document(self, chat_id: int, data: bytes, filename: str, caption: str) -> int:
        """sendDocument."""
        message = await self.bot.send_document(
            chat_id, data, filename=filename, caption=caption, parse_mode=ParseMode.HTML
        )
        return message.message_id


@pytest.fixture
def clock() -> FakeClock:
    """Monday 22 April 2024, 07:30 local: when the weekly job runs."""
    return FakeClock(NOW)


async def test_weekly_summary_posts_text_chart_and_workbook(
    engine: Engine, settings: Settings, clock: FakeClock, scenario: dict[str, int]
) -> None:
    sender = RecordingMediaSender()
    ids = await post_weekly_summary(engine, sender, settings, clock)
    assert [m.chat_id for m in sender.sent] == [OFFICE]
    assert "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ" in sender.sent[0].text
    photo, document = sender.media
    assert (photo.kind, photo.chat_id, photo.data[:8]) == ("photo", OFFICE, PNG_SIGNATURE)
    assert (document.kind, document.filename) == ("document", "bao-cao-nhiem-vu-2024-04-15.xlsx")
    assert photo.caption == "Tình hình thực hiện nhiệm vụ, kỳ 15/04/2024 – 21/04/2024"
    assert len(task_rows(load_workbook(io.BytesIO(document.data))["Nhiệm vụ"])) == 9
    assert ids == [1, 2, 3]


async def test_weekly_summary_needs_an_office_chat(
    engine: Engine, clock: FakeClock, scenario: dict[str, int]
) -> None:
    sender = RecordingMediaSender()
    assert await post_weekly_summary(engine, sender, Settings(), clock) == []
    assert not sender.sent and not sender.media


async def test_empty_week_posts_only_the_text(
    engine: Engine, settings: Settings, clock: FakeClock
) -> None:
    sender = RecordingMediaSender()
    await post_weekly_summary(engine, sender, settings, clock)
    assert len(sender.sent) == 1 and not sender.media
    assert "Không có nhiệm vụ nào trong kỳ." in sender.sent[0].text


async def test_digests_go_to_units_with_something_open(
    engine: Engine, settings: Settings, clock: FakeClock, scenario: dict[str, int]
) -> None:
    sender = RecordingMediaSender()
    assert await post_unit_digests(engine, sender, settings, clock) == 2
    by_chat = {m.chat_id: m.text for m in sender.sent}
    assert set(by_chat) == {CHATS[FINANCE], CHATS[COMMUNES]}  # JUSTICE has nothing open
    finance = by_chat[CHATS[FINANCE]]
    assert f"NHIỆM VỤ CỦA ĐƠN VỊ — {FINANCE}" in finance
    assert "2 nhiệm vụ chưa hoàn thành, trong đó 1 quá hạn" in finance
    assert f"<b>#{scenario['T5']}</b>" in finance and "quá hạn <b>12 ngày</b>" in finance
    assert f"<b>#{scenario['T7']}</b> Báo cáo kết quả thực hiện T7 — không thời hạn" in finance
    closed = finance.split("Đã hoàn thành tuần trước")[1]
    assert f"#{scenario['T1']}" in closed and f"#{scenario['T2']}" in closed
    assert CHATS[JUSTICE] not in by_chat


async def test_a_failing_chat_does_not_stop_the_other_digests(
    engine: Engine, settings: Settings, clock: FakeClock, scenario: dict[str, int]
) -> None:
    class Flaky(RecordingMediaSender):
        async def send(self, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
            if chat_id == CHATS[FINANCE]:
                raise RuntimeError("Forbidden: bot was kicked")
            return await super().send(chat_id, text, buttons)

    sender = Flaky()
    assert await post_unit_digests(engine, sender, settings, clock) == 1
    assert [m.chat_id for m in sender.sent] == [CHATS[COMMUNES]]


async def test_the_weekly_job_posts_the_summary_then_the_digests(
    engine: Engine, settings: Settings, clock: FakeClock, scenario: dict[str, int]
) -> None:
    sender = RecordingMediaSender()
    assert await post_weekly(engine, sender, settings, clock) == [1, 2, 3]
    assert [m.chat_id for m in sender.sent] == [OFFICE, CHATS[FINANCE], CHATS[COMMUNES]]
    quiet = replace(settings, summary=SummarySettings(digest=False))
    sender = RecordingMediaSender()
    clock.advance(timedelta(days=7))  # the next week's summary, without the digests
    await post_weekly(engine, sender, quiet, clock)
    assert [m.chat_id for m in sender.sent] == [OFFICE]


async def test_a_weeks_summary_is_posted_once(
    engine: Engine, settings: Settings, clock: FakeClock, scenario: dict[str, int]
) -> None:
    sender = RecordingMediaSender()
    assert await post_weekly_summary(engine, sender, settings, clock) == [1, 2, 3]
    clock.advance(timedelta(hours=2))  # a restart later the same week runs the job again
    assert await post_weekly_summary(engine, sender, settings, clock) == []
    assert len(sender.sent) == 1 and len(sender.media) == 2


async def test_digests_go_out_even_when_the_office_post_fails(
    engine: Engine, settings: Settings, clock: FakeClock, scenario: dict[str, int]
) -> None:
    class NoPhotos(RecordingMediaSender):
        async def send_photo(self, chat_id: int, png: bytes, caption: str) -> int:
            raise RuntimeError("Bad Request: PHOTO_INVALID_DIMENSIONS")

    sender = NoPhotos()
    assert await post_weekly(engine, sender, settings, clock) == []
    assert {m.chat_id for m in sender.sent} == {OFFICE, CHATS[FINANCE], CHATS[COMMUNES]}


async def test_through_the_bot_api_photo_and_document_arrive(
    engine: Engine, planner: Planner, clock: FakeClock, scenario: dict[str, int]
) -> None:
    many = [  # enough units for the summary to need several messages
        draft(f"X{n}", date(2024, 4, 10 + n % 10), units=(f"UBND xã Thạch Long Bình Sơn {n}",))
        for n in range(150)
    ]
    store(engine, planner, NOW.replace(month=3), *many, file_bytes=b"many")
    settings = Settings(telegram=TelegramSettings(office_chat_id=OFFICE))
    async with TelegramEmulator() as emulator, emulator.make_bot() as bot:
        sender = BotMediaSender(bot)
        await post_weekly_summary(engine, sender, settings, clock)
        await post_unit_digests(engine, sender, settings, clock)
    office = emulator.messages_to(OFFICE)
    methods = [m.method for m in office]
    assert methods[-2:] == ["sendPhoto", "sendDocument"]
    texts = [m.text for m in office if m.method == "sendMessage"]
    assert len(texts) >= 2 and all(utf16_size(t or "") <= MESSAGE_LIMIT for t in texts)
    assert office[-2].data is not None and office[-2].data[:8] == PNG_SIGNATURE
    assert office[-1].file_name == "bao-cao-nhiem-vu-2024-04-15.xlsx"
    assert office[-1].plain_text == "Tình hình thực hiện nhiệm vụ, kỳ 15/04/2024 – 21/04/2024"
    assert load_workbook(io.BytesIO(office[-1].data or b""))["Tổng hợp"]["D1"].value
    assert emulator.messages_to(CHATS[FINANCE]) and not emulator.messages_to(CHATS[JUSTICE])


def test_summary_settings(tmp_path: Path) -> None:
    assert parse_weekly_at("MON 07:30") == ("mon", parse_weekly_at("mon 7:30")[1])
    assert Settings().summary.day == "mon" and Settings().summary.digest
    path = tmp_path / "config.toml"
    path.write_text('[summary]\nweekly_at = "fri 16:00"\ndigest = false\n', "utf-8")
    summary = load_settings(path, {}).summary
    assert (summary.day, summary.at.hour, summary.at.minute, summary.digest) == (
        "fri",
        16,
        0,
        False,
    )


@pytest.mark.parametrize(
    "body",
    ['weekly_at = "monday 07:30"', 'weekly_at = "MON"', 'weekly_at = "MON 7h"', "digest = 1"],
)
def test_summary_settings_refuse_bad_values(tmp_path: Path, body: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[summary]\n{body}\n", "utf-8")
    with pytest.raises(ConfigError, match="Giá trị không hợp lệ"):
        load_settings(path, {})
