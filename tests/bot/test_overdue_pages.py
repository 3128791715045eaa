"""/overdue pages through every overdue task, however many: the title's total can be reached."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot_harness import ADMIN, NOI_VU, TU_PHAP, Harness, draft

from jobs.calendar import LOCAL_ZONE

OVERDUE = 1001  # one past the 1,000 the list used to stop at


async def test_the_last_page_holds_the_last_units_least_overdue_task(harness: Harness) -> None:
    first_day = date(2023, 1, 2)
    ids = harness.store(
        *(
            draft(str(n), first_day + timedelta(days=n // 3), units=(NOI_VU if n % 2 else TU_PHAP,))
            for n in range(OVERDUE)
        )
    )  # Phòng Tư pháp has the most overdue task: its tasks come first, Phòng Nội vụ's last
    harness.clock.set(datetime(2026, 1, 5, 9, 0, tzinfo=LOCAL_ZONE))
    pages = -(-OVERDUE // harness.rt.bot_settings.page_size)
    [page] = await harness.say(ADMIN, ADMIN, "/quahan")
    assert f"Quá hạn chưa hoàn thành: {OVERDUE} nhiệm vụ" in page.plain_text
    assert f"Trang 1/{pages}" in page.plain_text and f"#{ids[0]}" in page.plain_text
    assert [b["text"] for b in page.buttons] == ["2 ▶", f"{pages} ⏭"]

    await harness.press(ADMIN, ADMIN, page.message_id, f"page:overdue:{pages}:", expect=0)
    assert f"Trang {pages}/{pages}" in page.plain_text and f"#{ids[-2]}" in page.plain_text
    assert [b["text"] for b in page.buttons] == ["⏮ 1", f"◀ {pages - 1}"]
    [beyond] = await harness.say(ADMIN, ADMIN, f"/quahan {pages + 50}")  # clamped to the last page
    assert f"Trang {pages}/{pages}" in beyond.plain_text and f"#{ids[-2]}" in beyond.plain_text
