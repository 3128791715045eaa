"""Directives sent to the bot: download, read, preview, edits, ✅ Xác nhận or ❌ Hủy.

Scanned PDFs and photos (sent as files or as Telegram photos) are read by OCR, seconds a page:
the bot answers "Đang đọc tệp…" at once, edits it to the pages read, and then into the
preview; meanwhile it handles other updates, the OCR running in worker processes.

Nothing is stored before the office confirms; the draft waits in the database, one per chat,
as the text read from the file and the office's edits (not the file's bytes), until it
expires (``[bot] draft_ttl_days``). A
document without a task offers no ✅ Xác nhận, and one whose deadlines wait for the directive's
date is refused until the office sets it. The unknown names the office mapped are stored as
aliases with the directive, and every later upload resolves them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from telegram import Message, Update
from telegram.error import BadRequest, TelegramError

from bot.drafts import HISTORY_LABEL, NAG_LABEL, Draft, DraftError, late_in, preview_text
from bot.notify import reply
from bot.roles import Actor, BotContext, Role, allow
from bot.runtime import Runtime
from bot.sender import ChatUnavailable
from bot.text import esc, split_message
from db import read
from db.session import session_scope
from jobs.confirmed import store_confirmed
from jobs.errors import IngestError
from jobs.ingest import IMAGE_SUFFIXES, apply_ocr_settings
from jobs.ingest.fold import fold
from jobs.messages.sender import Button
from jobs.model import Extraction
from jobs.plan.late import Past, default_past, past_choice_note
from jobs.store import file_sha256, new_unit_lines
from jobs.unit_names import learn_stored_aliases

log = logging.getLogger(__name__)

TELEGRAM_DOWNLOAD_LIMIT = "20 MB"  # what the Bot API lets a bot download (getFile)
CONFIRM_WORDS = frozenset({"xac nhan", "dong y", "luu"})
CANCEL_WORDS = frozenset({"huy", "huy bo", "bo qua"})
PROGRESS_EVERY = 2.5  # seconds between two edits of the OCR progress message


def preview(rt: Runtime, draft: Draft) -> tuple[str, tuple[Button, ...]]:
    """The preview and its answers: no ✅ Xác nhận when there is no task to store, and the
    choice between nagging and history instead when some deadlines are already past."""
    now = rt.now()
    cancel = Button("❌ Hủy", f"ing:no:{draft.number}")
    text = preview_text(draft, rt.planner, now)
    if not draft.tasks:
        return text, (cancel,)
    if late_in(draft, rt.planner, now) is not None:
        nag = Button(NAG_LABEL, f"ing:{Past.NAG.value}:{draft.number}")
        history = Button(HISTORY_LABEL, f"ing:{Past.HISTORY.value}:{draft.number}")
        return text, (nag, history, cancel)
    return text, (Button("✅ Xác nhận", f"ing:ok:{draft.number}"), cancel)


def read_upload(rt: Runtime, name: str, data: bytes) -> tuple[str, Extraction]:
    """The text of an uploaded file and its extraction (in a worker thread; a PDF's text layer
    and the extraction itself in the runtime's bounded worker process)."""
    from jobs.ingest.reading import read_bytes  # imported by receive_upload

    pdf = rt.settings.pdf
    raw = read_bytes(
        name,
        data,
        max_bytes=rt.settings.max_file_bytes,
        pdf_pages=lambda pdf_name, pdf_data: rt.extractor.pdf_pages(pdf_name, pdf_data, pdf),
    )
    return raw, rt.extractor.extract(raw, rt.resolver)


def learn_aliases(rt: Runtime) -> None:
    """Teach the bot's resolver the aliases stored since it last looked (also from the CLI)."""
    with session_scope(rt.engine) as session:
        learn_stored_aliases(session, rt.resolver, rt.learnt_aliases)


@dataclass(frozen=True)
class Upload:
    """A file sent to the bot: a document, or the largest size of a photo."""

    file_id: str
    name: str
    size: int | None  # as Telegram announced it; None when it did not


class UploadAnswer:
    """The bot's answer to an upload: for a file OCR may read, a message sent at once.

    "Đang đọc tệp…" is edited to "Đang nhận dạng chữ: trang 3/7" as pages finish (at most
    every ``PROGRESS_EVERY`` seconds), then into the preview or the reason the file cannot be
    used. Without that message (other files) the answer is a plain reply.
    """

    def __init__(self, rt: Runtime, update: Update, message: Message | None) -> None:
        self.rt, self.update, self.message = rt, update, message
        self.ocr_started = asyncio.Event()
        self.pages: tuple[int, int] = (0, 0)
        self.shown: tuple[int, int] | None = None
        self.shown_at = -math.inf
        self.showing: asyncio.Task[None] | None = None
        self.editing = False

    def progress(self, done: int, total: int) -> None:
        """OCR finished ``done`` pages of ``total`` (called in the event loop)."""
        self.pages = (done, total)
        self.ocr_started.set()
        if self.message is not None and (self.showing is None or self.showing.done()):
            self.showing = asyncio.create_task(self._show_progress())

    async def _show_progress(self) -> None:
        """Edit the message to the latest page count, waiting out the interval between edits."""
        loop = asyncio.get_running_loop()
        while self.pages != self.shown and self.message is not None:
            await asyncio.sleep(max(0.0, self.shown_at + PROGRESS_EVERY - loop.time()))
            done, total = self.shown = self.pages
            self.shown_at = loop.time()
            self.editing = True
            try:
                await self.rt.sender.edit(
                    self.message, f"⏳ Đang nhận dạng chữ: trang {done}/{total}"
                )
            except (ChatUnavailable, TelegramError) as exc:  # progress only: the answer follows
                log.warning("progress of an upload not shown: %s", exc)
            finally:
                self.editing = False

    async def say(self, text: str, buttons: Sequence[Button] = ()) -> None:
        """The answer: the message edited into it, or a reply (a long preview: new messages)."""
        await self._stop_progress()
        if self.message is None:
            await reply(self.rt, self.update, text, buttons)
            return
        if len(split_message(text)) == 1:
            await self.rt.sender.edit(self.message, text, buttons)
            return
        await self.rt.sender.edit(self.message, "📄 Đã đọc xong tệp; bản xem trước ở dưới.")
        await self.rt.sender.send(
            self.message.chat.id, text, buttons, reply_to=self.message.message_id
        )

    async def _stop_progress(self) -> None:
        """No progress edit after the answer: wait for one under way, drop one waiting."""
        task, self.showing = self.showing, None
        if task is None or task.done():
            return
        if not self.editing:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def is_ocr_candidate(name: str) -> bool:
    """A PDF (a scan shows only while reading it) or a photo: OCR may read it."""
    return Path(name).suffix.lower() in (".pdf", *IMAGE_SUFFIXES)


async def start_answer(rt: Runtime, update: Update, upload: Upload) -> UploadAnswer:
    """Answer "Đang đọc tệp…" at once to a file OCR may read; other files get one reply later."""
    if not is_ocr_candidate(upload.name):
        return UploadAnswer(rt, update, None)
    try:
        message = await update.effective_message.reply_text("⏳ Đang đọc tệp…")
    except TelegramError as exc:  # the answer will be a reply of its own
        log.warning("could not answer an upload at once: %s", exc)
        message = None
    return UploadAnswer(rt, update, message)


async def download(context: BotContext, upload: Upload) -> bytes:
    """The bytes of an uploaded file; IngestError when they cannot be had."""
    name = upload.name
    try:
        file = await context.bot.get_file(upload.file_id)
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
    update: Update, context: BotContext, actor: Actor
) -> None:
    """Read a directive file the office sent and show what would be stored."""
    document = update.effective_message.document
    upload = Upload(document.file_id, document.file_name or "", document.file_size)
    await receive_upload(update, context, actor, upload)


