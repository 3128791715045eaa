"""The ``nhacviec`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from jobs.config import Settings, load_settings
from jobs.errors import IngestError
from jobs.ingest import ingest_file
from jobs.model import Extraction

EXIT_BAD_INPUT = 2


def render_table(extraction: Extraction, console: Console) -> None:
    """A readable table of the draft tasks, unknown units flagged."""
    info = extraction.directive
    console.print(f"[bold]{info.title or 'Văn bản'}[/bold]")
    console.print(
        f"Số: {info.number or '—'}   Ngày: "
        f"{info.date.strftime('%d/%m/%Y') if info.date else 'không rõ'}   "
        f"Số nhiệm vụ: {len(extraction.tasks)}"
    )
    table = Table(show_lines=False)
    table.add_column("Mục", no_wrap=True)
    table.add_column("Đơn vị chủ trì")
    table.add_column("Thời hạn", no_wrap=True)
    table.add_column("Định kỳ", no_wrap=True)
    table.add_column("Nội dung")
    for task in extraction.tasks:
        units = [f"{u} [red](chưa rõ)[/red]" if u in task.unknown_units else u for u in task.units]
        table.add_row(
            task.ref,
            "\n".join(units) or "[red]chưa có đơn vị[/red]",
            task.due.strftime("%d/%m/%Y") if task.due else "",
            task.every or "",
            task.text[:90] + ("…" if len(task.text) > 90 else ""),
        )
    console.print(table)


def command_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Extract the tasks of a directive; with --dry-run nothing is stored."""
    extraction = ingest_file(Path(args.file), settings)
    if args.json:
        json.dump(extraction.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render_table(extraction, Console())
    if args.dry_run:
        return 0
    if not args.yes:
        print(
            "Chưa lưu gì. Thêm --yes để lưu và lập lịch nhắc, hoặc --dry-run để chỉ xem.",
            file=sys.stderr,
        )
        return 1
    from jobs.cli_store import ingest_and_schedule

    return ingest_and_schedule(settings, Path(args.file), extraction)


def build_parser() -> argparse.ArgumentParser:
    """All subcommands, wired in one place."""
    parser = argparse.ArgumentParser(prog="nhacviec", description="Nhắc việc theo văn bản chỉ đạo.")
    parser.add_argument("--config", type=Path, help="tệp cấu hình TOML (mặc định: NHACVIEC_CONFIG)")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="đọc văn bản và trích xuất nhiệm vụ")
    ingest.add_argument("file", help="tệp .pdf, .docx, .txt hoặc .md")
    ingest.add_argument("--dry-run", action="store_true", help="chỉ trích xuất, không lưu")
    ingest.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    ingest.add_argument("--yes", action="store_true", help="lưu và lập lịch nhắc không cần duyệt")
    ingest.set_defaults(handler=command_ingest)
    try:
        from jobs.cli_store import add_commands
    except ImportError:
        pass
    else:
        add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``nhacviec`` console script."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        return args.handler(args, settings)
    except IngestError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
