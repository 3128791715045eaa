"""The one way the bot sends: HTML texts split under the limit, retries, blocked chats.

``TelegramSender`` implements ``jobs.messages.sender.Sender`` and
``jobs.summary.weekly.MediaSender`` with python-telegram-bot. Every request goes through PTB's
``AIORateLimiter`` (set on the application), which paces sends and retries a 429 a few times
itself; on top of that:

- a 429 that still comes through waits the ``retry_after`` Telegram asked for;
- a timeout or a network or server (5xx) error is tried again after 1, 2, 4 ... seconds
  (``[bot] retry_backoff_seconds``, capped), at most ``[bot] send_attempts`` times in all;
- a 403 (the user blocked the bot, or the group removed it) marks the chat inactive, tells the
  office chat once, and raises ``ChatUnavailable`` at once: nothing is retried;
- a group upgraded to a supergroup (400 with ``migrate_to_chat_id``, PTB's ``ChatMigrated``)
  moves the chat's unit links to the new id (audited), tells the office once, and the request
  is sent again there; ``current_chat`` says where a chat went;
- any other refusal (400) is raised as it is.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import Engine
from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bot.text import esc, shown_text, split_message
from db import read, write
from db.session import session_scope
from db.write import move_chat
from jobs.calendar import Clock
from jobs.config import BotSettings, Settings
from jobs.messages.sender import Button

log = logging.getLogger(__name__)

T = TypeVar("T")
ROW_LABEL_WIDTH = 32  # inline buttons share a row while their labels fit in this many characters
ROW_BUTTONS = 3


class ChatUnavailable(Exception):
    """The chat blocked the bot or removed it; it is now marked inactive."""


def keyboard(buttons: Sequence[Button]) -> InlineKeyboardMarkup | None:
    """Inline buttons laid out in rows: short labels side by side, long ones alone."""
    rows: list[list[InlineKeyboardButton]] = []
    width = 0
    row = None
    for button in buttons:
        fits = rows and len(rows[-1]) < ROW_BUTTONS and width + len(button.text) <= ROW_LABEL_WIDTH
        if button.row is not None or row is not None:
            fits = rows and button.row == row
        row = button.row
        if not fits:
            rows.append([])
            width = 0
        rows[-1].append(InlineKeyboardButton(button.text, callback_data=button.data))
        width += len(button.text)
    return InlineKeyboardMarkup(rows) if rows else None


def retry_seconds(error: RetryAfter) -> float:
    """The wait Telegram asked for (PTB gives a timedelta with PTB_TIMEDELTA=true, else int)."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramSender:
    """Sends through a PTB bot, with retries and the bookkeeping of blocked chats."""

    def __init__(
        self, bot: Bot, engine: Engine, settings: Settings, bot_settings: BotSettings, clock: Clock
    ) -> None:
        self.bot = bot
        self.engine = engine
        self.settings = settings
        self.bot_settings = bot_settings
        self.clock = clock
        # Groups that became supergroups, old id -> new id (this process's view; links moved).
        self.migrated: dict[int, int] = {}

    def current_chat(self, chat_id: int) -> int:
        """Where a chat is now: its supergroup when it was upgraded, else itself."""
        while chat_id in self.migrated:
            chat_id = self.migrated[chat_id]
        return chat_id

    async def send(
        self,
        chat_id: int,
        text: str,
        buttons: Sequence[Button] = (),
        *,
        reply_to: int | None = None,
        force_reply: bool = False,
    ) -> int:
        """Send HTML ``text`` in as many messages as it needs; returns the last message's id.

        The buttons (or a forced reply) go on the last message, a reply on the first.
        """
        chunks = split_message(text)
        message_id = 0
        for number, chunk in enumerate(chunks, start=1):
            last = number == len(chunks)
            markup = keyboard(buttons) if last else None
            if last and force_reply:
                markup = ForceReply(selective=True)
            message = await self._call(
                chat_id,
                lambda chat, chunk=chunk, markup=markup, number=number: self.bot.send_message(
                    chat,
                    chunk,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    reply_to_message_id=reply_to if number == 1 else None,
                    allow_sending_without_reply=True,
                ),
            )
            message_id = message.message_id
        return message_id

    async def edit(self, message: Message, text: str, buttons: Sequence[Button] = ()) -> None:
        """Replace a message's text (cut to one message) and buttons; no change sends nothing."""
        text, markup = split_message(text)[0], keyboard(buttons)
        if shown_text(text) == message.text and markup == message.reply_markup:
            return  # already so (a second tap on the same button)
        chat_id, message_id = message.chat.id, message.message_id
        try:
            await self._call(
                chat_id,
                lambda chat: self.bot.edit_message_text(
                    text, chat, message_id, parse_mode=ParseMode.HTML, reply_markup=markup
                ),
            )
        except BadRequest as exc:
            if "not modified" not in exc.message.lower():
                raise

    async def clear_buttons(self, message: Message) -> None:
        """Take the buttons off a message once answered (one without buttons is left alone)."""
        if message.reply_markup is None:
            return
        chat_id, message_id = message.chat.id, message.message_id
        try:
            await self._call(
                chat_id,
                lambda chat: self.bot.edit_message_reply_markup(
                    chat, message_id, reply_markup=None
                ),
            )
        except BadRequest as exc:
            if "not modified" not in exc.message.lower():
                raise

    async def clear_buttons_of(
        self, chat_id: int, message_id: int, left: Sequence[Button] = ()
    ) -> None:
        """Take the buttons off a message known by its ids, but those ``left`` (a grouped
        reminder keeps the rows of its other open tasks); one without any is left alone."""
        try:
            await self._call(
                chat_id,
                lambda chat: self.bot.edit_message_reply_markup(
                    chat, message_id, reply_markup=keyboard(left)
                ),
            )
        except BadRequest as exc:
            if "not modified" not in exc.message.lower():
                raise

    async def send_photo(self, chat_id: int, png: bytes, caption: str) -> int:
        """Send a PNG with an HTML caption; returns the message id."""
        message = await self._call(
            chat_id,
            lambda chat: self.bot.send_photo(chat, png, caption=caption, parse_mode=ParseMode.HTML),
        )
        return message.message_id

    async def send_document(self, chat_id: int, data: bytes, filename: str, caption: str) -> int:
        """Send a file with an HTML caption; returns the message id."""
        message = await self._call(
            chat_id,
            lambda chat: self.bot.send_document(
                chat, data, filename=filename, caption=caption, parse_mode=ParseMode.HTML
            ),
        )
        return message.message_id

    async def _call(self, chat_id: int, request: Callable[[int], Awaitable[T]]) -> T:
        """Run one Bot API request (given the chat to send to) with this module's retry rules."""
        backoff = self.bot_settings.retry_backoff_seconds
        chat_id = self.current_chat(chat_id)
        moves = 0
        attempt = 1
        while attempt <= self.bot_settings.send_attempts:
            try:
                return await request(chat_id)
            except ChatMigrated as exc:
                moves += 1
                if moves > 3:  # a chain of upgrades is not a thing: give up on this one
                    raise
                chat_id = await self._migrate(chat_id, int(exc.new_chat_id))
                continue
            except Forbidden as exc:
                await self._deactivate(chat_id, exc.message)
                raise ChatUnavailable(f"chat {chat_id}: {exc.message}") from exc
            except BadRequest:
                raise
            except RetryAfter as exc:
                if attempt == self.bot_settings.send_attempts:
                    raise
                wait = retry_seconds(exc)
            except NetworkError as exc:  # TimedOut, connection errors and 5xx answers
                if attempt == self.bot_settings.send_attempts:
                    raise
                wait, backoff = backoff, min(backoff * 2, self.bot_settings.retry_max_seconds)
                log.info("chat %s: %s; try %d again in %.1fs", chat_id, exc, attempt + 1, wait)
            attempt += 1
            await asyncio.sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _migrate(self, chat_id: int, new_chat_id: int) -> int:
        """Follow a group to its supergroup: move its links, tell the office once."""
        self.migrated[chat_id] = new_chat_id
        units = await asyncio.to_thread(self._move_links, chat_id, new_chat_id)
        log.warning("chat %s became supergroup %s (units: %s)", chat_id, new_chat_id, units)
        office = self.settings.telegram.office_chat_id
        if units and office is not None and office not in (chat_id, new_chat_id):
            text = (
                f"ℹ️ Nhóm Telegram <code>{chat_id}</code> của {esc(', '.join(units))} đã được "
                f"nâng cấp thành siêu nhóm <code>{new_chat_id}</code>. Bot đã chuyển liên kết "
                "sang nhóm mới và gửi lại tin ở đó."
            )
            try:
                await self.send(office, text)
            except Exception as exc:  # the office's own trouble must not stop the resend
                log.warning("could not tell the office that chat %s moved: %s", chat_id, exc)
        return new_chat_id

    def _move_links(self, chat_id: int, new_chat_id: int) -> list[str]:
        """The database half of a migration (in a worker thread)."""
        with session_scope(self.engine) as session:
            return move_chat(session, chat_id, new_chat_id, self.clock.now())

    async def _deactivate(self, chat_id: int, reason: str) -> None:
        """Mark a chat inactive and, the first time, tell the office which unit it served."""
        newly, units = await asyncio.to_thread(self._mark_inactive, chat_id, reason)
        office = self.settings.telegram.office_chat_id
        log.warning("chat %s is unavailable (%s)", chat_id, reason)
        if not newly or office is None or chat_id == office:
            return
        whose = f" của {esc(', '.join(units))}" if units else ""
        text = (
            f"⚠️ Nhóm/người dùng Telegram <code>{chat_id}</code>{whose} đã chặn bot hoặc đã "
            "xoá bot khỏi nhóm. Bot ngừng gửi tin tới đó cho đến khi nhóm nhắn lại cho bot "
            "(hoặc dùng mã mời mới: /invite)."
        )
        try:
            await self.send(office, text)
        except (ChatUnavailable, NetworkError, RetryAfter) as exc:
            log.warning("could not tell the office that chat %s is unavailable: %s", chat_id, exc)

    def _mark_inactive(self, chat_id: int, reason: str) -> tuple[bool, list[str]]:
        """The database half of ``_deactivate`` (in a worker thread)."""
        with session_scope(self.engine) as session:
            newly = write.mark_inactive(session, chat_id, reason, at=self.clock.now())
            units = [link.unit.name for link in read.chat_links(session, chat_id)]
        return newly, units
