"""Changes to the stored data, each with its audit entry; reminders follow every change."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from itertools import takewhile
from typing import Any, NamedTuple

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
from sqlalchemy.orm.attributes import set_committed_value

from db import queries
from db.bot_models import TaskShare
from db.models import (
    AuditEntry,
    Base,
    ChatDelivery,
    ChatRole,
    Directive,
    Reminder,
    ReminderMessage,
    Task,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitChat,
    UnitRole,
)
from jobs.calendar import local_date
from jobs.errors import IngestError
from jobs.ingest.units import UnitEntry, name_key
from jobs.model import DraftTask, Extraction
from jobs.plan.late import Past
from jobs.plan.policy import PlannedReminder, Planner
from jobs.plan.recurrence import parse_every

# A reminder gives up after this many failed deliveries.
MAX_ATTEMPTS = 5
UNKNOWN_KIND = "unknown"
# In the idempotency key of a reminder retired by a replan, before the row id.
RETIRED_MARK = "~"


class StoreError(IngestError):
    """A change the stored data does not allow; str(exc) is the Vietnamese message."""


def unit_key(name: str) -> str:
    """The folded form under which a unit name or alias is stored and looked up."""
    return " ".join(name_key(name))


def file_sha256(data: bytes) -> str:
    """The hash that recognises a file already ingested."""
    return hashlib.sha256(data).hexdigest()


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


# -- directives and tasks --------------------------------------------------------------------
@dataclass
class StoredDirective:
    """The outcome of storing an extraction."""

    directive: Directive
    created: bool
    new_units: list[str] = field(default_factory=list)


def new_unit_lines(new_units: Sequence[str], extraction: Extraction) -> list[str]:
    """What to say of the units a stored directive added to the database, in Vietnamese.

    Two different things: a unit of the catalogue (a standard type, or the deployment's own
    directory) that this database did not hold yet is only "not yet registered"; a name the
    catalogue does not know at all is for the office to check or add.
    """
    unknown = {name for task in extraction.tasks for name in task.unknown_units}
    registered = [name for name in new_units if name not in unknown]
    strangers = [name for name in new_units if name in unknown]
    lines = []
    if registered:
        lines.append(
            "Đơn vị có trong danh mục, lần đầu được giao việc nên nay mới đăng ký vào hệ "
            f"thống: {', '.join(registered)}."
        )
    if strangers:
        lines.append(
            "Đơn vị không có trong danh mục (hãy kiểm tra tên, hoặc bổ sung danh mục đơn vị): "
            f"{', '.join(strangers)}."
        )
    return lines


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


def store_extraction(
    session: Session,
    extraction: Extraction,
    source_name: str,
    file_bytes: bytes,
    *,
    text: str,
    planner: Planner,
    now: datetime,
    actor: str,
    sha256: str | None = None,
    past: Past = Past.NAG,
) -> StoredDirective:
    """Store a confirmed extraction and plan its reminders; the same file twice stores nothing.

    ``sha256`` is the file's hash when its bytes are no longer at hand (a bot draft). ``past``:
    what becomes of deadlines already past (see ``jobs.plan.late``).
    """
    sha256 = sha256 or file_sha256(file_bytes)
    existing = queries.directive_by_hash(session, sha256)
    if existing is not None:
        return StoredDirective(existing, created=False)
    drafts = extraction.tasks
    for draft in drafts:
        if draft.every:
            parse_every(draft.every)  # refuse an unknown form before anything is written
    info = extraction.directive
    directive = Directive(
        number=info.number,
        title=info.title,
        issued_on=info.date,
        source_name=source_name,
        sha256=sha256,
        text=text,
        created_at=now,
        created_by=actor,
    )
    session.add(directive)
    units = UnitBook(session, now)
    units.preload(name for draft in drafts for name in (*draft.units, *draft.support))
    session.flush()
    series, dated = _insert_drafts(
        session, drafts, directive.id, units, planner, now, actor, history=past == Past.HISTORY
    )
    _write_schedule(session, series, dated, planner, now, known={}, catch_up=past == Past.NAG)
    set_committed_value(directive, "tasks", queries.directive_tasks(session, directive.id))
    audit(
        session,
        now,
        actor,
        "directive.store",
        "directive",
        directive.id,
        sha256=sha256,
        source=source_name,
        tasks=len(drafts),
        new_units=units.created,
        past=past.value,
    )
    return StoredDirective(directive, created=True, new_units=units.created)


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


def _insert_drafts(
    session: Session,
    drafts: Sequence[DraftTask],
    directive_id: int,
    units: UnitBook,
    planner: Planner,
    now: datetime,
    actor: str,
    *,
    history: bool,
) -> tuple[list[SeriesRow], list[TaskTiming]]:
    """Insert the drafts' tasks and unit links; the new series and the other tasks to plan
    (``history``: those already past are stored as history, not planned)."""
    rows = [_task_row(draft, directive_id, planner, now, actor) for draft in drafts]
    for row in rows:
        past = row["deadline"] is not None and row["deadline"] < now
        row["history_at"] = now if history and past else None
    links = [_draft_links(draft, units) for draft in drafts]
    ids = bulk_insert_ids(session, Task, rows)
    bulk_insert(session, TaskUnit, _link_rows(ids, links))
    series, dated = [], []
    for task_id, row, task_links in zip(ids, rows, links, strict=True):
        if row["every"]:
            series.append(SeriesRow.inserted(task_id, row, task_links))
        elif row["history_at"] is None:
            dated.append(TaskTiming(task_id, row["deadline"], row["due_text"]))
    return series, dated


def _task_row(
    draft: DraftTask, directive_id: int, planner: Planner, now: datetime, actor: str
) -> dict[str, Any]:
    """The task row (a series row for a recurring obligation) of a confirmed draft."""
    every = draft.every or None
    due = draft.due if every is None else None
    return {
        "directive_id": directive_id,
        "ref": draft.ref,
        "text": draft.text,
        "due_text": draft.due_text,
        "every": every,
        "created_at": now,
        "created_by": actor,
        "reopen_count": 0,
        "deadline": planner.deadline(due, draft.due_text) if due else None,
        "repeat_until": draft.due if every else None,
    }


def _draft_links(draft: DraftTask, units: UnitBook) -> list[UnitLink]:
    """A draft's lead and support units, each unit once per role, in document order."""
    return [
        UnitLink(unit_id, role, position)
        for role, names in ((UnitRole.LEAD, draft.units), (UnitRole.SUPPORT, draft.support))
        for position, unit_id in enumerate(dict.fromkeys(units.get(name).id for name in names))
    ]


