"""config.example.toml stays loadable, and every key it shows is one the code reads."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from bot.config import BotSettings, load_bot_settings
from jobs.config import (
    OCR_BOUNDS,
    PDF_BOUNDS,
    ConfigError,
    OcrSettings,
    PdfSettings,
    load_settings,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def test_example_config_loads() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert settings.timezone == "Asia/Ho_Chi_Minh"
    assert settings.max_file_mb == 20
    assert load_bot_settings(EXAMPLE, environ={}) == BotSettings()


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
    assert load_bot_settings(path, environ={}).draft_ttl_days == 2
    assert BotSettings().draft_ttl_days == 7
    path.write_text("[bot]\ndraft_ttl_days = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="draft_ttl_days cần trong khoảng 1–365"):
        load_bot_settings(path, environ={})
