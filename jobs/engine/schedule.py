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
import os
import signal
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import groupby
from typing import Any, TypeVar

from apscheduler.executors.asyncio import AsyncIOExecutor
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler, run_in_event_loop
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, InternalError, OperationalError
from sqlalchemy.orm import Session

from db import read, write
from db.models import ChatRole, Reminder, ReminderKind, Unit, UnitRole, expand_collectives
from db.session import BUSY_MS, session_scope
from db.write import finish_reminders, record_unrecorded
from jobs import store
from jobs.calendar import Clock, SystemClock
from jobs.config import Settings
from jobs.engine.lock import SchedulerLock, SchedulerLocked
from jobs.messages import notices
from jobs.messages.sender import Button, listed_buttons
from jobs.plan.policy import Planner
from jobs.summary.weekly import MediaSender, post_weekly, resume_cut_off_summaries

log = logging.getLogger(__name__)

SLOT_PREFIX = "reminders@"
SYNC_JOB = "sync"
HORIZON_JOB = "extend-horizon"
SUMMARY_JOB = "weekly-summary"
FIXED_JOBS = frozenset({SYNC_JOB, HORIZON_JOB, SUMMARY_JOB})
SYNC_SECONDS = 60
JOB_DEFAULTS: dict[str, Any] = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}
# A write of the delivery bookkeeping: a short SQLite busy wait, a few tries, then the storage
# is taken as down and what was to be written is kept in memory (never sent twice).
WRITE_BUSY_MS = 1000
WRITE_BACKOFF = (0.2, 0.5)
# Sends kept in memory beyond this many: nothing more goes out until the database takes writes.
UNRECORDED_LIMIT = 200
STORAGE_ALERT_EVERY = timedelta(minutes=30)
# A grouped reminder: at most this many tasks (two buttons each) and Telegram's text limit.
GROUP_TASKS = 10
MESSAGE_LIMIT = 4096
# Due reminders read in one go (whole fire times), however many fire times that spans.
PREPARE_AT_ONCE = 500
T = TypeVar("T")

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
    """Job: reconcile jobs with rows, then send whatever is due (database work off the loop)."""
    service = active_service()
    if not await service.lock_kept():
        return
    await asyncio.to_thread(service.reconcile)
    await service.deliver_due(wait=False)


async def extend_horizon() -> None:
    """Job: write the next occurrences and nags, then reconcile (in a worker thread)."""
    await asyncio.to_thread(active_service().extend_horizon)


async def send_weekly_summary() -> None:
    """Job: the office's weekly summary."""
    await active_service().send_weekly_summary()


class LoopExecutor(AsyncIOExecutor):
    """APScheduler's asyncio executor, handed jobs from any thread: they start on the loop."""

    def _do_submit_job(self, job: Job, run_times: list[datetime]) -> None:
        """Start the job on the event loop (the scheduler hands it over from a worker thread)."""
        self._eventloop.call_soon_threadsafe(super()._do_submit_job, job, run_times)


class OffLoopScheduler(AsyncIOScheduler):
    """APScheduler on the event loop, its job store's work in a worker thread.

    ``AsyncIOScheduler`` looks for due jobs, and records their next run times, in the database
    on the loop itself; here each such look runs in a thread, one at a time (a wake-up meanwhile
    makes it look again), and the jobs it finds start on the loop.
    """

    _looking = False
    _look_again = False

    @run_in_event_loop
    def wakeup(self) -> None:
        """Look for due jobs in a worker thread (or again, after the look under way)."""
        self._stop_timer()
        if self._looking:
            self._look_again = True
            return
        self._looking = True
        self._eventloop.create_task(self._look())

    async def _look(self) -> None:
        """Process the due jobs off the loop, then wait for the next one."""
        wait_seconds = None
        try:
            wait_seconds = await asyncio.to_thread(self._process_jobs)
        except Exception:  # a job store failure: the minute's sync looks again
            log.exception("the scheduler could not look for due jobs")
            wait_seconds = SYNC_SECONDS
        finally:
            self._looking = False
        if self.state == STATE_STOPPED:
            return
        if self._look_again:
            self._look_again = False
            self.wakeup()
        else:
            self._start_timer(wait_seconds)

    def _create_default_executor(self) -> LoopExecutor:
        return LoopExecutor()


class StorageDown(Exception):
    """The database takes no writes (disk full, a write lock held too long, connection lost)."""


