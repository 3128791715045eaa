"""Telegram HTML helpers and the inline keyboard layout."""

from __future__ import annotations

from bot.sender import keyboard
from bot.text import Page, esc, page_buttons, paginate, split_message, utf16_size
from jobs.messages.sender import Button
from tests.support.emulator import parse_html


def test_escape_keeps_text_as_typed() -> None:
    text = 'Báo cáo <số 12> & "phụ lục"'
    assert parse_html(f"<b>{esc(text)}</b>")[0] == text


def test_split_at_line_ends_under_the_limit() -> None:
    lines = [f"<b>#{n}</b> {'nhiệm vụ ' * 20}" for n in range(100)]
    chunks = split_message("\n".join(lines), limit=1000)
    assert len(chunks) > 1
    assert all(utf16_size(chunk) <= 1000 for chunk in chunks)
    assert "\n".join(chunks) == "\n".join(lines)
    assert all(parse_html(chunk) for chunk in chunks)  # no tag cut in two


def test_an_overlong_line_is_cut_at_a_space() -> None:
    chunks = split_message("từ " * 3000, limit=4096)
    assert len(chunks) == 3 and all(utf16_size(chunk) <= 4096 for chunk in chunks)
    assert all(not chunk.startswith(" ") for chunk in chunks)


def test_emoji_count_twice() -> None:
    assert utf16_size("😀a") == 3
    assert split_message("😀" * 3000, limit=4096)[0] == "😀" * 2048


def test_pages_are_clamped() -> None:
    items = list(range(7))
    assert paginate(items, 1, 3) == ([0, 1, 2], Page(1, 3))
    assert paginate(items, 9, 3) == ([6], Page(3, 3))
    assert paginate([], 2, 3) == ([], Page(1, 1))
    assert Page(1, 1).label == "" and Page(2, 3).label == "Trang 2/3"


def test_page_buttons() -> None:
    assert page_buttons("overdue", Page(1, 1)) == ()
    middle = page_buttons("tasks", Page(2, 3), "17")
    assert [b.data for b in middle] == ["page:tasks:1:17", "page:tasks:3:17"]


def test_short_buttons_share_a_row_long_ones_do_not() -> None:
    markup = keyboard([Button("✅ Xong", "done:1"), Button("⏳ Xin gia hạn", "ext:1")])
    assert [len(row) for row in markup.inline_keyboard] == [2]
    long = [Button(f"#{n} Báo cáo kết quả thực hiện…", f"done:{n}") for n in range(3)]
    assert [len(row) for row in keyboard(long).inline_keyboard] == [1, 1, 1]
    assert keyboard([]) is None
