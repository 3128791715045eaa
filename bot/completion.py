"""What counts as "xong" in a unit's reply, and as "trả lại" in the office's: pure functions.

People write "Xong", "xong rồi ạ", "Đã hoàn thành", "ok xong 👍" or "xong, đã gửi báo cáo
số 12/BC-UBND", with or without diacritics. A reply closes a task only when it clearly says
so:

- Diacritics count when the message has them: "xông" is another word, not "xong". Only a
  message typed without any diacritic at all is folded ("xong roi a" = "xong rồi ạ").
- Negations, hedges and questions never count: "chưa xong", "sắp xong", "gần xong",
  "không xong được", "xong chưa?".
- Nor does a "xong" followed by words that defer, deny or limit it: "Em xong sau nhé",
  "xong đâu", "xong phần 1", "được 2/3 xã", "xong thì báo", "xong rồi mới làm tiếp",
  "xong, nhưng chưa gửi".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session
from telegram import Message

from db import read
from jobs.ingest.fold import fold

# The grammar is written with diacritics; ``_grammar`` derives the folded twin that reads
# messages typed without any. ``(?!\w)`` ends a word (Python's \w knows Vietnamese letters).
END = r"(?!\w)"
# Words that may come before the verb: "ok xong", "dạ đã xong", "báo cáo: hoàn thành".
LEADING = (
    r"(?:(?:ok|oke|okay|oki|okie|vâng|dạ|em|bọn em|chúng em|chúng tôi|tôi|mình|đơn vị|"
    r"báo cáo|xin báo cáo|bc|thưa anh|thưa chị|anh ơi|chị ơi|sếp ơi|văn phòng ơi|"
    r"anh|chị|sếp)" + END + r"[\s,.:!-]*)*"
)
DONE_WORDS = r"(?:xong|hoàn thành|hoàn tất|done)" + END
# Words that may follow it without making it a note: "xong rồi ạ", "xong hết nhé".
TRAILING = (
    r"(?:\s*(?:rồi|rùi|ròi|òi|r|ạ|nhé|nhá|nha|ha|nhen|luôn|hết|cả|xong|xuôi|ok|"
    r"nhiệm vụ|việc này|nhiệm vụ này|100%|anh ơi|chị ơi|sếp ơi|anh|chị|sếp)" + END + r")*"
)
VERB = LEADING + r"(?:đã\s+)?(?:làm\s+|thực hiện\s+|xử lý\s+|giải quyết\s+)?" + DONE_WORDS
# Right after the verb (a comma or dash allowed between): a question, a negation, a
# condition, a deferral, a part. "xong chưa", "xong được không", "xong chứ", "xong sau",
# "xong đâu", "xong thì báo", "xong rồi mới làm", "xong một nửa", "xong 80%", "xong 2/3",
# "xong phần 1", "xong trước 15/5", "xong trong tuần", "xong sớm", "xong giúp em".
TAKEN_BACK = (
    r"chưa|chứ|chớ|(?:được|đc|dc)\s+(?:không|ko|chưa|\d)|(?:một|1)\s+(?:nửa|phần|số|ít)|"
    r"phần|nửa|thì|thời|sao|gì|nhưng|sau|đâu|mới|khi|trước|trong|vào|sớm|ngay|liền|nốt|"
    r"tiếp|nữa|hộ|giúp|dùm|giùm|nổi|chắc|luôn\s+(?:đi|nhé|nha)|hôm|ngày|mai|tuần|tháng|"
    r"cuối|đầu|bao giờ|\d+\s*(?:%|/\s*\d+)"
)
# Only right after the verb: "xong không", "xong k", "xong là báo", "xong đi" (but "xong,
# không có vướng mắc gì" is a note).
TAKEN_BACK_RIGHT_AFTER = r"không|ko|kg|k|hông|hok|khum|là|mà|đi|được"
NOT_DONE_AFTER = (
    rf"(?:\s*[,.:;!–—-]+\s*(?:{TAKEN_BACK})|\s*(?:{TAKEN_BACK}|{TAKEN_BACK_RIGHT_AFTER}))" + END
)
# Anywhere in the note: it still lacks something, or counts only a part of the units.
NOT_DONE_IN_NOTE = (
    r"(?<!\w)(?:chưa|đâu|còn\s+(?:thiếu|lại|\d|một|mấy|vài|phần)|thiếu|dở|dang dở|"
    r"phần\s+(?:\d|còn|một|hai|ba|lớn|nào)|(?:được|đạt|đc|dc)\s+\d+\s*/\s*\d+|"
    r"\d+\s*/\s*\d+\s+(?:xã|phường|thị trấn|đơn vị|phần|mục|việc|nội dung|hồ sơ|chỉ tiêu|"
    r"trường|thôn|tổ)|mới\s+(?:được|xong|làm|có)|đang\s+(?:làm|tiếp|hoàn)|sẽ)" + END
)
# A progress report without "xong": "được 2/3 rồi", "mới đạt 5/7 xã", "làm được 2/3".
PROGRESS = (
    LEADING + r"(?:mới\s+|đã\s+)*(?:làm\s+|thực hiện\s+)?(?:được|đạt|đc|dc)\s+\d+\s*/\s*\d+"
)
TASK_REF = re.compile(r"\s*#\s*(\d{1,9})(?![0-9])")
SEPARATORS = " \t\n,.:;!-–—"
RETURN = LEADING + r"trả\s+lại" + END


@dataclass(frozen=True)
class Completion:
    """A reply that reports a task done: the note written after it, the task it names."""

    note: str | None = None
    task_id: int | None = None


@dataclass(frozen=True)
class Hedged:
    """A "xong" that defers, denies or limits itself ("xong sau nhé", "xong phần 1", "được 2/3
    rồi"): not a completion, but worth asking whether the whole task is done."""

    reason: str  # the words that took it back, as written
    task_id: int | None = None


@dataclass(frozen=True)
class Return:
    """The office refusing a completion ("trả lại"), with its reason if written."""

    note: str | None = None


def lower(text: str) -> str:
    """Lower case, one character for each character of the NFC text (diacritics kept)."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def has_diacritics(text: str) -> bool:
    """Whether any letter of ``text`` carries a Vietnamese diacritic (đ included)."""
    return fold(text) != lower(text)


@dataclass(frozen=True)
class Grammar:
    """The patterns for one way of writing: with diacritics, or folded."""

    completion: re.Pattern[str]
    not_done_after: re.Pattern[str]
    not_done_in_note: re.Pattern[str]
    progress: re.Pattern[str]
    refusal: re.Pattern[str]


def _grammar(to: Callable[[str], str]) -> Grammar:
    """The patterns with diacritics (``to`` = lower) or without (``to`` = fold).

    Both keep regex escapes intact: the grammar uses only lower-case ones (\\d, \\s, \\w).
    """
    return Grammar(
        re.compile(to(VERB + TRAILING)),
        re.compile(to(NOT_DONE_AFTER)),
        re.compile(to(NOT_DONE_IN_NOTE)),
        re.compile(to(PROGRESS)),
        re.compile(to(RETURN)),
    )


WITH_DIACRITICS, FOLDED = _grammar(lower), _grammar(fold)


def _read(text: str) -> tuple[str, str, int, Grammar]:
    """The NFC text, its form to match, where its first letter or digit is, and the grammar."""
    text = unicodedata.normalize("NFC", text)
    start = next((i for i, char in enumerate(text) if char.isalnum()), len(text))
    if has_diacritics(text):
        return text, lower(text), start, WITH_DIACRITICS
    return text, fold(text), start, FOLDED


def _note(text: str) -> str | None:
    """What is left of a message after the verb, as a note (None when only marks remain)."""
    note = text.strip().lstrip(SEPARATORS).strip()
    return note if any(char.isalnum() for char in note) else None


def _taken_back(text: str, match: re.Match[str], task_id: int | None = None) -> Hedged:
    """The hedge whose words ``match`` found (as written in ``text``)."""
    return Hedged(text[match.start() : match.end()].strip(SEPARATORS), task_id)


def read_reply(text: str) -> Completion | Hedged | None:
    """``text`` as a completion report; a :class:`Hedged` one when a "xong" (or a count of
    parts done) is taken back or limited; None when it is neither, or a question."""
    text, matched, start, grammar = _read(text)
    if "?" in matched:
        return None
    match = grammar.completion.match(matched, start)
    if match is None:
        progress = grammar.progress.match(matched, start)
        return _taken_back(text, progress) if progress else None
    if after := grammar.not_done_after.match(matched, match.end()):
        return _taken_back(text, after)
    end, task_id = match.end(), None
    if reference := TASK_REF.match(matched, end):
        end, task_id = reference.end(), int(reference.group(1))
        if after := grammar.not_done_after.match(matched, end):
            return _taken_back(text, after, task_id)
    rest = text[end:]
    if rest and rest[0].isalnum():
        return None
    if limit := grammar.not_done_in_note.search(matched, end):
        return _taken_back(text, limit, task_id)
    return Completion(_note(rest), task_id)


def parse_completion(text: str) -> Completion | None:
    """``text`` as a completion report, or None when it is not one (or not a sure one)."""
    reading = read_reply(text)
    return reading if isinstance(reading, Completion) else None


def parse_hedge(text: str) -> Hedged | None:
    """``text`` as a "xong" taken back or limited ("xong sau nhé", "được 2/3 rồi")."""
    reading = read_reply(text)
    return reading if isinstance(reading, Hedged) else None


def parse_return(text: str) -> Return | None:
    """``text`` as the office sending a completion back ("trả lại, thiếu số liệu")."""
    text, matched, start, grammar = _read(text)
    match = grammar.refusal.match(matched, start)
    if match is None or "?" in matched:
        return None
    rest = text[match.end() :]
    if rest and rest[0].isalnum():
        return None
    return Return(_note(rest))


TASK_MENTION = re.compile(r"#([0-9]{1,9})(?![0-9])")


def mentioned_task(message: Message | None) -> int | None:
    """The one task a bot message names ("#12"), if it names exactly one."""
    text = (message.text or message.caption or "") if message else ""
    ids = set(TASK_MENTION.findall(text))
    return int(ids.pop()) if len(ids) == 1 else None


def replies_to_bot(message: Message) -> bool:
    """Whether a message answers one of the bot's."""
    target = message.reply_to_message
    return target is not None and target.from_user is not None and target.from_user.is_bot


def read_replied_tasks(session: Session, message: Message) -> list[int]:
    """The tasks a reply to the bot is about: those of the reminder it answers (several when
    grouped), or the one task the bot's message names."""
    target = message.reply_to_message
    tasks = read.tasks_for_message(session, message.chat.id, target.message_id)
    mentioned = mentioned_task(target)
    return tasks or ([mentioned] if mentioned is not None else [])
