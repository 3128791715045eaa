"""Named queries: every read the application makes (the CLI's, the engine's, the bot's) goes
through one of these."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from db.models import (
    AuditEntry,
    BotPrompt,
    ChatDelivery,
    Directive,
    ExtensionRequest,
    InactiveChat,
    IngestDraft,
    Invite,
    Reminder,
    ReminderKind,
    ReminderMessage,
    Task,
    TaskShare,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitChat,
    UnitRole,
    expand_collectives,
    unit_members,
)
from db.reports import TRACKED, category_at, due_soon_at
from jobs.model import DUE_SOON, Category

PENDING_REMINDER = and_(
    Reminder.sent_at.is_(None), Reminder.cancelled_at.is_(None), Reminder.failed_at.is_(None)
)
# The series row of a recurring obligation that has not been stopped.
OPEN_SERIES = and_(Task.every.is_not(None), Task.parent_id.is_(None), Task.done_at.is_(None))
TASK_DETAILS = (
    selectinload(Task.units).joinedload(TaskUnit.unit),
    selectinload(Task.directive),
)


# -- directives ----------------------------------------------------------------------------
def directive_by_hash(session: Session, sha256: str) -> Directive | None:
    """The directive stored from a file with this SHA-256, if any."""
    return session.scalar(select(Directive).where(Directive.sha256 == sha256))


def directive_counts(session: Session, directive_id: int) -> tuple[int, int]:
    """A directive's tasks as written (occurrences aside) and its pending reminders."""
    tasks = session.scalar(
        select(func.count())
        .select_from(Task)
        .where(Task.directive_id == directive_id, Task.parent_id.is_(None))
    )
    reminders = session.scalar(
        select(func.count())
        .select_from(Reminder)
        .join(Task, Task.id == Reminder.task_id)
        .where(Task.directive_id == directive_id, PENDING_REMINDER)
    )
    return tasks or 0, reminders or 0


# -- units -----------------------------------------------------------------------------------
def units_by_keys(session: Session, keys: Iterable[str]) -> dict[str, Unit]:
    """Units whose name or an alias folds to one of ``keys``, by that key."""
    keys = set(keys)
    if not keys:
        return {}
    found = {u.key: u for u in session.scalars(select(Unit).where(Unit.key.in_(keys)))}
    aliased = session.execute(
        select(UnitAlias.key, Unit)
        .join(UnitAlias.unit)
        .where(UnitAlias.key.in_(keys - found.keys()))
    )
    found.update({key: unit for key, unit in aliased})
    return found


def all_units(session: Session) -> Sequence[Unit]:
    """Every unit with its aliases, members and chats, by name."""
    return session.scalars(
        select(Unit)
        .options(selectinload(Unit.aliases), selectinload(Unit.members), selectinload(Unit.chats))
        .order_by(Unit.name)
    ).all()


def unit_aliases(session: Session) -> Sequence[Row[tuple[str, str, str]]]:
    """Every stored alias with its unit's name and kind: (alias, name, kind), oldest first."""
    return session.execute(
        select(UnitAlias.alias, Unit.name, Unit.kind).join(UnitAlias.unit).order_by(UnitAlias.id)
    ).all()


def collectives_of(session: Session, unit_id: int) -> list[int]:
    """The collectives ``unit_id`` belongs to."""
    return list(
        session.scalars(
            select(unit_members.c.collective_id).where(unit_members.c.member_id == unit_id)
        )
    )


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

# -- tasks -----------------------------------------------------------------------------------
def task_with_details(session: Session, task_id: int) -> Task | None:
    """One task with its units, directive and reminders loaded."""
    return session.scalar(
        select(Task)
        .where(Task.id == task_id)
        .options(*TASK_DETAILS, selectinload(Task.reminders).selectinload(Reminder.messages))
    )


def status_condition(
    status: Category | str, now: datetime, soon_limit: datetime
) -> ColumnElement[bool]:
    """SQL for "a task in this category" (or "sắp đến hạn") at ``now``."""
    if status == DUE_SOON:
        return due_soon_at(now, soon_limit)
    return category_at(now) == Category(status).value


def involving_unit(unit_id: int, collective_ids: Sequence[int]) -> ColumnElement[bool]:
    """Tasks where the unit, or a collective it belongs to, takes part."""
    return exists().where(
        TaskUnit.task_id == Task.id, TaskUnit.unit_id.in_([unit_id, *collective_ids])
    )


