"""Reminders arrive with their buttons; "xong" closes a task once; the office can reopen it."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from bot_harness import (
    ADMIN,
    NOI_VU,
    OFFICE,
    OTHER_CHAT,
    OTHER_USER,
    TU_PHAP,
    UNIT_CHAT,
    UNIT_USER,
    Harness,
    draft,
    store_directive,
)
from sqlalchemy import Engine, func, select

from db.models import AuditEntry, Reminder, Task
from db.session import session_scope
from db.write import close_task
from jobs.calendar import LOCAL_ZONE, FakeClock
from jobs.model import StoreError
from tests.support.emulator import RecordedMessage

FRIDAY_8AM = datetime(2024, 4, 5, 8, 0, tzinfo=LOCAL_ZONE)


async def deliver_at(harness: Harness, instant: datetime) -> None:
    """Move the clock and let the reminder engine send what is due."""
    harness.clock.set(instant)
    await harness.rt.service.deliver_due()


def task_row(engine: Engine, task_id: int) -> Task:
    """A task as stored."""
    with session_scope(engine) as session:
        return session.get(Task, task_id)


def pending(engine: Engine, task_id: int) -> int:
    """How many of a task's reminders are still to go out."""
    with session_scope(engine) as session:
        return session.scalar(
            select(func.count())
            .select_from(Reminder)
            .where(Reminder.task_id == task_id, Reminder.sent_at.is_(None))
            .where(Reminder.cancelled_at.is_(None))
        )


async def reminded(harness: Harness, *tasks) -> tuple[list[int], RecordedMessage]:
    """Phòng Nội vụ's group linked, tasks stored, Friday's reminders sent; the first one."""
    ids = harness.store(*(tasks or (draft("1", date(2024, 4, 5), support=(TU_PHAP,)),)))
    harness.link(NOI_VU, UNIT_CHAT)
    await deliver_at(harness, FRIDAY_8AM)
    return ids, harness.sent(UNIT_CHAT)[0]


async def test_reminder_arrives_with_text_and_buttons(harness: Harness) -> None:
    [task_id], reminder = await reminded(harness)
    text = reminder.plain_text
    assert f"Nhiệm vụ #{task_id} (mục 1): Báo cáo kết quả thực hiện 1" in text
    assert "Văn bản: 12/TB-UBND Thông báo kết luận <họp> & giao ban" in text  # escaped
    assert "hôm nay là hạn cuối" in text and "Hạn cuối: 23:59 05/04/2024" in text
    assert "Đơn vị phối hợp: Phòng Tư pháp" in text
    assert reminder.parse_mode == "HTML"
    assert [(b["text"], b["callback_data"]) for b in reminder.buttons] == [
        ("✅ Xong", f"done:{task_id}"),
        ("⏳ Xin gia hạn", f"ext:{task_id}"),
    ]


async def test_reply_xong_closes_the_task_once(harness: Harness) -> None:
    [task_id], reminder = await reminded(harness)
    [confirmed] = await harness.say(
        UNIT_CHAT,
        UNIT_USER,
        "Xong rồi ạ, đã gửi báo cáo số 12/BC-UBND",
        reply_to=reminder.message_id,
    )
    assert f"hoàn thành nhiệm vụ #{task_id} (đúng hạn)" in confirmed.plain_text
    task = task_row(harness.engine, task_id)
    assert (
        task.done_at == harness.clock.now()
        and task.completion_note == "đã gửi báo cáo số 12/BC-UBND"
    )
    assert pending(harness.engine, task_id) == 0
    [notice] = harness.sent(OFFICE)
    assert f"#{task_id} đã hoàn thành — đúng hạn" in notice.plain_text
    assert "User 201 (Phòng Nội vụ) lúc 08:00 05/04/2024" in notice.plain_text
    assert notice.buttons[0]["callback_data"] == f"reopen:{task_id}"

    [again] = await harness.say(UNIT_CHAT, UNIT_USER, "xong", reply_to=reminder.message_id)
    assert "đã được báo hoàn thành ngày 05/04/2024 rồi; không thay đổi gì" in again.plain_text
    assert len(harness.sent(OFFICE)) == 1


@pytest.mark.parametrize("text", ["chưa xong", "sắp xong ạ", "xong chưa?", "gần xong rồi"])
async def test_negations_and_hedges_close_nothing(harness: Harness, text: str) -> None:
    [task_id], reminder = await reminded(harness)
    assert (
        await harness.say(UNIT_CHAT, UNIT_USER, text, reply_to=reminder.message_id, expect=0) == []
    )
    assert task_row(harness.engine, task_id).done_at is None


WHOLE_QUESTION = "Đơn vị đã hoàn thành toàn bộ nhiệm vụ #{task} chưa?"


