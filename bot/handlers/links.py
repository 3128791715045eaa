"""Links undone: /unlink (a unit's group or an office admin), its button, /revoke (an invite)."""

from __future__ import annotations

from telegram import Update

from bot.notify import deliver, reply, tell_office
from bot.roles import OUTSIDE_OFFICE, Actor, BotContext, Role, allow, outside_office
from bot.runtime import Runtime
from bot.text import esc
from db import read, write
from db.models import ChatRole
from jobs.messages.sender import Button
from jobs.messages.wording import shorten
from jobs.model import StoreError

LINK_BUTTONS = 40  # links offered as buttons at once


def role_label(role: ChatRole) -> str:
    """How a link's role reads."""
    return "quyền Văn phòng" if role == ChatRole.OFFICE_ADMIN else "nhóm đơn vị"


async def tell_unlinked(rt: Runtime, actor: Actor, gone: write.Unlinked) -> None:
    """Tell the unlinked chat and the office what was undone."""
    what = esc(f"{gone.unit_name} ({role_label(gone.role)})")
    await deliver(
        rt,
        gone.chat_id,
        f"🔌 Văn phòng đã huỷ liên kết của cuộc trò chuyện này với <b>{what}</b>. Bot không "
        "gửi nhắc việc tới đây nữa; nếu đây là nhầm lẫn, hãy xin Văn phòng một mã mời mới.",
    )
    await tell_office(
        rt,
        f"🔌 Đã huỷ liên kết <code>{gone.chat_id}</code> với <b>{what}</b> "
        f"(bởi {esc(actor.name)}).",
        skip=actor.chat_id,
    )


@allow(Role.OFFICE)
async def unlink(update: Update, context: BotContext, actor: Actor) -> None:
    """List linked chats with a button each to remove one: /unlink."""
    rt = context.runtime
    if outside_office(actor):
        await reply(rt, update, f"⛔ {esc(OUTSIDE_OFFICE)}")
        return
    links = await rt.db(
        lambda session: [
            (link.id, link.chat_id, link.unit.name, link.role)
            for link in read.all_links(session)
        ]
    )
    if not links:
        await reply(rt, update, "Chưa có nhóm nào liên kết với đơn vị.")
        return
    lines = ["🔌 <b>Huỷ liên kết</b>: chọn liên kết cần huỷ (nhóm được báo lại)."]
    lines += [
        f"• {esc(name)} — <code>{chat_id}</code> ({role_label(role)})"
        for _, chat_id, name, role in links[:LINK_BUTTONS]
    ]
    if len(links) > LINK_BUTTONS:
        lines.append(f"<i>Còn {len(links) - LINK_BUTTONS} liên kết khác: dùng dòng lệnh.</i>")
    buttons = [
        Button(f"{shorten(name, 24)} {chat_id}", f"ul:{link_id}")
        for link_id, chat_id, name, _ in links[:LINK_BUTTONS]
    ]
    await reply(rt, update, "\n".join(lines), buttons)


@allow(Role.OFFICE)
async def unlink_button(update: Update, context: BotContext, actor: Actor) -> None:
    """Remove the chosen link; the chat and the office are told."""
    rt, query = context.runtime, update.callback_query
    link_id = int(query.data.split(":")[1])
    try:
        gone = await rt.db(write.unlink_chat, link_id, at=rt.now(), actor=actor.audit_name)
    except StoreError as exc:
        await query.answer(exc.message, show_alert=True)
        return
    await query.answer()
    label = esc(f"{gone.unit_name} — {gone.chat_id}")
    await reply(rt, update, f"🔌 Đã huỷ liên kết {label}.")
    await tell_unlinked(rt, actor, gone)


@allow(Role.OFFICE)
async def revoke(update: Update, context: BotContext, actor: Actor) -> None:
    """Revoke an invite; a chat that redeemed it is unlinked: /revoke MÃ_MỜI."""
    rt = context.runtime
    if not context.args:
        await reply(rt, update, "Cách dùng: <code>/revoke MÃ_MỜI</code> (mã trong tin /invite).")
        return
    gone = await rt.db(write.revoke_invite, context.args[0], at=rt.now(), actor=actor.audit_name)
    if gone is None:
        await reply(rt, update, "🚫 Đã thu hồi mã mời; mã chưa được dùng.")
        return
    await reply(
        rt,
        update,
        f"🚫 Đã thu hồi mã mời và huỷ liên kết của <code>{gone.chat_id}</code> với "
        f"<b>{esc(gone.unit_name)}</b>. Tạo mã mới cho đúng nhóm bằng /invite.",
    )
    await tell_unlinked(rt, actor, gone)
