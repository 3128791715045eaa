"""Another bot process, for the lock tests: it starts the reminder engine on a database.

    python scheduler_process.py URL

Prints "started" once the engine runs, or "locked: <message>" when another process holds the
scheduler lock, then reads commands, one per line: "start" tries again; "stop", or the end of
its input, shuts the engine down and exits.
"""

from __future__ import annotations

import asyncio
import sys

from db.session import make_engine
from jobs.config import Settings
from jobs.engine.lock import SchedulerLocked
from jobs.engine.schedule import ReminderService
from jobs.messages.sender import RecordingSender


async def main(url: str) -> None:
    """Start the engine at each "start", report, stop at "stop"."""
    service = ReminderService(Settings(), make_engine(url), RecordingSender())
    command = "start"
    while command == "start":
        try:
            await service.start()
            print("started", flush=True)
        except SchedulerLocked as exc:
            print(f"locked: {exc}", flush=True)
        command = (await asyncio.to_thread(sys.stdin.readline)).strip()
    await service.shutdown()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
