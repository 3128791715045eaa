"""The ``nhacviec`` command line."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from jobs.calendar import SystemClock, local_date
from jobs.cli.links import add_link_commands
from jobs.cli.parser import VietnameseParser
from jobs.config import Settings, load_settings
from jobs.errors import EXIT_BAD_INPUT, EXIT_REFUSED, IngestError
from jobs.ingest import IMAGE_SUFFIXES, apply_ocr_settings
from jobs.ingest.pipeline import extract_text, read_file, resolver_for
from jobs.messages.wording import item_reference
from jobs.model import Extraction, StoreError
from jobs.plan.late import (
    OLD_DIRECTIVE_DAYS,
    Past,
    default_past,
    late_deadlines,
    late_warning,
    past_choice_note,
)
from jobs.plan.policy import Planner
from jobs.plan.recurrence import parse_every
from jobs.plan.status import STATUS_CHOICES

if TYPE_CHECKING:
    from jobs.ingest.units import UnitResolver

WAITING = "chờ ngày ban hành"
# Files OCR may read: PDFs (a scan shows only while reading) and photos.
OCR_SUFFIXES = (".pdf", *IMAGE_SUFFIXES)
LOW_CONFIDENCE_MARK = "⚠️"
SCAN_NOTE = (
    "Văn bản được đọc từ bản quét hoặc ảnh chụp (nhận dạng chữ): hãy kiểm tra các ô có ⚠️ "
    "trước khi lưu."
)


def directive_date_argument(text: str | None) -> date | None:
    """The --date of ``ingest``; a Vietnamese error (exit 2) when it is not a full date."""
    if text is None:
        return None
    from jobs.ingest.deadlines import parse_directive_date  # dateparser: not for ``run``

    day = parse_directive_date(text)
    if day is None:
        raise IngestError(
            f"Ngày ban hành «{text}» không hợp lệ. Ghi đủ ngày, tháng, năm theo dạng "
            "dd/mm/yyyy, ví dụ: --date 17/10/2025."
        )
    return day


def render_table(
    extraction: Extraction, console: Console, settings: Settings | None = None
) -> None:
    """A readable table of the draft tasks, unknown units flagged; each deadline as the
    stored task will close (``jobs.messages.notices.closing_phrase``)."""
    from jobs.messages.notices import closing_phrase
    from jobs.plan.policy import Planner

    planner = Planner.from_settings(settings or Settings())
    info = extraction.directive
    console.print(f"[bold]{info.title or 'Văn bản'}[/bold]")
    console.print(
        f"Số: {info.number or '—'}   Ngày: "
        f"{info.date.strftime('%d/%m/%Y') if info.date else 'không rõ'}   "
        f"Số nhiệm vụ: {len(extraction.tasks)}"
    )
    table = Table(show_lines=False)
    table.add_column("Vị trí")
    table.add_column("Đơn vị chủ trì")
    table.add_column("Thời hạn", max_width=30)
    table.add_column("Nội dung")
    for task in extraction.tasks:
        units = [f"{u} [red](chưa rõ)[/red]" if u in task.unknown_units else u for u in task.units]
        if task.due:
            closes = planner.deadline(task.due, task.due_text)
            due = closing_phrase(closes, task.due_text, planner.zone).replace(" (", "\n(", 1)
        elif task.every:
            due = f"định kỳ: {parse_every(task.every).describe()}"
        else:
            due = due_mark(task.waits_for_date)
        table.add_row(
            item_reference(task.ref),
            low_confidence("\n".join(units), "units" in task.low_confidence)
            or "[red]chưa có đơn vị[/red]",
            low_confidence(due, "due_text" in task.low_confidence),
            task.text[:90] + ("…" if len(task.text) > 90 else ""),
        )
    console.print(table)
    if any(task.low_confidence for task in extraction.tasks):
        console.print(SCAN_NOTE)


def low_confidence(cell: str, flagged: bool) -> str:
    """A table cell, marked ⚠️ (on its first line) when OCR read it from words of low
    confidence."""
    if not (flagged and cell):
        return cell
    first, newline, rest = cell.partition("\n")
    return f"{first} [yellow]{LOW_CONFIDENCE_MARK}[/yellow]{newline}{rest}"


def due_mark(waits_for_date: bool) -> str:
    """The deadline cell of a task without a due day."""
    return f"[yellow]{WAITING}[/yellow]" if waits_for_date else ""


def print_warnings(extraction: Extraction) -> None:
    """Each warning of the extraction on stderr (stdout stays the table or the JSON)."""
    for warning in extraction.warnings:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    if any(task.waits_for_date for task in extraction.tasks):
        print("Dòng lệnh: thêm --date dd/mm/yyyy để đặt ngày ban hành văn bản.", file=sys.stderr)


def refusal(extraction: Extraction) -> str | None:
    """Why ``--yes`` must not store this extraction (Vietnamese), or None."""
    if not extraction.tasks:
        return "Không lưu: văn bản không có nhiệm vụ nào."
    waiting = [item_reference(task.ref) for task in extraction.tasks if task.waits_for_date]
    if waiting:
        return (
            f"Không lưu: thời hạn của {len(waiting)} nhiệm vụ ({'; '.join(waiting)}) đang "
            "chờ ngày ban hành văn bản. Thêm --date dd/mm/yyyy (ví dụ --date 17/10/2025)."
        )
    return None


def stored_resolver(settings: Settings) -> UnitResolver | None:
    """The resolver plus the aliases the office taught, when the database already exists.

    None (the plain resolver) when there is no database yet: a dry run never creates one.
    """
    url = settings.database_url
    if url.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        database = make_url(url).database
        if not database or database == ":memory:" or not Path(database).exists():
            return None
    from jobs.unit_names import resolver_with_aliases

    return resolver_with_aliases(settings)


def command_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Extract the tasks of a directive; with --dry-run nothing is stored."""
    directive_date = directive_date_argument(args.date)
    resolver = stored_resolver(settings) or resolver_for(settings)
    with ocr_progress(Path(args.file), settings):
        raw_text = read_file(Path(args.file), settings)
        extraction = extract_text(raw_text, resolver, directive_date)
    past = warn_late(extraction, settings, args.past)
    if args.json:
        json.dump(extraction.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render_table(extraction, Console(), settings)
    print_warnings(extraction)
    if args.dry_run:
        return 0
    if not args.yes:
        print(
            "Chưa lưu gì. Thêm --yes để lưu và lập lịch nhắc, hoặc --dry-run để chỉ xem.",
            file=sys.stderr,
        )
        return 1
    if reason := refusal(extraction):
        print(reason, file=sys.stderr)
        return EXIT_REFUSED
    from jobs.cli.store import ingest_and_schedule

    return ingest_and_schedule(settings, Path(args.file), extraction, past, raw_text=raw_text)


def warn_late(extraction: Extraction, settings: Settings, asked: str | None) -> Past:
    """What becomes of deadlines already past (``--past``, else by the directive's age); when
    there are some, the warnings say how many, how long ago, and what is done with them."""
    planner, now = Planner.from_settings(settings), SystemClock().now()
    today, issued = local_date(now, planner.zone), extraction.directive.date
    past = Past(asked) if asked else default_past(issued, today)
    late = late_deadlines(extraction.tasks, planner, now)
    if late is not None:
        extraction.warnings.append(late_warning(late))
        note = past_choice_note(past, issued, today, chosen=asked is not None)
        extraction.warnings.append(f"{note} Chọn bằng --past nag hoặc --past history.")
    return past


def ocr_progress(path: Path, settings: Settings) -> contextlib.AbstractContextManager[None]:
    """A progress bar for files OCR may read, with the configured limits; else nothing."""
    if path.suffix.lower() not in OCR_SUFFIXES:
        return contextlib.nullcontext()
    from jobs.ingest import ocr

    apply_ocr_settings(settings)
    return ocr.rich_progress()


Handler = Callable[[argparse.Namespace, Settings], int]


def lazy(reference: str) -> Handler:
    """A handler named "module:function", imported only when its command runs.

    ``nhacviec ingest --dry-run`` then starts without loading the database and scheduler.
    """

    def run(args: argparse.Namespace, settings: Settings) -> int:
        module, _, name = reference.partition(":")
        handler: Handler = getattr(importlib.import_module(module), name)
        return handler(args, settings)

    return run


def add_limit(parser: argparse.ArgumentParser, default: int, what: str = "số dòng tối đa") -> None:
    """The ``--limit`` option of a listing: how many rows it shows."""
    parser.add_argument(
        "--limit", metavar="SỐ", type=int, default=default, help=f"{what} (mặc định {default})"
    )


def add_store_commands(commands: argparse._SubParsersAction) -> None:
    """The storage subcommands: tasks, overdue, task, jobs, units."""
    tasks = commands.add_parser("tasks", help="danh sách nhiệm vụ")
    tasks.add_argument(
        "--unit", metavar="ĐƠN_VỊ", help="chỉ nhiệm vụ của đơn vị này (tên hoặc tên gọi khác)"
    )
    tasks.add_argument(
        "--status", metavar="TRẠNG_THÁI", help=f"lọc theo trạng thái: {STATUS_CHOICES}"
    )
    add_limit(tasks, 200)
    tasks.set_defaults(handler=lazy("jobs.cli.store:command_tasks"))

    overdue = commands.add_parser("overdue", help="nhiệm vụ quá hạn chưa hoàn thành")
    add_limit(overdue, 50, "số nhiệm vụ liệt kê")
    overdue.set_defaults(handler=lazy("jobs.cli.store:command_overdue"))

    task = commands.add_parser("task", help="chi tiết một nhiệm vụ và lịch nhắc sắp tới")
    task.add_argument("id", metavar="MÃ", type=int, help="mã nhiệm vụ")
    add_limit(task, 10, "số lượt nhắc hiển thị")
    task.set_defaults(handler=lazy("jobs.cli.store:command_task"))

    jobs = commands.add_parser("jobs", help="lịch nhắc đang chờ")
    add_limit(jobs, 50)
    jobs.set_defaults(handler=lazy("jobs.cli.store:command_jobs"))

    units = commands.add_parser("units", help="danh mục đơn vị")
    unit_commands = units.add_subparsers(dest="units_command", metavar="LỆNH", required=True)
    units_import = unit_commands.add_parser("import", help="nhập danh mục đơn vị (.toml, .csv)")
    units_import.add_argument("file", metavar="TỆP", help="tệp danh mục đơn vị")
    units_import.set_defaults(handler=lazy("jobs.cli.store:command_units_import"))
    units_list = unit_commands.add_parser("list", help="liệt kê đơn vị")
    units_list.set_defaults(handler=lazy("jobs.cli.store:command_units_list"))
    units_alias = unit_commands.add_parser(
        "alias", help="lưu tên gọi khác của một đơn vị (các văn bản sau tự nhận tên này)"
    )
    units_alias.add_argument(
        "alias", metavar="TÊN_KHÁC", help='tên gọi khác, ví dụ "Tổ giúp việc Đề án 06"'
    )
    units_alias.add_argument("unit", metavar="ĐƠN_VỊ", help='đơn vị đã biết, ví dụ "Phòng Nội vụ"')
    units_alias.set_defaults(handler=lazy("jobs.cli.store:command_units_alias"))
    add_link_commands(unit_commands, lazy)


def add_report_command(commands: argparse._SubParsersAction) -> None:
    """``report``: a period's .xlsx (and .png) written to files."""
    report = commands.add_parser(
        "report",
        help="xuất báo cáo .xlsx (và biểu đồ .png) của một kỳ",
        description="Mặc định: tuần đầy đủ gần nhất (thứ Hai – Chủ nhật). Chỉ --from: đến hôm"
        " nay. Chỉ --to: 7 ngày kết thúc vào ngày đó. Ngày viết dd/mm/yyyy hoặc yyyy-mm-dd.",
    )
    report.add_argument("--from", dest="date_from", metavar="NGÀY", help="ngày đầu kỳ")
    report.add_argument("--to", dest="date_to", metavar="NGÀY", help="ngày cuối kỳ (tính cả)")
    report.add_argument("--xlsx", required=True, metavar="TỆP", help="tệp báo cáo .xlsx")
    report.add_argument("--png", metavar="TỆP", help="tệp biểu đồ .png")
    report.set_defaults(handler=lazy("jobs.cli.report:command_report"))


def add_bot_commands(commands: argparse._SubParsersAction) -> None:
    """``run`` (long polling) and ``invite``."""
    run = commands.add_parser("run", help="chạy bot Telegram (long polling)")
    run.set_defaults(handler=lazy("bot.cli:command_run"))

    invite = commands.add_parser("invite", help="tạo mã mời (dùng một lần) cho một đơn vị")
    invite.add_argument("unit", metavar="ĐƠN_VỊ", help='tên đơn vị, ví dụ "Phòng Nội vụ"')
    invite.add_argument(
        "--days",
        metavar="SỐ_NGÀY",
        type=int,
        help="số ngày mã còn hiệu lực (mặc định [bot] invite_days, 7)",
    )
    invite.add_argument(
        "--office-admin",
        action="store_true",
        help="nhóm dùng mã này có quyền Văn phòng (xem mọi nhiệm vụ, duyệt gia hạn)",
    )
    invite.set_defaults(handler=lazy("bot.cli:command_invite"))


def add_backup_commands(commands: argparse._SubParsersAction) -> None:
    """``backup`` and ``restore`` of the configured database."""
    backup = commands.add_parser(
        "backup",
        help="sao lưu cơ sở dữ liệu vào một tệp mới (SQLite: sao lưu trực tuyến; PostgreSQL: "
        "pg_dump), được cả khi bot đang chạy",
    )
    backup.add_argument("file", metavar="TỆP", help="tệp sao lưu (chưa tồn tại)")
    backup.set_defaults(handler=lazy("jobs.cli.backup:command_backup"))
    restore = commands.add_parser(
        "restore", help="phục hồi một bản sao lưu vào cơ sở dữ liệu (trống) trong cấu hình"
    )
    restore.add_argument("file", metavar="TỆP", help="tệp sao lưu")
    restore.set_defaults(handler=lazy("jobs.cli.backup:command_restore"))


def build_parser() -> argparse.ArgumentParser:
    """All subcommands, wired in one place."""
    parser = VietnameseParser(prog="nhacviec", description="Nhắc việc theo văn bản chỉ đạo.")
    parser.add_argument(
        "--config", metavar="TỆP", type=Path, help="tệp cấu hình TOML (mặc định: NHACVIEC_CONFIG)"
    )
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", required=True)
    ingest = commands.add_parser("ingest", help="đọc văn bản và trích xuất nhiệm vụ")
    ingest.add_argument(
        "file", metavar="TỆP", help="tệp .pdf, .docx, .txt, .md, .html hoặc ảnh chụp (.jpg, .png)"
    )
    ingest.add_argument("--dry-run", action="store_true", help="chỉ trích xuất, không lưu")
    ingest.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    ingest.add_argument("--yes", action="store_true", help="lưu và lập lịch nhắc không cần duyệt")
    ingest.add_argument(
        "--date",
        metavar="NGÀY",
        help="ngày ban hành văn bản (dd/mm/yyyy), khi văn bản không ghi hoặc ghi sai",
    )
    ingest.add_argument(
        "--past",
        choices=[past.value for past in Past],
        help="nhiệm vụ đã quá hạn khi nhập: nag = nhắc như quá hạn, history = lưu làm lịch sử "
        f"(mặc định: history với văn bản ban hành hơn {OLD_DIRECTIVE_DAYS} ngày, còn lại nag)",
    )
    ingest.set_defaults(handler=command_ingest)
    add_store_commands(commands)
    add_report_command(commands)
    add_bot_commands(commands)
    add_backup_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``nhacviec`` console script."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        return args.handler(args, settings)
    except (IngestError, StoreError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
