"""``nhacviec invite`` and ``nhacviec run``, through the ``nhacviec`` parser."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from bot_harness import ADMIN, OFFICE, UNIT_CHAT, UNIT_USER, Harness
from sqlalchemy import Engine

from jobs.cli.main import build_parser
from jobs.config import Settings
from jobs.model import StoreError
from tests.support.emulator import TelegramEmulator

MAIN = "import sys\nfrom jobs.cli.main import main\nsys.exit(main())\n"


def parse(*argv: str) -> argparse.Namespace:
    """The arguments as ``nhacviec`` reads them."""
    return build_parser().parse_args(argv)


async def test_cli_invite_links_a_group(
    harness: Harness, engine: Engine, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine.url.render_as_string(hide_password=False)
    args = parse("invite", "phòng nội vụ", "--days", "3")
    cli_settings = Settings(database_url=url, telegram=settings.telegram)
    assert await asyncio.to_thread(args.handler, args, cli_settings) == 0
    printed = capsys.readouterr().out
    assert "Mã mời cho Phòng Nội vụ: dùng một lần, hết hạn ngày" in printed
    token = printed.split("Mã: ")[1].split()[0]
    assert f"https://t.me/NhacViecTestBot?startgroup={token}" in printed
    [welcome] = await harness.say(UNIT_CHAT, UNIT_USER, f"/start {token}")
    assert "Đã liên kết nhóm này với Phòng Nội vụ" in welcome.plain_text

    with pytest.raises(StoreError, match="lớn hơn 0"):
        bad = parse("invite", "Phòng Nội vụ", "--days", "0")
        bad.handler(bad, cli_settings)
    with pytest.raises(StoreError, match="xem nhacviec units list"):
        unknown = parse("invite", "Ban Không Có Thật")
        unknown.handler(unknown, cli_settings)

    # A CLI user is pointed at the CLI's own listing, not at a bot command.
    with pytest.raises(StoreError, match=r"\(xem nhacviec units list\)"):
        unknown = parse("invite", "Ban Không Tồn Tại")
        unknown.handler(unknown, cli_settings)


async def test_run_polls_until_interrupted(bot_api: TelegramEmulator, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[database]
url = "sqlite:///{tmp_path / "bot.sqlite3"}"
[telegram]
token = "{bot_api.token}"
api_base_url = "{bot_api.base_url}"
file_base_url = "{bot_api.base_file_url}"
office_chat_id = {OFFICE}
admins = [{ADMIN}]
[bot]
username = "NhacViecBot"
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, "-c", MAIN, "--config", str(config), "run"],
        env={**os.environ, "NHACVIEC_TELEGRAM_TOKEN": ""},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        await bot_api.wait_until(lambda: bot_api.commands_for(), timeout=30)
        bot_api.user_message(ADMIN, ADMIN, "/invite Phòng Tư pháp")
        [answer] = await bot_api.wait_for_messages(1, chat_id=ADMIN, timeout=10)
        assert "https://t.me/NhacViecBot?startgroup=" in answer.plain_text
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = await asyncio.to_thread(process.communicate, timeout=30)
    assert process.returncode == 0, errors.decode()
