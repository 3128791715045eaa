"""The storage commands of ``nhacviec``: tasks, overdue, task, jobs, units; ingest --yes."""

from __future__ import annotations

import argparse
import getpass
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from rich.console import Console
from rich.table import Table
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from db import read
from db.models import Task, UnitRole
from db.session import open_database, session_scope
from jobs.calendar import SystemClock
from jobs.config import Settings, masked
from jobs.confirmed import store_confirmed
from jobs.engine.schedule import FIXED_JOBS, slot_job_id
from jobs.errors import EXIT_REFUSED
from jobs.ingest.units import read_directory
from jobs.messages import notices
from jobs.messages.wording import NO_UNIT, item_reference, shorten, unit_kind_label
from jobs.model import Extraction, StoreError
from jobs.plan.late import Past
from jobs.plan.policy import Planner
from jobs.plan.recurrence import parse_every
from jobs.plan.status import STATUS_CHOICES, days_left, due_soon_limit, parse_status, task_status
from jobs.store import file_sha256, import_units, new_unit_lines, unit_key

log = logging.getLogger(__name__)


def cli_actor() -> str:
    """Who the audit log says made a change from the command line."""
    return f"cli:{getpass.getuser()}"


@contextmanager
def opened_store(settings: Settings) -> Iterator[Engine]:
    """The configured database, migrated, for one command; a failure is for the operator."""
    try:
        engine = open_database(settings.database_url)
    except SQLAlchemyError as exc:
        where = masked(settings.database_url)
        raise StoreError(f"Không mở được cơ sở dữ liệu {where}: {exc}") from exc
    log.info("database opened: %s", masked(settings.database_url))
    try:
        yield engine
    finally:
        engine.dispose()


# -- ingest --yes -----------------------------------------------------------------------------
def already_stored(session: Session, sha256: str) -> str | None:
    """The "already stored" message when a directive of this hash exists, else None."""
    existing = read.directive_by_hash(session, sha256)
    if existing is None:
        return None
    tasks, _ = read.directive_counts(session, existing.id)
    return (
        f"Văn bản này đã được lưu trước đây (#{existing.id}, tệp «{existing.source_name}», "
        f"{tasks} nhiệm vụ). Không lưu thêm."
    )


def ingest_and_schedule(
    settings: Settings, path: Path, extraction: Extraction, past: Past = Past.NAG,
    *, raw_text: str | None = None,
) -> int:
    """Store a confirmed extraction and plan its reminders, in one transaction.

    ``raw_text`` is the file's text the extraction was read from (read again when not given:
    a scan would go through OCR twice). A file already stored is refused (exit 3) with the same
    message whether it was stored before or by another ``ingest --yes`` running at the same
    moment (the unique hash).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"Không đọc được tệp «{path}»: {exc}") from exc
    sha256 = file_sha256(data)
    console = Console()
    with opened_store(settings) as engine:
        try:
            with session_scope(engine) as session:
                if known := already_stored(session, sha256):
                    console.print(known)
                    return EXIT_REFUSED
                if raw_text is None:
                    from jobs.ingest.reading import read_bytes  # not for `run`

                    raw_text = read_bytes(path.name, data, max_bytes=settings.max_file_bytes)
                confirmed = store_confirmed(
                    session,
                    extraction,
                    path.name,
                    sha256=sha256,
                    raw_text=raw_text,
                    now=SystemClock().now(),
                    planner=Planner.from_settings(settings),
                    actor=cli_actor(),
                    past=past,
                )
                if not confirmed.stored.created:  # another ingest committed it since the check
                    console.print(already_stored(session, sha256))
                    return EXIT_REFUSED
        except IntegrityError:  # another ingest of the same file committed first
            with session_scope(engine) as session:
                known = already_stored(session, sha256)
            if known is None:
                raise
            console.print(known)
            return EXIT_REFUSED
    console.print(confirmed.saved_line)
    for line in new_unit_lines(confirmed.stored.new_units, extraction):
        console.print(f"[yellow]{line}[/yellow]")
    return 0


# -- tasks, overdue, task --------------------------------------------------------------------
def _status_label(task: Task, settings: Settings, now: datetime) -> str:
    """The task's report category, flagged when due soon."""
    status = task_status(
        task.deadline,
        task.done_at,
        now,
        due_soon_days=settings.reminders.due_soon_days,
        zone=Planner.from_settings(settings).zone,
    )
    return status.label


