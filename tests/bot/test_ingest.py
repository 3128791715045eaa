"""A directive sent to the bot: preview, edits, confirm or cancel; the same file twice."""

from __future__ import annotations

from datetime import date

from bot_harness import ADMIN, NOI_VU, UNIT_CHAT, UNIT_USER, Harness, draft
from sqlalchemy import func, select

from bot.drafts import Draft, preview_text
from db.models import AuditEntry, Directive, Task, UnitAlias, UnitRole
from db.session import session_scope
from jobs.calendar import end_of_local_day
from jobs.ingest.pipeline import NO_TASK_WARNING
from jobs.ingest.units import build_resolver
from jobs.model import DirectiveInfo, DraftTask, Extraction

DIRECTIVE = """ỦY BAN NHÂN DÂN
HUYỆN HOÀ VANG
Số: 45/TB-UBND
Hoà Vang, ngày 02 tháng 4 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 4/2024

1. Phòng Nội vụ: Rà soát, tổng hợp nhu cầu đào tạo, bồi dưỡng cán bộ năm 2024, hoàn thành \
trước ngày 30/4/2024.
2. Giao Tổ quản lý chợ Hoà Khương chủ trì kiểm tra an toàn phòng cháy chữa cháy tại chợ, báo \
cáo kết quả trước ngày 15/5/2024.
3. Phòng Tư pháp: thứ 6 hằng tuần báo cáo nhanh tình hình tiếp công dân.
4. Phòng Tài chính - Kế hoạch chủ trì, phối hợp Phòng Nội vụ tham mưu phương án bố trí kinh \
phí, xong trước ngày 10/5/2024.
""".encode()
UNKNOWN = "Tổ quản lý chợ Hoà Khương"


def directives(harness: Harness) -> int:
    """How many directives are stored."""
    with session_scope(harness.engine) as session:
        return session.scalar(select(func.count()).select_from(Directive))


async def test_preview_edit_confirm_and_the_same_file_again(harness: Harness) -> None:
    [preview] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    text = preview.plain_text
    assert "Số: 45/TB-UBND · Ngày: 02/04/2024" in text and "Số nhiệm vụ: 4" in text
    # The closing day, as /tasks and the reminders show it, with the directive's phrase.
    assert (
        "1. [mục 1] Phòng Nội vụ — hạn cuối: 23:59 29/04/2024 "
        "(văn bản: hoàn thành trước ngày 30/4/2024)"
    ) in text
    assert f"{UNKNOWN} ⚠️chưa rõ" in text and f"Đơn vị chưa rõ: {UNKNOWN}" in text
    assert "3. [mục 3] Phòng Tư pháp — định kỳ: thứ Sáu hằng tuần" in text
    assert "(phối hợp: Phòng Nội vụ)" in text
    assert [b["text"] for b in preview.buttons] == ["✅ Xác nhận", "❌ Hủy"]
    assert directives(harness) == 0

    [mapped] = await harness.say(
        ADMIN, ADMIN, "to quan ly cho hoa khuong = Phòng Kinh tế - Hạ tầng"
    )
    assert "Đã ghép «Tổ quản lý chợ Hoà Khương» với Phòng Kinh tế - Hạ tầng" in mapped.plain_text
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


NO_TASK = """THÔNG BÁO
Lịch tiếp công dân tháng 10/2025

Lịch tiếp công dân của lãnh đạo UBND xã được niêm yết tại trụ sở và trên cổng thông tin.
""".encode()
UNDATED = """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban

1. Phòng Nội vụ: Rà soát nhu cầu đào tạo cán bộ, hoàn thành trước ngày 30/10.
2. Phòng Tư pháp: Tổng hợp kết quả tiếp công dân, báo cáo trước ngày 15/11/2025.
""".encode()
NEXT_DIRECTIVE = """ỦY BAN NHÂN DÂN
HUYỆN HOÀ VANG
Số: 52/TB-UBND
Hoà Vang, ngày 20 tháng 4 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện về an toàn thực phẩm

1. Giao Tổ quản lý chợ Hoà Khương chủ trì kiểm tra vệ sinh an toàn thực phẩm tại chợ, báo \
cáo trước ngày 30/5/2024.
""".encode()


def last_answer(harness: Harness) -> str:
    """The text of the bot's answer to the last button pressed."""
    return list(harness.api.callback_answers.values())[-1].get("text", "")


