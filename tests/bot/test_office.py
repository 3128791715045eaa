"""The office's commands (and what a unit sees of them): lists, counts, one task, extensions."""

from __future__ import annotations

from collections import Counter
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
)
from sqlalchemy import Engine, select
from store.store_factories import draft as store_draft
from store.store_factories import store

from db import read
from db.models import Task, UnitRole
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE, FakeClock, end_of_local_day
from jobs.config import Settings
from jobs.plan.policy import Planner
from jobs.plan.status import due_soon_limit, task_status

WEDNESDAY = datetime(2024, 4, 10, 9, 0, tzinfo=LOCAL_ZONE)


@pytest.fixture
async def office(harness: Harness) -> tuple[Harness, list[int]]:
    """Five open tasks of two units (four overdue on Wednesday 10/4), one closed; both linked."""
    ids = harness.store(
        draft("1", date(2024, 4, 2), text="Rà soát hồ sơ"),
        draft("2", date(2024, 4, 3), units=(TU_PHAP,), text="Thẩm định văn bản"),
        draft("3", date(2024, 4, 8), text="Tổng hợp số liệu"),
        draft("4", date(2024, 4, 5), units=(TU_PHAP,), text="Tuyên truyền pháp luật"),
        draft("5", date(2024, 4, 30), text="Báo cáo quý"),
        draft("6", date(2024, 4, 9), units=("Công an huyện",), text="Tuần tra"),
    )
    harness.link(NOI_VU, UNIT_CHAT)
    harness.link(TU_PHAP, OTHER_CHAT)
    await harness.say(ADMIN, ADMIN, f"/done {ids[5]}")
    harness.clock.set(WEDNESDAY)
    await harness.rt.service.deliver_due()  # the reminders that fell due meanwhile
    return harness, ids


async def test_overdue_is_grouped_by_unit_most_late_first(
    office: tuple[Harness, list[int]],
) -> None:
    harness, ids = office
    [page] = await harness.say(ADMIN, ADMIN, "/quahan")
    text = page.plain_text
    assert "Quá hạn chưa hoàn thành: 4 nhiệm vụ" in text
    order = [
        text.index(marker) for marker in (NOI_VU, f"#{ids[0]}", f"#{ids[2]}", TU_PHAP, f"#{ids[1]}")
    ]
    assert order == sorted(order)
    assert "quá hạn 8 ngày" in text and "Trang 1/2" in text and f"#{ids[3]}" not in text
    assert [b["callback_data"] for b in page.buttons] == ["page:overdue:2:"]
    await harness.press(ADMIN, ADMIN, page.message_id, "page:overdue:2:", expect=0)
    assert page.edit_count == 1 and f"#{ids[3]}" in page.plain_text
    assert TU_PHAP in page.plain_text and "Trang 2/2" in page.plain_text
    await harness.press(ADMIN, ADMIN, page.message_id, "page:overdue:2:", expect=0)  # again
    assert page.edit_count == 1 and 400 not in [call.status for call in harness.api.calls]

    [own] = await harness.say(UNIT_CHAT, UNIT_USER, "/overdue")
    assert "của Phòng Nội vụ: 2 nhiệm vụ" in own.plain_text and TU_PHAP not in own.plain_text


async def test_status_counts_per_category_and_unit(office: tuple[Harness, list[int]]) -> None:
    harness, _ = office
    [status] = await harness.say(ADMIN, ADMIN, "/tinhhinh")
    text = status.plain_text
    assert "Quá hạn chưa hoàn thành: 4" in text and "Hoàn thành đúng hạn: 1" in text
    assert "Đang thực hiện trong hạn: 1" in text
    assert text.index("Phòng Nội vụ: 2 / 1 / 0") < text.index("Công an huyện: 0 / 0 / 1")


async def test_tasks_per_role(office: tuple[Harness, list[int]]) -> None:
    harness, _ = office
    [everything] = await harness.say(ADMIN, ADMIN, "/tasks")
    assert "Nhiệm vụ đang mở: 5" in everything.plain_text and "Trang 1/2" in everything.plain_text
    assert "Báo cáo quý" not in everything.plain_text
    await harness.press(ADMIN, ADMIN, everything.message_id, "page:tasks:2:", expect=0)
    assert "Báo cáo quý" in everything.plain_text and "Trang 2/2" in everything.plain_text
    [one_unit] = await harness.say(ADMIN, ADMIN, "/nhiemvu phong tu phap")
    assert "của Phòng Tư pháp: 2" in one_unit.plain_text and one_unit.buttons == []
    [own] = await harness.say(UNIT_CHAT, UNIT_USER, "/tasks")
    assert "của Phòng Nội vụ: 3" in own.plain_text and "Thẩm định" not in own.plain_text
    [unknown] = await harness.say(ADMIN, ADMIN, "/tasks Ban Không Có")
    assert "Không có đơn vị «Ban Không Có»" in unknown.plain_text


