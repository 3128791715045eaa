"""Each extension request is decided once, against the deadline it was asked on; typed dates
are bounded (not past, at most five years ahead) with a clear Vietnamese answer."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, UNIT_USER, Harness, draft
from sqlalchemy import Engine, func, select

from db.models import AuditEntry, ExtensionRequest, Task
from db.session import session_scope
from db.write import record_request
from jobs.calendar import LOCAL_ZONE, end_of_local_day
from jobs.config import Settings
from jobs.extensions import RequestHandled, decide_request
from jobs.model import StoreError
from jobs.plan.policy import Planner

FRIDAY_9AM = datetime(2024, 4, 5, 9, 0, tzinfo=LOCAL_ZONE)
HANDLED = "Yêu cầu này đã được xử lý"


async def ask(harness: Harness, day: str = "12/4") -> tuple[int, object]:
    """Phòng Nội vụ asks to move its task (due 5/4) to ``day``; returns the task and request."""
    [task_id] = harness.store(draft("1", date(2024, 4, 5)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.clock.set(FRIDAY_9AM)
    # The clock moved to the deadline's day: let that day's reminder go out first, so that it
    # is not counted among what the office's decision tells the unit.
    await harness.api.wait_until(
        lambda: any("hôm nay là hạn" in m.plain_text for m in harness.sent(UNIT_CHAT))
    )
    sent = await harness.say(UNIT_CHAT, UNIT_USER, f"/giahan {task_id} {day}")
    assert any("Đã gửi đề nghị gia hạn" in m.plain_text for m in sent), [m.plain_text for m in sent]
    return task_id, harness.sent(OFFICE)[-1]


def deadline_changes(harness: Harness, task_id: int) -> int:
    """The "đổi hạn" entries of a task in the audit log."""
    with session_scope(harness.engine) as session:
        return session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "task.deadline", AuditEntry.entity_id == task_id)
        )


def deadline(harness: Harness, task_id: int) -> datetime:
    """A task's stored deadline."""
    with session_scope(harness.engine) as session:
        return session.get(Task, task_id).deadline


async def press_together(harness: Harness, message_id: int, *datas: str) -> list[str]:
    """Office presses, all queued before the bot reads any; returns each one's alert."""
    updates = [harness.api.callback(OFFICE, ADMIN, message_id, data) for data in datas]
    await harness.settle()
    answers = harness.api.callback_answers
    return [answers.get(u["callback_query"]["id"], {}).get("text") or "" for u in updates]


async def test_a_double_tap_approves_once(harness: Harness) -> None:
    task_id, asked = await ask(harness)
    before = len(harness.sent(UNIT_CHAT))
    approve = asked.buttons[0]["callback_data"]
    alerts = await press_together(harness, asked.message_id, approve, approve)
    assert alerts[0] == "" and HANDLED in alerts[1]
    told = [m.plain_text for m in harness.sent(UNIT_CHAT)[before:]]
    assert len(told) == 1 and "đã duyệt gia hạn" in told[0]
    assert deadline_changes(harness, task_id) == 1
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 12))


async def test_approve_and_refuse_at_once_have_one_outcome(harness: Harness) -> None:
    task_id, asked = await ask(harness)
    before = len(harness.sent(UNIT_CHAT))
    approve, refuse = (b["callback_data"] for b in asked.buttons)
    alerts = await press_together(harness, asked.message_id, approve, refuse)
    assert alerts[0] == "" and HANDLED in alerts[1]
    told = [m.plain_text for m in harness.sent(UNIT_CHAT)[before:]]
    assert len(told) == 1 and "đã duyệt gia hạn" in told[0]
    assert "hạn giữ nguyên" not in " ".join(told)
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 12))
    assert asked.plain_text.endswith("✅ Đã duyệt — User 900") and asked.buttons == []


async def test_refuse_then_approve_keeps_the_deadline(harness: Harness) -> None:
    task_id, asked = await ask(harness)
    approve, refuse = (b["callback_data"] for b in asked.buttons)
    alerts = await press_together(harness, asked.message_id, refuse, approve)
    assert alerts[0] == "" and HANDLED in alerts[1] and "đã từ chối" in alerts[1]
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 5))
    assert deadline_changes(harness, task_id) == 0


async def test_an_old_approval_does_not_undo_a_later_extend(harness: Harness) -> None:
    task_id, asked = await ask(harness)
    [moved] = await harness.say(OFFICE, ADMIN, f"/extend {task_id} 30/4")
    assert "Đã gia hạn nhiệm vụ" in moved.plain_text
    before = len(harness.sent(UNIT_CHAT))
    [alert] = await press_together(harness, asked.message_id, asked.buttons[0]["callback_data"])
    assert HANDLED in alert and "đã được đổi hạn" in alert
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 30))
    assert harness.sent(UNIT_CHAT)[before:] == []
    assert asked.buttons == []  # the stale buttons are taken off


