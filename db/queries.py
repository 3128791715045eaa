"""Named queries: every read the application makes goes through one of these."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, exists, func, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Directive,
    Reminder,
    ReminderKind,
    Task,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitRole,
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


# -- tasks -----------------------------------------------------------------------------------
def task_with_details(session: Session, task_id: int) -> Task | None:
    """One task with its units, directive and reminders loaded."""
    return session.scalar(
        select(Task)
        .where(Task.id == task_id)
        .options(*TASK_DETAILS, selectinload(Task.reminders).selectinload(Reminder.messages))
    )


def overdue_condition(now: datetime) -> ColumnElement[bool]:
    """SQL for "an open task past its deadline at ``now``" (the CLI's and the bot's /overdue)."""
    return and_(Task.done_at.is_(None), Task.deadline < now)


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
    """Overdue tasks at ``now``; every part rides the partial index on open deadlines."""
    overdue = overdue_condition(now)
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
