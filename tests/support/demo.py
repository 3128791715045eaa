"""``make demo``: the main flow end to end, with no token and no network.

The Bot API emulator runs on 127.0.0.1, the database is a fresh SQLite file, and the real bot
(python-telegram-bot over HTTP) answers with a clock set to the directive's week. Then, as
the office and a unit would:

1. the office sends a directive file; the bot previews its tasks; the office confirms;
2. the office invites Phòng Nội vụ; the unit's group joins with ``/start <mã>``;
3. ``/nhac`` sends the unit its reminder; the unit replies "xong, ..." to it;
4. a letter to "UBND các xã, thị trấn" (two communes in the demo's unit directory): Cẩm
   Quang answers its reminder with its report file captioned "xong", which closes only its
   part (the office sees "1/2 xã đã hoàn thành; còn: UBND xã Cẩm Lạc"), and ``/task`` lists
   the file;
5. five weeks later the office asks ``/overdue``;
6. the weekly summary reaches the office chat with its chart and workbook, saved to the
   output folder.

    python -m tests.support.demo [--out demo-output]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from rich.panel import Panel
from rich.text import Text
from telegram.ext import Application

from bot.app import build_application, running, runtime_of
from db.session import open_database, session_scope
from jobs.calendar import FakeClock
from jobs.config import Settings, TelegramSettings
from jobs.ingest.units import UnitEntry
from jobs.store import import_units
from tests.support.emulator import RecordedMessage, TelegramEmulator

DIRECTIVE = Path(__file__).resolve().parent.parent / "corpus" / "002_18e1b5338292797a.txt"
OFFICE_CHAT, ADMIN = -1001000, 900
UNIT_CHAT, UNIT_HEAD = -1002001, 201
SHOWN_LINES = 14
TASK_ID = re.compile(r"#(\d+)")
INVITE_TOKEN = re.compile(r"start=([\w-]+)")
# The demo's deployment directory: two communes and the collective that stands for them.
COLLECTIVE = "UBND các xã, thị trấn"
COMMUNES = {  # name: (group chat, the person who answers there)
    "UBND xã Cẩm Quang": (-1003001, 301),
    "UBND xã Cẩm Lạc": (-1003002, 302),
}
LETTER_NAME = "45-UBND-NV.txt"
LETTER = """ỦY BAN NHÂN DÂN
HUYỆN ĐẠI LỘC
Số: 45/UBND-NV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đại Lộc, ngày 12 tháng 3 năm 2024

V/v rà soát, báo cáo số liệu cán bộ, công chức cấp xã

Kính gửi: UBND các xã, thị trấn.

UBND huyện đề nghị UBND các xã, thị trấn rà soát, báo cáo số liệu cán bộ, công chức cấp xã
năm 2024, gửi về Phòng Nội vụ trước ngày 29/3/2024.
"""
REPORT_NAME = "bao-cao-so-lieu-can-bo-Cam-Quang.pdf"
REPORT = b"%PDF-1.4\n% Bao cao so lieu can bo, cong chuc xa Cam Quang nam 2024\n"


@dataclass(frozen=True)
class Said:
    """One message of the transcript, in full: the step, who wrote it, its text and buttons."""

    step: str
    who: str
    text: str
    buttons: tuple[str, ...] = ()


class Demo:
    """The running bot and the people who talk to it, printing and recording what they say."""

    def __init__(self, api: TelegramEmulator, console: Console) -> None:
        self.api = api
        self.console = console
        self.current_step = ""
        self.transcript: list[Said] = []

    def step(self, title: str) -> None:
        """A step of the story begins."""
        self.current_step = title
        self.console.rule(title)

    def show(self, who: str, text: str, shown: int = SHOWN_LINES,
             buttons: tuple[str, ...] = ()) -> None:
        """One message of the transcript; a long one is printed up to its first ``shown``
        lines (and recorded whole)."""
        self.transcript.append(Said(self.current_step, who, text, buttons))
        lines = text.splitlines()
        if len(lines) > shown:
            lines = [*lines[:shown], f"… ({len(lines) - shown} dòng nữa)"]
        self.console.print(Panel(Text("\n".join(lines)), title=who, title_align="left",
                                 expand=False))

    async def replies(self, chat_id: int, before: int, expect: int = 1, *,
                      until_buttons: bool = False, shown: int = SHOWN_LINES
                      ) -> list[RecordedMessage]:
        """The messages the bot sends to ``chat_id`` after the first ``before``: ``expect`` of
        them, or all up to the first that carries buttons."""
        if until_buttons:
            await self.api.wait_until(
                lambda: any(m.buttons for m in self.api.messages_to(chat_id)[before:]), timeout=30
            )
        else:
            await self.api.wait_for_messages(before + expect, timeout=30, chat_id=chat_id)
        new = self.api.messages_to(chat_id)[before:]
        for message in new:
            self.show(f"🤖 Bot → {chat_id}", readable(message), shown,
                      tuple(button["text"] for button in message.buttons))
        return new

    async def say(self, chat_id: int, user_id: int, who: str, text: str, *,
                  reply_to: int | None = None, expect: int = 1, shown: int = SHOWN_LINES
                  ) -> list[RecordedMessage]:
        """Someone writes in a chat; returns the bot's answers there."""
        self.show(who, text)
        before = len(self.api.messages_to(chat_id))
        chat_type = "private" if chat_id > 0 else "supergroup"
        self.api.user_message(chat_id, user_id, text, chat_type=chat_type,
                              reply_to_message_id=reply_to)
        return await self.replies(chat_id, before, expect, shown=shown)

    async def press(self, chat_id: int, user_id: int, who: str, message: RecordedMessage,
                    label: str) -> list[RecordedMessage]:
        """Someone presses the button called ``label`` under a bot message."""
        self.show(who, f"[bấm nút {label}]")
        button = next(b for b in message.buttons if b["text"] == label)
        before = len(self.api.messages_to(chat_id))
        self.api.callback(chat_id, user_id, message.message_id, button["callback_data"])
        return await self.replies(chat_id, before, 1)