def _link_rows(
    task_ids: Sequence[int], links: Iterable[Iterable[UnitLink]]
) -> list[dict[str, Any]]:
    """task_units rows: each task's unit links."""
    return [
        {"task_id": task_id, **link._asdict()}
        for task_id, task_links in zip(task_ids, links, strict=True)
        for link in task_links
    ]


class UnitBook:
    """Units by name for one unit of work: finds stored ones, creates the unknown."""

    def __init__(self, session: Session, now: datetime) -> None:
        self._session = session
        self._now = now
        self._by_key: dict[str, Unit] = {}
        self._by_name: dict[str, Unit] = {}
        self.created: list[str] = []

    def get(self, name: str) -> Unit:
        """The unit called ``name`` (or with that alias), created when none is."""
        if name not in self._by_name:
            self.preload([name])
        return self._by_name[name]

    def preload(self, names: Iterable[str]) -> None:
        """Find the units of all these names with one query; create the unknown ones."""
        keys = {name: unit_key(name) for name in dict.fromkeys(names) if name not in self._by_name}
        found = queries.units_by_keys(self._session, set(keys.values()) - self._by_key.keys())
        for name, key in keys.items():
            if key not in self._by_key:
                unit = found.get(key)
                if unit is None:
                    unit = Unit(name=name, key=key, kind=UNKNOWN_KIND, created_at=self._now)
                    self._session.add(unit)
                    self.created.append(name)
                self._by_key[key] = unit
            self._by_name[name] = self._by_key[key]


