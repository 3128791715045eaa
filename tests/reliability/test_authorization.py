"""Who may do what: every command and button, tried by every kind of sender.

The senders: a stranger, a member of another unit (Phòng Tư pháp's group), a member of the
task's unit (Phòng Nội vụ's group) and an office admin. For each command or button the
table says what each of them sees (a fragment of the answer, the alert or the edited
message) and who changes something (the task closed, reopened or moved, a reminder sent, an
invite issued). Each try works on a task of its own, so that one does not hide another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from bot_harness import (
    ADMIN,
    NOI_VU,
    OTHER_CHAT,
    OTHER_USER,
    STRANGER,
    TU_PHAP,
    UNIT_CHAT,
    UNIT_USER,
    Harness,
    draft,
)
from bot_harness import OFFICE as OFFICE_CHAT
from sqlalchemy import func, select

from db.models import ChatRole, EvidenceRule, Invite, Reminder, Task, Unit, UnitChat
from db.session import session_scope
from db.write import close_task, create_invite, record_request
from jobs.calendar import LOCAL_ZONE, end_of_local_day

SENDERS = {  # who: (chat, user)
    "stranger": (STRANGER, STRANGER),
    "other unit": (OTHER_CHAT, OTHER_USER),
    "member": (UNIT_CHAT, UNIT_USER),
    "office": (ADMIN, ADMIN),
}
NOT_REGISTERED = "chưa được đăng ký"
OFFICE_ONLY = "chỉ dành cho Văn phòng"
UNITS_ONLY = "dành cho nhóm của đơn vị"
NOT_LEAD = "không do đơn vị của nhóm này chủ trì"
NEW_DAY = date(2024, 4, 30)
Effect = Callable[[Harness, int], object]  # a measure of the world; changed = differs after


def task_state(harness: Harness, task_id: int) -> tuple[object, object]:
    """(done_at, deadline) of a task."""
    with session_scope(harness.engine) as session:
        task = session.get(Task, task_id)
        return task.done_at, task.deadline


def reminders(harness: Harness, task_id: int) -> int:
    """Reminders of a task, queued or sent."""
    with session_scope(harness.engine) as session:
        return session.scalar(
            select(func.count()).select_from(Reminder).where(Reminder.task_id == task_id)
        )


def invites(harness: Harness, task_id: int) -> int:
    """Invites issued."""
    with session_scope(harness.engine) as session:
        return session.scalar(select(func.count()).select_from(Invite))


def links(harness: Harness, task_id: int) -> int:
    """Linked chats."""
    with session_scope(harness.engine) as session:
        return session.scalar(select(func.count()).select_from(UnitChat))


def revoked(harness: Harness, task_id: int) -> int:
    """Invites revoked."""
    with session_scope(harness.engine) as session:
        return session.scalar(
            select(func.count()).select_from(Invite).where(Invite.revoked_at.is_not(None))
        )


def evidence_rules(harness: Harness, task_id: int) -> int:
    """Tasks the office requires evidence for."""
    with session_scope(harness.engine) as session:
        return session.scalar(select(func.count()).select_from(EvidenceRule))


def nothing(harness: Harness, task_id: int) -> None:
    """Actions that change nothing."""


@dataclass(frozen=True)
class Row:
    """One command or button: what each sender sees, and who changes the world."""

    name: str
    payload: str  # a message, or "press:<callback data>"; {task} is the try's task id
    sees: dict[str, str]
    effect: Effect = nothing
    changed_by: frozenset[str] = frozenset()
    closed_first: bool = False

    def text(self, task_id: int, request: int = 0, link: int = 0, token: str = "") -> str:
        """The payload for one try."""
        return self.payload.format(task=task_id, request=request, link=link, token=token)


def row(name: str, payload: str, stranger: str, other: str, member: str, office: str, **kw) -> Row:
    """A table row, senders in the order of SENDERS."""
    sees = dict(zip(SENDERS, (stranger, other, member, office), strict=True))
    return Row(name, payload, sees, **kw)


CHANGERS = frozenset({"member", "office"})
OFFICE = frozenset({"office"})
HELP_UNIT, HELP_OFFICE = "dành cho đơn vị", "dành cho Văn phòng"
TABLE = [
    row("/start", "/start", "chưa liên kết", HELP_UNIT, HELP_UNIT, HELP_OFFICE),
    row("/help", "/help", "/start MÃ_MỜI", HELP_UNIT, HELP_UNIT, HELP_OFFICE),
    *(
        row(
            command,
            command,
            NOT_REGISTERED,
            "Nhiệm vụ đang mở của Phòng Tư pháp",
            "Nhiệm vụ đang mở của Phòng Nội vụ",
            "Nhiệm vụ đang mở:",
        )
        for command in ("/tasks", "/nhiemvu")
    ),
    *(
        row(
            command,
            command,
            NOT_REGISTERED,
            "Quá hạn chưa hoàn thành của Phòng Tư pháp: 0",
            "Quá hạn chưa hoàn thành của Phòng Nội vụ",
            "Quá hạn chưa hoàn thành:",
        )
        for command in ("/overdue", "/quahan")
    ),
    row(
        "/task",
        "/task {task}",
        NOT_REGISTERED,
        "không phải của đơn vị Phòng Tư pháp",
        "Nhiệm vụ #{task}",
        "Nhiệm vụ #{task}",
    ),
    row(
        "/xong",
        "/xong {task}",
        NOT_REGISTERED,
        NOT_LEAD,
        "Đã ghi nhận hoàn thành",
        "Đã ghi nhận hoàn thành",
        effect=task_state,
        changed_by=CHANGERS,
    ),
    *(
        row(
            command,
            f"{command} {{task}} 30/4",
            NOT_REGISTERED,
            NOT_LEAD,
            "Đã gửi đề nghị gia hạn",
            "Đã gia hạn nhiệm vụ",
            effect=task_state,
            changed_by=OFFICE,
        )
        for command in ("/extend", "/giahan")
    ),
    *(
        row(command, command, NOT_REGISTERED, OFFICE_ONLY, OFFICE_ONLY, "Tình hình thực hiện")
        for command in ("/status", "/tinhhinh")
    ),
    *(
        row(
            command,
            f"{command} {{task}}",
            NOT_REGISTERED,
            OFFICE_ONLY,
            OFFICE_ONLY,
            "Đã gửi nhắc",
            effect=reminders,
            changed_by=OFFICE,
        )
        for command in ("/remind", "/nhac")
    ),
    row(
        "/done",
        "/done {task}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Đã ghi nhận hoàn thành",
        effect=task_state,
        changed_by=OFFICE,
    ),
    row(
        "/reopen",
        "/reopen {task}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Đã trả lại nhiệm vụ",
        effect=task_state,
        changed_by=OFFICE,
        closed_first=True,
    ),
    row(
        "/invite",
        "/invite Phòng Tư pháp",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Mã mời cho Phòng Tư pháp",
        effect=invites,
        changed_by=OFFICE,
    ),
    row("/units", "/units", NOT_REGISTERED, OFFICE_ONLY, OFFICE_ONLY, "Đơn vị và nhóm Telegram"),
    row("/unlink", "/unlink", NOT_REGISTERED, OFFICE_ONLY, OFFICE_ONLY, "Huỷ liên kết"),
    row(
        "🔌 unlink button",
        "press:ul:{link}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Đã huỷ liên kết Phòng Tư pháp",
        effect=links,
        changed_by=OFFICE,
    ),
    row(
        "/revoke",
        "/revoke {token}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Đã thu hồi mã mời",
        effect=revoked,
        changed_by=OFFICE,
    ),
    row(
        "✅ Xong",
        "press:done:{task}",
        NOT_REGISTERED,
        NOT_LEAD,
        "Đã ghi nhận hoàn thành",
        "Đã ghi nhận hoàn thành",
        effect=task_state,
        changed_by=CHANGERS,
    ),
    row(
        "✅ Đã hoàn thành toàn bộ (after a hedged xong)",
        "press:whole:{task}",
        NOT_REGISTERED,
        NOT_LEAD,
        "Đã ghi nhận hoàn thành",
        UNITS_ONLY,
        effect=task_state,
        changed_by=frozenset({"member"}),
    ),
    row(
        "⏳ Chưa (after a hedged xong)",
        "press:notyet:{task}",
        NOT_REGISTERED,
        NOT_LEAD,
        "vẫn đang thực hiện; bot sẽ tiếp tục nhắc",
        UNITS_ONLY,
        effect=task_state,
    ),
    row(
        "✅ one member's part (office, after /done)",
        "press:dm:{task}:1",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Đã ghi nhận hoàn thành",
        effect=task_state,
        changed_by=OFFICE,
    ),
    row(
        "↩️ Trả lại",
        "press:reopen:{task}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Đã trả lại nhiệm vụ",
        effect=task_state,
        changed_by=OFFICE,
        closed_first=True,
    ),
    row(
        "🔔 Nhắc ngay",
        "press:remind:{task}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Đã gửi nhắc",
        effect=reminders,
        changed_by=OFFICE,
    ),
    row(
        "⏳ Xin gia hạn",
        "press:ext:{task}",
        NOT_REGISTERED,
        NOT_LEAD,
        "hãy trả lời tin này bằng ngày đề xuất",
        UNITS_ONLY,
    ),
    row(
        "✅ Duyệt",
        "press:xa:{request}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "✅ Đã duyệt",
        effect=task_state,
        changed_by=OFFICE,
    ),
    row(
        "❌ Từ chối",
        "press:xr:{request}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "❌ Đã từ chối",
        effect=task_state,
    ),
    row(
        "/minhchung",
        "/minhchung {task}",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "cần minh chứng",
        effect=evidence_rules,
        changed_by=OFFICE,
    ),
    row(
        "📎 Mở minh chứng",
        "press:ev:999999",
        NOT_REGISTERED,
        OFFICE_ONLY,
        OFFICE_ONLY,
        "Không còn tệp minh chứng này",
    ),
    *(
        row(name, f"press:ing:{action}:1", NOT_REGISTERED, OFFICE_ONLY, OFFICE_ONLY, "không còn")
        for name, action in (("✅ Xác nhận", "ok"), ("❌ Hủy", "no"))
    ),
    row(
        "◀ ▶ overdue",
        "press:page:overdue:1:",
        NOT_REGISTERED,
        "Quá hạn chưa hoàn thành của Phòng Tư pháp",
        "Quá hạn chưa hoàn thành của Phòng Nội vụ",
        "Quá hạn chưa hoàn thành:",
    ),
    row(
        "◀ ▶ tasks",
        "press:page:tasks:1:",
        NOT_REGISTERED,
        "Nhiệm vụ đang mở của Phòng Tư pháp",
        "Nhiệm vụ đang mở của Phòng Nội vụ",
        "Nhiệm vụ đang mở:",
    ),
    row(
        "◀ ▶ units",
        "press:page:units:1:",
        NOT_REGISTERED,
        "Danh sách này chỉ dành cho Văn phòng",
        "Danh sách này chỉ dành cho Văn phòng",
        "Đơn vị và nhóm Telegram",
    ),
]


def asked(harness: Harness, task_id: int) -> int:
    """Phòng Nội vụ's request to move the task to NEW_DAY; returns its id."""
    with session_scope(harness.engine) as session:
        task = session.get(Task, task_id)
        now = harness.clock.now()
        return record_request(
            session, task, NEW_DAY, chat_id=UNIT_CHAT, reason=None, by="test", at=now
        ).id


