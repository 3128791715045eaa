"""The bot's memory with 10,000 open tasks, started as a service starts it.

    .venv/bin/python bench/bot_rss.py [--runs N] [--health]

Stores 10,000 open tasks with their reminders (``scale_bench.store_open_tasks``) in a SQLite
file, writes a config pointing at a Bot API emulator run here, and starts the real entry
point, ``nhacviec --config CONFIG run`` (as the image's CMD and the systemd unit do). Once
the bot has registered its commands and answered /start, it runs a few seconds more; then its
VmRSS and VmHWM are read from /proc and it is stopped with SIGTERM. Prints the median of the
runs, the same on an empty database, and which of the document, OCR, chart and workbook
libraries' native code the process has mapped (none is expected: they load with a file or a
report). Goal: < 130 MB. ``--health`` serves /healthz too, as the container config does.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support: the emulator
from scale_bench import OPEN_TASKS, store_open_tasks
from schedule_bench import fresh

from tests.support.emulator import TelegramEmulator
from tests.support.ports import free_port

MEMORY_GOAL_MB = 130
SETTLE_SECONDS = 3.0
USER = 4242
# Packages whose shared objects show in /proc/PID/maps once imported.
NATIVE_PACKAGES = ("numpy", "PIL", "pypdfium2", "lxml", "matplotlib", "pillow_heif")


def write_config(folder: Path, api: TelegramEmulator, database_url: str, health: bool) -> Path:
    """A polling-mode config on ``database_url`` against ``api``; ``health``: with /healthz."""
    config = folder / "config.toml"
    health_port = free_port() if health else 0
    config.write_text(
        f"""
[database]
url = "{database_url}"
[telegram]
token = "{api.token}"
api_base_url = "{api.base_url}"
file_base_url = "{api.base_file_url}"
[health]
port = {health_port}
""",
        encoding="utf-8",
    )
    return config


def process_memory(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of ``pid``, in MB."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return {name: int(fields[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM")}


def mapped_packages(pid: int) -> list[str]:
    """Which of NATIVE_PACKAGES have a shared object mapped in ``pid``."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    return [name for name in NATIVE_PACKAGES if f"/site-packages/{name}" in maps]


async def measure(folder: Path, health: bool) -> tuple[dict[str, float], list[str]]:
    """Start the bot on the database in ``folder``, wait until it answers, let it settle,
    read its memory, stop it."""
    async with TelegramEmulator() as api:
        config = write_config(folder, api, config_url(folder), health)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "jobs.cli.main", "--config", str(config), "run",
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            env={**os.environ, "NHACVIEC_TELEGRAM_TOKEN": "", "NHACVIEC_DATABASE_URL": ""},
        )  # fmt: skip
        try:
            await api.wait_until(lambda: api.commands_for(), timeout=120)
            api.user_message(USER, USER, "/start", chat_type="private")
            await api.wait_for_messages(1, chat_id=USER, timeout=60)
            await asyncio.sleep(SETTLE_SECONDS)
            figures, native = process_memory(process.pid), mapped_packages(process.pid)
        finally:
            process.send_signal(signal.SIGTERM)
            await process.wait()
    return figures, native


def config_url(folder: Path) -> str:
    """The bench's SQLite database."""
    return f"sqlite:///{folder / 'bot.sqlite3'}"


def run(folder: Path, runs: int, health: bool) -> tuple[float, float, list[str]]:
    """Median VmRSS and VmHWM over ``runs`` starts, and the native packages mapped."""
    measured = [asyncio.run(measure(folder, health)) for _ in range(runs)]
    rss = statistics.median(figures["VmRSS"] for figures, _ in measured)
    hwm = statistics.median(figures["VmHWM"] for figures, _ in measured)
    return rss, hwm, sorted({name for _, native in measured for name in native})


def main(argv: list[str]) -> int:
    """Measure on an empty database, then on 10,000 open tasks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--health", action="store_true", help="serve /healthz too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        fresh(config_url(folder)).dispose()
        empty_rss, empty_hwm, _ = run(folder, 1, args.health)
        reminders = store_open_tasks(config_url(folder))
        rss, hwm, native = run(folder, args.runs, args.health)
    verdict = "OK" if hwm < MEMORY_GOAL_MB else "OVER TARGET"
    print(
        f"bot process (nhacviec run{', /healthz' if args.health else ''}) on {OPEN_TASKS:,} "
        f"open tasks ({reminders:,} reminders), "
        f"median of {args.runs}: {rss:.0f} MB resident, peak {hwm:.0f} MB "
        f"(goal < {MEMORY_GOAL_MB} MB: {verdict}); native libraries mapped: "
        f"{', '.join(native) or 'none'}\n"
        f"on an empty database: {empty_rss:.0f} MB resident, peak {empty_hwm:.0f} MB\n"
        f"load average (1, 5, 15 min): {load()}"
    )
    return 0


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes)."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
