"""Named queries of the reports: a period's tasks, counts per lead unit, and short task lists.

Definitions (all instants UTC, periods half-open ``[start, end)``):

- A task *of the period* is a tracked task (not the series row of a recurring obligation)
  that existed at some moment of it and was not completed before it: created before ``end``
  and not completed before ``start``. A task stored after the period is not in it, whatever
  its deadline.
- Statuses are taken *as of* an instant ``as_of`` (reports use the end of the period, or now
  if that is earlier): a completion after ``as_of`` has not happened yet. ``category_at`` is
  the one definition of the categories (``jobs.model.Category``) in SQL: every count, report and
  status filter uses it (``jobs.plan.status.task_status`` is its twin for a loaded task); "sắp đến
  hạn" is an in-time open task whose deadline is at or before ``soon_limit``
  (``jobs.plan.status.due_soon_limit(as_of, ...)``).
- A task belongs to its lead units (``task_units.role = 'lead'``); a task with two lead units
  counts for each, and a collective ("UBND các xã, thị trấn") is a unit of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    ChatRole,
    Directive,
    ReportPost,
    Task,
    TaskEvidence,
    TaskShare,
    TaskUnit,
    Unit,
    UnitChat,
    UnitRole,
    unit_members,
)
from jobs.model import DUE_SOON, Category

T = TypeVar("T")

# A task that is tracked on its own: not the series row of a recurring obligation.
TRACKED = or_(Task.every.is_(None), Task.parent_id.is_not(None))


@dataclass(frozen=True)
class Period:
    """A half-open span of time ``[start, end)`` in UTC."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        """Refuse naive instants and empty or reversed spans."""
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs timezone-aware instants")
        if self.start >= self.end:
            raise ValueError(f"empty period: {self.start} .. {self.end}")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """The first items of a list, and how many there are in all."""

    items: Sequence[T]
    total: int

    @property
    def more(self) -> int:
        """How many items were left out."""
        return self.total - len(self.items)


@dataclass(frozen=True)
class TaskRow:
    """What reports show of a task, read with plain column queries (no ORM objects)."""

    id: int
    text: str
    deadline: datetime | None
    done_at: datetime | None
    completion_note: str | None
    directive_number: str | None
    directive_title: str
    directive_issued_on: date | None
    leads: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()
    # A collective lead's members ("UBND các xã"): name and when it closed its part, if it did.
    members: tuple[tuple[str, datetime | None], ...] = ()
    files: tuple[str, ...] = ()  # the evidence (minh chứng) kept with the task, by name


ROW_COLUMNS = (
    Task.id,
    Task.text,
    Task.deadline,
    Task.done_at,
    Task.completion_note,
    Directive.number,
    Directive.title,
    Directive.issued_on,
)


@dataclass(frozen=True)
class UnitCounts:
    """One lead unit's tasks by category slug (``Category`` values and ``DUE_SOON``)."""

    unit_id: int | None
    name: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Tasks in all categories ("sắp đến hạn" is inside "đang thực hiện")."""
        return sum(self.counts.get(category.value, 0) for category in Category)

    @property
    def done(self) -> int:
        """Tasks completed, on time or late."""
        return self.counts.get(Category.DONE_ON_TIME, 0) + self.counts.get(Category.DONE_LATE, 0)

    @property
    def completion_rate(self) -> float:
        """Completed tasks as a fraction of all (0 when there are none)."""
        return self.done / self.total if self.total else 0.0


def empty_counts() -> dict[str, int]:
    """Zero in every category and in "sắp đến hạn"."""
    return {**{category.value: 0 for category in Category}, DUE_SOON: 0}


# -- conditions ------------------------------------------------------------------------------
def done_by(as_of: datetime) -> ColumnElement[bool]:
    """Completed at or before ``as_of``."""
    return and_(Task.done_at.is_not(None), Task.done_at <= as_of)


def open_at(as_of: datetime) -> ColumnElement[bool]:
    """Not yet completed at ``as_of``."""
    return or_(Task.done_at.is_(None), Task.done_at > as_of)


def in_period(period: Period) -> ColumnElement[bool]:
    """Created before the period's end and not completed before its start."""
    return and_(
        Task.created_at < period.end, or_(Task.done_at.is_(None), Task.done_at >= period.start)
    )


