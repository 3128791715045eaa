"""What counts as "xong" in a unit's reply, and as "trả lại" in the office's: pure functions.

People write "Xong", "xong rồi ạ", "Đã hoàn thành", "ok xong 👍" or "xong, đã gửi báo cáo
số 12/BC-UBND", with or without diacritics. Negations and hedges ("chưa xong", "sắp xong",
"gần xong", "không xong được") and questions ("xong chưa?") never count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from jobs.ingest.units import strip_diacritics

# Words that may come before the verb: "ok xong", "dạ đã xong", "báo cáo: hoàn thành".
LEADING = r"(?:(?:ok|oke|okay|oki|vang|da|em|chung em|don vi|bao cao|xin bao cao|bc)\b[\s,.:!-]*)*"
DONE_WORDS = r"(?:xong|hoan thanh|hoan tat|done)(?![a-z0-9])"
# Words that may follow it without making it a note: "xong rồi ạ", "xong hết nhé".
TRAILING = r"(?:\s*(?:roi|a|nhe|nha|ha|luon|het|ca|xong|xuoi|nhiem vu|viec nay)(?![a-z0-9]))*"
COMPLETION = re.compile(rf"{LEADING}(?:da\s+)?(?:lam\s+)?{DONE_WORDS}{TRAILING}")
# What after the verb turns it into a question, a negation or a part: "xong chưa", "xong
# được không", "xong chứ", "xong một nửa", "xong 80%", "xong thì báo", "xong nhưng ...".
NOT_DONE_AFTER = re.compile(
    r"\s*[,.:;!-]*\s*(?:chua|khong|ko|kg|k|hong|chu|(?:duoc|dc)\s+(?:khong|ko|chua)|"
    r"(?:mot|1)\s+(?:nua|phan)|phan nao|nua|thi|sao|gi|nhung|\d+\s*%)(?![a-z0-9])"
)
TASK_REF = re.compile(r"\s*#\s*(\d{1,9})(?![0-9])")
SEPARATORS = " \t\n,.:;!-–—"
RETURN = re.compile(rf"{LEADING}tra\s+lai(?![a-z0-9])")


@dataclass(frozen=True)
class Completion:
    """A reply that reports a task done: the note written after it, the task it names."""

    note: str | None = None
    task_id: int | None = None


@dataclass(frozen=True)
class Return:
    """The office refusing a completion ("trả lại"), with its reason if written."""

    note: str | None = None


def fold(text: str) -> str:
    """Lower case without diacritics, one character for each character of the NFC text."""
    return "".join(
        folded.lower() if len(folded := strip_diacritics(char)) == 1 else char.lower()
        for char in text
    )


def _start(text: str) -> tuple[str, int]:
    """The NFC text and where its first letter or digit is (emoji and marks skipped)."""
    text = unicodedata.normalize("NFC", text)
    start = next((i for i, char in enumerate(text) if char.isalnum()), len(text))
    return text, start


def _note(text: str) -> str | None:
    """What is left of a message after the verb, as a note (None when only marks remain)."""
    note = text.strip().lstrip(SEPARATORS).strip()
    return note if any(char.isalnum() for char in note) else None


def parse_completion(text: str) -> Completion | None:
    """``text`` as a completion report, or None when it is not one (or not a sure one)."""
    text, start = _start(text)
    folded = fold(text)
    if "?" in folded:
        return None
    match = COMPLETION.match(folded, start)
    if match is None or NOT_DONE_AFTER.match(folded, match.end()):
        return None
    end, task_id = match.end(), None
    if reference := TASK_REF.match(folded, end):
        end, task_id = reference.end(), int(reference.group(1))
    rest = text[end:]
    if rest and rest[0].isalnum():
        return None
    return Completion(_note(rest), task_id)


def parse_return(text: str) -> Return | None:
    """``text`` as the office sending a completion back ("trả lại, thiếu số liệu")."""
    text, start = _start(text)
    folded = fold(text)
    match = RETURN.match(folded, start)
    if match is None or "?" in folded:
        return None
    rest = text[match.end() :]
    if rest and rest[0].isalnum():
        return None
    return Return(_note(rest))
