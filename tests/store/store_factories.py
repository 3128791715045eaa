"""Builders shared by the storage tests."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Engine, func, select

from db.models import Reminder, ReminderKind
from db.session import session_scope
from jobs.model import DirectiveInfo, DraftTask, Extraction
from jobs.plan.policy import Planner
from jobs.store import StoredDirective, store_extraction


def draft(
    ref: str,
    due: date | None = None,
    due_text: str = "",
    *,
    units: tuple[str, ...] = ("UBND huyện",),
    support: tuple[str, ...] = (),
    every: str | None = None,
    text: str = "Báo cáo kết quả thực hiện",
) -> DraftTask:
    """A confirmed draft task."""
    return DraftTask(ref, list(units), list(support), due, due_text, every, f"{text} {ref}")


def extraction(*tasks: DraftTask, number: str = "12/TB-UBND") -> Extraction:
    """A directive with these tasks."""
    return Extraction(DirectiveInfo(date(2024, 4, 1), number, "Thông báo kết luận"), list(tasks))


def store(
    engine: Engine,
    planner: Planner,
    now: datetime,
    *tasks: DraftTask,
    file_bytes: bytes = b"directive-1",
) -> StoredDirective:
    """Store an extraction in its own unit of work."""
    with session_scope(engine) as session:
        return store_extraction(
            session,
            extraction(*tasks),
            "tb12.txt",
            file_bytes,
            text="văn bản",
            planner=planner,
            now=now,
            actor="test",
        )


def plan_of(engine: Engine, task_id: int) -> list[tuple[ReminderKind, str]]:
    """A task's pending reminders as (kind, local day) pairs, in firing order."""
    with session_scope(engine) as session:
        rows = session.scalars(
            select(Reminder)
            .where(Reminder.task_id == task_id, Reminder.sent_at.is_(None))
            .where(Reminder.cancelled_at.is_(None))
            .order_by(Reminder.fire_at, Reminder.id)
        )
        return [(r.kind, r.idempotency_key.rsplit(":", 1)[1]) for r in rows]


def count(engine: Engine, model: type) -> int:
    """Rows in a model's table."""
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0
