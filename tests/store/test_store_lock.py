"""One scheduler per database: a second process is refused while the first holds the lock."""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from store_factories import draft, store

from db.session import make_engine
from jobs.calendar import FakeClock
from jobs.config import Settings
from jobs.engine.lock import ADVISORY_KEY, KEEPALIVES, SchedulerLock, SchedulerLocked, lock_file
from jobs.engine.schedule import ReminderService
from jobs.errors import IngestError
from jobs.messages.sender import RecordingSender
from jobs.plan.policy import Planner

OTHER_PROCESS = Path(__file__).with_name("scheduler_process.py")
TIMEOUT = 30


async def spawn(url: str) -> asyncio.subprocess.Process:
    """Another process that starts the reminder engine on the database at ``url``."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        str(OTHER_PROCESS),
        url,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )


async def said(process: asyncio.subprocess.Process) -> str:
    """The other process's next line: "started" or "locked: <message>"."""
    assert process.stdout is not None
    return (await asyncio.wait_for(process.stdout.readline(), TIMEOUT)).decode().strip()


async def tell(process: asyncio.subprocess.Process, command: str) -> None:
    """Send the other process a command: "start" or "stop"."""
    assert process.stdin is not None
    process.stdin.write(f"{command}\n".encode())
    await process.stdin.drain()


async def end(process: asyncio.subprocess.Process) -> None:
    """Kill the other process if a failed test left it running."""
    if process.returncode is None:
        process.kill()
        await process.wait()


def service_on(url: str, settings: Settings) -> ReminderService:
    """A reminder service with an engine of its own, as a new process would have."""
    return ReminderService(settings, make_engine(url), RecordingSender())


async def test_a_second_process_is_refused_until_the_first_stops(
    engine: Engine, settings: Settings
) -> None:
    url = engine.url.render_as_string(hide_password=False)
    first = service_on(url, settings)
    await first.start()
    other = await spawn(url)
    try:
        refused = await said(other)
        assert refused.startswith("locked: Bộ lập lịch nhắc việc đang chạy ở một tiến trình khác")
        assert "tránh gửi nhắc trùng" in refused
        await first.shutdown()
        await tell(other, "start")
        assert await said(other) == "started"
        await tell(other, "stop")
        assert await asyncio.wait_for(other.wait(), TIMEOUT) == 0
    finally:
        await end(other)
        await first.shutdown()


async def test_a_killed_holder_frees_the_lock(engine: Engine, settings: Settings) -> None:
    url = engine.url.render_as_string(hide_password=False)
    other = await spawn(url)
    service = service_on(url, settings)
    try:
        assert await said(other) == "started"
        with pytest.raises(SchedulerLocked) as refused:
            await service.start()
        assert isinstance(refused.value, IngestError) and not service.scheduler.running
        other.send_signal(signal.SIGKILL)
        assert await other.wait() == -signal.SIGKILL
        for _ in range(100):  # PostgreSQL ends the dead client's session within moments
            try:
                await service.start()
                break
            except SchedulerLocked:
                await asyncio.sleep(0.05)
        assert service.scheduler.running
    finally:
        await end(other)
        await service.shutdown()


def terminate_lock_session(engine: Engine) -> bool:
    """End the server session holding the scheduler lock, from another connection, and wait
    until it has ended: the server frees the lock only then."""
    with engine.begin() as connection:  # as idle_session_timeout or a failover would
        return connection.scalar(
            text(
                "SELECT pg_terminate_backend(pid, 10000) FROM pg_locks"
                " WHERE locktype = 'advisory'"
                " AND (classid::bigint << 32 | objid::bigint) = :key AND objsubid = 1"
            ),
            {"key": ADVISORY_KEY},
        )


async def test_a_lock_lost_to_another_scheduler_stops_the_first_one(
    engine: Engine,
    settings: Settings,
    planner: Planner,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL advisory lock")
    url = engine.url.render_as_string(hide_password=False)
    ended: list[str] = []
    first_sender, second_sender = RecordingSender(), RecordingSender()
    first = ReminderService(
        settings, make_engine(url), first_sender, clock, on_lock_taken=lambda: ended.append("1")
    )
    second = ReminderService(settings, make_engine(url), second_sender, clock)
    await first.start()
    try:
        assert terminate_lock_session(engine) is True
        await second.start()  # the lock was free: the second process takes it
        store(engine, planner, clock.now(), *(draft(str(n), date(2024, 4, 8)) for n in range(3)))
        clock.set(datetime(2024, 4, 10, 2, 0, tzinfo=UTC))
        assert await first.deliver_due() == 0 and first_sender.sent == []
        assert ended == ["1"] and first.lock_taken
        assert "scheduler lock taken by another process" in caplog.text
        assert await second.deliver_due() == 3 and len(second_sender.sent) == 3
        assert await first.deliver_due() == 0 and first_sender.sent == [] and ended == ["1"]
    finally:
        await first.shutdown()
        await second.shutdown()


async def test_a_lock_lost_with_nobody_else_is_taken_again(
    engine: Engine, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL advisory lock")
    service = service_on(engine.url.render_as_string(hide_password=False), settings)
    await service.start()
    try:
        info = service.lock._connection.connection.dbapi_connection.info  # type: ignore[union-attr]
        assert {k: int(info.get_parameters()[k]) for k in KEEPALIVES} == KEEPALIVES
        assert terminate_lock_session(engine) is True
        assert await service.lock_kept() and service.lock.check()
        assert "scheduler lock taken again" in caplog.text and not service.lock_taken
    finally:
        await service.shutdown()


def test_releasing_a_lock_whose_connection_died_is_harmless(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL advisory lock")
    lock = SchedulerLock(engine)
    lock.acquire()
    with engine.begin() as connection:  # as a server restart would
        terminated = connection.scalar(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                " AND (classid::bigint << 32 | objid::bigint) = :key AND objsubid = 1"
            ),
            {"key": ADVISORY_KEY},
        )
    assert terminated is True
    lock.release()
    assert not lock.held and "lost before unlocking" in caplog.text
    again = SchedulerLock(engine)
    again.acquire()
    again.release()


def test_a_release_waits_for_a_check_in_another_thread(tmp_path: Path) -> None:
    """The scheduler's shutdown releases the lock while a check may still run in a worker
    thread: the release waits for it, never using the lock's connection at the same time."""
    lock = SchedulerLock(make_engine(f"sqlite:///{tmp_path / 'nhacviec.sqlite3'}"))
    lock.acquire()
    lock._guard.acquire()  # a check in progress in another thread
    releasing = threading.Thread(target=lock.release)
    releasing.start()
    releasing.join(0.2)
    assert releasing.is_alive() and lock.held
    lock._guard.release()
    releasing.join(TIMEOUT)
    assert not releasing.is_alive() and not lock.held


def test_the_lock_file_sits_next_to_the_database_file(tmp_path: Path) -> None:
    database = tmp_path / "nhacviec.sqlite3"
    assert lock_file(make_engine(f"sqlite:///{database}")) == tmp_path / (
        "nhacviec.sqlite3.scheduler.lock"
    )
    assert lock_file(make_engine("sqlite://")) is None
    assert lock_file(make_engine("sqlite:///:memory:")) is None
