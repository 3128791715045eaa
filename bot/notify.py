"""Replies and notices: to the chat that wrote, to a task's units, to the office."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from telegram import Update
from telegram.error import TelegramError

from bot.runtime import Runtime
from bot.sender import ChatUnavailable
from db import read
from db.models import ChatRole, UnitRole, expand_collectives
from db.session import session_scope
from jobs.engine.schedule import chats_of
from jobs.messages.sender import Button

log = logging.getLogger(__name__)

STALE_BUTTON = "Nút này không còn hiệu lực."


async def reply(
    rt: Runtime,
    update: Update,
    text: str,
    buttons: Sequence[Button] = (),
    *,
    force_reply: bool = False,
) -> int:
    """Answer in the chat of ``update``, as a reply to its message; returns the message id."""
    message = update.effective_message
    chat_id = update.effective_chat.id if update.effective_chat else 0
    return await rt.sender.send(
        chat_id,
        text,
        buttons,
        reply_to=message.message_id if message and not update.callback_query else None,
        force_reply=force_reply,
    )


def unit_chats(rt: Runtime, task_id: int) -> list[int]:
    """The active member chats of the units that lead a task (collectives: their members')."""
    with session_scope(rt.engine) as session:
        task = read.task_with_details(session, task_id)
        if task is None:
            return []
        units = expand_collectives(task.units_in(UnitRole.LEAD))
        chats = list(dict.fromkeys(c for c in chats_of(units, ChatRole.MEMBER) if c is not None))
        inactive = read.inactive_among(session, chats)
    return [chat for chat in chats if chat not in inactive]


async def deliver(rt: Runtime, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
    """Send a notice; a chat that cannot get it is logged, not an error (returns 0)."""
    try:
        return await rt.sender.send(chat_id, text, buttons)
    except (ChatUnavailable, TelegramError) as exc:
        log.warning("notice to chat %s not delivered: %s", chat_id, exc)
        return 0


async def tell_units(rt: Runtime, task_id: int, text: str, *, skip: int | None = None) -> None:
    """Send a notice to every chat of the task's lead units (but ``skip``)."""
    for chat_id in await asyncio.to_thread(unit_chats, rt, task_id):
        if chat_id != skip:
            await deliver(rt, chat_id, text)


async def tell_office(
    rt: Runtime, text: str, buttons: Sequence[Button] = (), *, skip: int | None = None
) -> int:
    """Send a notice to the office chat (unless it is ``skip``); returns its message id or 0."""
    office = rt.settings.telegram.office_chat_id
    if office is None or office == skip:
        return 0
    return await deliver(rt, office, text, buttons)
