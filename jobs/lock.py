"""One scheduler per database: a lock that the process running the reminder engine holds.

PostgreSQL: a session advisory lock, on a connection of its own kept open while the scheduler
runs. SQLite: an exclusive ``flock`` on ``<database file>.scheduler.lock``. Both belong to the
process, so a holder that crashes (even SIGKILL) frees them; an in-memory SQLite database is
private to its process and needs none.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import DBAPIError

from jobs.errors import IngestError

log = logging.getLogger(__name__)

# The advisory lock key: "nhacviec" in ASCII, a positive 64-bit integer.
ADVISORY_KEY = int.from_bytes(b"nhacviec", "big")
LOCK_FILE_SUFFIX = ".scheduler.lock"


class SchedulerLocked(IngestError):
    """Another process already runs the reminder scheduler for this database."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(
            "Bộ lập lịch nhắc việc đang chạy ở một tiến trình khác trên cùng cơ sở dữ liệu "
            f"({engine.url.render_as_string(hide_password=True)}). Tiến trình này không chạy "
            "để tránh gửi nhắc trùng; hãy dừng tiến trình kia trước."
        )


def lock_file(engine: Engine) -> Path | None:
    """The lock file of a SQLite database file; None for an in-memory database."""
    database = engine.url.database
    if not database or database == ":memory:" or engine.url.query.get("mode") == "memory":
        return None
    path = Path(database).resolve()
    return path.with_name(path.name + LOCK_FILE_SUFFIX)


class SchedulerLock:
    """The right to run the scheduler for one database, held from acquire to release."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._connection: Connection | None = None
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock through this object."""
        return self._connection is not None or self._fd is not None

    def acquire(self) -> None:
        """Take the lock (if not held yet), or raise SchedulerLocked when another holds it."""
        if self.held:
            return
        if self.engine.dialect.name == "postgresql":
            self._connection = _advisory_lock(self.engine)
            if self._connection is None:
                raise SchedulerLocked(self.engine)
        elif (path := lock_file(self.engine)) is not None:
            self._fd = _flock(path)
            if self._fd is None:
                raise SchedulerLocked(self.engine)

    def release(self) -> None:
        """Let another process take the lock; releasing twice is harmless."""
        if self._connection is not None:
            try:  # unlock first: the server ends a closed session's locks only a moment later
                self._connection.scalar(select(func.pg_advisory_unlock(ADVISORY_KEY)))
            except DBAPIError as exc:  # the session is gone, and its lock with it
                log.warning("scheduler lock connection lost before unlocking: %s", exc)
            finally:
                self._connection.close()  # detached: the server session ends here
                self._connection = None
        if self._fd is not None:
            os.close(self._fd)  # the last descriptor of the open file: the flock goes with it
            self._fd = None


def _advisory_lock(engine: Engine) -> Connection | None:
    """A connection of its own holding the database's advisory lock; None if already held."""
    # Autocommit: the lock outlives transactions, and none is left open for days.
    connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    connection.detach()  # never back to the pool still holding the lock
    if connection.scalar(select(func.pg_try_advisory_lock(ADVISORY_KEY))):
        return connection
    connection.close()
    return None


def _flock(path: Path) -> int | None:
    """An open descriptor of ``path`` with an exclusive flock on it; None if already held."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd
