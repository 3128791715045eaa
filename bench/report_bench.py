"""Weekly summary figures over 100,000 tasks, on SQLite and PostgreSQL.

    scripts/with-postgres.sh .venv/bin/python bench/report_bench.py

Seeds the 100,000 tasks of ``schedule_bench.seed_overdue`` (50 lead units, deadlines a year
either side of now, 60% done), then prints the median of several runs of: the counts and
lists the message and chart need (``db.reports``), the whole ``build_weekly_summary`` with
every task row of the period, and rendering the chart and the workbook from it. The period
is this week up to tomorrow, so that every open task falls in it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from schedule_bench import QUERY_RUNS, fresh, seed_overdue, timed

from db import reports
from db.session import session_scope
from jobs.config import Settings
from jobs.report import build_weekly_summary, last_full_week, render_chart_png, render_xlsx
from jobs.status import due_soon_limit

RUNS = 3


def bench(url: str) -> None:
    """Seed one backend and print its figures."""
    engine, now, settings = fresh(url), datetime.now(UTC), Settings()
    seed_overdue(engine, now)
    zone = ZoneInfo(settings.timezone)
    period = reports.Period(last_full_week(now, zone).end, now + timedelta(days=1))
    soon = due_soon_limit(now, settings.reminders.due_soon_days, zone)

    def counts() -> int:
        with session_scope(engine) as session:
            units = reports.unit_counts(session, period, now, soon)
            reports.total_counts(session, period, now, soon)
            reports.completed_between(session, period)
            reports.longest_overdue(session, now)
            reports.due_between(session, reports.Period(now, now + timedelta(days=7)), now)
            return len(units)

    def build() -> object:
        with session_scope(engine) as session:
            return build_weekly_summary(session, period, now, settings)

    counted = timed(counts, QUERY_RUNS)
    started = time.perf_counter()
    summary = build()
    built = time.perf_counter() - started
    chart = timed(lambda: render_chart_png(summary), RUNS)
    started = time.perf_counter()
    workbook = render_xlsx(summary)
    rendered = time.perf_counter() - started
    print(
        f"  {len(summary.tasks):,} tasks in the period, {len(summary.units)} units\n"
        f"  counts and lists (message, chart): {counted * 1000:.0f} ms\n"
        f"  whole summary with every task row: {built:.2f} s\n"
        f"  chart PNG: {chart * 1000:.0f} ms\n"
        f"  workbook: {rendered:.2f} s, {len(workbook) / 1e6:.1f} MB"
    )
    engine.dispose()


def main() -> int:
    """Run on each available backend."""
    with tempfile.TemporaryDirectory() as folder:
        backends = [("SQLite", f"sqlite:///{Path(folder) / 'bench.sqlite3'}")]
        pg_url = os.environ.get("NHACVIEC_TEST_PG_URL")
        if pg_url:
            backends.append(("PostgreSQL", pg_url))
        else:
            print("PostgreSQL skipped: NHACVIEC_TEST_PG_URL is not set (scripts/with-postgres.sh)")
        for name, url in backends:
            print(name)
            bench(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
