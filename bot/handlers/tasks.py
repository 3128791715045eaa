"""One task and the totals: /task ID, /status, /remind ID (and the 🔔 Nhắc ngay button)."""

from __future__ import annotations

import asyncio
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session
from telegram import Update

from bot import evidence as evidence_store
from bot.arguments import task_id_or_usage
from bot.notify import reply
from bot.roles import OUTSIDE_OFFICE, Actor, BotContext, Role, allow, outside_office
from bot.runtime import Runtime
from bot.text import esc
from bot.views import parts_noun, status_text, task_details
from db import read, write
from db.models import Task, TaskEvidence
from db.session import session_scope
from jobs.messages.notices import format_instant
from jobs.messages.sender import Button
from jobs.summary.report import ReportError, requested_period
from jobs.summary.weekly import post_report


def parts_text(session: Session, task: Task) -> str:
    """The members of a collective's task, each done or not ("" for other tasks)."""
    parts = read.task_parts(task)
    if not parts:
        return ""
    done = read.done_members(session, task.id)
    noun = parts_noun([u.name for u in parts])
    lines = [
        f"\n<b>Tiến độ: {len(done & {u.id for u in parts})}/{len(parts)} {noun} đã hoàn thành</b>"
    ]
    lines += [f"{'✅' if u.id in done else '⏳'} {esc(u.name)}" for u in parts]
    return "\n".join(lines)


@allow(Role.OFFICE, Role.UNIT)
async def task(update: Update, context: BotContext, actor: Actor) -> None:
    """One task with its history and next reminders: /task ID."""
    rt = context.runtime
    task_id = task_id_or_usage(context.args, "Cách dùng: <code>/task ID</code>, ví dụ /task 12")

    def details(session: Session) -> tuple[bool, bool, str, list[TaskEvidence], bool]:
        """(found, allowed, text, files, evidence required) of the task."""
        found = read.task_with_details(session, task_id)
        allowed = found is not None and (
            actor.role == Role.OFFICE or read.involves(session, task_id, actor.unit_ids)
        )
        if found is None or not allowed:
            return found is not None, allowed, "", [], False
        history = read.task_history(session, task_id)
        text = task_details(
            found, history, rt.now(), rt.zone, rt.settings.reminders.due_soon_days
        ) + parts_text(session, found)
        files = evidence_store.evidence_of(session, task_id)
        text += evidence_text(files, rt.zone)
        return True, True, text, files, evidence_store.requires_evidence(session, task_id)

    found, allowed, text, files, required = await rt.db(details)
    if not found:
        await reply(rt, update, f"⛔ Không có nhiệm vụ #{task_id}.")
    elif not allowed:
        await reply(
            rt, update, f"⛔ Nhiệm vụ #{task_id} không phải của đơn vị {esc(actor.unit_names)}."
        )
    else:
        if required:
            text += "\n<i>📎 Văn phòng yêu cầu minh chứng khi báo hoàn thành.</i>"
        buttons = []
        if actor.role == Role.OFFICE:  # the office opens the files from here
            buttons = [
                Button(f"📎 Mở minh chứng {n}", f"ev:{row.id}")
                for n, row in enumerate(files, start=1)
            ]
        await reply(rt, update, text, buttons)


def evidence_text(files: list[TaskEvidence], zone: ZoneInfo) -> str:
    """The task's evidence, one line a file ("" when it has none)."""
    if not files:
        return ""
    lines = ["", "<b>Minh chứng</b>"]
    for number, row in enumerate(files, start=1):
        size = evidence_store.size_text(row.file_size)
        digest = f", SHA-256 {row.sha256[:12]}…" if row.sha256 else ""
        when = format_instant(row.added_at, zone)
        lines.append(
            f"{number}. {esc(row.file_name)} ({size}{digest}) — {when}, {esc(row.added_by)}"
        )
    return "\n".join(lines)


@allow(Role.OFFICE)
async def status(update: Update, context: BotContext, actor: Actor) -> None:
    """Counts per status category and per unit: /status."""
    rt = context.runtime
    if outside_office(actor):
        await reply(rt, update, f"⛔ {esc(OUTSIDE_OFFICE)}")
        return
    now = rt.now()
    overview = await rt.db(read.status_overview, now, rt.soon_limit())
    await reply(rt, update, status_text(overview.totals, overview.by_unit, now, rt.zone))


@allow(Role.OFFICE)
async def report(update: Update, context: BotContext, actor: Actor) -> None:
    """A period's summary, chart and workbook: /report [từ ngày] [đến ngày]."""
    rt = context.runtime
    if outside_office(actor):
        await reply(rt, update, f"⛔ {esc(OUTSIDE_OFFICE)}")
        return
    days = context.args or []
    if len(days) > 2:
        await reply(rt, update, "Cách dùng: /report [từ ngày] [đến ngày], ví dụ /report 1/4/2024")
        return
    first, last = [*days, None, None][:2]
    try:
        period = requested_period(first, last, rt.now(), rt.zone)
    except ReportError as exc:
        await reply(rt, update, f"⛔ {esc(exc)}")
        return
    await post_report(rt.engine, rt.sender, rt.settings, update.effective_chat.id, period, rt.now())


async def remind_now(rt: Runtime, task_id: int) -> str:
    """Queue a task's reminder for its units and start a delivery pass without waiting for it
    (a pass under way takes it over); what to tell the office."""
    refusal = await asyncio.to_thread(queue_now, rt, task_id)
    if refusal is not None:
        return refusal
    rt.service.deliver_soon()
    return f"🔔 Đã gửi nhắc nhiệm vụ #{task_id} tới đơn vị."


def queue_now(rt: Runtime, task_id: int) -> str | None:
    """Queue the reminder (in a worker thread); why not, if it cannot be."""
    with session_scope(rt.engine) as session:
        found = read.task_with_details(session, task_id)
        if found is None:
            return f"⛔ Không có nhiệm vụ #{task_id}."
        if found.done_at is not None:
            return f"Nhiệm vụ #{task_id} đã hoàn thành, không cần nhắc."
        if found.is_series:
            return f"Nhiệm vụ #{task_id} là nhiệm vụ định kỳ: hãy nhắc từng lần thực hiện."
        write.queue_reminder(session, found, now=rt.now(), zone=rt.zone)
    return None


@allow(Role.OFFICE)
async def remind(update: Update, context: BotContext, actor: Actor) -> None:
    """Send a task's reminder now: /remind ID."""
    rt = context.runtime
    task_id = task_id_or_usage(
        context.args, "Cách dùng: <code>/remind ID</code>, ví dụ /remind 12"
    )
    await reply(rt, update, await remind_now(rt, task_id))


@allow(Role.OFFICE)
async def remind_button(update: Update, context: BotContext, actor: Actor) -> None:
    """🔔 Nhắc ngay on an escalation."""
    rt, query = context.runtime, update.callback_query
    await query.answer()
    await reply(rt, update, await remind_now(rt, int(query.data.split(":")[1])))
