"""Schedule and overdue figures on SQLite and PostgreSQL.

    scripts/with-postgres.sh .venv/bin/python bench/schedule_bench.py

Prints, per backend, the median of several runs of:
- storing 10,000 confirmed tasks with their reminders (one transaction), then starting the
  reminder engine on them (horizon top-up and one APScheduler job per fire time);
- the ``overdue`` report (total, count per lead unit, the 50 most overdue) over 100,000 tasks.
The PostgreSQL half needs NHACVIEC_TEST_PG_URL (scripts/with-postgres.sh sets it); it is
skipped with a note otherwise. Target for each figure: under 200 ms.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, text

from db import read
from db.models import Base, Directive, Task, TaskUnit, Unit, UnitRole
from db.session import make_engine, session_scope, upgrade
from jobs.config import Settings
from jobs.engine.schedule import ReminderService
from jobs.messages.sender import RecordingSender
from jobs.model import DirectiveInfo, DraftTask, Extraction
from jobs.plan.policy import Planner
from jobs.store import store_extraction, unit_key

SCHEDULE_TASKS = 10_000
OVERDUE_TASKS = 100_000
RUNS = 3
QUERY_RUNS = 7
UNITS = [f"UBND xã Số {n}" for n in range(40)] + [f"Phòng Chuyên môn {n}" for n in range(10)]


def fresh(url: str) -> Engine:
    """An engine on an empty, migrated database."""
    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    with engine.begin() as connection:
        for table in ("apscheduler_jobs", "alembic_version"):
            connection.execute(text(f"DROP TABLE IF EXISTS {table}"))
    upgrade(engine)
    return engine


def drafts(rng: random.Random, today: date) -> list[DraftTask]:
    """10,000 tasks: most dated within half a year either side, some open-ended or recurring."""
    tasks = []
    for n in range(SCHEDULE_TASKS):
        roll = rng.random()
        due = today + timedelta(days=rng.randint(-180, 180)) if roll < 0.8 else None
        every = None if roll < 0.9 else rng.choice(["weekly:fri", "monthly", "monthly:20"])
        due_text = f"trước ngày {due:%d/%m/%Y}" if due and rng.random() < 0.5 else ""
        units = rng.sample(UNITS, rng.randint(1, 3))
        tasks.append(DraftTask(str(n), units, [], due, due_text, every, f"Nhiệm vụ số {n}"))
    return tasks


def bench_schedule(url: str) -> tuple[float, float, int, int]:
    """Seconds to store 10,000 tasks and to start the engine on them; reminders and jobs."""
    settings = Settings()
    planner, now = Planner.from_settings(settings), datetime.now(UTC)
    extraction = Extraction(
        DirectiveInfo(now.date(), "1/KH-UBND", "Kế hoạch"), drafts(random.Random(1), now.date())
    )
    engine = fresh(url)
    started = time.perf_counter()
    with session_scope(engine) as session:
        store_extraction(
            session,
            extraction,
            "kh.txt",
            b"bench",
            text="",
            planner=planner,
            now=now,
            actor="bench",
        )
    stored = time.perf_counter() - started

    async def start_engine() -> tuple[float, int]:
        service = ReminderService(settings, engine, RecordingSender())
        begun = time.perf_counter()
        service.scheduler.start(paused=True)  # jobs are written, none is run
        service.extend_horizon()
        elapsed = time.perf_counter() - begun
        jobs = len(service.scheduler.get_jobs())
        service.scheduler.shutdown(wait=False)
        return elapsed, jobs

    scheduled, jobs = asyncio.run(start_engine())
    with session_scope(engine) as session:
        reminders = read.count_pending_reminders(session)
    engine.dispose()
    return stored, scheduled, reminders, jobs


def seed_overdue(engine: Engine, now: datetime) -> None:
    """100,000 tasks over two years around ``now``; 60% done: about a fifth are overdue."""
    rng = random.Random(2)
    with engine.begin() as connection:
        unit_ids = [
            connection.execute(
                insert(Unit).values(name=name, key=unit_key(name), kind="body", created_at=now)
            ).inserted_primary_key[0]
            for name in UNITS
        ]
        directive = connection.execute(
            insert(Directive).values(
                title="Kế hoạch",
                source_name="kh.txt",
                sha256="0" * 64,
                text="",
                created_at=now,
                created_by="bench",
            )
        ).inserted_primary_key[0]
        for start in range(0, OVERDUE_TASKS, 10_000):
            rows = []
            for n in range(start, start + 10_000):
                deadline = now + timedelta(minutes=rng.randint(-525_600, 525_600))
                done = rng.random() < 0.6
                done_at = deadline + timedelta(days=rng.randint(-20, 10)) if done else None
                rows.append(
                    {
                        "id": n + 1,
                        "directive_id": directive,
                        "ref": str(n),
                        "text": f"Nhiệm vụ {n}",
                        "due_text": "",
                        "deadline": deadline,
                        "done_at": done_at,
                        "created_at": now,
                        "created_by": "bench",
                        "reopen_count": 0,
                    }
                )
            connection.execute(insert(Task), rows)
            connection.execute(
                insert(TaskUnit),
                [
                    {
                        "task_id": row["id"],
                        "unit_id": rng.choice(unit_ids),
                        "role": UnitRole.LEAD,
                        "position": 0,
                    }
                    for row in rows
                ],
            )
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT setval('tasks_id_seq', (SELECT max(id) FROM tasks))"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(
            text("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE")
        )


def timed(action: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls, after one warm-up."""
    action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def bench_overdue(url: str) -> tuple[float, int]:
    """Median seconds of the overdue report, and the overdue total."""
    engine, now = fresh(url), datetime.now(UTC)
    seed_overdue(engine, now)

    def report() -> int:
        with session_scope(engine) as session:
            return read.overdue_report(session, now, limit=50).total

    total = report()
    median = timed(report, QUERY_RUNS)
    engine.dispose()
    return median, total