@pytest.mark.parametrize(
    "text", ["xong sau nhé", "Em xong sau nhé", "xong phần 1", "được 2/3 rồi", "xong dau"]
)
async def test_a_hedged_xong_asks_whether_the_whole_task_is_done(
    harness: Harness, text: str
) -> None:
    [task_id], reminder = await reminded(harness)
    [asked] = await harness.say(UNIT_CHAT, UNIT_USER, text, reply_to=reminder.message_id)
    assert WHOLE_QUESTION.format(task=task_id) in asked.plain_text
    assert [b["text"] for b in asked.buttons] == ["✅ Đã hoàn thành toàn bộ", "⏳ Chưa"]
    assert task_row(harness.engine, task_id).done_at is None and harness.sent(OFFICE) == []


async def test_whole_closes_the_task_and_not_yet_changes_nothing(harness: Harness) -> None:
    [first, second], reminder = await reminded(
        harness, draft("1", date(2024, 4, 5)), draft("2", date(2024, 4, 30))
    )
    # Named in the text ("#"): ⏳ Chưa answers politely, the task and its reminders stay.
    [asked] = await harness.say(UNIT_CHAT, UNIT_USER, f"xong #{second} phần 1")
    assert WHOLE_QUESTION.format(task=second) in asked.plain_text
    waiting = pending(harness.engine, second)
    [polite] = await harness.press(UNIT_CHAT, UNIT_USER, asked.message_id, f"notyet:{second}")
    assert f"nhiệm vụ #{second} vẫn đang thực hiện; bot sẽ tiếp tục nhắc" in polite.plain_text
    assert task_row(harness.engine, second).done_at is None
    assert pending(harness.engine, second) == waiting and asked.buttons == []
    # In reply to the reminder: ✅ closes it, as a plain "xong" would.
    [asked] = await harness.say(UNIT_CHAT, UNIT_USER, "Dạ mới được 2/3 xã ạ",
                                reply_to=reminder.message_id)
    assert WHOLE_QUESTION.format(task=first) in asked.plain_text
    [done] = await harness.press(UNIT_CHAT, UNIT_USER, asked.message_id, f"whole:{first}")
    assert f"Đã ghi nhận hoàn thành nhiệm vụ #{first}" in done.plain_text
    assert task_row(harness.engine, first).done_at is not None and asked.buttons == []
    assert f"#{first} đã hoàn thành" in harness.sent(OFFICE)[-1].plain_text
    # Not a reply, several tasks open (or none of this unit's): no question, nothing closed.
    await harness.say(UNIT_CHAT, UNIT_USER, "xong sau nhé", expect=0)
    await harness.say(OTHER_CHAT, OTHER_USER, f"xong #{second} sau", expect=0)


async def test_whole_on_a_task_that_requires_evidence_asks_for_the_file(
    harness: Harness,
) -> None:
    [task_id], reminder = await reminded(harness)
    await harness.say(ADMIN, ADMIN, f"/minhchung {task_id}")
    [asked] = await harness.say(UNIT_CHAT, UNIT_USER, "xong phần 1",
                                reply_to=reminder.message_id)
    [wanted] = await harness.press(UNIT_CHAT, UNIT_USER, asked.message_id, f"whole:{task_id}")
    assert "cần có minh chứng" in wanted.plain_text
    assert task_row(harness.engine, task_id).done_at is None


async def test_bare_xong_asks_which_task_and_keeps_the_note(harness: Harness) -> None:
    ids, _ = await reminded(
        harness, draft("1", date(2024, 4, 5)), draft("2", date(2024, 4, 30)), draft("3", None)
    )
    [question] = await harness.say(UNIT_CHAT, UNIT_USER, "xong, đã nộp qua hệ thống")
    assert "3 nhiệm vụ chưa hoàn thành" in question.plain_text
    assert [b["callback_data"] for b in question.buttons] == [f"done:{i}" for i in ids]
    [confirmed] = await harness.press(UNIT_CHAT, UNIT_USER, question.message_id, f"done:{ids[1]}")
    assert f"#{ids[1]}" in confirmed.plain_text and question.buttons == []
    assert task_row(harness.engine, ids[1]).completion_note == "đã nộp qua hệ thống"
    assert task_row(harness.engine, ids[0]).done_at is None


async def test_bare_xong_with_one_open_task_closes_it(harness: Harness) -> None:
    [task_id], _ = await reminded(harness)
    [confirmed] = await harness.say(UNIT_CHAT, UNIT_USER, "Đã hoàn thành")
    assert f"#{task_id}" in confirmed.plain_text
    assert task_row(harness.engine, task_id).done_at is not None


