"""Evidence (minh chứng): a unit closes a task with a file, the office requires and opens it.

- A file (document or photo) replying to a reminder with "xong" in its caption closes the task
  with the file kept as evidence; "xong #12" in the caption names the task anywhere.
- When the office requires evidence (``/minhchung 12``, ``/minhchung vb 3`` for a directive),
  a "xong" without a file asks for one; the file sent in reply (or next) closes the task.
- ``/task`` lists the evidence; the office opens a file from there (sent again by file_id).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy.orm import Session
from telegram import Message, Update
from telegram.error import TelegramError

from bot import evidence as evidence_store
from bot.arguments import task_id_or_usage
from bot.completion import parse_completion
from bot.evidence import EvidenceFile, evidence_prompts
from bot.handlers import ingest
from bot.handlers.completion import close_and_tell, replied_task
from bot.notify import reply
from bot.pending import ChatPrompts
from bot.roles import Actor, BotContext, Role, allow
from bot.text import esc
from db import read
from db.models import Directive, TaskEvidence

log = logging.getLogger(__name__)

HASH_LIMIT = 20 * 1024 * 1024  # what the Bot API lets a bot download (getFile)
OFF_WORDS = frozenset({"tắt", "tat", "bỏ", "bo", "không", "khong", "off"})


def uploaded_file(update: Update) -> EvidenceFile | None:
    """The document or photo (its largest size) of a message, as evidence."""
    message = update.effective_message
    if message.document is not None:
        document = message.document
        name = document.file_name or f"tệp {message.message_id}"
        return EvidenceFile(
            "document",
            document.file_id,
            document.file_unique_id,
            name,
            document.file_size,
            message.chat.id,
            message.message_id,
        )
    if message.photo:
        photo = message.photo[-1]
        return EvidenceFile(
            "photo",
            photo.file_id,
            photo.file_unique_id,
            f"ảnh {message.message_id}.jpg",
            photo.file_size,
            message.chat.id,
            message.message_id,
        )
    return None


async def with_hash(context: BotContext, file: EvidenceFile) -> EvidenceFile:
    """The file with its SHA-256 when the bot can download it; as it is otherwise."""
    if file.size is not None and file.size > HASH_LIMIT:
        return file
    try:
        telegram_file = await context.bot.get_file(file.file_id)
        return file.with_bytes(bytes(await telegram_file.download_as_bytearray()))
    except TelegramError as exc:
        log.warning("evidence %s not downloaded: %s", file.name, exc)
        return file


async def on_file(update: Update, context: BotContext) -> None:
    """A file: a unit's evidence, or a directive the office sends (private or office chat)."""
    rt = context.runtime
    actor = context.actor
    chat = update.effective_chat
    if actor.role == Role.UNIT and (
        await receive_evidence(update, context, actor) or chat.type != "private"
    ):
        return
    office = rt.settings.telegram.office_chat_id
    if chat is not None and (chat.type == "private" or chat.id == office):
        if update.effective_message.document is not None:
            await ingest.receive_document(update, context)
        else:
            await ingest.receive_photo(update, context)


async def receive_evidence(
    update: Update, context: BotContext, actor: Actor
) -> bool:
    """A unit's file: with "xong" in its caption, or the answer to the evidence question;
    False when it is neither (left alone in a group, refused as an upload in private)."""
    rt = context.runtime
    message = update.effective_message
    file = uploaded_file(update)
    if file is None:
        return False
    caption = message.caption or ""
    completion = parse_completion(caption) if caption.strip() else None
    prompts = evidence_prompts(rt)[actor.chat_id]
    prompt_id = None
    if completion is not None:
        task_id = completion.task_id or await asyncio.to_thread(replied_task, rt, message)
        note = completion.note
        if task_id is None:
            await reply(
                rt,
                update,
                "Chưa rõ tệp này là minh chứng của nhiệm vụ nào. Hãy gửi lại tệp bằng cách "
                "<b>trả lời tin nhắc</b> của nhiệm vụ, kèm chú thích «xong», hoặc ghi mã nhiệm "
                "vụ trong chú thích, ví dụ «xong #12».",
            )
            return True
    else:
        found = await asyncio.to_thread(asked_question, prompts, message.reply_to_message)
        if found is None:
            return False  # a file about something else
        prompt_id, asked = found
        task_id, note = int(asked["task"]), asked.get("note")
    file = await with_hash(context, file)
    if await close_and_tell(rt, update, actor, task_id, note, evidence=file) and prompt_id:
        await asyncio.to_thread(prompts.pop, prompt_id, None)
    return True


