"""Directives sent to the bot: download, read, preview, edits, ✅ Xác nhận or ❌ Hủy.

Nothing is stored before the office confirms; the draft waits in memory, one per chat. A
document without a task offers no ✅ Xác nhận, and one whose deadlines wait for the directive's
date is refused until the office sets it. The unknown names the office mapped are stored as
aliases with the directive, and every later upload resolves them.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.orm import Session
from telegram import Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.completion import fold
from bot.drafts import Draft, DraftError, preview_text
from bot.notify import reply
from bot.roles import Actor, Role, allow
from bot.runtime import Runtime, runtime
from bot.text import esc
from bot.units import learn_stored_aliases, remember_alias
from db import queries
from db.models import UnitRole
from db.session import session_scope
from jobs.errors import IngestError
from jobs.ingest.pipeline import extract_text
from jobs.ingest.reading import check_size, check_suffix, read_bytes
from jobs.ingest.textfix import repair_text
from jobs.model import Extraction
from jobs.sender import Button
from jobs.store import StoreError, file_sha256, store_extraction

log = logging.getLogger(__name__)

TELEGRAM_DOWNLOAD_LIMIT = "20 MB"  # what the Bot API lets a bot download (getFile)
CONFIRM_WORDS = frozenset({"xac nhan", "dong y", "luu"})
CANCEL_WORDS = frozenset({"huy", "huy bo", "bo qua"})


def draft_buttons(draft: Draft) -> tuple[Button, ...]:
    """The answers to a preview: no ✅ Xác nhận when there is no task to store."""
    cancel = Button("❌ Hủy", f"ing:no:{draft.number}")
    if not draft.tasks:
        return (cancel,)
    return (Button("✅ Xác nhận", f"ing:ok:{draft.number}"), cancel)


def read_upload(rt: Runtime, name: str, data: bytes) -> tuple[str, Extraction]:
    """The text of an uploaded file and its extraction (in a worker thread)."""
    raw = read_bytes(name, data, max_bytes=rt.settings.max_file_bytes)
    return raw, extract_text(raw, rt.resolver)


def learn_aliases(rt: Runtime) -> None:
    """Teach the bot's resolver the aliases stored since it last looked (also from the CLI)."""
    with session_scope(rt.engine) as session:
        learn_stored_aliases(session, rt.resolver, rt.learnt_aliases)


async def download(update: Update, context: ContextTypes.DEFAULT_TYPE, rt: Runtime) -> bytes:
    """The bytes of the document in the message; IngestError when it cannot be used."""
    document = update.effective_message.document
    name = document.file_name or ""
    check_suffix(name)
    check_size(name, document.file_size or 0, rt.settings.max_file_bytes)
    try:
        file = await context.bot.get_file(document.file_id)
        return bytes(await file.download_as_bytearray())
    except BadRequest as exc:
        if "too big" in exc.message.lower():
            raise IngestError(
                f"Tệp «{name}» quá lớn để bot tải về: Telegram chỉ cho bot tải tệp đến "
                f"{TELEGRAM_DOWNLOAD_LIMIT}. Hãy gửi tệp nhỏ hơn (ví dụ bản .docx, hoặc PDF nén "
                "lại)."
            ) from exc
        log.warning("getFile refused %r: %s", name, exc.message)
        raise IngestError(f"Telegram không cho tải tệp «{name}»; hãy gửi lại tệp.") from exc
    except TelegramError as exc:  # a timeout or a network error: worth trying again later
        log.warning("download of %r failed: %s", name, exc)
        raise IngestError(
            f"Chưa tải được tệp «{name}» từ Telegram; hãy gửi lại sau ít phút."
        ) from exc


@allow(Role.OFFICE)
async def receive_document(
    update: Update, context: ContextTypes.DEFAULT_TYPE, actor: Actor
) -> None:
    """Read a directive file the office sent and show what would be stored."""
    rt = runtime(context)
    name = update.effective_message.document.file_name or ""
    try:
        data = await download(update, context, rt)
    except IngestError as exc:
        await reply(rt, update, f"⛔ {esc(exc.message)}")
        return
    sha256 = file_sha256(data)
    with session_scope(rt.engine) as session:
        existing = queries.directive_by_hash(session, sha256)
        if existing is not None:
            tasks, _ = queries.directive_counts(session, existing.id)
            known = f"#{existing.id}, tệp «{existing.source_name}», {tasks} nhiệm vụ"
    if existing is not None:
        await reply(
            rt, update, f"📄 Văn bản này đã được lưu trước đây ({esc(known)}). Không lưu thêm."
        )
        return
    pending = rt.drafts.get(actor.chat_id)
    if pending is not None and pending.sha256 == sha256:
        await reply(rt, update, "📄 Văn bản này đang chờ xác nhận ở bản xem trước phía trên.")
        return
    learn_aliases(rt)
    try:
        raw, extraction = await asyncio.to_thread(read_upload, rt, name, data)
    except IngestError as exc:
        await reply(rt, update, f"⛔ {esc(exc.message)}")
        return
    draft = Draft(next(rt.draft_numbers), name, data, sha256, extraction, raw_text=raw)
    rt.drafts[actor.chat_id] = draft
    await reply(rt, update, preview_text(draft), draft_buttons(draft))