def schedule_tasks(
    session: Session,
    tasks: Sequence[Task],
    planner: Planner,
    now: datetime,
    *,
    known: dict[int, set[str]] | None = None,
) -> int:
    """Write what open tasks still need: occurrences for series, reminders for the rest.

    ``known`` maps task ids to the reminder keys they already have (loaded when None);
    returns the number of rows written.
    """
    open_tasks = [task for task in tasks if task.done_at is None]
    series = [task for task in open_tasks if task.is_series]
    dated = [task for task in open_tasks if not task.is_series]
    if known is None:
        known = queries.reminder_keys(session, [task.id for task in dated])
    return _write_schedule(session, series, dated, planner, now, known=known)


def _write_schedule(
    session: Session,
    series: Sequence[Task | SeriesRow],
    dated: Sequence[Task | TaskTiming],
    planner: Planner,
    now: datetime,
    *,
    known: dict[int, set[str]],
    catch_up: bool = False,
) -> int:
    """Occurrences of the series, then the reminders the dated tasks and occurrences lack
    (``catch_up``: a deadline already past gets its nag, and its escalation if due, now)."""
    occurrences = write_occurrences(session, series, planner, now)
    plans = _ReminderPlans(planner, now, catch_up=catch_up)
    rows = [
        row
        for task in [*dated, *occurrences]
        for row in _reminder_rows(task, plans, known.get(task.id, set()))
    ]
    bulk_insert(session, Reminder, rows)
    return len(occurrences) + len(rows)


class _ReminderPlans:
    """Reminder plans at one instant, computed once per deadline and limit."""

    def __init__(self, planner: Planner, now: datetime, *, catch_up: bool = False) -> None:
        self.planner = planner
        self.now = now
        self.catch_up = catch_up
        self.horizon = planner.horizon(now)
        self._plans: dict[tuple[datetime, datetime, int | None], list[PlannedReminder]] = {}

    def reminders(
        self, deadline: datetime, until: datetime, period_days: int | None
    ) -> list[PlannedReminder]:
        """``Planner.reminders`` since now, remembered: tasks sharing a deadline share a plan."""
        key = (deadline, until, period_days)
        if key not in self._plans:
            planned = self.planner.reminders(
                deadline, since=self.now, until=until, period_days=period_days
            )
            if self.catch_up and deadline < self.now:
                now = self.planner.catch_up(deadline, self.now)
                taken = {(p.kind, p.day) for p in now}
                planned = now + [p for p in planned if (p.kind, p.day) not in taken]
            self._plans[key] = planned
        return self._plans[key]


def _reminder_rows(
    task: Task | TaskTiming, plans: _ReminderPlans, known_keys: set[str]
) -> list[dict[str, Any]]:
    """The reminder rows a task still needs under the policy (none without a deadline)."""
    if task.deadline is None:
        return []
    until, period_days = plans.horizon, None
    if task.every and task.occurrence_on:
        cadence = parse_every(task.every)
        following = next(cadence.due_dates(task.occurrence_on + timedelta(days=1)))
        # Nags for one occurrence stop the day before the next one closes.
        until = min(until, plans.planner.deadline(following, task.due_text) - timedelta(days=1))
        period_days = cadence.period_days
    rows = []
    for planned in plans.reminders(task.deadline, until, period_days):
        key = planned.key(task.id)
        if key not in known_keys:
            rows.append(
                {
                    "task_id": task.id,
                    "kind": planned.kind,
                    "fire_at": planned.fire_at,
                    "idempotency_key": key,
                    "created_at": plans.now,
                    "attempts": 0,
                }
            )
    return rows


