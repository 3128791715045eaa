"""Links undone: /unlink and its buttons, /revoke of an invite redeemed in the wrong group,
an office admin removed, and the same from the command line; each audited, the chat told."""

from __future__ import annotations

import argparse
import asyncio

import pytest
from bot_harness import (
    ADMIN,
    NOI_VU,
    OFFICE,
    OTHER_CHAT,
    OTHER_USER,
    UNIT_CHAT,
    UNIT_USER,
    Harness,
    draft,
)
from sqlalchemy import Engine, select

from db.models import AuditEntry, ChatRole, UnitChat
from db.session import session_scope
from jobs.cli.main import build_parser
from jobs.config import Settings
from jobs.model import StoreError

WRONG_GROUP, WRONG_USER = -1004004, 404
NOT_REGISTERED = "chưa được đăng ký"


async def invite(harness: Harness, unit: str, *, chat: int = ADMIN) -> str:
    """The office asks for an invite; returns the token."""
    [answer] = await harness.say(chat, ADMIN, f"/invite {unit}")
    return answer.plain_text.split("Mã: ")[1].split()[0]


def links(harness: Harness) -> set[tuple[int, str]]:
    """(chat, role) of every link."""
    with session_scope(harness.engine) as session:
        return {(c.chat_id, c.role.value) for c in session.scalars(select(UnitChat))}


def actions(harness: Harness) -> list[str]:
    """The audit log's actions, oldest first."""
    with session_scope(harness.engine) as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


async def test_a_code_redeemed_in_the_wrong_group_is_revoked(harness: Harness) -> None:
    [task_id] = harness.store(draft("1", None))
    token = await invite(harness, NOI_VU)
    [linked] = await harness.say(WRONG_GROUP, WRONG_USER, f"/start {token}")
    assert "Đã liên kết" in linked.plain_text
    [used] = await harness.say(UNIT_CHAT, UNIT_USER, f"/start {token}")
    assert "đã được dùng rồi" in used.plain_text
    [revoked] = await harness.say(ADMIN, ADMIN, f"/revoke {token}")
    assert f"Đã thu hồi mã mời và huỷ liên kết của {WRONG_GROUP}" in revoked.plain_text
    told = harness.sent(WRONG_GROUP)[-1].plain_text
    assert "đã huỷ liên kết" in told and NOI_VU in told
    assert "Đã huỷ liên kết" in harness.sent(OFFICE)[-1].plain_text
    # the wrong group can do nothing any more; the revoked code cannot be used again
    [refused] = await harness.say(WRONG_GROUP, WRONG_USER, f"/xong {task_id}")
    assert NOT_REGISTERED in refused.plain_text
    [again] = await harness.say(WRONG_GROUP, WRONG_USER, f"/start {token}")
    assert "đã bị Văn phòng thu hồi" in again.plain_text
    # the real unit links with a new code
    fresh = await invite(harness, NOI_VU)
    [welcome] = await harness.say(UNIT_CHAT, UNIT_USER, f"/start {fresh}")
    assert "Đã liên kết nhóm này với Phòng Nội vụ" in welcome.plain_text
    assert links(harness) == {(UNIT_CHAT, "member")}
    assert "invite.revoke" in actions(harness) and "unit.unlink_chat" in actions(harness)
    [twice] = await harness.say(ADMIN, ADMIN, f"/revoke {token}")
    assert "đã bị thu hồi rồi" in twice.plain_text


async def test_an_unused_code_is_revoked(harness: Harness) -> None:
    harness.store()
    token = await invite(harness, NOI_VU)
    [revoked] = await harness.say(ADMIN, ADMIN, f"/revoke {token}")
    assert "mã chưa được dùng" in revoked.plain_text
    [refused] = await harness.say(UNIT_CHAT, UNIT_USER, f"/start {token}")
    assert "thu hồi" in refused.plain_text and links(harness) == set()
    [unknown] = await harness.say(ADMIN, ADMIN, "/revoke khongcoma")
    assert "Mã mời không đúng" in unknown.plain_text


async def test_unlink_lists_links_and_removes_one(harness: Harness) -> None:
    harness.store(draft("1", None))
    harness.link(NOI_VU, UNIT_CHAT)
    harness.link(NOI_VU, OTHER_CHAT, ChatRole.OFFICE_ADMIN)  # an office admin who left
    [listing] = await harness.say(ADMIN, ADMIN, "/unlink")
    assert f"{UNIT_CHAT} (nhóm đơn vị)" in listing.plain_text
    assert f"{OTHER_CHAT} (quyền Văn phòng)" in listing.plain_text
    [admin_link] = [b for b in listing.buttons if str(OTHER_CHAT) in b["text"]]
    [done] = await harness.press(ADMIN, ADMIN, listing.message_id, admin_link["callback_data"])
    assert f"Đã huỷ liên kết {NOI_VU} — {OTHER_CHAT}" in done.plain_text
    assert "quyền Văn phòng" in harness.sent(OTHER_CHAT)[-1].plain_text
    assert links(harness) == {(UNIT_CHAT, "member")}
    # the former admin's group has no office powers any more
    [refused] = await harness.say(OTHER_CHAT, OTHER_USER, "/status")
    assert NOT_REGISTERED in refused.plain_text
    # a second press of the same button changes nothing
    update = harness.api.callback(ADMIN, ADMIN, listing.message_id, admin_link["callback_data"])
    await harness.settle()
    alert = harness.api.callback_answers[update["callback_query"]["id"]]["text"]
    assert "không còn" in alert
    # outside the office's chats nothing is listed
    [outside] = await harness.say(UNIT_CHAT, ADMIN, "/unlink")
    assert "chỉ xem được trong nhóm Văn phòng" in outside.plain_text
    assert str(UNIT_CHAT) not in outside.plain_text


def parse(*argv: str) -> argparse.Namespace:
    """The arguments as ``nhacviec`` reads them."""
    return build_parser().parse_args(argv)


async def test_cli_unlink_and_revoke(
    harness: Harness, engine: Engine, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    harness.store(draft("1", None))
    harness.link(NOI_VU, UNIT_CHAT)
    cli_settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), telegram=settings.telegram
    )
    args = parse("units", "unlink", str(UNIT_CHAT))
    assert await asyncio.to_thread(args.handler, args, cli_settings) == 0
    assert f"Đã huỷ liên kết {UNIT_CHAT} với {NOI_VU}" in capsys.readouterr().out
    assert links(harness) == set() and actions(harness)[-1] == "unit.unlink_chat"
    with pytest.raises(StoreError, match="không liên kết"):
        args.handler(args, cli_settings)
    token = await invite(harness, NOI_VU)
    await harness.say(WRONG_GROUP, WRONG_USER, f"/start {token}")
    args = parse("units", "revoke", token)
    assert await asyncio.to_thread(args.handler, args, cli_settings) == 0
    out = capsys.readouterr().out
    assert "Đã thu hồi mã mời" in out and f"Đã huỷ liên kết {WRONG_GROUP}" in out
    assert links(harness) == set()


def test_invite_tokens_are_letters_and_digits() -> None:
    """A token is typed after `/start` and `nhacviec units revoke`: never a leading "-"."""
    from db.write import TOKEN_LENGTH, new_token

    tokens = {new_token() for _ in range(2000)}
    assert len(tokens) == 2000
    assert all(len(t) == TOKEN_LENGTH and t.isascii() and t.isalnum() for t in tokens)
