"""Buttons reflect the state: a task closed by any route loses ✅/⏳ on its earlier reminders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, UNIT_USER, Harness, draft

from jobs.calendar import LOCAL_ZONE


async def two_reminders(harness: Harness) -> tuple[int, list[int]]:
    """A task reminded on two days; returns it and the reminders' message ids."""
    [task_id] = harness.store(draft("1", date(2024, 4, 12)))
    harness.link(NOI_VU, UNIT_CHAT)
    for day in (5, 9):
        harness.clock.set(datetime(2024, 4, day, 8, 0, tzinfo=LOCAL_ZONE))
        await harness.rt.service.deliver_due()
    reminders = [m for m in harness.sent(UNIT_CHAT) if m.buttons]
    assert len(reminders) == 2
    assert [b["text"] for b in reminders[0].buttons] == ["✅ Xong", "⏳ Xin gia hạn"]
    harness.clock.advance(timedelta(hours=1))
    return task_id, [m.message_id for m in reminders]


async def test_a_typed_xong_clears_the_earlier_reminders(harness: Harness) -> None:
    task_id, ids = await two_reminders(harness)
    [done] = await harness.say(UNIT_CHAT, UNIT_USER, "Đã xong ạ", reply_to=ids[-1])
    assert f"hoàn thành nhiệm vụ #{task_id}" in done.plain_text
    await harness.api.wait_until(
        lambda: all(not m.buttons for m in harness.sent(UNIT_CHAT) if m.message_id in ids)
    )


async def test_the_office_closing_clears_them_too(harness: Harness) -> None:
    task_id, ids = await two_reminders(harness)
    await harness.say(ADMIN, ADMIN, f"/done {task_id}")
    await harness.api.wait_until(
        lambda: all(not m.buttons for m in harness.sent(UNIT_CHAT) if m.message_id in ids)
    )


async def test_a_chat_that_fails_does_not_hold_up_the_answer(harness: Harness) -> None:
    task_id, _ = await two_reminders(harness)
    harness.api.fail_server_error("editMessageReplyMarkup", 500, times=None)
    [done] = await harness.say(UNIT_CHAT, UNIT_USER, f"/xong {task_id}")
    assert f"hoàn thành nhiệm vụ #{task_id}" in done.plain_text
    assert f"#{task_id}" in harness.sent(OFFICE)[-1].plain_text
    assert not any("Có lỗi" in (m.plain_text or "") for m in harness.api.sent)