def write_occurrences(
    session: Session, series: Sequence[Task | SeriesRow], planner: Planner, now: datetime
) -> list[TaskTiming]:
    """Add the occurrences of these series up to the horizon (or their end); returns them."""
    last = queries.last_occurrences(session, [s.id for s in series]) if series else {}
    horizon = local_date(planner.horizon(now), planner.zone)
    rows, links = [], []
    for one in series:
        cadence = parse_every(one.every or "")
        previous = last.get(one.id)
        start = (
            previous + timedelta(days=1) if previous else local_date(one.created_at, planner.zone)
        )
        end = min(horizon, one.repeat_until) if one.repeat_until else horizon
        one_links = [UnitLink(u.unit_id, u.role, u.position) for u in one.units]
        for day in takewhile(lambda d, end=end: d <= end, cadence.due_dates(start)):
            deadline = planner.deadline(day, one.due_text)
            if deadline >= one.created_at:
                rows.append(_occurrence_row(one, day, deadline, now))
                links.append(one_links)
    ids = bulk_insert_ids(session, Task, rows)
    bulk_insert(session, TaskUnit, _link_rows(ids, links))
    return [
        TaskTiming(task_id, row["deadline"], row["due_text"], row["every"], row["occurrence_on"])
        for task_id, row in zip(ids, rows, strict=True)
    ]


def _occurrence_row(
    series: Task | SeriesRow, day: date, deadline: datetime, now: datetime
) -> dict[str, Any]:
    """One occurrence of a series: a task of its own, closable on its own."""
    return {
        "directive_id": series.directive_id,
        "parent_id": series.id,
        "ref": series.ref,
        "text": series.text,
        "due_text": series.due_text,
        "every": series.every,
        "occurrence_on": day,
        "deadline": deadline,
        "created_at": now,
        "created_by": series.created_by,
        "reopen_count": 0,
    }


def extend_horizon(session: Session, planner: Planner, now: datetime) -> int:
    """The daily top-up: new occurrences and new nags up to the horizon; returns rows written."""
    links = queries.open_series_links(session)
    series = [
        SeriesRow(**row._mapping, units=tuple(UnitLink(*link) for link in links[row.id]))
        for row in queries.open_series(session)
    ]
    until = planner.horizon(now)
    dated = [TaskTiming(**row._mapping) for row in queries.open_timings_due_before(session, until)]
    known = queries.reminder_keys_due_before(session, until)
    return _write_schedule(session, series, dated, planner, now, known=known)


def _retire_unsent_reminders(session: Session, task: Task, now: datetime) -> None:
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
    _cancel_pending(session, [task.id], now)


