"""``nhacviec backup`` while the bot sends, ``restore``, and refusals that write nothing."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from bot_fixtures import run_bot
from bot_harness import store_burst
from sqlalchemy import Engine, text

from db import read
from db.session import make_engine, session_scope
from jobs.calendar import FakeClock
from jobs.cli.main import main
from jobs.config import BotSettings, Settings
from tests.support.emulator import TelegramEmulator

BURST = 200
CHATS = [-1004000000 - n for n in range(50)]


def write_config(path: Path, url: str) -> Path:
    """A config naming only the database."""
    path.write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
    return path


def nhacviec(config: Path, *argv: str) -> int:
    """``nhacviec --config CONFIG ARGV...`` in this process."""
    return main(["--config", str(config), *argv])


@pytest.fixture
def empty_database(engine: Engine, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database on the same backend: a new file, or a new PG database."""
    if engine.dialect.name == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored' / 'nhacviec.sqlite3'}"
        return
    name = f"nv_restore_{uuid.uuid4().hex[:10]}"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield engine.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))


async def test_a_backup_taken_while_sending_restores_with_the_same_tasks(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
    empty_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A burst paced at Telegram's 30 msg/s is under way when the backup is taken."""
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.delenv("NHACVIEC_DATABASE_URL", raising=False)
    url = engine.url.render_as_string(hide_password=False)
    source = write_config(tmp_path / "source.toml", url)
    (tmp_path / "restored").mkdir()
    restored = write_config(tmp_path / "restored" / "config.toml", empty_database)
    backup = tmp_path / "nhacviec.backup"
    store_burst(engine, clock, BURST, CHATS)
    async with run_bot(bot_api, engine, clock, settings, bot_settings) as harness:
        await bot_api.wait_for_messages(20, timeout=30)
        assert await asyncio.to_thread(nhacviec, source, "backup", str(backup)) == 0
        sent_at_backup = len(bot_api.sent)
        await bot_api.wait_for_messages(BURST, timeout=60)
        await harness.rt.idle()
    assert sent_at_backup < BURST, "the burst was over before the backup"
    capsys.readouterr()

    assert await asyncio.to_thread(nhacviec, restored, "restore", str(backup)) == 0
    assert "Đã phục hồi" in capsys.readouterr().out
    assert nhacviec(source, "tasks") == 0
    listed_source = capsys.readouterr().out
    assert nhacviec(restored, "tasks") == 0
    listed_restored = capsys.readouterr().out
    assert f"Nhiệm vụ ({BURST})" in listed_source
    assert listed_restored == listed_source
    copy = make_engine(empty_database)
    try:
        with session_scope(copy) as session:
            pending = read.count_pending_reminders(session)
    finally:
        copy.dispose()
    assert 0 < pending <= BURST  # a snapshot taken mid-burst: some sent, some still to go


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores modes: sysfs refuses it)."""
    if os.geteuid() == 0:
        return Path("/sys")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)
def test_bad_targets_are_refused_in_vietnamese_and_write_nothing(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "config.toml", engine.url.render_as_string())
    existing = tmp_path / "existing.backup"
    existing.write_bytes(b"kept")
    cases = {
        str(tmp_path / "missing" / "x.backup"): "Thư mục",
        str(unwritable_folder(tmp_path) / "x.backup"): "Không ghi được vào thư mục",
        str(existing): "đã tồn tại",
    }
    before = sorted(tmp_path.iterdir())
    for target, message in cases.items():
        assert nhacviec(config, "backup", target) == 2
        assert message in capsys.readouterr().err
    assert sorted(tmp_path.iterdir()) == before
    assert existing.read_bytes() == b"kept"

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database, " * 100)
    broken = write_config(tmp_path / "broken.toml", f"sqlite:///{junk}")
    assert nhacviec(broken, "backup", str(tmp_path / "b.backup")) == 2
    assert "Không sao chép được cơ sở dữ liệu SQLite" in capsys.readouterr().err
    assert not list(tmp_path.glob("*b.backup*"))


@pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)
def test_restore_refuses_a_bad_backup_and_a_database_in_use(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = write_config(tmp_path / "live.toml", engine.url.render_as_string())
    good = tmp_path / "good.backup"
    assert nhacviec(live, "backup", str(good)) == 0
    target = tmp_path / "new" / "nhacviec.sqlite3"
    target.parent.mkdir()
    fresh = write_config(tmp_path / "new" / "config.toml", "sqlite:///nhacviec.sqlite3")
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"PK\x03\x04 a zip, not a backup")
    capsys.readouterr()
    for source, message in (
        (tmp_path / "none.backup", "Không tìm thấy tệp sao lưu"),
        (junk, "không phải bản sao lưu SQLite"),
    ):
        assert nhacviec(fresh, "restore", str(source)) == 2
        assert message in capsys.readouterr().err
    assert list(target.parent.iterdir()) == [target.parent / "config.toml"]
    assert nhacviec(live, "restore", str(good)) == 2
    assert "đã tồn tại" in capsys.readouterr().err
    assert nhacviec(fresh, "restore", str(good)) == 0
    assert target.is_file()


def test_pg_dump_failure_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pg_dump against a server that is not there: a Vietnamese error, no partial file."""
    config = write_config(
        tmp_path / "config.toml", "postgresql+psycopg://nv:secret@127.0.0.1:1/nhacviec"
    )
    assert nhacviec(config, "backup", str(tmp_path / "pg.backup")) == 2
    err = capsys.readouterr().err
    assert "Sao lưu postgresql+psycopg://nv:***@127.0.0.1:1/nhacviec không thành công" in err
    assert "secret" not in err
    assert list(tmp_path.iterdir()) == [tmp_path / "config.toml"]
