"""The database stops taking writes after Telegram accepted a message: nothing is sent twice,
the pass goes on for the other reminders, the office is told once, and everything is written
when the database takes writes again.

Two real failures on SQLite: another process holding the write lock (``BEGIN IMMEDIATE``)
longer than the busy timeout, and a full disk (the database on a small tmpfs filled up; the
test is skipped where the machine cannot mount one).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from bot_fixtures import run_bot
from bot_harness import OFFICE, Harness, store_burst, tally
from sqlalchemy import Engine, func, select

from db import read
from db.models import ReminderMessage
from db.session import make_engine, session_scope, upgrade

CHATS = [-1005000 - n for n in range(3)]
REMINDERS = 6

SQLITE_ONLY = pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute(
    "INSERT INTO audit_log (at, actor, action, entity, details) "
    "VALUES ('2024-01-01 00:00:00', 'other', 'hold', 'lock', '{}')"
)
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


@contextmanager
def write_lock(engine: Engine) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's write lock until the test lets go."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(engine.url.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def release(holder: subprocess.Popen[str]) -> None:
    """The other process rolls back and exits: the lock is free."""
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.wait(timeout=10) == 0


def pending(engine: Engine) -> int:
    """Reminders still to go out."""
    with session_scope(engine) as session:
        return read.count_pending_reminders(session)


def recorded(engine: Engine) -> int:
    """Messages the database knows were sent."""
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(ReminderMessage)) or 0


def office_alerts(harness: Harness) -> list[str]:
    """What the office was told about the storage."""
    return [m.plain_text for m in harness.sent(OFFICE) if "không ghi được" in m.plain_text]


async def check_unwritable_then_recovered(
    harness: Harness, expected: dict[int, int], make_writable: Callable[[], None]
) -> None:
    """Passes while no write succeeds, then one after: no duplicate, nothing lost."""
    service = harness.rt.service
    await service.deliver_due()
    assert tally(harness.api, expected) == (0, 0)  # every chat got every reminder, once
    assert service.storage_error is not None
    assert len(office_alerts(harness)) == 1
    await service.deliver_due()
    await service.deliver_due()
    assert tally(harness.api, expected) == (0, 0)  # later passes sent nothing again
    assert len(office_alerts(harness)) == 1  # the alert is rate-limited
    assert pending(harness.engine) == REMINDERS and recorded(harness.engine) == 0

    make_writable()
    await service.deliver_due()
    assert service.storage_error is None
    assert tally(harness.api, expected) == (0, 0)
    assert pending(harness.engine) == 0 and recorded(harness.engine) == REMINDERS


@SQLITE_ONLY
async def test_a_write_lock_held_by_another_process(
    harness: Harness, reliability_report: list[str]
) -> None:
    expected = store_burst(harness.engine, harness.clock, REMINDERS, CHATS)
    with write_lock(harness.engine) as holder:
        await check_unwritable_then_recovered(harness, expected, lambda: release(holder))
    reliability_report.append(
        f"SQLite write lock held by another process: {REMINDERS} reminders, 0 lost, "
        "0 duplicated, office told once, recorded once the lock was free"
    )


TMPFS_BYTES = 8 * 1024 * 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs of its own, or skip where the machine cannot mount one."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command: the disk-full case needs a small tmpfs")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_BYTES}", "tmpfs", str(mountpoint)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.decode().strip()})")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


@pytest.fixture
def full_disk_engine(small_disk: Path) -> Iterator[Engine]:
    """A migrated SQLite database on the small tmpfs."""
    engine = make_engine(f"sqlite:///{small_disk / 'nhacviec.sqlite3'}")
    upgrade(engine)
    yield engine
    engine.dispose()


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte; returns the filler to delete."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:  # ENOSPC: full
        pass
    finally:
        os.close(fd)
    return filler


@pytest.fixture
async def on_small_disk(
    bot_api, full_disk_engine, clock, settings, bot_settings
) -> AsyncIterator[Harness]:
    """The bot running on the database of the small tmpfs."""
    async with run_bot(bot_api, full_disk_engine, clock, settings, bot_settings) as started:
        yield started


async def test_a_full_disk(
    on_small_disk: Harness, small_disk: Path, reliability_report: list[str]
) -> None:
    harness = on_small_disk
    expected = store_burst(harness.engine, harness.clock, REMINDERS, CHATS)
    with harness.engine.connect() as connection:  # an empty WAL: the next write must grow it
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = fill(small_disk)
    await check_unwritable_then_recovered(harness, expected, filler.unlink)
    reliability_report.append(
        f"disk full (SQLite on a filled tmpfs): {REMINDERS} reminders, 0 lost, 0 duplicated, "
        "office told once, recorded once space was freed"
    )
