"""``/healthz`` on its own port: 200 when the database answers and the scheduler runs, else
503 naming what failed; a port already taken is refused in Vietnamese."""

from __future__ import annotations

import asyncio
import json
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.health import HealthServer
from db.session import make_engine
from jobs.config import ConfigError, HealthSettings, Settings
from jobs.engine.schedule import ReminderService
from jobs.messages.sender import RecordingSender
from tests.support.ports import free_port


def ask(port: int) -> tuple[int, dict[str, bool]]:
    """GET /healthz (in a thread: the server runs on the test's loop)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.mark.parametrize("folder", ["", "gone/"])
async def test_a_stopped_scheduler_or_a_lost_database_answers_503(
    tmp_path: Path, folder: str
) -> None:
    """A scheduler not started; with "gone/", a database that cannot be opened too."""
    engine = make_engine(f"sqlite:///{tmp_path / folder / 'health.sqlite3'}")
    service = ReminderService(Settings(), engine, RecordingSender())
    port = free_port()
    server = HealthServer(HealthSettings(port=port), engine, service)
    await server.start()
    try:
        expected = {"database": not folder, "scheduler": False}
        assert await asyncio.to_thread(ask, port) == (503, expected)
    finally:
        await server.stop()
        await server.stop()  # twice is harmless
    engine.dispose()


async def test_a_taken_port_is_refused_in_vietnamese(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'health.sqlite3'}")
    service = ReminderService(Settings(), engine, RecordingSender())
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        server = HealthServer(HealthSettings(port=port), engine, service)
        with pytest.raises(ConfigError, match=f"Không mở được cổng 127.0.0.1:{port}"):
            await server.start()
    engine.dispose()