def spare_link(harness: Harness, task_id: int) -> int:
    """A chat of its own linked to Phòng Tư pháp for this try; returns the link's id."""
    harness.link(TU_PHAP, -1005000 - task_id)
    with session_scope(harness.engine) as session:
        return session.scalar(select(UnitChat.id).where(UnitChat.chat_id == -1005000 - task_id))


def spare_invite(harness: Harness) -> str:
    """An unused invite for Phòng Tư pháp; returns its token."""
    with session_scope(harness.engine) as session:
        unit = session.scalar(select(Unit).where(Unit.name == TU_PHAP))
        now = harness.clock.now()
        token, _ = create_invite(session, unit, ChatRole.MEMBER, now=now, days=7, actor="test")
        return token


async def attempt(harness: Harness, who: str, payload: str) -> str:
    """What the sender sees after sending ``payload``: new messages, the alert, the edit."""
    chat, user = SENDERS[who]
    harness.rt.stranger_answers.clear()  # each try as on a day of its own (one answer a day)
    before = len(harness.sent(chat))
    pressed = harness.sent(chat)[-1]
    alert = ""
    if payload.startswith("press:"):
        data = payload.removeprefix("press:")
        update = harness.api.callback(chat, user, pressed.message_id, data)
        await harness.settle()
        answer = harness.api.callback_answers.get(update["callback_query"]["id"], {})
        alert = answer.get("text") or ""
    else:
        harness.api.user_message(
            chat, user, payload, chat_type="private" if chat > 0 else "supergroup"
        )
        await harness.settle()
    shown = [m.plain_text for m in harness.sent(chat)[before:]]
    return " | ".join([*shown, alert, pressed.plain_text if pressed.edit_count else ""])


