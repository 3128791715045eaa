"""The ``bot_api`` fixture: a started Telegram Bot API emulator for one test.

Load it from tests/conftest.py with ``pytest_plugins = ("conftest_emulator",)`` or
``from conftest_emulator import bot_api``, or from a test module with the same import.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.emulator import TelegramEmulator


@pytest.fixture
async def bot_api() -> AsyncIterator[TelegramEmulator]:
    """A running emulator on a free port; point PTB at ``bot_api.base_url``."""
    async with TelegramEmulator() as emulator:
        yield emulator
