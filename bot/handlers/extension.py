"""Deadlines moved: ⏳ Xin gia hạn → a proposed day → Duyệt / Từ chối; /extend (/giahan)."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from sqlalchemy.orm import Session
from telegram import Update

from bot.arguments import Usage, task_id_or_usage
from bot.dates import deadline_refusal, parse_day, parse_proposal
from bot.notify import deliver, reply, tell_office, tell_units
from bot.roles import Actor, BotContext, Role, allow
from bot.runtime import Runtime
from bot.text import esc
from bot.views import TEXT_WIDTH, due_phrase
from db import read, write
from db.session import session_scope
from jobs.calendar import local_date
from jobs.extensions import decide_request
from jobs.messages.notices import format_date
from jobs.messages.sender import Button
from jobs.messages.wording import shorten
from jobs.model import StoreError
from jobs.store import change_deadline

DATE_EXAMPLES = "ví dụ «15/5», «20/5/2025» hoặc «thứ 6 tuần sau»"


def decision_buttons(request_id: int) -> tuple[Button, ...]:
    """Duyệt / Từ chối for the office, naming the stored request."""
    return (Button("✅ Duyệt", f"xa:{request_id}"), Button("❌ Từ chối", f"xr:{request_id}"))


def extendable(rt: Runtime, actor: Actor, task_id: int) -> str:
    """Why the actor's unit cannot ask to extend this task ("" when it can)."""
    with session_scope(rt.engine) as session:
        unit_ids = read.with_collectives(session, actor.unit_ids)
        task = read.task_with_details(session, task_id)
        if task is None:
            return f"Không có nhiệm vụ #{task_id}."
        if not read.leads(task, unit_ids):
            return f"Nhiệm vụ #{task_id} không do đơn vị của nhóm này chủ trì."
        if refusal := write.closed_refusal(task):
            return refusal
        if task.is_series:
            return f"Nhiệm vụ #{task_id} là nhiệm vụ định kỳ: hãy xin gia hạn từng lần thực hiện."
    return ""


@allow(Role.UNIT)
async def ask_extension(update: Update, context: BotContext, actor: Actor) -> None:
    """⏳ Xin gia hạn: ask the unit for the day it proposes."""
    rt, query = context.runtime, update.callback_query
    task_id = int(query.data.split(":")[1])
    refusal = await asyncio.to_thread(extendable, rt, actor, task_id)
    if refusal:
        await query.answer(refusal, show_alert=True)
        return
    await query.answer()
    prompt = await reply(
        rt,
        update,
        f"⏳ Xin gia hạn nhiệm vụ <b>#{task_id}</b>: hãy <b>trả lời tin này</b> bằng ngày đề "
        f"xuất ({esc(DATE_EXAMPLES)}), có thể kèm lý do sau dấu phẩy.",
        force_reply=True,
    )
    prompts = rt.extension_prompts.setdefault(actor.chat_id, {})
    await asyncio.to_thread(prompts.__setitem__, prompt, task_id)


async def propose(rt: Runtime, update: Update, actor: Actor, task_id: int, text: str) -> bool:
    """A unit's proposed day: checked, then put to the office with Duyệt / Từ chối."""
    refusal = await asyncio.to_thread(extendable, rt, actor, task_id)
    day, reason = parse_proposal(text, rt.today())
    if not refusal and day is None:
        refusal = f"Không hiểu ngày «{text.strip()}»; {DATE_EXAMPLES}."
    if not refusal:
        today = rt.today()
        refusal = deadline_refusal(day, today, earliest=today + timedelta(days=1))
    if refusal:
        await reply(rt, update, f"⛔ {esc(refusal)}")
        return False

    def request(session: Session) -> tuple[str, str, str, int]:
        """(refusal, summary, due, request id) of the proposal."""
        task = read.task_with_details(session, task_id)
        current = local_date(task.deadline, rt.zone) if task.deadline else None
        summary = esc(shorten(task.text, TEXT_WIDTH))
        due = esc(due_phrase(task, rt.now(), rt.zone))
        if current is not None and day <= current:
            return f"Ngày đề xuất phải sau hạn hiện tại ({format_date(current)}).", "", "", 0
        request = write.record_request(
            session,
            task,
            day,
            chat_id=actor.chat_id,
            reason=reason,
            by=actor.audit_name,
            at=rt.now(),
        )
        return "", summary, due, request.id

    refusal, summary, due, request_id = await rt.db(request)
    if refusal:
        await reply(rt, update, f"⛔ {esc(refusal)}")
        return False
    lines = [
        f"⏳ <b>Xin gia hạn</b> nhiệm vụ <b>#{task_id}</b>",
        f"Nội dung: {summary}",
        f"Đơn vị: {esc(actor.signature)}",
        f"Hiện tại: {due}",
        f"Đề xuất: <b>{format_date(day)}</b>",
    ]
    if reason:
        lines.append(f"Lý do: {esc(reason)}")
    sent = await tell_office(rt, "\n".join(lines), decision_buttons(request_id))
    if not sent:
        await reply(rt, update, "⛔ Chưa gửi được tới Văn phòng; hãy liên hệ Văn phòng trực tiếp.")
        return False
    await reply(
        rt,
        update,
        f"📨 Đã gửi đề nghị gia hạn nhiệm vụ <b>#{task_id}</b> đến {format_date(day)} tới "
        "Văn phòng. Bot sẽ báo lại kết quả.",
    )
    return True


