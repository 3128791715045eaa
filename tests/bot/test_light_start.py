"""The bot starts without the chart and workbook libraries: they load for the weekly job only."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from tests.support.emulator import TelegramEmulator

HEAVY = ("matplotlib", "openpyxl", "xlsxwriter")
# A fresh interpreter: import the bot, start it (reminder engine included), answer /start,
# then say which of HEAVY it has loaded.
CHILD = """
import asyncio, json, sys
from bot.app import build_application, running
from db.session import open_database
from jobs.calendar import SystemClock
from jobs.config import Settings, TelegramSettings

async def main(url, base, files, token):
    settings = Settings(database_url=url, telegram=TelegramSettings(
        token=token, api_base_url=base, file_base_url=files))
    application = build_application(settings, open_database(url), SystemClock())
    async with running(application):
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        print(json.dumps(sorted(m for m in json.loads(sys.argv[5]) if m in sys.modules)))

asyncio.run(main(*sys.argv[1:5]))
"""


async def test_starting_the_bot_loads_no_chart_or_workbook_library(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    async with TelegramEmulator() as api:
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CHILD, url, api.base_url, api.base_file_url, api.token,
            json.dumps(HEAVY),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        assert child.stdout is not None and child.stdin is not None
        assert (await asyncio.wait_for(child.stdout.readline(), 60)).strip() == b"ready"
        api.user_message(77, 77, "/start", chat_type="private")
        await api.wait_for_messages(1, chat_id=77, timeout=30)
        child.stdin.write(b"\n")
        loaded = json.loads(await asyncio.wait_for(child.stdout.readline(), 30))
        await child.wait()
    assert loaded == []
