"""Fan-out: 1,000 reminders due, sent as fast as Telegram's flood limits allow.

    scripts/with-postgres.sh .venv/bin/python bench/fanout_bench.py [--reminders N]
        [--chats N] [--run N] [--grouped]

The real bot (``bot.app.build_application``: PTB with ``AIORateLimiter`` at Telegram's 30
messages a second, the one ``TelegramSender``, the reminder engine) runs against the Bot API
emulator with its flood limits on (30 msg/s overall, 1 msg/s per chat with a burst of 3, 20
msg/min per group: a request over them gets 429). The reminders go to one unit group per chat;
units lead ``--run`` consecutive tasks in turn (1: the next reminder goes to the next chat; 10:
each unit got ten tasks of one directive). By default each reminder falls due at an instant of
its own, one message each; ``--grouped``: all at one instant, and a unit's reminders go in one
message. Prints, per backend, messages and the tasks they carried (as the chats received
them) apart:

- paced: messages per second from the start of the delivery pass to its end, as a ratio to
  Telegram's 30 msg/s (goal >= 0.9), with the reminders lost, duplicated and refused with 429;
- capacity: the same pass with every limit off (PTB's and the emulator's), the headroom of
  the delivery loop itself.

The PostgreSQL half runs when NHACVIEC_TEST_PG_URL is set.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "bot"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support: the emulator
from bot_harness import reminded_tasks, store_burst, tally
from schedule_bench import backends, fresh

from bot.app import build_application, running, runtime_of
from db import read
from db.session import open_database, session_scope
from jobs.calendar import SystemClock
from jobs.config import BotSettings, Settings, TelegramSettings
from tests.support.emulator import TelegramEmulator

TELEGRAM_RATE = 30.0
OFFICE = -1001000
FIRST_CHAT = -1002000000
UNLIMITED = BotSettings(messages_per_second=0, group_messages_per_minute=0)


@dataclass(frozen=True)
class Pass:
    """One delivery pass: how long it took and what arrived."""

    seconds: float
    messages: int
    tasks: int
    rate: float
    lost: int
    duplicated: int
    refused: int
    pending: int


def settings_for(api: TelegramEmulator) -> Settings:
    """The bot pointed at the emulator, with an office chat."""
    return Settings(
        telegram=TelegramSettings(
            token=api.token,
            api_base_url=api.base_url,
            file_base_url=api.base_file_url,
            office_chat_id=OFFICE,
        )
    )


async def fan_out(
    url: str, reminders: int, chats: int, run: int, grouped: bool, *, limits: bool
) -> Pass:
    """Start the bot on an empty database, make ``reminders`` due, time the pass."""
    fresh(url).dispose()
    engine, clock = open_database(url), SystemClock()
    async with TelegramEmulator() as api:
        api.rate_limit(enabled=limits)
        application = build_application(
            settings_for(api),
            engine,
            clock,
            bot_settings=BotSettings() if limits else UNLIMITED,
            builder=api.app_builder(),
        )
        async with running(application):
            targets = [FIRST_CHAT - n for n in range(chats)]
            expected = store_burst(engine, clock, reminders, targets, run=run, grouped=grouped)
            started = time.perf_counter()
            await runtime_of(application).service.deliver_due()
            seconds = time.perf_counter() - started
        lost, duplicated = tally(api, expected)
        refused = sum(1 for call in api.calls if call.status == 429)
        delivered = [message for message in api.sent if message.chat_id in set(targets)]
        tasks = sum(len(reminded_tasks(message)) for message in delivered)
    with session_scope(engine) as session:
        pending = read.count_pending_reminders(session)
    engine.dispose()
    return Pass(
        seconds, len(delivered), tasks, len(delivered) / seconds, lost, duplicated, refused, pending
    )


def describe(label: str, figures: Pass) -> str:
    """One line of figures: messages and the tasks they carried, counted apart."""
    return (
        f"  {label}: {figures.messages:,} messages carrying {figures.tasks:,} tasks in "
        f"{figures.seconds:.1f} s = {figures.rate:.1f} messages/s, "
        f"{figures.tasks / figures.seconds:.1f} tasks/s "
        f"(ratio {figures.rate / TELEGRAM_RATE:.2f} of {TELEGRAM_RATE:.0f} msg/s); "
        f"lost {figures.lost}, duplicated {figures.duplicated}, 429 answers {figures.refused}, "
        f"left pending {figures.pending}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the fan-out on each available backend and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reminders", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--run", type=int, default=1, help="consecutive tasks per unit")
    parser.add_argument(
        "--grouped",
        action="store_true",
        help="all due at one instant: a unit's reminders go in one message (else one each)",
    )
    args = parser.parse_args(argv)
    shape = (args.reminders, args.chats, args.run, args.grouped)
    with tempfile.TemporaryDirectory() as folder:
        for name, url in backends(folder, "fanout.sqlite3"):
            paced = asyncio.run(fan_out(url, *shape, limits=True))
            capacity = asyncio.run(fan_out(url, *shape, limits=False))
            ok = paced.rate / TELEGRAM_RATE >= 0.9 and paced.lost + paced.duplicated == 0
            when = "at one instant (grouped)" if args.grouped else "each at its own instant"
            print(
                f"{name}: {args.reminders:,} reminders due {when}, {args.chats} group chats, "
                f"{args.run} in a row per unit (goal: ratio >= 0.9, none lost or duplicated: "
                f"{'OK' if ok else 'NOT MET'})"
            )
            print(describe("paced at Telegram's limits", paced))
            print(describe("capacity, limits off", capacity))
    return 0


if __name__ == "__main__":
    sys.exit(main())
