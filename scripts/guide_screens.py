"""The screenshots of docs/huong-dan.md, from a real run of the bot against the Bot API emulator.

The story of the guide — the office sends a directive and confirms it, invites a unit, the
unit asks for more time and the office approves, the unit answers "xong", the office follows
up, asks for overdue tasks five weeks later and for a report — is played by the real bot
(``tests.support.demo``'s harness: no token, no network, a fixed clock). Each step's messages
are drawn as a chat, one PNG per step, in docs/img/. tests/test_guide.py replays the story and
checks that the guide's quotes are still what the bot says.

    .venv/bin/python scripts/guide_screens.py [--out docs/img]
"""

from __future__ import annotations

import asyncio
import io
import re
import sys
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

import matplotlib
from matplotlib.ft2font import FT2Font
from PIL import Image, ImageDraw, ImageFont
from rich.console import Console
from telegram.ext import Application

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support: the demo
from jobs.calendar import FakeClock
from jobs.cli.parser import VietnameseParser
from tests.support.demo import (
    ADMIN,
    DIRECTIVE,
    INVITE_TOKEN,
    OFFICE_CHAT,
    TASK_ID,
    UNIT_CHAT,
    UNIT_HEAD,
    Demo,
    Said,
    run_demo,
    upload,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
OFFICE, UNIT = "👩‍💼 Văn phòng", "👨‍💼 Trưởng phòng Nội vụ"
CHAT_NAMES = {
    ADMIN: "Văn phòng (tin nhắn riêng)",
    OFFICE_CHAT: "nhóm Văn phòng",
    UNIT_CHAT: "nhóm Phòng Nội vụ",
}


@dataclass(frozen=True)
class Screen:
    """One picture of the guide: the messages of one step of the story."""

    file: str
    step: str


SCREENS = (
    Screen("01-gui-van-ban.png", "Văn phòng gửi văn bản và xác nhận"),
    Screen("02-moi-don-vi.png", "Văn phòng mời đơn vị, đơn vị tham gia"),
    Screen("03-xin-gia-han.png", "Đơn vị nhận nhắc việc và xin gia hạn"),
    Screen("04-duyet-gia-han.png", "Văn phòng duyệt gia hạn"),
    Screen("05-bao-xong.png", "Đơn vị báo «xong»"),
    Screen("06-theo-doi.png", "Văn phòng theo dõi hằng ngày"),
    Screen("07-qua-han.png", "Năm tuần sau: nhiệm vụ quá hạn"),
    Screen("08-bao-cao.png", "Văn phòng lấy báo cáo"),
)


async def press_elsewhere(demo: Demo, chat_id: int, user_id: int, who: str, message,
                          label: str, answered: int) -> None:
    """Someone presses a button in one chat; the bot's answer goes to chat ``answered``."""
    demo.show(who, f"[bấm nút {label}]")
    button = next(b for b in message.buttons if b["text"] == label)
    before = len(demo.api.messages_to(answered))
    demo.api.callback(chat_id, user_id, message.message_id, button["callback_data"])
    await demo.replies(answered, before, 1)


async def guide_story(demo: Demo, clock: FakeClock, application: Application, out: Path) -> None:
    """What the guide tells, step by step (one step, one screen)."""
    api = demo.api
    demo.step(SCREENS[0].step)
    await upload(demo, DIRECTIVE.name, DIRECTIVE.read_bytes())

    demo.step(SCREENS[1].step)
    [invite] = await demo.say(ADMIN, ADMIN, OFFICE, "/invite Phòng Nội vụ")
    token = INVITE_TOKEN.search(invite.plain_text).group(1)
    await demo.say(UNIT_CHAT, UNIT_HEAD, UNIT, f"/start {token}")

    demo.step(SCREENS[2].step)
    [tasks] = await demo.say(ADMIN, ADMIN, OFFICE, "/nhiemvu Phòng Nội vụ")
    first, second = TASK_ID.findall(tasks.plain_text)[:2]
    before = len(api.messages_to(UNIT_CHAT))
    await demo.say(ADMIN, ADMIN, OFFICE, f"/nhac {first}")
    [reminder] = await demo.replies(UNIT_CHAT, before, 1)
    [prompt] = await demo.press(UNIT_CHAT, UNIT_HEAD, UNIT, reminder, "⏳ Xin gia hạn")
    before_office = len(api.messages_to(OFFICE_CHAT))
    await demo.say(UNIT_CHAT, UNIT_HEAD, UNIT, "19/4/2024, vì chờ số liệu của các xã",
                   reply_to=prompt.message_id)

    demo.step(SCREENS[3].step)
    [asked] = await demo.replies(OFFICE_CHAT, before_office, 1)
    await press_elsewhere(demo, OFFICE_CHAT, ADMIN, OFFICE, asked, "✅ Duyệt", UNIT_CHAT)

    demo.step(SCREENS[4].step)
    before = len(api.messages_to(UNIT_CHAT))
    await demo.say(ADMIN, ADMIN, OFFICE, f"/nhac {second}")
    [reminder] = await demo.replies(UNIT_CHAT, before, 1)
    before_office = len(api.messages_to(OFFICE_CHAT))
    await demo.say(UNIT_CHAT, UNIT_HEAD, UNIT, "Xong rồi ạ, đã gửi báo cáo số 12/BC-PNV",
                   reply_to=reminder.message_id)
    await demo.replies(OFFICE_CHAT, before_office, 1)

    demo.step(SCREENS[5].step)
    await demo.say(ADMIN, ADMIN, OFFICE, "/nhiemvu Phòng Nội vụ")
    await demo.say(ADMIN, ADMIN, OFFICE, "/tinhhinh")

    demo.step(SCREENS[6].step)
    clock.advance(timedelta(days=35))
    await demo.say(ADMIN, ADMIN, OFFICE, "/quahan")

    demo.step(SCREENS[7].step)
    await demo.say(ADMIN, ADMIN, OFFICE, "/baocao 11/3/2024 15/4/2024", expect=3)


async def guide_transcript(out: Path) -> list[Said]:
    """The guide's story played by the real bot; every message, in order."""
    return await run_demo(out, Console(file=io.StringIO()), guide_story)


# -- drawing -----------------------------------------------------------------------------------
WIDTH, MARGIN, BUBBLE_WIDTH, PAD = 960, 24, 680, 14
TEXT_SIZE, NAME_SIZE = 19, 16
MAX_LINES = 18  # a long message (the preview of a whole directive) is cut here
BACKGROUND, BOT_BUBBLE, USER_BUBBLE = "#dfe6ec", "#ffffff", "#e2f7cb"
INK, BOT_NAME, USER_NAME, BUTTON = "#1c1c1c", "#2a7ab0", "#3c8a2e", "#eef3f7"
FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"  # DejaVu Sans: Vietnamese glyphs
WHO_BOT = re.compile(r"🤖 Bot → (-?\d+)")
# The bot's status emoji drawn as DejaVu symbols in their colour (the legend of /baocao, the
# buttons): what they mean stays readable.
JOINERS = "\u200d\ufe0f"  # emoji joiners and the emoji presentation selector: drawn as "◌"
STAND_INS = {"✅": "✔", "❌": "✖", "⛔": "⊘", "🔴": "⬤", "🔵": "●", "⏳": "◔"}
COLOURS = {"✔": "#2e9d48", "☑": "#2e9d48", "✖": "#d0342c", "⊘": "#d0342c", "⬤": "#d0342c",
           "●": "#2a6fdb", "⚪": "#8a8a8a", "◔": "#d08a00", "⚠": "#d08a00"}


@cache
def font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    """DejaVu Sans, as shipped with matplotlib (so every machine draws the same)."""
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")),
                              size)


