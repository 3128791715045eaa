"""A late or old directive: the preview says which deadlines are past and how long ago, and the
office chooses to nag them as overdue (one grouped nag per unit, the escalation at once when
past the threshold) or to store them as history, without reminders."""

from __future__ import annotations

from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, Harness, draft, reminded_tasks
from sqlalchemy import func, select

from db.models import Reminder, Task
from db.session import session_scope

# The harness's clock: Thursday 04/04/2024, 09:00 local time.
LATE = """ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN
Số: 21/TB-UBND
Cẩm Xuyên, ngày {issued}
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện
1. Giao Phòng Nội vụ báo cáo việc tuyển dụng trước ngày {first}.
2. Giao Phòng Nội vụ rà soát biên chế, báo cáo trước ngày {second}.
3. Giao Phòng Nội vụ tổng kết thi đua trước ngày 30/4/2024.
"""
RECENT = LATE.format(issued="01 tháng 3 năm 2024", first="06/3/2024", second="04/4/2024")
OLD = LATE.format(issued="02 tháng 10 năm 2023", first="20/10/2023", second="30/10/2023")


def linked(harness: Harness) -> None:
    """Phòng Nội vụ known (a task without deadline) and its group linked."""
    harness.store(draft("0", None), number="1/TB-UBND")
    harness.link(NOI_VU, UNIT_CHAT)


def buttons(message) -> list[str]:
    """The callback data under a message."""
    return [button["callback_data"] for button in message.buttons]


async def test_a_late_directive_nags_once_per_unit_and_escalates_at_once(
    harness: Harness,
) -> None:
    linked(harness)
    [preview] = await harness.upload(OFFICE, ADMIN, "tb21.txt", RECENT.encode())
    text = preview.plain_text
    assert "2 nhiệm vụ đã quá hạn khi nhập (hạn cuối từ 1 đến 30 ngày trước)" in text
    assert "Mặc định các nhiệm vụ đã quá hạn được nhắc như nhiệm vụ quá hạn" in text
    number = buttons(preview)[0].split(":")[2]
    assert buttons(preview) == [f"ing:nag:{number}", f"ing:history:{number}", f"ing:no:{number}"]

    # The escalation may reach the office right after the answer (stored tasks are due now).
    answers = await harness.press(OFFICE, ADMIN, preview.message_id, f"ing:nag:{number}")
    [stored] = [m for m in answers if "Đã lưu văn bản" in m.plain_text]
    assert "nhắc như nhiệm vụ quá hạn" in stored.plain_text
    await harness.rt.service.deliver_due()
    [nag] = harness.sent(UNIT_CHAT)  # the two past tasks in one message, the third not yet
    with session_scope(harness.engine) as session:
        ids = session.scalars(select(Task.id).order_by(Task.id)).all()[1:]
    assert reminded_tasks(nag) == ids[:2] and "quá hạn" in nag.plain_text
    escalated = [m for m in harness.sent(OFFICE) if "BÁO VĂN PHÒNG" in m.plain_text]
    assert [reminded_tasks(m) for m in escalated] == [ids[:1]]  # 06/3 is past the threshold


async def test_an_old_directive_is_stored_as_history(harness: Harness) -> None:
    linked(harness)
    [preview] = await harness.upload(OFFICE, ADMIN, "tb21.txt", OLD.encode())
    text = preview.plain_text
    assert "2 nhiệm vụ đã quá hạn khi nhập" in text
    assert "đã hơn 90 ngày" in text and "lưu làm lịch sử, không nhắc" in text
    number = buttons(preview)[0].split(":")[2]
    [stored] = await harness.press(OFFICE, ADMIN, preview.message_id, f"ing:history:{number}")
    assert "lưu làm lịch sử" in stored.plain_text
    await harness.rt.service.deliver_due()
    assert harness.sent(UNIT_CHAT) == []
    with session_scope(harness.engine) as session:
        history = session.scalars(select(Task.history_at).order_by(Task.id)).all()[1:]
        assert [at is not None for at in history] == [True, True, False]
        assert session.scalar(select(func.count()).select_from(Reminder)) > 0  # the third's
