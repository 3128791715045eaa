"""Reliability tests: the bot under faults, crashes, bad input and every role.

They run the bot as tests/bot does (the fixtures of bot_fixtures.py on the database fixtures
of tests/store); ``reliability_report`` collects figures printed at the end of the run.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bot"))  # bot_harness, bot_fixtures

from bot_fixtures import FAST_RETRIES, harness, settings, timedelta_periods  # noqa: F401
from store.conftest import clock, engine, migrated_engine  # noqa: F401

from jobs.config import BotSettings

REPORT_KEY = pytest.StashKey[list[str]]()


@pytest.fixture
def bot_settings() -> BotSettings:
    """Fast retries, no pacing: a group gets far more than 20 messages a minute here."""
    return replace(FAST_RETRIES, messages_per_second=0, group_messages_per_minute=0)


@pytest.fixture
def reliability_report(request: pytest.FixtureRequest) -> list[str]:
    """Lines to print in the run's summary (duplicate counts and the like)."""
    return request.config.stash.setdefault(REPORT_KEY, [])


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Print what the reliability tests measured."""
    for line in config.stash.get(REPORT_KEY, []):
        terminalreporter.write_line(f"reliability: {line}")
