"""The weekly posts: the summary (text, chart, workbook) to the office, a digest to each unit.

Reading the database and rendering run in a worker thread so the bot's event loop keeps
answering; only the sends run on the loop. Texts are Telegram HTML: the sender must send
them with ``parse_mode=HTML`` (captions too).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from db import reports
from db.models import ChatRole
from db.reports import Period
from db.session import session_scope
from jobs.calendar import Clock
from jobs.config import Settings
from jobs.messages.sender import Button, Sender, SentMessage
from jobs.messages.telegram_text import split_message
from jobs.summary.report import (
    build_unit_digest,
    build_weekly_summary,
    last_full_week,
    period_days,
    period_text,
    render_chart_png,
    summary_text,
    unit_digest_text,
)
from jobs.summary.report_book import render_xlsx

log = logging.getLogger(__name__)


class MediaSender(Sender, Protocol):
    """A sender that can also send a photo and a document (captions in Telegram HTML)."""

    async def send_photo(self, chat_id: int, png: bytes, caption: str) -> int:
        """Send a PNG image with a caption (≤ 1024 characters); returns the message id."""
        ...

    async def send_document(self, chat_id: int, data: bytes, filename: str, caption: str) -> int:
        """Send a file under ``filename`` with a caption; returns the message id."""
        ...


@dataclass(frozen=True)
class SentMedia:
    """A photo or document a recording sender was asked to send."""

    kind: str
    chat_id: int
    data: bytes
    filename: str | None
    caption: str
    message_id: int


@dataclass
class RecordingMediaSender:
    """A media sender that only remembers what it was asked to send, in one id sequence."""

    sent: list[SentMessage] = field(default_factory=list)
    media: list[SentMedia] = field(default_factory=list)

    def _next_id(self) -> int:
        """Message ids count texts and media together."""
        return len(self.sent) + len(self.media) + 1

    async def send(self, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
        """Record a text message."""
        message = SentMessage(chat_id, text, tuple(buttons), self._next_id())
        self.sent.append(message)
        return message.message_id

    async def send_photo(self, chat_id: int, png: bytes, caption: str) -> int:
        """Record a photo."""
        self.media.append(SentMedia("photo", chat_id, png, None, caption, self._next_id()))
        return self.media[-1].message_id

    async def send_document(self, chat_id: int, data: bytes, filename: str, caption: str) -> int:
        """Record a document."""
        self.media.append(SentMedia("document", chat_id, data, filename, caption, self._next_id()))
        return self.media[-1].message_id


@dataclass(frozen=True)
class ReportPost:
    """What a report sends: text chunks, then (when the period has tasks) the chart and file."""

    chunks: list[str]
    caption: str
    png: bytes | None
    xlsx: bytes | None
    filename: str


def prepare_post(engine: Engine, settings: Settings, period: Period, now: datetime) -> ReportPost:
    """Read and render a period's summary (blocking: run it in a thread)."""
    zone = ZoneInfo(settings.timezone)
    with session_scope(engine) as session:
        summary = build_weekly_summary(session, period, now, settings)
    first, _ = period_days(period, zone)
    has_tasks = summary.totals.total > 0
    return ReportPost(
        chunks=split_message(summary_text(summary)),
        caption=f"Tình hình thực hiện nhiệm vụ, kỳ {period_text(period, zone)}",
        png=render_chart_png(summary) if has_tasks else None,
        xlsx=render_xlsx(summary, settings.report) if has_tasks else None,
        filename=f"bao-cao-nhiem-vu-{first.isoformat()}.xlsx",
    )


async def post_report(
    engine: Engine,
    sender: MediaSender,
    settings: Settings,
    chat_id: int,
    period: Period,
    now: datetime,
) -> list[int]:
    """Post a period's summary to a chat: the text, then the chart and the workbook."""
    post = await asyncio.to_thread(prepare_post, engine, settings, period, now)
    sent = [await sender.send(chat_id, chunk) for chunk in post.chunks]
    if post.png is not None:
        sent.append(await sender.send_photo(chat_id, post.png, post.caption))
    if post.xlsx is not None:
        sent.append(await sender.send_document(chat_id, post.xlsx, post.filename, post.caption))
    return sent


