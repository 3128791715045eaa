"""The longest event-loop stall of the bot at 100,000 tasks, and how long a unit's /xong waits.

    scripts/with-postgres.sh .venv/bin/python bench/loop_stall.py [--burst 1000]

Per backend (SQLite in a temporary file; PostgreSQL when NHACVIEC_TEST_PG_URL is set): the
100,000 tasks of ``schedule_bench.seed_overdue`` (50 lead units, each with a group), the real
bot (PTB, handlers, queries) against the Bot API emulator in one event loop, no pacing. A probe
wakes every 5 ms and records how late it wakes; the worst lateness in each phase is the
longest stall of the loop (target < 20 ms, issue 11):

- idle;
- /overdue, /tasks, /status and /remind sent by the office, one after another;
- a burst of ``--burst`` reminders due at once (one pass of the reminder engine), while the
  office sends /remind and /overdue, a stranger's group floods /tasks, and a unit sends /xong:
  the time until that /xong is answered is printed too (target < 1 s).

The emulator shares the loop, so the figures include its own work. Next to each stall: how
much of it this process's own work explains (see ``Probe``); the rest is the machine's other
load, printed as the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]  # ROOT: tests.support, the emulator
from fanout_bench import settings_for  # noqa: E402
from schedule_bench import fresh, seed_overdue  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from bot.app import build_application, running, runtime_of  # noqa: E402
from db.models import ChatRole, Reminder, ReminderKind, Task, TaskUnit, Unit, UnitChat  # noqa: E402
from db.session import session_scope  # noqa: E402
from jobs.calendar import SystemClock  # noqa: E402
from jobs.config import BotSettings  # noqa: E402
from tests.support.emulator import TelegramEmulator  # noqa: E402

OFFICE_ADMIN = 900
STRANGER_GROUP, STRANGER = -1007007, 707
PROBE_SECONDS = 0.005
TARGET_MS = 20.0
FLOOD = 30


@dataclass
class Probe:
    """Wakes every PROBE_SECONDS; the worst lateness is the longest stall of the loop.

    ``worst_busy``: the worst lateness this process's own work can explain, the lateness capped
    at the CPU time the process (all its threads) used meanwhile. On a loaded machine a thread
    holding the GIL is preempted by other processes and the loop waits for it: that part of a
    stall is the machine's, not the bot's.
    """

    worst: float = 0.0
    worst_busy: float = 0.0
    running: bool = True
    phases: dict[str, tuple[float, float]] = field(default_factory=dict)

    async def run(self) -> None:
        """Sleep, wake, note how late and how busy the process was meanwhile."""
        loop = asyncio.get_running_loop()
        while self.running:
            due, cpu = loop.time() + PROBE_SECONDS, time.process_time()
            await asyncio.sleep(PROBE_SECONDS)
            late = loop.time() - due
            self.worst = max(self.worst, late)
            self.worst_busy = max(self.worst_busy, min(late, time.process_time() - cpu))

    def phase(self, name: str) -> None:
        """End a phase: its worst stalls are noted, the next one starts from zero."""
        self.phases[name] = (self.worst * 1000, self.worst_busy * 1000)
        self.worst = self.worst_busy = 0.0


def link_units(url_engine, now: datetime) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """A group per lead unit; returns unit id -> chat id."""
    with session_scope(url_engine) as session:
        ids = list(session.scalars(select(Unit.id).order_by(Unit.id)))
        chats = {unit_id: -1008000 - n for n, unit_id in enumerate(ids)}
        session.execute(
            insert(UnitChat),
            [
                {
                    "unit_id": unit_id,
                    "chat_id": chat,
                    "role": ChatRole.MEMBER,
                    "linked_by": 1,
                    "linked_at": now,
                }
                for unit_id, chat in chats.items()
            ],
        )
    return chats


def queue_burst(engine, now: datetime, size: int) -> list[int]:  # type: ignore[no-untyped-def]
    """``size`` reminders of open tasks due now; returns their task ids."""
    with session_scope(engine) as session:
        tasks = list(
            session.scalars(
                select(Task.id).where(Task.done_at.is_(None)).order_by(Task.id).limit(size)
            )
        )
        session.execute(
            insert(Reminder),
            [
                {
                    "task_id": task_id,
                    "kind": ReminderKind.OVERDUE,
                    "fire_at": now,
                    "idempotency_key": f"bench:{task_id}:{now.isoformat()}",
                    "created_at": now,
                    "attempts": 0,
                }
                for task_id in tasks
            ],
        )
    return tasks


def first_open_task(engine) -> int:  # type: ignore[no-untyped-def]
    """Some open task."""
    with session_scope(engine) as session:
        return session.scalar(select(Task.id).where(Task.done_at.is_(None)).limit(1))


def lead_unit(engine, task_id: int) -> int:  # type: ignore[no-untyped-def]
    """The lead unit of a task."""
    with session_scope(engine) as session:
        return session.scalar(
            select(TaskUnit.unit_id).where(TaskUnit.task_id == task_id, TaskUnit.role == "lead")
        )


async def ask(api: TelegramEmulator, chat: int, user: int, text: str) -> float:
    """Seconds from a message to the bot's answer in the same chat."""
    before = len(api.messages_to(chat))
    started = time.perf_counter()
    api.user_message(chat, user, text, chat_type="private" if chat > 0 else "supergroup")
    await api.wait_for_messages(before + 1, chat_id=chat, timeout=120)
    return time.perf_counter() - started