@allow(Role.OFFICE)
async def receive_photo(update: Update, context: BotContext, actor: Actor) -> None:
    """Read a photo of a directive page (its largest size, a JPEG) as the office's upload."""
    message = update.effective_message
    photo = message.photo[-1]
    upload = Upload(photo.file_id, f"ảnh chụp {message.message_id}.jpg", photo.file_size)
    await receive_upload(update, context, actor, upload)


async def receive_upload(
    update: Update, context: BotContext, actor: Actor, upload: Upload
) -> None:
    """Check, download and read an upload; OCR goes on in the background, other updates too."""
    rt = context.runtime
    await asyncio.to_thread(apply_ocr_settings, rt.settings)  # the first upload imports them
    from jobs.ingest import ocr
    from jobs.ingest.reading import check_size, check_suffix

    try:
        check_suffix(upload.name)
        if upload.size is not None:
            check_size(upload.name, upload.size, rt.settings.max_file_bytes)
    except IngestError as exc:
        await reply(rt, update, f"⛔ {esc(exc.message)}")
        return
    answer = await start_answer(rt, update, upload)
    try:
        data = await download(context, upload)
    except IngestError as exc:
        await answer.say(f"⛔ {esc(exc.message)}")
        return
    sha256 = file_sha256(data)
    if (known := await asyncio.to_thread(already_known, rt, actor, sha256)) is not None:
        await answer.say(known)
        return
    await asyncio.to_thread(learn_aliases, rt)
    rt.reading.add(sha256)
    loop = asyncio.get_running_loop()
    with ocr.report_progress(lambda d, n: loop.call_soon_threadsafe(answer.progress, d, n)):
        reading = asyncio.create_task(asyncio.to_thread(read_upload, rt, upload.name, data))
    started = asyncio.create_task(answer.ocr_started.wait())
    await asyncio.wait((reading, started), return_when=asyncio.FIRST_COMPLETED)
    started.cancel()
    preview = show_preview(rt, actor, answer, upload.name, data, sha256, reading)
    if reading.done():  # not a scan: answered before the next update, as every handler is
        await preview
    else:  # OCR takes seconds a page: let the bot handle other updates meanwhile
        context.application.create_task(preview, update=update)


