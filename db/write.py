"""Every change to the stored data, each with its audit entry: directives' rows, reminder rows
and their delivery, closing, reopening and moving a task's deadline, units' chats, invites.

Planning (the policy, recurrence) happens above, in ``jobs``: what arrives here are plain
values and rows. A change the data does not allow raises ``StoreError`` (its message is for
the user) and writes nothing.

Invites are single-use under concurrency and closing a task is recorded once: both start
their unit of work with a conditional UPDATE, which takes the row's lock on PostgreSQL and
the write lock on SQLite before anything is read, so a second attempt waits and then finds
the row already taken.
"""

from __future__ import annotations

import hashlib
import secrets
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Insert,
    String,
    Table,
    bindparam,
    cast,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from db import read
from db.models import (
    AuditEntry,
    Base,
    BotPrompt,
    ChatDelivery,
    ChatRole,
    ExtensionRequest,
    InactiveChat,
    IngestDraft,
    Invite,
    Reminder,
    ReminderKind,
    ReminderMessage,
    Task,
    TaskShare,
    Unit,
    UnitChat,
    UnitRole,
)
from jobs.model import LOCAL_ZONE, StoreError, format_date, local_date

# A reminder gives up after this many failed deliveries.
MAX_ATTEMPTS = 5


# In the idempotency key of a reminder retired by a replan, before the row id.
RETIRED_MARK = "~"


def audit(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    **details: Any,
) -> None:
    """Record one change and who made it."""
    session.add(
        AuditEntry(
            at=at, actor=actor, action=action, entity=entity, entity_id=entity_id, details=details
        )
    )


class UnitLink(NamedTuple):
    """A unit's part in a task, as copied to the occurrences of a series."""

    unit_id: int
    role: UnitRole
    position: int


@dataclass(frozen=True, slots=True)
class TaskTiming:
    """What planning a task's reminders needs: its id, deadline and place in a series."""

    id: int
    deadline: datetime | None
    due_text: str
    every: str | None = None
    occurrence_on: date | None = None


@dataclass(frozen=True, slots=True)
class SeriesRow:
    """A recurring obligation, as writing its occurrences needs it."""

    id: int
    directive_id: int
    ref: str
    text: str
    due_text: str
    every: str
    created_at: datetime
    created_by: str
    repeat_until: date | None
    units: tuple[UnitLink, ...]

    @classmethod
    def inserted(cls, task_id: int, row: dict[str, Any], units: Iterable[UnitLink]) -> SeriesRow:
        """The series just inserted as ``row`` under ``task_id``."""
        copied = {f.name: row[f.name] for f in fields(cls) if f.name not in ("id", "units")}
        return cls(id=task_id, units=tuple(units), **copied)


