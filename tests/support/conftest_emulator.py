"""The ``bot_api`` fixture: a started Telegram Bot API emulator for one test.

tests/conftest.py loads it for the whole suite with
``pytest_plugins = ("tests.support.conftest_emulator",)``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.emulator import TelegramEmulator


@pytest.fixture
async def bot_api() -> AsyncIterator[TelegramEmulator]:
    """A running emulator on a free port; point PTB at ``bot_api.base_url``."""
    async with TelegramEmulator() as emulator:
        yield emulator
