"""The ``nhacviec report`` handler: a period's workbook and chart, written atomically."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from db.session import session_scope
from jobs.calendar import SystemClock
from jobs.cli.store import opened_store
from jobs.config import Settings
from jobs.summary.report import (
    ReportError,
    build_weekly_summary,
    period_text,
    render_chart_png,
    requested_period,
    summary_line,
)
from jobs.summary.report_book import render_xlsx


def write_atomically(files: dict[Path, bytes]) -> None:
    """Each file whole or not at all: all are staged as temporary files, then renamed."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files.items():
            handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            staged.append((Path(name), target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temporary, target in staged:
            os.replace(temporary, target)
    except OSError as exc:
        raise ReportError(f"Không ghi được tệp: {exc}") from exc
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _check_targets(paths: list[Path]) -> None:
    """Refuse outputs that cannot be written before any work is done."""
    for path in paths:
        if not path.parent.is_dir():
            raise ReportError(f"Thư mục «{path.parent}» không tồn tại.")
        if path.is_dir():
            raise ReportError(f"«{path}» là một thư mục, không phải tệp.")


def command_report(args: argparse.Namespace, settings: Settings) -> int:
    """Write the period's .xlsx report and, with --png, its chart."""
    zone = ZoneInfo(settings.timezone)
    now = SystemClock().now()
    period = requested_period(args.date_from, args.date_to, now, zone)
    targets = [Path(args.xlsx), *([Path(args.png)] if args.png else [])]
    _check_targets(targets)
    with opened_store(settings) as engine, session_scope(engine) as session:
        summary = build_weekly_summary(session, period, now, settings)
    files = {targets[0]: render_xlsx(summary, settings.report)}
    if args.png:
        files[targets[1]] = render_chart_png(summary)
    write_atomically(files)
    print(f"Báo cáo kỳ {period_text(period, zone)}: {summary_line(summary)}.")
    print("Đã ghi: " + ", ".join(str(path) for path in files))
    return 0