def readable(message: RecordedMessage) -> str:
    """A message as the transcript shows it: its text, a photo or file marked as such."""
    if message.method == "sendPhoto":
        return f"[ảnh] {message.plain_text or ''}".rstrip()
    if message.method == "sendDocument":
        return f"[tệp {message.file_name}] {message.plain_text or ''}".rstrip()
    return message.plain_text or ""


Conversation = Callable[[Demo, FakeClock, Application, Path], Awaitable[None]]


async def run_demo(out: Path, console: Console, story: Conversation | None = None) -> list[Said]:
    """The flow above (or another ``story``), against a temporary database; the transcript."""
    out.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(datetime(2024, 3, 12, 2, 0, tzinfo=UTC))  # 09:00 in Hà Nội
    async with TelegramEmulator() as api:
        with tempfile.TemporaryDirectory() as folder:
            settings = Settings(
                database_url=f"sqlite:///{folder}/demo.sqlite3",
                telegram=TelegramSettings(token=api.token, api_base_url=api.base_url,
                                          file_base_url=api.base_file_url,
                                          office_chat_id=OFFICE_CHAT, admins=(ADMIN,)),
            )
            engine = open_database(settings.database_url)
            with session_scope(engine) as session:
                import_units(session, unit_directory(), now=clock.now(), actor="demo")
            application = build_application(settings, engine, clock, builder=api.app_builder())
            demo = Demo(api, console)
            async with running(application):
                await (story or conversation)(demo, clock, application, out)
            engine.dispose()
    return demo.transcript


def unit_directory() -> list[tuple[UnitEntry, tuple[str, ...]]]:
    """The demo's units.toml: the communes, and "UBND các xã, thị trấn" with its members."""
    communes = [(UnitEntry(name, "body", named=True), ()) for name in COMMUNES]
    collective = UnitEntry(COLLECTIVE, "body", named=True, members=tuple(COMMUNES))
    return [*communes, (collective, ())]


async def upload(demo: Demo, name: str, data: bytes) -> None:
    """The office sends a directive file, sees the preview and confirms it."""
    demo.show("👩‍💼 Văn phòng", f"[gửi tệp {name}]")
    before = len(demo.api.messages_to(ADMIN))
    demo.api.user_document(ADMIN, ADMIN, name, data)
    preview = await demo.replies(ADMIN, before, until_buttons=True)
    await demo.press(ADMIN, ADMIN, "👩‍💼 Văn phòng", preview[-1], "✅ Xác nhận")


async def join(demo: Demo, unit: str, chat_id: int, user_id: int) -> None:
    """The office invites a unit; its group joins with ``/start <mã>``."""
    [invite] = await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", f"/invite {unit}")
    token = INVITE_TOKEN.search(invite.plain_text).group(1)
    await demo.say(chat_id, user_id, f"👤 {unit}", f"/start {token}")


