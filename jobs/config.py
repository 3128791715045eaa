"""Settings: one TOML file (``--config`` or ``NHACVIEC_CONFIG``) plus environment overrides."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from typing import Any, TypeVar

from jobs.clock import parse_hhmm
from jobs.errors import IngestError
from jobs.recurrence import WEEKDAYS

T = TypeVar("T")

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_FILE_BASE_URL = "https://api.telegram.org/file/bot"


class ConfigError(IngestError):
    """A settings file that cannot be used; the message is for the operator, in Vietnamese."""


@dataclass(frozen=True)
class TelegramSettings:
    token: str | None = None
    api_base_url: str = DEFAULT_API_BASE_URL
    file_base_url: str = DEFAULT_FILE_BASE_URL
    office_chat_id: int | None = None
    admins: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReminderPolicy:
    before_days: tuple[int, ...] = (7, 3, 1)
    on_the_day: bool = True
    overdue_every_working_day: bool = True
    escalate_after_days: int = 3
    send_at: str = "08:00"
    due_soon_days: int = 3
    # "trước ngày D": False closes at the end of D-1 (default), True at the end of D.
    before_date_inclusive: bool = False
    # Nags after a deadline and occurrences of recurring tasks are written this far ahead.
    horizon_days: int = 14


@dataclass(frozen=True)
class SummarySettings:
    """When the weekly summary goes to the office, and whether unit chats get a digest."""

    day: str = "mon"
    at: time = time(7, 30)
    digest: bool = True


def parse_weekly_at(text: str) -> tuple[str, time]:
    """``"MON 07:30"`` as a weekday (mon..sun) and a local time of day."""
    day, _, at = text.strip().partition(" ")
    if day.lower() not in WEEKDAYS or not at.strip():
        raise ValueError(f"weekly_at = {text!r}: cần dạng \"MON 07:30\" (MON..SUN HH:MM)")
    try:
        return day.lower(), parse_hhmm(at.strip())
    except ValueError as exc:
        raise ValueError(f"weekly_at = {text!r}: giờ không hợp lệ") from exc


def default_ocr_workers() -> int:
    """Half the machine's cores (at least one): the bot and other work keep the rest."""
    return max(1, (os.cpu_count() or 2) // 2)


@dataclass(frozen=True)
class OcrSettings:
    """How much OCR one scanned document or photo may take (``[ingest] ocr_*``)."""

    max_pages: int = 30
    page_timeout: float = 60.0  # seconds of Tesseract per page
    dpi: int = 200
    workers: int = field(default_factory=default_ocr_workers)


# (key, smallest, largest) of the [ingest] OCR settings; the dataclass field is the key less "ocr_".
OCR_BOUNDS = {
    "ocr_max_pages": (1, 300),
    "ocr_page_timeout": (1, 3600),
    "ocr_dpi": (72, 600),
    "ocr_workers": (1, 64),
}


@dataclass(frozen=True)
class PdfSettings:
    """What a PDF may hold and cost to read (``[ingest] pdf_*``): pages and letters per page
    are counted before any text is extracted; the text is read in a worker process within
    ``read_seconds`` of CPU and ``read_memory_mb`` of memory."""

    max_pages: int = 300
    max_page_chars: int = 20000
    read_seconds: float = 60.0
    read_memory_mb: int = 1024


# The same for the [ingest] PDF settings (the field is the key less "pdf_").
PDF_BOUNDS = {
    "pdf_max_pages": (1, 10000),
    "pdf_max_page_chars": (100, 1_000_000),
    "pdf_read_seconds": (1, 3600),
    "pdf_read_memory_mb": (256, 65536),
}


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///nhacviec.sqlite3"
    timezone: str = "Asia/Ho_Chi_Minh"
    max_file_mb: int = 20
    unit_directory: Path | None = None
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    reminders: ReminderPolicy = field(default_factory=ReminderPolicy)
    summary: SummarySettings = field(default_factory=SummarySettings)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    pdf: PdfSettings = field(default_factory=PdfSettings)

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"Mục [{name}] trong tệp cấu hình phải là một bảng TOML.")
    return value