@cache
def drawable() -> frozenset[int]:
    """The code points DejaVu Sans has glyphs for (not the colour emoji Telegram shows)."""
    return frozenset(FT2Font(str(FONT_DIR / "DejaVuSans.ttf")).get_charmap())


def printable(text: str) -> str:
    """``text`` with the emoji that carry meaning (status marks) as symbols the font has, the
    other characters it cannot draw left out, spaces tidied."""
    text = "".join(STAND_INS.get(ch, ch) for ch in text)
    kept = "".join(ch for ch in text if ch == "\n" or (ord(ch) in drawable() and ch not in JOINERS))
    return "\n".join(" ".join(line.split()) for line in kept.split("\n"))


def wrapped(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels, at spaces."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and face.getlength(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Bubble:
    """One message laid out: its side, name, lines and buttons."""

    from_bot: bool
    name: str
    lines: list[str]
    buttons: tuple[str, ...]

    @property
    def height(self) -> int:
        body = NAME_SIZE + 8 + len(self.lines) * (TEXT_SIZE + 7) + 2 * PAD
        return body + (44 if self.buttons else 0) + 14


def bubble(said: Said) -> Bubble:
    """A transcript message as a chat bubble."""
    to_chat = WHO_BOT.fullmatch(said.who)
    if to_chat:
        name = f"nhacviec → {CHAT_NAMES.get(int(to_chat.group(1)), to_chat.group(1))}"
    else:
        name = printable(said.who)
    # a few pixels spare: the coloured runs are drawn without kerning between them
    lines = wrapped(printable(said.text), font(False, TEXT_SIZE), BUBBLE_WIDTH - 2 * PAD - 8)
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES], f"… ({len(lines) - MAX_LINES} dòng nữa)"]
    return Bubble(bool(to_chat), name, lines, tuple(printable(b) for b in said.buttons))


