"""Driving the bot under test as its users would: messages, replies, buttons, files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, select
from telegram.ext import Application

from bot.app import runtime_of
from bot.completion import TASK_MENTION
from bot.runtime import Runtime
from db import read
from db.models import ChatRole, Task
from db.session import session_scope
from db.write import link_chat, queue_reminder
from jobs.calendar import Clock, FakeClock
from jobs.config import Settings
from jobs.model import DirectiveInfo, DraftTask, Extraction
from jobs.plan.policy import Planner
from jobs.store import store_extraction, unit_key
from tests.support.emulator import RecordedMessage, TelegramEmulator, infer_chat_type

OFFICE = -1001000  # the office group
ADMIN = 900  # an office admin (user id)
UNIT_CHAT, UNIT_USER = -1002001, 201  # Phòng Nội vụ's group and one of its people
OTHER_CHAT, OTHER_USER = -1002002, 202  # Phòng Tư pháp's group
STRANGER = 555  # a user nobody registered
SENTINEL = 777  # a private chat whose /help answer proves earlier updates were handled
NOI_VU, TU_PHAP = "Phòng Nội vụ", "Phòng Tư pháp"


def draft(
    ref: str,
    due: date | None,
    *,
    units: tuple[str, ...] = (NOI_VU,),
    support: tuple[str, ...] = (),
    text: str = "Báo cáo kết quả thực hiện",
) -> DraftTask:
    """A confirmed draft task."""
    return DraftTask(ref, list(units), list(support), due, "", None, f"{text} {ref}")


@dataclass
class Harness:
    """The running bot, its emulator, database and clock, and what users do to it."""

    api: TelegramEmulator
    engine: Engine
    clock: FakeClock
    application: Application

    @property
    def rt(self) -> Runtime:
        """The bot's runtime."""
        return runtime_of(self.application)

    def sent(self, chat_id: int) -> list[RecordedMessage]:
        """What the bot sent to a chat."""
        return self.api.messages_to(chat_id)

    async def say(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        reply_to: int | None = None,
        expect: int = 1,
    ) -> list[RecordedMessage]:
        """A user writes; returns the ``expect`` messages the bot sends to that chat."""
        before = len(self.sent(chat_id))
        self.api.user_message(
            chat_id,
            user_id,
            text,
            chat_type=infer_chat_type(chat_id),
            reply_to_message_id=reply_to,
        )
        return await self._new(chat_id, before, expect)

    async def press(
        self, chat_id: int, user_id: int, message_id: int, data: str, *, expect: int = 1
    ) -> list[RecordedMessage]:
        """A user presses an inline button; returns the messages the bot then sends there."""
        before = len(self.sent(chat_id))
        self.api.callback(chat_id, user_id, message_id, data)
        return await self._new(chat_id, before, expect)

    async def upload(
        self, chat_id: int, user_id: int, name: str, data: bytes, *, expect: int = 1
    ) -> list[RecordedMessage]:
        """A user sends a file."""
        before = len(self.sent(chat_id))
        self.api.user_document(chat_id, user_id, name, data, chat_type=infer_chat_type(chat_id))
        return await self._new(chat_id, before, expect)

    async def _new(self, chat_id: int, before: int, expect: int) -> list[RecordedMessage]:
        """The messages sent to a chat after ``before``, once the update was handled."""
        if expect:
            await self.api.wait_for_messages(before + expect, chat_id=chat_id)
        await self.settle()
        return self.sent(chat_id)[before:]

    async def settle(self) -> None:
        """Wait until every update sent so far was handled, and what they started in the
        background (an answer, a /remind's delivery pass) ended. The sentinel's answer proves
        the earlier updates reached the bot; the update processor then says when they end."""
        before = len(self.sent(SENTINEL))
        self.api.user_message(SENTINEL, SENTINEL, "/help")
        await self.api.wait_for_messages(before + 1, chat_id=SENTINEL)
        await self.application.update_processor.idle()  # type: ignore[attr-defined]
        await self.rt.idle()

    def link(self, unit_name: str, chat_id: int, role: ChatRole = ChatRole.MEMBER) -> None:
        """Link a chat to a unit (registration itself is tested through invites)."""
        with session_scope(self.engine) as session:
            key = unit_key(unit_name)
            unit = read.units_by_keys(session, [key])[key]
            link_chat(session, unit, chat_id, role, by=1, at=self.clock.now(), actor="test")

    def store(self, *tasks: DraftTask, number: str = "12/TB-UBND") -> list[int]:
        """Store a directive with these tasks and schedule them; returns the task ids."""
        ids = store_directive(self.engine, self.clock, *tasks, number=number)
        self.rt.service.reconcile()
        return ids


