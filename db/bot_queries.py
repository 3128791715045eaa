"""Named queries of the bot: who a chat is, what a reply points at, a unit's open tasks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload

from db.bot_models import InactiveChat, Invite, TaskShare
from db.models import (
    AuditEntry,
    Reminder,
    ReminderMessage,
    Task,
    TaskUnit,
    Unit,
    UnitChat,
    UnitRole,
)
from db.queries import (
    TASK_DETAILS,
    TRACKED,
    collectives_of,
    overdue_condition,
    status_condition,
)
from db.reports import category_at
from jobs.model import DUE_SOON, Category


@dataclass(frozen=True)
class TaskPage:
    """One page of a task list and how many tasks the whole list has."""

    tasks: Sequence[Task]
    total: int


# A task's lead units, joined under a name of their own: the scope's EXISTS on task_units must
# not correlate with the join.
LEAD = aliased(TaskUnit, name="lead")
LEAD_OF_TASK = and_(LEAD.task_id == Task.id, LEAD.role == UnitRole.LEAD)


# -- chats -----------------------------------------------------------------------------------
def chat_links(session: Session, chat_id: int) -> Sequence[UnitChat]:
    """The units a chat is linked to, with the units loaded."""
    return session.scalars(
        select(UnitChat)
        .where(UnitChat.chat_id == chat_id)
        .options(joinedload(UnitChat.unit))
        .order_by(UnitChat.id)
    ).all()


def all_links(session: Session) -> Sequence[UnitChat]:
    """Every chat linked to a unit, with the unit, by unit name then chat."""
    return session.scalars(
        select(UnitChat)
        .join(UnitChat.unit)
        .options(joinedload(UnitChat.unit))
        .order_by(Unit.name, UnitChat.chat_id)
    ).all()


def links_of_chat(session: Session, chat_id: int, unit_id: int | None = None) -> list[int]:
    """The ids of a chat's links (to one unit, when given)."""
    query = select(UnitChat.id).where(UnitChat.chat_id == chat_id)
    if unit_id is not None:
        query = query.where(UnitChat.unit_id == unit_id)
    return list(session.scalars(query.order_by(UnitChat.id)))


def unit_names_of_chat(session: Session, chat_id: int) -> list[str]:
    """The names of the units a chat is linked to."""
    return list(
        session.scalars(
            select(Unit.name)
            .join(UnitChat, UnitChat.unit_id == Unit.id)
            .where(UnitChat.chat_id == chat_id)
            .order_by(Unit.name)
        )
    )


def inactive_among(session: Session, chat_ids: Iterable[int]) -> set[int]:
    """Which of these chats blocked the bot or removed it."""
    ids = set(chat_ids)
    if not ids:
        return set()
    return set(session.scalars(select(InactiveChat.chat_id).where(InactiveChat.chat_id.in_(ids))))


def invite_by_hash(session: Session, token_hash: str) -> Invite | None:
    """The invite whose token hashes to ``token_hash``."""
    return session.scalar(select(Invite).where(Invite.token_hash == token_hash))


# -- tasks -----------------------------------------------------------------------------------
def tasks_for_message(session: Session, chat_id: int, message_id: int) -> list[int]:
    """The tasks of the reminders that produced this Telegram message (several when grouped)."""
    return list(
        session.scalars(
            select(Reminder.task_id)
            .join(ReminderMessage, ReminderMessage.reminder_id == Reminder.id)
            .where(ReminderMessage.chat_id == chat_id, ReminderMessage.message_id == message_id)
            .order_by(ReminderMessage.id)
        )
    )


def open_among(session: Session, task_ids: Iterable[int]) -> list[int]:
    """Those of these tasks still open, in the order given."""
    wanted = list(task_ids)
    found = set(session.scalars(select(Task.id).where(Task.id.in_(wanted), Task.done_at.is_(None))))
    return [task_id for task_id in wanted if task_id in found]


