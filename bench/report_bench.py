"""Weekly summary figures over 100,000 tasks, on SQLite and PostgreSQL.

    scripts/with-postgres.sh .venv/bin/python bench/report_bench.py

Seeds the 100,000 tasks of ``schedule_bench.seed_overdue`` (50 lead units, deadlines a year
either side of now, 60% done), then prints the median of several runs of: the counts and
lists the message and chart need (``db.reports``), the whole ``build_weekly_summary`` with
every task row of the period, and rendering the chart and a workbook of 70,000 task rows
(the period's rows, repeated; goal < 8 s). The period is this week up to tomorrow, so that
every open task falls in it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from schedule_bench import QUERY_RUNS, backends, fresh, seed_overdue, timed

from db import reports
from db.session import session_scope
from jobs.config import Settings
from jobs.plan.status import due_soon_limit
from jobs.summary.report import build_weekly_summary, last_full_week, render_chart_png
from jobs.summary.report_book import render_xlsx

RUNS = 3
WORKBOOK_ROWS = 70_000


def python_speed() -> float:
    """Seconds for a fixed loop: how busy the shared machine was during the run."""
    started, total = time.perf_counter(), 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - started


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
            reports.completed_in(session, period, now, limit=15)
            reports.overdue_in(session, period, now, limit=15)
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
    book_rows = replace(summary, tasks=(summary.tasks * 2)[:WORKBOOK_ROWS])
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        workbook = render_xlsx(book_rows, settings.report)
        runs.append(time.perf_counter() - started)
    rendered = statistics.median(runs)
    verdict = "OK" if rendered < 8 else "OVER TARGET"
    print(
        f"  {len(summary.tasks):,} tasks in the period, {len(summary.units)} units\n"
        f"  counts and lists (message, chart): {counted * 1000:.0f} ms\n"
        f"  whole summary with every task row: {built:.2f} s\n"
        f"  chart PNG: {chart * 1000:.0f} ms\n"
        f"  workbook of {len(book_rows.tasks):,} task rows: {rendered:.2f} s (median of {RUNS};"
        f" goal < 8 s: {verdict}), {len(workbook) / 1e6:.1f} MB\n"
        f"  a pure-Python loop of 10 million additions here: {python_speed():.2f} s"
        " (about 0.5 s on an idle core; divide to compare runs on a busy machine)"
    )
    engine.dispose()


def main() -> int:
    """Run on each available backend."""
    with tempfile.TemporaryDirectory() as folder:
        for name, url in backends(folder):
            print(name)
            bench(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
