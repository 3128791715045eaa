"""The deployment kit: compose.yaml, the Dockerfile, deploy/config.toml and the systemd unit.

No container runtime runs here, so the compose file is linted (and checked with ``docker
compose config`` where that exists), the pieces are checked against each other, and the
command lines the image and the unit run are started for real against the emulator.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import aiohttp
import pytest
import yaml
from bot_harness import UNIT_CHAT, store_burst
from deploy_support import WEBHOOK_SECRET, done_at, free_port, reply_done
from sqlalchemy import Engine

from jobs.calendar import SystemClock
from jobs.config import load_settings
from tests.support.emulator import TelegramEmulator

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "compose.yaml"
DOCKERFILE = ROOT / "Dockerfile"
CONTAINER_CONFIG = ROOT / "deploy" / "config.toml"
UNIT = ROOT / "deploy" / "nhacviec.service"
HEALTH_URL = re.compile(r"http://127\.0\.0\.1:(\d+)/healthz")


def dockerfile_instruction(name: str) -> str:
    """The last ``name`` instruction of the Dockerfile, continuation lines joined."""
    joined = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    found = [line.split(None, 1)[1] for line in joined.splitlines() if line.startswith(name)]
    return found[-1]


def image_command() -> list[str]:
    """The image's CMD (exec form)."""
    return json.loads(dockerfile_instruction("CMD"))


def unit_command() -> list[str]:
    """The systemd unit's ExecStart."""
    lines = UNIT.read_text(encoding="utf-8").splitlines()
    [line] = [line for line in lines if line.startswith("ExecStart=")]
    return shlex.split(line.removeprefix("ExecStart="))


def config_path(command: list[str]) -> str:
    """The --config of a command line."""
    return command[command.index("--config") + 1]


def test_compose_has_the_bot_and_postgres_with_volumes_and_health_checks() -> None:
    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    services, volumes = compose["services"], compose["volumes"]
    assert set(services) == {"bot", "db"}
    db, bot = services["db"], services["bot"]
    assert db["image"] == "postgres:15"
    for service in (db, bot):
        assert service["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL")
        for mount in service.get("volumes", ()):
            source = mount.split(":")[0]
            assert source.startswith("./") or source in volumes, mount
    assert "pgdata:/var/lib/postgresql/data" in db["volumes"]
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    # Secrets come from the environment (.env), never written in the file.
    environment = bot["environment"]
    assert environment["NHACVIEC_TELEGRAM_TOKEN"].startswith("${NHACVIEC_TELEGRAM_TOKEN")
    assert "${POSTGRES_PASSWORD}@db/" in environment["NHACVIEC_DATABASE_URL"]
    assert db["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD")
    # The pieces agree: the config is mounted where the image reads it, the health checks ask
    # the port the container config serves /healthz on, the published port is the webhook's.
    settings = load_settings(CONTAINER_CONFIG, environ={})
    assert f"./config.toml:{config_path(image_command())}:ro" in bot["volumes"]
    assert HEALTH_URL.search(" ".join(bot["healthcheck"]["test"]))[1] == str(settings.health.port)
    assert HEALTH_URL.search(dockerfile_instruction("HEALTHCHECK"))[1] == str(settings.health.port)
    assert bot["ports"] == [f"127.0.0.1:{settings.telegram.webhook.port}:8443"]
    assert settings.telegram.webhook.port == 8443


@pytest.mark.skipif(shutil.which("docker") is None, reason="no docker binary")
def test_docker_compose_config_accepts_the_file() -> None:
    """``docker compose config`` where the compose plugin is installed."""
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("docker compose plugin not installed")
    env = {**os.environ, "POSTGRES_PASSWORD": "x", "NHACVIEC_TELEGRAM_TOKEN": "1:x"}
    checked = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE), "config", "--quiet"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_the_image_runs_as_a_user_with_ocr_and_libreoffice() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert dockerfile_instruction("USER") not in ("root", "0")
    for package in ("tesseract-ocr-vie", "libreoffice-writer-nogui", "postgresql-client"):
        assert package in text
    assert image_command()[0] == "nhacviec" and image_command()[-1] == "run"