def category_at(as_of: datetime) -> ColumnElement[str]:
    """Each task's category slug as of ``as_of``, the SQL twin of ``task_status``."""
    done = done_by(as_of)
    return case(
        (and_(done, Task.done_at > Task.deadline), Category.DONE_LATE.value),
        (done, Category.DONE_ON_TIME.value),
        (Task.deadline.is_(None), Category.NO_DEADLINE.value),
        (Task.deadline < as_of, Category.OVERDUE.value),
        else_=Category.IN_PROGRESS.value,
    )


def due_soon_at(as_of: datetime, soon_limit: datetime) -> ColumnElement[bool]:
    """Open and in time at ``as_of``, with the deadline at or before ``soon_limit``."""
    return and_(open_at(as_of), Task.deadline >= as_of, Task.deadline <= soon_limit)


def overdue_at(as_of: datetime) -> ColumnElement[bool]:
    """Open at ``as_of`` with the deadline already past."""
    return and_(open_at(as_of), Task.deadline < as_of)


def led_by(unit_id: int) -> ColumnElement[bool]:
    """Tasks the unit leads (chủ trì)."""
    return exists().where(
        TaskUnit.task_id == Task.id, TaskUnit.unit_id == unit_id, TaskUnit.role == UnitRole.LEAD
    )


# -- the period ------------------------------------------------------------------------------
def period_tasks(session: Session, period: Period) -> list[TaskRow]:
    """Every task of the period, in directive and document order (occurrences by date)."""
    order = (Task.directive_id, func.coalesce(Task.parent_id, Task.id), Task.occurrence_on, Task.id)
    return _task_rows(session, in_period(period), order)


def unit_counts(
    session: Session, period: Period, as_of: datetime, soon_limit: datetime
) -> list[UnitCounts]:
    """Per lead unit, the period's tasks in each category; one grouped query."""
    rows = (
        select(
            TaskUnit.unit_id.label("unit_id"),
            category_at(as_of).label("category"),
            case((due_soon_at(as_of, soon_limit), 1), else_=0).label("soon"),
        )
        .select_from(Task)
        .outerjoin(TaskUnit, and_(TaskUnit.task_id == Task.id, TaskUnit.role == UnitRole.LEAD))
        .where(TRACKED, in_period(period))
        .subquery()
    )
    grouped = session.execute(
        select(rows.c.unit_id, Unit.name, rows.c.category, func.count(), func.sum(rows.c.soon))
        .select_from(rows)
        .outerjoin(Unit, Unit.id == rows.c.unit_id)
        .group_by(rows.c.unit_id, Unit.name, rows.c.category)
    )
    units: dict[int | None, UnitCounts] = {}
    for unit_id, name, category, n, soon in grouped:
        counts = units.setdefault(unit_id, UnitCounts(unit_id, name, empty_counts())).counts
        counts[category] = n
        counts[DUE_SOON] += soon or 0
    return list(units.values())


def total_counts(
    session: Session, period: Period, as_of: datetime, soon_limit: datetime
) -> dict[str, int]:
    """The period's tasks in each category, each task counted once."""
    rows = (
        select(
            category_at(as_of).label("category"),
            case((due_soon_at(as_of, soon_limit), 1), else_=0).label("soon"),
        )
        .where(TRACKED, in_period(period))
        .subquery()
    )
    counts = empty_counts()
    for category, n, soon in session.execute(
        select(rows.c.category, func.count(), func.sum(rows.c.soon)).group_by(rows.c.category)
    ):
        counts[category] = n
        counts[DUE_SOON] += soon or 0
    return counts


