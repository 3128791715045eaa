"""Settings: one TOML file (``--config`` or ``NHACVIEC_CONFIG``) plus environment overrides.

The one loader of every section, the bot's included. Paths written in the file (the SQLite
database, the unit directory) are relative to the file, not to the working directory.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import time
from pathlib import Path
from typing import Any, TypeVar

from jobs.calendar import WEEKDAYS, parse_hhmm
from jobs.errors import IngestError

T = TypeVar("T")

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_FILE_BASE_URL = "https://api.telegram.org/file/bot"
POLLING, WEBHOOK = "polling", "webhook"
# Telegram's rule for a webhook's secret_token: 1-256 characters A-Z, a-z, 0-9, _ and -.
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ConfigError(IngestError):
    """A settings file that cannot be used; the message is for the operator, in Vietnamese."""


@dataclass(frozen=True)
class WebhookSettings:
    """Where PTB's webhook server listens, the public URL Telegram posts to, and its secret."""

    url: str = ""
    listen: str = "127.0.0.1"
    port: int = 8443
    secret_token: str | None = None

    @property
    def path(self) -> str:
        """The URL path the server answers on: that of the public URL."""
        from urllib.parse import urlsplit

        return urlsplit(self.url).path.strip("/")


@dataclass(frozen=True)
class TelegramSettings:
    token: str | None = None
    api_base_url: str = DEFAULT_API_BASE_URL
    file_base_url: str = DEFAULT_FILE_BASE_URL
    office_chat_id: int | None = None
    admins: tuple[int, ...] = ()
    # How updates arrive: "polling" (getUpdates) or "webhook" (Telegram POSTs them to us).
    mode: str = POLLING
    webhook: WebhookSettings = field(default_factory=WebhookSettings)


@dataclass(frozen=True)
class HealthSettings:
    """``GET /healthz`` on its own port (0: not served)."""

    listen: str = "127.0.0.1"
    port: int = 0


@dataclass(frozen=True)
class BotSettings:
    """Invites, delivery retries and list paging (``[bot]``)."""

    # An invite token that nobody used expires after this many days.
    invite_days: int = 7
    # How many times one message is tried when Telegram is slow, down (5xx) or rate-limits.
    send_attempts: int = 4
    # The first wait between two tries; it doubles each time, up to retry_max_seconds.
    retry_backoff_seconds: float = 1.0
    retry_max_seconds: float = 30.0
    # PTB's AIORateLimiter retries a 429 this many times itself before the sender sees it.
    rate_limit_retries: int = 2
    # The pace AIORateLimiter keeps: Telegram's 30 messages a second overall and 20 a minute
    # per group. Raise them only for a server that allows more (paid broadcasts: 1,000/s; a
    # test emulator); 0 turns a limit off.
    messages_per_second: float = 30.0
    group_messages_per_minute: float = 20.0
    # Lines per page of /overdue, /tasks and /units.
    page_size: int = 10
    # The bot's @username for invite links; asked from Telegram (getMe) when empty.
    username: str = ""
    # An unconfirmed preview of an uploaded directive, and a question the bot asked (an
    # extension day, which task a bare "xong" meant, a file of evidence), expire after this
    # many days.
    draft_ttl_days: int = 7


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


@dataclass(frozen=True)
class ReportSettings:
    """The printed report's heading and signature (``[report]``), per Nghị định 30/2020/NĐ-CP.

    An empty value prints a dotted line, to be filled in by hand.
    """

    parent_office: str = ""  # the issuing office's superior: "UBND TỈNH QUẢNG NAM"
    office: str = ""  # the issuing office: "VĂN PHÒNG"
    number: str = "Số:       /BC"  # the number and symbol line, as printed
    place: str = ""  # the place of the place-and-date line: "Tam Kỳ"
    signer_title: str = ""  # "CHÁNH VĂN PHÒNG", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    signer_name: str = ""
    recipients: tuple[str, ...] = ("Như trên;", "Lưu: VT.")