def _task_table(
    title: str, tasks: Sequence[Task], settings: Settings, now: datetime, *, late: bool = False
) -> Table:
    """Tasks as a table: id, ref, text, lead units, deadline, status (and days late)."""
    table = Table(title=title)
    for column in ("#", "Vị trí", "Nhiệm vụ", "Chủ trì", "Hạn", "Trạng thái"):
        table.add_column(column, no_wrap=column in ("#", "Hạn"))
    if late:
        table.add_column("Số ngày trễ", justify="right")
    zone = Planner.from_settings(settings).zone
    for task in tasks:
        cells = [
            str(task.id),
            item_reference(task.ref),
            shorten(task.text),
            notices.unit_names(task, UnitRole.LEAD) or NO_UNIT,
            notices.format_instant(task.deadline, zone) if task.deadline else "—",
            _status_label(task, settings, now),
        ]
        if late and task.deadline is not None:
            cells.append(str(-days_left(task.deadline, now, zone)))
        table.add_row(*cells)
    return table


def command_tasks(args: argparse.Namespace, settings: Settings) -> int:
    """List tasks, optionally for one unit and in one status."""
    try:
        status = parse_status(args.status) if args.status else None
    except ValueError as exc:
        raise StoreError(
            f"Trạng thái «{args.status}» không hợp lệ. Chọn một trong: {STATUS_CHOICES}."
        ) from exc
    now = SystemClock().now()
    with opened_store(settings) as engine, session_scope(engine) as session:
        unit_id = None
        if args.unit:
            key = unit_key(args.unit)
            unit = read.units_by_keys(session, [key]).get(key)
            if unit is None:
                raise StoreError(f"Không có đơn vị «{args.unit}». Xem: nhacviec units list.")
            unit_id = unit.id
        zone = Planner.from_settings(settings).zone
        soon = due_soon_limit(now, settings.reminders.due_soon_days, zone)
        tasks = read.list_tasks(
            session, now, soon, unit_id=unit_id, status=status, limit=args.limit
        )
        Console().print(_task_table(f"Nhiệm vụ ({len(tasks)})", tasks, settings, now))
    return 0


def command_overdue(args: argparse.Namespace, settings: Settings) -> int:
    """Overdue tasks: total, per lead unit, the most overdue first."""
    now, console = SystemClock().now(), Console()
    with opened_store(settings) as engine, session_scope(engine) as session:
        report = read.overdue_report(session, now, limit=args.limit)
        console.print(f"[bold]Quá hạn chưa hoàn thành: {report.total} nhiệm vụ[/bold]")
        if report.total == 0:
            return 0
        by_unit = Table(title="Theo đơn vị chủ trì")
        by_unit.add_column("Đơn vị")
        by_unit.add_column("Số nhiệm vụ quá hạn", justify="right")
        for name, count in report.by_unit:
            by_unit.add_row(name, str(count))
        console.print(by_unit)
        title = f"Quá hạn lâu nhất ({len(report.tasks)}/{report.total})"
        console.print(_task_table(title, report.tasks, settings, now, late=True))
    return 0


def command_task(args: argparse.Namespace, settings: Settings) -> int:
    """One task in full, with its next reminders (or, for a series, its occurrences)."""
    now, console = SystemClock().now(), Console()
    zone = Planner.from_settings(settings).zone
    with opened_store(settings) as engine, session_scope(engine) as session:
        task = read.task_with_details(session, args.id)
        if task is None:
            raise StoreError(f"Không có nhiệm vụ #{args.id}.")
        details = Table(show_header=False, title=f"Nhiệm vụ #{task.id}")
        details.add_column(style="bold")
        details.add_column()
        directive = task.directive
        rows = [
            ("Văn bản", " ".join(filter(None, [directive.number, directive.title]))),
            ("Vị trí", item_reference(task.ref)),
            ("Nội dung", task.text),
            ("Chủ trì", notices.unit_names(task, UnitRole.LEAD) or NO_UNIT),
            ("Phối hợp", notices.unit_names(task, UnitRole.SUPPORT) or "—"),
            ("Hạn", notices.deadline_text(task, zone)),
            ("Trạng thái", "định kỳ" if task.is_series else _status_label(task, settings, now)),
        ]
        if task.every:
            rows.append(("Định kỳ", parse_every(task.every).describe()))
        if task.done_at:
            note = f" — {task.completion_note}" if task.completion_note else ""
            done = f"{notices.format_instant(task.done_at, zone)} bởi {task.done_by}{note}"
            rows.append(("Hoàn thành", done))
        if task.reopened_at:
            reopened = f"{notices.format_instant(task.reopened_at, zone)} bởi {task.reopened_by}"
            rows.append(("Mở lại", f"{reopened} ({task.reopen_count} lần)"))
        for label, value in rows:
            details.add_row(label, value)
        console.print(details)
        if task.is_series:
            console.print(
                _task_table(
                    "Các lần thực hiện", read.occurrences(session, task.id), settings, now
                )
            )
            return 0
        upcoming = Table(title="Lịch nhắc sắp tới")
        for column in ("Thời điểm", "Loại"):
            upcoming.add_column(column)
        pending = [r for r in task.reminders if r.is_pending][: args.limit]
        for reminder in pending:
            upcoming.add_row(
                notices.format_instant(reminder.fire_at, zone), notices.KIND_LABELS[reminder.kind]
            )
        console.print(upcoming if pending else "Không còn lượt nhắc nào đang chờ.")
        sent = sum(1 for r in task.reminders if r.sent_at is not None)
        console.print(f"Đã gửi {sent} lượt nhắc.")
    return 0


