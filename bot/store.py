"""The bot's changes to the stored data, each with its audit entry (like ``jobs.store``).

Invites are single-use under concurrency and closing a task is recorded once: both start
their unit of work with a conditional UPDATE, which takes the row's lock on PostgreSQL and
the write lock on SQLite before anything is read, so a second attempt waits and then finds
the row already taken.
"""

from __future__ import annotations

import hashlib
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db import bot_queries
from db.bot_models import InactiveChat, Invite, TaskShare
from db.models import ChatRole, Reminder, ReminderKind, Task, Unit, UnitChat, UnitRole
from jobs.calendar import LOCAL_ZONE, local_date
from jobs.engine.schedule import expand_collectives
from jobs.ingest.units import name_key
from jobs.messages.notices import format_date
from jobs.store import StoreError, audit, complete_task, get_task, link_chat

MANUAL_PREFIX = "manual"


TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 22  # about 131 bits, as token_urlsafe(16) gave


def new_token() -> str:
    """A random invite token of letters and digits only: one starting with "-" would read as an
    option on the command line ("nhacviec units revoke -x…")."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def token_hash(token: str) -> str:
    """What is stored of an invite token."""
    return hashlib.sha256(token.encode()).hexdigest()


# -- invites -----------------------------------------------------------------------------------
def create_invite(
    session: Session, unit: Unit, role: ChatRole, *, now: datetime, days: int, actor: str
) -> tuple[str, Invite]:
    """A new single-use token for ``unit``, valid ``days`` days; returns the token and its row."""
    token = new_token()
    invite = Invite(
        token_hash=token_hash(token),
        unit=unit,
        role=role,
        created_at=now,
        created_by=actor,
        expires_at=now + timedelta(days=days),
    )
    session.add(invite)
    session.flush()
    audit(
        session,
        now,
        actor,
        "invite.create",
        "unit",
        unit.id,
        invite=invite.id,
        role=role.value,
        expires_at=invite.expires_at.isoformat(),
    )
    return token, invite


def redeem_invite(
    session: Session,
    token: str,
    *,
    chat_id: int,
    user_id: int,
    now: datetime,
    actor: str,
    zone: ZoneInfo = LOCAL_ZONE,
    title: str | None = None,
) -> UnitChat:
    """Link ``chat_id`` (called ``title``) to the invite's unit, once; a used, expired or
    unknown token is refused."""
    claimed = session.execute(
        update(Invite)
        .where(
            Invite.token_hash == token_hash(token),
            Invite.used_at.is_(None),
            Invite.revoked_at.is_(None),
            Invite.expires_at > now,
        )
        .values(used_at=now, used_by_chat=chat_id, used_by_user=user_id)
        .execution_options(synchronize_session=False)
    ).rowcount
    invite = bot_queries.invite_by_hash(session, token_hash(token))
    if invite is None:
        raise StoreError("Mã mời không đúng. Hãy kiểm tra lại đường link Văn phòng gửi.")
    if not claimed:
        if invite.revoked_at is not None:
            raise StoreError(
                "Mã mời này đã bị Văn phòng thu hồi. Hãy xin Văn phòng một mã mời mới."
            )
        if invite.used_at is not None:
            raise StoreError(
                "Mã mời này đã được dùng rồi (mỗi mã chỉ dùng một lần). "
                "Hãy xin Văn phòng một mã mời mới."
            )
        day = format_date(local_date(invite.expires_at, zone))
        raise StoreError(f"Mã mời đã hết hạn từ {day}. Hãy xin Văn phòng một mã mời mới.")
    chat = link_chat(
        session, invite.unit, chat_id, invite.role, by=user_id, at=now, actor=actor, title=title
    )
    audit(session, now, actor, "invite.use", "unit", invite.unit_id, invite=invite.id, chat=chat_id)
    return chat


@dataclass(frozen=True)
class Unlinked:
    """A link just removed: the chat, the unit it served, the role it had."""

    chat_id: int
    unit_name: str
    role: ChatRole


def unlink_chat(session: Session, link_id: int, *, at: datetime, actor: str) -> Unlinked:
    """Remove one chat's link to a unit (a unit's group, or an office admin); audited."""
    link = session.get(UnitChat, link_id)
    if link is None:
        raise StoreError("Liên kết này không còn (có thể đã được huỷ); không thay đổi gì.")
    gone = Unlinked(link.chat_id, link.unit.name, link.role)
    audit(
        session,
        at,
        actor,
        "unit.unlink_chat",
        "unit",
        link.unit_id,
        chat_id=link.chat_id,
        role=link.role.value,
    )
    session.delete(link)
    session.flush()
    return gone


def revoke_invite(session: Session, token: str, *, at: datetime, actor: str) -> Unlinked | None:
    """Make an invite unusable; when it was redeemed, unlink the chat it linked.

    Returns that unlinked chat (None when the invite was unused, or its chat already gone).
    """
    revoked = session.execute(
        update(Invite)
        .where(Invite.token_hash == token_hash(token), Invite.revoked_at.is_(None))
        .values(revoked_at=at, revoked_by=actor)
        .execution_options(synchronize_session=False)
    ).rowcount
    invite = bot_queries.invite_by_hash(session, token_hash(token))
    if invite is None:
        raise StoreError("Mã mời không đúng; không thay đổi gì.")
    if not revoked:
        raise StoreError("Mã mời này đã bị thu hồi rồi; không thay đổi gì.")
    audit(session, at, actor, "invite.revoke", "unit", invite.unit_id, invite=invite.id)
    if invite.used_by_chat is None:
        return None
    link = session.scalar(
        select(UnitChat).where(
            UnitChat.unit_id == invite.unit_id, UnitChat.chat_id == invite.used_by_chat
        )
    )
    return unlink_chat(session, link.id, at=at, actor=actor) if link else None


# -- chats -------------------------------------------------------------------------------------
def mark_inactive(session: Session, chat_id: int, reason: str, *, at: datetime) -> bool:
    """Stop sending to a chat that refused the bot; False when it already was inactive."""
    if session.get(InactiveChat, chat_id) is not None:
        return False
    session.add(InactiveChat(chat_id=chat_id, since=at, reason=reason))
    audit(session, at, "bot", "chat.inactive", "chat", None, chat=chat_id, reason=reason)
    return True


def reactivate(session: Session, chat_id: int, *, at: datetime, actor: str) -> bool:
    """A chat that wrote to the bot again can be sent to again; False when it was active."""
    removed = session.execute(delete(InactiveChat).where(InactiveChat.chat_id == chat_id)).rowcount
    if removed:
        audit(session, at, actor, "chat.active", "chat", None, chat=chat_id)
    return bool(removed)


# -- tasks -------------------------------------------------------------------------------------
def lock_open_task(session: Session, task_id: int) -> bool:
    """Lock the task's row while it is still open; False when it is done or does not exist.

    Call it first in the unit of work: it is a write (of nothing), so SQLite takes its write
    lock before reading, and PostgreSQL re-checks ``done_at`` after any concurrent closer.
    """
    result = session.execute(
        update(Task)
        .where(Task.id == task_id, Task.done_at.is_(None))
        .values(reopen_count=Task.reopen_count)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)


def leads(task: Task, unit_ids: set[int]) -> bool:
    """Whether one of these units (or a collective of theirs) leads the task."""
    return any(unit.id in unit_ids for unit in task.units_in(UnitRole.LEAD))


def task_parts(task: Task) -> list[Unit]:
    """The member units that each close their own part of a collective task, by name.

    A task whose lead units include a collective ("UBND các xã" with members) is closed per
    member: its parts are every unit reached through its leads that has no members itself
    (a lead that is not a collective is one part too). A task without a collective lead has no
    parts: closing it once closes it.
    """
    leads = task.units_in(UnitRole.LEAD)
    if not any(unit.members for unit in leads):
        return []
    return sorted((u for u in expand_collectives(leads) if not u.members), key=lambda u: u.name)


def parts_noun(parts: list[Unit]) -> str:
    """ "xã" when every part is a commune's, else "đơn vị"."""
    return "xã" if parts and all({"xã", "xa"} & set(name_key(u.name)) for u in parts) else "đơn vị"


