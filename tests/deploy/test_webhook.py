"""Webhook mode: ``nhacviec run`` behind PTB's webhook server, updates POSTed by the emulator."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest
from bot_harness import UNIT_CHAT, UNIT_USER, store_burst
from deploy_support import WEBHOOK_SECRET, done_at, reply_done, webhook_config
from sqlalchemy import Engine

from jobs.calendar import SystemClock
from jobs.config import load_settings
from tests.support.emulator import TelegramEmulator, infer_chat_type


def start_bot(config: Path, log: Path) -> subprocess.Popen[bytes]:
    """``nhacviec --config CONFIG run``, the webhook's secret from the environment."""
    with log.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "jobs.cli.main", "--config", str(config), "run"],
            env={
                **os.environ,
                "NHACVIEC_TELEGRAM_TOKEN": "",
                "NHACVIEC_DATABASE_URL": "",
                "NHACVIEC_WEBHOOK_SECRET": WEBHOOK_SECRET,
            },
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


@pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)
async def test_a_reminder_round_trips_through_the_webhook(
    bot_api: TelegramEmulator, engine: Engine, tmp_path: Path
) -> None:
    """The bot registers its webhook with the secret, sends the reminder, refuses forged
    updates, and the unit's "xong" delivered by webhook closes the task; /healthz answers."""
    [task_id] = store_burst(engine, SystemClock(), 1, [UNIT_CHAT])
    url = engine.url.render_as_string(hide_password=False)
    config, health_port = webhook_config(tmp_path, bot_api, url)
    log = tmp_path / "bot.log"
    process = start_bot(config, log)
    try:
        [reminder] = await bot_api.wait_for_messages(1, chat_id=UNIT_CHAT, timeout=30)
        await bot_api.wait_until(lambda: bot_api.webhook, timeout=10)
        hook = bot_api.webhook["url"]
        assert bot_api.webhook["secret_token"] == WEBHOOK_SECRET
        assert hook.endswith("/telegram/nhacviec")

        forged = {
            "update_id": 990001,
            "message": {
                "message_id": 990001,
                "date": 1764547200,
                "chat": {"id": UNIT_CHAT, "type": infer_chat_type(UNIT_CHAT), "title": "x"},
                "from": {"id": UNIT_USER, "is_bot": False, "first_name": "Giả"},
                "text": "xong",
                "reply_to_message": reminder.message,
            },
        }
        async with aiohttp.ClientSession() as client:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "sai"}):
                async with client.post(hook, json=forged, headers=headers) as answer:
                    assert answer.status == 403
            async with client.get(f"http://127.0.0.1:{health_port}/healthz") as answer:
                assert (answer.status, json.loads(await answer.text())) == (
                    200,
                    {"database": True, "scheduler": True},
                )
        assert done_at(engine, task_id) is None

        reply_done(bot_api, reminder.message_id)
        await bot_api.wait_for_messages(2, chat_id=UNIT_CHAT, timeout=15)
        await bot_api.wait_until(lambda: done_at(engine, task_id), timeout=10)
        assert bot_api.pending_updates == 0
        assert all(status == 200 for _, status in bot_api.webhook_deliveries)
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.to_thread(process.wait, 30)
    assert process.returncode == 0, log.read_text()[-3000:]
    assert "database opened: sqlite:///" in log.read_text()


@pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)
async def test_a_taken_webhook_port_stops_the_bot_before_it_sends(
    bot_api: TelegramEmulator, engine: Engine, tmp_path: Path
) -> None:
    """Another program on the webhook port: a Vietnamese message, exit 2, nothing sent."""
    store_burst(engine, SystemClock(), 1, [UNIT_CHAT])
    url = engine.url.render_as_string(hide_password=False)
    config, _ = webhook_config(tmp_path, bot_api, url)
    environ = {"NHACVIEC_WEBHOOK_SECRET": WEBHOOK_SECRET}
    port = load_settings(config, environ=environ).telegram.webhook.port
    log = tmp_path / "bot.log"
    with socket.create_server(("127.0.0.1", port)):
        process = start_bot(config, log)
        await asyncio.to_thread(process.wait, 30)
    assert process.returncode == 2
    assert "Không mở được cổng 127.0.0.1:" in log.read_text()
    assert "Đổi [telegram] webhook_port" in log.read_text()
    assert bot_api.sent == []
