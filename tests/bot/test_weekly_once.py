"""The weekly summary's idempotency key per (chat, period), through the Bot API emulator.

A summary cut off midway (the emulator drops every sendDocument) is sent again, whole and
once, when the bot starts again; a finished one is never sent twice.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from bot_fixtures import run_bot
from bot_harness import OFFICE, Harness, draft
from sqlalchemy import Engine, select

from db.models import ReportPost
from db.session import session_scope
from jobs.calendar import FakeClock
from jobs.config import BotSettings, Settings
from tests.support.emulator import TelegramEmulator


def methods(api: TelegramEmulator) -> list[str]:
    """What the office chat got, by Bot API method."""
    return [message.method for message in api.messages_to(OFFICE)]


def states(engine: Engine) -> list[str]:
    """The states of the recorded summary posts."""
    with session_scope(engine) as session:
        return list(session.scalars(select(ReportPost.state)))


Started = tuple[TelegramEmulator, Engine, FakeClock, Settings, BotSettings]


@pytest.fixture
def run(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
) -> Started:
    """What ``run_bot`` needs to start the bot again and again on the same database."""
    return bot_api, engine, clock, settings, bot_settings


async def restarted(harness: Harness) -> None:
    """Wait for what the bot started in the background on start (a resumed summary)."""
    await harness.rt.service.background_passes_done()


async def test_a_cut_off_summary_is_sent_again_once_and_a_finished_one_never(
    bot_api: TelegramEmulator, engine: Engine, clock: FakeClock, run: Started
) -> None:
    async with run_bot(*run) as harness:
        harness.store(draft("1", None))  # a task of the week, no reminders of its own
        clock.advance(timedelta(days=7))  # the Monday job now reports the week it was stored
        bot_api.drop_connection("sendDocument", times=None)
        await harness.rt.service.send_weekly_summary()
        bot_api.clear_faults()
    cut_off = methods(bot_api)
    assert cut_off[-1] == "sendPhoto" and "sendDocument" not in cut_off
    assert states(engine) == ["sending"]

    async with run_bot(*run) as harness:
        await restarted(harness)
        resent = methods(bot_api)[len(cut_off) :]
        assert resent == [*cut_off, "sendDocument"]  # the whole summary, once
        assert states(engine) == ["done"]
        await harness.rt.service.send_weekly_summary()  # the job again, the same week
    async with run_bot(*run) as harness:
        await restarted(harness)
    assert len(methods(bot_api)) == 2 * len(cut_off) + 1


async def test_a_summary_that_fails_again_is_not_sent_a_third_time(
    bot_api: TelegramEmulator, engine: Engine, clock: FakeClock, run: Started
) -> None:
    bot_api.drop_connection("sendDocument", times=None)
    async with run_bot(*run) as harness:
        harness.store(draft("1", None))
        clock.advance(timedelta(days=7))
        await harness.rt.service.send_weekly_summary()
    async with run_bot(*run) as harness:
        await restarted(harness)
    assert states(engine) == ["failed"]
    sent = len(methods(bot_api))
    bot_api.clear_faults()
    async with run_bot(*run) as harness:
        await restarted(harness)
    assert len(methods(bot_api)) == sent
