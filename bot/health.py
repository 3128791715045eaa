"""``GET /healthz``: whether the bot's database answers and its scheduler runs.

Served on a port of its own (``[health]``) in either mode: PTB's webhook server answers only
the webhook path. A container's health check or a reverse proxy polls it.
"""

from __future__ import annotations

import asyncio
import logging
import socket

from aiohttp import web
from sqlalchemy import Engine, text

from jobs.config import ConfigError, HealthSettings
from jobs.engine.schedule import ReminderService

log = logging.getLogger(__name__)


def port_refused(setting: str, listen: str, port: int) -> ConfigError:
    """The operator's message for a port the bot cannot listen on."""
    return ConfigError(
        f"Không mở được cổng {listen}:{port}: cổng đang được chương trình khác dùng, hoặc cần "
        f"quyền quản trị (cổng dưới 1024). Đổi {setting} trong tệp cấu hình."
    )


def check_port(setting: str, listen: str, port: int) -> None:
    """Refuse a port already taken before the bot starts, rather than after it started sending."""
    with socket.socket(socket.AF_INET6 if ":" in listen else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as tornado and aiohttp do
        try:
            probe.bind((listen, port))
        except OSError as exc:
            raise port_refused(setting, listen, port) from exc


def database_answers(engine: Engine) -> bool:
    """``SELECT 1`` succeeds on a pooled connection."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any failure is "unhealthy": the check must answer, not raise
        log.warning("health check: database unreachable: %s", exc)
        return False
    return True


class HealthServer:
    """A tiny aiohttp site answering ``/healthz`` with 200 when healthy, else 503."""

    def __init__(self, settings: HealthSettings, engine: Engine, service: ReminderService):
        self.settings = settings
        self.engine = engine
        self.service = service
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen on the configured address and port."""
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.settings.listen, self.settings.port).start()
        except OSError as exc:
            await self.stop()
            raise port_refused("[health] port", self.settings.listen, self.settings.port) from exc
        log.info("health check on http://%s:%s/healthz", self.settings.listen, self.settings.port)

    async def stop(self) -> None:
        """Close the site; stopping twice is harmless."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, _request: web.Request) -> web.Response:
        """200 with each check's result when all pass, 503 otherwise."""
        checks = {
            "database": await asyncio.to_thread(database_answers, self.engine),
            "scheduler": self.service.scheduler.running,
        }
        return web.json_response(checks, status=200 if all(checks.values()) else 503)
