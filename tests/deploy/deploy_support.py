"""Helpers of the deployment tests: free ports, a webhook-mode config."""

from __future__ import annotations

import socket
from pathlib import Path

from tests.support.emulator import TelegramEmulator

WEBHOOK_SECRET = "deploy-test_secret-42"


def free_port() -> int:
    """A TCP port nothing listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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

