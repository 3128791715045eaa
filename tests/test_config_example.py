"""config.example.toml stays loadable, and every key it shows is one the code reads."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from jobs.config import (
    OCR_BOUNDS,
    PDF_BOUNDS,
    WEBHOOK,
    BotSettings,
    ConfigError,
    OcrSettings,
    PdfSettings,
    load_settings,
    masked,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def test_example_config_loads() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert settings.timezone == "Asia/Ho_Chi_Minh"
    assert settings.max_file_mb == 20
    assert settings.bot == BotSettings()


def test_bot_section_lists_every_bot_setting() -> None:
    section = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["bot"]
    assert set(section) == {f.name for f in fields(BotSettings)}


def test_ingest_section_lists_every_ocr_setting() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    section = tomllib.loads(text)["ingest"]
    shown = {key for key in OCR_BOUNDS if key in section or f"# {key} = " in text}
    assert shown == {f"ocr_{f.name}" for f in fields(OcrSettings)} == set(OCR_BOUNDS)
    assert load_settings(EXAMPLE, environ={}).ocr == OcrSettings()


def test_ingest_section_lists_every_pdf_limit() -> None:
    section = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["ingest"]
    assert {key for key in PDF_BOUNDS if key in section} == set(PDF_BOUNDS)
    assert set(PDF_BOUNDS) == {f"pdf_{f.name}" for f in fields(PdfSettings)}
    assert load_settings(EXAMPLE, environ={}).pdf == PdfSettings()


def test_secrets_come_from_the_environment() -> None:
    settings = load_settings(EXAMPLE, environ={"NHACVIEC_TELEGRAM_TOKEN": "1:abc",
                                               "NHACVIEC_DATABASE_URL": "sqlite://"})
    assert settings.telegram.token == "1:abc"
    assert settings.database_url == "sqlite://"


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("ocr_dpi = 50", "ocr_dpi = 50: cần trong khoảng 72–600"),
        ('ocr_workers = "2"', "ocr_workers = '2': cần một số nguyên"),
        ("ocr_max_pages = 0", "ocr_max_pages = 0: cần trong khoảng"),
        ('ocr_page_timeout = "1 phút"', "ocr_page_timeout = '1 phút': cần một số (giây)"),
    ],
)
def test_bad_ocr_settings_are_refused_in_vietnamese(
    tmp_path: Path, line: str, fragment: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[ingest]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(fragment)):
        load_settings(path, environ={})


def test_draft_ttl_days_is_read_and_bounded(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[bot]\ndraft_ttl_days = 2\n", encoding="utf-8")
    assert load_settings(path, environ={}).bot.draft_ttl_days == 2
    assert BotSettings().draft_ttl_days == 7
    path.write_text("[bot]\ndraft_ttl_days = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="draft_ttl_days cần trong khoảng 1–365"):
        load_settings(path, environ={})


def test_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    """The SQLite file and the unit directory sit next to the config, wherever one runs from."""
    folder = tmp_path / "srv" / "nv"
    folder.mkdir(parents=True)
    path = folder / "config.toml"
    path.write_text(
        '[database]\nurl = "sqlite:///nhacviec.sqlite3"\n[ingest]\nunit_directory = "units.toml"\n',
        encoding="utf-8",
    )
    settings = load_settings(path, environ={})
    assert settings.database_url == f"sqlite:///{folder}/nhacviec.sqlite3"
    assert settings.unit_directory == folder / "units.toml"
    path.write_text("", encoding="utf-8")  # the default database: next to the config too
    assert load_settings(path, environ={}).database_url == f"sqlite:///{folder}/nhacviec.sqlite3"
    for kept in ("sqlite://", "sqlite:///:memory:", "sqlite:////var/lib/nv.sqlite3"):
        path.write_text(f'[database]\nurl = "{kept}"\n', encoding="utf-8")
        assert load_settings(path, environ={}).database_url == kept


def test_masked_hides_the_password() -> None:
    assert masked("postgresql+psycopg://nv:s3cret@db/nv") == "postgresql+psycopg://nv:***@db/nv"


def test_webhook_mode_needs_a_url_and_a_secret(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[telegram]\nmode = "webhook"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="cần webhook_url"):
        load_settings(path, environ={})
    path.write_text(
        '[telegram]\nmode = "webhook"\nwebhook_url = "https://nv.example.vn/tg/hook"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="NHACVIEC_WEBHOOK_SECRET"):
        load_settings(path, environ={})
    with pytest.raises(ConfigError, match="NHACVIEC_WEBHOOK_SECRET"):
        load_settings(path, environ={"NHACVIEC_WEBHOOK_SECRET": "có dấu"})
    telegram = load_settings(path, environ={"NHACVIEC_WEBHOOK_SECRET": "s-3_x"}).telegram
    assert (telegram.mode, telegram.webhook.secret_token) == (WEBHOOK, "s-3_x")
    assert telegram.webhook.path == "tg/hook"
    path.write_text('[telegram]\nmode = "push"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match='mode = \'push\': cần "polling" hoặc "webhook"'):
        load_settings(path, environ={})
