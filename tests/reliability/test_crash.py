"""Crashes and downtime: kill -9 in the middle of a burst, the bot down over a reminder time."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bot_harness import UNIT_CHAT, store_burst, tally
from sqlalchemy import Engine
from telegram.ext import Application

from bot.app import build_application, running
from db import read
from db.session import session_scope
from jobs.calendar import FakeClock, SystemClock
from jobs.config import BotSettings, Settings
from tests.support.emulator import TelegramEmulator

BURST = 1000
CHATS = [-1003000000 - n for n in range(100)]
KILLED_AFTER = (300, 650)  # messages recorded by the emulator when the process is killed


def pending(engine: Engine) -> int:
    """Reminders still to go out."""
    with session_scope(engine) as session:
        return read.count_pending_reminders(session)


def write_config(folder: Path, api: TelegramEmulator, url: str) -> Path:
    """``nhacviec run`` against the emulator; Telegram's pace lifted, as a local server allows."""
    config = folder / "config.toml"
    config.write_text(
        f"""
[database]
url = "{url}"
[telegram]
token = "{api.token}"
api_base_url = "{api.base_url}"
file_base_url = "{api.base_file_url}"
[bot]
username = "NhacViecBot"
messages_per_second = 0
group_messages_per_minute = 0
""",
        encoding="utf-8",
    )
    return config


def start_bot(config: Path, log: Path) -> subprocess.Popen[bytes]:
    """A real bot process: ``nhacviec run``, its log appended to ``log``."""
    with log.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "jobs.cli.main", "--config", str(config), "run"],
            env={**os.environ, "NHACVIEC_TELEGRAM_TOKEN": "", "NHACVIEC_DATABASE_URL": ""},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


@pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)
async def test_kill_9_during_a_burst_loses_nothing(
    bot_api: TelegramEmulator,
    engine: Engine,
    tmp_path: Path,
    reliability_report: list[str],
) -> None:
    """1,000 reminders due at once; the bot process is SIGKILLed twice while sending them.

    Every reminder arrives, with at most one duplicate per crash: a message is recorded as
    soon as Telegram accepts it, one at a time, so only the request in flight at the kill can
    go out again. SQLite only: what is tested is the order "accept, then record" of the
    delivery pass and the scheduler's recovery on start, the same on both backends (the
    restart itself runs on both in tests/store/test_store_schedule.py); a PostgreSQL
    run would add 20 s for no new path.
    """
    expected = store_burst(engine, SystemClock(), BURST, CHATS)
    url = engine.url.render_as_string(hide_password=False)
    config, log = write_config(tmp_path, bot_api, url), tmp_path / "bot.log"
    for count in KILLED_AFTER:
        process = start_bot(config, log)
        await bot_api.wait_for_messages(count, timeout=60)
        process.send_signal(signal.SIGKILL)
        await asyncio.to_thread(process.wait)
        assert len(bot_api.sent) < BURST, "the burst ended before the kill"
    process = start_bot(config, log)
    try:
        await bot_api.wait_for_messages(BURST, timeout=60)
        await bot_api.wait_until(lambda: pending(engine) == 0, timeout=10)
        await asyncio.sleep(0.2)  # a duplicate of the last one would show up now
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.to_thread(process.wait, 30)
    lost, duplicated = tally(bot_api, expected)
    reliability_report.append(
        f"kill -9 during a burst of {BURST:,} reminders: {len(KILLED_AFTER)} crashes, "
        f"{lost} lost, {duplicated} duplicated"
    )
    assert process.returncode == 0, log.read_text()[-2000:]
    assert lost == 0
    assert duplicated <= len(KILLED_AFTER)


async def test_down_over_a_reminder_time_sends_it_once_at_start(
    bot_api: TelegramEmulator, engine: Engine, settings: Settings, bot_settings: BotSettings
) -> None:
    """The bot stops before a reminder is due and starts after: it goes out once, at start."""
    due = datetime.now(UTC) + timedelta(seconds=1)
    [task_id] = store_burst(engine, FakeClock(due), 1, [UNIT_CHAT])

    def bot() -> AbstractAsyncContextManager[Application]:
        """A new bot process on the same database, with the real clock."""
        application = build_application(
            settings,
            engine,
            SystemClock(),
            bot_settings=bot_settings,
            builder=bot_api.app_builder(),
        )
        return running(application)

    async with bot():
        pass  # stopped again before the reminder is due
    await asyncio.sleep((due - datetime.now(UTC)).total_seconds() + 0.5)
    assert bot_api.messages_to(UNIT_CHAT) == []
    async with bot():
        started = time.monotonic()
        [reminder] = await bot_api.wait_for_messages(1, chat_id=UNIT_CHAT, timeout=5)
        assert time.monotonic() - started < 2  # at start, not at the next minute's sync
        await asyncio.sleep(0.3)
    async with bot():
        await asyncio.sleep(0.3)
    assert bot_api.messages_to(UNIT_CHAT) == [reminder]
    assert f"#{task_id}" in reminder.plain_text
    assert pending(engine) == 0
