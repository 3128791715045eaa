"""Planning written down: a confirmed extraction, the occurrences of series and the reminder
rows the policy wants, and the unit directory. The policy and recurrence rules are applied
here; the rows go to ``db.write``, which holds every other change."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import takewhile
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from db import read, write
from db.models import Directive, Reminder, Task, TaskUnit, Unit, UnitAlias, UnitRole
from db.write import (
    SeriesRow,
    TaskTiming,
    UnitLink,
    audit,
    bulk_insert,
    bulk_insert_ids,
    link_rows,
)
from jobs.calendar import local_date
from jobs.ingest.units import UnitEntry, catalogue_spelling, name_key
from jobs.model import DraftTask, Extraction
from jobs.plan.late import Past
from jobs.plan.policy import PlannedReminder, Planner
from jobs.plan.recurrence import parse_every

UNKNOWN_KIND = "unknown"


def unit_key(name: str) -> str:
    """The folded form under which a unit name or alias is stored and looked up."""
    return " ".join(name_key(name))


def file_sha256(data: bytes) -> str:
    """The hash that recognises a file already ingested."""
    return hashlib.sha256(data).hexdigest()


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
    existing = read.directive_by_hash(session, sha256)
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
    set_committed_value(directive, "tasks", read.directive_tasks(session, directive.id))
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
    bulk_insert(session, TaskUnit, link_rows(ids, links))
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
        """Find the units of all these names with one query; create the unknown ones.

        A name a text abbreviated part by part ("Phòng TC-KH") is also looked up, and created,
        under the catalogue's spelling, so that it meets the unit written in full."""
        names = [name for name in dict.fromkeys(names) if name not in self._by_name]
        spelled = {name: catalogue_spelling(name) for name in names}
        keys = {name: (unit_key(name), unit_key(spelled[name])) for name in names}
        wanted = {key for pair in keys.values() for key in pair}
        found = read.units_by_keys(self._session, wanted - self._by_key.keys())
        for name, (key, full_key) in keys.items():
            unit = self._by_key.get(key) or found.get(key) or self._by_key.get(full_key) or (
                found.get(full_key))
            if unit is None:
                unit = Unit(name=spelled[name], key=full_key, kind=UNKNOWN_KIND,
                            created_at=self._now)
                self._session.add(unit)
                self.created.append(name)
            self._by_key[key] = self._by_key[full_key] = unit
            self._by_name[name] = unit


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
        known = read.reminder_keys(session, [task.id for task in dated])
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
    last = read.last_occurrences(session, [s.id for s in series]) if series else {}
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
    bulk_insert(session, TaskUnit, link_rows(ids, links))
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
    links = read.open_series_links(session)
    series = [
        SeriesRow(**row._mapping, units=tuple(UnitLink(*link) for link in links[row.id]))
        for row in read.open_series(session)
    ]
    until = planner.horizon(now)
    dated = [TaskTiming(**row._mapping) for row in read.open_timings_due_before(session, until)]
    known = read.reminder_keys_due_before(session, until)
    return _write_schedule(session, series, dated, planner, now, known=known)


def reopen_task(
    session: Session, task_id: int, *, by: str, planner: Planner, now: datetime
) -> Task:
    """Reopen a closed task and plan its reminders again."""
    task = write.mark_reopened(session, task_id, by=by, at=now)
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
    deadline = planner.deadline(due, due_text) if due else None
    task = write.set_deadline(session, task_id, deadline, due_text, by=by, at=now)
    schedule_tasks(session, [task], planner, now)
    session.expire(task, ["reminders"])
    return task


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
    unit = stored.get(key) or read.units_by_keys(session, [key]).get(key)
    is_new = unit is None
    if unit is None:
        unit = Unit(name=entry.name, key=key, kind=entry.kind, created_at=now)
        session.add(unit)
    stored[key] = unit
    return unit, is_new


def _sync_aliases(session: Session, unit: Unit, aliases: Iterable[str], report: UnitImport) -> bool:
    """Make the unit's aliases those of the directory; returns whether anything changed."""
    wanted = {unit_key(a): a for a in aliases if unit_key(a) and unit_key(a) != unit.key}
    for key, owner in read.units_by_keys(session, wanted.keys()).items():
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
    found = read.units_by_keys(session, [unit_key(m) for m in members])
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