async def collective_task(demo: Demo) -> None:
    """One commune closes its part of a collective's task with its report attached."""
    api = demo.api
    await upload(demo, LETTER_NAME, LETTER.encode())
    for unit, (chat_id, user_id) in COMMUNES.items():
        await join(demo, unit, chat_id, user_id)
    [tasks] = await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", f"/nhiemvu {COLLECTIVE}")
    task_id = TASK_ID.search(tasks.plain_text).group(1)
    before = {chat_id: len(api.messages_to(chat_id)) for chat_id, _ in COMMUNES.values()}
    await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", f"/nhac {task_id}")
    reminders = {
        unit: (await demo.replies(chat_id, before[chat_id], 1))[0]
        for unit, (chat_id, _) in COMMUNES.items()
    }
    chat_id, user_id = COMMUNES["UBND xã Cẩm Quang"]
    demo.show("👤 UBND xã Cẩm Quang", f"[trả lời tin nhắc, gửi tệp {REPORT_NAME}]\nxong")
    before_chat, before_office = len(api.messages_to(chat_id)), len(api.messages_to(OFFICE_CHAT))
    api.user_document(chat_id, user_id, REPORT_NAME, REPORT, "xong", chat_type="supergroup",
                      reply_to_message_id=reminders["UBND xã Cẩm Quang"].message_id)
    await demo.replies(chat_id, before_chat, 1)
    await demo.replies(OFFICE_CHAT, before_office, 1)
    # The office's view: progress by member, and the report kept as evidence.
    await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", f"/task {task_id}", shown=40)


async def conversation(demo: Demo, clock: FakeClock, application: Application, out: Path) -> None:
    """What the office and the unit do, step by step."""
    api = demo.api
    console = demo.console
    demo.step("1. Văn phòng gửi văn bản, xem trước và xác nhận")
    await upload(demo, DIRECTIVE.name, DIRECTIVE.read_bytes())

    demo.step("2. Phòng Nội vụ liên kết nhóm Telegram bằng mã mời")
    [invite] = await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", "/invite Phòng Nội vụ")
    token = INVITE_TOKEN.search(invite.plain_text).group(1)
    await demo.say(UNIT_CHAT, UNIT_HEAD, "👨‍💼 Trưởng phòng Nội vụ", f"/start {token}")

    demo.step("3. Nhắc ngay, và đơn vị trả lời «xong»")
    [tasks] = await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", "/nhiemvu Phòng Nội vụ")
    first_task = TASK_ID.search(tasks.plain_text).group(1)
    before = len(api.messages_to(UNIT_CHAT))
    await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", f"/nhac {first_task}")
    [reminder] = await demo.replies(UNIT_CHAT, before, 1)
    await demo.say(UNIT_CHAT, UNIT_HEAD, "👨‍💼 Trưởng phòng Nội vụ",
                   "Xong rồi ạ, đã gửi báo cáo số 12/BC-PNV", reply_to=reminder.message_id)

    demo.step("4. Nhiệm vụ giao «UBND các xã, thị trấn»: một xã xong, kèm báo cáo")
    await collective_task(demo)

    demo.step("5. Năm tuần sau: nhiệm vụ quá hạn")
    clock.advance(timedelta(days=35))
    await demo.say(ADMIN, ADMIN, "👩‍💼 Văn phòng", "/quahan")

    demo.step("6. Tổng hợp tuần gửi Văn phòng")
    before = len(api.messages_to(OFFICE_CHAT))
    await runtime_of(application).service.send_weekly_summary()
    for message in api.messages_to(OFFICE_CHAT)[before:]:
        if message.method == "sendPhoto":
            (out / "tong-hop-tuan.png").write_bytes(message.data)
        elif message.method == "sendDocument":
            (out / (message.file_name or "bao-cao.xlsx")).write_bytes(message.data)
        else:
            demo.show(f"🤖 Bot → {OFFICE_CHAT}", message.plain_text)
    console.print(f"\nBiểu đồ và báo cáo .xlsx đã lưu trong thư mục {out}/")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m tests.support.demo``."""
    parser = argparse.ArgumentParser(description="Chạy thử nhacviec, không cần token hay mạng.")
    parser.add_argument("--out", type=Path, default=Path("demo-output"))
    args = parser.parse_args(argv)
    asyncio.run(run_demo(args.out, Console()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
