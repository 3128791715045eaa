"""The reminder engine: reminder rows say what to send, APScheduler says when to look.

One APScheduler date job per distinct pending fire time ("reminders@<UTC instant>") wakes the
engine, which then sends every due reminder in due order. Fixed jobs: a sync every minute
(reconcile jobs with rows, retry failed deliveries, pick up rows written by other processes),
the daily horizon top-up and the weekly summary. Jobs live in the same database
(SQLAlchemyJobStore) and run late rather than never: ``misfire_grace_time=None``,
``coalesce=True``, so reminders that fell due while the process was down go out on start.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine

from db import bot_queries, queries
from db.models import ChatRole, Reminder, ReminderKind, Unit, UnitRole
from db.session import session_scope
from jobs import notices, store
from jobs.clock import Clock, SystemClock
from jobs.config import Settings
from jobs.lock import SchedulerLock
from jobs.policy import Planner
from jobs.sender import Button
from jobs.weekly import MediaSender, post_weekly

log = logging.getLogger(__name__)

SLOT_PREFIX = "reminders@"
SYNC_JOB = "sync"
HORIZON_JOB = "extend-horizon"
SUMMARY_JOB = "weekly-summary"
FIXED_JOBS = frozenset({SYNC_JOB, HORIZON_JOB, SUMMARY_JOB})
SYNC_SECONDS = 60
JOB_DEFAULTS: dict[str, Any] = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}

_active: ReminderService | None = None


def active_service() -> ReminderService:
    """The running service, which the persisted jobs call into."""
    if _active is None:
        raise RuntimeError("no ReminderService is running in this process")
    return _active


async def deliver_due_reminders() -> None:
    """Job: send every reminder that is due (a pass already running takes it over)."""
    await active_service().deliver_due(wait=False)


async def sync_schedule() -> None:
    """Job: reconcile jobs with rows, then send whatever is due."""
    service = active_service()
    service.reconcile()
    await service.deliver_due(wait=False)


async def extend_horizon() -> None:
    """Job: write the next occurrences and nags, then reconcile."""
    active_service().extend_horizon()


async def send_weekly_summary() -> None:
    """Job: the office's weekly summary."""
    await active_service().send_weekly_summary()


def slot_job_id(fire_at: datetime) -> str:
    """The stable job id of one fire time."""
    return f"{SLOT_PREFIX}{fire_at.astimezone(UTC).isoformat()}"


def job_ref(function: Any) -> str:
    """The ``module:function`` reference APScheduler stores for a job function."""
    return f"{function.__module__}:{function.__qualname__}"


@dataclass(frozen=True)
class Delivery:
    """What one reminder sends, and to which chats."""

    text: str
    buttons: tuple[Button, ...]
    chat_ids: tuple[int, ...]


