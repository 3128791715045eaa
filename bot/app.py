"""The Telegram application: the one place where handlers are wired.

``build_application`` points python-telegram-bot at the configured Bot API server
(``[telegram] api_base_url`` / ``file_base_url``: Telegram, a local server or the test
emulator), paces requests with ``AIORateLimiter``, and on start registers the command list
and starts the reminder service (APScheduler, jobs in the database) and ``/healthz``; on stop,
before PTB closes its connections, it stops them. ``serve`` receives updates by long polling
or through PTB's webhook server, as ``[telegram] mode`` says.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import Engine
from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.arguments import Usage
from bot.handlers import (
    completion,
    evidence,
    extension,
    ingest,
    links,
    lists,
    messages,
    start,
    tasks,
)
from bot.health import HealthServer, check_port
from bot.notify import reply
from bot.pending import EXTENSION, NOTE, DraftBook, PromptBook
from bot.reminders import BotReminderService
from bot.roles import PLAIN_TEXT, BotContext, PtbHandler, identify_actor
from bot.runtime import RUNTIME_KEY, Runtime
from bot.sender import TelegramSender
from bot.text import esc
from bot.updates import ChatOrderedProcessor
from jobs.calendar import Clock, SystemClock
from jobs.config import WEBHOOK, BotSettings, ConfigError, Settings
from jobs.ingest.units import build_resolver
from jobs.model import StoreError

log = logging.getLogger(__name__)

# The command list users see, with Vietnamese descriptions (aliases in brackets).
COMMANDS = (
    ("start", "Bắt đầu, hoặc liên kết nhóm bằng mã mời"),
    ("help", "Hướng dẫn sử dụng"),
    ("tasks", "Nhiệm vụ đang mở (/nhiemvu)"),
    ("overdue", "Nhiệm vụ quá hạn theo đơn vị (/quahan)"),
    ("task", "Chi tiết một nhiệm vụ: /task ID"),
    ("xong", "Báo hoàn thành: /xong ID [ghi chú]"),
    ("extend", "Gia hạn hoặc xin gia hạn: /extend ID ngày (/giahan)"),
    ("status", "Tình hình theo trạng thái và đơn vị (/tinhhinh)"),
    ("remind", "Nhắc đơn vị ngay: /remind ID (/nhac)"),
    ("report", "Báo cáo một kỳ: /report [từ ngày] [đến ngày] (/baocao)"),
    ("done", "Văn phòng ghi nhận hoàn thành: /done ID"),
    ("reopen", "Trả lại, mở lại nhiệm vụ: /reopen ID"),
    ("invite", "Tạo mã mời cho đơn vị: /invite Tên đơn vị"),
    ("units", "Đơn vị và nhóm Telegram đã liên kết"),
    ("unlink", "Huỷ liên kết một nhóm hoặc quyền Văn phòng"),
    ("revoke", "Thu hồi mã mời: /revoke MÃ"),
    ("minhchung", "Yêu cầu minh chứng: /minhchung ID hoặc /minhchung vb ID"),
)


def add_handlers(application: Application, settings: Settings) -> None:
    """Wire every handler: commands, buttons, documents and plain messages; before them all,
    the one that finds who sent the update."""
    application.add_handler(TypeHandler(Update, identify_actor), group=-1)
    commands = (
        ("start", start.start),
        ("help", start.help_command),
        ("invite", start.invite),
        ("units", lists.units),
        ("unlink", links.unlink),
        ("revoke", links.revoke),
        (["overdue", "quahan"], lists.overdue),
        (["tasks", "nhiemvu"], lists.tasks),
        ("task", tasks.task),
        (["status", "tinhhinh"], tasks.status),
        (["remind", "nhac"], tasks.remind),
        (["report", "baocao"], tasks.report),
        ("xong", completion.xong),
        ("done", completion.done),
        ("reopen", completion.reopen),
        (["extend", "giahan"], extension.extend),
        (["minhchung", "evidence"], evidence.require),
    )
    for names, callback in commands:
        application.add_handler(CommandHandler(names, answering_refusals(callback)))
    # Button data is checked in full (a modified client can send any): ids of 1-9 ASCII digits.
    views = "|".join(lists.VIEWS)
    buttons = (
        (r"^done:[0-9]{1,9}$", completion.done_button),
        (r"^reopen:[0-9]{1,9}$", completion.reopen_button),
        (r"^dm:[0-9]{1,9}:[0-9]{1,9}$", completion.member_done_button),
        (r"^whole:[0-9]{1,9}$", completion.whole_button),
        (r"^notyet:[0-9]{1,9}$", completion.not_yet_button),
        (r"^remind:[0-9]{1,9}$", tasks.remind_button),
        (r"^ul:[0-9]{1,9}$", links.unlink_button),
        (r"^ext:[0-9]{1,9}$", extension.ask_extension),
        (r"^x[ar]:[0-9]{1,9}$", extension.decide_extension),
        (r"^ing:(ok|no|nag|history):[0-9]{1,9}$", ingest.draft_button),
        (r"^ev:[0-9]{1,9}$", evidence.open_evidence),
        (rf"^page:({views}):[0-9]{{1,6}}:[0-9]{{0,9}}$", lists.turn_page),
    )
    for pattern, callback in buttons:
        application.add_handler(CallbackQueryHandler(answering_refusals(callback), pattern=pattern))
    application.add_handler(CallbackQueryHandler(messages.unknown_button))
    # Files: a unit's evidence (minh chứng) anywhere, the office's directives in its chats.
    files, texts = filters.Document.ALL | filters.PHOTO, PLAIN_TEXT
    application.add_handler(MessageHandler(files, answering_refusals(evidence.on_file)))
    application.add_handler(MessageHandler(texts, answering_refusals(messages.on_text)))
    application.add_error_handler(on_error)


def answering_refusals(callback: PtbHandler) -> PtbHandler:
    """``callback`` with the refusals it raises answered in the chat: the stored data's ("⛔" and
    why) and a command's missing arguments (how to write it). The one place they are caught."""

    @functools.wraps(callback)
    async def answered(update: Update, context: BotContext) -> None:
        try:
            await callback(update, context)
        except StoreError as refusal:
            await reply(context.runtime, update, f"⛔ {esc(refusal.message)}")
        except Usage as usage:
            await reply(context.runtime, update, str(usage))

    return answered