def write(draw: ImageDraw.ImageDraw, at: tuple[float, float], line: str, ink: str) -> None:
    """One line of text, its status symbols in their colours."""
    x, y = at
    face = font(False, TEXT_SIZE)
    for run in re.split(f"([{''.join(COLOURS)}])", line):
        draw.text((x, y), run, font=face, fill=COLOURS.get(run, ink))
        x += face.getlength(run)


def render(title: str, messages: list[Said]) -> Image.Image:
    """The messages of one step, drawn as a chat under a title."""
    bubbles = [bubble(said) for said in messages]
    height = MARGIN * 2 + 44 + sum(b.height for b in bubbles)
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, MARGIN), title, font=font(True, 22), fill=INK)
    y = MARGIN + 44
    for item in bubbles:
        text_width = max([font(False, TEXT_SIZE).getlength(line) for line in item.lines]
                         + [font(True, NAME_SIZE).getlength(item.name)])
        width = min(BUBBLE_WIDTH, int(text_width) + 2 * PAD)
        x = MARGIN if item.from_bot else WIDTH - MARGIN - width
        body = item.height - 14 - (44 if item.buttons else 0)
        draw.rounded_rectangle((x, y, x + width, y + body), 12,
                               fill=BOT_BUBBLE if item.from_bot else USER_BUBBLE)
        draw.text((x + PAD, y + PAD), item.name, font=font(True, NAME_SIZE),
                  fill=BOT_NAME if item.from_bot else USER_NAME)
        line_y = y + PAD + NAME_SIZE + 8
        for line in item.lines:
            write(draw, (x + PAD, line_y), line, INK)
            line_y += TEXT_SIZE + 7
        if item.buttons:
            button_width = (width - 6 * (len(item.buttons) - 1)) / len(item.buttons)
            for index, label in enumerate(item.buttons):
                left = x + index * (button_width + 6)
                box = (left, y + body + 4, left + button_width, y + body + 40)
                draw.rounded_rectangle(box, 8, fill=BUTTON, outline="#b9c6d0")
                draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), label,
                          font=font(False, 17), fill=BOT_NAME, anchor="mm")
        y += item.height
    return image


def write_screens(transcript: list[Said], out: Path) -> list[Path]:
    """One PNG per screen of the guide, in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, screen in enumerate(SCREENS, 1):
        messages = [said for said in transcript if said.step == screen.step]
        path = out / screen.file
        picture = render(f"{number}. {screen.step}", messages)
        # 64 colours keep the antialiased text sharp at a quarter of the size
        picture.quantize(colors=64).save(path, optimize=True)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Play the story and write the screenshots."""
    parser = VietnameseParser(description="Vẽ ảnh chụp màn hình cho docs/huong-dan.md.")
    parser.add_argument(
        "--out", metavar="THƯ_MỤC", type=Path, default=OUT, help="thư mục ảnh (mặc định docs/img)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        transcript = asyncio.run(guide_transcript(Path(folder)))
    for path in write_screens(transcript, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
