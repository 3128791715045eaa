"""Telegram HTML text: escaping, messages split under the length limit, and paged lists.

Every text the bot sends is ``parse_mode=HTML``: whatever comes from a user, a directive or
the database goes through ``esc``; markup (``<b>``, ``<i>``) never spans a line, so a message
can be cut at any line end.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from jobs.sender import Button

MESSAGE_LIMIT = 4096  # one message, in UTF-16 code units
T = TypeVar("T")


def esc(text: object) -> str:
    """Text made safe for Telegram's HTML parse mode."""
    return html.escape(str(text), quote=False)


def utf16_size(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Chunks of at most ``limit`` UTF-16 units, cut at line ends (an overlong line at a space)."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while utf16_size(line) > limit:
            head, line = _cut(line, limit)
            chunks, current = _flush(chunks, current), head
        candidate = f"{current}\n{line}" if current else line
        if utf16_size(candidate) > limit:
            chunks, current = _flush(chunks, current), line
        else:
            current = candidate
    return _flush(chunks, current)


def _cut(line: str, limit: int) -> tuple[str, str]:
    """The longest head of ``line`` within ``limit`` UTF-16 units (up to a space), and the rest."""
    size, end = 0, len(line)
    for index, char in enumerate(line):
        size += 2 if ord(char) > 0xFFFF else 1
        if size > limit:
            end = index
            break
    space = line.rfind(" ", 0, end)
    cut = space if space > 0 else end
    return line[:cut], line[cut:].lstrip()


def _flush(chunks: list[str], current: str) -> list[str]:
    """``chunks`` plus ``current`` when it has any text."""
    return [*chunks, current.strip("\n")] if current.strip() else chunks


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
    """◀ and ▶ for a paged list; the bot answers ``page:<view>:<n>:<argument>``."""
    buttons = []
    if page.number > 1:
        buttons.append(Button("◀ Trước", f"page:{view}:{page.number - 1}:{argument}"))
    if page.number < page.count:
        buttons.append(Button("Sau ▶", f"page:{view}:{page.number + 1}:{argument}"))
    return tuple(buttons)