# -- jobs --------------------------------------------------------------------------------------
def stored_jobs(engine: Engine) -> list[Job]:
    """The jobs in APScheduler's table, read without running a scheduler."""
    jobstore = SQLAlchemyJobStore(engine=engine)
    if not inspect(engine).has_table(jobstore.jobs_t.name):
        return []
    return jobstore.get_all_jobs()


def command_jobs(args: argparse.Namespace, settings: Settings) -> int:
    """The pending schedule: reminder rows and the scheduler jobs that will fire them."""
    console = Console()
    zone = Planner.from_settings(settings).zone
    with opened_store(settings) as engine, session_scope(engine) as session:
        jobs = {job.id: job for job in stored_jobs(engine)}
        total = read.count_pending_reminders(session)
        reminders = read.upcoming_reminders(session, limit=args.limit)
        table = Table(title=f"Lượt nhắc đang chờ ({len(reminders)}/{total})")
        for column in ("Thời điểm", "Loại", "#", "Nhiệm vụ", "Chủ trì", "Lịch chạy"):
            table.add_column(column, no_wrap=column in ("Thời điểm", "#"))
        for reminder in reminders:
            task = reminder.task
            table.add_row(
                notices.format_instant(reminder.fire_at, zone),
                notices.KIND_LABELS[reminder.kind],
                str(task.id),
                shorten(task.text, 50),
                notices.unit_names(task, UnitRole.LEAD) or NO_UNIT,
                "đã lên lịch" if slot_job_id(reminder.fire_at) in jobs else "chờ bot đồng bộ",
            )
        console.print(table)
    fixed = Table(title="Việc định kỳ của bộ lập lịch")
    fixed.add_column("Mã")
    fixed.add_column("Lần chạy tới")
    for job_id in sorted(FIXED_JOBS):
        job = jobs.get(job_id)
        when = job.next_run_time if job else None
        fixed.add_row(job_id, notices.format_instant(when, zone) if when else "chưa đăng ký")
    console.print(fixed)
    return 0


# -- units ----------------------------------------------------------------------------------
def command_units_import(args: argparse.Namespace, settings: Settings) -> int:
    """Import a unit directory (TOML or CSV); importing it again changes nothing."""
    directory = read_directory(Path(args.file))
    console = Console()
    with opened_store(settings) as engine, session_scope(engine) as session:
        report = import_units(session, directory, now=SystemClock().now(), actor=cli_actor())
    console.print(
        f"Đã nhập danh mục đơn vị: thêm mới {len(report.added)}, cập nhật {len(report.updated)},"
        f" không đổi {report.unchanged}."
    )
    if report.unknown_members:
        table = Table(title="Thành viên không có trong danh mục (chưa gắn vào nhóm)")
        table.add_column("Nhóm đơn vị")
        table.add_column("Thành viên chưa rõ")
        for collective, member in report.unknown_members:
            table.add_row(collective, member)
        console.print(table, style="yellow")
    for alias, owner in report.alias_conflicts:
        console.print(f"[yellow]Tên gọi khác «{alias}» đã thuộc về «{owner}», bỏ qua.[/yellow]")
    return 0


def command_units_list(args: argparse.Namespace, settings: Settings) -> int:
    """Every stored unit with its aliases, members and linked chats."""
    with opened_store(settings) as engine, session_scope(engine) as session:
        units = read.all_units(session)
        table = Table(title=f"Đơn vị ({len(units)})")
        for column in ("#", "Tên", "Loại", "Tên gọi khác", "Thành viên", "Nhóm Telegram"):
            table.add_column(column)
        for unit in units:
            table.add_row(
                str(unit.id),
                unit.name,
                unit_kind_label(unit.kind),
                ", ".join(a.alias for a in unit.aliases),
                ", ".join(m.name for m in unit.members),
                str(len(unit.chats)),
            )
        Console().print(table)
    return 0


def command_units_alias(args: argparse.Namespace, settings: Settings) -> int:
    """Store another name of a unit, as the bot does when the office maps an unknown name."""
    from jobs.unit_names import learnt_resolver, remember_alias

    with opened_store(settings) as engine, session_scope(engine) as session:
        resolver = learnt_resolver(settings, session)
        unit = resolver.resolve(args.unit).name
        stored = remember_alias(
            session, resolver, args.alias, args.unit, now=SystemClock().now(), actor=cli_actor()
        )
    alias = " ".join(args.alias.split())
    if stored:
        print(f"Đã lưu «{alias}» là tên gọi khác của «{unit}»; các văn bản sau tự nhận tên này.")
    else:
        print(f"«{alias}» đã là tên của «{unit}»; không đổi gì.")
    return 0
