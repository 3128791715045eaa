"""Who is asking: the office, a unit (through a linked chat) or a stranger; handlers check it.

The office is a user listed in ``[telegram] admins``, the office chat itself, or a chat linked
to a unit as office admin. A unit member writes from a chat linked to one or more units.
Anyone else is a stranger and may only use /start and /help.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot, filters

from bot.completion import read_replied_tasks, replies_to_bot
from bot.drafts import Draft
from bot.runtime import RUNTIME_KEY, Runtime
from bot.text import esc
from db import read, write
from db.models import ChatRole


class Role(enum.StrEnum):
    OFFICE = "office"
    UNIT = "unit"
    STRANGER = "stranger"


@dataclass(frozen=True)
class Actor:
    """The person behind an update, the chat they wrote from and that chat's units."""

    role: Role
    user_id: int
    chat_id: int
    name: str
    units: tuple[tuple[int, str], ...] = ()
    # The office's own chat: the office group, a chat linked as office admin, or an admin's
    # private chat with the bot. Office listings are shown only there.
    in_office_chat: bool = False

    @property
    def unit_ids(self) -> set[int]:
        """The ids of the chat's units."""
        return {unit_id for unit_id, _ in self.units}

    @property
    def unit_names(self) -> str:
        """The chat's units, comma-separated."""
        return ", ".join(name for _, name in self.units)

    @property
    def audit_name(self) -> str:
        """Who the audit log and the tasks say made a change."""
        return f"tg:{self.user_id} {self.name}"[:100]

    @property
    def signature(self) -> str:
        """The person and their units, as the office reads it."""
        return f"{self.name} ({self.unit_names})" if self.units else self.name


# The plain messages on_text reads (bot.handlers.messages): a reply, a preview edit, a "xong".
PLAIN_TEXT = filters.TEXT & ~filters.COMMAND


@dataclass(frozen=True)
class Answering:
    """What a plain message may answer, read with its identification: the tasks of the bot's
    message it replies to, the extension day a unit was asked for there, the office's draft."""

    replied_tasks: tuple[int, ...] = ()
    extension_task: int | None = None
    draft: Draft | None = None


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """What every handler gets (PTB's ``ContextTypes``): the runtime, and who sent the update,
    identified once for all its handlers by the group −1 handler (``bot.roles.identify_actor``).
    """

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application, chat_id, user_id)
        self._actor: Actor | None = None
        self.answering = Answering()

    @property
    def runtime(self) -> Runtime:
        """The runtime of the application handling this update."""
        return self.bot_data[RUNTIME_KEY]

    @property
    def actor(self) -> Actor:
        """Who sent this message or pressed this button."""
        if self._actor is None:
            raise RuntimeError("the update's actor was not identified (bot.roles.identify_actor)")
        return self._actor

    @actor.setter
    def actor(self, actor: Actor) -> None:
        self._actor = actor


def identify(session: Session, rt: Runtime, update: Update) -> Actor:
    """The role of whoever sent ``update``; a chat that had blocked the bot is active again."""
    user, chat = update.effective_user, update.effective_chat
    user_id = user.id if user else 0
    chat_id = chat.id if chat else user_id
    links = read.chat_links(session, chat_id)
    units = tuple((link.unit_id, link.unit.name) for link in links)
    office_link = any(link.role == ChatRole.OFFICE_ADMIN for link in links)
    if read.inactive_among(session, [chat_id]):
        write.reactivate(session, chat_id, at=rt.now(), actor=f"tg:{user_id}")
    telegram = rt.settings.telegram
    if user_id in telegram.admins or chat_id == telegram.office_chat_id or office_link:
        role = Role.OFFICE
    elif units:
        role = Role.UNIT
    else:
        role = Role.STRANGER
    member_units = tuple(
        (link.unit_id, link.unit.name) for link in links if link.role == ChatRole.MEMBER
    )
    in_office_chat = (
        chat_id == telegram.office_chat_id
        or office_link
        or (chat_id == user_id and user_id in telegram.admins)
    )
    return Actor(
        role,
        user_id,
        chat_id,
        user.full_name if user else "?",
        member_units or units,
        in_office_chat,
    )


def identify_update(session: Session, rt: Runtime, update: Update) -> tuple[Actor, Answering]:
    """Who sent ``update`` and, for a plain message, what it may answer: one unit of work."""
    actor = identify(session, rt, update)
    message = update.effective_message
    if message is None or not PLAIN_TEXT.check_update(update):
        return actor, Answering()
    replied, asked = (), None
    if replies_to_bot(message):
        replied = tuple(read_replied_tasks(session, message))
        if actor.role == Role.UNIT:
            message_id = message.reply_to_message.message_id
            _, asked = rt.extension_prompts.read(session, actor.chat_id, message_id)
    draft = rt.drafts.read(session, actor.chat_id) if actor.role == Role.OFFICE else None
    return actor, Answering(replied, asked, draft)


async def identify_actor(update: Update, context: BotContext) -> None:
    """Group −1, before every handler: who sent a message or pressed a button, and what a plain
    message may answer, found once (off the event loop) and kept on the context for all the
    handlers of the update."""
    if update.effective_message is not None or update.callback_query is not None:
        context.actor, context.answering = await context.runtime.db(
            identify_update, context.runtime, update
        )


OUTSIDE_OFFICE = (
    "Danh sách này chỉ xem được trong nhóm Văn phòng hoặc khi nhắn riêng với bot; "
    "không hiển thị ở nhóm này."
)


def outside_office(actor: Actor) -> bool:
    """An office member asking from a chat that is not the office's: a unit's or any group."""
    return actor.role == Role.OFFICE and not actor.in_office_chat


REFUSALS = {
    Role.STRANGER: (
        "Nhóm/người dùng này chưa được đăng ký với bot. Hãy mở đường link mời do Văn phòng gửi "
        "(hoặc gõ /start kèm mã mời). Gõ /help để xem hướng dẫn."
    ),
    Role.UNIT: "Lệnh này chỉ dành cho Văn phòng.",
    Role.OFFICE: "Lệnh này dành cho nhóm của đơn vị.",
}

Handler = Callable[[Update, BotContext, Actor], Awaitable[None]]
PtbHandler = Callable[[Update, BotContext], Awaitable[None]]


def allow(*roles: Role) -> Callable[[Handler], PtbHandler]:
    """Run the handler only for these roles; anyone else is told why, and nothing happens."""

    def decorate(handler: Handler) -> PtbHandler:
        @functools.wraps(handler)
        async def checked(update: Update, context: BotContext) -> None:
            rt, actor = context.runtime, context.actor
            if actor.role in roles:
                await handler(update, context, actor)
                return
            refusal = REFUSALS[actor.role]
            if update.callback_query is not None:
                await update.callback_query.answer(refusal, show_alert=True)
            elif update.effective_message is not None:
                if actor.role == Role.STRANGER and not rt.first_stranger_answer(actor.chat_id):
                    return  # a stranger is answered once a day per chat: a flood costs nothing
                # Not awaited: the answer waits for the chat's rate slot, the next update does not.
                rt.spawn(
                    rt.sender.send(
                        actor.chat_id, esc(refusal), reply_to=update.effective_message.message_id
                    )
                )

        return checked

    return decorate
