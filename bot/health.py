"""``GET /healthz``: whether the bot's database answers and its scheduler runs.

Served on a port of its own (``[health]``) in either mode: PTB's webhook server answers only
the webhook path. A container's health check or a reverse proxy polls it.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from sqlalchemy import Engine, text

from jobs.config import HealthSettings
from jobs.schedule import ReminderService

log = logging.getLogger(__name__)


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
        await web.TCPSite(self._runner, self.settings.listen, self.settings.port).start()
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
