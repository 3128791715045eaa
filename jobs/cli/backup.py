"""``nhacviec backup`` and ``nhacviec restore``: their parsers are in ``jobs.cli.main``."""

from __future__ import annotations

import argparse
from pathlib import Path

from jobs.cli.backup_files import backup, restore
from jobs.cli.store import opened_store
from jobs.config import Settings, masked


def command_backup(args: argparse.Namespace, settings: Settings) -> int:
    """Back the configured database up into a new file."""
    target = Path(args.file)
    backup(settings.database_url, target)
    print(f"Đã sao lưu {masked(settings.database_url)} vào {target}.")
    return 0


def command_restore(args: argparse.Namespace, settings: Settings) -> int:
    """Restore a backup into the configured (empty) database, then bring its schema up."""
    restore(Path(args.file), settings.database_url)
    with opened_store(settings):  # a backup of an older version is migrated now
        pass
    print(
        f"Đã phục hồi {args.file} vào {masked(settings.database_url)}. "
        "Kiểm tra bằng: nhacviec tasks"
    )
    return 0
