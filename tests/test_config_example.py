"""config.example.toml stays loadable, and every key it shows is one the code reads."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path

from bot.config import BotSettings, load_bot_settings
from jobs.config import load_settings

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def test_example_config_loads() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert settings.timezone == "Asia/Ho_Chi_Minh"
    assert settings.max_file_mb == 20
    assert load_bot_settings(EXAMPLE, environ={}) == BotSettings()


def test_bot_section_lists_every_bot_setting() -> None:
    section = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["bot"]
    assert set(section) == {f.name for f in fields(BotSettings)}


def test_secrets_come_from_the_environment() -> None:
    settings = load_settings(EXAMPLE, environ={"NHACVIEC_TELEGRAM_TOKEN": "1:abc",
                                               "NHACVIEC_DATABASE_URL": "sqlite://"})
    assert settings.telegram.token == "1:abc"
    assert settings.database_url == "sqlite://"
