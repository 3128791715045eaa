"""Two ``nhacviec ingest --yes`` of one file at the same moment: one stores it, the other is
told in Vietnamese that it is already stored (exit 3, as for other refusals), no traceback."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from store_factories import count, draft, extraction

from db.models import Directive, Task
from db.session import make_engine
from jobs import confirmed
from jobs.cli import store as cli_store
from jobs.config import Settings, load_settings
from jobs.errors import EXIT_REFUSED


@pytest.fixture
def config(engine: Engine, tmp_path: Path) -> Path:
    url = engine.url.render_as_string(hide_password=False)
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "{url}"\n', "utf-8")
    return path


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """The notice both ingests read."""
    path = tmp_path / "tb12.txt"
    path.write_text("THÔNG BÁO\nGiao Phòng Nội vụ báo cáo trước ngày 25/4/2030.\n", "utf-8")
    return path


STORED = extraction(draft("1", date(2030, 4, 25), "trước ngày 25/4/2030"))


@pytest.fixture
def settings(config: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The CLI's settings on the test database, its console unwrapped."""
    monkeypatch.setenv("COLUMNS", "250")  # rich does not wrap the messages
    # The schema is migrated already; Alembic's loader is per process, not per thread.
    monkeypatch.setattr(cli_store, "open_database", make_engine)
    return load_settings(config)


def test_two_concurrent_ingests_of_one_file(
    settings: Settings,
    source: Path,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    both_checked = threading.Barrier(2, timeout=20)
    real_store = confirmed.store_extraction

    def store_after_both_checked(*args: Any, **kwargs: Any) -> Any:
        both_checked.wait()  # each found no directive of this hash: both go on to insert
        return real_store(*args, **kwargs)

    monkeypatch.setattr(confirmed, "store_extraction", store_after_both_checked)
    codes: list[int] = []
    errors: list[BaseException] = []

    def ingest() -> None:
        try:
            codes.append(cli_store.ingest_and_schedule(settings, source, STORED))
        except BaseException as exc:  # a raw IntegrityError would land here
            errors.append(exc)

    threads = [threading.Thread(target=ingest) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sorted(codes) == [0, EXIT_REFUSED]
    out = capsys.readouterr()
    assert "Đã lưu văn bản #" in out.out
    assert "Văn bản này đã được lưu trước đây" in out.out and "Không lưu thêm." in out.out
    assert "Traceback" not in out.err and "IntegrityError" not in out.out + out.err
    assert (count(engine, Directive), count(engine, Task)) == (1, 1)


def test_an_ingest_whose_check_came_before_the_other_committed(
    settings: Settings,
    source: Path,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli_store.ingest_and_schedule(settings, source, STORED) == 0
    capsys.readouterr()
    real_check = cli_store.already_stored
    checks: list[str | None] = []

    def check_before_the_other_committed(*args: Any) -> str | None:
        """The first check sees nothing (the other ingest had not committed yet)."""
        checks.append(real_check(*args) if checks else None)
        return checks[-1]

    monkeypatch.setattr(cli_store, "already_stored", check_before_the_other_committed)
    assert cli_store.ingest_and_schedule(settings, source, STORED) == EXIT_REFUSED
    out = capsys.readouterr().out
    assert "Văn bản này đã được lưu trước đây (#" in out and "Đã lưu văn bản" not in out
    assert (count(engine, Directive), count(engine, Task)) == (1, 1)
