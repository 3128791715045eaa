"""Bot API faults during a burst of reminders: everything arrives, and only once.

The emulator answers 429 with retry_after, 500 and 502, drops connections and answers after
the client's read timeout. A request that failed without taking effect is retried and the
reminder arrives once. A request that took effect but whose answer came too late cannot be
told apart from one that never arrived (sendMessage has no idempotency key): the bot retries
it, so each such timeout can make one duplicate. That bound is what the second test pins.

SQLite only: the faults are the transport's; the bookkeeping of failed deliveries runs on
both backends in tests/store/test_store_schedule.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from bot_fixtures import run_bot
from bot_harness import Harness, store_burst, tally

from db import read
from db.session import session_scope
from tests.support.emulator import Fault, FaultKind, FaultRule, TelegramEmulator

REMINDERS = 30
CHATS = [-1004000000 - n for n in range(10)]
READ_TIMEOUT = 0.3
SLOW = READ_TIMEOUT * 2
PASSES = 8  # delivery passes, as the minute sync would run them

pytestmark = pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)


@pytest.fixture
async def impatient(bot_api, engine, clock, settings, bot_settings) -> AsyncIterator[Harness]:
    """The bot with a short read timeout, so that slow answers time out quickly."""
    builder = bot_api.app_builder(read_timeout=READ_TIMEOUT)
    async with run_bot(bot_api, engine, clock, settings, bot_settings, builder) as harness:
        yield harness


async def deliver_everything(harness: Harness) -> int:
    """Run delivery passes until nothing is pending; returns the passes it took.

    It returns once the emulator has answered every request too: a late answer the client no
    longer waits for is logged only when it is given (up to ``SLOW`` after the pass ends).
    """
    for attempt in range(1, PASSES + 1):
        await harness.rt.service.deliver_due()
        with session_scope(harness.engine) as session:
            if read.count_pending_reminders(session) == 0:
                await harness.api.wait_until(lambda: harness.api.answering == 0)
                return attempt
    raise AssertionError(f"reminders still pending after {PASSES} passes")


def faults_that_do_not_deliver(api: TelegramEmulator, attempts: int) -> list[FaultRule]:
    """429s, server errors, dropped connections and late answers that never took effect.

    The first chat's first message fails all ``attempts`` of the first pass: it goes out at
    the next one.
    """
    def sometimes(fault: Fault, probability: float) -> FaultRule:
        """A fault on a share of sendMessage requests, without end."""
        return api.inject_fault("sendMessage", fault, times=None, probability=probability)

    return [
        api.fail_server_error("sendMessage", 500, times=attempts, chat_id=CHATS[0]),
        api.fail_too_many_requests("sendMessage", retry_after=1, times=2),
        sometimes(Fault(FaultKind.STATUS, status=500), 0.15),
        sometimes(Fault(FaultKind.STATUS, status=502), 0.05),
        sometimes(Fault(FaultKind.DROP), 0.1),
        api.inject_fault(
            "sendMessage", Fault(FaultKind.SLOW, seconds=SLOW, deliver=False), times=3
        ),
    ]


def ok_sends(api: TelegramEmulator) -> int:
    """sendMessage requests answered 200."""
    return sum(1 for call in api.calls if call.method == "sendMessage" and call.status == 200)


def unseen_sends(api: TelegramEmulator) -> int:
    """sendMessage requests that took effect after the client had timed out: the slow rules',
    and any other answer the shared machine made later than ``READ_TIMEOUT``."""
    return sum(
        1
        for call in api.calls
        if call.method == "sendMessage" and call.status == 200 and call.abandoned
    )


async def test_faults_that_did_not_deliver_leave_no_duplicate(
    impatient: Harness, reliability_report: list[str]
) -> None:
    harness, api = impatient, impatient.api
    expected = store_burst(harness.engine, harness.clock, REMINDERS, CHATS)
    rules = faults_that_do_not_deliver(api, harness.rt.bot_settings.send_attempts)
    passes = await deliver_everything(harness)
    lost, duplicated = tally(api, expected)
    hits = [rule.hits for rule in rules]
    reliability_report.append(
        f"Bot API faults (429, 500, 502, dropped, slow undelivered: {hits} hits) on "
        f"{REMINDERS} reminders: {passes} pass(es), {lost} lost, {duplicated} duplicated"
    )
    assert all(hits) and passes == 2, (hits, passes)
    # No duplicate but those of a send that took effect unseen (none, unless the machine
    # answered some request later than the client's timeout).
    unseen = unseen_sends(api)
    assert (lost, duplicated) == (0, unseen)
    assert ok_sends(api) == REMINDERS + unseen  # no request seen to succeed was sent again


async def test_a_late_answer_after_delivery_duplicates_at_most_once_per_timeout(
    impatient: Harness, reliability_report: list[str]
) -> None:
    harness, api = impatient, impatient.api
    expected = store_burst(harness.engine, harness.clock, REMINDERS, CHATS)
    late = api.slow("sendMessage", SLOW, deliver=True, times=3)
    await deliver_everything(harness)
    lost, duplicated = tally(api, expected)
    reliability_report.append(
        f"answers later than the {READ_TIMEOUT}s timeout, message delivered: {late.hits} "
        f"timeouts, {lost} lost, {duplicated} duplicated (bound: one per such timeout)"
    )
    unseen = unseen_sends(api)  # the three late ones, and any the loaded machine made late
    assert lost == 0 and late.hits == 3 and unseen >= late.hits
    assert duplicated == unseen
    assert ok_sends(api) == REMINDERS + unseen  # the late ones took effect, unseen