def is_storage_error(exc: DBAPIError) -> bool:
    """A failure of the storage itself, not of what was written (a constraint, a bug)."""
    return isinstance(exc, OperationalError | InternalError) or exc.connection_invalidated


def whole_fire_times(due: list[tuple[int, datetime]], size: int) -> list[list[int]]:
    """The ids of due reminders (in due order, with their fire times) in chunks of about
    ``size``; a fire time is never cut in two, so that its grouped messages stay whole."""
    chunks: list[list[int]] = []
    for _, same_time in groupby(due, key=lambda one: one[1]):
        ids = [reminder_id for reminder_id, _ in same_time]
        if chunks and len(chunks[-1]) < size:
            chunks[-1].extend(ids)
        else:
            chunks.append(ids)
    return chunks


def slot_job_id(fire_at: datetime) -> str:
    """The stable job id of one fire time."""
    return f"{SLOT_PREFIX}{fire_at.astimezone(UTC).isoformat()}"


def job_ref(function: Any) -> str:
    """The ``module:function`` reference APScheduler stores for a job function."""
    return f"{function.__module__}:{function.__qualname__}"


@dataclass(frozen=True)
class Delivery:
    """What one reminder sends, and to which chats.

    ``entry``: its part of a message that groups the reminders a chat gets at one fire time
    (None: it always goes alone, as escalations do).
    """

    text: str
    buttons: tuple[Button, ...]
    chat_ids: tuple[int, ...]
    entry: str | None = None


@dataclass
class Outgoing:
    """A due reminder in a delivery pass: what it sends and where it got so far."""

    reminder_id: int
    task_id: int
    fire_at: datetime
    delivery: Delivery
    reached: set[int] = field(default_factory=set)
    given_up: set[int] = field(default_factory=set)


def end_this_process() -> None:
    """Stop the process as a service manager would (the bot shuts down in good order)."""
    os.kill(os.getpid(), signal.SIGTERM)


