"""The reminder engine as the bot runs it: Telegram HTML, the unit's buttons, blocked chats.

``jobs.engine.schedule.ReminderService`` decides what goes out and to whom; here its plain text is
escaped for HTML, the reminder gets the buttons a unit answers with (✅ Xong, ⏳ Xin gia hạn),
and chats that blocked the bot are skipped (the office gets the reminder when none is left).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.text import esc
from db import read
from db.models import Reminder, ReminderKind, Task
from jobs.engine.schedule import Delivery, Outgoing, ReminderService
from jobs.messages.sender import Button

log = logging.getLogger(__name__)

ANSWER_HINT = "<i>Khi xong, trả lời «xong» vào tin này hoặc bấm ✅ Xong.</i>"
GROUP_HINT = (
    "<i>Bấm ✅ Xong hoặc ⏳ Xin gia hạn dưới đúng mã nhiệm vụ; trả lời «xong» vào tin này thì "
    "bot hỏi nhiệm vụ nào.</i>"
)
BLOCKED_NOTE = (
    "Ghi chú: mọi nhóm Telegram của đơn vị chủ trì đã chặn bot hoặc xoá bot, tin này gửi Văn phòng."
)


def unit_buttons(task_id: int) -> tuple[Button, ...]:
    """What a unit answers a reminder with."""
    return (Button("✅ Xong", f"done:{task_id}"), Button("⏳ Xin gia hạn", f"ext:{task_id}"))


def office_buttons(task: Task, kind: ReminderKind) -> tuple[Button, ...]:
    """What the office answers a reminder it gets with: remind the unit now, or close it."""
    if kind == ReminderKind.ESCALATE:
        return (Button("🔔 Nhắc ngay", f"remind:{task.id}"),)
    return (Button("✅ Xong", f"done:{task.id}"),)


class BotReminderService(ReminderService):
    """The reminder service with Telegram's text format and the bot's buttons."""

    def _office_text(self, plain: str) -> str:
        """A notice to the office, escaped for HTML."""
        return esc(plain)

    def _deliveries(self, session: Session, reminders: list[Reminder]) -> list[Delivery]:
        """The engine's deliveries for Telegram (one query for the chats that blocked the bot)."""
        deliveries = super()._deliveries(session, reminders)
        inactive = read.inactive_among(
            session, {chat for delivery in deliveries for chat in delivery.chat_ids}
        )
        return [
            self._for_telegram(reminder, delivery, inactive & set(delivery.chat_ids))
            for reminder, delivery in zip(reminders, deliveries, strict=True)
        ]

    def _for_telegram(self, reminder: Reminder, delivery: Delivery, inactive: set[int]) -> Delivery:
        """A delivery in HTML, with buttons, without its chats that blocked the bot."""
        office = self.settings.telegram.office_chat_id
        chats = tuple(chat for chat in delivery.chat_ids if chat not in inactive)
        text = esc(delivery.text)
        if delivery.chat_ids and not chats and office is not None and office not in inactive:
            chats, text = (office,), f"{text}\n{esc(BLOCKED_NOTE)}"
        if chats == (office,) or reminder.kind == ReminderKind.ESCALATE:
            return replace(
                delivery,
                text=text,
                chat_ids=chats,
                buttons=office_buttons(reminder.task, reminder.kind),
                entry=None,
            )
        return replace(
            delivery,
            text=f"{text}\n{ANSWER_HINT}",
            chat_ids=chats,
            buttons=unit_buttons(reminder.task_id),
            entry=esc(delivery.entry) if delivery.entry is not None else None,
        )

    def _message(self, chunk: list[Outgoing]) -> tuple[str, tuple[Button, ...]]:
        """The engine's message; a list of several says how to answer it."""
        text, buttons = super()._message(chunk)
        return (text, buttons) if len(chunk) == 1 else (f"{text}\n\n{GROUP_HINT}", buttons)