def _build(data: dict[str, Any], base_dir: Path) -> Settings:
    general = _section(data, "general")
    ingest = _section(data, "ingest")
    telegram = _section(data, "telegram")
    reminders = _section(data, "reminders")
    database = _section(data, "database")
    summary = _section(data, "summary")
    directory = ingest.get("unit_directory")
    try:
        return Settings(
            database_url=str(database.get("url", Settings.database_url)),
            timezone=str(general.get("timezone", Settings.timezone)),
            max_file_mb=int(ingest.get("max_file_mb", Settings.max_file_mb)),
            unit_directory=(base_dir / directory) if directory else None,
            telegram=TelegramSettings(
                token=telegram.get("token"),
                api_base_url=str(telegram.get("api_base_url", DEFAULT_API_BASE_URL)),
                file_base_url=str(telegram.get("file_base_url", DEFAULT_FILE_BASE_URL)),
                office_chat_id=telegram.get("office_chat_id"),
                admins=tuple(int(a) for a in telegram.get("admins", ())),
            ),
            reminders=ReminderPolicy(
                before_days=tuple(int(d) for d in reminders.get("before_days", (7, 3, 1))),
                on_the_day=bool(reminders.get("on_the_day", True)),
                overdue_every_working_day=bool(reminders.get("overdue_every_working_day", True)),
                escalate_after_days=int(reminders.get("escalate_after_days", 3)),
                send_at=str(reminders.get("send_at", "08:00")),
                due_soon_days=int(reminders.get("due_soon_days", 3)),
                before_date_inclusive=bool(reminders.get("before_date_inclusive", False)),
                horizon_days=int(reminders.get("horizon_days", ReminderPolicy.horizon_days)),
            ),
            summary=_summary(summary),
            ocr=_limits(ingest, "ocr_", OCR_BOUNDS, OcrSettings()),
            pdf=_limits(ingest, "pdf_", PDF_BOUNDS, PdfSettings()),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Giá trị không hợp lệ trong tệp cấu hình: {exc}") from exc


def _summary(section: dict[str, Any]) -> SummarySettings:
    """The [summary] section; absent keys keep the defaults."""
    day, at = parse_weekly_at(str(section.get("weekly_at", "MON 07:30")))
    digest = section.get("digest", SummarySettings.digest)
    if not isinstance(digest, bool):
        raise ValueError(f"digest = {digest!r}: cần true hoặc false")
    return SummarySettings(day=day, at=at, digest=digest)


def _limits(
    section: dict[str, Any], prefix: str, bounds: dict[str, tuple[int, int]], defaults: T
) -> T:
    """The limits under ``prefix`` of the [ingest] section; absent keys keep the defaults.
    A field whose default is a float takes any number (seconds), the others whole numbers."""
    values: dict[str, Any] = {}
    for key, (low, high) in bounds.items():
        name = key.removeprefix(prefix)
        value = section.get(key, getattr(defaults, name))
        number = isinstance(value, int | float) and not isinstance(value, bool)
        whole = not isinstance(getattr(defaults, name), float)
        if not number or (whole and not isinstance(value, int)):
            kind = "một số nguyên" if whole else "một số (giây)"
            raise ValueError(f"{key} = {value!r}: cần {kind}")
        if not low <= value <= high:
            raise ValueError(f"{key} = {value!r}: cần trong khoảng {low}–{high}")
        values[name] = value if whole else float(value)
    return replace(defaults, **values)  # type: ignore[type-var]


def apply_ocr_settings(settings: Settings) -> None:
    """Make the configured OCR and PDF limits those every file is read with (at CLI and bot
    start)."""
    from jobs.ingest import ocr, reading  # only where OCR may run: numpy, Pillow, Tesseract

    ocr.DEFAULT_LIMITS = settings.ocr
    reading.DEFAULT_PDF_LIMITS = settings.pdf


def _with_environment(settings: Settings, environ: dict[str, str]) -> Settings:
    """Secrets come from the environment when set there."""
    token = environ.get("NHACVIEC_TELEGRAM_TOKEN")
    url = environ.get("NHACVIEC_DATABASE_URL")
    if token:
        settings = replace(settings, telegram=replace(settings.telegram, token=token))
    if url:
        settings = replace(settings, database_url=url)
    return settings


def load_settings(path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read settings from ``path`` (or ``NHACVIEC_CONFIG``); no file means the defaults."""
    environ = dict(os.environ) if environ is None else environ
    if path is None and environ.get("NHACVIEC_CONFIG"):
        path = Path(environ["NHACVIEC_CONFIG"])
    if path is None:
        return _with_environment(Settings(), environ)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"Không tìm thấy tệp cấu hình: {path}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Tệp cấu hình {path} không đúng định dạng TOML: {exc}") from exc
    return _with_environment(_build(data, path.parent), environ)
