"""The "xong" rule on replies as people really type them in Vietnamese chats (table tests).

A reply closes a task only when it clearly says so. Diacritics count when the message has
any ("xông" is not "xong"); a message typed without any is folded. A "xong" followed by
words that defer, deny or limit it never closes.
"""

from __future__ import annotations

import pytest

from bot.completion import Completion, has_diacritics, parse_completion, parse_hedge

DONE = Completion()

CLOSES = [
    # with diacritics
    ("Dạ xong rồi ạ", DONE),
    ("Dạ em đã hoàn thành rồi ạ", DONE),
    ("Em xong rồi nhé", DONE),
    ("Xong rồi anh ơi", DONE),
    ("Anh ơi xong rồi ạ", DONE),
    ("Đã xong ạ", DONE),
    ("đã xử lý xong", DONE),
    ("Đã thực hiện xong", DONE),
    ("Báo cáo: đã hoàn thành", DONE),
    ("Xin báo cáo: đã hoàn thành nhiệm vụ", DONE),
    ("Vâng, xong rồi", DONE),
    ("Chúng em đã hoàn tất", DONE),
    ("Đơn vị đã hoàn thành", DONE),
    ("xong rùi ạ", DONE),
    ("Xong r ạ", DONE),
    ("xong nhé", DONE),
    ("Xong hết rồi ạ 👍", DONE),
    ("✅ Đã hoàn thành", DONE),
    ("Hoàn thành 100%", DONE),
    ("xong, đã gửi qua hệ thống", Completion(note="đã gửi qua hệ thống")),
    ("Đã xong, gửi kèm báo cáo số 45/BC-UBND", Completion(note="gửi kèm báo cáo số 45/BC-UBND")),
    ("Xong #38", Completion(task_id=38)),
    ("xong #7 ạ", Completion(note="ạ", task_id=7)),
    ("Đã hoàn thành #12, gửi qua email", Completion(note="gửi qua email", task_id=12)),
    ("xong, không có vướng mắc gì", Completion(note="không có vướng mắc gì")),
    # without diacritics
    ("da xong roi a", DONE),
    ("Da em xong roi", DONE),
    ("xong roi nhe", DONE),
    ("ok xong", DONE),
    ("oke xong r", DONE),
    ("hoan thanh roi", DONE),
    ("done", DONE),
    ("Done!", DONE),
    ("XONG ROI", DONE),
    ("em lam xong roi", DONE),
    ("xong, da nop ban cung", Completion(note="da nop ban cung")),
]

REFUSES = [
    # another word: diacritics count when typed
    "xông",
    "Xông rồi",
    "xống",
    "xòng",
    "xông nhà",
    "hoàn thánh",
    # not done yet, or soon
    "chưa xong",
    "Chưa xong ạ",
    "chua xong dau",
    "vẫn chưa xong",
    "sắp xong",
    "sap xong roi",
    "gần xong",
    "gan xong",
    "Gần xong rồi ạ",
    "đang làm, chưa xong",
    "sẽ xong trong tuần",
    "mai xong",
    "chắc mai xong",
    "cố gắng xong trước 15/5",
    # a "xong" taken back by what follows
    "Em xong sau nhé",
    "em xong sau nha",
    "xong sau",
    "Xong sau ạ",
    "xong đâu",
    "xong đâu mà báo",
    "xong dau",
    "xong rồi mới làm tiếp",
    "xong roi moi lam tiep",
    "xong thì báo",
    "xong thi bao em",
    "xong thì báo lại văn phòng nhé",
    "xong khi nào báo",
    "xong trước thứ 6",
    "xong trong hôm nay",
    "xong trong tuần này",
    "xong sớm thôi",
    "xong ngay ạ",
    "Em làm xong liền",
    "xong nốt phần còn lại",
    "làm xong giúp em",
    "xong phần 1",
    "xong phần 1 rồi ạ",
    "Xong một phần",
    "xong 1 nửa",
    "xong được 2/3",
    "Đã xong, được 2/3 xã",
    "xong 5/7 xã",
    "Xong rồi, còn thiếu số liệu của 2 xã",
    "xong, còn lại tuần sau gửi",
    "xong nhưng chưa gửi",
    "Xong rồi nhưng chưa ký",
    "xong, chưa gửi báo cáo",
    "xong chưa",
    "xong chưa em?",
    "Xong chưa ạ",
    "xong chua",
    "xong hông",
    "xong k a",
    "xong ko",
    "xong được không",
    "xong được chưa",
    "xong chứ",
    "xong là báo ngay",
    "xong mai gửi",
    "xong tuần sau",
    "xong cuối tháng",
    "xong 80%",
    "xong đi",
    "làm cho xong",
    "khi nào xong?",
    "họp xong rồi mới làm",
    "Bao giờ xong",
    "không xong được",
    "ko xong dc",
    "xong gì mà xong",
    "xongg",
    "xon",
    "hoàn",
    "",
    "👍",
    "ok",
    "đã nhận",
]


@pytest.mark.parametrize(("text", "expected"), CLOSES)
def test_replies_that_close(text: str, expected: Completion | None) -> None:
    assert parse_completion(text) == expected


@pytest.mark.parametrize("text", REFUSES)
def test_replies_that_do_not_close(text: str) -> None:
    assert parse_completion(text) is None


def test_the_table_is_large() -> None:
    assert len(CLOSES) + len(REFUSES) >= 100


@pytest.mark.parametrize(
    ("text", "marked"),
    [("xong", False), ("xông", True), ("Đã", True), ("da xong", False), ("xong 👍", False)],
)
def test_diacritics_are_seen(text: str, marked: bool) -> None:
    assert has_diacritics(text) is marked


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("xong sau nhé", True),
        ("xong phần 1", True),
        ("được 2/3 rồi", True),
        ("duoc 2/3 roi", True),
        ("Dạ mới đạt 5/7 xã ạ", True),
        ("xong #12 sau", True),
        ("chưa xong", False),  # a plain "not done": nothing to ask
        ("xong chưa?", False),  # a question
        ("xong rồi ạ", False),  # a completion
        ("xông", False),
    ],
)
def test_hedged_replies_are_told_apart(text: str, hedged: bool) -> None:
    assert (parse_hedge(text) is not None) == hedged