async def test_a_document_without_tasks_warns_and_offers_no_confirm(harness: Harness) -> None:
    [preview] = await harness.upload(ADMIN, ADMIN, "lich.txt", NO_TASK)
    assert "Số nhiệm vụ: 0" in preview.plain_text
    assert f"⚠️ {NO_TASK_WARNING}" in preview.plain_text
    assert "Không có gì để lưu" in preview.plain_text
    assert [b["text"] for b in preview.buttons] == ["❌ Hủy"]
    [refused] = await harness.say(ADMIN, ADMIN, "Xác nhận")
    assert refused.plain_text.startswith("⛔") and "không có nhiệm vụ nào" in refused.plain_text
    forge = preview.buttons[0]["callback_data"].replace(":no:", ":ok:")
    [forged] = await harness.press(ADMIN, ADMIN, preview.message_id, forge)
    assert "Chưa lưu được" in last_answer(harness) and "không có nhiệm vụ" in forged.plain_text
    assert directives(harness) == 0
    [cancelled] = await harness.press(
        ADMIN, ADMIN, preview.message_id, preview.buttons[0]["callback_data"]
    )
    assert "Không lưu gì" in cancelled.plain_text and not harness.rt.drafts


async def test_an_undated_directive_waits_for_the_date_the_office_sets(harness: Harness) -> None:
    [preview] = await harness.upload(ADMIN, ADMIN, "kl.txt", UNDATED)
    text = preview.plain_text
    assert "Ngày: không rõ" in text
    assert "1. [mục 1] Phòng Nội vụ — ⏳ hạn chờ ngày ban hành («hoàn thành trước ngày 30/10»)" in (
        text
    )
    # Written in full: no wait.
    assert "2. [mục 2] Phòng Tư pháp — hạn cuối: 23:59 14/11/2025" in text
    assert "1 thời hạn đang chờ ngày này" in text and "«ngày: 17/10/2025»" in text
    assert [b["text"] for b in preview.buttons] == ["✅ Xác nhận", "❌ Hủy"]

    confirm = preview.buttons[0]["callback_data"]
    [refused] = await harness.press(ADMIN, ADMIN, preview.message_id, confirm)
    assert "Chưa lưu được" in last_answer(harness)
    assert "nhiệm vụ số 1 đang chờ ngày ban hành" in refused.plain_text
    assert "«ngày: dd/mm/yyyy»" in refused.plain_text
    [typed] = await harness.say(ADMIN, ADMIN, "xác nhận")
    assert typed.plain_text.startswith("⛔ Chưa lưu được")
    assert directives(harness) == 0 and harness.rt.drafts

    [bad] = await harness.say(ADMIN, ADMIN, "ngày: 17/10")
    assert "Ghi đủ ngày, tháng, năm" in bad.plain_text
    [dated] = await harness.say(ADMIN, ADMIN, "Ngày ban hành: 17/10/2025")
    text = dated.plain_text
    done, _, text = text.partition("\n\n")
    assert done == "✏️ Ngày ban hành văn bản: 17/10/2025. Đã tính 1 thời hạn đang chờ ngày này."
    assert "Ngày: 17/10/2025" in text
    assert "1. [mục 1] Phòng Nội vụ — hạn cuối: 23:59 29/10/2025" in text
    assert "⏳" not in text and "đang chờ ngày này" not in text and "⚠️" not in text
    [stored] = await harness.press(ADMIN, ADMIN, dated.message_id, confirm)
    assert "Đã lưu văn bản #1: 2 nhiệm vụ" in stored.plain_text
    with session_scope(harness.engine) as session:
        directive = session.scalars(select(Directive)).one()
        assert directive.issued_on == date(2025, 10, 17)
        deadlines = [t.deadline for t in session.scalars(select(Task).order_by(Task.id))]
    assert deadlines == [end_of_local_day(date(2025, 10, 29)), end_of_local_day(date(2025, 11, 14))]


