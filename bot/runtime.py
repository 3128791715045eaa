"""What every handler needs, kept in ``application.bot_data``: settings, database, clock, sender."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from db.session import session_scope
from jobs.calendar import Clock, local_date
from jobs.config import BotSettings, Settings
from jobs.ingest.pipeline import ExtractionWorker
from jobs.ingest.units import UnitResolver
from jobs.plan.policy import Planner
from jobs.plan.status import due_soon_limit

if TYPE_CHECKING:
    from bot.health import HealthServer
    from bot.pending import DraftBook, PromptBook
    from bot.reminders import BotReminderService
    from bot.sender import TelegramSender

RUNTIME_KEY = "nhacviec"
log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Runtime:
    """The bot's collaborators, built once by ``bot.app.build_application``."""

    settings: Settings
    bot_settings: BotSettings
    engine: Engine
    clock: Clock
    resolver: UnitResolver
    sender: TelegramSender
    service: BotReminderService
    # What waits for an answer lives in the database, so a restart keeps it (``bot.pending``):
    # directives read from uploaded files and not yet confirmed, by chat; extension prompts
    # waiting for a date; the note of a bare "xong" while its task is being chosen.
    drafts: DraftBook
    extension_prompts: PromptBook
    pending_notes: PromptBook
    # Uploads are extracted in a process of its own: the loop never waits on the extractor.
    extractor: ExtractionWorker = field(default_factory=ExtractionWorker)
    # The keys of the stored aliases the resolver has learnt (jobs.unit_names.learn_stored_aliases).
    learnt_aliases: set[str] = field(default_factory=set)
    # The SHA-256 of uploads being read (OCR runs in the background): not read twice at once.
    reading: set[str] = field(default_factory=set)
    bot_username: str = ""
    # GET /healthz, when [health] port is set.
    health: HealthServer | None = None
    # The local day each chat of strangers last got the short refusal (once a day per chat).
    stranger_answers: dict[int, date] = field(default_factory=dict)
    # Answers sent without holding up the update that asked for them (``spawn``).
    background: set[asyncio.Task[Any]] = field(default_factory=set)

    @property
    def planner(self) -> Planner:
        """The deadline rule and reminder plan of the configured policy."""
        return self.service.planner

    @property
    def zone(self) -> ZoneInfo:
        """The zone dates are shown in."""
        return self.planner.zone

    def now(self) -> datetime:
        """The current instant (UTC), from the one clock."""
        return self.clock.now()

    def today(self) -> date:
        """The local calendar day."""
        return local_date(self.now(), self.zone)

    def soon_limit(self) -> datetime:
        """Open tasks due at or before this instant are "sắp đến hạn"."""
        return due_soon_limit(self.now(), self.settings.reminders.due_soon_days, self.zone)

    def spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        """Run ``work`` without waiting for it (a failure is logged); ``idle`` waits for it."""
        task = asyncio.get_running_loop().create_task(self._logged(work))
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    @staticmethod
    async def _logged(work: Coroutine[Any, Any, Any]) -> None:
        """Await ``work``; its failure goes to the log, not to the event loop's."""
        try:
            await work
        except Exception:
            log.exception("background answer failed")

    async def idle(self) -> None:
        """Wait for spawned answers and for delivery passes started in the background."""
        while self.background:
            await asyncio.wait(set(self.background))
        await self.service.background_passes_done()

    def first_stranger_answer(self, chat_id: int) -> bool:
        """True the first time today a stranger's chat is to be answered (and notes it)."""
        today = self.today()
        if self.stranger_answers.get(chat_id) == today:
            return False
        if len(self.stranger_answers) > 10000:  # bounded: yesterday's entries go
            self.stranger_answers = {c: d for c, d in self.stranger_answers.items() if d == today}
        self.stranger_answers[chat_id] = today
        return True

    async def db(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``work(session, *args, **kwargs)`` in a worker thread, in a unit of work of its
        own: no database call waits on the event loop."""
        return await asyncio.to_thread(self._in_session, work, *args, **kwargs)

    def _in_session(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``work(session, *args, **kwargs)`` in one unit of work."""
        with session_scope(self.engine) as session:
            return work(session, *args, **kwargs)
