"""One failing chat never starves the others: each (reminder, chat) pair succeeds, fails and
is given up on its own; a group upgraded to a supergroup (400 with ``migrate_to_chat_id``) is
followed to its new id, and the office is told once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from bot_harness import OFFICE, Harness, draft, reminded_tasks
from sqlalchemy import select

from db import read
from db.models import AuditEntry, ChatDelivery, Reminder
from db.session import session_scope
from db.write import MAX_ATTEMPTS, queue_reminder
from jobs.ingest.units import UnitEntry
from jobs.store import import_units

COLLECTIVE = "UBND các xã"
COMMUNES = ("UBND xã An Phú", "UBND xã Bình Minh", "UBND xã Cẩm Quang")
CHATS = {name: -1006001 - n for n, name in enumerate(COMMUNES)}
A, B, C = COMMUNES
SUPERGROUP = -1009006002


def collective(harness: Harness) -> int:
    """Three communes in a collective, each with its own group; a task of the collective
    reminded now. Returns the task id."""
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
    for name, chat in CHATS.items():
        harness.link(name, chat)
    return task_id


async def remind(harness: Harness, task_id: int) -> None:
    """The office's "nhắc ngay" a minute later, then one delivery pass."""
    harness.clock.advance(timedelta(minutes=1))
    with session_scope(harness.engine) as session:
        queue_reminder(
            session, read.task_with_details(session, task_id), now=harness.clock.now()
        )
    await harness.rt.service.deliver_due()


def reminders_to(harness: Harness, chat_id: int) -> int:
    """Reminders a chat received (each task of a grouped message counts)."""
    return sum(len(reminded_tasks(m)) for m in harness.sent(chat_id) if "NHẮC VIỆC" in m.plain_text)


async def test_a_failing_commune_does_not_starve_the_others(harness: Harness) -> None:
    task_id = collective(harness)
    harness.api.fail_server_error("sendMessage", 500, times=None, chat_id=CHATS[B])
    await remind(harness, task_id)
    assert [reminders_to(harness, CHATS[name]) for name in COMMUNES] == [1, 0, 1]
    for _ in range(MAX_ATTEMPTS - 1):  # the minute syncs try B again, and only B
        await harness.rt.service.deliver_due()
    assert [reminders_to(harness, CHATS[name]) for name in COMMUNES] == [1, 0, 1]
    with session_scope(harness.engine) as session:
        assert read.due_reminder_ids(session, harness.clock.now()) == []
        reminder = session.scalars(select(Reminder).order_by(Reminder.id.desc())).first()
        assert reminder.sent_at is not None and reminder.failed_at is not None
        states = session.scalars(select(ChatDelivery)).all()
        assert [(s.chat_id, s.attempts, s.failed_at is not None) for s in states] == [
            (CHATS[B], MAX_ATTEMPTS, True)
        ]
    told = [m.plain_text for m in harness.sent(OFFICE) if "không gửi được" in m.plain_text]
    assert len(told) == 1 and B in told[0] and str(CHATS[B]) in told[0]
    await remind(harness, task_id)  # a second reminder given up on too: not told again
    for _ in range(MAX_ATTEMPTS):
        await harness.rt.service.deliver_due()
    assert len([m for m in harness.sent(OFFICE) if "không gửi được" in m.plain_text]) == 1


async def test_a_commune_group_upgraded_to_a_supergroup(harness: Harness) -> None:
    task_id = collective(harness)
    harness.api.migrate_chat(CHATS[B], SUPERGROUP)
    await remind(harness, task_id)
    assert [reminders_to(harness, CHATS[name]) for name in COMMUNES] == [1, 0, 1]
    assert reminders_to(harness, SUPERGROUP) == 1  # resent there, in the same pass
    with session_scope(harness.engine) as session:
        assert read.due_reminder_ids(session, harness.clock.now()) == []
        assert read.unit_names_of_chat(session, SUPERGROUP) == [B]
        assert read.unit_names_of_chat(session, CHATS[B]) == []
        moves = session.scalars(select(AuditEntry).where(AuditEntry.action == "chat.migrate"))
        assert [(m.details["old"], m.details["new"]) for m in moves] == [(CHATS[B], SUPERGROUP)]
    told = [m.plain_text for m in harness.sent(OFFICE) if "siêu nhóm" in m.plain_text]
    assert len(told) == 1 and B in told[0] and str(SUPERGROUP) in told[0]

    # The next reminder goes straight to the supergroup: Telegram refused the old id once.
    await remind(harness, task_id)
    assert reminders_to(harness, SUPERGROUP) == 2
    refused = [c for c in harness.api.calls if c.status == 400 and c.method == "sendMessage"]
    assert len(refused) == 1
    assert len([m for m in harness.sent(OFFICE) if "siêu nhóm" in m.plain_text]) == 1

    # The supergroup is the commune's group now, not a stranger: its xong closes its part.
    answer = await harness.say(SUPERGROUP, 302, f"/xong {task_id}")
    assert "chưa được đăng ký" not in answer[-1].plain_text
    with session_scope(harness.engine) as session:
        assert len(read.done_members(session, task_id)) == 1


@pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)
async def test_a_unit_group_upgraded_while_its_reminders_are_pending(harness: Harness) -> None:
    """Several reminders for the old group: one 400, every reminder once in the new group."""
    ids = harness.store(*(draft(str(n), date(2024, 4, 30)) for n in range(3)))
    harness.link("Phòng Nội vụ", CHATS[A])
    harness.api.migrate_chat(CHATS[A], SUPERGROUP)
    for task_id in ids:
        with session_scope(harness.engine) as session:
            queue_reminder(
                session, read.task_with_details(session, task_id), now=harness.clock.now()
            )
    await harness.rt.service.deliver_due()
    assert reminders_to(harness, SUPERGROUP) == 3
    assert len(harness.sent(SUPERGROUP)) == 1  # the three grouped in one message
    refused = [c for c in harness.api.calls if c.status == 400 and c.method == "sendMessage"]
    assert len(refused) == 1
