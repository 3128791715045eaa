"""Helpers of the deployment tests: free ports, a webhook-mode config, a task's closing."""

from __future__ import annotations

from pathlib import Path

from bot_harness import UNIT_CHAT, UNIT_USER
from sqlalchemy import Engine

from db.models import Task
from db.session import session_scope
from tests.support.emulator import TelegramEmulator, infer_chat_type
from tests.support.ports import free_port

WEBHOOK_SECRET = "deploy-test_secret-42"


def reply_done(api: TelegramEmulator, reminder_id: int) -> None:
    """The unit answers "xong" to its reminder, as a reply."""
    chat_type = infer_chat_type(UNIT_CHAT)
    api.user_message(
        UNIT_CHAT, UNIT_USER, "xong", chat_type=chat_type, reply_to_message_id=reminder_id
    )


def done_at(engine: Engine, task_id: int) -> object:
    """When the task was closed (None while open)."""
    with session_scope(engine) as session:
        return session.get(Task, task_id).done_at


def webhook_config(folder: Path, api: TelegramEmulator, database_url: str) -> tuple[Path, int]:
    """A config for ``nhacviec run`` in webhook mode against the emulator; returns it and the
    /healthz port. The secret comes from the environment (``NHACVIEC_WEBHOOK_SECRET``)."""
    webhook_port, health_port = free_port(), free_port()
    config = folder / "config.toml"
    config.write_text(
        f"""
[database]
url = "{database_url}"
[telegram]
token = "{api.token}"
api_base_url = "{api.base_url}"
file_base_url = "{api.base_file_url}"
mode = "webhook"
webhook_url = "http://127.0.0.1:{webhook_port}/telegram/nhacviec"
webhook_listen = "127.0.0.1"
webhook_port = {webhook_port}
[health]
port = {health_port}
[bot]
username = "NhacViecBot"
messages_per_second = 0
group_messages_per_minute = 0
""",
        encoding="utf-8",
    )
    return config, health_port