def bulk_insert(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` into a model's table in one statement."""
    if rows:
        session.connection().execute(*_bulk_statement(session, model.__table__, rows))


def bulk_insert_ids(
    session: Session, model: type[Base], rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert ``rows`` into a model's table in one statement; the new ids, in row order."""
    if not rows:
        return []
    table = model.__table__
    statement, parameters = _bulk_statement(session, table, rows)
    result = session.connection().execute(statement.returning(table.c.id), parameters)
    # Ids ascend in insert order (SQLite's rowids, PostgreSQL's sequence), so sorting puts them
    # in the order of ``rows``; sort_by_parameter_order would insert row by row on SQLite.
    return sorted(result.scalars())


def _bulk_statement(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> tuple[Insert, Sequence[dict[str, Any]] | None]:
    """The INSERT of ``rows`` into ``table``, and its executemany parameters if any.

    SQLite takes an executemany. PostgreSQL gets one INSERT ... SELECT over unnest(one array per
    column), in row order: psycopg would otherwise send (and the server run) a statement per
    row, or parse a statement of tens of thousands of parameters.
    """
    if session.connection().dialect.name != "postgresql":
        return insert(table), rows
    names = list(rows[0])
    arrays = [
        cast(
            bindparam(None, [row[name] for row in rows], ARRAY(table.c[name].type)),
            ARRAY(table.c[name].type),
        )
        for name in names
    ]
    source = func.unnest(*arrays).table_valued(*names, with_ordinality="ordinal").render_derived()
    ordered = select(*(source.c[name] for name in names)).order_by(source.c.ordinal)
    return insert(table).from_select(names, ordered), None


def link_rows(
    task_ids: Sequence[int], links: Iterable[Iterable[UnitLink]]
) -> list[dict[str, Any]]:
    """task_units rows: each task's unit links."""
    return [
        {"task_id": task_id, **link._asdict()}
        for task_id, task_links in zip(task_ids, links, strict=True)
        for link in task_links
    ]


def retire_unsent_reminders(session: Session, task: Task, now: datetime) -> None:
    """Retire a task's reminders that never went out (before planning them anew).

    They are cancelled, not deleted: a delivery pass may have one in flight, and the message
    it records must find its row. Their idempotency keys are set aside (``RETIRED_MARK`` and
    the row id), so the new plan may use the same days again. One that already reached some
    chat keeps its key: its day is not reminded twice.
    """
    reached = select(ReminderMessage.id).where(ReminderMessage.reminder_id == Reminder.id)
    session.execute(
        update(Reminder)
        .where(
            Reminder.task_id == task.id,
            Reminder.sent_at.is_(None),
            ~reached.exists(),
            ~Reminder.idempotency_key.contains(RETIRED_MARK),
        )
        .values(
            cancelled_at=func.coalesce(Reminder.cancelled_at, now),
            idempotency_key=Reminder.idempotency_key + RETIRED_MARK + cast(Reminder.id, String),
        )
        .execution_options(synchronize_session=False)
    )
    cancel_pending(session, [task.id], now)


def cancel_pending(session: Session, task_ids: Sequence[int], at: datetime) -> int:
    """Cancel the pending reminders of these tasks."""
    result = session.execute(
        update(Reminder)
        .where(Reminder.task_id.in_(task_ids), read.PENDING_REMINDER)
        .values(cancelled_at=at)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def get_task(session: Session, task_id: int) -> Task:
    """The task with this id, or an error for the user."""
    task = read.task_with_details(session, task_id)
    if task is None:
        raise StoreError(f"Không có nhiệm vụ #{task_id}.")
    return task


def complete_task(
    session: Session, task_id: int, *, by: str, at: datetime, note: str | None = None
) -> Task:
    """Close a task (a series: stop it) and cancel its pending reminders."""
    task = get_task(session, task_id)
    if task.done_at is not None:
        raise StoreError(f"Nhiệm vụ #{task_id} đã hoàn thành rồi.")
    task.done_at, task.done_by, task.completion_note = at, by, note
    cancelled = cancel_pending(session, [task.id], at)
    session.expire(task, ["reminders"])
    audit(session, at, by, "task.complete", "task", task.id, note=note, cancelled=cancelled)
    return task


def mark_reopened(session: Session, task_id: int, *, by: str, at: datetime) -> Task:
    """Reopen a closed task: its collective shares go, its unsent reminders retire (the caller
    plans it again)."""
    task = get_task(session, task_id)
    if task.done_at is None:
        raise StoreError(f"Nhiệm vụ #{task_id} chưa hoàn thành, không cần mở lại.")
    audit(session, at, by, "task.reopen", "task", task.id, done_at=task.done_at.isoformat())
    task.done_at = task.done_by = task.completion_note = None
    # A collective's task reopens for every member: each closes its part again.
    session.execute(
        delete(TaskShare)
        .where(TaskShare.task_id == task.id)
        .execution_options(synchronize_session=False)
    )
    task.reopened_at, task.reopened_by = at, by
    task.reopen_count += 1
    retire_unsent_reminders(session, task, at)
    return task


def closed_refusal(task: Task) -> str:
    """Why ``task``'s deadline cannot move: it is closed, nothing to extend ("" while open)."""
    return f"Nhiệm vụ #{task.id} đã hoàn thành, không cần gia hạn." if task.done_at else ""


def refuse_closed(task: Task) -> None:
    """Raise ``closed_refusal`` for a closed task."""
    if refusal := closed_refusal(task):
        raise StoreError(refusal)


def set_deadline(
    session: Session,
    task_id: int,
    deadline: datetime | None,
    due_text: str,
    *,
    by: str,
    at: datetime,
) -> Task:
    """Give an open task a new deadline; its unsent reminders retire (the caller plans anew).

    A closed task has nothing to extend, and a series' deadlines are its occurrences': both
    are refused.
    """
    task = get_task(session, task_id)
    refuse_closed(task)
    if task.is_series:
        raise StoreError(
            f"Nhiệm vụ #{task_id} là nhiệm vụ định kỳ: hãy đổi hạn từng lần thực hiện."
        )
    old = task.deadline
    task.deadline = deadline
    task.due_text = due_text
    audit(
        session,
        at,
        by,
        "task.deadline",
        "task",
        task.id,
        old=old.isoformat() if old else None,
        new=deadline.isoformat() if deadline else None,
        due_text=due_text,
    )
    retire_unsent_reminders(session, task, at)
    return task


def record_request(
    session: Session,
    task: Task,
    day: date,
    *,
    chat_id: int,
    reason: str | None,
    by: str,
    at: datetime,
) -> ExtensionRequest:
    """Store a unit's request to move ``task``'s deadline to ``day``, against its deadline now
    (a closed task is refused)."""
    refuse_closed(task)
    request = ExtensionRequest(
        task_id=task.id,
        chat_id=chat_id,
        day=day,
        reason=reason,
        deadline_seen=task.deadline,
        requested_at=at,
        requested_by=by,
    )
    session.add(request)
    session.flush()
    audit(session, at, by, "extension.request", "task", task.id, request=request.id, day=str(day))
    return request


# -- delivery bookkeeping ---------------------------------------------------------------------
def record_message(
    session: Session, reminder_id: int, chat_id: int, message_id: int, at: datetime
) -> bool:
    """Remember that a reminder reached one chat, so a retry skips it.

    Idempotent (a write retried after an unclear failure adds nothing); a reminder retired
    meanwhile (a deadline changed during the send) still gets its message, so that a reply to
    it finds the task. Returns whether a row was added.
    """
    values = {"reminder_id": reminder_id, "chat_id": chat_id, "message_id": message_id}
    source = select(
        bindparam("reminder_id", reminder_id),
        bindparam("chat_id", chat_id),
        bindparam("message_id", message_id),
        bindparam("sent_at", at, type_=ReminderMessage.sent_at.type),
    ).where(
        select(Reminder.id).where(Reminder.id == reminder_id).exists(),
        ~select(ReminderMessage.id)
        .where(ReminderMessage.reminder_id == reminder_id, ReminderMessage.chat_id == chat_id)
        .exists(),
    )
    result = session.execute(insert(ReminderMessage).from_select([*values, "sent_at"], source))
    return bool(result.rowcount)


def record_messages(
    session: Session, reminder_ids: Sequence[int], chat_id: int, message_id: int, at: datetime
) -> None:
    """``record_message`` for each reminder one message carried (a grouped reminder)."""
    for reminder_id in reminder_ids:
        record_message(session, reminder_id, chat_id, message_id, at)


def mark_sent(session: Session, reminder_id: int, at: datetime) -> None:
    """A reminder has reached every recipient: it never goes out again."""
    session.execute(
        update(Reminder)
        .where(Reminder.id == reminder_id, Reminder.sent_at.is_(None))
        .values(sent_at=at)
    )


def record_failure(session: Session, reminder_id: int, error: str, at: datetime) -> None:
    """Count a failed delivery of the whole reminder; after MAX_ATTEMPTS it is given up."""
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        return
    reminder.attempts += 1
    reminder.last_error = error[:1000]
    if reminder.attempts >= MAX_ATTEMPTS:
        reminder.failed_at = at


def record_chat_failure(
    session: Session, reminder_id: int, chat_id: int, error: str, at: datetime
) -> bool:
    """Count a failed try at one chat; True when the chat is given up on now (MAX_ATTEMPTS).

    The reminder's own ``attempts`` and ``last_error`` say how its delivery went overall.
    """
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        return False
    reminder.attempts += 1
    reminder.last_error = f"{chat_id}: {error}"[:1000]
    state = session.get(ChatDelivery, (reminder_id, chat_id))
    if state is None:
        state = ChatDelivery(reminder_id=reminder_id, chat_id=chat_id, attempts=0)
        session.add(state)
    state.attempts += 1
    state.last_error = error[:1000]
    if state.attempts >= MAX_ATTEMPTS and state.failed_at is None:
        state.failed_at = at
        return True
    return False


def mark_superseded(session: Session, superseded: dict[int, int | None], at: datetime) -> None:
    """Cancel due reminders that are not worth sending any more.

    ``superseded`` maps each to the later reminder of its task that goes out instead, or None
    for a "trước hạn" reminder whose deadline has already passed.
    """
    for reminder_id, by in superseded.items():
        session.execute(
            update(Reminder)
            .where(Reminder.id == reminder_id, read.PENDING_REMINDER)
            .values(
                cancelled_at=at,
                superseded_by=by,
                last_error=(
                    f"superseded by reminder {by}" if by else "before-reminder after the deadline"
                ),
            )
        )


def finish_reminders(session: Session, finished: dict[int, tuple[bool, bool, datetime]]) -> None:
    """These reminders ({id: (reached, gave up, at)}) reached or gave up on every chat: they
    are done, with ``sent_at`` when some chat got one, ``failed_at`` when some chat was given up
    on (one update for all those with the same outcome)."""
    alike: dict[tuple[bool, bool, datetime], list[int]] = {}
    for reminder_id, outcome in finished.items():
        alike.setdefault(outcome, []).append(reminder_id)
    for (reached, gave_up, at), ids in alike.items():
        values: dict[str, Any] = {}
        if reached:
            values["sent_at"] = at
        if gave_up:
            values["failed_at"] = at
        if values:
            session.execute(
                update(Reminder)
                .where(Reminder.id.in_(ids), read.PENDING_REMINDER)
                .values(**values)
            )


def record_unrecorded(
    session: Session,
    messages: dict[tuple[int, int], tuple[int, datetime]],
    finished: dict[int, tuple[bool, bool, datetime]],
    at: datetime,
) -> None:
    """Write, in one unit of work, sends and outcomes kept in memory while writes failed."""
    for (reminder_id, chat_id), (message_id, sent_at) in messages.items():
        record_message(session, reminder_id, chat_id, message_id, sent_at)
    finish_reminders(session, finished)


def move_chat(session: Session, old_chat_id: int, new_chat_id: int, at: datetime) -> list[str]:
    """A group became a supergroup: its links follow it to the new id (audited).

    Returns the names of the units whose link moved.
    """
    moved = []
    for link in session.scalars(select(UnitChat).where(UnitChat.chat_id == old_chat_id)):
        already = session.scalar(
            select(UnitChat.id).where(
                UnitChat.unit_id == link.unit_id, UnitChat.chat_id == new_chat_id
            )
        )
        if already is None:
            link.chat_id = new_chat_id
        else:
            session.delete(link)
        moved.append(link.unit.name)
        audit(
            session,
            at,
            "bot",
            "chat.migrate",
            "unit",
            link.unit_id,
            old=old_chat_id,
            new=new_chat_id,
        )
    return moved


def link_chat(
    session: Session,
    unit: Unit,
    chat_id: int,
    role: ChatRole,
    *,
    by: int | None,
    at: datetime,
    actor: str,
    title: str | None = None,
) -> UnitChat:
    """Link a Telegram chat to a unit (again: update its role); ``title``: the chat's name."""
    chat = next((c for c in unit.chats if c.chat_id == chat_id), None)
    if chat is None:
        chat = UnitChat(chat_id=chat_id, role=role, linked_by=by, linked_at=at, title=title)
        unit.chats.append(chat)
    else:
        chat.role, chat.linked_by, chat.linked_at = role, by, at
        chat.title = title or chat.title
    session.flush()
    audit(session, at, actor, "unit.link_chat", "unit", unit.id, chat_id=chat_id, role=role.value)
    return chat


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
    invite = read.invite_by_hash(session, token_hash(token))
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
    invite = read.invite_by_hash(session, token_hash(token))
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


@dataclass(frozen=True)
class Closed:
    """A task, or members' parts of it, just closed; and whether in time.

    ``whole``: the task itself is now done (every part, or no parts). ``closed`` names the
    parts this call closed; ``done`` and ``parts`` count the parts done and in all;
    ``missing`` names those still open, ``names`` every part.
    """

    task: Task
    late_days: int
    whole: bool = True
    closed: tuple[str, ...] = ()
    done: int = 0
    parts: int = 0
    missing: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


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
    if unit_ids is not None and not read.leads(task, unit_ids):
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
    parts = read.task_parts(task)
    if not parts:
        complete_task(session, task_id, by=by, at=at, note=note)
        return Closed(task, late)
    done = read.done_members(session, task_id)
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
        names=tuple(unit.name for unit in parts),
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


# -- what waits for an answer ----------------------------------------------------------------
def save_draft(
    session: Session,
    chat_id: int,
    *,
    number: int,
    file_name: str,
    sha256: str,
    raw_text: str,
    state: dict[str, Any],
    now: datetime,
    ttl: timedelta,
) -> None:
    """Keep a chat's draft (a new number replaces the old one; an edit keeps its age); expired
    drafts go."""
    session.execute(delete(IngestDraft).where(IngestDraft.expires_at <= now))
    row = session.get(IngestDraft, chat_id)
    if row is not None and row.number != number:
        session.delete(row)
        session.flush()
        row = None
    if row is None:
        row = IngestDraft(chat_id=chat_id, created_at=now, expires_at=now + ttl)
        session.add(row)
    row.number, row.file_name, row.sha256 = number, file_name, sha256
    row.raw_text, row.state = raw_text, state


def drop_drafts(session: Session, chat_id: int | None = None) -> None:
    """Forget the chat's draft (every draft, without a chat)."""
    condition = [] if chat_id is None else [IngestDraft.chat_id == chat_id]
    session.execute(delete(IngestDraft).where(*condition))


def save_prompt(
    session: Session,
    chat_id: int,
    message_id: int,
    kind: str,
    value: Any,
    *,
    now: datetime,
    ttl: timedelta,
) -> None:
    """Keep a question the bot asked in ``message_id`` and what its answer completes; expired
    questions go."""
    session.execute(delete(BotPrompt).where(BotPrompt.expires_at <= now))
    drop_prompt(session, chat_id, message_id, kind)
    session.add(
        BotPrompt(
            chat_id=chat_id,
            message_id=message_id,
            kind=kind,
            payload={"value": value},
            created_at=now,
            expires_at=now + ttl,
        )
    )


def drop_prompt(session: Session, chat_id: int, message_id: int, kind: str) -> bool:
    """Forget a question; False when there was none."""
    result = session.execute(
        delete(BotPrompt).where(
            BotPrompt.chat_id == chat_id, BotPrompt.message_id == message_id, BotPrompt.kind == kind
        )
    )
    return bool(result.rowcount)
