"""Registration and help: /start with an invite token, /help, /invite."""

from __future__ import annotations

from sqlalchemy.orm import Session
from telegram import Update

from bot.invites import invite_lines, issue_invite
from bot.notify import reply, tell_office
from bot.roles import Actor, BotContext, Role, allow
from bot.text import esc
from db import write
from db.models import ChatRole

HELP = {
    Role.STRANGER: (
        "👋 Đây là bot <b>Nhắc việc</b>: bot nhắc các đơn vị thực hiện nhiệm vụ theo văn bản "
        "chỉ đạo, đúng hạn.\n"
        "Nhóm/người dùng này chưa liên kết với đơn vị nào. Hãy mở đường link mời do Văn phòng "
        "gửi, hoặc gõ <code>/start MÃ_MỜI</code>."
    ),
    Role.UNIT: (
        "📋 <b>Nhắc việc — dành cho đơn vị</b>\n"
        "• Trả lời <b>xong</b> vào tin nhắc (có thể kèm ghi chú: «xong, đã gửi báo cáo số ...») "
        "hoặc bấm ✅ Xong để báo hoàn thành.\n"
        "• /xong ID [ghi chú] — báo hoàn thành nhiệm vụ #ID\n"
        "• ⏳ Xin gia hạn trên tin nhắc, hoặc /giahan ID ngày (ví dụ /giahan 12 15/5)\n"
        "• /tasks (/nhiemvu) — nhiệm vụ đang mở của đơn vị\n"
        "• /overdue (/quahan) — nhiệm vụ quá hạn của đơn vị\n"
        "• /task ID — chi tiết một nhiệm vụ"
    ),
    Role.OFFICE: (
        "🏛 <b>Nhắc việc — dành cho Văn phòng</b>\n"
        "• Gửi tệp văn bản (.pdf, .docx, .txt, .md) để bot đọc, xem trước rồi ✅ Xác nhận\n"
        "• /invite Tên đơn vị — tạo mã mời (dùng một lần) để nhóm của đơn vị liên kết\n"
        "• /units — đơn vị và nhóm đã liên kết, đơn vị chưa có nhóm\n"
        "• /unlink — huỷ liên kết một nhóm (hoặc quyền Văn phòng); /revoke MÃ — thu hồi mã mời\n"
        "• /overdue (/quahan) [trang] — quá hạn theo đơn vị, lâu nhất trước\n"
        "• /status (/tinhhinh) — số nhiệm vụ theo trạng thái và theo đơn vị\n"
        "• /tasks (/nhiemvu) [đơn vị] — nhiệm vụ đang mở\n"
        "• /task ID — chi tiết, lịch sử và lượt nhắc sắp tới\n"
        "• /remind (/nhac) ID — nhắc đơn vị ngay\n"
        "• /report (/baocao) [từ ngày] [đến ngày] — báo cáo, biểu đồ và tệp .xlsx của một kỳ\n"
        "• /done ID [ghi chú] — ghi nhận hoàn thành thay đơn vị\n"
        "• /reopen ID [lý do] — trả lại (mở lại), nhắc việc tiếp tục; hoặc trả lời «trả lại» "
        "vào tin báo hoàn thành\n"
        "• /extend (/giahan) ID ngày — gia hạn (ví dụ /giahan 12 thứ 6 tuần sau)"
    ),
}


async def start(update: Update, context: BotContext) -> None:
    """Link this chat to a unit with an invite token, or greet whoever asks."""
    rt = context.runtime
    actor = context.actor
    if not context.args:
        await reply(rt, update, HELP[actor.role])
        return
    title = update.effective_chat.title if update.effective_chat else None

    def redeem(session: Session) -> tuple[str, ChatRole]:
        chat = write.redeem_invite(
            session,
            context.args[0],
            chat_id=actor.chat_id,
            user_id=actor.user_id,
            now=rt.now(),
            actor=actor.audit_name,
            zone=rt.zone,
            title=title or (update.effective_chat.full_name if update.effective_chat else None),
        )
        return chat.unit.name, chat.role

    unit_name, role = await rt.db(redeem)
    where = "nhóm này" if title else "cuộc trò chuyện này"
    extra = " với quyền Văn phòng" if role == ChatRole.OFFICE_ADMIN else ""
    await reply(
        rt,
        update,
        f"✅ Đã liên kết {where} với <b>{esc(unit_name)}</b>{extra}. Bot sẽ gửi nhắc việc của "
        "đơn vị vào đây; khi xong, trả lời «xong» vào tin nhắc. Gõ /help để xem hướng dẫn.",
    )
    chat_label = f"nhóm «{title}»" if title else f"người dùng {actor.name}"
    await tell_office(
        rt,
        f"🔗 {esc(chat_label)} (<code>{actor.chat_id}</code>) đã liên kết với "
        f"<b>{esc(unit_name)}</b> bằng mã mời (bởi {esc(actor.name)}).",
        skip=actor.chat_id,
    )


@allow(Role.STRANGER, Role.UNIT, Role.OFFICE)
async def help_command(update: Update, context: BotContext, actor: Actor) -> None:
    """Say what the asking role can do."""
    await reply(context.runtime, update, HELP[actor.role])


@allow(Role.OFFICE)
async def invite(update: Update, context: BotContext, actor: Actor) -> None:
    """Create a single-use invite for a unit: /invite Tên đơn vị."""
    rt = context.runtime
    name = " ".join(context.args or ())
    if not name:
        await reply(
            rt, update, "Cách dùng: <code>/invite Tên đơn vị</code>, ví dụ /invite Phòng Nội vụ"
        )
        return
    issued = await rt.db(
        issue_invite,
        rt.resolver,
        name,
        role=ChatRole.MEMBER,
        now=rt.now(),
        days=rt.bot_settings.invite_days,
        actor=actor.audit_name,
    )
    lines = [esc(line) for line in invite_lines(issued, rt.bot_username, rt.zone)]
    lines[0] = f"🎟 {lines[0]}"
    lines[1] = f"Mã: <code>{esc(issued.token)}</code>"
    await reply(rt, update, "\n".join(lines))