async def move_deadline(rt: Runtime, actor: Actor, task_id: int, day: date, *, skip: int) -> None:
    """Give a task a new deadline, plan its reminders again, tell its units (but ``skip``); a
    refusal raises StoreError."""

    def move(session: Session) -> None:
        change_deadline(
            session,
            task_id,
            day,
            f"gia hạn đến ngày {format_date(day)}",
            by=actor.audit_name,
            planner=rt.planner,
            now=rt.now(),
        )

    async with rt.service.claim([task_id]):  # after a reminder of it in flight, if any
        await rt.db(move)
    await asyncio.to_thread(rt.service.reconcile)
    await tell_units(
        rt,
        task_id,
        f"📅 Văn phòng đã gia hạn nhiệm vụ <b>#{task_id}</b> đến <b>{format_date(day)}</b>; "
        "lịch nhắc đã được lập lại.",
        skip=skip,
    )


@allow(Role.OFFICE, Role.UNIT)
async def extend(update: Update, context: BotContext, actor: Actor) -> None:
    """Move a deadline (office) or ask to (unit): /extend ID ngày."""
    rt = context.runtime
    usage = f"Cách dùng: <code>/extend ID ngày</code> ({esc(DATE_EXAMPLES)})."
    task_id = task_id_or_usage(context.args, usage)
    wanted = " ".join(context.args[1:])
    if not wanted:
        raise Usage(usage)
    if actor.role == Role.UNIT:
        await propose(rt, update, actor, task_id, wanted)
        return
    day = parse_day(wanted, rt.today())
    if day is None:
        await reply(rt, update, f"⛔ Không hiểu ngày «{esc(wanted)}»; {esc(DATE_EXAMPLES)}.")
        return
    refusal = deadline_refusal(day, rt.today(), earliest=rt.today())
    if refusal:
        await reply(rt, update, f"⛔ {esc(refusal)}")
        return
    await move_deadline(rt, actor, task_id, day, skip=actor.chat_id)
    await reply(rt, update, f"📅 Đã gia hạn nhiệm vụ <b>#{task_id}</b> đến {format_date(day)}.")


@allow(Role.OFFICE)
async def decide_extension(
    update: Update, context: BotContext, actor: Actor
) -> None:
    """✅ Duyệt or ❌ Từ chối an extension request, once; the unit is told either way."""
    rt, query = context.runtime, update.callback_query
    action, request_id = query.data.split(":")
    approve = action == "xa"

    def decide(session: Session) -> tuple[int, date, int]:
        request = decide_request(
            session,
            int(request_id),
            approve=approve,
            by=actor.audit_name,
            at=rt.now(),
            planner=rt.planner,
        )
        return request.task_id, request.day, request.chat_id

    asked_about = await rt.db(lambda session: read.request_task(session, int(request_id)))
    try:
        async with rt.service.claim(asked_about):  # after a reminder of it in flight, if any
            task_id, day, chat_id = await rt.db(decide)
    except StoreError as exc:
        await query.answer(exc.message, show_alert=True)
        await rt.sender.clear_buttons(query.message)
        return
    await query.answer()
    if approve:
        await asyncio.to_thread(rt.service.reconcile)
        outcome = "✅ Đã duyệt"
        told = (
            f"✅ Văn phòng đã duyệt gia hạn nhiệm vụ <b>#{task_id}</b> đến "
            f"<b>{format_date(day)}</b>; lịch nhắc đã được lập lại."
        )
        await tell_units(
            rt,
            task_id,
            f"📅 Văn phòng đã gia hạn nhiệm vụ <b>#{task_id}</b> đến <b>{format_date(day)}</b>; "
            "lịch nhắc đã được lập lại.",
            skip=chat_id,
        )
    else:
        outcome = "❌ Đã từ chối"
        told = (
            f"❌ Văn phòng không đồng ý gia hạn nhiệm vụ <b>#{task_id}</b> đến {format_date(day)}; "
            "hạn giữ nguyên."
        )
    message = query.message
    await rt.sender.edit(message, f"{message.text_html}\n<b>{outcome}</b> — {esc(actor.name)}")
    await deliver(rt, chat_id, told)
