"""A collective's task ("UBND các xã" with members) is closed per member: one commune's
"xong" closes only its part, the others keep their reminders, the office sees "1/3 xã đã
hoàn thành", and the task is done when every member is."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from bot_harness import ADMIN, OFFICE, Harness, draft
from sqlalchemy import select

from db import read
from db.models import Task, TaskShare
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE
from jobs.ingest.units import UnitEntry
from jobs.plan.status import Category
from jobs.store import import_units

COLLECTIVE = "UBND các xã"
COMMUNES = ("UBND xã An Phú", "UBND xã Bình Minh", "UBND xã Cẩm Quang")
CHATS = {name: (-1003001 - n, 301 + n) for n, name in enumerate(COMMUNES)}
A, B, C = COMMUNES
APRIL_10 = datetime(2024, 4, 10, 9, 0, tzinfo=LOCAL_ZONE)


@pytest.fixture
async def collective(harness: Harness) -> tuple[Harness, int]:
    """Three communes in "UBND các xã", each with its group; one task of the collective."""
    with session_scope(harness.engine) as session:
        import_units(
            session,
            [
                *((UnitEntry(name, "body", named=True), ()) for name in COMMUNES),
                (UnitEntry(COLLECTIVE, "body", named=True, members=COMMUNES), ()),
            ],
            now=harness.clock.now(),
            actor="test",
        )
    [task_id] = harness.store(draft("1", date(2024, 4, 30), units=(COLLECTIVE,)))
    for name, (chat, _) in CHATS.items():
        harness.link(name, chat)
    harness.clock.set(APRIL_10)
    return harness, task_id


async def xong(harness: Harness, commune: str, text: str) -> str:
    """A commune writes; the bot's answer."""
    chat, user = CHATS[commune]
    answers = await harness.say(chat, user, text)
    return answers[-1].plain_text


def done_at(harness: Harness, task_id: int) -> datetime | None:
    """When the task itself was closed."""
    with session_scope(harness.engine) as session:
        return session.get(Task, task_id).done_at


async def test_one_commune_closes_only_its_part(collective: tuple[Harness, int]) -> None:
    harness, task_id = collective
    answer = await xong(harness, A, f"/xong {task_id}")
    assert f"{A} hoàn thành phần của mình trong nhiệm vụ #{task_id}" in answer
    assert "1/3 xã đã hoàn thành" in answer
    notice = harness.sent(OFFICE)[-1].plain_text
    assert f"1/3 xã đã hoàn thành; còn: {B}, {C}" in notice
    assert done_at(harness, task_id) is None
    # A no longer sees it as open; B still does
    assert f"#{task_id}" not in await xong(harness, A, "/tasks")
    assert f"#{task_id}" in await xong(harness, B, "/tasks")
    # A's second "xong" changes nothing
    again = await xong(harness, A, f"/xong {task_id}")
    assert "đã báo hoàn thành phần của mình" in again
    with session_scope(harness.engine) as session:
        counts = read.status_counts(session, harness.clock.now(), harness.clock.now())
    assert counts[Category.IN_PROGRESS.value] == 1 and counts[Category.DONE_ON_TIME.value] == 0


async def test_the_others_keep_their_reminders(collective: tuple[Harness, int]) -> None:
    harness, task_id = collective
    await xong(harness, A, f"/xong {task_id}")
    before = {name: len(harness.sent(chat)) for name, (chat, _) in CHATS.items()}
    [sent] = await harness.say(OFFICE, ADMIN, f"/remind {task_id}")
    assert "Đã gửi nhắc" in sent.plain_text
    await harness.settle()
    got = {name: len(harness.sent(chat)) - before[name] for name, (chat, _) in CHATS.items()}
    assert got == {A: 0, B: 1, C: 1}
    reminder = harness.sent(CHATS[B][0])[-1]
    # B answers its reminder with a plain "xong": only B's part closes
    chat, user = CHATS[B]
    [answer] = await harness.say(chat, user, "Xong rồi ạ", reply_to=reminder.message_id)
    assert "2/3 xã đã hoàn thành" in answer.plain_text
    assert done_at(harness, task_id) is None


async def test_a_hedged_xong_then_whole_closes_only_the_communes_part(
    collective: tuple[Harness, int],
) -> None:
    harness, task_id = collective
    await harness.say(OFFICE, ADMIN, f"/remind {task_id}")
    await harness.settle()
    chat, user = CHATS[A]
    reminder = harness.sent(chat)[-1]
    [asked] = await harness.say(chat, user, "được 2/3 thôn rồi ạ", reply_to=reminder.message_id)
    assert f"Đơn vị đã hoàn thành toàn bộ nhiệm vụ #{task_id} chưa?" in asked.plain_text
    [answer] = await harness.press(chat, user, asked.message_id, f"whole:{task_id}")
    assert f"{A} hoàn thành phần của mình" in answer.plain_text
    assert "1/3 xã đã hoàn thành" in answer.plain_text and done_at(harness, task_id) is None
    # Its part closed, a second hedge asks nothing; B may still be asked.
    await harness.say(chat, user, "xong phần 2", reply_to=reminder.message_id, expect=0)
    chat, user = CHATS[B]
    [asked] = await harness.say(chat, user, f"xong #{task_id} sau nhé")
    assert f"nhiệm vụ #{task_id} chưa?" in asked.plain_text


async def test_the_task_is_done_when_every_member_is(collective: tuple[Harness, int]) -> None:
    harness, task_id = collective
    await xong(harness, A, f"/xong {task_id}")
    await xong(harness, B, f"/xong {task_id}")
    last = await xong(harness, C, f"/xong {task_id}")
    assert f"Đã ghi nhận hoàn thành nhiệm vụ #{task_id}" in last and "3/3 xã" in last
    assert done_at(harness, task_id) is not None
    assert "3/3 xã đã hoàn thành" in harness.sent(OFFICE)[-1].plain_text
    # the office returns it: every commune's part is open again
    [back] = await harness.say(OFFICE, ADMIN, f"/reopen {task_id}")
    assert "Đã trả lại" in back.plain_text
    with session_scope(harness.engine) as session:
        assert session.scalars(select(TaskShare)).all() == []


async def test_the_office_closes_one_member_or_all(collective: tuple[Harness, int]) -> None:
    harness, task_id = collective
    await xong(harness, A, f"/xong {task_id}")
    [question] = await harness.say(OFFICE, ADMIN, f"/done {task_id} đã kiểm tra")
    labels = [b["text"] for b in question.buttons]
    assert labels == [B, C, "✅ Tất cả"]
    await harness.press(OFFICE, ADMIN, question.message_id, f"dm:{task_id}:{member_id(harness, B)}")
    assert "2/3 xã đã hoàn thành; còn: " + C in harness.sent(OFFICE)[-1].plain_text
    assert [b["text"] for b in question.buttons] == [C, "✅ Tất cả"]
    await harness.press(OFFICE, ADMIN, question.message_id, f"done:{task_id}")
    assert done_at(harness, task_id) is not None
    [details] = await harness.say(OFFICE, ADMIN, f"/task {task_id}")
    assert "Tiến độ: 3/3 xã đã hoàn thành" in details.plain_text


def member_id(harness: Harness, name: str) -> int:
    """A commune's unit id."""
    with session_scope(harness.engine) as session:
        from jobs.store import unit_key

        return read.units_by_keys(session, [unit_key(name)])[unit_key(name)].id
