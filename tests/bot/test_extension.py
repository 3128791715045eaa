"""Extension requests: ⏳ → a proposed day → the office approves or refuses; the unit is told."""

from __future__ import annotations

from datetime import date, datetime

from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, UNIT_USER, Harness, draft
from sqlalchemy import select

from db.models import Reminder, Task
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE, end_of_local_day
from tests.support.emulator import RecordedMessage

FRIDAY_8AM = datetime(2024, 4, 5, 8, 0, tzinfo=LOCAL_ZONE)


async def request(harness: Harness, proposal: str) -> tuple[int, RecordedMessage]:
    """A reminder, ⏳ pressed, a day proposed; returns the task and the office's request."""
    [task_id] = harness.store(draft("1", date(2024, 4, 5)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.clock.set(FRIDAY_8AM)
    await harness.rt.service.deliver_due()
    harness.clock.set(FRIDAY_8AM.replace(hour=9))
    [reminder] = harness.sent(UNIT_CHAT)
    [prompt] = await harness.press(UNIT_CHAT, UNIT_USER, reminder.message_id, f"ext:{task_id}")
    assert "trả lời tin này" in prompt.plain_text
    assert prompt.reply_markup == {"force_reply": True, "selective": True}
    [sent] = await harness.say(UNIT_CHAT, UNIT_USER, proposal, reply_to=prompt.message_id)
    assert "Đã gửi đề nghị gia hạn" in sent.plain_text
    return task_id, harness.sent(OFFICE)[-1]


def deadline(harness: Harness, task_id: int) -> datetime:
    """A task's stored deadline."""
    with session_scope(harness.engine) as session:
        return session.get(Task, task_id).deadline


async def test_approved_extension_moves_the_deadline(harness: Harness) -> None:
    task_id, asked = await request(harness, "thứ 6 tuần sau, vì chờ số liệu của Sở")
    text = asked.plain_text
    assert f"Xin gia hạn nhiệm vụ #{task_id}" in text and "Đề xuất: 12/04/2024" in text
    assert "Lý do: vì chờ số liệu của Sở" in text and "Đơn vị: User 201 (Phòng Nội vụ)" in text
    assert [b["text"] for b in asked.buttons] == ["✅ Duyệt", "❌ Từ chối"]
    before = len(harness.sent(UNIT_CHAT))
    await harness.press(
        OFFICE, ADMIN, asked.message_id, asked.buttons[0]["callback_data"], expect=0
    )
    assert asked.plain_text.endswith("✅ Đã duyệt — User 900") and asked.buttons == []
    [told] = harness.sent(UNIT_CHAT)[before:]
    assert f"đã duyệt gia hạn nhiệm vụ #{task_id} đến 12/04/2024" in told.plain_text
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 12))
    with session_scope(harness.engine) as session:
        plan = session.scalars(
            select(Reminder.fire_at).where(
                Reminder.task_id == task_id,
                Reminder.sent_at.is_(None),
                Reminder.cancelled_at.is_(None),
            )
        ).all()
    assert min(plan) == datetime(2024, 4, 9, 8, 0, tzinfo=LOCAL_ZONE)  # 3 days before


async def test_refused_extension_changes_nothing(harness: Harness) -> None:
    task_id, asked = await request(harness, "20/4")
    before = len(harness.sent(UNIT_CHAT))
    await harness.press(
        OFFICE, ADMIN, asked.message_id, asked.buttons[1]["callback_data"], expect=0
    )
    assert "❌ Đã từ chối" in asked.plain_text
    [told] = harness.sent(UNIT_CHAT)[before:]
    assert "không đồng ý gia hạn" in told.plain_text and "hạn giữ nguyên" in told.plain_text
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 5))


async def test_bad_proposals_and_roles(harness: Harness) -> None:
    [task_id] = harness.store(draft("1", date(2024, 4, 30)))
    harness.link(NOI_VU, UNIT_CHAT)
    [unclear] = await harness.say(UNIT_CHAT, UNIT_USER, f"/giahan {task_id} khi nào rảnh")
    assert "Không hiểu ngày «khi nào rảnh»" in unclear.plain_text
    [earlier] = await harness.say(UNIT_CHAT, UNIT_USER, f"/giahan {task_id} 20/4")
    assert "phải sau hạn hiện tại (30/04/2024)" in earlier.plain_text
    [asked] = await harness.say(UNIT_CHAT, UNIT_USER, f"/giahan {task_id} 15/5")
    assert "Đã gửi đề nghị" in asked.plain_text
    request_message = harness.sent(OFFICE)[-1]
    assert "Đề xuất: 15/05/2024" in request_message.plain_text
    update = harness.api.callback(OFFICE, UNIT_USER, request_message.message_id, "ext:1")
    await harness.settle()
    answer = harness.api.callback_answers[update["callback_query"]["id"]]
    assert answer["text"] == "Lệnh này dành cho nhóm của đơn vị."
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 30))