async def test_another_units_task_is_not_closed(harness: Harness) -> None:
    [task_id], _ = await reminded(harness)  # Phòng Tư pháp only supports it
    harness.link(TU_PHAP, OTHER_CHAT)
    [refused] = await harness.say(OTHER_CHAT, OTHER_USER, f"/xong {task_id}")
    assert "không do đơn vị của nhóm này chủ trì; không thay đổi gì" in refused.plain_text
    [unknown] = await harness.say(OTHER_CHAT, OTHER_USER, "/xong 999")
    assert "Không có nhiệm vụ #999" in unknown.plain_text
    assert task_row(harness.engine, task_id).done_at is None


async def test_two_presses_at_once_are_recorded_once(harness: Harness) -> None:
    [task_id], reminder = await reminded(harness)
    for _ in range(2):
        harness.api.callback(UNIT_CHAT, UNIT_USER, reminder.message_id, f"done:{task_id}")
    await harness.api.wait_for_messages(3, chat_id=UNIT_CHAT)
    await harness.settle()
    answers = [m.plain_text for m in harness.sent(UNIT_CHAT)[1:]]
    assert "Đã ghi nhận hoàn thành" in answers[0] and "không thay đổi gì" in answers[1]
    assert len(harness.sent(OFFICE)) == 1 and reminder.buttons == []
    with session_scope(harness.engine) as session:
        closes = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "task.complete")
        )
    assert closes == 1


def test_concurrent_closes_are_recorded_once(engine: Engine, clock: FakeClock) -> None:
    [task_id] = store_directive(engine, clock, draft("1", date(2024, 4, 5)))
    barrier, outcomes = threading.Barrier(2), []

    def close() -> None:
        """One closer, in its own thread and unit of work."""
        barrier.wait()
        try:
            with session_scope(engine) as session:
                close_task(session, task_id, by="t", at=clock.now(), note=None, unit_ids=None)
            outcomes.append("closed")
        except StoreError:
            outcomes.append("refused")

    threads = [threading.Thread(target=close) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["closed", "refused"]


async def test_office_closes_reopens_and_returns(harness: Harness) -> None:
    [task_id], _ = await reminded(harness)
    [done] = await harness.say(ADMIN, ADMIN, f"/done {task_id} theo báo cáo miệng")
    assert "Đã ghi nhận hoàn thành" in done.plain_text
    assert "Văn phòng đã ghi nhận hoàn thành" in harness.sent(UNIT_CHAT)[-1].plain_text
    [reopened] = await harness.say(ADMIN, ADMIN, f"/reopen {task_id} thiếu phụ lục")
    assert "Đã trả lại nhiệm vụ" in reopened.plain_text
    assert task_row(harness.engine, task_id).done_at is None
    assert pending(harness.engine, task_id) > 0  # reminders resume
    assert "Lý do: thiếu phụ lục" in harness.sent(UNIT_CHAT)[-1].plain_text

    await harness.say(UNIT_CHAT, UNIT_USER, f"/xong {task_id}")
    notice = harness.sent(OFFICE)[-1]
    [returned] = await harness.say(
        OFFICE, ADMIN, "Trả lại, thiếu số liệu quý I", reply_to=notice.message_id
    )
    assert f"Đã trả lại nhiệm vụ #{task_id}" in returned.plain_text
    assert "Lý do: thiếu số liệu quý I" in harness.sent(UNIT_CHAT)[-1].plain_text
    assert task_row(harness.engine, task_id).done_at is None
    [twice] = await harness.say(ADMIN, ADMIN, f"/reopen {task_id}")
    assert "chưa hoàn thành, không cần mở lại" in twice.plain_text


async def test_escalation_and_remind_now(harness: Harness) -> None:
    [task_id], _ = await reminded(harness)
    await deliver_at(harness, datetime(2024, 4, 10, 8, 0, tzinfo=LOCAL_ZONE))
    [escalation] = [m for m in harness.sent(OFFICE) if "BÁO VĂN PHÒNG" in m.plain_text]
    assert "quá hạn 5 ngày" in escalation.plain_text
    assert escalation.buttons == [{"text": "🔔 Nhắc ngay", "callback_data": f"remind:{task_id}"}]
    before = len(harness.sent(UNIT_CHAT))
    [answer] = await harness.press(OFFICE, ADMIN, escalation.message_id, f"remind:{task_id}")
    assert "Đã gửi nhắc" in answer.plain_text
    [again] = harness.sent(UNIT_CHAT)[before:]
    assert "CHƯA HOÀN THÀNH: quá hạn 5 ngày" in again.plain_text

    [late] = await harness.say(UNIT_CHAT, UNIT_USER, "xong", reply_to=again.message_id)
    assert "(muộn 5 ngày)" in late.plain_text
    assert "muộn 5 ngày" in harness.sent(OFFICE)[-1].plain_text
    [answer] = await harness.say(ADMIN, ADMIN, f"/nhac {task_id}")
    assert "đã hoàn thành, không cần nhắc" in answer.plain_text