@pytest.fixture
async def world(harness: Harness) -> tuple[Harness, list[int]]:
    """A task of Phòng Nội vụ for every try (no deadline: no reminders in the way), one of
    each unit with a deadline; both units' groups linked."""
    tries = len(TABLE) * len(SENDERS)
    ids = harness.store(*(draft(str(n), None) for n in range(tries)))
    harness.store(
        draft("x", date(2024, 4, 5)),
        draft("y", date(2024, 5, 20), units=(TU_PHAP,)),
        number="13/TB-UBND",
    )
    harness.link(NOI_VU, UNIT_CHAT)
    harness.link(TU_PHAP, OTHER_CHAT)
    harness.clock.set(datetime(2024, 4, 10, 9, 0, tzinfo=LOCAL_ZONE))
    for chat, user in SENDERS.values():
        await harness.say(chat, user, "/help")  # a bot message to press buttons on
    return harness, ids


async def test_every_command_and_button_for_every_sender(world: tuple[Harness, list[int]]) -> None:
    harness, ids = world
    tasks = iter(ids)
    for entry in TABLE:
        for who, fragment in entry.sees.items():
            task_id = next(tasks)
            if entry.closed_first:
                with session_scope(harness.engine) as session:
                    now = harness.clock.now()
                    close_task(session, task_id, by="t", at=now, note=None, unit_ids=None)
            request = asked(harness, task_id) if "{request}" in entry.payload else 0
            link = spare_link(harness, task_id) if "{link}" in entry.payload else 0
            token = spare_invite(harness) if "{token}" in entry.payload else ""
            before = entry.effect(harness, task_id)
            seen = await attempt(harness, who, entry.text(task_id, request, link, token))
            changed = entry.effect(harness, task_id) != before
            assert fragment.format(task=task_id) in seen, (entry.name, who, seen)
            assert changed == (who in entry.changed_by), (entry.name, who, "changed", changed)
    with session_scope(harness.engine) as session:
        moved = session.scalars(select(Task).where(Task.deadline == end_of_local_day(NEW_DAY)))
        assert len(moved.all()) == 3  # /extend, /giahan and ✅ Duyệt by the office