def list_tasks(
    session: Session,
    now: datetime,
    soon_limit: datetime,
    *,
    unit_id: int | None = None,
    status: Category | str | None = None,
    limit: int = 200,
) -> Sequence[Task]:
    """Tracked tasks, soonest deadline first (no deadline last), optionally filtered."""
    query = select(Task).where(TRACKED).options(*TASK_DETAILS)
    if unit_id is not None:
        query = query.where(involving_unit(unit_id, collectives_of(session, unit_id)))
    if status is not None:
        query = query.where(status_condition(status, now, soon_limit))
    query = query.order_by(Task.deadline.is_(None), Task.deadline, Task.id).limit(limit)
    return session.scalars(query).all()


def open_series(session: Session) -> Sequence[Row[Any]]:
    """Open series rows, with the fields that writing their occurrences needs."""
    return session.execute(
        select(
            Task.id,
            Task.directive_id,
            Task.ref,
            Task.text,
            Task.due_text,
            Task.every,
            Task.created_at,
            Task.created_by,
            Task.repeat_until,
        )
        .where(OPEN_SERIES)
        .order_by(Task.id)
    ).all()


def open_series_links(session: Session) -> defaultdict[int, list[tuple[int, UnitRole, int]]]:
    """The (unit id, role, position) links of each open series, lead first, in document order."""
    rows = session.execute(
        select(TaskUnit.task_id, TaskUnit.unit_id, TaskUnit.role, TaskUnit.position)
        .join(Task, Task.id == TaskUnit.task_id)
        .where(OPEN_SERIES)
        .order_by(TaskUnit.task_id, TaskUnit.role, TaskUnit.position)
    )
    links: defaultdict[int, list[tuple[int, UnitRole, int]]] = defaultdict(list)
    for task_id, unit_id, role, position in rows:
        links[task_id].append((unit_id, role, position))
    return links


def occurrences(session: Session, series_id: int, *, limit: int = 20) -> Sequence[Task]:
    """The latest occurrences of a series, newest first."""
    return session.scalars(
        select(Task)
        .where(Task.parent_id == series_id)
        .options(*TASK_DETAILS)
        .order_by(Task.occurrence_on.desc())
        .limit(limit)
    ).all()


def last_occurrences(session: Session, series_ids: Sequence[int]) -> dict[int, date]:
    """The latest occurrence date written for each series."""
    rows = session.execute(
        select(Task.parent_id, func.max(Task.occurrence_on))
        .where(Task.parent_id.in_(series_ids))
        .group_by(Task.parent_id)
    )
    return {parent: day for parent, day in rows if parent is not None}


def open_due_before(until: datetime) -> ColumnElement[bool]:
    """Open tasks whose deadline falls before ``until`` (they may need more nags written)."""
    return and_(Task.done_at.is_(None), Task.history_at.is_(None), Task.deadline < until)


def open_timings_due_before(session: Session, until: datetime) -> Sequence[Row[Any]]:
    """Open tasks due before ``until``, with what planning their reminders needs."""
    return session.execute(
        select(Task.id, Task.deadline, Task.due_text, Task.every, Task.occurrence_on)
        .where(open_due_before(until))
        .order_by(Task.deadline, Task.id)
    ).all()


def directive_tasks(session: Session, directive_id: int) -> list[Task]:
    """A directive's tasks as written (occurrences aside), in document order."""
    return list(
        session.scalars(
            select(Task)
            .where(Task.directive_id == directive_id, Task.parent_id.is_(None))
            .order_by(Task.id)
        )
    )


@dataclass(frozen=True)
class OverdueReport:
    """What ``/overdue`` shows: the total, the count per lead unit, the most overdue tasks."""

    total: int
    by_unit: list[tuple[str, int]]
    tasks: Sequence[Task]


def overdue_report(session: Session, now: datetime, *, limit: int = 50) -> OverdueReport:
    """Overdue tasks at ``now`` (the CLI's report); every part rides the partial index on open
    deadlines."""
    overdue = overdue_scope(session, now, None)
    total = session.scalar(select(func.count()).select_from(Task).where(overdue)) or 0
    counted = func.count()
    by_unit = session.execute(
        select(Unit.name, counted)
        .select_from(Task)
        .join(TaskUnit, and_(TaskUnit.task_id == Task.id, TaskUnit.role == UnitRole.LEAD))
        .join(Unit, Unit.id == TaskUnit.unit_id)
        .where(overdue)
        .group_by(Unit.id, Unit.name)
        .order_by(counted.desc(), Unit.name)
    )
    tasks = session.scalars(
        select(Task)
        .where(overdue)
        .options(*TASK_DETAILS)
        .order_by(Task.deadline, Task.id)
        .limit(limit)
    ).all()
    return OverdueReport(total, [(name, n) for name, n in by_unit], tasks)


