"""The Bot API emulator, driven by real python-telegram-bot over HTTP."""

from __future__ import annotations

import asyncio
import struct
import time
import zlib
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from tests.support.emulator import TelegramEmulator, parse_html

pytest_plugins = ("tests.support.conftest_emulator",)

CHAT = 1001
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Xong", callback_data="done:7")]])


def png(width: int, height: int) -> bytes:
    """A valid grey PNG of the given size."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        """One PNG chunk with its CRC."""
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def timedelta_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta periods (RetryAfter.retry_after) and silence the warning."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def bot(bot_api: TelegramEmulator) -> AsyncIterator[Bot]:
    """An initialized PTB Bot talking to the emulator."""
    async with bot_api.make_bot() as ptb_bot:
        yield ptb_bot


async def test_get_me(bot: Bot, bot_api: TelegramEmulator) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.username == "NhacViecTestBot" and me.can_join_groups
    assert me.id == int(bot_api.token.split(":")[0])


async def test_send_message_with_inline_keyboard_is_recorded(
    bot: Bot, bot_api: TelegramEmulator
) -> None:
    first = await bot.send_message(
        CHAT, "<b>Hạn</b> hôm nay &amp; mai", parse_mode=ParseMode.HTML, reply_markup=KEYBOARD
    )
    second = await bot.send_message(CHAT, "tiếp", reply_to_message_id=first.message_id)
    assert first.text == "Hạn hôm nay & mai"
    assert first.entities[0].type == "bold" and first.entities[0].length == 3
    assert first.reply_markup == KEYBOARD
    assert first.from_user.id == bot.id and first.chat.type == "private"
    assert second.message_id == first.message_id + 1
    assert second.reply_to_message.message_id == first.message_id
    recorded = bot_api.messages_to(CHAT)
    assert [m.text for m in recorded] == ["<b>Hạn</b> hôm nay &amp; mai", "tiếp"]
    assert recorded[0].parse_mode == "HTML" and recorded[1].reply_to_message_id == 1
    assert recorded[0].buttons == [{"text": "Xong", "callback_data": "done:7"}]


async def test_message_ids_are_per_chat(bot: Bot) -> None:
    assert (await bot.send_message(1, "a")).message_id == 1
    assert (await bot.send_message(2, "b")).message_id == 1
    assert (await bot.send_message(1, "c")).message_id == 2


@pytest.mark.parametrize(
    "text",
    ["a < b", "AT&T", "<b>đậm", "<b>x</i>", "x</b>", "<foo>x</foo>", "&nbsp;", "<span>x</span>"],
)
async def test_invalid_html_is_a_bad_request(
    bot: Bot, bot_api: TelegramEmulator, text: str
) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)
    assert bot_api.sent == []


def test_html_entities_follow_telegram() -> None:
    text = (
        '<i>a</i> <a href="https://x.vn/?a=1&amp;b=2">link</a> <tg-spoiler>s</tg-spoiler> '
        '<pre><code class="language-python">x = 1</code></pre> &lt;&#39;&#x41;&quot;'
    )
    plain, entities = parse_html(text)
    assert plain == "a link s x = 1 <'A\""
    assert [e["type"] for e in entities] == ["italic", "text_link", "spoiler", "pre"]
    assert entities[1]["url"] == "https://x.vn/?a=1&b=2"
    assert entities[3] == {"type": "pre", "offset": 9, "length": 5, "language": "python"}
    assert parse_html("😀<b>x</b>")[1] == [{"type": "bold", "offset": 2, "length": 1}]


async def test_length_limits(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(CHAT, "x" * 4097)
    message = await bot.send_message(CHAT, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    assert len(message.text) == 4096
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_document(CHAT, b"data", filename="a.txt", caption="c" * 1025)


async def test_too_many_requests_is_retry_after(bot: Bot, bot_api: TelegramEmulator) -> None:
    rule = bot_api.fail_too_many_requests("sendMessage", retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "một")
    assert caught.value.retry_after == timedelta(seconds=7)
    await bot.send_message(CHAT, "hai")
    assert rule.hits == 1 and [m.text for m in bot_api.sent] == ["hai"]
    assert [c.status for c in bot_api.calls[-2:]] == [429, 200]


async def test_blocked_and_kicked_chats_are_forbidden(bot: Bot, bot_api: TelegramEmulator) -> None:
    bot_api.block_chat(CHAT)
    bot_api.block_chat(-4242)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "x")
    with pytest.raises(Forbidden, match="kicked from the group chat"):
        await bot.send_message(-4242, "x")
    await bot.send_message(CHAT + 1, "y")
    assert [m.chat_id for m in bot_api.sent] == [CHAT + 1]
    bot_api.unblock_chat(CHAT)
    await bot.send_message(CHAT, "z")


async def test_removed_and_migrated_chats(bot: Bot, bot_api: TelegramEmulator) -> None:
    bot_api.remove_chat(5)
    bot_api.migrate_chat(-77, -1009977)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(5, "x")
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(-77, "x")
    assert caught.value.new_chat_id == -1009977
    chat = await bot.get_chat(-1009977)
    assert chat.type == "supergroup"


async def test_document_upload_get_file_and_download(bot: Bot, bot_api: TelegramEmulator) -> None:
    data = "Báo cáo tiến độ".encode() * 100
    message = await bot.send_document(
        CHAT, data, filename="bao-cao.docx", caption="<i>Báo cáo</i>", parse_mode="HTML"
    )
    document = message.document
    assert document.file_name == "bao-cao.docx" and document.file_size == len(data)
    assert message.caption == "Báo cáo" and message.caption_entities[0].type == "italic"
    assert bot_api.sent[0].data == data and bot_api.sent[0].file_name == "bao-cao.docx"
    file = await bot.get_file(document.file_id)
    assert file.file_path.startswith(bot_api.base_file_url)
    assert bytes(await file.download_as_bytearray()) == data
    again = await bot.send_document(CHAT + 1, document.file_id)
    assert again.document.file_id == document.file_id
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_document(CHAT, "no-such-file-id")


async def test_user_document_can_be_downloaded(bot: Bot, bot_api: TelegramEmulator) -> None:
    update = bot_api.user_document(CHAT, CHAT, "chi-thi.pdf", b"%PDF-1.4 ...", caption="Chỉ thị")
    document = Update.de_json(update, bot).message.document
    assert document.mime_type == "application/pdf"
    file = await bot.get_file(document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4 ..."
    huge = bot_api.user_document(CHAT, CHAT, "to.pdf", bytes(20 * 1024 * 1024 + 1))
    with pytest.raises(BadRequest, match=r"(?i)file is too big"):
        await bot.get_file(huge["message"]["document"]["file_id"])


async def test_send_photo_reports_sizes(bot: Bot, bot_api: TelegramEmulator) -> None:
    message = await bot.send_photo(CHAT, png(300, 150), caption="Biểu đồ")
    assert [(p.width, p.height) for p in message.photo] == [(90, 45), (300, 150)]
    assert bot_api.sent[0].data == png(300, 150) and bot_api.sent[0].text == "Biểu đồ"
    with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
        await bot.send_photo(CHAT, b"not an image")


async def test_edits_and_not_modified(bot: Bot, bot_api: TelegramEmulator) -> None:
    message = await bot.send_message(CHAT, "Việc A", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Việc A", CHAT, message.message_id, reply_markup=KEYBOARD)
    edited = await bot.edit_message_text(
        "<s>Việc A</s>", CHAT, message.message_id, parse_mode="HTML"
    )
    assert edited.text == "Việc A" and edited.reply_markup is None and edited.edit_date
    recorded = bot_api.sent[0]
    assert recorded.text == "<s>Việc A</s>" and recorded.reply_markup is None
    await bot.edit_message_reply_markup(CHAT, message.message_id, reply_markup=KEYBOARD)
    assert recorded.edit_count == 2 and recorded.buttons[0]["callback_data"] == "done:7"
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", CHAT, 99)


async def test_invalid_keyboard_is_rejected(bot: Bot) -> None:
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(CHAT, "x", reply_markup=too_long)


async def test_commands_chat_action_and_lifecycle_methods(bot: Bot) -> None:
    assert await bot.set_my_commands([("viec", "Xem việc"), ("xong", "Báo xong")])
    assert [c.command for c in await bot.get_my_commands()] == ["viec", "xong"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Bad-Name", "x")])
    assert await bot.send_chat_action(CHAT, "typing")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.close() and await bot.log_out()


async def test_get_updates_long_poll_wakes_on_injection(
    bot: Bot, bot_api: TelegramEmulator
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    bot_api.user_message(-100123, 7, "/viec@NhacViecTestBot hôm nay", chat_type="supergroup")
    updates = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 0.5
    message = updates[0].message
    assert message.chat.type == "supergroup" and message.from_user.id == 7
    assert message.entities[0].type == "bot_command" and message.entities[0].length == 21
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()
    assert bot_api.pending_updates == 0


async def test_user_reply_to_a_bot_message(bot: Bot, bot_api: TelegramEmulator) -> None:
    prompt = await bot.send_message(CHAT, "Tiến độ?")
    update = bot_api.user_message(CHAT, 9, "Đã xong 80%", reply_to_message_id=prompt.message_id)
    message = Update.de_json(update, bot).message
    assert message.message_id == prompt.message_id + 1
    assert message.reply_to_message.from_user.id == bot.id
    assert message.reply_to_message.text == "Tiến độ?"
    with pytest.raises(ValueError, match="no message 99"):
        bot_api.user_message(CHAT, 9, "x", reply_to_message_id=99)


async def test_application_handles_message_and_callback(bot_api: TelegramEmulator) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer /start with a button."""
        await update.message.reply_text("Chọn việc:", reply_markup=KEYBOARD)

    async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Acknowledge the press and rewrite the message."""
        await update.callback_query.answer("Đã ghi nhận")
        await update.callback_query.edit_message_text(f"Đã xong ({update.callback_query.data})")

    application = bot_api.app_builder().build()
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(press))
    await application.initialize()
    await application.updater.start_polling(poll_interval=0)
    await application.start()
    try:
        bot_api.user_message(CHAT, CHAT, "/start", first_name="Lan")
        [prompt] = await bot_api.wait_for_messages(1, chat_id=CHAT)
        assert prompt.text == "Chọn việc:" and prompt.buttons[0]["callback_data"] == "done:7"
        update = bot_api.callback(CHAT, CHAT, prompt.message_id, "done:7")
        await bot_api.wait_until(lambda: prompt.edit_count == 1)
        assert prompt.plain_text == "Đã xong (done:7)" and prompt.reply_markup is None
        assert bot_api.callback_answers[update["callback_query"]["id"]]["text"] == "Đã ghi nhận"
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


async def test_callback_query_can_be_answered_once(bot: Bot, bot_api: TelegramEmulator) -> None:
    message = await bot.send_message(CHAT, "x", reply_markup=KEYBOARD)
    query_id = bot_api.callback(CHAT, 5, message.message_id, "done:7")["callback_query"]["id"]
    assert await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query_id)


async def test_dropped_connection_is_network_error(bot: Bot, bot_api: TelegramEmulator) -> None:
    bot_api.drop_connection("sendMessage")
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(CHAT, "x")
    assert not isinstance(caught.value, TimedOut)
    assert bot_api.sent == [] and bot_api.calls[-1].status == 499
    await bot.send_message(CHAT, "y")


async def test_server_errors_are_network_errors(bot: Bot, bot_api: TelegramEmulator) -> None:
    bot_api.fail_server_error("sendMessage", 500)
    bot_api.fail_server_error("sendMessage", 502)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(CHAT, "x")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(CHAT, "x")
    assert bot_api.sent == []


async def test_fault_for_one_chat_only(bot: Bot, bot_api: TelegramEmulator) -> None:
    bot_api.fail_server_error("*", 500, times=None, chat_id=7)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(7, "x")
    await bot.send_message(8, "y")
    assert [m.chat_id for m in bot_api.sent] == [8]


@pytest.mark.parametrize("deliver", [True, False])
async def test_slow_answer_times_out(bot: Bot, bot_api: TelegramEmulator, deliver: bool) -> None:
    bot_api.slow("sendMessage", 0.3, deliver=deliver)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "chậm", read_timeout=0.1)
    await asyncio.sleep(0.35)
    assert [m.text for m in bot_api.sent] == (["chậm"] if deliver else [])


async def test_flood_limits(bot: Bot, bot_api: TelegramEmulator) -> None:
    bot_api.rate_limit(chat_burst=3, burst=6, per_second=0.1, jitter_allowance=0)
    for _ in range(3):
        await bot.send_message(CHAT, "x")
    with pytest.raises(RetryAfter):
        await bot.send_message(CHAT, "x")
    for chat_id in (2, 3, 4):
        await bot.send_message(chat_id, "y")
    with pytest.raises(RetryAfter):
        await bot.send_message(5, "z")
    assert len(bot_api.sent) == 6
    bot_api.rate_limit(False)
    await bot.send_message(5, "z")


async def test_raw_http_json_errors_and_tokens(bot_api: TelegramEmulator) -> None:
    async with httpx.AsyncClient() as client:
        url = f"{bot_api.base_url}{bot_api.token}"
        sent = await client.post(f"{url}/sendMessage", json={"chat_id": CHAT, "text": "json"})
        assert sent.json()["result"]["text"] == "json"
        me = await client.get(f"{url}/getMe")
        assert me.json()["result"]["username"] == "NhacViecTestBot"
        unknown = await client.post(f"{url}/fooBar")
        assert unknown.status_code == 404
        assert unknown.json() == {
            "ok": False,
            "error_code": 404,
            "description": "Not Found: method not found",
        }
        wrong = await client.get(f"{bot_api.base_url}1:wrong/getMe")
        assert wrong.status_code == 401 and wrong.json()["description"] == "Unauthorized"
    with pytest.raises(InvalidToken):
        async with Bot("1:wrong", base_url=bot_api.base_url):
            pass
