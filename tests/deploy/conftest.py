"""Deployment tests: the real ``nhacviec`` entry point as a service runs it.

They drive the bot as tests/bot does (the emulator, the database fixtures of tests/store)
but start it as a process: from a config file, as systemd or a container would.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bot"))  # bot_harness, fixtures

from bot_fixtures import bot_settings, settings, timedelta_periods  # noqa: F401
from store.conftest import clock, engine, migrated_engine  # noqa: F401