def status_counts(session: Session, now: datetime, soon_limit: datetime) -> dict[str, int]:
    """How many tracked tasks are in each category, plus how many are due soon."""
    status = category_at(now)
    rows = session.execute(select(status, func.count()).where(TRACKED).group_by(status))
    counts = {category.value: 0 for category in Category}
    counts.update({slug: n for slug, n in rows})
    soon = select(func.count()).select_from(Task).where(status_condition(DUE_SOON, now, soon_limit))
    counts[DUE_SOON] = session.scalar(soon) or 0
    return counts


# -- reminders -------------------------------------------------------------------------------
def pending_fire_times(session: Session) -> list[datetime]:
    """The distinct instants at which some reminder is still to go out."""
    return list(
        session.scalars(
            select(Reminder.fire_at).where(PENDING_REMINDER).distinct().order_by(Reminder.fire_at)
        )
    )


def due_reminder_ids(session: Session, now: datetime) -> list[int]:
    """Reminders due at ``now`` and not yet delivered, in due order.

    Within one fire time the lead units take turns: a unit with ten tasks would otherwise get
    ten messages in a row, and Telegram allows about one a second per chat.
    """
    lead = (
        select(func.min(TaskUnit.unit_id))
        .where(TaskUnit.task_id == Reminder.task_id, TaskUnit.role == UnitRole.LEAD)
        .scalar_subquery()
    )
    turn = func.row_number().over(partition_by=(Reminder.fire_at, lead), order_by=Reminder.id)
    due = (
        select(Reminder.id, Reminder.fire_at, turn.label("turn"))
        .where(PENDING_REMINDER, Reminder.fire_at <= now)
        .subquery()
    )
    return list(session.scalars(select(due.c.id).order_by(due.c.fire_at, due.c.turn, due.c.id)))


def latest_due(
    session: Session, reminder_ids: Sequence[int], now: datetime
) -> tuple[list[tuple[int, datetime]], dict[int, int | None]]:
    """Of due reminders, those worth sending, and those not (with what replaces them).

    After downtime a task may have several due: only the latest goes out (an escalation, the
    office's, is kept apart from the unit's reminders). A "trước hạn" reminder whose task's
    deadline has passed is not sent at all. Returns (ids to send in the given order, each
    with its fire time; {id not to send: id sent instead, or None}).
    """
    if not reminder_ids:
        return [], {}
    latest: dict[tuple[int, bool], int] = {}
    rows = []
    for start in range(0, len(reminder_ids), 5000):
        rows += session.execute(
            select(Reminder.id, Reminder.task_id, Reminder.kind, Reminder.fire_at, Task.deadline)
            .join(Task, Task.id == Reminder.task_id)
            .where(Reminder.id.in_(reminder_ids[start : start + 5000]))
        ).all()
    rows.sort(key=lambda row: row.id)
    stale: dict[int, int | None] = {}
    ordered = {row.id: row for row in rows}
    for reminder_id in reminder_ids:
        row = ordered.get(reminder_id)
        if row is None:
            continue
        if row.kind == ReminderKind.BEFORE and row.deadline is not None and row.deadline < now:
            stale[row.id] = None
            continue
        latest[(row.task_id, row.kind == ReminderKind.ESCALATE)] = row.id
    keep = set(latest.values())
    superseded = {
        row.id: latest[(row.task_id, row.kind == ReminderKind.ESCALATE)]
        for row in rows
        if row.id not in keep and row.id not in stale
    }
    superseded.update(stale)
    return [(i, ordered[i].fire_at) for i in reminder_ids if i in keep], superseded


def still_pending_among(session: Session, reminder_ids: Sequence[int]) -> set[int]:
    """Those of these reminders still to be delivered (not cancelled, replanned or done)."""
    return set(
        session.scalars(select(Reminder.id).where(Reminder.id.in_(reminder_ids), PENDING_REMINDER))
    )


def given_up_chats(session: Session, reminder_ids: Sequence[int]) -> dict[int, set[int]]:
    """The chats each of these reminders has given up on (those with none left out)."""
    given_up: dict[int, set[int]] = {}
    for start in range(0, len(reminder_ids), 1000):
        rows = session.execute(
            select(ChatDelivery.reminder_id, ChatDelivery.chat_id).where(
                ChatDelivery.reminder_id.in_(reminder_ids[start : start + 1000]),
                ChatDelivery.failed_at.is_not(None),
            )
        )
        for reminder_id, chat_id in rows:
            given_up.setdefault(reminder_id, set()).add(chat_id)
    return given_up