@dataclass(frozen=True)
class Closed:
    """A task, or members' parts of it, just closed; and whether in time.

    ``whole``: the task itself is now done (every part, or no parts). ``closed`` names the
    parts this call closed; ``done`` and ``parts`` count the parts done and in all;
    ``missing`` names those still open.
    """

    task: Task
    late_days: int
    whole: bool = True
    closed: tuple[str, ...] = ()
    done: int = 0
    parts: int = 0
    missing: tuple[str, ...] = ()
    noun: str = "đơn vị"


def close_task(
    session: Session,
    task_id: int,
    *,
    by: str,
    at: datetime,
    note: str | None,
    unit_ids: set[int] | None,
    zone: ZoneInfo = LOCAL_ZONE,
    member_id: int | None = None,
) -> Closed:
    """Close a task once; ``unit_ids`` (with their collectives) must lead it, None: the office.

    On a collective task a unit closes only its own part; the task is done when every part
    is. A chat of the collective itself, and the office without ``member_id``, close all
    parts; the office with ``member_id`` closes that member's part. Refusals (unknown, not
    theirs, already done, a recurring series for a unit, a part already closed) raise
    StoreError with the reason and change nothing.
    """
    locked = lock_open_task(session, task_id)
    task = get_task(session, task_id)
    if unit_ids is not None and not leads(task, unit_ids):
        raise StoreError(
            f"Nhiệm vụ #{task_id} không do đơn vị của nhóm này chủ trì; không thay đổi gì."
        )
    if not locked:
        when = local_date(task.done_at, zone) if task.done_at else None
        on = f" ngày {format_date(when)}" if when else ""
        raise StoreError(f"Nhiệm vụ #{task_id} đã được báo hoàn thành{on} rồi; không thay đổi gì.")
    if unit_ids is not None and task.is_series:
        raise StoreError(
            f"Nhiệm vụ #{task_id} là nhiệm vụ định kỳ: hãy báo xong từng lần thực hiện "
            "(trả lời tin nhắc của lần đó)."
        )
    late = 0
    if task.deadline is not None and at > task.deadline:
        late = max(1, (local_date(at, zone) - local_date(task.deadline, zone)).days)
    parts = task_parts(task)
    if not parts:
        complete_task(session, task_id, by=by, at=at, note=note)
        return Closed(task, late)
    done = bot_queries.done_members(session, task_id)
    if member_id is not None:
        mine = [unit for unit in parts if unit.id == member_id]
        if not mine:
            raise StoreError(f"Đơn vị này không thuộc nhiệm vụ #{task_id}; không thay đổi gì.")
    elif unit_ids is not None:
        mine = [unit for unit in parts if unit.id in unit_ids]
    else:
        mine = []
    if not mine:  # the office, or the collective's own chat: every part
        mine = list(parts)
    closing = [unit for unit in mine if unit.id not in done]
    if not closing:
        names = ", ".join(unit.name for unit in mine)
        raise StoreError(
            f"{names} đã báo hoàn thành phần của mình trong nhiệm vụ #{task_id} rồi; "
            "không thay đổi gì."
        )
    for unit in closing:
        session.add(TaskShare(task_id=task_id, unit_id=unit.id, done_at=at, done_by=by, note=note))
        audit(session, at, by, "task.share_complete", "task", task_id, unit=unit.id, note=note)
    done |= {unit.id for unit in closing}
    missing = tuple(unit.name for unit in parts if unit.id not in done)
    if not missing:
        complete_task(session, task_id, by=by, at=at, note=note)
    session.flush()
    return Closed(
        task,
        late,
        whole=not missing,
        closed=tuple(unit.name for unit in closing),
        done=len(parts) - len(missing),
        parts=len(parts),
        missing=missing,
        noun=parts_noun(parts),
    )


def queue_reminder(
    session: Session, task: Task, *, now: datetime, zone: ZoneInfo = LOCAL_ZONE
) -> None:
    """A reminder of ``task`` due now (the office's "nhắc ngay"); the engine sends it.

    Asked twice at the same instant, it is queued once.
    """
    key = f"{MANUAL_PREFIX}:t{task.id}:{now.isoformat()}"
    if session.scalar(select(Reminder.id).where(Reminder.idempotency_key == key)) is not None:
        return
    if task.deadline is None or local_date(task.deadline, zone) > local_date(now, zone):
        kind = ReminderKind.BEFORE
    else:
        kind = ReminderKind.ON_DAY if task.deadline >= now else ReminderKind.OVERDUE
    session.add(
        Reminder(
            task_id=task.id,
            kind=kind,
            fire_at=now,
            idempotency_key=key,
            created_at=now,
            attempts=0,
        )
    )