def store_directive(
    engine: Engine, clock: Clock, *tasks: DraftTask, number: str = "12/TB-UBND"
) -> list[int]:
    """Store a directive with these tasks under the default policy; returns the task ids."""
    info = DirectiveInfo(date(2024, 4, 1), number, "Thông báo kết luận <họp> & giao ban")
    with session_scope(engine) as session:
        stored = store_extraction(
            session,
            Extraction(info, list(tasks)),
            "tb.txt",
            number.encode(),
            text="văn bản",
            planner=Planner.from_settings(Settings()),
            now=clock.now(),
            actor="test",
        )
        session.flush()
        return [task.id for task in stored.directive.tasks]


def store_burst(
    engine: Engine,
    clock: Clock,
    tasks: int,
    chats: Sequence[int],
    *,
    run: int = 1,
    grouped: bool = False,
) -> dict[int, int]:
    """``tasks`` tasks, each chat linked to a unit of its own, every task reminded now.

    Units lead ``run`` consecutive tasks in turn (1: the next task goes to the next chat; 10:
    a directive giving each unit ten tasks). ``grouped``: all fall due at one instant, and a
    chat gets its reminders in one message; else each at its own millisecond before now, one
    message each. Returns the chat each task's reminder goes to.
    """
    names = [f"Phòng Thử nghiệm {n}" for n in range(len(chats))]
    turns = [(n // run) % len(chats) for n in range(tasks)]
    drafts = [draft(str(n), None, units=(names[turn],)) for n, turn in enumerate(turns)]
    ids = store_directive(engine, clock, *drafts, number="1/KH-UBND")
    now = clock.now()
    with session_scope(engine) as session:
        units = read.units_by_keys(session, [unit_key(name) for name in names])
        for name, chat_id in zip(names, chats, strict=True):
            link_chat(
                session, units[unit_key(name)], chat_id, ChatRole.MEMBER, by=1, at=now, actor="test"
            )
        rows = session.scalars(select(Task).where(Task.id.in_(ids)).order_by(Task.id))
        for n, task in enumerate(rows):
            due = now if grouped else now - timedelta(milliseconds=tasks - n)
            queue_reminder(session, task, now=due)
    return {task_id: chats[turn] for task_id, turn in zip(ids, turns, strict=True)}


def reminded_tasks(message: RecordedMessage) -> list[int]:
    """The tasks a reminder message is about: one, or each of a grouped reminder's list."""
    return [int(task) for task in dict.fromkeys(TASK_MENTION.findall(message.text))]


def tally(api: TelegramEmulator, expected: dict[int, int]) -> tuple[int, int]:
    """(lost, duplicated) reminders of ``store_burst``, from what the emulator recorded.

    A reminder is its (chat, task) pair, alone or in a grouped message: lost when it never
    arrived, duplicated once for each extra copy.
    """
    chats = set(expected.values())
    received = Counter(
        (m.chat_id, task) for m in api.sent if m.chat_id in chats for task in reminded_tasks(m)
    )
    lost = len({(chat, task) for task, chat in expected.items()} - received.keys())
    return lost, sum(count - 1 for count in received.values())
