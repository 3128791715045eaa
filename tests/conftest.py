"""Fixtures for the whole suite: the Telegram Bot API emulator (``bot_api``)."""

pytest_plugins = ("tests.support.conftest_emulator",)