async def measure(url: str, burst: int) -> dict[str, Any]:
    """The worst stall of each phase (ms) and the /xong wait during the burst (s)."""
    engine, now = fresh(url), datetime.now(UTC)
    seed_overdue(engine, now)
    chats = link_units(engine, now)
    async with TelegramEmulator() as api:
        settings = settings_for(api)
        settings = replace(settings, telegram=replace(settings.telegram, admins=(OFFICE_ADMIN,)))
        application = build_application(
            settings,
            engine,
            SystemClock(),
            bot_settings=BotSettings(messages_per_second=0, group_messages_per_minute=0),
            builder=api.app_builder(),
        )
        application.post_init = None  # the engine is driven by hand: no horizon top-up of
        rt = runtime_of(application)  # 20,000 overdue tasks' nags before the figures
        probe = Probe()
        async with running(application):
            probing = asyncio.create_task(probe.run())
            await asyncio.sleep(1.0)
            probe.phase("idle")
            open_task = await asyncio.to_thread(first_open_task, engine)
            probe.phase("idle")
            for command in ("/overdue", "/tasks", "/status", f"/remind {open_task}"):
                await ask(api, OFFICE_ADMIN, OFFICE_ADMIN, command)
                await rt.idle()
                probe.phase(command.split()[0])
            # The bench's own database work runs in threads too: it is not the bot's stall.
            tasks = await asyncio.to_thread(queue_burst, engine, datetime.now(UTC), burst)
            lead = await asyncio.to_thread(lead_unit, engine, tasks[-1])
            pass_ = asyncio.create_task(rt.service.deliver_due())
            await asyncio.sleep(0.2)
            for _ in range(FLOOD):
                api.user_message(STRANGER_GROUP, STRANGER, "/tasks", chat_type="supergroup")
            await ask(api, OFFICE_ADMIN, OFFICE_ADMIN, f"/remind {tasks[0]}")
            xong_wait = await ask(api, chats[lead], 1, f"/xong {tasks[-1]}")
            await ask(api, OFFICE_ADMIN, OFFICE_ADMIN, "/overdue")
            sent = await pass_
            await rt.idle()
            probe.phase(f"burst of {burst}")
            probe.running = False
            await probing
    engine.dispose()
    return {**probe.phases, "xong_wait_s": xong_wait, "burst_done": float(sent)}


def main(argv: list[str]) -> int:
    """Measure each backend and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=1000)
    args = parser.parse_args(argv)
    backends = []
    with tempfile.TemporaryDirectory() as folder:
        backends.append(("SQLite", f"sqlite:///{Path(folder) / 'stall.sqlite3'}"))
        if url := os.environ.get("NHACVIEC_TEST_PG_URL"):
            backends.append(("PostgreSQL", url))
        for name, url in backends:
            figures = asyncio.run(measure(url, args.burst))
            xong, done = figures.pop("xong_wait_s"), figures.pop("burst_done")
            print(
                f"{name}: longest event-loop stall at 100,000 tasks (target < {TARGET_MS:g} ms); "
                f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
            )
            print(f"  {'phase':<16} {'stall':>8}    {'of it, this process busy':>24}")
            for phase, (ms, busy_ms) in figures.items():
                mark = "" if ms < TARGET_MS else "  (over target)"
                print(f"  {phase:<16} {ms:8.1f} ms {busy_ms:8.1f} ms{mark}")
            print(
                f"  a unit's /xong during the burst and a stranger's flood of {FLOOD} /tasks: "
                f"answered in {xong:.2f} s (target < 1 s); {done:.0f} reminders completed"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
