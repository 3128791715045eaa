"""Evidence (minh chứng): a unit closes a task with a file; the office requires and opens it."""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime

from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, UNIT_USER, Harness, draft
from PIL import Image
from sqlalchemy import select

from db.models import Task, TaskEvidence
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE
from tests.support.emulator import RecordedMessage

REPORT = b"%PDF-1.4 bao cao so 12/BC-PNV"


async def reminded(harness: Harness) -> tuple[int, RecordedMessage]:
    [task_id] = harness.store(draft("1", date(2024, 4, 12)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.clock.set(datetime(2024, 4, 5, 8, 0, tzinfo=LOCAL_ZONE))
    await harness.rt.service.deliver_due()
    [reminder] = harness.sent(UNIT_CHAT)
    harness.clock.set(datetime(2024, 4, 5, 9, 0, tzinfo=LOCAL_ZONE))
    return task_id, reminder


async def send_file(
    harness: Harness, caption: str | None, reply_to: int | None, *, expect: int = 1
) -> list[RecordedMessage]:
    before = len(harness.sent(UNIT_CHAT))
    harness.api.user_document(
        UNIT_CHAT,
        UNIT_USER,
        "bao-cao-12.pdf",
        REPORT,
        caption,
        chat_type="supergroup",
        reply_to_message_id=reply_to,
    )
    return await harness._new(UNIT_CHAT, before, expect)


def done_at(harness: Harness, task_id: int) -> datetime | None:
    with session_scope(harness.engine) as session:
        return session.get(Task, task_id).done_at


async def test_a_reply_with_a_file_and_xong_closes_the_task_and_keeps_the_file(
    harness: Harness,
) -> None:
    task_id, reminder = await reminded(harness)
    [done] = await send_file(harness, "Xong rồi ạ, báo cáo kèm theo", reminder.message_id)
    assert f"hoàn thành nhiệm vụ #{task_id}" in done.plain_text
    assert done_at(harness, task_id) is not None
    told = harness.sent(OFFICE)[-1].plain_text
    assert "📎 Minh chứng: bao-cao-12.pdf" in told and f"/task {task_id}" in told
    with session_scope(harness.engine) as session:
        [kept] = session.scalars(select(TaskEvidence)).all()
        assert kept.task_id == task_id and kept.file_name == "bao-cao-12.pdf"
        assert kept.file_size == len(REPORT) and kept.file_unique_id and kept.file_id
        assert kept.sha256 == hashlib.sha256(REPORT).hexdigest()
        file_id = kept.file_id
        # The completion note, the workbook's "Ghi chú", names the file.
        note = session.get(Task, task_id).completion_note
        assert note == "báo cáo kèm theo — minh chứng: bao-cao-12.pdf"

    [details] = await harness.say(ADMIN, ADMIN, f"/task {task_id}")
    assert "Minh chứng" in details.plain_text and "bao-cao-12.pdf" in details.plain_text
    [button] = details.buttons
    assert button["text"] == "📎 Mở minh chứng 1"
    [opened] = await harness.press(ADMIN, ADMIN, details.message_id, button["callback_data"])
    assert opened.method == "sendDocument" and opened.data == REPORT
    assert opened.message["document"]["file_id"] == file_id
    # A unit sees the list, without the office's button.
    [unit_view] = await harness.say(UNIT_CHAT, UNIT_USER, f"/task {task_id}")
    assert "bao-cao-12.pdf" in unit_view.plain_text and unit_view.buttons == []


async def test_required_evidence_asks_for_a_file_and_the_file_closes(harness: Harness) -> None:
    task_id, reminder = await reminded(harness)
    [set_rule] = await harness.say(ADMIN, ADMIN, "/minhchung vb 1")
    assert "văn bản #1 cần minh chứng" in set_rule.plain_text
    [asked] = await harness.say(UNIT_CHAT, UNIT_USER, "xong", reply_to=reminder.message_id)
    assert "cần có minh chứng" in asked.plain_text and "trả lời tin này" in asked.plain_text
    assert done_at(harness, task_id) is None
    [pressed] = await harness.press(UNIT_CHAT, UNIT_USER, reminder.message_id, f"done:{task_id}")
    assert "cần có minh chứng" in pressed.plain_text and done_at(harness, task_id) is None
    [done] = await send_file(harness, None, asked.message_id)
    assert f"hoàn thành nhiệm vụ #{task_id}" in done.plain_text
    assert done_at(harness, task_id) is not None
    # The office may close it without a file; a rule can be lifted.
    [lifted] = await harness.say(ADMIN, ADMIN, "/minhchung vb 1 tắt")
    assert "Đã bỏ yêu cầu minh chứng cho văn bản #1" in lifted.plain_text


async def test_a_file_without_xong_or_a_question_is_left_alone(harness: Harness) -> None:
    task_id, reminder = await reminded(harness)
    await send_file(harness, "Gửi các anh chị tham khảo", reminder.message_id, expect=0)
    assert done_at(harness, task_id) is None
    [unclear] = await send_file(harness, "xong", None)
    assert "Chưa rõ tệp này là minh chứng của nhiệm vụ nào" in unclear.plain_text
    [named] = await send_file(harness, f"xong #{task_id}", None)
    assert f"hoàn thành nhiệm vụ #{task_id}" in named.plain_text


async def test_a_task_rule_and_its_refusals(harness: Harness) -> None:
    task_id, _ = await reminded(harness)
    [usage] = await harness.say(ADMIN, ADMIN, "/minhchung")
    assert "Cách dùng" in usage.plain_text
    [missing] = await harness.say(ADMIN, ADMIN, "/minhchung 999")
    assert "Không có nhiệm vụ #999" in missing.plain_text
    [rule] = await harness.say(ADMIN, ADMIN, f"/minhchung {task_id}")
    assert f"nhiệm vụ #{task_id} cần minh chứng" in rule.plain_text
    [asked] = await harness.say(UNIT_CHAT, UNIT_USER, f"/xong {task_id}")
    assert "cần có minh chứng" in asked.plain_text
    [done] = await send_file(harness, None, None)  # the file sent next answers the question
    assert f"hoàn thành nhiệm vụ #{task_id}" in done.plain_text


def phone_photo() -> bytes:
    """A small JPEG, as a phone camera would send it."""
    buffer = io.BytesIO()
    Image.new("RGB", (160, 120), (240, 240, 230)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


async def test_a_photo_captioned_xong_in_reply_to_the_reminder_closes_and_is_kept(
    harness: Harness,
) -> None:
    task_id, reminder = await reminded(harness)
    photo = phone_photo()
    before = len(harness.sent(UNIT_CHAT))
    update = harness.api.user_photo(
        UNIT_CHAT, UNIT_USER, photo, "xong", reply_to_message_id=reminder.message_id
    )
    sizes = update["message"]["photo"]
    assert len(sizes) == 2 and sizes[0]["width"] < sizes[-1]["width"]
    [done] = await harness._new(UNIT_CHAT, before, 1)
    assert f"hoàn thành nhiệm vụ #{task_id}" in done.plain_text
    assert done_at(harness, task_id) is not None
    with session_scope(harness.engine) as session:
        [kept] = session.scalars(select(TaskEvidence)).all()
        assert kept.kind == "photo" and kept.task_id == task_id
        assert kept.file_id == sizes[-1]["file_id"]  # the largest size
        assert kept.sha256 == hashlib.sha256(photo).hexdigest()
        assert kept.file_name.endswith(".jpg")
    [details] = await harness.say(ADMIN, ADMIN, f"/task {task_id}")
    assert kept.file_name in details.plain_text
    [opened] = await harness.press(ADMIN, ADMIN, details.message_id,
                                   details.buttons[0]["callback_data"])
    assert opened.method == "sendPhoto"
