"""Vietnamese text folding, in one place: the broken-glyph repair and diacritic stripping.

Pure functions; imports nothing of ours, so every layer (ingest, the bot's reply grammar) may
use them.
"""

from __future__ import annotations

import re
import unicodedata

# PDF extraction often maps "ư" to "ƣ" (U+01A3) and "Ư" to "Ƣ": one character for one.
BROKEN_GLYPHS = str.maketrans({"ƣ": "ư", "Ƣ": "Ư"})


def repair_glyphs(text: str) -> str:
    """``text`` with the broken PDF glyphs put right; the same length, so spans are kept."""
    return text.translate(BROKEN_GLYPHS)


def strip_diacritics(text: str) -> str:
    """Without diacritics, case kept: "Trước Đó" -> "Truoc Do"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower case without diacritics, one character for each character of the NFC text."""
    return "".join(
        folded.lower() if len(folded := strip_diacritics(char)) == 1 else char.lower()
        for char in text
    )


def fold_words(text: str) -> str:
    """Lower-case ASCII words, no punctuation: "Cơ quan chủ trì:" -> "co quan chu tri"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", strip_diacritics(text).lower()).split())
