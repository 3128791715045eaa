"""Closing and reopening tasks: "xong" replies, /xong, /done, ✅, /reopen, "trả lại", ↩️."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.orm import Session
from telegram import Message, Update
from telegram.error import TelegramError

from bot import evidence as evidence_store
from bot.arguments import task_id_argument, task_id_or_usage
from bot.completion import Completion, Hedged, Return, read_replied_tasks, replies_to_bot
from bot.evidence import EvidenceFile
from bot.notify import reply, tell_office, tell_units
from bot.reminders import unit_buttons
from bot.roles import Actor, BotContext, Role, allow
from bot.runtime import Runtime
from bot.sender import ChatUnavailable
from bot.text import esc
from bot.views import completion_notice, parts_noun
from db import read, write
from db.session import session_scope
from db.write import audit
from jobs.messages.sender import Button, listed_buttons
from jobs.messages.wording import shorten
from jobs.store import reopen_task

log = logging.getLogger(__name__)

QUESTION_LIMIT = 8  # tasks offered as buttons after a bare "xong"
WHOLE, NOT_YET = "✅ Đã hoàn thành toàn bộ", "⏳ Chưa"  # the buttons under a hedged "xong"


def replied_tasks(rt: Runtime, message: Message) -> list[int]:
    """The tasks a reply is about: those of the reminder it answers (several when grouped),
    or the one task the message names."""
    if not replies_to_bot(message):
        return []
    with session_scope(rt.engine) as session:
        return read_replied_tasks(session, message)


def replied_task(rt: Runtime, message: Message) -> int | None:
    """The one task a reply is about (None for none, or for a grouped reminder's several)."""
    tasks = replied_tasks(rt, message)
    return tasks[0] if len(tasks) == 1 else None


def lists_tasks(message: Message) -> bool:
    """Whether a message is a grouped reminder: the ⏳ buttons of several tasks."""
    markup = message.reply_markup
    rows = markup.inline_keyboard if markup is not None else ()
    data = {str(button.callback_data) for row in rows for button in row}
    return len({one for one in data if one.startswith("ext:")}) > 1


def progress(closed: write.Closed) -> str:
    """ "2/3 xã đã hoàn thành; còn: UBND xã C" for a collective's task ("" for others)."""
    if not closed.parts:
        return ""
    line = f"{closed.done}/{closed.parts} {parts_noun(closed.names)} đã hoàn thành"
    return f"{line}; còn: {', '.join(closed.missing)}" if closed.missing else line


async def close_and_tell(
    rt: Runtime,
    update: Update,
    actor: Actor,
    task_id: int,
    note: str | None,
    *,
    member_id: int | None = None,
    evidence: EvidenceFile | None = None,
) -> bool:
    """Close a task (or the actor's part of it), confirm in the chat, tell the office (or unit).

    ``evidence``: the file the unit sent with it, kept with the task. A unit's "xong" without
    one, on a task the office requires evidence for, is answered with a question instead.
    Returns whether the task (or part) was closed; a refusal raises StoreError.
    """
    at = rt.now()
    if evidence is not None:  # the note (the workbook's "Ghi chú") names the file
        note = f"{note} — minh chứng: {evidence.name}" if note else f"minh chứng: {evidence.name}"

    def close(session: Session) -> tuple[write.Closed, str] | None:
        """One unit of work: close, or None when the unit's "xong" needs its evidence first."""
        unit_ids = None
        if actor.role != Role.OFFICE:
            unit_ids = read.with_collectives(session, actor.unit_ids)
            wanted = evidence is None and evidence_store.requires_evidence(session, task_id)
            wanted = wanted and read.involves(session, task_id, unit_ids)
            if wanted and write.lock_open_task(session, task_id):
                return None
        closed = write.close_task(
            session,
            task_id,
            by=actor.audit_name,
            at=at,
            note=note,
            unit_ids=unit_ids,
            zone=rt.zone,
            member_id=member_id,
        )
        if evidence is not None:
            unit = next(iter(sorted(actor.unit_ids)), None)
            kept = evidence_store.keep(
                session, task_id, evidence, unit_id=unit, at=at, by=actor.audit_name
            )
            session.flush()
            details = {"evidence": kept.id, "file": evidence.name, "sha256": evidence.sha256}
            audit(session, at, actor.audit_name, "task.evidence", "task", task_id, **details)
        return closed, completion_notice(
            closed.task, actor.signature, at, closed.late_days, rt.zone
        )

    outcome = await rt.db(close)
    if outcome is None:
        await evidence_store.ask_for_evidence(rt, update, actor.chat_id, task_id, note)
        return False
    closed, notice = outcome
    if evidence is not None:
        size = evidence_store.size_text(evidence.size)
        notice += f"\n📎 Minh chứng: {esc(evidence.name)} ({size}); mở bằng /task {task_id}."
    rt.spawn(clear_reminder_buttons(rt, task_id, closed))  # best effort, not waited for
    timing = f"muộn {closed.late_days} ngày" if closed.late_days else "đúng hạn"
    done_line = esc(progress(closed))
    if not closed.whole:
        names = esc(", ".join(closed.closed))
        await reply(
            rt,
            update,
            f"✅ Đã ghi nhận <b>{names}</b> hoàn thành phần của mình trong nhiệm vụ "
            f"<b>#{task_id}</b> ({timing}). {done_line}.",
        )
        await tell_office(
            rt,
            f"✅ <b>{names}</b> đã hoàn thành phần của mình trong nhiệm vụ <b>#{task_id}</b> "
            f"({timing}), báo bởi {esc(actor.signature)}.\n{done_line}."
            + (f"\nGhi chú: {esc(note)}" if note else ""),
            skip=actor.chat_id,
        )
        return True
    extra = f" {done_line}." if done_line else ""
    await reply(
        rt,
        update,
        f"✅ Đã ghi nhận hoàn thành nhiệm vụ <b>#{task_id}</b> ({timing}). "
        f"Các lượt nhắc còn lại đã được huỷ.{extra}",
    )
    notice = f"{notice}\n{done_line}." if done_line else notice
    await tell_office(rt, notice, [Button("↩️ Trả lại", f"reopen:{task_id}")], skip=actor.chat_id)
    if actor.role == Role.OFFICE:
        await tell_units(
            rt,
            task_id,
            f"✅ Văn phòng đã ghi nhận hoàn thành nhiệm vụ <b>#{task_id}</b> thay đơn vị.",
            skip=actor.chat_id,
        )
    return True


def answered_reminders(
    rt: Runtime, task_id: int, closed: write.Closed
) -> list[tuple[int, int, tuple[Button, ...]]]:
    """The reminder messages whose ✅/⏳ for this task no longer apply: every one of a task now
    done, those in the chats of the members that just closed their part; with the buttons a
    grouped one keeps for its other open tasks (in a worker thread)."""
    with session_scope(rt.engine) as session:
        chats = None
        if not closed.whole:
            task = read.task_with_details(session, task_id)
            parts = read.task_parts(task) if task is not None else []
            units = [unit.id for unit in parts if unit.name in closed.closed]
            chats = read.unit_chat_ids(session, units)
        answered = []
        for chat_id, message_id in read.reminder_messages(session, task_id, chats):
            listed = read.tasks_for_message(session, chat_id, message_id)
            others = read.open_among(session, (t for t in listed if t != task_id))
            left = listed_buttons((other, unit_buttons(other)) for other in others)
            answered.append((chat_id, message_id, left if len(listed) > 1 else ()))
        return answered


async def clear_reminder_buttons(rt: Runtime, task_id: int, closed: write.Closed) -> None:
    """Take a closed task's buttons off its earlier reminders; a chat that fails is skipped."""
    answered = await asyncio.to_thread(answered_reminders, rt, task_id, closed)
    for chat_id, message_id, left in answered:
        try:
            await rt.sender.clear_buttons_of(chat_id, message_id, left)
        except (ChatUnavailable, TelegramError) as exc:
            log.info("buttons of reminder %s in chat %s left: %s", message_id, chat_id, exc)


def open_parts(rt: Runtime, task_id: int) -> list[tuple[int, str]]:
    """The members whose part of a collective task is still open (none for other tasks)."""
    with session_scope(rt.engine) as session:
        task = read.task_with_details(session, task_id)
        if task is None or task.done_at is not None:
            return []
        done = read.done_members(session, task_id)
        return [(u.id, u.name) for u in read.task_parts(task) if u.id not in done]


async def ask_which(
    rt: Runtime, update: Update, actor: Actor, note: str | None, among: list[int] | None = None
) -> None:
    """A bare "xong": close the unit's one open task, or ask which of several it means
    (``among``: the tasks of the grouped reminder it answers)."""
    if among is None and not actor.units:
        await reply(rt, update, "Hãy ghi mã nhiệm vụ, ví dụ <code>/done 12</code>.")
        return

    def open_choices(session: Session) -> tuple[int, list[tuple[int, str]]]:
        found = read.open_tasks(
            session,
            unit_ids=actor.unit_ids if actor.units else None,
            task_ids=among,
            lead_only=True,
            limit=QUESTION_LIMIT,
        )
        return found.total, [(task.id, shorten(task.text, 40)) for task in found.tasks]

    total, choices = await rt.db(open_choices)
    if total == 0:
        none = (
            "Các nhiệm vụ trong tin nhắc này đều đã hoàn thành."
            if among
            else f"Đơn vị {esc(actor.unit_names)} không có nhiệm vụ nào đang mở."
        )
        await reply(rt, update, none)
        return
    if total == 1:
        await close_and_tell(rt, update, actor, choices[0][0], note)
        return
    more = total - len(choices)
    where = "Tin nhắc này có" if among else "Đơn vị đang có"
    lines = [
        f"{where} {total} nhiệm vụ chưa hoàn thành. Nhiệm vụ nào đã xong?",
        *([f"<i>Còn {more} nhiệm vụ khác: dùng /xong ID.</i>"] if more > 0 else []),
    ]
    buttons = [Button(f"#{task_id} {text}", f"done:{task_id}") for task_id, text in choices]
    question = await reply(rt, update, "\n".join(lines), buttons)
    await keep_note(rt, actor, question, note)


async def keep_note(rt: Runtime, actor: Actor, question: int, note: str | None) -> None:
    """Keep the note of a "xong" until its question is answered (in a worker thread)."""
    notes = rt.pending_notes.get(actor.chat_id, {})
    await asyncio.to_thread(notes.__setitem__, question, note)


async def report_completion(
    rt: Runtime, update: Update, actor: Actor, completion: Completion, replied: list[int]
) -> None:
    """A "xong" message: the task it names, the reminder it answers (``replied``: its tasks,
    read with the update's identification), or the question."""
    task_id = completion.task_id
    replied = [] if task_id else replied
    if len(replied) == 1:
        task_id = replied[0]
    if task_id is None:
        await ask_which(rt, update, actor, completion.note, among=replied or None)
    else:
        await close_and_tell(rt, update, actor, task_id, completion.note)


def hedged_task(rt: Runtime, actor: Actor, message: Message, hedge: Hedged) -> int | None:
    """The open task of the unit a hedged "xong" is about: the one it names, the reminder it
    answers, or the unit's only open task (None when unclear, done or not the unit's)."""
    task_id = hedge.task_id or replied_task(rt, message)
    with session_scope(rt.engine) as session:
        if task_id is None:
            found = read.open_tasks(
                session, unit_ids=actor.unit_ids, lead_only=True, limit=1
            )
            task_id = found.tasks[0].id if found.total == 1 else None
        if task_id is None or not read.involves(session, task_id, actor.unit_ids):
            return None
        task = read.task_with_details(session, task_id)
        if task is None or task.done_at is not None:
            return None
        mine = {u.id for u in read.task_parts(task)} & actor.unit_ids
        done = read.done_members(session, task_id)
        return None if mine and mine <= done else task_id  # a member's part already closed


async def ask_whole(rt: Runtime, update: Update, actor: Actor, hedge: Hedged) -> None:
    """A "xong" that defers or limits itself closes nothing: ask if the whole task is done."""
    task_id = await asyncio.to_thread(hedged_task, rt, actor, update.effective_message, hedge)
    if task_id is None:
        return
    await reply(
        rt,
        update,
        f"Đơn vị đã hoàn thành toàn bộ nhiệm vụ <b>#{task_id}</b> chưa?\n"
        "<i>Tin vừa rồi chưa được ghi nhận là hoàn thành.</i>",
        [Button(WHOLE, f"whole:{task_id}"), Button(NOT_YET, f"notyet:{task_id}")],
    )


async def reopen_and_tell(
    rt: Runtime, update: Update, actor: Actor, task_id: int, note: str | None
) -> None:
    """Refuse a completion: the task is open again, its reminders resume, the unit is told."""
    now = rt.now()

    def reopen(session: Session) -> str:
        reopened = reopen_task(session, task_id, by=actor.audit_name, planner=rt.planner, now=now)
        if note:
            audit(session, now, actor.audit_name, "task.return", "task", task_id, note=note)
        return shorten(reopened.text, 110)

    async with rt.service.claim([task_id]):  # after a reminder of it in flight, if any
        text = await rt.db(reopen)
    await asyncio.to_thread(rt.service.reconcile)
    why = f"\nLý do: {esc(note)}" if note else ""
    await reply(rt, update, f"↩️ Đã trả lại nhiệm vụ <b>#{task_id}</b>; nhắc việc tiếp tục.{why}")
    await tell_units(
        rt,
        task_id,
        f"↩️ Văn phòng chưa ghi nhận hoàn thành nhiệm vụ <b>#{task_id}</b> ({esc(text)}); "
        f"nhiệm vụ được mở lại và bot tiếp tục nhắc.{why}",
        skip=actor.chat_id,
    )


async def return_completion(rt: Runtime, update: Update, actor: Actor, refusal: Return) -> None:
    """The office answers "trả lại" to a completion notice."""
    task_id = await asyncio.to_thread(replied_task, rt, update.effective_message)
    if task_id is None:
        await reply(
            rt, update, "Hãy trả lời «trả lại» vào tin báo hoàn thành, hoặc dùng /reopen ID."
        )
        return
    await reopen_and_tell(rt, update, actor, task_id, refusal.note)


@allow(Role.UNIT, Role.OFFICE)
async def xong(update: Update, context: BotContext, actor: Actor) -> None:
    """Report a task done: /xong ID [ghi chú], or /xong alone to choose."""
    rt = context.runtime
    task_id = task_id_argument(context.args)
    note = " ".join((context.args or [])[1:]) or None
    if task_id is None:
        await ask_which(rt, update, actor, " ".join(context.args or ()) or None)
    else:
        await close_and_tell(rt, update, actor, task_id, note)


@allow(Role.OFFICE)
async def done(update: Update, context: BotContext, actor: Actor) -> None:
    """The office closes a task on a unit's behalf: /done ID [ghi chú]."""
    rt = context.runtime
    task_id = task_id_or_usage(
        context.args, "Cách dùng: <code>/done ID [ghi chú]</code>, ví dụ /done 12"
    )
    note = " ".join(context.args[1:]) or None
    members = await asyncio.to_thread(open_parts, rt, task_id)
    if len(members) < 2:
        await close_and_tell(rt, update, actor, task_id, note)
        return
    buttons = [Button(shorten(name, 40), f"dm:{task_id}:{unit_id}") for unit_id, name in members]
    buttons.append(Button("✅ Tất cả", f"done:{task_id}"))
    question = await reply(
        rt,
        update,
        f"Nhiệm vụ <b>#{task_id}</b> giao cho nhiều đơn vị; còn {len(members)} đơn vị chưa "
        "hoàn thành. Ghi nhận hoàn thành cho đơn vị nào?",
        buttons,
    )
    await keep_note(rt, actor, question, note)


@allow(Role.OFFICE)
async def reopen(update: Update, context: BotContext, actor: Actor) -> None:
    """Refuse a completion; reminders resume: /reopen ID [lý do]."""
    rt = context.runtime
    task_id = task_id_or_usage(
        context.args, "Cách dùng: <code>/reopen ID [lý do]</code>, ví dụ /reopen 12"
    )
    await reopen_and_tell(rt, update, actor, task_id, " ".join(context.args[1:]) or None)


@allow(Role.UNIT, Role.OFFICE)
async def done_button(update: Update, context: BotContext, actor: Actor) -> None:
    """✅ Xong on a reminder, or a task chosen after a bare "xong"."""
    rt, query = context.runtime, update.callback_query
    await query.answer()
    message = query.message
    notes = rt.pending_notes.get(actor.chat_id, {})
    note = await asyncio.to_thread(notes.pop, message.message_id, None)
    closed = await close_and_tell(rt, update, actor, int(query.data.split(":")[1]), note)
    if closed and not lists_tasks(message):  # a grouped reminder loses this task's row only
        await rt.sender.clear_buttons(message)


@allow(Role.UNIT)
async def whole_button(update: Update, context: BotContext, actor: Actor) -> None:
    """✅ Đã hoàn thành toàn bộ, after a hedged "xong": close it as a plain "xong" would."""
    rt, query = context.runtime, update.callback_query
    await query.answer()
    if await close_and_tell(rt, update, actor, int(query.data.split(":")[1]), None):
        await rt.sender.clear_buttons(query.message)


def unit_takes_part(rt: Runtime, actor: Actor, task_id: int) -> bool:
    """Whether the actor's units (or a collective of theirs) take part in the task."""
    with session_scope(rt.engine) as session:
        return read.involves(session, task_id, actor.unit_ids)


@allow(Role.UNIT)
async def not_yet_button(update: Update, context: BotContext, actor: Actor) -> None:
    """⏳ Chưa, after a hedged "xong": nothing changes; the reminders go on."""
    rt, query = context.runtime, update.callback_query
    task_id = int(query.data.split(":")[1])
    if not await asyncio.to_thread(unit_takes_part, rt, actor, task_id):
        await query.answer(
            f"Nhiệm vụ #{task_id} không do đơn vị của nhóm này chủ trì.", show_alert=True
        )
        return
    await query.answer()
    await rt.sender.clear_buttons(query.message)
    await reply(
        rt,
        update,
        f"Dạ, nhiệm vụ <b>#{task_id}</b> vẫn đang thực hiện; bot sẽ tiếp tục nhắc. Khi hoàn "
        "thành toàn bộ, đơn vị trả lời «xong» vào tin nhắc hoặc bấm ✅ Xong.",
    )


@allow(Role.OFFICE)
async def member_done_button(
    update: Update, context: BotContext, actor: Actor
) -> None:
    """The office closes one member's part of a collective task (after /done ID)."""
    rt, query = context.runtime, update.callback_query
    await query.answer()
    _, task_id, unit_id = query.data.split(":")
    notes = rt.pending_notes.get(actor.chat_id, {})
    note = await asyncio.to_thread(notes.get, query.message.message_id)
    if await close_and_tell(rt, update, actor, int(task_id), note, member_id=int(unit_id)):
        members = await asyncio.to_thread(open_parts, rt, int(task_id))
        if len(members) < 1:
            await rt.sender.clear_buttons(query.message)
            return
        buttons = [Button(shorten(name, 40), f"dm:{task_id}:{uid}") for uid, name in members]
        buttons.append(Button("✅ Tất cả", f"done:{task_id}"))
        await rt.sender.edit(query.message, query.message.text_html, buttons)


@allow(Role.OFFICE)
async def reopen_button(update: Update, context: BotContext, actor: Actor) -> None:
    """↩️ Trả lại on a completion notice."""
    rt, query = context.runtime, update.callback_query
    await query.answer()
    await reopen_and_tell(rt, update, actor, int(query.data.split(":")[1]), None)
    await rt.sender.clear_buttons(query.message)
