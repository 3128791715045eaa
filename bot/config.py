"""The bot's own settings: the ``[bot]`` section of the same TOML file as ``jobs.config``."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from jobs.config import ConfigError


@dataclass(frozen=True)
class BotSettings:
    """Invites, delivery retries and list paging."""

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


def load_bot_settings(
    path: Path | None = None, environ: dict[str, str] | None = None
) -> BotSettings:
    """The ``[bot]`` section of ``path`` (or ``NHACVIEC_CONFIG``); absent keys keep defaults."""
    environ = dict(os.environ) if environ is None else environ
    if path is None and environ.get("NHACVIEC_CONFIG"):
        path = Path(environ["NHACVIEC_CONFIG"])
    if path is None:
        return BotSettings()
    try:
        section = tomllib.loads(path.read_text(encoding="utf-8")).get("bot", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Không đọc được mục [bot] trong {path}: {exc}") from exc
    if not isinstance(section, dict):
        raise ConfigError("Mục [bot] trong tệp cấu hình phải là một bảng TOML.")
    defaults = BotSettings()
    try:
        settings = BotSettings(
            invite_days=int(section.get("invite_days", defaults.invite_days)),
            send_attempts=int(section.get("send_attempts", defaults.send_attempts)),
            retry_backoff_seconds=float(
                section.get("retry_backoff_seconds", defaults.retry_backoff_seconds)
            ),
            retry_max_seconds=float(section.get("retry_max_seconds", defaults.retry_max_seconds)),
            rate_limit_retries=int(section.get("rate_limit_retries", defaults.rate_limit_retries)),
            messages_per_second=float(
                section.get("messages_per_second", defaults.messages_per_second)
            ),
            group_messages_per_minute=float(
                section.get("group_messages_per_minute", defaults.group_messages_per_minute)
            ),
            page_size=int(section.get("page_size", defaults.page_size)),
            username=str(section.get("username", defaults.username)).lstrip("@"),
            draft_ttl_days=int(section.get("draft_ttl_days", defaults.draft_ttl_days)),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Giá trị không hợp lệ trong mục [bot]: {exc}") from exc
    if min(settings.invite_days, settings.send_attempts, settings.page_size) < 1:
        raise ConfigError("Mục [bot]: invite_days, send_attempts và page_size phải lớn hơn 0.")
    if not 1 <= settings.draft_ttl_days <= 365:
        raise ConfigError("Mục [bot]: draft_ttl_days cần trong khoảng 1–365 (ngày).")
    if settings.messages_per_second < 0 or settings.group_messages_per_minute < 0:
        raise ConfigError("Mục [bot]: giới hạn số tin mỗi giây/phút không được âm.")
    return settings
