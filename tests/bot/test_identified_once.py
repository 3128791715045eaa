"""Who sent an update is found once, whatever the handlers it goes through (bot.roles)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bot_harness import ADMIN, Harness
from sqlalchemy import event
from test_ingest import DIRECTIVE

# identify()'s first read: the links of the chat that wrote (bot.roles, db.read.chat_links).
CHAT_LINKS = "FROM unit_chats LEFT OUTER JOIN units"


@contextmanager
def chat_link_reads(harness: Harness, chat_id: int) -> Iterator[list[str]]:
    """The statements that read the links of ``chat_id`` while the block runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        values = parameters.values() if isinstance(parameters, dict) else parameters or ()
        if CHAT_LINKS in statement and chat_id in values:
            seen.append(statement)

    event.listen(harness.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(harness.engine, "before_cursor_execute", record)


async def test_an_upload_identifies_the_office_once(harness: Harness) -> None:
    # The file handler decides between evidence and a directive, then the directive's handler
    # checks the role: both read the one identification of the update.
    with chat_link_reads(harness, ADMIN) as reads:
        [preview] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
    assert "45/TB-UBND" in preview.plain_text
    assert len(reads) == 1, reads


async def test_a_command_identifies_once(harness: Harness) -> None:
    with chat_link_reads(harness, ADMIN) as reads:
        [answer] = await harness.say(ADMIN, ADMIN, "/task 999")
    assert "Không có nhiệm vụ #999" in answer.plain_text
    assert len(reads) == 1, reads
