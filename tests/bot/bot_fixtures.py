"""The fixtures that run the bot under test, shared by tests/bot and tests/reliability.

Import them into a conftest (with the database fixtures of tests/store); ``harness`` starts
the application the way ``nhacviec run`` does, on an empty database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from bot_harness import ADMIN, OFFICE, Harness
from sqlalchemy import Engine
from telegram.ext import ApplicationBuilder

from bot.app import build_application, running
from jobs.calendar import FakeClock
from jobs.config import BotSettings, Settings, TelegramSettings
from tests.support.emulator import TelegramEmulator

FAST_RETRIES = BotSettings(retry_backoff_seconds=0.01, retry_max_seconds=0.05, page_size=3)


@pytest.fixture(autouse=True)
def timedelta_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB's timedelta periods, as the bot sets them."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
def settings(bot_api: TelegramEmulator) -> Settings:
    """The office group, one admin, PTB pointed at the emulator."""
    return Settings(
        telegram=TelegramSettings(
            token=bot_api.token,
            api_base_url=bot_api.base_url,
            file_base_url=bot_api.base_file_url,
            office_chat_id=OFFICE,
            admins=(ADMIN,),
        )
    )


@pytest.fixture
def bot_settings() -> BotSettings:
    """Fast retries so that fault tests take milliseconds."""
    return FAST_RETRIES


@pytest.fixture
async def harness(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
) -> AsyncIterator[Harness]:
    """The bot running against the emulator, on an empty database."""
    async with run_bot(bot_api, engine, clock, settings, bot_settings) as started:
        yield started


@asynccontextmanager
async def run_bot(
    api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
    builder: ApplicationBuilder | None = None,
) -> AsyncIterator[Harness]:
    """Run the bot against the emulator (``builder``: ``api.app_builder()`` preset otherwise)."""
    application = build_application(
        settings, engine, clock, bot_settings=bot_settings, builder=builder or api.app_builder()
    )
    async with running(application):
        yield Harness(api, engine, clock, application)
