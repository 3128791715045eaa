"""Telegram HTML text: escaping and messages split under the length limit.

Every text sent to Telegram is ``parse_mode=HTML``: whatever comes from a user, a directive
or the database goes through ``esc``; markup (``<b>``, ``<i>``) never spans a line, so a
message can be cut at any line end. Used by the bot and by the weekly summary.
"""

from __future__ import annotations

import html

MESSAGE_LIMIT = 4096  # one message, in UTF-16 code units


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