def verdict(seconds: float) -> str:
    """How a figure compares with the 200 ms target."""
    return "OK" if seconds < 0.2 else "OVER TARGET"


def backends(folder: str, file_name: str = "bench.sqlite3") -> list[tuple[str, str]]:
    """The databases to measure, by name: SQLite in ``folder``, and PostgreSQL when
    NHACVIEC_TEST_PG_URL is set (else it says so)."""
    found = [("SQLite", f"sqlite:///{Path(folder) / file_name}")]
    if pg_url := os.environ.get("NHACVIEC_TEST_PG_URL"):
        found.append(("PostgreSQL", pg_url))
    else:
        print("PostgreSQL skipped: NHACVIEC_TEST_PG_URL is not set (scripts/with-postgres.sh)")
    return found


def main() -> int:
    """Run both benches on each available backend and print the figures."""
    with tempfile.TemporaryDirectory() as folder:
        for name, url in backends(folder):
            runs = [bench_schedule(url) for _ in range(RUNS)]
            stored = statistics.median(r[0] for r in runs)
            started = statistics.median(r[1] for r in runs)
            _, _, reminders, jobs = runs[-1]
            print(
                f"{name}: schedule {SCHEDULE_TASKS:,} tasks: store {stored * 1000:.0f} ms + "
                f"engine start {started * 1000:.0f} ms = {(stored + started) * 1000:.0f} ms "
                f"({reminders:,} pending reminders, {jobs} scheduler jobs; median of {RUNS}; "
                f"target < 200 ms: {verdict(stored + started)})"
            )
            report, total = bench_overdue(url)
            print(
                f"{name}: overdue over {OVERDUE_TASKS:,} tasks ({total:,} overdue): "
                f"{report * 1000:.1f} ms (median of {QUERY_RUNS}; target < 200 ms: "
                f"{verdict(report)})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
