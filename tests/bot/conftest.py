"""The bot under test: real python-telegram-bot over HTTP against the Bot API emulator.

Every test that touches the database runs on SQLite and on PostgreSQL (the fixtures of
tests/store). ``harness`` (bot_fixtures.py) starts the application the way ``nhacviec run``
does; the ``Harness`` of bot_harness.py drives it as users would.
"""

from __future__ import annotations

from bot_fixtures import bot_settings, harness, settings, timedelta_periods  # noqa: F401
from store.conftest import clock, engine, migrated_engine  # noqa: F401 - the DB fixtures
