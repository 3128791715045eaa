"""Vietnamese text folding, in one place: the broken-glyph repair and diacritic stripping.

Pure functions; imports nothing of ours, so every layer (ingest, the bot's reply grammar) may
use them.
"""

from __future__ import annotations

import re
import unicodedata

# PDF extraction often maps "ư" to "ƣ" (U+01A3) and "Ư" to "Ƣ"; web pages set the fraction slash
# (U+2044) or the division slash (U+2215) for "/" in dates and numbers ("ngày 26⁄12⁄2019", "số
# 595⁄PCTNXH"): one character for one.
BROKEN_GLYPHS = str.maketrans({"ƣ": "ư", "Ƣ": "Ư", "\u2044": "/", "\u2215": "/"})
# str.translate looks up every character; most texts hold none of these, which a search finds fast
BROKEN_GLYPH = re.compile("[ƣƢ\u2044\u2215]")


def repair_glyphs(text: str) -> str:
    """``text`` with the broken PDF glyphs put right; the same length, so spans are kept."""
    return text.translate(BROKEN_GLYPHS) if BROKEN_GLYPH.search(text) else text


def strip_diacritics(text: str) -> str:
    """Without diacritics, case kept: "Trước Đó" -> "Truoc Do"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# The Vietnamese letters of each case, for regular-expression classes ("[{UPPER}]"). A code-point
# range such as "À-Ỹ" is no such class: Unicode interleaves the cases, so "đ" and "ộ" fall in it.
_VIETNAMESE_LETTERS = sorted(
    {unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưy"
     for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")} - set("aeiouy") | {"đ"}
)
UPPER = "A-Z" + "".join(letter.upper() for letter in _VIETNAMESE_LETTERS)
LOWER = "a-z" + "".join(_VIETNAMESE_LETTERS)


def fold(text: str) -> str:
    """Lower case without diacritics, one character for each character of the NFC text."""
    return "".join(
        folded.lower() if len(folded := strip_diacritics(char)) == 1 else char.lower()
        for char in text
    )


def fold_words(text: str) -> str:
    """Lower-case ASCII words, no punctuation: "Cơ quan chủ trì:" -> "co quan chu tri"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", strip_diacritics(text).lower()).split())


# Letters of the TCVN3 (ABC) font encoding that Unicode Vietnamese text does not use: a text typed
# in .VnTime and read as Unicode shows "Uû ban nh©n d©n", "tr\u00adíc ngµy" (ư is a soft hyphen).
TCVN3_ONLY = re.compile("[©ª«¬®µ¶·¸¹¼½¾ÆÇËÌÎÏÐÑÖ×ØÜÞß¡¢£¤¥¦§¨\u00ad]")
TCVN3_MIN_COUNT = 10
TCVN3_MIN_SHARE = 0.03


def typed_in_tcvn3(text: str) -> bool:
    """Whether ``text`` is Vietnamese typed in a TCVN3 font, its letters read as Latin-1 ones."""
    count = len(TCVN3_ONLY.findall(text))
    if count < TCVN3_MIN_COUNT:
        return False
    letters = sum(map(str.isalpha, text)) or 1
    return count / letters >= TCVN3_MIN_SHARE
