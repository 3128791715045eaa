"""Hypothesis over everything a user can send the bot: no handler fails, no bad HTML goes out.

Each example is one update from a stranger, a member of Phòng Nội vụ, a member of another
unit, an office admin or the office group: random Unicode, 10,000-character texts, markup
(``<b>``, ``&``, broken tags), commands and their aliases with junk arguments, replies to the
bot, random files from the office, and button presses with junk callback data (a modified
client can send any). After each, the update must have been handled without an exception
reaching PTB's error handlers, and the emulator, which parses HTML as Telegram does, must
have refused no request (a 400 would be unescaped markup, an over-long text, a bad button).
Handlers do not depend on the backend here, so SQLite is enough.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from bot_harness import (
    ADMIN,
    NOI_VU,
    OFFICE,
    OTHER_CHAT,
    OTHER_USER,
    STRANGER,
    TU_PHAP,
    UNIT_CHAT,
    UNIT_USER,
    Harness,
    draft,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.ext import ContextTypes

from bot.app import COMMANDS
from jobs.calendar import LOCAL_ZONE
from tests.support.emulator import infer_chat_type

pytestmark = pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)

SENDERS = {  # role: (chat, user)
    "stranger": (STRANGER, STRANGER),
    "member": (UNIT_CHAT, UNIT_USER),
    "other unit": (OTHER_CHAT, OTHER_USER),
    "office admin": (ADMIN, ADMIN),
    "office group": (OFFICE, OTHER_USER),
}
COMMAND_NAMES = [name for name, _ in COMMANDS] + ["nhiemvu", "quahan", "giahan", "tinhhinh", "nhac"]
PIECES = [
    "<b>", "</b>", "<i>x</b>", "&", "&amp;", "&#0;", "<a href='x'>", "<tg-spoiler>", "<", ">",
    '"', "#1", "#99999999999999999999", "xong", "Xong rồi ạ", "trả lại", "hạn: ", "đơn vị: ",
    "bỏ 1", "1 hạn: 31/2", "= Phòng Nội vụ", "xác nhận", "hủy", "\n", " ", "15/5", "thứ 6",
    "-1", "0", "99999999999999999999", "²", "\u200b", "\x00", "🙂",
]  # fmt: skip
BOT_NAMES = ["", "@NhacViecTestBot", "@OtherBot"]
Action = tuple[str, str, Any]  # (say | reply | press | upload, role, text or data or file)
World = tuple[Harness, list[BaseException]]  # the bot, and what its handlers raised


def fuzz(examples: int) -> settings:
    """Deterministic runs of ``examples`` updates, on the one bot of the test."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


junk = st.text(max_size=120) | st.lists(
    st.sampled_from(PIECES) | st.text(max_size=4), max_size=12
).map("".join)
long_text = junk.map(lambda text: ((text or "x") * 10_000)[:10_000])
huge = st.integers(0, 10**25)
task_ref = st.one_of(
    st.integers(0, 4).map(str),
    st.integers(-(10**25), 10**25).map(str),
    st.sampled_from(["#1", "#99999999999999999999", "²", "١٢", "1.5", "-0"]),
)
command = st.builds(
    lambda name, bot, first, rest: " ".join([f"/{name}{bot}", first, *rest]),
    st.sampled_from(COMMAND_NAMES),
    st.sampled_from(BOT_NAMES),
    task_ref | junk,
    st.lists(junk | st.sampled_from(PIECES), max_size=2),
)
# Data shaped like each button's pattern (so that the handlers run), and plain junk.
callback_data = st.one_of(
    st.builds("{}:{}".format, st.sampled_from(["done", "reopen", "remind", "ext"]), huge),
    st.builds(
        "x{}:{}:{:08d}:{}".format,
        st.sampled_from("ar"),
        huge,
        st.integers(0, 99_999_999),
        st.integers(-(10**25), 10**25),
    ),
    st.builds("ing:{}:{}".format, st.sampled_from(["ok", "no"]), huge),
    st.builds(
        "page:{}:{}:{}".format,
        st.sampled_from(["overdue", "tasks", "units"]) | st.from_regex(r"\w{1,8}", fullmatch=True),
        huge,
        huge.map(str) | st.just(""),
    ),
    st.text(min_size=1, max_size=64),
)
upload = st.tuples(
    st.sampled_from(["a.txt", "b.md", "c.pdf", "d.docx", "e.exe", "<f>.txt"]),
    st.binary(max_size=300) | junk.map(str.encode),
)
roles = st.sampled_from(sorted(SENDERS))
writes = st.sampled_from(["say", "reply"])


@pytest.fixture
async def world(harness: Harness) -> World:
    """Two units with linked chats, tasks, reminders sent; errors of handlers collected."""
    harness.store(
        draft("1", date(2024, 4, 5)),
        draft("2", date(2024, 4, 3), units=(TU_PHAP,)),
        draft("3", None, units=(NOI_VU, TU_PHAP)),
    )
    harness.link(NOI_VU, UNIT_CHAT)
    harness.link(TU_PHAP, OTHER_CHAT)
    harness.clock.set(datetime(2024, 4, 5, 8, 0, tzinfo=LOCAL_ZONE))
    await harness.rt.service.deliver_due()
    for chat, user in SENDERS.values():
        await harness.say(chat, user, "/help")  # a bot message in every chat, to answer
    errors: list[BaseException] = []

    async def record(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Keep the exception a handler raised."""
        errors.append(context.error)

    harness.application.add_error_handler(record)
    return harness, errors


async def act(harness: Harness, action: Action) -> None:
    """Send one update as the chosen role and wait until it was handled."""
    kind, role, payload = action
    chat, user = SENDERS[role]
    last = harness.sent(chat)[-1].message_id
    if kind == "press":
        harness.api.callback(chat, user, last, payload)
    elif kind == "upload":
        name, data = payload
        harness.api.user_document(chat, user, name, data, chat_type=infer_chat_type(chat))
    else:
        harness.api.user_message(
            chat,
            user,
            payload,
            chat_type=infer_chat_type(chat),
            reply_to_message_id=last if kind == "reply" else None,
        )
    await harness.settle()


async def check(world: World, action: Action) -> None:
    """Send one update: no handler failed, no request was refused, no traceback was shown."""
    harness, errors = world
    calls = len(harness.api.calls)
    await act(harness, action)
    refused = [
        (call.method, call.status, call.params)
        for call in harness.api.calls[calls:]
        if 400 <= call.status < 500
    ]
    assert not errors, errors
    assert not refused, refused
    assert not any("Traceback" in (m.plain_text or "") for m in harness.api.sent)


@fuzz(120)
@given(action=st.tuples(writes, roles, command))
async def test_commands(world: World, action: Action) -> None:
    await check(world, action)


@fuzz(70)
@given(action=st.tuples(writes, roles, junk | long_text | st.sampled_from(PIECES)))
async def test_texts_and_replies(world: World, action: Action) -> None:
    await check(world, action)


@fuzz(80)
@given(action=st.tuples(st.just("press"), roles, callback_data))
async def test_buttons(world: World, action: Action) -> None:
    await check(world, action)


@fuzz(20)
@given(action=st.tuples(st.just("upload"), st.sampled_from(["office admin", "stranger"]), upload))
async def test_files(world: World, action: Action) -> None:
    await check(world, action)