def _claim(engine: Engine, chat_id: int, period: Period, now: datetime) -> bool:
    """Take the (chat, period) key; False if that summary was ever started (blocking)."""
    with session_scope(engine) as session:
        return reports.claim_post(session, chat_id, period, now)


def _post_state(engine: Engine, chat_id: int, period: Period, state: str, now: datetime) -> None:
    """Record how far a period's summary to a chat got."""
    with session_scope(engine) as session:
        reports.set_post_state(session, chat_id, period, state, now)


async def post_weekly_summary(
    engine: Engine, sender: MediaSender, settings: Settings, clock: Clock
) -> list[int]:
    """Post the last full week's summary to the office chat, once (no office chat: nothing).

    The (chat, period) row is the idempotency key: a second run for the same week sends
    nothing, and a post cut off midway stays ``sending`` for ``resume_cut_off_summaries``.
    """
    office = settings.telegram.office_chat_id
    if office is None:
        log.warning("no office_chat_id configured: weekly summary not sent")
        return []
    now = clock.now()
    period = last_full_week(now, ZoneInfo(settings.timezone))
    if not await asyncio.to_thread(_claim, engine, office, period, now):
        log.info("weekly summary of %s already posted to %s", period.start, office)
        return []
    sent = await post_report(engine, sender, settings, office, period, now)
    await asyncio.to_thread(_post_state, engine, office, period, reports.POST_DONE, clock.now())
    return sent


async def resume_cut_off_summaries(
    engine: Engine, sender: MediaSender, settings: Settings, clock: Clock
) -> int:
    """Send again, once and whole, each summary a stop or failure cut off; returns how many."""
    posts = await asyncio.to_thread(_cut_off_posts, engine)
    resent = 0
    for chat_id, period in posts:
        state = partial(_post_state, engine, chat_id, period)
        await asyncio.to_thread(state, reports.POST_RESENDING, clock.now())
        try:
            await post_report(engine, sender, settings, chat_id, period, clock.now())
        except Exception:  # given up: the log has it, and the next week's summary goes out
            log.exception("weekly summary of %s to chat %s failed again", period.start, chat_id)
            await asyncio.to_thread(state, reports.POST_FAILED, clock.now())
        else:
            await asyncio.to_thread(state, reports.POST_DONE, clock.now())
            resent += 1
    return resent


def _cut_off_posts(engine: Engine) -> list[tuple[int, Period]]:
    """The posts to send again (blocking: run it in a thread)."""
    with session_scope(engine) as session:
        return reports.cut_off_posts(session)


def prepare_digests(engine: Engine, settings: Settings, now: datetime) -> list[tuple[int, str]]:
    """(chat, text) for every member chat of a unit with something open (blocking)."""
    messages = []
    with session_scope(engine) as session:
        for unit in reports.units_with_member_chats(session):
            text = unit_digest_text(build_unit_digest(session, unit, now, settings))
            if text is None:
                continue
            for chat in unit.chats:
                if chat.role == ChatRole.MEMBER:
                    messages += [(chat.chat_id, chunk) for chunk in split_message(text)]
    return messages


async def post_unit_digests(
    engine: Engine, sender: Sender, settings: Settings, clock: Clock
) -> int:
    """Send each linked unit chat its digest; a chat that fails is skipped, not the rest."""
    messages = await asyncio.to_thread(prepare_digests, engine, settings, clock.now())
    delivered, failed = 0, set()
    for chat_id, text in messages:
        if chat_id in failed:
            continue
        try:
            await sender.send(chat_id, text)
        except Exception as exc:  # any failure of the transport: the other chats still get theirs
            log.warning("weekly digest to chat %s failed: %s", chat_id, exc)
            failed.add(chat_id)
        else:
            delivered += 1
    return delivered


async def post_weekly(
    engine: Engine, sender: MediaSender, settings: Settings, clock: Clock
) -> list[int]:
    """The weekly job: the office's summary, then (with ``[summary] digest``) the digests."""
    try:
        sent = await post_weekly_summary(engine, sender, settings, clock)
    except Exception:  # the digests still go out; the failure is logged with its traceback
        log.exception("weekly summary to the office failed")
        sent = []
    if settings.summary.digest:
        await post_unit_digests(engine, sender, settings, clock)
    return sent