def _report(section: dict[str, Any]) -> ReportSettings:
    """The [report] section: strings, and a list of strings for ``recipients``."""
    known = {f.name for f in fields(ReportSettings)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ValueError(f"[report] không có khóa {', '.join(unknown)}")
    values: dict[str, Any] = {k: v for k, v in section.items() if k != "recipients"}
    if not all(isinstance(v, str) for v in values.values()):
        raise ValueError("[report]: mỗi giá trị phải là một chuỗi")
    recipients = section.get("recipients", ReportSettings.recipients)
    if isinstance(recipients, str) or not all(isinstance(r, str) for r in recipients):
        raise ValueError("[report] recipients: cần một danh sách chuỗi")
    return ReportSettings(**values, recipients=tuple(recipients))


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
    report: ReportSettings = field(default_factory=ReportSettings)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    bot: BotSettings = field(default_factory=BotSettings)
    health: HealthSettings = field(default_factory=HealthSettings)
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
    directory = ingest.get("unit_directory")
    try:
        return Settings(
            database_url=beside(str(database.get("url", Settings.database_url)), base_dir),
            timezone=str(general.get("timezone", Settings.timezone)),
            max_file_mb=int(ingest.get("max_file_mb", Settings.max_file_mb)),
            unit_directory=(base_dir / Path(directory).expanduser()) if directory else None,
            telegram=_telegram(telegram),
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
            summary=_summary(_section(data, "summary")),
            report=_report(_section(data, "report")),
            ocr=_limits(ingest, "ocr_", OCR_BOUNDS, OcrSettings()),
            pdf=_limits(ingest, "pdf_", PDF_BOUNDS, PdfSettings()),
            bot=_bot(_section(data, "bot")),
            health=_health(_section(data, "health")),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Giá trị không hợp lệ trong tệp cấu hình: {exc}") from exc


def beside(url: str, base_dir: Path) -> str:
    """A SQLite URL whose file is relative made relative to ``base_dir``; others unchanged."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = parsed.database
    if not parsed.drivername.startswith("sqlite") or database in (None, "", ":memory:"):
        return url
    if database.startswith("file:") or Path(database).expanduser().is_absolute():
        return url
    return parsed.set(database=str(base_dir / database)).render_as_string(hide_password=False)


def masked(url: str) -> str:
    """A database URL fit for a log line or a message: the password hidden."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _telegram(section: dict[str, Any]) -> TelegramSettings:
    """The [telegram] section: the Bot API server, the office, and how updates arrive."""
    mode = str(section.get("mode", POLLING))
    if mode not in (POLLING, WEBHOOK):
        raise ValueError(f'mode = {mode!r}: cần "{POLLING}" hoặc "{WEBHOOK}"')
    webhook = WebhookSettings(
        url=str(section.get("webhook_url", "")),
        listen=str(section.get("webhook_listen", WebhookSettings.listen)),
        port=_port(section, "webhook_port", WebhookSettings.port),
        secret_token=section.get("webhook_secret") or None,
    )
    return TelegramSettings(
        token=section.get("token"),
        api_base_url=str(section.get("api_base_url", DEFAULT_API_BASE_URL)),
        file_base_url=str(section.get("file_base_url", DEFAULT_FILE_BASE_URL)),
        office_chat_id=section.get("office_chat_id"),
        admins=tuple(int(a) for a in section.get("admins", ())),
        mode=mode,
        webhook=webhook,
    )


def _port(section: dict[str, Any], key: str, default: int) -> int:
    """A TCP port (0 where the caller allows it to mean "off")."""
    value = section.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 65535:
        raise ValueError(f"{key} = {value!r}: cần một cổng TCP (0–65535)")
    return value


def _health(section: dict[str, Any]) -> HealthSettings:
    """The [health] section: where ``/healthz`` is served, if anywhere."""
    return HealthSettings(
        listen=str(section.get("listen", HealthSettings.listen)),
        port=_port(section, "port", HealthSettings.port),
    )


def _bot(section: dict[str, Any]) -> BotSettings:
    """The [bot] section; absent keys keep the defaults, each value cast to its field's type."""
    defaults = BotSettings()
    known = {f.name: type(getattr(defaults, f.name)) for f in fields(BotSettings)}
    values = {key: known[key](value) for key, value in section.items() if key in known}
    bot = replace(defaults, **values)
    bot = replace(bot, username=bot.username.lstrip("@"))
    if min(bot.invite_days, bot.send_attempts, bot.page_size) < 1:
        raise ValueError("[bot] invite_days, send_attempts và page_size phải lớn hơn 0")
    if not 1 <= bot.draft_ttl_days <= 365:
        raise ValueError("[bot] draft_ttl_days cần trong khoảng 1–365 (ngày)")
    if bot.messages_per_second < 0 or bot.group_messages_per_minute < 0:
        raise ValueError("[bot] giới hạn số tin mỗi giây/phút không được âm")
    return bot


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


def _with_environment(settings: Settings, environ: dict[str, str]) -> Settings:
    """Secrets come from the environment when set there."""
    token = environ.get("NHACVIEC_TELEGRAM_TOKEN")
    url = environ.get("NHACVIEC_DATABASE_URL")
    secret = environ.get("NHACVIEC_WEBHOOK_SECRET")
    if token:
        settings = replace(settings, telegram=replace(settings.telegram, token=token))
    if url:
        settings = replace(settings, database_url=url)
    if secret:
        webhook = replace(settings.telegram.webhook, secret_token=secret)
        settings = replace(settings, telegram=replace(settings.telegram, webhook=webhook))
    return settings


def _check_webhook(telegram: TelegramSettings) -> None:
    """Webhook mode needs a public https URL and a secret Telegram will send back."""
    if telegram.mode != WEBHOOK:
        return
    webhook = telegram.webhook
    if not webhook.url.startswith(("https://", "http://")):
        raise ConfigError(
            '[telegram] mode = "webhook" cần webhook_url: địa chỉ công khai mà Telegram gửi '
            'cập nhật tới, ví dụ "https://nhacviec.example.gov.vn/telegram".'
        )
    if webhook.secret_token is None or not SECRET_TOKEN.fullmatch(webhook.secret_token):
        raise ConfigError(
            '[telegram] mode = "webhook" cần mã bí mật: đặt biến môi trường '
            "NHACVIEC_WEBHOOK_SECRET (hoặc webhook_secret) gồm 1–256 ký tự A-Z, a-z, 0-9, _ "
            "hoặc -."
        )


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
    settings = _with_environment(_build(data, path.absolute().parent), environ)
    _check_webhook(settings.telegram)
    return settings