# -- office listings: only in the office's own chats -------------------------------------------
STRANGE_GROUP = -1009009  # a group nobody linked
LISTINGS = ["/overdue", "/quahan", "/units", "/report", "/baocao", "/status", "/tasks"]
OUTSIDE = "chỉ xem được trong nhóm Văn phòng"


@pytest.mark.parametrize(
    ("where", "shown"),
    [
        ("unit group", False),  # an admin typing in Phòng Nội vụ's group
        ("unlinked group", False),
        ("office group", True),
        ("admin's private chat", True),
        ("office-admin linked group", True),
    ],
)
async def test_office_listings_only_in_the_office(
    harness: Harness, where: str, shown: bool
) -> None:
    harness.store(draft("1", date(2024, 5, 30)), draft("2", None, units=(TU_PHAP,)))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.link(TU_PHAP, OTHER_CHAT, ChatRole.OFFICE_ADMIN)
    harness.clock.set(datetime(2024, 4, 10, 9, 0, tzinfo=LOCAL_ZONE))
    chat = {
        "unit group": UNIT_CHAT,
        "unlinked group": STRANGE_GROUP,
        "office group": OFFICE_CHAT,
        "admin's private chat": ADMIN,
        "office-admin linked group": OTHER_CHAT,
    }[where]
    user = OTHER_USER if where == "office-admin linked group" else ADMIN
    for command in LISTINGS:
        answers = await harness.say(chat, user, command)
        text = " ".join(m.plain_text for m in answers)
        assert (OUTSIDE not in text) == shown, (command, where, text)
        if not shown:
            assert len(answers) == 1 and str(UNIT_CHAT) not in text and NOI_VU not in text
