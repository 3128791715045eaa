"""The bot under test: real python-telegram-bot over HTTP against the Bot API emulator.

Every test that touches the database runs on SQLite and on PostgreSQL (the fixtures of
tests/store). ``harness`` starts the application the way ``nhacviec run`` does; the
``Harness`` of bot_harness.py drives it as users would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from bot_harness import ADMIN, OFFICE, Harness
from sqlalchemy import Engine
from store.conftest import clock, engine, migrated_engine  # noqa: F401 - the DB fixtures

from bot.app import build_application, running
from bot.config import BotSettings
from bot.emulator import TelegramEmulator
from jobs.clock import FakeClock
from jobs.config import Settings, TelegramSettings


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
    return BotSettings(retry_backoff_seconds=0.01, retry_max_seconds=0.05, page_size=3)


@pytest.fixture
async def harness(
    bot_api: TelegramEmulator,
    engine: Engine,  # noqa: F811 - the store fixture, imported above
    clock: FakeClock,  # noqa: F811
    settings: Settings,
    bot_settings: BotSettings,
) -> AsyncIterator[Harness]:
    """The bot running against the emulator, on an empty database."""
    application = build_application(
        settings, engine, clock, bot_settings=bot_settings, builder=bot_api.app_builder()
    )
    async with running(application):
        yield Harness(bot_api, engine, clock, application)