def reminder_messages(
    session: Session, task_id: int, chat_ids: Iterable[int] | None = None
) -> list[tuple[int, int]]:
    """(chat, message) of every reminder message a task produced (in these chats, if given)."""
    query = (
        select(ReminderMessage.chat_id, ReminderMessage.message_id)
        .join(Reminder, ReminderMessage.reminder_id == Reminder.id)
        .where(Reminder.task_id == task_id)
        .order_by(ReminderMessage.id)
    )
    if chat_ids is not None:
        query = query.where(ReminderMessage.chat_id.in_(list(chat_ids)))
    return [(chat, message) for chat, message in session.execute(query)]


def unit_chat_ids(session: Session, unit_ids: Iterable[int]) -> list[int]:
    """The chats linked to these units."""
    query = select(UnitChat.chat_id).where(UnitChat.unit_id.in_(list(unit_ids)))
    return list(dict.fromkeys(session.scalars(query)))


def with_collectives(session: Session, unit_ids: Iterable[int]) -> set[int]:
    """These units and every collective they belong to."""
    found = set(unit_ids)
    for unit_id in list(found):
        found.update(collectives_of(session, unit_id))
    return found


def involving(unit_ids: Iterable[int], *, lead_only: bool) -> ColumnElement[bool]:
    """Tasks in which one of these units takes part (as a lead, with ``lead_only``)."""
    condition = and_(TaskUnit.task_id == Task.id, TaskUnit.unit_id.in_(list(unit_ids)))
    if lead_only:
        condition = and_(condition, TaskUnit.role == UnitRole.LEAD)
    return exists().where(condition)


def involves(session: Session, task_id: int, unit_ids: Iterable[int]) -> bool:
    """Whether one of these units (or a collective of theirs) takes part in the task."""
    units = with_collectives(session, unit_ids)
    return bool(
        session.scalar(
            select(func.count())
            .select_from(TaskUnit)
            .where(TaskUnit.task_id == task_id, TaskUnit.unit_id.in_(list(units)))
        )
    )


def done_members(session: Session, task_id: int) -> set[int]:
    """The member units that closed their part of a collective task."""
    return done_members_of(session, [task_id]).get(task_id, set())


def done_members_of(session: Session, task_ids: Iterable[int]) -> dict[int, set[int]]:
    """``done_members`` of each of these tasks (those without any left out), in one query."""
    ids = sorted(set(task_ids))
    done: dict[int, set[int]] = {}
    if ids:
        rows = session.execute(
            select(TaskShare.task_id, TaskShare.unit_id).where(TaskShare.task_id.in_(ids))
        )
        for task_id, unit_id in rows:
            done.setdefault(task_id, set()).add(unit_id)
    return done


def share_done_by(unit_ids: Iterable[int]) -> ColumnElement[bool]:
    """Tasks in which one of these units already closed its part (a collective's task)."""
    return exists().where(TaskShare.task_id == Task.id, TaskShare.unit_id.in_(list(unit_ids)))


