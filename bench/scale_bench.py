"""The bot at scale: /overdue and /status over 100,000 tasks; start-up and memory with 10,000.

    scripts/with-postgres.sh .venv/bin/python bench/scale_bench.py

Prints, per backend (PostgreSQL when NHACVIEC_TEST_PG_URL is set):

- /overdue and /status end to end: the office sends the command to the Bot API emulator, the
  real bot (PTB, its handlers and queries) answers, and the time runs until the emulator has
  recorded the answer; median of several runs after a warm-up, over the 100,000 tasks of
  ``schedule_bench.seed_overdue`` (50 lead units, about 20,000 overdue). Goal: < 200 ms.
  The reminder engine is not started for this part: it would be busy sending the overdue
  tasks' nags meanwhile.
- a bot process (``python bench/scale_bench.py child ...``) on 10,000 open tasks with their
  reminders: its start-up (connect, register the commands, start the reminder engine:
  scheduler lock, jobs, horizon top-up, reconcile), the time from launch to answering
  (imports included), and its resident memory (VmRSS after a few seconds of running, VmHWM
  the peak), next to the same process on an empty database, and which of the report
  libraries (matplotlib, openpyxl, XlsxWriter) it loaded: none, since the weekly job imports
  them. Goal: < 130 MB.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support: the emulator
from fanout_bench import settings_for
from schedule_bench import drafts, fresh, seed_overdue

from bot.app import build_application, running
from db.session import make_engine, session_scope
from jobs.calendar import SystemClock
from jobs.config import Settings, TelegramSettings
from jobs.model import DirectiveInfo, Extraction
from jobs.plan.policy import Planner
from jobs.store import store_extraction
from tests.support.emulator import TelegramEmulator

OFFICE_ADMIN = 900
OPEN_TASKS = 10_000
CHILD_RUN_SECONDS = 3.0
MEMORY_GOAL_MB = 130
REPORT_LIBRARIES = ("matplotlib", "openpyxl", "xlsxwriter")  # loaded by the weekly job only
WARM_UPS, RUNS = 3, 9


async def answer_time(api: TelegramEmulator, command: str) -> float:
    """Seconds from the office sending ``command`` to the bot's answer reaching Telegram."""
    before = len(api.messages_to(OFFICE_ADMIN))
    started = time.perf_counter()
    api.user_message(OFFICE_ADMIN, OFFICE_ADMIN, command)
    await api.wait_for_messages(before + 1, chat_id=OFFICE_ADMIN, timeout=60)
    return time.perf_counter() - started


async def command_latencies(url: str) -> dict[str, float]:
    """Median end-to-end seconds of /overdue and /status over the seeded tasks."""
    engine = make_engine(url)
    async with TelegramEmulator() as api:
        settings = settings_for(api)
        settings = replace(settings, telegram=replace(settings.telegram, admins=(OFFICE_ADMIN,)))
        application = build_application(settings, engine, SystemClock(), builder=api.app_builder())
        application.post_init = None  # no reminder engine: see the module's docstring
        medians = {}
        async with running(application):
            for command in ("/overdue", "/status"):
                for _ in range(WARM_UPS):
                    await answer_time(api, command)
                runs = [await answer_time(api, command) for _ in range(RUNS)]
                medians[command] = statistics.median(runs)
    engine.dispose()
    return medians


def store_open_tasks(url: str) -> int:
    """10,000 open tasks (schedule_bench's mix) with their reminders; returns reminders."""
    engine, now = fresh(url), datetime.now(UTC)
    extraction = Extraction(
        DirectiveInfo(now.date(), "1/KH-UBND", "Kế hoạch"), drafts(random.Random(1), now.date())
    )
    with session_scope(engine) as session:
        stored = store_extraction(
            session,
            extraction,
            "kh.txt",
            b"bench",
            text="",
            planner=Planner.from_settings(Settings()),
            now=now,
            actor="bench",
        )
        reminders = sum(len(task.reminders) for task in stored.directive.tasks)
    engine.dispose()
    return reminders


async def run_child(url: str) -> dict[str, float]:
    """Start a bot process on ``url`` against an emulator here; its figures, as it reports."""
    async with TelegramEmulator() as api:
        launched = time.perf_counter()
        child = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "child", url, api.base_url, api.base_file_url, api.token,
            stdout=subprocess.PIPE,
        )  # fmt: skip
        await child.stdout.readline()  # "ready"
        ready = time.perf_counter() - launched
        figures = json.loads(await child.stdout.readline())
        await child.wait()
        figures["process_seconds"] = ready
    return figures


async def child(url: str, base_url: str, file_url: str, token: str) -> None:
    """The bot process: start, say "ready", run a few seconds, print its figures as JSON."""
    settings = Settings(
        telegram=TelegramSettings(token=token, api_base_url=base_url, file_base_url=file_url)
    )
    engine = make_engine(url)
    application = build_application(settings, engine, SystemClock())
    begun = time.perf_counter()
    async with running(application):
        startup = time.perf_counter() - begun
        print("ready", flush=True)
        await asyncio.sleep(CHILD_RUN_SECONDS)
        heavy = [name for name in REPORT_LIBRARIES if name in sys.modules]
        print(json.dumps({"startup_seconds": startup, "heavy": heavy, **memory_mb()}), flush=True)


def memory_mb() -> dict[str, float]:
    """This process's resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
    fields = dict(
        line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
    )
    return {
        f"{name.lower()}_mb": int(fields[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM")
    }


def main(argv: list[str]) -> int:
    """Run every figure on each available backend and print them."""
    if argv[:1] == ["child"]:
        asyncio.run(child(*argv[1:]))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        backends = [("SQLite", f"sqlite:///{Path(folder) / 'scale.sqlite3'}")]
        if pg_url := os.environ.get("NHACVIEC_TEST_PG_URL"):
            backends.append(("PostgreSQL", pg_url))
        else:
            print("PostgreSQL skipped: NHACVIEC_TEST_PG_URL is not set (scripts/with-postgres.sh)")
        for name, url in backends:
            engine, now = fresh(url), datetime.now(UTC)
            seed_overdue(engine, now)
            engine.dispose()
            latencies = asyncio.run(command_latencies(url))
            for command, seconds in latencies.items():
                verdict = "OK" if seconds < 0.2 else "OVER TARGET"
                print(
                    f"{name}: {command} over 100,000 tasks, end to end: {seconds * 1000:.0f} ms "
                    f"(median of {RUNS}; goal < 200 ms: {verdict})"
                )
            fresh(url).dispose()
            empty = asyncio.run(run_child(url))
            reminders = store_open_tasks(url)
            figures = asyncio.run(run_child(url))
            verdict = "OK" if figures["vmhwm_mb"] < MEMORY_GOAL_MB else "OVER TARGET"
            print(
                f"{name}: bot process on {OPEN_TASKS:,} open tasks ({reminders:,} reminders): "
                f"start-up {figures['startup_seconds'] * 1000:.0f} ms, answering "
                f"{figures['process_seconds']:.1f} s after launch; memory "
                f"{figures['vmrss_mb']:.0f} MB resident, peak {figures['vmhwm_mb']:.0f} MB "
                f"(goal < {MEMORY_GOAL_MB} MB: {verdict}); report libraries loaded:"
                f" {', '.join(figures['heavy']) or 'none'}; on an empty database: start-up "
                f"{empty['startup_seconds'] * 1000:.0f} ms, peak {empty['vmhwm_mb']:.0f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