class ReminderService:
    """Owns the scheduler of one process and delivers reminders through a sender."""

    def __init__(
        self, settings: Settings, engine: Engine, sender: MediaSender, clock: Clock | None = None
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.sender = sender
        self.clock = clock or SystemClock()
        self.planner = Planner.from_settings(settings)
        self.scheduler = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine)},
            job_defaults=JOB_DEFAULTS,
            timezone=UTC,
        )
        self.lock = SchedulerLock(engine)
        self._delivering = asyncio.Lock()
        self._look_again = False

    async def start(self) -> None:
        """Take the scheduler lock, start the scheduler, add the fixed jobs, top up, reconcile.

        Raises ``jobs.lock.SchedulerLocked`` when another process runs the scheduler for this
        database: two schedulers would send every reminder twice.
        """
        global _active
        self.lock.acquire()
        _active = self
        self.scheduler.start()
        self._add_fixed_jobs()
        self.extend_horizon()

    async def shutdown(self, *, grace_seconds: float = 10.0) -> None:
        """Stop the scheduler after the delivery pass under way (up to a grace period).

        Jobs stay in the database for the next start; a pass cut short is resumed then.
        The scheduler lock is released for the next process.
        """
        global _active
        if self.scheduler.running:
            self.scheduler.pause()
            await asyncio.sleep(0)  # jobs already handed to the loop start, see the pass, return
            try:
                await asyncio.wait_for(self._idle(), grace_seconds)
            except TimeoutError:
                log.warning("delivery still running after %ss: stopping anyway", grace_seconds)
            self.scheduler.shutdown(wait=False)
        if _active is self:
            _active = None
        self.lock.release()

    async def _idle(self) -> None:
        """Wait for the delivery pass under way, if any."""
        async with self._delivering:
            return

    def _add_fixed_jobs(self) -> None:
        """The sync, horizon and weekly summary jobs, with stable ids."""
        summary, zone = self.settings.summary, self.planner.zone
        fixed = (
            (SYNC_JOB, sync_schedule, IntervalTrigger(seconds=SYNC_SECONDS, timezone=UTC)),
            (HORIZON_JOB, extend_horizon, CronTrigger(hour=0, minute=5, timezone=zone)),
            (
                SUMMARY_JOB,
                send_weekly_summary,
                CronTrigger(
                    day_of_week=summary.day,
                    hour=summary.at.hour,
                    minute=summary.at.minute,
                    timezone=zone,
                ),
            ),
        )
        for job_id, function, trigger in fixed:
            self.scheduler.add_job(
                job_ref(function), trigger, id=job_id, replace_existing=True, **JOB_DEFAULTS
            )

    def reconcile(self) -> tuple[int, int]:
        """Make jobs match the pending rows: recreate missing ones, drop orphans."""
        with session_scope(self.engine) as session:
            wanted = {slot_job_id(t): t for t in queries.pending_fire_times(session)}
        present = {job.id for job in self.scheduler.get_jobs()}
        missing = wanted.keys() - present
        orphans = present - wanted.keys() - FIXED_JOBS
        for job_id in sorted(missing):
            self.scheduler.add_job(
                job_ref(deliver_due_reminders),
                DateTrigger(run_date=wanted[job_id], timezone=UTC),
                id=job_id,
                replace_existing=True,
                **JOB_DEFAULTS,
            )
        for job_id in orphans:
            self.scheduler.remove_job(job_id)
        return len(missing), len(orphans)

    def extend_horizon(self) -> int:
        """Write occurrences and nags up to the horizon, then reconcile; returns rows written."""
        with session_scope(self.engine) as session:
            written = store.extend_horizon(session, self.planner, self.clock.now())
        self.reconcile()
        return written

    async def deliver_due(self, *, wait: bool = True) -> int:
        """Send every due reminder, oldest first; returns how many were completed.

        A call made while a pass is running makes that pass look again before it ends;
        with ``wait`` the call also waits for it, so on return everything due is handled.
        """
        self._look_again = True
        if not wait and self._delivering.locked():
            return 0
        async with self._delivering:
            delivered = 0
            while self._look_again:
                self._look_again = False
                with session_scope(self.engine) as session:
                    due = queries.due_reminder_ids(session, self.clock.now())
                for reminder_id in due:
                    delivered += await self._deliver(reminder_id)
            return delivered

    async def _deliver(self, reminder_id: int) -> int:
        """Send one reminder to each recipient not yet reached; mark it sent when all are."""
        with session_scope(self.engine) as session:
            reminder = queries.reminder_for_delivery(session, reminder_id)
            if reminder is None or not reminder.is_pending:
                return 0
            delivery = self._compose(reminder)
            reached = {message.chat_id for message in reminder.messages}
        for chat_id in delivery.chat_ids:
            if chat_id in reached:
                continue
            try:
                message_id = await self.sender.send(chat_id, delivery.text, delivery.buttons)
            except Exception as exc:  # any failure of the transport: retry at the next sync
                log.warning("reminder %s to chat %s failed: %s", reminder_id, chat_id, exc)
                with session_scope(self.engine) as session:
                    store.record_failure(
                        session, reminder_id, f"{chat_id}: {exc}", self.clock.now()
                    )
                return 0
            with session_scope(self.engine) as session:
                store.record_message(session, reminder_id, chat_id, message_id, self.clock.now())
        with session_scope(self.engine) as session:
            store.mark_sent(session, reminder_id, self.clock.now())
        if not delivery.chat_ids:
            log.warning("reminder %s had no chat to go to", reminder_id)
        return 1

    def _compose(self, reminder: Reminder) -> Delivery:
        """The text and recipients of a reminder: lead units' chats, or the office.

        Members that closed their part of a collective task are not reminded.
        """
        task, office = reminder.task, self.settings.telegram.office_chat_id
        with session_scope(self.engine) as session:
            done = bot_queries.done_members(session, task.id)
        units = [u for u in expand_collectives(task.units_in(UnitRole.LEAD)) if u.id not in done]
        if reminder.kind == ReminderKind.ESCALATE:
            chats = [office, *chats_of(units, ChatRole.OFFICE_ADMIN)]
        else:
            chats = chats_of(units, ChatRole.MEMBER)
        unlinked = not chats and reminder.kind != ReminderKind.ESCALATE
        if unlinked:
            chats = [office]
        text = notices.reminder_text(
            task, reminder.kind, self.clock.now(), self.planner.zone, unlinked=unlinked
        )
        recipients = tuple(dict.fromkeys(c for c in chats if c is not None))
        return Delivery(text, notices.reminder_buttons(task), recipients)

    async def send_weekly_summary(self) -> list[int]:
        """The weekly posts: the office's summary, chart and workbook, then the unit digests."""
        return await post_weekly(self.engine, self.sender, self.settings, self.clock)


def expand_collectives(units: list[Unit]) -> list[Unit]:
    """The units themselves and, for collectives, their members (to any depth)."""
    seen: dict[int, Unit] = {}
    pending = list(units)
    while pending:
        unit = pending.pop(0)
        if unit.id not in seen:
            seen[unit.id] = unit
            pending.extend(unit.members)
    return list(seen.values())


def chats_of(units: list[Unit], role: ChatRole) -> list[int | None]:
    """The chat ids linked to these units in ``role``."""
    return [chat.chat_id for unit in units for chat in unit.chats if chat.role == role]