async def edit_draft(rt: Runtime, update: Update, actor: Actor, draft: Draft, text: str) -> bool:
    """A message about the preview: confirm, cancel or an edit; False when it is none of them."""
    words = " ".join(fold(text).strip(" .!").split())
    if words in CONFIRM_WORDS:
        await store_draft(rt, update, actor, draft)
        return True
    if words in CANCEL_WORDS:
        await cancel_draft(rt, update, actor)
        return True
    try:
        done = draft.apply(text, rt.resolver, rt.today())
    except DraftError as exc:
        await reply(rt, update, f"⛔ {esc(exc)}")
        return True
    if done is None:
        return False
    await reply(rt, update, f"✏️ {esc(done)}\n\n{preview_text(draft)}", draft_buttons(draft))
    return True


async def store_draft(rt: Runtime, update: Update, actor: Actor, draft: Draft) -> None:
    """Store the confirmed tasks and plan their reminders, as ``nhacviec ingest --yes`` does."""
    if reason := draft.refusal():
        await reply(rt, update, f"⛔ {esc(reason)}")
        return
    raw = draft.raw_text
    if not raw:
        try:
            raw = await asyncio.to_thread(
                read_bytes, draft.file_name, draft.data, max_bytes=rt.settings.max_file_bytes
            )
        except IngestError as exc:
            await reply(rt, update, f"⛔ {esc(exc.message)}")
            return
    with session_scope(rt.engine) as session:
        stored = store_extraction(
            session,
            draft.confirmed(),
            draft.file_name,
            draft.data,
            text=repair_text(raw),
            planner=rt.planner,
            now=rt.now(),
            actor=actor.audit_name,
        )
        session.flush()
        directive_id = stored.directive.id
        taught, untaught = (
            remember_aliases(session, rt, draft, actor) if stored.created else ([], [])
        )
        tasks, reminders = queries.directive_counts(session, directive_id)
        unlinked = sorted(
            {
                unit.name
                for task in stored.directive.tasks
                for unit in task.units_in(UnitRole.LEAD)
                if not unit.chats and not unit.members
            }
        )
    rt.drafts.pop(actor.chat_id, None)
    if not stored.created:
        await reply(rt, update, f"📄 Văn bản này đã được lưu trước đây (#{directive_id}).")
        return
    rt.service.reconcile()
    learn_aliases(rt)
    lines = [
        f"✅ Đã lưu văn bản #{directive_id}: {tasks} nhiệm vụ, {reminders} lượt nhắc đã lên lịch."
    ]
    lines += [
        f"Đã ghi nhớ: «{esc(alias)}» là {esc(unit)}; văn bản sau tự nhận tên này."
        for alias, unit in taught
    ]
    lines += [f"Chưa ghi nhớ tên gọi khác: {esc(reason)}" for reason in untaught]
    if stored.new_units:
        lines.append(f"Đơn vị mới, chưa có trong danh mục: {esc(', '.join(stored.new_units))}.")
    if unlinked:
        lines.append(
            f"Chưa có nhóm Telegram (nhắc việc sẽ gửi Văn phòng): {esc(', '.join(unlinked))}. "
            "Tạo mã mời: /invite Tên đơn vị"
        )
    await reply(rt, update, "\n".join(lines))


def remember_aliases(
    session: Session, rt: Runtime, draft: Draft, actor: Actor
) -> tuple[list[tuple[str, str]], list[str]]:
    """Store the names the office mapped in the preview as aliases: (taught, reasons not)."""
    taught, untaught = [], []
    for alias, unit in draft.aliases.items():
        try:  # refused before anything is written
            remember_alias(session, rt.resolver, alias, unit, now=rt.now(), actor=actor.audit_name)
        except StoreError as exc:
            untaught.append(exc.message)
        else:
            taught.append((alias, unit))
    return taught, untaught


async def cancel_draft(rt: Runtime, update: Update, actor: Actor) -> None:
    """Forget the preview: nothing is stored."""
    rt.drafts.pop(actor.chat_id, None)
    await reply(rt, update, "❌ Đã hủy. Không lưu gì.")


@allow(Role.OFFICE)
async def draft_button(update: Update, context: ContextTypes.DEFAULT_TYPE, actor: Actor) -> None:
    """✅ Xác nhận or ❌ Hủy under a preview."""
    rt, query = runtime(context), update.callback_query
    _, action, number = query.data.split(":")
    draft = rt.drafts.get(actor.chat_id)
    if draft is None or draft.number != int(number):
        await query.answer(
            "Bản xem trước này không còn hiệu lực (đã xác nhận, đã hủy hoặc có bản mới hơn).",
            show_alert=True,
        )
        return
    if action == "ok" and (reason := draft.refusal()):
        await query.answer("Chưa lưu được: xem lý do trong tin nhắn.")
        await reply(rt, update, f"⛔ {esc(reason)}")
        return
    await query.answer()
    await rt.sender.clear_buttons(query.message)
    if action == "ok":
        await store_draft(rt, update, actor, draft)
    else:
        await cancel_draft(rt, update, actor)
