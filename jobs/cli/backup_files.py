"""Backups of the configured database and their restore, never half-written.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot
while the bot keeps writing. PostgreSQL: ``pg_dump --format=custom`` (a snapshot too), restored
with ``pg_restore`` in one transaction. A backup is written to a temporary file beside the
target and renamed into place only once complete; a failure leaves no file behind.
"""

from __future__ import annotations

import errno
import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import URL, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from jobs.config import masked
from jobs.errors import IngestError

# Why a file cannot be written, in the operator's words.
OS_ERRORS = {
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "hệ thống tệp chỉ đọc",
    errno.ENOSPC: "hết dung lượng đĩa",
    errno.ENOENT: "không tồn tại",
}
SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
# Migrations record their version here: a database of ours has it, an empty one does not.
VERSION_TABLE = "alembic_version"


class BackupError(IngestError):
    """A backup or restore that cannot be made; the message is for the operator, in Vietnamese."""


def backup(database_url: str, target: Path) -> None:
    """Write a backup of the database at ``database_url`` to the new file ``target``."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        source = sqlite_file(url)
        if not source.is_file():
            raise BackupError(f"Không có cơ sở dữ liệu SQLite {source} để sao lưu.")
        write_atomically(target, lambda partial: sqlite_copy(source, partial))
    elif url.get_backend_name() == "postgresql":
        write_atomically(target, lambda partial: pg_dump(url, partial))
    else:
        raise BackupError(f"Không sao lưu được cơ sở dữ liệu loại {url.get_backend_name()}.")


def restore(source: Path, database_url: str) -> None:
    """Load the backup ``source`` into the database at ``database_url``, which must be empty."""
    try:
        with source.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except FileNotFoundError as exc:
        raise BackupError(f"Không tìm thấy tệp sao lưu {source}.") from exc
    except OSError as exc:
        raise BackupError(f"Không đọc được tệp sao lưu {source}: {why(exc)}.") from exc
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if head != SQLITE_MAGIC:
            raise BackupError(f"Tệp {source} không phải bản sao lưu SQLite của nhacviec.")
        check_sqlite_backup(source)
        target = sqlite_file(url)
        if target.exists():
            raise BackupError(
                f"Cơ sở dữ liệu {target} đã tồn tại. Dừng bot, đổi tên hoặc chuyển tệp đó đi "
                "rồi phục hồi lại: lệnh này không ghi đè dữ liệu đang có."
            )
        write_atomically(target, lambda partial: sqlite_copy(source, partial))
    elif url.get_backend_name() == "postgresql":
        if not head.startswith(PG_DUMP_MAGIC):
            raise BackupError(
                f"Tệp {source} không phải bản sao lưu PostgreSQL (pg_dump --format=custom)."
            )
        refuse_non_empty(url)
        pg_restore(source, url)
    else:
        raise BackupError(f"Không phục hồi được vào cơ sở dữ liệu loại {url.get_backend_name()}.")


def why(exc: OSError) -> str:
    """An OS error in Vietnamese (the system's words for the rare ones)."""
    return OS_ERRORS.get(exc.errno or 0, exc.strerror or str(exc))


def sqlite_file(url: URL) -> Path:
    """The file of a SQLite URL; an in-memory database has none."""
    if url.database in (None, "", ":memory:"):
        raise BackupError("Cơ sở dữ liệu trong bộ nhớ không có gì để sao lưu hay phục hồi.")
    return Path(url.database)


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Run ``write`` on a temporary file beside ``target``, then rename it to ``target``."""
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(f"Thư mục {folder} không tồn tại: tạo nó trước.")
    if target.exists():
        raise BackupError(f"Tệp {target} đã tồn tại: chọn tên khác, không ghi đè.")
    try:
        descriptor, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise BackupError(f"Không ghi được vào thư mục {folder}: {why(exc)}.") from exc
    os.close(descriptor)
    partial = Path(name)
    try:
        write(partial)
        partial.replace(target)
    except OSError as exc:
        raise BackupError(f"Không ghi được {target}: {why(exc)}.") from exc
    finally:
        partial.unlink(missing_ok=True)


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (writers are not stopped)."""
    try:
        with closing(sqlite3.connect(source)) as reader, closing(sqlite3.connect(target)) as writer:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
    except sqlite3.Error as exc:
        raise BackupError(
            f"Không sao chép được cơ sở dữ liệu SQLite {source} (lỗi SQLite: {exc})."
        ) from exc


def check_sqlite_backup(source: Path) -> None:
    """Refuse a file SQLite finds damaged, or one without nhacviec's schema."""
    try:
        with closing(sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)) as reader:
            verdict = reader.execute("PRAGMA quick_check").fetchone()[0]
            ours = reader.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
            ).fetchone()
    except sqlite3.Error as exc:
        raise BackupError(f"Tệp sao lưu {source} bị hỏng (lỗi SQLite: {exc}).") from exc
    if verdict != "ok":
        raise BackupError(f"Tệp sao lưu {source} bị hỏng: {verdict}.")
    if ours is None:
        raise BackupError(f"Tệp {source} không phải bản sao lưu của nhacviec.")


def postgres_tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore``: on PATH, else the newest under /usr/lib/postgresql."""
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        raise BackupError(
            f"Không tìm thấy {name}: cài gói postgresql-client (cùng phiên bản với máy chủ)."
        )
    return found


def libpq(url: URL) -> tuple[str, dict[str, str]]:
    """The libpq URI of a SQLAlchemy URL, and the environment carrying its password."""
    environ = dict(os.environ)
    if url.password is not None:
        environ["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), environ


def run_tool(command: list[str], environ: dict[str, str], what: str) -> None:
    """Run a PostgreSQL client tool; its complaint becomes the Vietnamese error."""
    done = subprocess.run(command, env=environ, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(f"{what} không thành công ({command[0]}): {done.stderr.strip()}")


def pg_dump(url: URL, target: Path) -> None:
    """``pg_dump --format=custom`` of the database into ``target``."""
    uri, environ = libpq(url)
    command = [postgres_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target)]
    run_tool([*command, "--dbname", uri], environ, f"Sao lưu {masked(str(url))}")


def refuse_non_empty(url: URL) -> None:
    """A restore goes into an empty database only: never over data that is there."""
    engine = create_engine(url)
    try:
        tables = inspect(engine).get_table_names()
    except SQLAlchemyError as exc:
        raise BackupError(f"Không mở được cơ sở dữ liệu {masked(str(url))}: {exc}") from exc
    finally:
        engine.dispose()
    if tables:
        raise BackupError(
            f"Cơ sở dữ liệu {masked(str(url))} đã có dữ liệu ({len(tables)} bảng). Phục hồi "
            "vào một cơ sở dữ liệu trống (createdb): lệnh này không ghi đè dữ liệu đang có."
        )


def pg_restore(source: Path, url: URL) -> None:
    """``pg_restore`` into the database in one transaction: all or nothing."""
    uri, environ = libpq(url)
    command = [postgres_tool("pg_restore"), "--no-owner", "--single-transaction"]
    command += ["--exit-on-error", "--dbname", uri, str(source)]
    run_tool(command, environ, f"Phục hồi vào {masked(str(url))}")