async def on_error(update: object, context: BotContext) -> None:
    """Log a handler's failure and tell the chat something went wrong."""
    log.error("update %s failed", update, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await reply(context.runtime, update, "⚠️ Có lỗi khi xử lý yêu cầu; hãy thử lại sau.")
        except Exception:  # the chat may be the very thing that fails: logging is enough
            log.exception("could not report the failure to chat %s", update.effective_chat.id)


async def post_init(application: Application) -> None:
    """Register the command list and start the reminder service."""
    rt = runtime_of(application)
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    rt.bot_username = rt.bot_settings.username or application.bot.username
    if rt.health is not None:  # first: a port in use then stops the bot before it sends
        await rt.health.start()
    await rt.service.start()


async def post_stop(application: Application) -> None:
    """Stop the reminder service while the bot can still send (before PTB's shutdown).

    A delivery under way finishes first; the jobs stay in the database for the next start.
    """
    rt = runtime_of(application)
    if rt.health is not None:
        await rt.health.stop()
    await rt.service.shutdown()
    await asyncio.to_thread(rt.extractor.close)


def runtime_of(application: Application) -> Runtime:
    """The runtime an application was built with."""
    return application.bot_data[RUNTIME_KEY]


def build_application(
    settings: Settings,
    engine: Engine,
    clock: Clock | None = None,
    *,
    bot_settings: BotSettings | None = None,
    builder: ApplicationBuilder | None = None,
) -> Application:
    """The bot, ready for ``run_polling`` (or ``running``); ``builder`` may preset requests."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")  # RetryAfter.retry_after as a timedelta
    if not settings.telegram.token:
        raise ConfigError(
            "Thiếu token của bot: đặt [telegram] token hoặc biến môi trường "
            "NHACVIEC_TELEGRAM_TOKEN."
        )
    clock = clock or SystemClock()
    bot_settings = bot_settings or settings.bot
    application = (
        (builder or Application.builder())
        .token(settings.telegram.token)
        .base_url(settings.telegram.api_base_url)
        .base_file_url(settings.telegram.file_base_url)
        .rate_limiter(rate_limiter(bot_settings))
        .job_queue(None)
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(ChatOrderedProcessor())
        .post_init(post_init)
        .post_stop(post_stop)
        .build()
    )
    sender = TelegramSender(application.bot, engine, settings, bot_settings, clock)
    rt = application.bot_data[RUNTIME_KEY] = Runtime(
        settings=settings,
        bot_settings=bot_settings,
        engine=engine,
        clock=clock,
        # A resolver of its own (not the process-wide one): it learns the office's aliases.
        resolver=build_resolver(settings.unit_directory),
        sender=sender,
        service=BotReminderService(settings, engine, sender, clock),
        drafts=DraftBook(engine, clock, bot_settings.draft_ttl_days),
        extension_prompts=PromptBook(engine, clock, bot_settings.draft_ttl_days, EXTENSION),
        pending_notes=PromptBook(engine, clock, bot_settings.draft_ttl_days, NOTE),
    )
    if settings.health.port:
        rt.health = HealthServer(settings.health, engine, rt.service)
    add_handlers(application, settings)
    # What is loaded by now (the code of PTB and SQLAlchemy: most of the heap) lives
    # as long as the process: a full garbage collection no longer walks it. Walking it held
    # the event loop 300-500 ms during a reminder burst (bench/loop_stall.py).
    gc.freeze()
    return application


def serve(application: Application) -> None:
    """Receive updates until interrupted: long polling, or PTB's webhook server.

    In webhook mode PTB registers the public URL with its secret (setWebhook) and refuses a
    request without the ``X-Telegram-Bot-Api-Secret-Token`` header Telegram sends back.
    """
    telegram = runtime_of(application).settings.telegram
    if telegram.mode != WEBHOOK:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    webhook = telegram.webhook
    check_port("[telegram] webhook_port", webhook.listen, webhook.port)
    application.run_webhook(
        listen=webhook.listen,
        port=webhook.port,
        url_path=webhook.path,
        webhook_url=webhook.url,
        secret_token=webhook.secret_token,
        allowed_updates=Update.ALL_TYPES,
    )


def rate_limiter(bot_settings: BotSettings) -> AIORateLimiter:
    """PTB's pacing of requests at the configured rates, with its own 429 retries."""
    return AIORateLimiter(
        overall_max_rate=bot_settings.messages_per_second,
        group_max_rate=bot_settings.group_messages_per_minute,
        max_retries=bot_settings.rate_limit_retries,
    )


@asynccontextmanager
async def running(application: Application) -> AsyncIterator[Application]:
    """Run the application inside the current event loop as ``run_polling`` would (tests, demo)."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.updater.start_polling(poll_interval=0, allowed_updates=Update.ALL_TYPES)
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
        await application.shutdown()
