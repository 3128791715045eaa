"""One deadline shown everywhere: the preview, /tasks, /task and the reminder give the same
closing instant, with the directive's own phrase beside it."""

from __future__ import annotations

from bot_harness import ADMIN, UNIT_CHAT, Harness
from test_ingest import DIRECTIVE

SHOWN = "hạn cuối: 23:59 29/04/2024 (văn bản: hoàn thành trước ngày 30/4/2024)"


async def test_the_preview_lists_task_and_reminder_agree(harness: Harness) -> None:
    [preview] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    assert f"Phòng Nội vụ — {SHOWN}" in preview.plain_text
    [stored] = await harness.say(ADMIN, ADMIN, "xác nhận")
    assert "Đã lưu văn bản #1" in stored.plain_text
    harness.link("Phòng Nội vụ", UNIT_CHAT)

    [listed] = await harness.say(ADMIN, ADMIN, "/tasks")
    assert "#1 Phòng Nội vụ: Rà soát" in listed.plain_text and SHOWN in listed.plain_text
    assert "còn 25 ngày đến hạn" in listed.plain_text
    [details] = await harness.say(ADMIN, ADMIN, "/task 1")
    assert SHOWN[0].upper() + SHOWN[1:] in details.plain_text
    await harness.say(ADMIN, ADMIN, "/nhac 1")
    [reminder] = await harness.api.wait_for_messages(1, chat_id=UNIT_CHAT)
    assert SHOWN[0].upper() + SHOWN[1:] in reminder.plain_text
    for text in (preview.plain_text, listed.plain_text, details.plain_text, reminder.plain_text):
        assert "30/04/2024" not in text  # never the day after the last one as "hạn"


async def test_not_yet_registered_and_unknown_to_the_catalogue_are_told_apart(
    harness: Harness,
) -> None:
    await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    [stored] = await harness.say(ADMIN, ADMIN, "xác nhận")
    text = stored.plain_text
    assert "Đơn vị mới, chưa có trong danh mục" not in text
    _, _, rest = text.partition("lần đầu được giao việc nên nay mới đăng ký vào hệ thống: ")
    registered = rest.split("\n")[0]
    assert "Phòng Nội vụ" in registered and "Tổ quản lý chợ" not in registered
    assert "Đơn vị không có trong danh mục" in text
    assert "bổ sung danh mục đơn vị): Tổ quản lý chợ Hoà Khương." in text