def request_task(session: Session, request_id: int) -> list[int]:
    """The task an extension request is about (none for an unknown request)."""
    return list(
        session.scalars(select(ExtensionRequest.task_id).where(ExtensionRequest.id == request_id))
    )


def reminders_for_delivery(session: Session, reminder_ids: Sequence[int]) -> list[Reminder]:
    """These reminders, in the given order, with everything their messages and recipients
    need (a few queries for any number of them)."""
    found: dict[int, Reminder] = {}
    for start in range(0, len(reminder_ids), 1000):
        found.update(
            (reminder.id, reminder)
            for reminder in session.scalars(
                select(Reminder)
                .where(Reminder.id.in_(reminder_ids[start : start + 1000]))
                .options(
                    selectinload(Reminder.messages),
                    selectinload(Reminder.task).options(
                        selectinload(Task.directive),
                        selectinload(Task.units)
                        .joinedload(TaskUnit.unit)
                        .options(
                            selectinload(Unit.chats),
                            selectinload(Unit.members).selectinload(Unit.chats),
                        ),
                    ),
                )
            )
        )
    return [found[i] for i in reminder_ids if i in found]


def upcoming_reminders(session: Session, *, limit: int = 100) -> Sequence[Reminder]:
    """The pending schedule, soonest first."""
    return session.scalars(
        select(Reminder)
        .where(PENDING_REMINDER)
        .options(selectinload(Reminder.task).options(*TASK_DETAILS))
        .order_by(Reminder.fire_at, Reminder.id)
        .limit(limit)
    ).all()


def count_pending_reminders(session: Session) -> int:
    """How many reminders are still to go out."""
    return session.scalar(select(func.count()).select_from(Reminder).where(PENDING_REMINDER)) or 0


def reminder_keys(session: Session, task_ids: Sequence[int]) -> dict[int, set[str]]:
    """The idempotency keys already used by each task's reminders."""
    keys: dict[int, set[str]] = defaultdict(set)
    for start in range(0, len(task_ids), 5000):
        rows = session.execute(
            select(Reminder.task_id, Reminder.idempotency_key).where(
                Reminder.task_id.in_(task_ids[start : start + 5000])
            )
        )
        for task_id, key in rows:
            keys[task_id].add(key)
    return keys


def reminder_keys_due_before(session: Session, until: datetime) -> dict[int, set[str]]:
    """The idempotency keys already used by the reminders of open tasks due before ``until``."""
    rows = session.execute(
        select(Reminder.task_id, Reminder.idempotency_key)
        .join(Task, Task.id == Reminder.task_id)
        .where(open_due_before(until))
    )
    keys: dict[int, set[str]] = defaultdict(set)
    for task_id, key in rows:
        keys[task_id].add(key)
    return keys


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
    """The one overdue query, the CLI's and the bot's: open tasks past their deadline at
    ``now``, all or those of these units (not their closed parts)."""
    condition = and_(Task.done_at.is_(None), Task.deadline < now)
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


# -- what waits for an answer ----------------------------------------------------------------
def live_draft(session: Session, chat_id: int, now: datetime) -> IngestDraft | None:
    """The chat's unconfirmed directive, unless it expired."""
    row = session.get(IngestDraft, chat_id)
    return row if row is not None and row.expires_at > now else None


def count_live_drafts(session: Session, now: datetime) -> int:
    """How many drafts have not expired."""
    alive = IngestDraft.expires_at > now
    return session.scalar(select(func.count()).select_from(IngestDraft).where(alive)) or 0


def live_prompt(
    session: Session, chat_id: int, kind: str, message_id: int, now: datetime
) -> BotPrompt | None:
    """The chat's question of this kind asked by ``message_id``, unless it expired."""
    row = session.get(BotPrompt, (chat_id, message_id, kind))
    return row if row is not None and row.expires_at > now else None


def live_prompt_ids(session: Session, chat_id: int, kind: str, now: datetime) -> list[int]:
    """The message ids of the chat's questions of this kind still open, oldest first."""
    return list(
        session.scalars(
            select(BotPrompt.message_id)
            .where(BotPrompt.chat_id == chat_id, BotPrompt.kind == kind, BotPrompt.expires_at > now)
            .order_by(BotPrompt.created_at)
        )
    )
