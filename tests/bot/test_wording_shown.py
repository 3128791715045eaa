"""What the bot shows people is written out: a task's place in its directive as the document
numbers it, a recurrence in words, and a task with no lead unit says so."""

from __future__ import annotations

from bot_harness import ADMIN, Harness

NESTED = """THÔNG BÁO kết luận giao ban, Hoà Vang, ngày 02 tháng 4 năm 2024

II. NHIỆM VỤ THỜI GIAN TỚI
1. Về công tác cải cách hành chính:
- Phòng Nội vụ rà soát hồ sơ cán bộ, hoàn thành trước ngày 30/4/2024.
- Phòng Tư pháp tổng hợp báo cáo thứ 6 hằng tuần.
2. Hoàn thành việc kiểm kê tài sản công trước ngày 15/5/2024.
"""


async def test_refs_recurrences_and_missing_units_read_as_words(harness: Harness) -> None:
    [preview] = await harness.upload(ADMIN, ADMIN, "tb46.txt", NESTED.encode())
    text = preview.plain_text
    assert "1. [mục II.1, gạch đầu dòng thứ 1] Phòng Nội vụ — hạn cuối" in text
    assert "2. [mục II.1, gạch đầu dòng thứ 2] Phòng Tư pháp — định kỳ: thứ Sáu hằng tuần" in text
    assert "3. [mục II.2]" in text
    [stored] = await harness.say(ADMIN, ADMIN, "xác nhận")
    assert "Đã lưu văn bản #1" in stored.plain_text

    [last_page] = await harness.say(ADMIN, ADMIN, "/tasks 2")
    [line] = [x for x in last_page.plain_text.splitlines() if "kiểm kê tài sản" in x]
    assert "— Chưa rõ đơn vị chủ trì — hạn cuối: 23:59 14/05/2024" in line
    assert "— —" not in last_page.plain_text
    [details] = await harness.say(ADMIN, ADMIN, "/task 1")
    assert "Nhiệm vụ #1 (mục II.1, gạch đầu dòng thứ 1)" in details.plain_text
