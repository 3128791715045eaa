"""A relative SQLite path in the config names a file beside the config, not in the cwd."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from jobs.cli.main import main

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_tasks_from_another_folder_opens_the_configs_database(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """``cd /tmp && nhacviec --config /srv/nv/config.toml tasks`` reads /srv/nv's database."""
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.delenv("NHACVIEC_DATABASE_URL", raising=False)
    home, elsewhere = tmp_path / "srv" / "nv", tmp_path / "tmp"
    home.mkdir(parents=True)
    elsewhere.mkdir()
    config = home / "config.toml"
    config.write_text('[database]\nurl = "sqlite:///nhacviec.sqlite3"\n', encoding="utf-8")
    monkeypatch.chdir(home)
    directive = str(CORPUS / "004_108f180fae0256a8.txt")
    assert main(["--config", "config.toml", "ingest", "--yes", directive]) == 0
    stored = capsys.readouterr().out
    monkeypatch.chdir(elsewhere)
    with caplog.at_level(logging.INFO, logger="jobs.cli.store"):
        assert main(["--config", str(config), "tasks"]) == 0
    listed = capsys.readouterr().out
    assert "Nhiệm vụ (0)" not in listed
    assert "Nhiệm vụ (" in listed and stored
    assert (home / "nhacviec.sqlite3").exists()
    assert list(elsewhere.iterdir()) == []
    assert f"database opened: sqlite:///{home}/nhacviec.sqlite3" in caplog.text
