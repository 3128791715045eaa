"""Sending is an interface: the bot implements it with Telegram, tests with a recorder."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Button:
    """An inline button: its label and the callback data the bot gets back; buttons given
    a ``row`` share it (the others are laid out by width)."""

    text: str
    data: str
    row: int | None = None


def listed_buttons(tasks: Iterable[tuple[int, Sequence[Button]]]) -> tuple[Button, ...]:
    """The buttons of a message that lists several tasks: each task's own, labelled with its
    id, on a row of its own."""
    return tuple(
        Button(f"{button.text} #{task_id}", button.data, row=row)
        for row, (task_id, buttons) in enumerate(tasks)
        for button in buttons
    )


class Sender(Protocol):
    """Delivers one message to one chat and returns the message id."""

    async def send(self, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
        """Send ``text`` (with ``buttons``) to ``chat_id``; raises when it cannot."""
        ...


@dataclass(frozen=True)
class SentMessage:
    chat_id: int
    text: str
    buttons: tuple[Button, ...]
    message_id: int


@dataclass
class RecordingSender:
    """A sender that only remembers what it was asked to send."""

    sent: list[SentMessage] = field(default_factory=list)

    async def send(self, chat_id: int, text: str, buttons: Sequence[Button] = ()) -> int:
        """Record the message and hand out the next message id."""
        message = SentMessage(chat_id, text, tuple(buttons), len(self.sent) + 1)
        self.sent.append(message)
        return message.message_id
