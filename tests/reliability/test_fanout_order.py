"""A unit gets one message per fire time, not one per task, and the units take turns.

Telegram allows about one message a second in one chat (short bursts aside) and thirty a
second overall, and a unit with twenty-five overdue tasks does not read twenty-five messages.
The reminders a chat gets at one fire time go in one message listing the tasks, each with its
own ✅ and ⏳ buttons, split within Telegram's limits; consecutive messages go to different
chats, so that one busy chat does not stall the rest.
"""

from __future__ import annotations

from bot_harness import Harness, reminded_tasks, store_burst, tally

CHATS = [-1005000000 - n for n in range(4)]
RUN = 10  # tasks of one unit in a row, as a directive lists them


async def test_a_units_reminders_at_one_time_go_in_one_message(harness: Harness) -> None:
    """Ten tasks of one unit due at one instant: one message listing them, per chat, with a
    ✅ and a ⏳ for each task on a row of its own."""
    expected = store_burst(
        harness.engine, harness.clock, RUN * len(CHATS), CHATS, run=RUN, grouped=True
    )
    await harness.rt.service.deliver_due()
    assert tally(harness.api, expected) == (0, 0)
    sent = [m for m in harness.api.sent if m.chat_id in CHATS]
    assert [m.chat_id for m in sent] == CHATS  # one message per unit, the units in turn
    for message in sent:
        tasks = reminded_tasks(message)
        assert len(tasks) == RUN and f"{RUN} nhiệm vụ" in message.plain_text
        rows = message.reply_markup["inline_keyboard"]
        assert [[b["callback_data"] for b in row] for row in rows] == [
            [f"done:{task}", f"ext:{task}"] for task in tasks
        ]
        assert all(len(b["callback_data"].encode()) <= 64 for row in rows for b in row)


async def test_a_long_list_is_split(harness: Harness) -> None:
    """25 tasks of one unit at one instant: three messages (10, 10, 5), each within Telegram's
    limits, every task once."""
    expected = store_burst(harness.engine, harness.clock, 25, CHATS[:1], grouped=True)
    await harness.rt.service.deliver_due()
    assert tally(harness.api, expected) == (0, 0)
    sent = harness.sent(CHATS[0])
    assert [len(reminded_tasks(m)) for m in sent] == [10, 10, 5]
    assert all(len(m.text) <= 4096 for m in sent)