def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    """The unit as shipped, its ExecStart pointed at this checkout's ``nhacviec``."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed")
    executable = unit_command()[0]
    unit = tmp_path / "nhacviec.service"
    unit.write_text(
        UNIT.read_text(encoding="utf-8").replace(executable, installed("nhacviec")),
        encoding="utf-8",
    )
    verified = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True)
    assert verified.returncode == 0 and not verified.stderr.strip(), verified.stderr


def installed(script: str) -> str:
    """A console script of this environment."""
    return str(Path(sys.executable).parent / script)


def local_config(folder: Path, api: TelegramEmulator) -> tuple[Path, int]:
    """deploy/config.toml pointed at the emulator and a temporary SQLite file, on free ports."""
    data = tomllib.loads(CONTAINER_CONFIG.read_text(encoding="utf-8"))
    health_port = free_port()
    text = CONTAINER_CONFIG.read_text(encoding="utf-8")
    text = text.replace(data["database"]["url"], "sqlite:///nhacviec.sqlite3")
    text = text.replace(f"port = {data['health']['port']}", f"port = {health_port}")
    text = text.replace(
        "[telegram]\n",
        f'[telegram]\napi_base_url = "{api.base_url}"\nfile_base_url = "{api.base_file_url}"\n',
    )
    config = folder / "config.toml"
    config.write_text(text, encoding="utf-8")
    return config, health_port


async def healthz(port: int, timeout: float = 30) -> tuple[int, dict[str, bool]]:
    """The answer of /healthz once the service is up, or the last one at the timeout.

    The server listens before the scheduler starts (a port in use must stop the bot before it
    sends), so an answer in that instant is a 503 of a service still starting, as a container's
    health check with a start period also allows."""
    deadline = asyncio.get_running_loop().time() + timeout
    async with aiohttp.ClientSession() as client:
        while True:
            try:
                async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                    status, checks = answer.status, await answer.json()
                if status == 200 or asyncio.get_running_loop().time() > deadline:
                    return status, checks
            except aiohttp.ClientConnectionError:
                if asyncio.get_running_loop().time() > deadline:
                    raise
            await asyncio.sleep(0.2)


@pytest.mark.parametrize("source", ["systemd unit ExecStart", "Dockerfile CMD"])
async def test_the_service_command_line_starts_and_answers_healthz(
    bot_api: TelegramEmulator, tmp_path: Path, source: str
) -> None:
    """The command line as shipped, with its binary and config moved into a temporary folder
    (deploy/config.toml there, pointed at the emulator); SIGTERM, as systemd and docker
    stop it, ends it cleanly."""
    command = unit_command() if source.startswith("systemd") else image_command()
    config, health_port = local_config(tmp_path, bot_api)
    command[0] = installed("nhacviec")
    command[command.index("--config") + 1] = str(config)
    log = tmp_path / "bot.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            command,
            cwd=tmp_path,
            env={**os.environ, "NHACVIEC_TELEGRAM_TOKEN": bot_api.token, "HOME": str(tmp_path)},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        assert await healthz(health_port) == (200, {"database": True, "scheduler": True})
        await bot_api.wait_until(lambda: bot_api.commands_for(), timeout=30)
        # polling has begun: a stop during start-up (deleteWebhook in flight) is PTB's race
        await bot_api.wait_until(lambda: bot_api.polls_begun, timeout=30)
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.to_thread(process.wait, 30)
    assert process.returncode == 0, log.read_text()[-3000:]
    assert (tmp_path / "nhacviec.sqlite3").is_file()


def webhook_mode(config: Path) -> int:
    """Switch a ``local_config`` to webhook mode, as its comments tell an office to, on a free
    port of 127.0.0.1; returns the port."""
    port = free_port()
    text = config.read_text(encoding="utf-8")
    for old, new in (
        ('mode = "polling"', 'mode = "webhook"'),
        ('webhook_listen = "0.0.0.0"', 'webhook_listen = "127.0.0.1"'),
        ("webhook_port = 8443", f"webhook_port = {port}"),
        ("# webhook_url = ", f'webhook_url = "http://127.0.0.1:{port}/telegram"\n# '),
    ):
        assert old in text, old
        text = text.replace(old, new)
    config.write_text(text, encoding="utf-8")
    return port


@pytest.mark.parametrize("migrated_engine", ["sqlite", "postgresql"], indirect=True)
async def test_the_image_command_in_webhook_mode_round_trips_a_reminder(
    bot_api: TelegramEmulator, engine: Engine, tmp_path: Path
) -> None:
    """What ``docker compose up`` runs, short of the container: the image's CMD, compose's
    environment (token, database URL, webhook secret), deploy/config.toml in webhook mode.
    The reminder goes out, the unit's "xong" comes back through the webhook and closes the
    task, and compose's health check command passes."""
    [task_id] = store_burst(engine, SystemClock(), 1, [UNIT_CHAT])
    command = image_command()
    config, health_port = local_config(tmp_path, bot_api)
    webhook_mode(config)
    command[0] = installed("nhacviec")
    command[command.index("--config") + 1] = str(config)
    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]["bot"]
    environment = {
        "NHACVIEC_TELEGRAM_TOKEN": bot_api.token,
        "NHACVIEC_DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "NHACVIEC_WEBHOOK_SECRET": WEBHOOK_SECRET,
    }
    assert set(environment) == set(compose["environment"])
    log = tmp_path / "bot.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            command,
            cwd=tmp_path,
            env={**os.environ, **environment, "HOME": str(tmp_path)},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        [reminder] = await bot_api.wait_for_messages(1, chat_id=UNIT_CHAT, timeout=60)
        await bot_api.wait_until(lambda: bot_api.webhook, timeout=10)
        assert bot_api.webhook["secret_token"] == WEBHOOK_SECRET
        reply_done(bot_api, reminder.message_id)
        await bot_api.wait_until(lambda: done_at(engine, task_id), timeout=20)
        assert bot_api.webhook_deliveries and bot_api.pending_updates == 0
        assert all(status == 200 for _, status in bot_api.webhook_deliveries)
        check = [sys.executable, *compose["healthcheck"]["test"][2:]]
        check[-1] = check[-1].replace(":8081/", f":{health_port}/")
        assert subprocess.run(check, timeout=30).returncode == 0
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.to_thread(process.wait, 30)
    assert process.returncode == 0, log.read_text()[-3000:]


def test_local_state_is_ignored_by_git() -> None:
    """The scheduler lock and WAL files beside a database, and a deployment's own unit
    directory, never show up as untracked files."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    local = [
        "nhacviec.sqlite3",
        "nhacviec.sqlite3.scheduler.lock",
        "nhacviec.sqlite3-wal",
        "nhacviec.sqlite3-shm",
        "units.toml",
        "config.toml",
    ]
    checked = subprocess.run(
        ["git", "check-ignore", *local], cwd=ROOT, capture_output=True, text=True
    )
    assert checked.stdout.split() == local
    shipped = subprocess.run(
        ["git", "check-ignore", "units.example.toml", "deploy/config.toml"], cwd=ROOT
    )
    assert shipped.returncode == 1  # none of them ignored