class ReminderService:
    """Owns the scheduler of one process and delivers reminders through a sender."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        sender: MediaSender,
        clock: Clock | None = None,
        *,
        on_lock_taken: Callable[[], None] = end_this_process,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.sender = sender
        self.clock = clock or SystemClock()
        self.planner = Planner.from_settings(settings)
        self.scheduler = OffLoopScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine)},
            job_defaults=JOB_DEFAULTS,
            timezone=UTC,
        )
        self.lock = SchedulerLock(engine)
        self.lock_taken = False  # another process took the scheduler lock: nothing more is sent
        self._on_lock_taken = on_lock_taken
        self._delivering = asyncio.Lock()
        self._look_again = False
        # Sends Telegram accepted but the database did not record: (reminder, chat) -> message.
        self._unrecorded: dict[tuple[int, int], tuple[int, datetime]] = {}
        # Reminders done but not marked so: id -> (reached, gave up, at).
        self._unfinished: dict[int, tuple[bool, bool, datetime]] = {}
        self.storage_error: str | None = None
        self._alert_due = False
        self._alerted_at: datetime | None = None
        self._told_given_up: set[int] = set()
        self._background: set[asyncio.Task[int]] = set()
        # Tasks a send or a replan is working on: the other waits (see ``claim``).
        self._claimed: set[int] = set()
        self._claims_changed = asyncio.Condition()

    async def start(self) -> None:
        """Take the scheduler lock, start the scheduler, add the fixed jobs, top up, reconcile.

        Raises ``jobs.engine.lock.SchedulerLocked`` when another process runs the scheduler for this
        database: two schedulers would send every reminder twice.
        """
        global _active
        await asyncio.to_thread(self.lock.acquire)
        _active = self
        self.scheduler.start()
        await asyncio.to_thread(self._add_fixed_jobs)
        await asyncio.to_thread(self.extend_horizon)
        self._in_background(self._resume_summaries())

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
        """Wait for the delivery pass under way, if any, and passes started in the background."""
        while self._background:
            await asyncio.wait(set(self._background))
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

    async def lock_kept(self) -> bool:
        """Whether this process may still send: the scheduler lock is checked (PostgreSQL).

        A lost lock stops the scheduler and is taken again; when another process has it, this
        one stops for good, says so in the log and ends itself (``on_lock_taken``). A lock that
        cannot be lost (SQLite's flock), or none (a pass driven by hand), lets it send.
        """
        if self.lock_taken:
            return False
        if not self.lock.watched or await asyncio.to_thread(self.lock.check):
            return True
        log.error("scheduler lock lost: scheduling stops while it is taken again")
        if self.scheduler.running:
            self.scheduler.pause()
        try:
            await asyncio.to_thread(self.lock.acquire)
        except SchedulerLocked:
            self.lock_taken = True
            log.critical(
                "scheduler lock taken by another process: this process sends nothing more "
                "and exits (two schedulers would send every reminder twice)"
            )
            self._on_lock_taken()
            return False
        log.warning("scheduler lock taken again: scheduling resumes")
        if self.scheduler.running:
            self.scheduler.resume()
        return True

    def reconcile(self) -> tuple[int, int]:
        """Make jobs match the pending rows: recreate missing ones, drop orphans."""
        with session_scope(self.engine) as session:
            wanted = {slot_job_id(t): t for t in read.pending_fire_times(session)}
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

    def deliver_soon(self) -> None:
        """Start a delivery pass in the background (one under way looks again instead)."""
        self._in_background(self._deliver_logged())

    def _in_background(self, work: Coroutine[Any, Any, int]) -> None:
        """Run ``work`` on the loop; shutting down waits for it."""
        task = asyncio.get_running_loop().create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _resume_summaries(self) -> int:
        """Send again the weekly summaries a stop cut off (logged, never raised)."""
        try:
            return await resume_cut_off_summaries(
                self.engine, self.sender, self.settings, self.clock
            )
        except Exception:
            log.exception("resuming cut-off weekly summaries failed")
            return 0

    async def _deliver_logged(self) -> int:
        """A background pass: its failure is logged (the minute sync tries again). It waits
        for a pass under way (which looks again), so that waiting for it covers what it asked."""
        try:
            return await self.deliver_due()
        except Exception:
            log.exception("background delivery pass failed")
            return 0

    async def background_passes_done(self) -> None:
        """Wait for the passes started by ``deliver_soon``."""
        while self._background:
            await asyncio.wait(set(self._background))

    async def deliver_due(self, *, wait: bool = True) -> int:
        """Send every due reminder, oldest first; returns how many were completed.

        A call made while a pass is running makes that pass look again before it ends;
        with ``wait`` the call also waits for it, so on return everything due is handled.
        Database work runs in worker threads: the event loop goes on handling updates.
        """
        self._look_again = True
        if not wait and self._delivering.locked():
            return 0
        async with self._delivering:
            delivered = 0
            if not await self.lock_kept():
                return 0
            await self._flush_unrecorded()
            while self._look_again:
                self._look_again = False
                due = await self._read(self._due_now, self.clock.now())
                for ids in whole_fire_times(due, PREPARE_AT_ONCE):
                    prepared = await self._read(self._prepare, ids)
                    for _, batch in groupby(prepared, key=lambda one: one.fire_at):
                        done = await self._deliver_batch(list(batch))
                        if done is None:
                            return delivered
                        delivered += done
            if self.storage_error is None:
                await self._flush_unrecorded()
            elif self._alert_due:
                await self._storage_alert()
            return delivered

    @asynccontextmanager
    async def claim(self, task_ids: Iterable[int]) -> AsyncIterator[None]:
        """Work on these tasks alone in this process: a send waits for a replan under way and a
        replan (a deadline moved, a task reopened) for the send under way, so a unit never
        gets "hôm nay là hạn cuối" after "đã gia hạn"."""
        wanted = set(task_ids)
        async with self._claims_changed:
            await self._claims_changed.wait_for(lambda: not wanted & self._claimed)
            self._claimed |= wanted
        try:
            yield
        finally:
            async with self._claims_changed:
                self._claimed -= wanted
                self._claims_changed.notify_all()

    def _due_now(self, session: Session, now: datetime) -> list[tuple[int, datetime]]:
        """The due reminders worth sending: the latest of each task (older ones superseded),
        and no "trước hạn" reminder of a deadline already past; each with its fire time."""
        due = read.due_reminder_ids(session, now)
        keep, superseded = read.latest_due(session, due, now)
        if superseded and self.storage_error is None:
            write.mark_superseded(session, superseded, now)
        return keep

    async def _read(self, work: Callable[..., T], *args: Any) -> T:
        """Run ``work(session, *args)`` in a worker thread, in a unit of work of its own.

        A read may write bookkeeping in passing (superseded reminders): should that fail the
        storage is down, and the read is tried again without it.
        """
        try:
            return await asyncio.to_thread(self._in_session, work, *args)
        except DBAPIError as exc:
            if not is_storage_error(exc):
                raise
            self._storage_failed(exc)
            return await asyncio.to_thread(self._in_session, work, *args)

    def _in_session(self, work: Callable[..., T], *args: Any, quick: bool = False) -> T:
        """``work(session, *args)`` in one unit of work; ``quick``: a short SQLite busy wait."""
        with session_scope(self.engine) as session:
            if quick and self.engine.dialect.name == "sqlite":
                session.execute(text(f"PRAGMA busy_timeout={WRITE_BUSY_MS}"))
            try:
                return work(session, *args)
            finally:
                if quick and self.engine.dialect.name == "sqlite":
                    session.execute(text(f"PRAGMA busy_timeout={BUSY_MS}"))

    async def _write(self, work: Callable[..., T], *args: Any, retry: bool = True) -> T:
        """A delivery write, off the loop, with a short busy wait and (``retry``) a few tries.

        Raises ``StorageDown`` at once while the storage is known to be down (the caller
        keeps what it meant to write), and when the last try fails.
        """
        if self.storage_error is not None:
            raise StorageDown(self.storage_error)
        pauses = WRITE_BACKOFF if retry else ()
        for attempt, pause in enumerate((*pauses, None), start=1):
            try:
                return await asyncio.to_thread(self._in_session, work, *args, quick=True)
            except DBAPIError as exc:
                if not is_storage_error(exc):
                    raise
                log.warning("delivery write failed (try %d): %s", attempt, exc)
                if pause is None:
                    self._storage_failed(exc)
                    raise StorageDown(str(exc)) from exc
                await asyncio.sleep(pause)
        raise AssertionError("unreachable: the last try returns or raises")

    def _storage_failed(self, exc: Exception) -> None:
        """The database does not take writes: note it (the next pass tries again)."""
        if self.storage_error is None:
            log.error("the database does not take writes: %s", exc)
        self.storage_error = str(exc).splitlines()[0][:300]
        self._alert_due = True

    async def _flush_unrecorded(self) -> None:
        """Write the sends Telegram accepted while the database took no writes; tell the office
        (at most every ``STORAGE_ALERT_EVERY``) while it still takes none."""
        if self._unrecorded or self._unfinished or self.storage_error is not None:
            messages, finished = dict(self._unrecorded), dict(self._unfinished)
            self.storage_error = None
            try:
                await self._write(
                    record_unrecorded, messages, finished, self.clock.now(), retry=False
                )
            except StorageDown:
                pass
            else:
                for key in messages:
                    self._unrecorded.pop(key, None)
                for key in finished:
                    self._unfinished.pop(key, None)
                if messages or finished:
                    log.warning("database writable again: %d sends recorded", len(messages))
        if self.storage_error is not None and self._alert_due:
            await self._storage_alert()

    async def _storage_alert(self) -> None:
        """Tell the office the database takes no writes (rate-limited)."""
        now = self.clock.now()
        last = self._alerted_at
        if last is not None and now - last < STORAGE_ALERT_EVERY:
            return
        office = self.settings.telegram.office_chat_id
        self._alerted_at, self._alert_due = now, False
        if office is None:
            return
        text = self._office_text(
            "⚠️ Cơ sở dữ liệu của bot đang không ghi được "
            f"({self.storage_error}). Tin nhắc đã gửi được giữ tạm trong bộ nhớ để không gửi "
            "trùng; bot tự ghi lại và tiếp tục khi cơ sở dữ liệu ghi được trở lại. Hãy kiểm tra "
            "dung lượng đĩa và tiến trình đang giữ cơ sở dữ liệu."
        )
        try:
            await self.sender.send(office, text)
        except Exception as exc:  # the alert is best effort; the log has it anyway
            log.warning("could not tell the office about the storage: %s", exc)

    def _office_text(self, plain: str) -> str:
        """A notice to the office in the sender's format (plain text here)."""
        return plain

    async def _deliver_batch(self, batch: list[Outgoing]) -> int | None:
        """Send the reminders of one fire time, one message per chat for those that group;
        each chat fails on its own. Returns how many reminders are done (every chat reached or
        given up on), None when sending stops (too many sends not recorded)."""
        for chat_id, group in self._by_chat(batch):
            if not await self.lock_kept():
                return None
            if len(self._unrecorded) >= UNRECORDED_LIMIT:
                log.error("%d sends not recorded: sending stops", len(self._unrecorded))
                return None
            await self._send_group(chat_id, group)
        finished: dict[int, tuple[bool, bool, datetime]] = {}
        now = self.clock.now()
        for one in batch:
            chats = one.delivery.chat_ids
            if not chats:
                log.warning("reminder %s had no chat to go to", one.reminder_id)
            left = [c for c in chats if self._current_chat(c) not in one.reached]
            if all(c in one.given_up for c in left):
                reached = bool(one.reached) or not chats
                finished[one.reminder_id] = (reached, bool(one.given_up), now)
        if finished:
            try:
                await self._write(finish_reminders, finished)
            except StorageDown:
                self._unfinished.update(finished)
        return len(finished)

    def _by_chat(self, batch: list[Outgoing]) -> list[tuple[int, list[Outgoing]]]:
        """The messages of a fire time: per chat, the reminders that group, in due order (so
        units take turns), and each that goes alone."""
        groups: dict[tuple[int, int | None], list[Outgoing]] = {}
        for one in batch:
            for chat_id in one.delivery.chat_ids:
                if self._current_chat(chat_id) in one.reached or chat_id in one.given_up:
                    continue
                alone = None if one.delivery.entry is not None else one.reminder_id
                groups.setdefault((chat_id, alone), []).append(one)
        return [(chat_id, group) for (chat_id, _), group in groups.items()]

    async def _send_group(self, chat_id: int, group: list[Outgoing]) -> None:
        """Send one chat its reminders of a fire time (in as many messages as they need)."""
        async with self.claim(one.task_id for one in group):
            pending = await self._read(read.still_pending_among, [o.reminder_id for o in group])
            live = [one for one in group if one.reminder_id in pending]  # not /xong'd meanwhile
            for chunk in self._chunks(live):
                text, buttons = self._message(chunk)
                try:
                    message_id = await self.sender.send(chat_id, text, buttons)
                except Exception as exc:  # any failure of the transport: retry at the next sync
                    log.warning("reminders %s to chat %s failed: %s", pending, chat_id, exc)
                    for one in chunk:
                        if await self._chat_failed(one.reminder_id, chat_id, exc):
                            one.given_up.add(chat_id)
                    continue
                chat = self._current_chat(chat_id)
                for one in chunk:
                    one.reached.add(chat)
                await self._record([one.reminder_id for one in chunk], chat, message_id)

    def _chunks(self, group: list[Outgoing]) -> list[list[Outgoing]]:
        """The group cut into messages within ``GROUP_TASKS`` tasks and Telegram's length."""
        chunks: list[list[Outgoing]] = []
        for one in group:
            last = chunks[-1] if chunks else None
            if (
                last is not None
                and len(last) < GROUP_TASKS
                and len(self._message([*last, one])[0]) <= MESSAGE_LIMIT
            ):
                last.append(one)
            else:
                chunks.append([one])
        return chunks

    def _message(self, chunk: list[Outgoing]) -> tuple[str, tuple[Button, ...]]:
        """The text and buttons of one message: a reminder's own, or a numbered list."""
        if len(chunk) == 1:
            return chunk[0].delivery.text, chunk[0].delivery.buttons
        lines = [f"⏰ NHẮC VIỆC: {len(chunk)} nhiệm vụ"]
        lines += [f"{n}. {one.delivery.entry}" for n, one in enumerate(chunk, start=1)]
        buttons = listed_buttons((one.task_id, one.delivery.buttons) for one in chunk)
        return "\n\n".join(lines), buttons

    def _prepare(self, session: Session, reminder_ids: list[int]) -> list[Outgoing]:
        """What the pending ones of these reminders send, the chats they reached and those
        they gave up on (a few queries for all of them)."""
        reminders = [
            reminder
            for reminder in read.reminders_for_delivery(session, reminder_ids)
            if reminder.is_pending
        ]
        given_up = read.given_up_chats(session, [reminder.id for reminder in reminders])
        unrecorded: dict[int, set[int]] = {}
        for reminder_id, chat_id in self._unrecorded:
            unrecorded.setdefault(reminder_id, set()).add(chat_id)
        return [
            Outgoing(
                reminder.id,
                reminder.task_id,
                reminder.fire_at,
                delivery,
                {message.chat_id for message in reminder.messages}
                | unrecorded.get(reminder.id, set()),
                given_up.get(reminder.id, set()),
            )
            for reminder, delivery in zip(
                reminders, self._deliveries(session, reminders), strict=True
            )
        ]

    def _deliveries(self, session: Session, reminders: list[Reminder]) -> list[Delivery]:
        """What each of these reminders sends (one query for the collectives' closed parts)."""
        done = read.done_members_of(session, [reminder.task_id for reminder in reminders])
        return [
            self._compose(reminder, done.get(reminder.task_id, set())) for reminder in reminders
        ]

    def _current_chat(self, chat_id: int) -> int:
        """Where the sender says a chat is now (a group upgraded to a supergroup moves)."""
        current = getattr(self.sender, "current_chat", None)
        return current(chat_id) if current is not None else chat_id

    async def _record(self, reminder_ids: list[int], chat_id: int, message_id: int) -> None:
        """Record a message Telegram accepted, for each reminder it carries; kept in memory
        while the database takes no writes, so that it is never sent again by this process."""
        try:
            await self._write(
                write.record_messages, reminder_ids, chat_id, message_id, self.clock.now()
            )
        except StorageDown:
            for reminder_id in reminder_ids:
                self._unrecorded[(reminder_id, chat_id)] = (message_id, self.clock.now())

    async def _chat_failed(self, reminder_id: int, chat_id: int, exc: Exception) -> bool:
        """Count a failed try at one chat; tell the office once when the chat is given up on."""
        try:
            gave_up = await self._write(
                write.record_chat_failure, reminder_id, chat_id, str(exc), self.clock.now()
            )
        except StorageDown:
            return False
        if gave_up:
            await self._tell_given_up(reminder_id, chat_id, exc)
        return gave_up

    async def _tell_given_up(self, reminder_id: int, chat_id: int, exc: Exception) -> None:
        """The office learns once per chat that reminders no longer reach it."""
        office = self.settings.telegram.office_chat_id
        if chat_id in self._told_given_up or office is None or chat_id == office:
            return
        self._told_given_up.add(chat_id)
        units = await self._read(read.unit_names_of_chat, chat_id)
        whose = f" của {', '.join(units)}" if units else ""
        text = self._office_text(
            f"⚠️ Bot không gửi được tin nhắc tới nhóm Telegram {chat_id}{whose} sau "
            f"{write.MAX_ATTEMPTS} lần thử ({str(exc)[:200]}). Các nhóm khác vẫn nhận bình "
            "thường; hãy kiểm tra nhóm này (bot còn trong nhóm không, nhóm còn tồn tại không)."
        )
        try:
            await self.sender.send(office, text)
        except Exception as error:  # best effort: the log has it
            log.warning("could not tell the office that chat %s is given up: %s", chat_id, error)

    def _compose(self, reminder: Reminder, done: set[int]) -> Delivery:
        """The text and recipients of a reminder: lead units' chats, or the office.

        Members that closed their part of a collective task (``done``) are not reminded.
        """
        task, office = reminder.task, self.settings.telegram.office_chat_id
        units = [u for u in expand_collectives(task.units_in(UnitRole.LEAD)) if u.id not in done]
        if reminder.kind == ReminderKind.ESCALATE:
            chats = [office, *chats_of(units, ChatRole.OFFICE_ADMIN)]
        else:
            chats = chats_of(units, ChatRole.MEMBER)
        unlinked = not chats and reminder.kind != ReminderKind.ESCALATE
        if unlinked:
            chats = [office]
        now, zone = self.clock.now(), self.planner.zone
        text = notices.reminder_text(task, reminder.kind, now, zone, unlinked=unlinked)
        recipients = tuple(dict.fromkeys(c for c in chats if c is not None))
        alone = unlinked or reminder.kind == ReminderKind.ESCALATE
        entry = None if alone else notices.reminder_entry(task, now, zone)
        return Delivery(text, notices.reminder_buttons(task), recipients, entry)

    async def send_weekly_summary(self) -> list[int]:
        """The weekly posts: the office's summary, chart and workbook, then the unit digests."""
        return await post_weekly(self.engine, self.sender, self.settings, self.clock)


def chats_of(units: list[Unit], role: ChatRole) -> list[int | None]:
    """The chat ids linked to these units in ``role``."""
    return [chat.chat_id for unit in units for chat in unit.chats if chat.role == role]