def already_known(rt: Runtime, actor: Actor, sha256: str) -> str | None:
    """Why this file is not read again: stored, awaiting confirmation or being read; else None."""
    with session_scope(rt.engine) as session:
        existing = read.directive_by_hash(session, sha256)
        if existing is not None:
            tasks, _ = read.directive_counts(session, existing.id)
            known = f"#{existing.id}, tệp «{existing.source_name}», {tasks} nhiệm vụ"
            return f"📄 Văn bản này đã được lưu trước đây ({esc(known)}). Không lưu thêm."
    pending = rt.drafts.get(actor.chat_id)
    if pending is not None and pending.sha256 == sha256:
        return "📄 Văn bản này đang chờ xác nhận ở bản xem trước phía trên."
    if sha256 in rt.reading:
        return "📄 Văn bản này đang được đọc; bản xem trước sẽ hiện khi đọc xong."
    return None


async def show_preview(
    rt: Runtime,
    actor: Actor,
    answer: UploadAnswer,
    name: str,
    data: bytes,
    sha256: str,
    reading: asyncio.Task[tuple[str, Extraction]],
) -> None:
    """Once the upload is read, keep its draft and show the preview (or why it cannot be read)."""
    try:
        raw, extraction = await reading
    except IngestError as exc:
        await answer.say(f"⛔ {esc(exc.message)}")
        return
    except Exception:  # a bug: said here, so that "Đang nhận dạng chữ" does not stay forever
        log.exception("reading %r failed", name)
        await answer.say("⚠️ Có lỗi khi đọc tệp; hãy thử gửi lại sau.")
        return
    finally:
        rt.reading.discard(sha256)
    draft = Draft(rt.drafts.next_number(), name, b"", sha256, extraction, raw_text=raw)
    # the file's bytes are not kept: they were read
    await asyncio.to_thread(rt.drafts.__setitem__, actor.chat_id, draft)
    await answer.say(*preview(rt, draft))


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
        done = await asyncio.to_thread(
            draft.apply, text, rt.resolver, rt.today(), rt.extractor.extract
        )
    except DraftError as exc:
        await reply(rt, update, f"⛔ {esc(exc)}")
        return True
    if done is None:
        return False
    await asyncio.to_thread(rt.drafts.__setitem__, actor.chat_id, draft)
    text, buttons = preview(rt, draft)
    await reply(rt, update, f"✏️ {esc(done)}\n\n{text}", buttons)
    return True


