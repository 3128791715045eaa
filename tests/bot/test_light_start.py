"""The bot starts without the document readers, OCR, chart and workbook libraries: they load
with the first file sent to it, or for the weekly job."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from db.session import open_database
from tests.support.emulator import TelegramEmulator
from tests.support.ports import free_port

HEAVY = (
    "matplotlib", "openpyxl", "xlsxwriter",  # chart and workbook
    "pdfplumber", "pdfminer", "pypdfium2", "docx", "lxml",  # document readers
    "numpy", "PIL", "pytesseract", "pillow_heif",  # OCR
    "dateparser",  # the first date typed or directive read
    "alembic",  # a migration to run: none on a current database
    "aiohttp",  # /healthz is served by tornado, which PTB loads anyway
)  # fmt: skip
# A fresh interpreter: import what ``nhacviec run`` imports, start the bot (reminder engine and
# /healthz included), answer /start, then say which of HEAVY it has loaded.
CHILD = """
import asyncio, json, sys
import bot.cli, jobs.cli.main
from bot.app import build_application, running
from db.session import open_database
from jobs.calendar import SystemClock
from jobs.config import HealthSettings, Settings, TelegramSettings

async def main(url, base, files, token, health_port):
    settings = Settings(database_url=url, telegram=TelegramSettings(
        token=token, api_base_url=base, file_base_url=files),
        health=HealthSettings(port=int(health_port)))
    application = build_application(settings, open_database(url), SystemClock())
    async with running(application):
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        print(json.dumps(sorted(m for m in json.loads(sys.argv[6]) if m in sys.modules)))

asyncio.run(main(*sys.argv[1:6]))
"""


async def test_starting_the_bot_loads_no_reader_ocr_chart_or_workbook(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    open_database(url).dispose()  # a restart: the schema is current
    async with TelegramEmulator() as api:
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CHILD, url, api.base_url, api.base_file_url, api.token,
            str(free_port()), json.dumps(HEAVY),
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
