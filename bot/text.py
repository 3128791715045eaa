"""Telegram HTML text for the bot: paged lists, with escaping and splitting from jobs.

Every text the bot sends is ``parse_mode=HTML``: whatever comes from a user, a directive or
the database goes through ``esc``; markup (``<b>``, ``<i>``) never spans a line, so a message
can be cut at any line end.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from jobs.messages.sender import Button
from jobs.messages.telegram_text import MESSAGE_LIMIT, esc, split_message, utf16_size

__all__ = ["MESSAGE_LIMIT", "Page", "esc", "page_buttons", "paginate", "shown_text",
           "split_message", "utf16_size"]

T = TypeVar("T")
TAG = re.compile(r"<[^>]*>")  # user text is escaped, so every "<" left starts a tag


def shown_text(html_text: str) -> str:
    """What Telegram shows of the bot's HTML: the tags dropped, the entities decoded."""
    return html.unescape(TAG.sub("", html_text))


@dataclass(frozen=True)
class Page:
    """Where a page sits in a list: its number (from 1) and how many pages there are."""

    number: int
    count: int

    @property
    def label(self) -> str:
        """``Trang 2/5``, or nothing for a one-page list."""
        return f"Trang {self.number}/{self.count}" if self.count > 1 else ""


def paginate(items: Sequence[T], number: int, size: int) -> tuple[Sequence[T], Page]:
    """The items of page ``number`` (clamped into range) and the page."""
    count = max(1, -(-len(items) // size))
    number = min(max(1, number), count)
    return items[(number - 1) * size : number * size], Page(number, count)


def page_buttons(view: str, page: Page, argument: str = "") -> tuple[Button, ...]:
    """◀ and ▶ with the page they lead to, and the first and last page when they are further
    away; the bot answers ``page:<view>:<n>:<argument>``."""
    targets = [
        (1, "⏮ 1", page.number > 2),
        (page.number - 1, f"◀ {page.number - 1}", page.number > 1),
        (page.number + 1, f"{page.number + 1} ▶", page.number < page.count),
        (page.count, f"{page.count} ⏭", page.number < page.count - 1),
    ]
    return tuple(
        Button(label, f"page:{view}:{number}:{argument}")
        for number, label, shown in targets
        if shown
    )
