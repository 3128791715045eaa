"""A directive sent to the bot: preview, edits, confirm or cancel; the same file twice."""

from __future__ import annotations

from datetime import date

from bot_harness import ADMIN, NOI_VU, UNIT_CHAT, UNIT_USER, Harness, draft
from sqlalchemy import func, select

from db.models import Directive, Task, UnitRole
from db.session import session_scope
from jobs.clock import end_of_local_day

DIRECTIVE = """ỦY BAN NHÂN DÂN
HUYỆN HOÀ VANG
Số: 45/TB-UBND
Hoà Vang, ngày 02 tháng 4 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 4/2024

1. Phòng Nội vụ: Rà soát, tổng hợp nhu cầu đào tạo, bồi dưỡng cán bộ năm 2024, hoàn thành \
trước ngày 30/4/2024.
2. Giao Ban Quản lý chợ Hoà Khương chủ trì kiểm tra an toàn phòng cháy chữa cháy tại chợ, báo \
cáo kết quả trước ngày 15/5/2024.
3. Phòng Tư pháp: thứ 6 hằng tuần báo cáo nhanh tình hình tiếp công dân.
4. Phòng Tài chính - Kế hoạch chủ trì, phối hợp Phòng Nội vụ tham mưu phương án bố trí kinh \
phí, xong trước ngày 10/5/2024.
""".encode()
UNKNOWN = "Ban Quản lý chợ Hoà Khương"


def directives(harness: Harness) -> int:
    """How many directives are stored."""
    with session_scope(harness.engine) as session:
        return session.scalar(select(func.count()).select_from(Directive))


async def test_preview_edit_confirm_and_the_same_file_again(harness: Harness) -> None:
    [preview] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    text = preview.plain_text
    assert "Số: 45/TB-UBND · Ngày: 02/04/2024" in text and "Số nhiệm vụ: 4" in text
    assert "1. [mục 1] Phòng Nội vụ — hạn 30/04/2024" in text
    assert f"{UNKNOWN} ⚠️chưa rõ" in text and f"Đơn vị chưa rõ: {UNKNOWN}" in text
    assert "3. [mục 3] Phòng Tư pháp — định kỳ: thứ Sáu hằng tuần" in text
    assert "(phối hợp: Phòng Nội vụ)" in text
    assert [b["text"] for b in preview.buttons] == ["✅ Xác nhận", "❌ Hủy"]
    assert directives(harness) == 0

    [mapped] = await harness.say(
        ADMIN, ADMIN, "ban quan ly cho hoa khuong = Phòng Kinh tế - Hạ tầng"
    )
    assert "Đã ghép «Ban Quản lý chợ Hoà Khương» với Phòng Kinh tế - Hạ tầng" in mapped.plain_text
    assert "⚠️chưa rõ" not in mapped.plain_text and "Đơn vị chưa rõ:" not in mapped.plain_text
    [due] = await harness.say(ADMIN, ADMIN, "4 hạn: 20/5")
    assert "Nhiệm vụ số 4: hạn 20/05/2024" in due.plain_text
    [units] = await harness.say(ADMIN, ADMIN, "1 đơn vị: Phòng Tư pháp; phong noi vu")
    assert "đơn vị chủ trì là Phòng Tư pháp, Phòng Nội vụ" in units.plain_text
    [dropped] = await harness.say(ADMIN, ADMIN, "bỏ 3")
    assert "Đã bỏ nhiệm vụ số 3" in dropped.plain_text and "Số nhiệm vụ: 3" in dropped.plain_text
    [wrong] = await harness.say(ADMIN, ADMIN, "3 hạn: 1/5")
    assert "Không có nhiệm vụ số 3" in wrong.plain_text
    assert directives(harness) == 0

    [stored] = await harness.press(
        ADMIN, ADMIN, dropped.message_id, dropped.buttons[0]["callback_data"]
    )
    assert "Đã lưu văn bản #1: 3 nhiệm vụ" in stored.plain_text
    assert "Chưa có nhóm Telegram" in stored.plain_text and dropped.buttons == []
    with session_scope(harness.engine) as session:
        tasks = session.scalars(select(Task).order_by(Task.id)).all()
        assert [t.ref for t in tasks] == ["1", "2", "4"]
        assert [u.name for u in tasks[0].units_in(UnitRole.LEAD)] == [
            "Phòng Tư pháp",
            "Phòng Nội vụ",
        ]
        assert [u.name for u in tasks[1].units_in(UnitRole.LEAD)] == ["Phòng Kinh tế - Hạ tầng"]
        assert tasks[2].deadline == end_of_local_day(date(2024, 5, 20))

    [again] = await harness.upload(ADMIN, ADMIN, "ban-sao.txt", DIRECTIVE)
    assert "đã được lưu trước đây (#1, tệp «tb45.txt», 3 nhiệm vụ)" in again.plain_text
    assert directives(harness) == 1


async def test_cancel_stores_nothing(harness: Harness) -> None:
    [preview] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    [twice] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    assert "đang chờ xác nhận" in twice.plain_text
    [cancelled] = await harness.press(
        ADMIN, ADMIN, preview.message_id, preview.buttons[1]["callback_data"]
    )
    assert "Đã hủy. Không lưu gì." in cancelled.plain_text
    update = harness.api.callback(ADMIN, ADMIN, preview.message_id, f"ing:ok:{1}")
    await harness.settle()
    answer = harness.api.callback_answers[update["callback_query"]["id"]]
    assert "không còn hiệu lực" in answer["text"]
    await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    [cancelled] = await harness.say(ADMIN, ADMIN, "Huỷ")
    assert "Không lưu gì" in cancelled.plain_text
    assert directives(harness) == 0


async def test_unusable_files_and_senders(harness: Harness) -> None:
    [wrong] = await harness.upload(ADMIN, ADMIN, "anh.png", b"\x89PNG....")
    assert wrong.plain_text.startswith("⛔") and ".png" in wrong.plain_text
    [empty] = await harness.upload(ADMIN, ADMIN, "rong.txt", b"   ")
    assert empty.plain_text.startswith("⛔")
    harness.store(draft("1", None))
    harness.link(NOI_VU, UNIT_USER)
    [refused] = await harness.upload(UNIT_USER, UNIT_USER, "tb45.txt", DIRECTIVE)
    assert "chỉ dành cho Văn phòng" in refused.plain_text
    assert await harness.upload(UNIT_CHAT, UNIT_USER, "tb45.txt", DIRECTIVE, expect=0) == []
    assert directives(harness) == 1  # the one harness.store() wrote