async def test_an_old_format_button_is_stale(harness: Harness) -> None:
    task_id, asked = await ask(harness)
    [alert] = await press_together(harness, asked.message_id, f"xa:{task_id}:20240412:{UNIT_CHAT}")
    assert "không còn hiệu lực" in alert
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 5))


def test_concurrent_decisions_in_threads_apply_once(engine: Engine, harness: Harness) -> None:
    [task_id] = harness.store(draft("1", date(2024, 4, 5)))
    now = FRIDAY_9AM
    with session_scope(engine) as session:
        task = session.get(Task, task_id)
        request_id = record_request(
            session, task, date(2024, 4, 12), chat_id=UNIT_CHAT, reason=None, by="u", at=now
        ).id
    planner = Planner.from_settings(Settings())
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def decide(approve: bool) -> None:
        barrier.wait()
        try:
            with session_scope(engine) as session:
                decide_request(
                    session, request_id, approve=approve, by="o", at=now, planner=planner
                )
            outcomes.append("applied")
        except RequestHandled:
            outcomes.append("handled")

    threads = [threading.Thread(target=decide, args=(n % 2 == 0,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["applied", "handled", "handled", "handled"]
    with session_scope(engine) as session:
        request = session.get(ExtensionRequest, request_id)
        moved = session.get(Task, task_id).deadline != end_of_local_day(date(2024, 4, 5))
        assert moved == request.approved
        changes = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "task.deadline")
        )
        assert changes == (1 if request.approved else 0)


def test_an_unknown_request_is_refused(engine: Engine, harness: Harness) -> None:
    planner = Planner.from_settings(Settings())
    with pytest.raises(StoreError, match="Không có yêu cầu"), session_scope(engine) as session:
        decide_request(session, 99, approve=True, by="o", at=FRIDAY_9AM, planner=planner)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("hôm qua", "đã qua"),
        ("hom qua", "đã qua"),
        ("1/4/2024", "đã qua"),
        ("1/1/1900", "đã qua"),
        ("31/12/9999", "quá xa"),
        ("1/1/2030", "quá xa"),
    ],
)
async def test_office_extend_dates_are_bounded(harness: Harness, typed: str, answer: str) -> None:
    [task_id] = harness.store(draft("1", date(2024, 4, 30)))
    harness.clock.set(FRIDAY_9AM)
    [refused] = await harness.say(OFFICE, ADMIN, f"/extend {task_id} {typed}")
    assert answer in refused.plain_text and "Có lỗi" not in refused.plain_text
    assert deadline(harness, task_id) == end_of_local_day(date(2024, 4, 30))


async def test_today_and_five_years_are_allowed(harness: Harness) -> None:
    [task_id] = harness.store(draft("1", date(2024, 4, 30)))
    harness.clock.set(FRIDAY_9AM)
    [moved] = await harness.say(OFFICE, ADMIN, f"/extend {task_id} 5/4/2029")
    assert "Đã gia hạn nhiệm vụ" in moved.plain_text
    assert deadline(harness, task_id) == end_of_local_day(date(2029, 4, 5))
    [moved] = await harness.say(OFFICE, ADMIN, f"/extend {task_id} hôm nay")
    assert "đến 05/04/2024" in moved.plain_text


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("hôm qua", "đã qua"), ("31/12/9999", "quá xa"), ("hôm nay", "phải sau hôm nay")],
)
async def test_unit_proposals_are_bounded(harness: Harness, typed: str, answer: str) -> None:
    [task_id] = harness.store(draft("1", date(2024, 4, 3)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.clock.set(FRIDAY_9AM)
    sent = await harness.say(UNIT_CHAT, UNIT_USER, f"/giahan {task_id} {typed}")
    # The day's nag may go out around the answer (the clock moved to its day).
    [refused] = [
        m for m in sent if "NHẮC VIỆC" not in m.plain_text and "CHƯA HOÀN" not in m.plain_text
    ]
    assert answer in refused.plain_text and "Có lỗi" not in refused.plain_text
    with session_scope(harness.engine) as session:
        assert session.scalar(select(func.count()).select_from(ExtensionRequest)) == 0


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("1/1/1900", "quá xa trong quá khứ"),
        ("31/12/9999", "quá xa"),
        ("1/1/2024 31/12/9999", "quá xa"),
        ("1/5/2024", "chưa tới"),
    ],
)
async def test_report_dates_are_bounded(harness: Harness, typed: str, answer: str) -> None:
    harness.clock.set(FRIDAY_9AM)
    [refused] = await harness.say(OFFICE, ADMIN, f"/report {typed}")
    assert answer in refused.plain_text and "Có lỗi" not in refused.plain_text