async def test_the_date_edit_keeps_the_offices_other_edits(harness: Harness) -> None:
    await harness.upload(ADMIN, ADMIN, "kl.txt", UNDATED)
    await harness.say(ADMIN, ADMIN, "2 hạn: 20/11/2025")
    await harness.say(ADMIN, ADMIN, "2 đơn vị: Phòng Nội vụ")
    [dated] = await harness.say(ADMIN, ADMIN, "ngay: 17/10/2025")
    assert "1. [mục 1] Phòng Nội vụ — hạn cuối: 23:59 29/10/2025" in dated.plain_text
    assert "2. [mục 2] Phòng Nội vụ — hạn cuối: 23:59 20/11/2025" in dated.plain_text


async def test_a_name_taught_in_one_preview_resolves_in_the_next(harness: Harness) -> None:
    await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    [mapped] = await harness.say(ADMIN, ADMIN, f"{UNKNOWN} = Phòng Kinh tế - Hạ tầng")
    assert "ghi nhớ «Tổ quản lý chợ Hoà Khương» là tên gọi khác" in mapped.plain_text
    [stored] = await harness.say(ADMIN, ADMIN, "xác nhận")
    assert "Đã lưu văn bản #1" in stored.plain_text
    assert f"Đã ghi nhớ: «{UNKNOWN}» là Phòng Kinh tế - Hạ tầng" in stored.plain_text
    with session_scope(harness.engine) as session:
        [alias] = session.scalars(select(UnitAlias)).all()
        assert (alias.alias, alias.unit.name) == (UNKNOWN, "Phòng Kinh tế - Hạ tầng")
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "unit.alias"))
        assert entry.entity_id == alias.unit_id and entry.details["alias"] == UNKNOWN
        assert entry.actor.startswith(f"tg:{ADMIN} ")  # the office admin who confirmed

    [preview] = await harness.upload(ADMIN, ADMIN, "tb52.txt", NEXT_DIRECTIVE)
    text = preview.plain_text
    assert "1. [mục 1] Phòng Kinh tế - Hạ tầng — hạn cuối: 23:59 29/05/2024" in text
    assert "⚠️chưa rõ" not in text and "Đơn vị chưa rõ" not in text

    # A bot started afresh learns the stored alias too.
    harness.rt.resolver = build_resolver()
    harness.rt.learnt_aliases.clear()
    harness.rt.drafts.clear()
    [again] = await harness.upload(ADMIN, ADMIN, "tb52.txt", NEXT_DIRECTIVE)
    assert "Phòng Kinh tế - Hạ tầng — hạn cuối: 23:59 29/05/2024" in again.plain_text
    assert "Đơn vị chưa rõ" not in again.plain_text


async def test_a_mapping_to_a_name_stored_for_another_unit_is_not_taught(
    harness: Harness,
) -> None:
    harness.store(draft("1", None, units=(UNKNOWN,)))  # the name was stored as a unit of its own
    await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    await harness.say(ADMIN, ADMIN, f"{UNKNOWN} = Phòng Kinh tế - Hạ tầng")
    [stored] = await harness.say(ADMIN, ADMIN, "xác nhận")
    assert "Đã lưu văn bản #2" in stored.plain_text
    assert f"Chưa ghi nhớ tên gọi khác: «{UNKNOWN}» đã là tên của đơn vị" in stored.plain_text
    with session_scope(harness.engine) as session:
        assert session.scalars(select(UnitAlias)).all() == []


def test_the_preview_marks_what_ocr_read_badly() -> None:
    info = DirectiveInfo(None, "12/KH-UBND", "Kế hoạch")
    tasks = [
        DraftTask("1", ["Phòng Nội vụ"], [], date(2024, 4, 29), "trước ngày 30/4", None,
                  "Rà soát", confidence=0.55, low_confidence=["units", "due_text"]),
        DraftTask("2", ["Phòng Tư pháp"], [], None, "", None, "Báo cáo", confidence=0.95),
    ]
    draft = Draft(1, "ban-quet.pdf", b"", "0", Extraction(info, tasks, ocr=True))
    lines = preview_text(draft).splitlines()
    notes = [n for n, line in enumerate(lines) if "đọc từ bản quét" in line]
    first = next(n for n, line in enumerate(lines) if line.startswith("<b>1.</b>"))
    assert len(notes) == 1 and notes[0] < first and "mục có ⚠️" in lines[notes[0]]
    assert "Phòng Nội vụ ⚠️ —" in lines[first] and lines[first].endswith("⚠️")
    assert "⚠️" not in next(line for line in lines if line.startswith("<b>2.</b>"))