def _cancel_pending(session: Session, task_ids: Sequence[int], at: datetime) -> int:
    """Cancel the pending reminders of these tasks."""
    result = session.execute(
        update(Reminder)
        .where(Reminder.task_id.in_(task_ids), queries.PENDING_REMINDER)
        .values(cancelled_at=at)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def get_task(session: Session, task_id: int) -> Task:
    """The task with this id, or an error for the user."""
    task = queries.task_with_details(session, task_id)
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
    cancelled = _cancel_pending(session, [task.id], at)
    session.expire(task, ["reminders"])
    audit(session, at, by, "task.complete", "task", task.id, note=note, cancelled=cancelled)
    return task


def reopen_task(
    session: Session, task_id: int, *, by: str, planner: Planner, now: datetime
) -> Task:
    """Reopen a closed task and plan its reminders again."""
    task = get_task(session, task_id)
    if task.done_at is None:
        raise StoreError(f"Nhiệm vụ #{task_id} chưa hoàn thành, không cần mở lại.")
    audit(session, now, by, "task.reopen", "task", task.id, done_at=task.done_at.isoformat())
    task.done_at = task.done_by = task.completion_note = None
    # A collective's task reopens for every member: each closes its part again.
    session.execute(
        delete(TaskShare)
        .where(TaskShare.task_id == task.id)
        .execution_options(synchronize_session=False)
    )
    task.reopened_at, task.reopened_by = now, by
    task.reopen_count += 1
    _retire_unsent_reminders(session, task, now)
    schedule_tasks(session, [task], planner, now)
    session.expire(task, ["reminders"])
    return task


def change_deadline(
    session: Session,
    task_id: int,
    due: date | None,
    due_text: str,
    *,
    by: str,
    planner: Planner,
    now: datetime,
) -> Task:
    """Give a task a new deadline and plan its reminders anew."""
    task = get_task(session, task_id)
    if task.is_series:
        raise StoreError(
            f"Nhiệm vụ #{task_id} là nhiệm vụ định kỳ: hãy đổi hạn từng lần thực hiện."
        )
    old = task.deadline
    task.deadline = planner.deadline(due, due_text) if due else None
    task.due_text = due_text
    audit(
        session,
        now,
        by,
        "task.deadline",
        "task",
        task.id,
        old=old.isoformat() if old else None,
        new=task.deadline.isoformat() if task.deadline else None,
        due_text=due_text,
    )
    _retire_unsent_reminders(session, task, now)
    schedule_tasks(session, [task], planner, now)
    session.expire(task, ["reminders"])
    return task


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
            .where(Reminder.id == reminder_id, queries.PENDING_REMINDER)
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
                .where(Reminder.id.in_(ids), queries.PENDING_REMINDER)
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


# -- units and chats ---------------------------------------------------------------------------
@dataclass
class UnitImport:
    """What an import of the unit directory did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    unknown_members: list[tuple[str, str]] = field(default_factory=list)
    alias_conflicts: list[tuple[str, str]] = field(default_factory=list)


def import_units(
    session: Session,
    directory: Iterable[tuple[UnitEntry, tuple[str, ...]]],
    *,
    now: datetime,
    actor: str,
) -> UnitImport:
    """Add or update units, aliases and collective members; importing twice changes nothing."""
    report = UnitImport()
    entries = list(directory)
    changed: set[str] = set()
    stored: dict[str, Unit] = {}
    for entry, aliases in entries:
        unit, is_new = _upsert_unit(session, entry, now, stored)
        if is_new:
            report.added.append(entry.name)
        elif (unit.name, unit.kind) != (entry.name, entry.kind):
            unit.name, unit.kind = entry.name, entry.kind
            changed.add(unit.key)
        if _sync_aliases(session, unit, aliases, report) and not is_new:
            changed.add(unit.key)
    session.flush()
    for entry, _ in entries:
        unit = stored[unit_key(entry.name)]
        if _sync_members(session, unit, entry.members, report):
            changed.add(unit.key)
    added = {unit_key(name) for name in report.added}
    report.updated = sorted(stored[key].name for key in changed - added)
    report.unchanged = len(stored.keys() - added - changed)
    if report.added or report.updated:
        audit(
            session,
            now,
            actor,
            "units.import",
            "unit",
            None,
            added=report.added,
            updated=report.updated,
        )
    return report


def _upsert_unit(
    session: Session, entry: UnitEntry, now: datetime, stored: dict[str, Unit]
) -> tuple[Unit, bool]:
    """The stored unit for a directory entry, created when new."""
    key = unit_key(entry.name)
    unit = stored.get(key) or queries.units_by_keys(session, [key]).get(key)
    is_new = unit is None
    if unit is None:
        unit = Unit(name=entry.name, key=key, kind=entry.kind, created_at=now)
        session.add(unit)
    stored[key] = unit
    return unit, is_new


def _sync_aliases(session: Session, unit: Unit, aliases: Iterable[str], report: UnitImport) -> bool:
    """Make the unit's aliases those of the directory; returns whether anything changed."""
    wanted = {unit_key(a): a for a in aliases if unit_key(a) and unit_key(a) != unit.key}
    for key, owner in queries.units_by_keys(session, wanted.keys()).items():
        if owner is not unit:
            report.alias_conflicts.append((wanted.pop(key), owner.name))
    current = {row.key: row for row in unit.aliases}
    if {key: row.alias for key, row in current.items()} == wanted:
        return False
    rows = []
    for key, alias in wanted.items():
        row = current.get(key) or UnitAlias(alias=alias, key=key)
        row.alias = alias
        rows.append(row)
    unit.aliases = rows
    return True


def _sync_members(session: Session, unit: Unit, members: Sequence[str], report: UnitImport) -> bool:
    """Make a collective's members those of the directory; unknown ones are reported."""
    found = queries.units_by_keys(session, [unit_key(m) for m in members])
    resolved: list[Unit] = []
    for member in members:
        target = found.get(unit_key(member))
        if target is None:
            report.unknown_members.append((unit.name, member))
        elif target is not unit and target not in resolved:
            resolved.append(target)
    if {m.id for m in unit.members} == {m.id for m in resolved}:
        return False
    unit.members = resolved
    return True


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