async def test_task_details_history_and_visibility(office: tuple[Harness, list[int]]) -> None:
    harness, ids = office
    [extended] = await harness.say(ADMIN, ADMIN, f"/giahan {ids[0]} thứ 6 tuần sau")
    assert "đến 19/04/2024" in extended.plain_text
    assert "gia hạn nhiệm vụ #1 đến 19/04/2024" in harness.sent(UNIT_CHAT)[-1].plain_text
    with session_scope(harness.engine) as session:
        assert session.get(Task, ids[0]).deadline == end_of_local_day(date(2024, 4, 19))
    [details] = await harness.say(UNIT_CHAT, UNIT_USER, f"/task {ids[0]}")
    text = details.plain_text
    assert "Nhiệm vụ #1" in text and "Rà soát hồ sơ" in text
    assert "đổi hạn — tg:900 User 900: đến 23:59 19/04/2024" in text
    assert "08:00 12/04/2024 — nhắc trước hạn" in text  # the new plan
    [hidden] = await harness.say(UNIT_CHAT, UNIT_USER, f"/task {ids[1]}")
    assert "không phải của đơn vị Phòng Nội vụ" in hidden.plain_text
    [closed] = await harness.say(ADMIN, ADMIN, f"/task {ids[5]}")
    assert "hoàn thành đúng hạn" in closed.plain_text and "Không còn lượt nhắc" in closed.plain_text
    [bad] = await harness.say(ADMIN, ADMIN, f"/extend {ids[0]} hôm kia nữa")
    assert "Không hiểu ngày" in bad.plain_text


async def test_office_chat_members_are_office(office: tuple[Harness, list[int]]) -> None:
    harness, _ = office
    [answer] = await harness.say(OFFICE, OTHER_USER, "/status")
    assert "Tình hình thực hiện nhiệm vụ" in answer.plain_text


def test_status_overview_counts_a_task_once_in_the_totals(engine: Engine, clock: FakeClock) -> None:
    now, planner = clock.now(), Planner.from_settings(Settings())
    store(
        engine,
        planner,
        now,
        store_draft("1", date(2024, 4, 1), units=(NOI_VU, TU_PHAP)),  # overdue, two lead units
        store_draft("2", date(2024, 4, 30), units=(TU_PHAP, NOI_VU)),
        store_draft("3", units=()),  # no lead unit
        store_draft("4", every="weekly:fri", units=(NOI_VU, TU_PHAP)),  # a series: occurrences
    )
    soon = due_soon_limit(now, 3)
    with session_scope(engine) as session:
        overview = read.status_overview(session, now, soon)
        assert overview.totals == read.status_counts(session, now, soon)
        expected: dict[str | None, Counter[str]] = {}
        for task in session.scalars(select(Task).where(read.TRACKED)):
            slug = task_status(task.deadline, task.done_at, now, due_soon_days=3).category.value
            for unit in task.units_in(UnitRole.LEAD) or [None]:
                expected.setdefault(unit.name if unit else None, Counter())[slug] += 1
    assert overview.by_unit == {name: dict(counts) for name, counts in expected.items()}


async def test_report_sends_summary_chart_and_workbook(office: tuple[Harness, list[int]]) -> None:
    harness, _ = office
    before = len(harness.sent(ADMIN))
    harness.api.user_message(ADMIN, ADMIN, "/baocao 1/4/2024 10/4/2024")
    await harness.api.wait_until(
        lambda: any(m.method == "sendDocument" for m in harness.sent(ADMIN)[before:]), timeout=20
    )
    sent = harness.sent(ADMIN)[before:]
    assert "01/04/2024 – 10/04/2024" in sent[0].plain_text
    assert [m.method for m in sent][-2:] == ["sendPhoto", "sendDocument"]
    assert sent[-1].file_name.endswith(".xlsx")

    [refused] = await harness.say(ADMIN, ADMIN, "/report 31/2/2024")
    assert "không hợp lệ" in refused.plain_text
    [stranger] = await harness.say(UNIT_CHAT, UNIT_USER, "/report")
    assert "Văn phòng" in stranger.plain_text or "không" in stranger.plain_text