def asked_question(prompts: ChatPrompts, replied: Message | None) -> tuple[int, Any] | None:
    """The evidence question a file answers: the one it replies to, or the chat's latest."""
    if replied is None:
        return prompts.latest()
    asked = prompts.get(replied.message_id)
    return None if asked is None else (replied.message_id, asked)


@allow(Role.OFFICE)
async def require(update: Update, context: BotContext, actor: Actor) -> None:
    """/minhchung ID, or /minhchung vb ID (a directive); "tắt" at the end stops requiring."""
    rt = context.runtime
    args = [a.lower() for a in context.args or ()]
    off = bool(args) and args[-1] in OFF_WORDS
    args = args[:-1] if off else args
    directive = bool(args) and args[0] in ("vb", "vanban", "văn_bản", "văn-bản")
    number = task_id_or_usage(
        args[1:] if directive else args,
        "Cách dùng: <code>/minhchung ID</code> (một nhiệm vụ), <code>/minhchung vb ID</code> "
        "(mọi nhiệm vụ của một văn bản); thêm «tắt» để bỏ yêu cầu.",
    )

    def set_rule(session: Session) -> tuple[bool, bool]:
        if directive:
            exists = session.get(Directive, number) is not None
        else:
            exists = read.task_with_details(session, number) is not None
        changed = exists and evidence_store.set_rule(
            session,
            task_id=None if directive else number,
            directive_id=number if directive else None,
            required=not off,
            at=rt.now(),
            by=actor.audit_name,
        )
        return exists, changed

    exists, changed = await rt.db(set_rule)
    what = f"văn bản #{number}" if directive else f"nhiệm vụ #{number}"
    if not exists:
        await reply(rt, update, f"⛔ Không có {what}.")
        return
    if off:
        done = "Đã bỏ yêu cầu minh chứng" if changed else "Chưa có yêu cầu minh chứng"
        await reply(rt, update, f"📎 {done} cho {what}.")
        return
    already = "" if changed else " (đã yêu cầu từ trước)"
    await reply(
        rt,
        update,
        f"📎 Từ nay {what} cần minh chứng{already}: đơn vị báo «xong» phải gửi kèm tệp hoặc "
        "ảnh.",
    )


@allow(Role.OFFICE)
async def open_evidence(update: Update, context: BotContext, actor: Actor) -> None:
    """📎 under /task: the office gets the file again (sent by its file_id)."""
    rt, query = context.runtime, update.callback_query
    evidence_id = int(query.data.split(":")[1])
    row = await rt.db(Session.get, TaskEvidence, evidence_id)
    if row is None:
        await query.answer("Không còn tệp minh chứng này.", show_alert=True)
        return
    await query.answer()
    caption = f"📎 Minh chứng nhiệm vụ #{row.task_id}: {esc(row.file_name)}"
    send = context.bot.send_photo if row.kind == "photo" else context.bot.send_document
    try:
        await send(actor.chat_id, row.file_id, caption=caption, parse_mode="HTML")
    except TelegramError as exc:
        log.warning("evidence %s not sent: %s", evidence_id, exc)
        await reply(rt, update, "⛔ Telegram không gửi lại được tệp này; hãy hỏi đơn vị gửi lại.")
