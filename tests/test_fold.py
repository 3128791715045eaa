"""Vietnamese folding, one home: glyph repair and diacritic stripping (jobs.ingest.fold)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from jobs.ingest.fold import (
    LOWER,
    UPPER,
    fold,
    fold_words,
    repair_glyphs,
    strip_diacritics,
    typed_in_tcvn3,
)
from jobs.ingest.pipeline import extract_text
from jobs.ingest.units import default_resolver


def test_broken_pdf_glyphs_are_repaired_one_for_one() -> None:
    assert repair_glyphs("Trƣởng phòng ƢU TIÊN") == "Trưởng phòng ƯU TIÊN"


def test_a_web_pages_slashes_are_slashes() -> None:
    """The fraction and division slashes a page sets in dates and numbers."""
    assert repair_glyphs("ngày 15\u204411\u20442026, số 12\u2215UBND") == (
        "ngày 15/11/2026, số 12/UBND")


@pytest.mark.parametrize(
    ("text", "stripped", "folded", "words"),
    [
        ("Trước Đó", "Truoc Do", "truoc do", "truoc do"),
        ("Cơ quan chủ trì:", "Co quan chu tri:", "co quan chu tri:", "co quan chu tri"),
        ("Thời hạn (ngày)", "Thoi han (ngay)", "thoi han (ngay)", "thoi han ngay"),
    ],
)
def test_folds(text: str, stripped: str, folded: str, words: str) -> None:
    assert strip_diacritics(text) == stripped
    assert fold(text) == folded
    assert fold_words(text) == words
    # decomposed input (Windows-1258 style) folds to the same words
    assert fold_words(unicodedata.normalize("NFD", text)) == words


def test_fold_keeps_one_character_per_character() -> None:
    text = "Xong rồi ạ, đã gửi"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("letters", "case_class"),
    [("ABĐỘĂÂÊÔƠƯỸẠẢẤÀÝỦ", UPPER), ("abđộăâêôơưỹạảấàýủ", LOWER)],
)
def test_letter_classes_hold_one_case_only(letters: str, case_class: str) -> None:
    other = LOWER if case_class == UPPER else UPPER
    assert all(re.fullmatch(f"[{case_class}]", letter) for letter in letters)
    assert not any(re.fullmatch(f"[{other}]", letter) for letter in letters)


TCVN3_TEXT = ("Uû ban nh©n d©n x· T©n Phó\nT©n Phó, ngµy 02 th¸ng 12 n¨m 2026\nTH¤NG B¸O\n"
              "1. Phßng Kinh tÕ r\u00ad so¸t, b¸o c¸o tr\u00adíc ngµy 10/12/2026.")


def test_text_typed_in_a_tcvn3_font_is_told_from_unicode() -> None:
    assert typed_in_tcvn3(TCVN3_TEXT)
    unicode_text = ("Ủy ban nhân dân xã Tân Phú\nTân Phú, ngày 02 tháng 12 năm 2026\nTHÔNG BÁO\n"
                    "1. Phòng Kinh tế rà soát, báo cáo trước ngày 10/12/2026. © 2026 · Trang chủ")
    assert not typed_in_tcvn3(unicode_text)


def test_a_tcvn3_text_says_why_it_gives_no_task() -> None:
    """Read as Unicode, a .VnTime text gives no task: the office is told to convert it."""
    extraction = extract_text(TCVN3_TEXT, default_resolver())
    assert extraction.tasks == []
    assert extraction.warnings[0].startswith("Văn bản được gõ bằng phông chữ cũ TCVN3 (.VnTime)")
