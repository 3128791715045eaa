"""One scheduler per database: a lock that the process running the reminder engine holds.

PostgreSQL: a session advisory lock, on a connection of its own kept open while the scheduler
runs. SQLite: an exclusive ``flock`` on ``<database file>.scheduler.lock``. Both belong to the
process, so a holder that crashes (even SIGKILL) frees them; an in-memory SQLite database is
private to its process and needs none.

The advisory lock dies with its connection (``idle_session_timeout``, a failover, a network
cut), and another process may then take it: the lock's connection has TCP keepalives on, and
``check`` asks its session whether it still holds the lock (``jobs.engine.schedule`` does before
every delivery pass and at every sync).
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from jobs.errors import IngestError

log = logging.getLogger(__name__)

# The advisory lock key: "nhacviec" in ASCII, a positive 64-bit integer.
ADVISORY_KEY = int.from_bytes(b"nhacviec", "big")
LOCK_FILE_SUFFIX = ".scheduler.lock"
# libpq's keepalives on the lock's connection: a dead peer is noticed within about a minute.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}
HOLDS_LOCK = text(
    "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = pg_backend_pid() AND (classid::bigint << 32 | objid::bigint) = :key"
    " AND objsubid = 1)"
)


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
        # the lock's connection is used by one thread at a time: a check still running in a
        # worker thread when the scheduler shuts down finishes before the release closes it
        self._guard = threading.RLock()

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

    @property
    def watched(self) -> bool:
        """Whether the lock can be lost while held (PostgreSQL's advisory lock)."""
        return self._connection is not None

    def check(self) -> bool:
        """Whether the lock is still held: PostgreSQL asks the lock's own session. A lost lock
        is let go of (its connection closed), so that ``acquire`` may try again."""
        if self._connection is None:
            return self.held  # a flock lasts as long as its descriptor
        with self._guard:
            try:
                if self._connection.scalar(HOLDS_LOCK, {"key": ADVISORY_KEY}):
                    return True
                log.error("scheduler lock: the lock's session no longer holds it")
            except DBAPIError as exc:
                log.error("scheduler lock: its database connection is lost: %s", exc)
            self.release()
        return False

    def release(self) -> None:
        """Let another process take the lock; releasing twice is harmless."""
        with self._guard:
            if self._connection is not None:
                try:  # unlock first: the server ends a closed session's locks a moment later
                    self._connection.scalar(select(func.pg_advisory_unlock(ADVISORY_KEY)))
                except SQLAlchemyError as exc:  # the session is gone, and its lock with it
                    log.warning("scheduler lock connection lost before unlocking: %s", exc)
                finally:
                    self._connection.close()  # detached: the server session ends here
                    self._connection = None
            if self._fd is not None:
                os.close(self._fd)  # the last descriptor of the open file: the flock goes too
                self._fd = None


def _advisory_lock(engine: Engine) -> Connection | None:
    """A connection of its own holding the database's advisory lock; None if already held."""
    # A connection of its own, with keepalives, outside the pool; autocommit: the lock
    # outlives transactions, and none is left open for days.
    own = create_engine(engine.url, poolclass=NullPool, connect_args=KEEPALIVES)
    connection = own.connect().execution_options(isolation_level="AUTOCOMMIT")
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
