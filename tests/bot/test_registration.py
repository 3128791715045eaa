"""Roles and registration: invites (used, expired, unknown), /start in groups, /units."""

from __future__ import annotations

import re
from datetime import timedelta

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
)
from sqlalchemy import select

from db.models import Invite, UnitChat
from db.session import session_scope

TOKEN = re.compile(r"/start (\S+)")


async def invite(harness: Harness, unit: str) -> str:
    """The office asks for an invite; returns the token."""
    [answer] = await harness.say(ADMIN, ADMIN, f"/invite {unit}")
    return TOKEN.search(answer.plain_text).group(1)


async def test_invite_links_a_group_once(harness: Harness) -> None:
    [answer] = await harness.say(ADMIN, ADMIN, "/invite phong noi vu")
    token = TOKEN.search(answer.plain_text).group(1)
    assert f"https://t.me/NhacViecTestBot?startgroup={token}" in answer.plain_text
    assert f"https://t.me/NhacViecTestBot?start={token}" in answer.plain_text
    assert "Phòng Nội vụ" in answer.plain_text and "11/04/2024" in answer.plain_text

    [welcome] = await harness.say(UNIT_CHAT, UNIT_USER, f"/start {token}")
    assert "Đã liên kết nhóm này với Phòng Nội vụ" in welcome.plain_text
    [told] = harness.sent(OFFICE)
    assert str(UNIT_CHAT) in told.plain_text and NOI_VU in told.plain_text

    [again] = await harness.say(OTHER_CHAT, OTHER_USER, f"/start {token}")
    assert "đã được dùng rồi" in again.plain_text
    with session_scope(harness.engine) as session:
        chats = session.scalars(select(UnitChat.chat_id)).all()
    assert chats == [UNIT_CHAT]


async def test_expired_and_unknown_tokens_are_refused(harness: Harness) -> None:
    token = await invite(harness, TU_PHAP)
    harness.clock.advance(timedelta(days=7, seconds=1))
    [expired] = await harness.say(OTHER_CHAT, OTHER_USER, f"/start {token}")
    assert "hết hạn" in expired.plain_text
    [unknown] = await harness.say(OTHER_CHAT, OTHER_USER, "/start khong-co-ma-nay")
    assert "không đúng" in unknown.plain_text
    with session_scope(harness.engine) as session:
        assert session.scalars(select(UnitChat)).all() == []
        assert session.scalar(select(Invite.used_at)) is None


async def test_invite_for_an_unknown_unit_is_refused(harness: Harness) -> None:
    [answer] = await harness.say(ADMIN, ADMIN, "/invite Ban Không Tồn Tại")
    assert "Không có đơn vị «Ban Không Tồn Tại»" in answer.plain_text
    [usage] = await harness.say(ADMIN, ADMIN, "/invite")
    assert "Cách dùng" in usage.plain_text


async def test_stranger_gets_only_start_and_help(harness: Harness) -> None:
    [hello] = await harness.say(STRANGER, STRANGER, "/start")
    assert "chưa liên kết" in hello.plain_text
    [helped] = await harness.say(STRANGER, STRANGER, "/help")
    assert "/start MÃ_MỜI" in helped.plain_text
    [refused] = await harness.say(STRANGER, STRANGER, "/overdue")
    assert "chưa được đăng ký" in refused.plain_text
    # One short answer a day per chat: the rest of a stranger's commands cost nothing.
    for command in ("/tasks", "/task 1", "/status", "/invite Phòng Nội vụ", "/xong 1", "xong"):
        assert await harness.say(STRANGER, STRANGER, command, expect=0) == [], command
    assert await harness.say(STRANGER, STRANGER, "chào bot", expect=0) == []
    [helped] = await harness.say(STRANGER, STRANGER, "/help")  # /start and /help always answer
    assert "/start MÃ_MỜI" in helped.plain_text
    [refused] = await harness.say(STRANGER + 1, STRANGER + 1, "xong")  # another chat: its one
    assert "chưa được đăng ký" in refused.plain_text
    harness.clock.advance(timedelta(days=1))
    [refused] = await harness.say(STRANGER, STRANGER, "/tasks")  # the next day: once again
    assert "chưa được đăng ký" in refused.plain_text


async def test_unit_members_cannot_use_office_commands(harness: Harness) -> None:
    harness.store()
    token = await invite(harness, NOI_VU)
    await harness.say(UNIT_CHAT, UNIT_USER, f"/start@NhacViecTestBot {token}")
    for command in (
        "/status",
        "/invite Phòng Tư pháp",
        "/units",
        "/done 1",
        "/reopen 1",
        "/remind 1",
    ):
        [refused] = await harness.say(UNIT_CHAT, UNIT_USER, command)
        assert "chỉ dành cho Văn phòng" in refused.plain_text, command
    [helped] = await harness.say(UNIT_CHAT, UNIT_USER, "/help")
    assert "dành cho đơn vị" in helped.plain_text


async def test_units_lists_linked_chats_and_units_nobody_linked(harness: Harness) -> None:
    harness.store()  # no tasks, but the units must exist: invites add catalogue units
    for unit, chat, user in ((NOI_VU, UNIT_CHAT, UNIT_USER), (TU_PHAP, None, None)):
        token = await invite(harness, unit)
        if chat is not None:
            harness.api.add_chat(chat, title="Phòng Nội vụ — trao đổi công việc")
            await harness.say(chat, user, f"/start {token}")
    [listing] = await harness.say(ADMIN, ADMIN, "/units")
    text = listing.plain_text
    # The chat's title as it was when linked, then its id.
    assert f"Phòng Nội vụ: «Phòng Nội vụ — trao đổi công việc» {UNIT_CHAT}" in text
    assert text.index("Chưa có nhóm nào liên kết") < text.index("Phòng Tư pháp")
    assert harness.api.commands_for()[0]["command"] == "start"