# -- task rows -------------------------------------------------------------------------------
def _task_rows(
    session: Session, condition: ColumnElement[bool], order: Sequence[Any], limit: int | None = None
) -> list[TaskRow]:
    """Tracked tasks meeting ``condition`` in ``order``, with their units: two read."""
    query = (
        select(*ROW_COLUMNS)
        .join(Directive, Directive.id == Task.directive_id)
        .where(TRACKED, condition)
        .order_by(*order)
    )
    rows = session.execute(query if limit is None else query.limit(limit)).all()
    chosen = condition if limit is None else Task.id.in_([row.id for row in rows])
    names: dict[tuple[int, UnitRole], list[str]] = defaultdict(list)
    for task_id, role, name in session.execute(
        select(TaskUnit.task_id, TaskUnit.role, Unit.name)
        .join(Unit, Unit.id == TaskUnit.unit_id)
        .join(Task, Task.id == TaskUnit.task_id)
        .where(TRACKED, chosen)
        .order_by(TaskUnit.task_id, TaskUnit.position)
    ):
        names[task_id, role].append(name)
    ids = [row.id for row in rows]
    members, files = member_parts(session, ids), evidence_names(session, ids)
    return [
        TaskRow(
            *row,
            leads=tuple(names[row.id, UnitRole.LEAD]),
            supports=tuple(names[row.id, UnitRole.SUPPORT]),
            members=members.get(row.id, ()),
            files=files.get(row.id, ()),
        )
        for row in rows
    ]


def member_parts(
    session: Session, task_ids: Sequence[int]
) -> dict[int, tuple[tuple[str, datetime | None], ...]]:
    """For tasks led by a collective: every member (nested collectives expanded) by name,
    with when it closed its part (None while open)."""
    if not task_ids:
        return {}
    edges: dict[int, list[int]] = defaultdict(list)
    for collective_id, member_id in session.execute(
        select(unit_members.c.collective_id, unit_members.c.member_id)
    ):
        edges[collective_id].append(member_id)
    leads: dict[int, list[int]] = defaultdict(list)
    for task_id, unit_id in session.execute(
        select(TaskUnit.task_id, TaskUnit.unit_id).where(
            TaskUnit.task_id.in_(task_ids), TaskUnit.role == UnitRole.LEAD
        )
    ):
        leads[task_id].append(unit_id)
    parts: dict[int, set[int]] = {}
    for task_id, units in leads.items():
        if not any(unit in edges for unit in units):
            continue
        found, todo = set(), list(units)
        while todo:
            unit = todo.pop()
            if unit in edges:
                todo.extend(m for m in edges[unit] if m not in found)
                found.add(unit)
            else:
                found.add(unit)
        parts[task_id] = {unit for unit in found if unit not in edges}
    if not parts:
        return {}
    wanted = set().union(*parts.values())
    names = dict(session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(wanted))).all())
    done = {
        (task_id, unit_id): at
        for task_id, unit_id, at in session.execute(
            select(TaskShare.task_id, TaskShare.unit_id, TaskShare.done_at).where(
                TaskShare.task_id.in_(list(parts))
            )
        )
    }
    return {
        task_id: tuple(
            sorted(((names[u], done.get((task_id, u))) for u in units), key=lambda p: p[0])
        )
        for task_id, units in parts.items()
    }


