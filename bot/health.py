"""``GET /healthz``: whether the bot's database answers and its scheduler runs.

Served on a port of its own (``[health]``) in either mode: PTB's webhook server answers only
the webhook path. A container's health check or a reverse proxy polls it. The server is
tornado's, which PTB has loaded already for its webhook: /healthz costs no library of its own.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any

from sqlalchemy import Engine, text
from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

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


class HealthHandler(RequestHandler):
    """``GET /healthz``: 200 with each check's result when all pass, 503 otherwise."""

    def initialize(self, engine: Engine, service: ReminderService) -> None:
        self.engine, self.service = engine, service

    async def get(self) -> None:
        checks = {
            "database": await asyncio.to_thread(database_answers, self.engine),
            "scheduler": self.service.scheduler.running,
        }
        self.set_status(200 if all(checks.values()) else 503)
        self.write(checks)  # JSON, as application/json


def no_access_log(_handler: Any) -> None:
    """Health checks every 30 s would fill the log."""


class HealthServer:
    """A tiny HTTP server answering ``/healthz``."""

    def __init__(self, settings: HealthSettings, engine: Engine, service: ReminderService):
        self.settings = settings
        self.engine = engine
        self.service = service
        self._server: HTTPServer | None = None

    async def start(self) -> None:
        """Listen on the configured address and port."""
        routes = [("/healthz", HealthHandler, {"engine": self.engine, "service": self.service})]
        server = HTTPServer(Application(routes, log_function=no_access_log))
        try:
            server.listen(self.settings.port, self.settings.listen)
        except OSError as exc:
            raise port_refused("[health] port", self.settings.listen, self.settings.port) from exc
        self._server = server
        log.info("health check on http://%s:%s/healthz", self.settings.listen, self.settings.port)

    async def stop(self) -> None:
        """Close the server; stopping twice is harmless."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None
