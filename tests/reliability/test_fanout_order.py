"""A burst of reminders takes the chats in turn, so that one busy chat does not stall the rest.

Telegram allows about one message a second in one chat (short bursts aside) and thirty a
second overall. The delivery pass sends one message at a time, which keeps a crash to at most
one duplicate; it reaches 30 msg/s only if consecutive messages go to different chats.
Reminders due at the same instant are taken in id order today, and ids follow the directive:
a unit with ten tasks gets its ten reminders back to back, each after a 429 and a wait
(bench/fanout_bench.py --run 10: 0.05 of Telegram's rate instead of 1.03).
"""

from __future__ import annotations

from itertools import pairwise

from bot_harness import Harness, store_burst, tally

CHATS = [-1005000000 - n for n in range(4)]
RUN = 10  # tasks of one unit in a row, as a directive lists them


async def test_a_burst_takes_the_chats_in_turn(harness: Harness) -> None:
    expected = store_burst(harness.engine, harness.clock, RUN * len(CHATS), CHATS, run=RUN)
    await harness.rt.service.deliver_due()
    assert tally(harness.api, expected) == (0, 0)
    order = [m.chat_id for m in harness.api.sent if m.chat_id in CHATS]
    assert all(first != second for first, second in pairwise(order)), order