def evidence_names(session: Session, task_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The evidence files kept with each task, by name, oldest first."""
    files: dict[int, list[str]] = defaultdict(list)
    for task_id, name in session.execute(
        select(TaskEvidence.task_id, TaskEvidence.file_name)
        .where(TaskEvidence.task_id.in_(list(task_ids)))
        .order_by(TaskEvidence.task_id, TaskEvidence.added_at, TaskEvidence.id)
    ):
        files[task_id].append(name)
    return {task_id: tuple(names) for task_id, names in files.items()}


def _listing(
    session: Session, condition: ColumnElement[bool], order: Sequence[Any], limit: int
) -> Listing[TaskRow]:
    """The first ``limit`` tracked tasks meeting ``condition``, and their number."""
    total = session.scalar(select(func.count()).select_from(Task).where(TRACKED, condition))
    return Listing(_task_rows(session, condition, order, limit), total or 0)


def _of_unit(condition: ColumnElement[bool], unit_id: int | None) -> ColumnElement[bool]:
    """``condition``, narrowed to the tasks a unit leads when one is given."""
    return condition if unit_id is None else and_(condition, led_by(unit_id))


def completed_between(
    session: Session, period: Period, *, unit_id: int | None = None, limit: int = 20
) -> Listing[TaskRow]:
    """Tasks completed in the period, in the order they were completed."""
    condition = and_(Task.done_at >= period.start, Task.done_at < period.end)
    return _listing(session, _of_unit(condition, unit_id), (Task.done_at, Task.id), limit)


def completed_in(session: Session, period: Period, as_of: datetime, *, limit: int) -> list[TaskRow]:
    """The first of the period's tasks completed by ``as_of``, in the order they were completed."""
    condition = and_(in_period(period), done_by(as_of))
    return _task_rows(session, condition, (Task.done_at, Task.id), limit)


def overdue_in(session: Session, period: Period, as_of: datetime, *, limit: int) -> list[TaskRow]:
    """The first of the period's tasks overdue at ``as_of``, the oldest deadline first."""
    condition = and_(in_period(period), overdue_at(as_of))
    return _task_rows(session, condition, (Task.deadline, Task.id), limit)


def longest_overdue(
    session: Session, as_of: datetime, *, unit_id: int | None = None, limit: int = 20
) -> Listing[TaskRow]:
    """Tasks overdue at ``as_of``, the oldest deadline first."""
    condition = _of_unit(overdue_at(as_of), unit_id)
    return _listing(session, condition, (Task.deadline, Task.id), limit)


def due_between(
    session: Session, period: Period, as_of: datetime, *, limit: int = 20
) -> Listing[TaskRow]:
    """Tasks open at ``as_of`` whose deadline falls in the period, soonest first.

    The summary's "coming seven days": stored by the time it is read, not by ``as_of``.
    """
    condition = and_(open_at(as_of), Task.deadline >= period.start, Task.deadline < period.end)
    return _listing(session, condition, (Task.deadline, Task.id), limit)


def open_in_time(
    session: Session, as_of: datetime, *, unit_id: int, limit: int = 20
) -> Listing[TaskRow]:
    """A unit's open tasks not yet overdue at ``as_of``: soonest deadline first, none last."""
    condition = and_(open_at(as_of), or_(Task.deadline.is_(None), Task.deadline >= as_of))
    order = (Task.deadline.is_(None), Task.deadline, Task.id)
    return _listing(session, _of_unit(condition, unit_id), order, limit)


# -- units -----------------------------------------------------------------------------------
def units_with_member_chats(session: Session) -> Sequence[Unit]:
    """Units that have a linked member chat (those that get a digest), with their chats."""
    has_chat = exists().where(UnitChat.unit_id == Unit.id, UnitChat.role == ChatRole.MEMBER)
    return session.scalars(
        select(Unit).where(has_chat).options(selectinload(Unit.chats)).order_by(Unit.name)
    ).all()


# -- posts of the weekly summary ---------------------------------------------------------------
POST_SENDING, POST_RESENDING, POST_DONE, POST_FAILED = "sending", "resending", "done", "failed"


def claim_post(session: Session, chat_id: int, period: Period, now: datetime) -> bool:
    """Record that a period's summary starts going to a chat; False if it ever did before."""
    if session.get(ReportPost, (chat_id, period.start)) is not None:
        return False
    session.add(
        ReportPost(
            chat_id=chat_id,
            period_start=period.start,
            period_end=period.end,
            state=POST_SENDING,
            started_at=now,
        )
    )
    session.flush()
    return True


def cut_off_posts(session: Session) -> list[tuple[int, Period]]:
    """The posts that started and never finished, nor were tried again: (chat, period)."""
    rows = session.execute(
        select(ReportPost.chat_id, ReportPost.period_start, ReportPost.period_end)
        .where(ReportPost.state == POST_SENDING)
        .order_by(ReportPost.period_start, ReportPost.chat_id)
    )
    return [(chat_id, Period(start, end)) for chat_id, start, end in rows]


def set_post_state(
    session: Session, chat_id: int, period: Period, state: str, now: datetime
) -> None:
    """Move a post on: ``resending``, ``done`` or ``failed`` (the last two finish it)."""
    post = session.get(ReportPost, (chat_id, period.start))
    if post is None:
        raise LookupError(f"no post of {period} to chat {chat_id}")
    post.state = state
    post.finished_at = now if state in (POST_DONE, POST_FAILED) else None