def open_tasks(
    session: Session,
    *,
    unit_ids: Iterable[int] | None = None,
    task_ids: Iterable[int] | None = None,
    lead_only: bool = False,
    limit: int = 20,
    offset: int = 0,
) -> TaskPage:
    """Open tracked tasks, soonest deadline first (none last), of these units (and collectives),
    among these tasks if given."""
    condition = and_(TRACKED, Task.done_at.is_(None))
    if task_ids is not None:
        condition = and_(condition, Task.id.in_(list(task_ids)))
    if unit_ids is not None:
        condition = and_(
            condition,
            involving(with_collectives(session, unit_ids), lead_only=lead_only),
            ~share_done_by(unit_ids),
        )
    total = session.scalar(select(func.count()).select_from(Task).where(condition)) or 0
    tasks = session.scalars(
        select(Task)
        .where(condition)
        .options(*TASK_DETAILS)
        .order_by(Task.deadline.is_(None), Task.deadline, Task.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return TaskPage(tasks, total)


def overdue_scope(
    session: Session, now: datetime, unit_ids: Iterable[int] | None
) -> ColumnElement[bool]:
    """Overdue tasks at ``now``: all, or those of these units (not their closed parts)."""
    condition = overdue_condition(now)
    if unit_ids is None:
        return condition
    return and_(
        condition,
        involving(with_collectives(session, unit_ids), lead_only=False),
        ~share_done_by(unit_ids),
    )


def overdue_counts(
    session: Session, now: datetime, *, unit_ids: Iterable[int] | None = None
) -> tuple[int, int]:
    """How many overdue tasks, and how many lines they take in /overdue (one per lead unit)."""
    condition = overdue_scope(session, now, unit_ids)
    tasks = session.scalar(select(func.count()).select_from(Task).where(condition)) or 0
    lines = session.scalar(
        select(func.count()).select_from(Task).outerjoin(LEAD, LEAD_OF_TASK).where(condition)
    )
    return tasks, lines or 0


def overdue_page(
    session: Session,
    now: datetime,
    *,
    unit_ids: Iterable[int] | None = None,
    limit: int,
    offset: int = 0,
) -> list[tuple[str | None, Task]]:
    """One page of overdue tasks by lead unit: the unit with the most overdue task first, then
    each unit's tasks most overdue first; a task with several lead units has a line under each.
    Paged in SQL (``overdue_counts`` gives the pages): only the page's tasks are loaded."""
    first_late = func.min(Task.deadline).over(partition_by=LEAD.unit_id)
    ranked = (
        select(
            Task.id.label("task_id"),
            Task.deadline.label("deadline"),
            LEAD.unit_id.label("unit_id"),
            first_late.label("first_late"),
        )
        .outerjoin(LEAD, LEAD_OF_TASK)
        .where(overdue_scope(session, now, unit_ids))
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.task_id, ranked.c.unit_id)
        .order_by(
            ranked.c.first_late,
            ranked.c.unit_id.is_(None),
            ranked.c.unit_id,
            ranked.c.deadline,
            ranked.c.task_id,
        )
        .limit(limit)
        .offset(offset)
    ).all()
    ids = {task_id for task_id, _ in rows}
    loaded = {
        task.id: task
        for task in session.scalars(select(Task).where(Task.id.in_(ids)).options(*TASK_DETAILS))
    }
    unit_ids_shown = {unit_id for _, unit_id in rows if unit_id is not None}
    names = dict(
        session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids_shown))).all()
    )
    return [(names.get(unit_id), loaded[task_id]) for task_id, unit_id in rows]


def task_history(session: Session, task_id: int, *, limit: int = 20) -> Sequence[AuditEntry]:
    """The audit entries of one task, oldest first."""
    return session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "task", AuditEntry.entity_id == task_id)
        .order_by(AuditEntry.at, AuditEntry.id)
        .limit(limit)
    ).all()


@dataclass(frozen=True)
class StatusOverview:
    """What /status shows: tracked tasks per category (and due soon), and per lead unit."""

    totals: dict[str, int]
    by_unit: dict[str | None, dict[str, int]]  # None: tasks with no lead unit


def status_overview(session: Session, now: datetime, soon_limit: datetime) -> StatusOverview:
    """The counts of /status at ``now``, in one scan of the tasks.

    A task counts for each of its lead units; in the totals it counts once, at its first lead
    unit (position 0: jobs.store numbers each role's units from 0), or as a task with none.
    """
    status = category_at(now)
    once = or_(TaskUnit.unit_id.is_(None), TaskUnit.position == 0)
    rows = session.execute(
        select(TaskUnit.unit_id, status, func.count(), func.sum(case((once, 1), else_=0)))
        .select_from(Task)
        .outerjoin(TaskUnit, and_(TaskUnit.task_id == Task.id, TaskUnit.role == UnitRole.LEAD))
        .where(TRACKED)
        .group_by(TaskUnit.unit_id, status)
    )
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    totals = {category.value: 0 for category in Category}
    by_unit: dict[str | None, dict[str, int]] = {}
    for unit_id, slug, links, tasks in rows:
        totals[slug] += tasks
        by_unit.setdefault(names.get(unit_id), {})[slug] = links
    soon = select(func.count()).select_from(Task).where(status_condition(DUE_SOON, now, soon_limit))
    totals[DUE_SOON] = session.scalar(soon) or 0
    return StatusOverview(totals, by_unit)