async def store_draft(
    rt: Runtime, update: Update, actor: Actor, draft: Draft, past: Past | None = None
) -> None:
    """Store the confirmed tasks and plan their reminders, as ``nhacviec ingest --yes`` does
    (``past``: what becomes of deadlines already past; by default, by the directive's age)."""
    if reason := draft.refusal():
        await reply(rt, update, f"⛔ {esc(reason)}")
        return
    raw = draft.raw_text
    if not raw:
        await reply(rt, update, "⛔ Không còn nội dung văn bản của bản xem trước; hãy gửi lại tệp.")
        return
    issued = draft.extraction.directive.date
    past = past or default_past(issued, rt.today())

    confirmed = await rt.db(
        store_confirmed,
        draft.confirmed(),
        draft.file_name,
        sha256=draft.sha256,
        raw_text=raw,
        planner=rt.planner,
        now=rt.now(),
        actor=actor.audit_name,
        past=past,
        aliases=draft.aliases,
        resolver=rt.resolver,
    )
    stored = confirmed.stored
    directive_id = stored.directive.id
    await asyncio.to_thread(rt.drafts.pop, actor.chat_id, None)
    if not stored.created:
        await reply(rt, update, f"📄 Văn bản này đã được lưu trước đây (#{directive_id}).")
        return
    await asyncio.to_thread(rt.service.reconcile)
    await asyncio.to_thread(learn_aliases, rt)
    lines = [f"✅ {confirmed.saved_line}"]
    if late_in(draft, rt.planner, rt.now()) is not None:
        lines.append(esc(past_choice_note(past, issued, rt.today(), chosen=True)))
    lines += [
        f"Đã ghi nhớ: «{esc(alias)}» là {esc(unit)}; văn bản sau tự nhận tên này."
        for alias, unit in confirmed.taught
    ]
    lines += [f"Chưa ghi nhớ tên gọi khác: {esc(reason)}" for reason in confirmed.untaught]
    lines += [esc(line) for line in new_unit_lines(stored.new_units, draft.confirmed())]
    if confirmed.unlinked:
        unlinked = ", ".join(confirmed.unlinked)
        lines.append(
            f"Chưa có nhóm Telegram (nhắc việc sẽ gửi Văn phòng): {esc(unlinked)}. "
            "Tạo mã mời: /invite Tên đơn vị"
        )
    await reply(rt, update, "\n".join(lines))


async def cancel_draft(rt: Runtime, update: Update, actor: Actor) -> None:
    """Forget the preview: nothing is stored."""
    await asyncio.to_thread(rt.drafts.pop, actor.chat_id, None)
    await reply(rt, update, "❌ Đã hủy. Không lưu gì.")


@allow(Role.OFFICE)
async def draft_button(update: Update, context: BotContext, actor: Actor) -> None:
    """✅ Xác nhận or ❌ Hủy under a preview."""
    rt, query = context.runtime, update.callback_query
    _, action, number = query.data.split(":")
    draft = await asyncio.to_thread(rt.drafts.get, actor.chat_id)
    if draft is None or draft.number != int(number):
        await query.answer(
            "Bản xem trước này không còn hiệu lực (đã xác nhận, đã hủy hoặc có bản mới hơn).",
            show_alert=True,
        )
        return
    if action != "no" and (reason := draft.refusal()):
        await query.answer("Chưa lưu được: xem lý do trong tin nhắn.")
        await reply(rt, update, f"⛔ {esc(reason)}")
        return
    await query.answer()
    await rt.sender.clear_buttons(query.message)
    if action == "no":
        await cancel_draft(rt, update, actor)
    else:
        await store_draft(rt, update, actor, draft, None if action == "ok" else Past(action))
