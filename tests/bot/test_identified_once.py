"""Who sent an update is found once, whatever the handlers it goes through (bot.roles)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from bot_harness import ADMIN, UNIT_CHAT, UNIT_USER, Harness
from sqlalchemy import event
from test_completion import reminded
from test_ingest import DIRECTIVE

# identify()'s first read: the links of the chat that wrote (bot.roles, db.read.chat_links).
CHAT_LINKS = "FROM unit_chats LEFT OUTER JOIN units"


@contextmanager
def engine_events(
    harness: Harness, name: str, keep: Callable[..., bool] = lambda *_: True
) -> Iterator[list[tuple[Any, ...]]]:
    """The arguments of the engine's ``name`` events that ``keep`` takes, while the block runs."""
    seen: list[tuple[Any, ...]] = []

    def record(*args: Any) -> None:
        if keep(*args):
            seen.append(args)

    event.listen(harness.engine, name, record)
    try:
        yield seen
    finally:
        event.remove(harness.engine, name, record)


def chat_link_reads(harness: Harness, chat_id: int) -> Any:
    """The statements that read the links of ``chat_id`` while the block runs."""

    def reads_links(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> bool:
        values = parameters.values() if isinstance(parameters, dict) else parameters or ()
        return CHAT_LINKS in statement and chat_id in values

    return engine_events(harness, "before_cursor_execute", reads_links)


def transactions(harness: Harness) -> Any:
    """One entry per database transaction begun while the block runs."""
    return engine_events(harness, "begin")


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


async def test_a_units_xong_reply_is_one_read_and_one_close(harness: Harness) -> None:
    # Identification reads what the reply may answer (an extension question, the reminder's
    # tasks); the evidence rule and the close are one more unit of work; taking the buttons off
    # the reminder, best effort in the background, a third. The harness waits for the update
    # with a /help of its own: what that costs is measured apart.
    [task_id], reminder = await reminded(harness)
    await harness.settle()  # what the delivery left running ends before anything is counted
    with transactions(harness) as settling:
        await harness.settle()
    with transactions(harness) as begun:
        [answer] = await harness.say(UNIT_CHAT, UNIT_USER, "xong", reply_to=reminder.message_id)
    assert f"hoàn thành nhiệm vụ #{task_id}" in answer.plain_text
    assert len(begun) - len(settling) == 3, (begun, settling)
