"""Vietnamese deadline grammar: due dates, recurrences, heading periods and anchor dates.

Pure functions, text in and values out. Input is expected in NFC (other forms are normalised
first, and spans then index the NFC form). Matching runs on a lower-cased copy of the same
length, so spans hold for the text as written. Keywords also match without diacritics
("truoc ngay 25/3", "thu 6 hang tuan") because users type that way in chat.
"""

from __future__ import annotations

import calendar
import email.utils
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import takewhile
from typing import NamedTuple, TypeVar

import dateparser

from jobs.calendar import add_working_days
from jobs.ingest.fold import UPPER, repair_glyphs, strip_diacritics
from jobs.ingest.hours import HOUR_MARK
from jobs.ingest.textfix import CHAT_DAY_RULE, STAMP_LABEL, STAMP_WEEKDAY

__all__ = [
    "Deadline",
    "Recurrence",
    "day_of_heading",
    "days_written_in_full",
    "deadline_noun_after_day",
    "deadlines_of_cell",
    "directive_date",
    "find_deadlines",
    "find_meeting_date",
    "find_recurrences",
    "invitation_meeting_date",
    "period_of_heading",
    "phase_of_heading",
    "preparation_request",
    "resolve_day_month",
    "stage_referred",
    "stages_named",
    "written_again_in_full",
]


@dataclass(frozen=True)
class Deadline:
    due: date  # the calendar day named; for "trước ngày D" it is D itself
    text: str  # the phrase as written
    # "day" | "today" | "week" | "month_start" | "month" | "quarter" | "half" | "year"
    # | "working_days" | "days"
    kind: str
    start: int
    end: int
    anchored: bool = False  # the date was completed from the directive's date (no year written)


@dataclass(frozen=True)
class Recurrence:
    every: str  # "weekly[:mon..sun]" | "monthly[:1..31]" | "daily" | "quarterly[:1..31]"
    text: str
    start: int
    end: int


NO_YEAR_GRACE_DAYS = 60
_PLACEHOLDER_ANCHOR = date(2000, 1, 1)  # stands in for an unknown directive date
DIRECTIVE_HEAD_CHARS = 3000
MEETING_WINDOW_CHARS = 250
CLAUSE_REACH_CHARS = 400
RECURRENCE_REACH_CHARS = 80  # how far a recurrence phrase reaches around its "hằng"/"hàng"
PLACE_MAX_WORDS = 6
WINDOW_MAX_DAYS = 92  # a longer "từ ngày A đến ngày B" is a period under review
_MIN_YEAR, _MAX_YEAR = 1900, 2100

# ---------------------------------------------------------------------------------------------
# Text preparation and pattern building


class _Text(NamedTuple):
    nfc: str  # the text as given (NFC): spans, phrase text, case-sensitive checks
    low: str  # same length: glyph-repaired, lower-cased; all keyword matching runs here


def _prepare(text: str) -> _Text:
    """The NFC text and its same-length, glyph-repaired, lower-cased twin."""
    nfc = text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    fixed = repair_glyphs(nfc)
    low = fixed.lower()
    if len(low) != len(fixed):  # a few letters ("İ") lower-case to two code points
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in fixed)
    if "mùng" in low or "mồng" in low or "mung" in low:
        low = _SPOKEN_DAY_RE.sub(_written_day, low)
    return _Text(nfc, low)


# "mùng 5-8", "ngày mồng hai hàng tháng": the first ten days of a month as they are spoken.
_DAY_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
              "tám": 8, "chín": 9, "mười": 10}
_SPOKEN_DAY_RE = re.compile(
    r"(?<!\w)(?P<ngay>(?:ngày|ngay)\s+)?(?:mùng|mồng|mung)\s+"
    r"(?P<day>\d{1,2}|" + "|".join(_DAY_WORDS) + r")(?!\w)"
)


def _written_day(match: re.Match[str]) -> str:
    """A spoken day ("mùng hai") as "ngày   2": as long as it was, so spans still hold."""
    day = match["day"]
    digits = day if day.isdigit() else str(_DAY_WORDS[day])
    prefix = match["ngay"] or "ngày "
    return f"{prefix}{digits.rjust(len(match[0]) - len(prefix))}"


def _kw(*phrases: str) -> str:
    """Regex alternation of lower-case phrases, each also without diacritics."""
    variants: list[str] = []
    for phrase in phrases:
        for form in (phrase, strip_diacritics(phrase)):
            pattern = r"\s+".join(re.escape(word) for word in form.split())
            if pattern not in variants:
                variants.append(pattern)
    return "(?:" + "|".join(variants) + ")"


def _words(text: str) -> list[str]:
    """Diacritic-free words of a matched keyword, for comparisons."""
    return strip_diacritics(text).lower().split()


def _is_word_char(ch: str) -> bool:
    """Whether ch is a word character (letter, digit or underscore)."""
    return ch.isalnum() or ch == "_"


def _at_word_start(low: str, pos: int) -> bool:
    """Whether pos starts a word."""
    return pos == 0 or not _is_word_char(low[pos - 1])


_NGAY = _kw("ngày")
_THANG = _kw("tháng")
_NAM = _kw("năm")
_QUY = _kw("quý", "quí")

# D/M[/Y] with one separator used consistently; not followed by more digits (a document number
# "07/2017/NQ-HĐND", a decimal "7.6%", a fraction "1/500")...
_NUM_DATE_UNGUARDED = (
    r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/]|[.,-]\d|\s?%)"
)
# ... and not the tail of a longer number.
_NUM_DATE = rf"(?<![\d/.,-]){_NUM_DATE_UNGUARDED}"
# "20 tháng 12 năm 2023" (accepted only after "ngày", checked in code).
_TEXT_DATE = (
    rf"(?P<td>\d{{1,2}})\s+{_THANG}\s+(?P<tm>\d{{1,2}})"
    rf"(?:\s*(?:{_NAM}|/|-)\s*(?P<ty>\d{{4}}))?"
)
_DAY_ATOM = rf"(?:{_NUM_DATE}|{_TEXT_DATE})"

# "tháng 10 - 11/2025", "quý III, IV/2025": a run of months or quarters ends with its last.
_RUN_JOIN = rf"\s*(?:[-–,]|{_kw('và')})\s*"
# Months in words, the longer names first; "tháng Năm năm 2026" is May only before its year.
_MONTH_WORDS = {
    "mười một": 11, "mười hai": 12, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "chạp": 12,
}
# "tuần đầu tháng 12/2025", "tuần cuối của tháng 11", "tuần thứ 2 tháng 3", "Tuần 2 tháng 12":
# a week of a month
_WEEKS = {"dau": 1, "dau tien": 1, "thu nhat": 1, "thu hai": 2, "thu ba": 3, "thu tu": 4,
          "thu 1": 1, "thu 2": 2, "thu 3": 3, "thu 4": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_WEEK_OF = (
    rf"(?:{_kw('tuần')}\s+(?P<mweek>"
    rf"{_kw('đầu tiên', 'đầu', 'cuối', 'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư')}"
    rf"|(?:{_kw('thứ')}\s+)?[1-4])(?:\s+{_kw('của')})?\s+)"
)
# "(trong) 05 ngày đầu tháng 11/2026": by that day of the month.
_FIRST_DAYS_OF = (
    rf"(?:(?P<mdays>0?[1-9]|1\d|2[0-5])\s+{_NGAY}\s+{_kw('đầu tiên', 'đầu')}"
    rf"(?:\s+{_kw('của')})?\s+)"
)
# Not "sau khi ...", "tới đó", "sau nữa": "tháng sau khi ..." names no month.
_NOT_AFTER_AN_EVENT = rf"(?!\s+{_kw('khi', 'đó', 'nữa')}(?!\w))"
_MONTH_ATOM = (
    rf"(?:{_WEEK_OF}|{_FIRST_DAYS_OF})?{_THANG}\s+(?:(?:\d{{1,2}}{_RUN_JOIN})*"
    rf"(?P<mm>\d{{1,2}})(?:\s*(?:/|-|\.|{_NAM})\s*(?P<my>\d{{4}}))?(?![\d/])"
    rf"|(?P<mnow>{_kw('này')})(?!\w)"
    # the month after the directive's: "trong tháng tới", "trước cuối tháng sau"
    rf"|(?P<mnext>{_kw('tới', 'sau')})(?!\w){_NOT_AFTER_AN_EVENT}"
    # a month named in words, with its year: "tháng Sáu năm 2026", "tháng Mười Hai năm 2026"
    rf"|(?P<mw>{_kw(*_MONTH_WORDS)})\s+{_NAM}\s+(?P<mwy>\d{{4}})(?!\d))"
)
_QUARTER_ATOM = (
    rf"{_QUY}\s+(?:(?:(?:iv|iii|ii|i|[1-4]){_RUN_JOIN})*"
    rf"(?P<q>iv|iii|ii|i|[1-4])(?!\w)(?:\s*(?:/|-|\.|{_NAM})\s*(?P<qy>\d{{4}}))?"
    # a year's first or last quarter by its place: "trong quý đầu năm 2026"
    rf"|(?P<qw>{_kw('đầu', 'cuối')})\s+{_NAM}\s+(?P<qwy>\d{{4}})(?!\d)"
    # the directive's quarter or the next: "trong quý này", "trong quý tới"
    rf"|(?P<qnow>{_kw('này')})(?!\w)"
    rf"|(?P<qnext>{_kw('tới', 'sau')})(?!\w){_NOT_AFTER_AN_EVENT})"
)
# A year range ("năm 2024-2025") names a term, never a target.
# "đến cuối năm", "trước hết năm" with no year: the directive's year (not "cuối năm học").
_YEAR_ATOM = (
    rf"{_NAM}(?:\s+(?:(?P<yy>\d{{4}})(?!\d|\s*[-–]\s*\d)|(?P<ynow>nay)(?!\w))"
    r"|(?P<ybare>(?<=cuối năm)|(?<=cuoi nam)|(?<=hết năm)|(?<=het nam))(?!\w)"
    rf"(?!\s*[-–/]?\s*\d|\s+{_kw('học', 'tài chính', 'ngân sách', 'kế hoạch', 'nay')}(?!\w)))"
)
# "6 tháng đầu năm 2026", "nửa cuối năm": a half of a year.
_HALF_ATOM = (
    rf"(?:(?:6|{_kw('sáu')})\s+{_THANG}|{_kw('nửa')})\s+(?P<half>{_kw('đầu', 'cuối')})\s+{_NAM}"
    rf"(?:\s+(?P<hy>\d{{4}})(?!\d|\s*[-–]\s*\d)|(?P<hnow>\s+{_kw('nay')})?(?!\w))"
)
_PERIOD_ATOM = rf"(?:{_MONTH_ATOM}|{_QUARTER_ATOM}|{_HALF_ATOM}|{_YEAR_ATOM})"

# "thời gian hoàn thành", "hoàn thành", "xong": kept in the phrase text when right before it.
_LEAD = (
    rf"(?:{_kw('thời gian', 'thời hạn')}"
    # and what is sent: "Thời gian hoàn tất báo cáo: 16/6/2021"
    rf"(?:\s+{_kw('hoàn thành', 'hoàn tất', 'thực hiện xong', 'thực hiện', 'xong', 'nộp', 'gửi')}"
    rf"(?:\s+{_kw('báo cáo')})?|\s+{_kw('báo cáo')})?"
    rf"|{_kw('hoàn thành', 'hoàn tất', 'hoàn thiện', 'thực hiện xong', 'xong')})"
)
# "Tiến độ: Quý III/2026", "Tiến độ hoàn thành: tháng 8/2026": the progress asked, as a label only
_PROGRESS = rf"{_kw('tiến độ')}(?:\s+{_kw('hoàn thành', 'thực hiện')})?"
_LEAD_OR_LABEL = rf"(?:(?P<label>{_LEAD}|{_PROGRESS})\s*:\s*|(?P<lead>{_LEAD})\s+)?"

# The meeting a duty is submitted at: "trình Ban Thường vụ tại phiên họp ngày 26/5/2026", "báo cáo
# vào kỳ họp thường kỳ tháng 6/2026" (a verb of submitting must stand before it, see _submitted).
_AT_MEETING = (
    rf"{_kw('tại', 'vào', 'trong')}\s+(?:"
    rf"{_kw('phiên họp', 'kỳ họp', 'kì họp', 'cuộc họp', 'buổi họp')}"
    # a Party cell's monthly session: "trong kỳ sinh hoạt (chi bộ) tháng 12/2026"
    rf"|{_kw('kỳ sinh hoạt', 'kì sinh hoạt', 'buổi sinh hoạt')})"
    r"(?:\s+[^\s.;:!?()]+){0,6}?"
)
_SUBMIT_RE = re.compile(rf"(?<!\w){_kw('trình', 'báo cáo')}(?!\w)")
# What is done at a cell's session, not a conclusion reported from it: "tổ chức sinh hoạt chuyên
# đề trong kỳ sinh hoạt tháng 12/2026", "quán triệt Nghị quyết tại kỳ sinh hoạt chi bộ tháng 1".
_AT_SESSION_WORK_RE = re.compile(
    rf"(?<!\w){_kw('trình', 'báo cáo', 'tổ chức', 'triển khai', 'quán triệt', 'thông qua')}"
    r"(?!\w)"
)
_DAY_INNER = (
    rf"(?:(?:{_kw('ngay')}\s+)?{_kw('trong', 'trước')}|{_kw('vào')}|{_AT_MEETING}"
    # the occasion a work is finished for, by its day in full: "đưa vào khai thác (vào) dịp
    # 19/12/2025" (not a holiday's: "nghỉ lễ dịp 30/4 - 1/5")
    rf"|(?:{_kw('vào', 'trước', 'trong')}\s+)?{_kw('dịp')}"
    r"(?=\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})"
    rf"|{_kw('đến', 'tới')}(?:\s+{_kw('hết')})?"
    # to the end of a day, with no "đến": "hoàn thành chậm nhất hết ngày 31/12"
    rf"|{_kw('hết')}(?=\s+{_NGAY}\s)"
    # what is sent late past a day is due by it: "Nếu gửi muộn sau 20/5, Ban Tổ chức sẽ không ..."
    rf"|{_kw('muộn', 'trễ')}\s+{_kw('sau', 'quá', 'hơn')})"
)
# "chậm nhất", "muộn nhất", "không muộn hơn", "không quá", and as a label: "Hạn chót: ngày D".
_LATEST = _kw(
    "chậm nhất", "muộn nhất", "không muộn hơn", "không chậm hơn", "không quá", "hạn chót",
    "hạn cuối",
)
_LATEST_RE = re.compile(_LATEST)
_DAY_PREP = (
    rf"(?:{_LATEST}(?:\s*:)?"
    rf"(?:\s+{_kw('là')})?(?:\s+{_DAY_INNER})?"
    rf"|{_DAY_INNER})"
)
# "từ thứ Bảy ngày 30-8 đến hết thứ Ba ngày 2-9", "trước thứ Sáu ngày 15/9": a weekday may stand
# before a day, or give it in brackets: "trước 10 giờ sáng thứ Hai (08/12/2025)".
_DAY_NAME = (
    rf"(?:(?:{_kw('thứ')}\s+(?:{_kw('hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy')}|[2-7])"
    rf"|{_kw('chủ nhật')})(?:\s*,?\s+|\s*\(\s*(?=\d)))"
)
# "14h chiều", "lúc 8 giờ 30 phút", or a part of the day alone: "đến chiều ngày 5/3/2020".
_CLOCK = (
    rf"(?:(?:{_kw('lúc', 'hồi')}\s+)?\d{{1,2}}\s*{HOUR_MARK}"
    rf"(?:\s*\d{{1,2}}(?:\s*{_kw('phút')}|['’])?)?"
    rf"(?:\s+{_kw('sáng', 'trưa', 'chiều', 'tối')})?(?:\s*,)?\s+"
    # the part of a day named by its weekday: "chậm nhất sáng thứ Năm (03/12)"
    rf"|{_kw('sáng', 'trưa', 'chiều', 'tối')}\s+(?={_DAY_NAME}|{_NGAY}\s))"
)

_PERIOD_INNER = (
    rf"(?:{_kw('đến', 'tới', 'vào', 'trước')}\s+{_kw('hết', 'cuối')}|{_AT_MEETING}(?=\s+{_THANG})"
    rf"|(?:{_kw('ngay')}\s+)?{_kw('trong')}"
    rf"|{_kw('hết', 'cuối', 'trước', 'vào', 'đến', 'tới')})"
)
_PERIOD_PREP = rf"(?:{_kw('chậm nhất')}(?:\s+{_kw('là')})?(?:\s+{_PERIOD_INNER})?|{_PERIOD_INNER})"

# Every deadline phrase starts with one of these words; the phrase regexes are tried only there.
_HOT_RE = re.compile(
    _kw(
        "thời", "hoàn", "thực", "xong", "chậm", "muộn", "không", "hạn", "ngay", "ngày", "trong",
        "trước", "vào", "đến", "tới", "hết", "cuối", "kỷ", "kỉ", "từ", "trễ", "tiến", "tại", "dịp",
    )
)  # fmt: skip
_DAY_RE = re.compile(
    # "vào lúc 16h00 ngày thứ Sáu 20/4/2018": "ngày" may stand before the weekday too
    rf"{_LEAD_OR_LABEL}(?:(?P<prep>{_DAY_PREP})\s+)?{_CLOCK}?(?:{_NGAY}\s+(?={_DAY_NAME}\d))?"
    rf"{_DAY_NAME}?"
    rf"(?:(?P<ngay>(?:(?P<days>{_kw('các')}\s+)|(?P<count>\d|{_kw('hai', 'ba')})\s+)?{_NGAY})\s+"
    # the days of one month listed before it, one duty by the last: "vào 2 ngày 26 và 27-9"
    rf"(?P<month_days>\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*(?:,|{_kw('và')})\s*"
    rf"(?=\d{{1,2}}\s*[/.-]\s*\d))?)?"
    rf"{_DAY_ATOM}"
)
# A deadline noun phrase as the subject, its day after "là" or a colon: "Hạn chót nộp hồ sơ là
# ngày 15/9/2026", "Hạn nộp báo cáo của các xã: 20/9/2026" ("hạn" alone only before its verb);
# or the latest time, its day after what is sent: "Thời gian chậm nhất gửi báo cáo về Ban
# Thường trực tỉnh ngày 23/3/2026".
_DEADLINE_NOUN_RE = re.compile(
    rf"(?:(?:{_kw('thời hạn', 'hạn chót', 'hạn cuối')}|{_kw('hạn')}(?=\s+"
    rf"{_kw('nộp', 'gửi', 'đăng ký', 'báo cáo', 'hoàn thành', 'nhận')}(?!\w)))"
    # the hour may come first: "Hạn cuối nhận hồ sơ: 17 giờ 00 ngày 20/12/2025"
    rf"(?:\s+[^\s.;:!?]+){{0,14}}?\s*(?::|\s{_kw('là')})\s*(?:{_CLOCK})?"
    rf"|{_kw('thời gian', 'thời hạn')}\s+{_LATEST}(?:\s+[^\s.;:!?]+){{1,14}}?\s+(?={_NGAY}\s)"
    # "hạn" alone as a bracket's, a clause's or a line's label: "(Hạn: 15/12/2025)", "[hạn
    # 15/12/2025]", ", hạn ngày 15/12/2025", "- Hạn: 15/12/2025"
    rf"|(?:(?<=[(\[,;\n-])|(?<=[(\[,;\n-]\s)|^){_kw('hạn')}(?:\s*:\s*|\s+)"
    # or after what is asked, as a chat writes it: "BC UBND tỉnh hạn 29/5" (not "gia hạn 29/5")
    rf"|(?<=\s)(?<!{_kw('gia')}\s)(?<!{_kw('quá')}\s){_kw('hạn')}\s+(?=\d{{1,2}}\s*[/.-]\s*\d)"
    # not a span counted in days or months: "kỳ hạn 6-12 tháng", "ngắn hạn 3-6 tháng"
    rf"(?!\d{{1,2}}\s*-\s*\d{{1,2}}\s+{_kw('ngày', 'tuần', 'tháng', 'năm')}))"
    rf"(?:(?P<ngay>{_NGAY})\s+)?{_DAY_ATOM}"
)
# The day as the subject, the deadline noun after "là": "ngày 25/5/2026 là hạn cuối các trường
# ...", "Ngày 30/6 là thời hạn để các xã nộp báo cáo".
_DAY_IS_DEADLINE_RE = re.compile(
    rf"(?:(?P<ngay>{_NGAY})\s+)?{_DAY_ATOM}\s+{_kw('là')}\s+"
    rf"(?P<noun>{_kw('thời hạn', 'hạn chót', 'hạn cuối', 'hạn')})(?!\w)"
)
_LA_RE = re.compile(rf"\s{_kw('là')}\s")
# "trước 9 giờ các ngày 02/02/2022 (mùng 2 Tết), 04/02/2022 và 06/02/2022": each day of the
# list is a deadline of its own, its aside in brackets skipped.
_NEXT_LISTED_DAY_RE = re.compile(
    rf"(?:\s*\([^()]{{0,40}}\))?\s*(?:,|;|{_kw('và')})\s*(?P<listed>(?:{_NGAY}\s+)?{_DAY_ATOM})"
)
# "trước ngày 20/7 và ngày 10/8/2026": after one "ngày", a second day joined by "và" (not a
# yearly pair: "trước ngày 05/6 và 05/12 hằng năm" is one yearly duty).
_AND_DAY_RE = re.compile(
    rf"\s*{_kw('và')}\s*(?:{_NGAY}\s+)?{_DAY_ATOM}(?!\s*(?:{_kw('hằng', 'hàng')}\s+{_kw('năm')}))"
)
# "treo cờ trong ngày 30-4 và 1-5", "vào ngày 04/4 và 05/4": the days an event lasts, one duty
# done by the last of them.
_DAYS_OF_EVENT_RE = re.compile(rf"(?:{_kw('ngay')}\s+)?{_kw('trong', 'vào')}(?!\w)")
_PERIOD_RE = re.compile(rf"{_LEAD_OR_LABEL}(?:(?P<prep>{_PERIOD_PREP})\s+)?{_PERIOD_ATOM}")
# "trong tháng 11, tháng 12 năm 2025": the work spans the periods listed, due at the last's end.
_NEXT_LISTED_PERIOD_RE = re.compile(rf"\s*(?:,|{_kw('và')})\s*{_PERIOD_ATOM}")
# "(,) kể từ ...", "tính từ ...": where a duration starts counting.
_FROM_A_START = rf"\s*(?:,\s*)?{_kw('kể từ', 'tính từ')}\s"
# The documents whose own day, or receipt, a duration counts from: "kể từ ngày nhận được văn bản
# này", "sau khi nhận được công văn này".
_THIS_DOCUMENT_KINDS = _kw(
    "văn bản", "công văn", "thông báo", "kế hoạch", "quyết định", "chỉ thị", "công điện",
    "kết luận", "hướng dẫn", "chương trình")
_SINCE = (
    rf"{_FROM_A_START}\s*"
    # the document ends it ("kể từ ngày nhận được văn bản này báo cáo ...": the verb follows)
    rf"(?P<since>[^,;()]{{1,80}}?)(?=[,;()]|\.(?:\s|\Z)|\Z|(?<=\s{_kw('này')})\s)"
)
# The start a duration counts from, however it is told: "..., kể từ ngày quy định của pháp luật
# chuyên ngành ... có hiệu lực thi hành".
_COUNTED_FROM_RE = re.compile(
    rf"{_FROM_A_START}"
    # or after an event the text does not date: "trong 03 ngày làm việc sau khi nhận được ý
    # kiến" (not this document's receipt: "sau khi nhận được văn bản này")
    rf"|\s*(?:,\s*)?{_kw('sau khi')}\s(?![^,;.]{{0,30}}?{_THIS_DOCUMENT_KINDS}\s+{_kw('này')})"
)
# "trong 10 ngày (kể từ ...)", and "chậm nhất sau 15 ngày kể từ ..." (its start named, or it
# is when something begins: "sau 15 ngày, quyết định có hiệu lực").
_DURATION_RE = re.compile(
    # a time limit's label counts from the start it names: "Thời hạn: 15 ngày kể từ ngày ký"
    rf"(?:{_kw('trong')}|(?P<after>{_kw('chậm nhất', 'không quá', 'tối đa')}\s+{_kw('sau')}"
    rf"|{_kw('thời hạn')}(?:\s+{_kw('hoàn thành', 'thực hiện', 'giải quyết')})?\s*:?))"
    rf"(?:\s+{_kw('vòng', 'thời hạn', 'thời gian')})?"
    # the number may be glossed in words: "trong thời hạn 05 (năm) ngày làm việc"
    rf"(?:\s+{_kw('không quá', 'tối đa')})?\s+(?P<n>\d{{1,3}})(?:\s*\([^()\d]{{1,20}}\))?\s+"
    # weeks and months only from a start: "trong vòng 01 tháng kể từ ngày ký" (not "tạm dừng
    # trong 3 tháng", how long, nor "trong 2 tháng tới", a stretch ahead)
    rf"(?:{_NGAY}|(?P<span>{_kw('tuần', 'tháng')})(?={_FROM_A_START}))"
    rf"(?P<work>\s+{_kw('làm việc')})?(?!\w)"
    rf"(?!\s+{_kw('qua', 'vừa qua', 'trước', 'đầu', 'cuối')}(?!\w))"
    rf"(?(after)(?={_FROM_A_START}))(?:{_SINCE})?"
)
# "kỷ niệm 76 năm ngày TBLS (27/7)", "Ngày nhà giáo Việt Nam (20/11)".
_EVENT_RE = re.compile(
    rf"(?:{_kw('kỷ niệm', 'kỉ niệm')}\s+(?:\d+\s+{_NAM}\s+)?)?"
    rf"{_NGAY}\s+(?![\d\s])[^();:.!?]{{1,60}}?\s*\(\s*{_NUM_DATE}\s*\)"
)
# "xong trước ngày Quốc khánh 02/9/2025": a named day with its date written after it, by which
# the work is due.
_NAMED_DAY_RE = re.compile(
    rf"(?:{_kw('trước', 'đến', 'chậm nhất')})\s+{_NGAY}\s+(?![\d\s])[^();:.!?,\d\n]{{2,40}}?\s+"
    rf"{_NUM_DATE}"
)
_NUM_DATE_RE = re.compile(_NUM_DATE)
_DAY_ATOM_RE = re.compile(_DAY_ATOM)
# A day named by reference, with its time: "trước 15h hôm nay", "chậm nhất 17 giờ cùng ngày".
_BY_CLOCK = rf"{_kw('trước', 'chậm nhất', 'muộn nhất', 'trong')}\s+{_CLOCK}?"
# "hôm nay", and a part of today after a time: "trước 15 giờ chiều nay".
_HOM_NAY = rf"(?:{_kw('hôm nay')}|(?<=\s)(?:{_kw('sáng', 'trưa', 'chiều', 'tối')})\s+{_kw('nay')})"
# "phải trước 15h hôm nay", "trong ngày hôm nay": the day the dispatch is dated.
_TODAY_RE = re.compile(rf"{_BY_CLOCK}(?:{_kw('ngày')}\s+)?{_HOM_NAY}(?!\w)")
_HOM_NAY_RE = re.compile(rf"(?<!\w){_HOM_NAY}(?!\w)")
# "chậm nhất vào ngày mai - 31/10": the day after the dispatch's.
# "trước ngày 15 tháng này", "chậm nhất ngày 05 tháng sau": a day of the directive's month or of
# the next (not "tháng sau khi ...").
_DAY_OF_RELATIVE_MONTH_RE = re.compile(
    rf"(?<!\w){_DAY_PREP}\s+{_CLOCK}?{_NGAY}\s+(?P<day>\d{{1,2}})\s+{_THANG}\s+"
    rf"(?:(?P<this>{_kw('này')})|{_kw('tới', 'sau')})(?!\w){_NOT_AFTER_AN_EVENT}"
)
_TOMORROW_RE = re.compile(
    rf"{_kw('trước', 'chậm nhất', 'muộn nhất', 'trong')}\s+(?:{_kw('vào')}\s+)?{_CLOCK}?"
    rf"{_kw('ngày mai')}(?!\w)"
)
_SAME_DAY_RE = re.compile(rf"{_BY_CLOCK}{_kw('cùng ngày', 'ngày hôm đó')}")
# "từ ngày 27.1 - 24.2", "từ ngày 12 đến 14-10-2020": work to be done within a window ends
# on its last day.
_DATA_SPAN_RE = re.compile(
    rf"(?:{_kw('số liệu', 'thống kê', 'thời kỳ', 'giai đoạn')}"
    rf"|(?P<result>{_kw('kết quả', 'tình hình')}))"
    r"(?:\s+[^\s,;.]+){0,3}\s+$"
)
# ... but results a unit makes known in a window from the directive's day on are its work:
# "tuyên truyền về kết quả bầu cử từ ngày 23/5 đến ngày 10/6", unless they are reported on.
_RESULTS_REPORTED_RE = re.compile(
    rf"(?<!\w){_kw('báo cáo', 'tổng hợp', 'thống kê', 'đánh giá', 'sơ kết', 'tổng kết')}"
    r"(?:\s+[^\s,;.]+){0,2}\s+$"  # "báo cáo nhanh tình hình", "tổng hợp về kết quả"
)
# "báo cáo kết quả thực hiện ... của đơn vị từ ngày A đến ngày B": the span the report covers,
# unless a time label or a completion verb comes between ("báo cáo kết quả, hoàn thành từ ...").
_REPORTED_SPAN_RE = re.compile(
    rf"(?<!\w){_kw('báo cáo')}\s+(?:{_kw('đánh giá', 'tổng hợp')}\s+)?"
    rf"{_kw('kết quả', 'tình hình', 'số liệu')}(?!\w)"
)
_SPAN_LABEL_RE = re.compile(rf"(?<!\w){_kw('thời gian', 'thời hạn', 'hoàn thành', 'xong')}(?!\w)")
# "từ ngày 30/4 đến hết ngày 03/5, các đơn vị bố trí trực": a window that a duty fills, as
# against a period reported on ("..., toàn huyện xảy ra 12 vụ", "..., UBND tỉnh đã giao").
_REPORT_WORD_RE = re.compile(
    rf"\d|(?<!\w){_kw('đã', 'đang', 'vừa', 'được', 'đạt', 'xảy ra')}(?!\w)"
)
# "20.4.2025 25.4.2025": a timetable's start and end columns read as one line.
_DATE_PAIR_RE = re.compile(
    r"(?<![\d/.,-])(?P<d0>\d{1,2})(?P<sep0>[/.-])(?P<m0>\d{1,2})(?P=sep0)(?P<y0>\d{4})[ \t]+"
    rf"{_NUM_DATE}"
)
_CAMPAIGN_BEFORE_RE = re.compile(
    rf"(?<!\w){_kw('tháng hành động', 'chiến dịch', 'đợt cao điểm', 'tháng cao điểm')}"
    r"(?!\w)[^()]{0,80}\(\s*$"
)
_RANGE_RE = re.compile(
    # a window named as such needs no "từ": "trong khoảng thời gian 15/5-22/5/2018"
    # or a time's label: "Thời hạn: 01/12 - 05/12" (a table's time cell)
    rf"(?:{_kw('từ')}|(?P<span>{_kw('trong khoảng thời gian', 'trong thời gian', 'thời gian')}"
    rf"|{_kw('thời gian', 'thời hạn')}\s*:)"
    # the days the work takes: "trong hai ngày 1-2/11/2025", "trong các ngày 14-15/12"
    rf"|(?P<days>{_kw('trong hai ngày', 'trong ba ngày', 'trong 02 ngày', 'trong 2 ngày')}"
    rf"|{_kw('trong 03 ngày', 'trong 3 ngày', 'trong các ngày', 'trong những ngày')}))"
    rf"\s+{_DAY_NAME}?"
    rf"(?:{_NGAY}\s+)?(?P<d0>\d{{1,2}})"
    # the first day in words too: "từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025"
    rf"(?:(?:\s*[/.-]\s*|\s+{_THANG}\s+)(?P<m0>\d{{1,2}}))?"
    rf"(?:(?:\s*[/.-]\s*|\s+{_NAM}\s+)(?P<y0>\d{{4}}))?"
    # the last day may touch the dash when the first has its month: "từ ngày 12.3-30.4"
    # (checked in _range_candidate)
    # and the last day may have its hour: "đến 17 giờ 00, ngày 01/02/2026"
    rf"\s*(?:[-–]|{_kw('đến')}(?:\s+{_kw('hết')})?\s*(?:{_CLOCK})?{_DAY_NAME}?(?:{_NGAY})?)\s*"
    rf"(?:{_NUM_DATE_UNGUARDED}|{_TEXT_DATE})"
)

# ---------------------------------------------------------------------------------------------
# Traps: contexts in which a matched phrase is not a deadline

# "đến ngày 23/10/2022 được 94.533 triệu đồng", "đến hết tháng 9 đạt 1.593 tỷ": a statistic.
_STAT_TAIL_RE = re.compile(
    rf"\s*(?:,\s*)?(?:{_kw('ước')}\s+)?(?:{_kw('được', 'đạt', 'bằng', 'tăng', 'giảm')}(?!\w)|\d)"
)
# "Đến hết ngày 3/7, Bộ chưa nhận được báo cáo", "Tính đến ngày D, đã có 12 xã ...": where
# things stood on a day, not a day to meet.
_STATUS_TAIL_RE = re.compile(
    rf"\s*,\s*(?:[^,.;:]{{0,60}}?\s)?{_kw('chưa', 'đã', 'mới')}\s+"
    rf"{_kw('nhận', 'có', 'được', 'gửi', 'nộp', 'báo cáo', 'hoàn thành', 'thực hiện', 'đạt')}"
    r"(?!\w)(?P<rest>[^.;]{0,80})"
)
# A period that says what goals an earlier text set: "căn cứ vào mục tiêu, chỉ tiêu đến hết năm
# 2020 được đề ra tại Nghị quyết số 04-NQ/TU".
_GOALS_SET_TAIL_RE = re.compile(
    rf"\s*(?:,\s*)?(?:{_kw('đã')}\s+)?{_kw('được')}\s+"
    rf"{_kw('đề ra', 'giao', 'phê duyệt', 'xác định')}(?!\w)"
)
_RESULTS_UP_TO_RE = re.compile(
    rf"(?<!\w)(?:{_kw('kết quả', 'tình hình')}\s+{_kw('thực hiện', 'triển khai')}"
    rf"|{_kw('số liệu')})(?!\w)[^,;.:]{{0,80}}$"
)
# ("theo yêu cầu", as asked, obliges no one)
_MUST_RE = re.compile(rf"(?<!\w)(?<!theo\s){_kw('phải', 'cần', 'yêu cầu', 'đề nghị')}(?!\w)")
_STAT_HEAD_RE = re.compile(
    rf"(?<!\w){_kw('tính', 'lũy kế', 'luỹ kế', 'cập nhật', 'ước', 'ước thực hiện', 'chốt')}"
    rf"(?:\s+{_kw('số liệu')})?\s*$"
)
# ... unless it opens its clause or the clause sets a goal: "Đến năm 2025, 100% xã đạt chuẩn",
# "phấn đấu đến hết năm 2024 đạt 85%".
_GOAL_WORD_RE = re.compile(rf"(?<!\w){_kw('phấn đấu', 'đảm bảo', 'bảo đảm', 'mục tiêu')}(?!\w)")
# "từ ngày 1/1 đến ngày 30/6/2024": a reporting period, unless labelled "Thời gian thực hiện:".
_STEMS = _kw("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_BRANCHES = _kw(
    "tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"
)
_LUNAR_TAIL_RE = re.compile(
    rf"\s*(?:{_kw('âm lịch', 'âl')}|(?:{_kw('năm')}\s+)?{_STEMS}\s+{_BRANCHES})(?!\w)"
)
_RANGE_HEAD_RE = re.compile(
    rf"(?:(?P<label>{_LEAD})\s*:\s*)?(?<!\w){_kw('từ')}\s+"
    rf"(?:(?:{_NGAY}|{_THANG}|{_QUY}|{_NAM})\s+)?[\divx][\w/.-]*"
    rf"(?:\s+(?:{_THANG}|{_NAM})\s+\d+)*\s*$"
)
# "kết quả đạt được trong tháng 10/2022", "đã giải quyết trong quý III": looking back. The
# passive "đã được (giao)" describes an assignment, which is not looking back.
_RETRO_HEAD_RE = re.compile(
    # "hồ sơ quá hạn đang xử lý đến ngày D": the state things are in as of a day
    rf"(?<!\w)(?:{_kw('đã', 'đang')}(?!\s+{_kw('được')})"
    rf"|{_kw('kết quả')}(?:\s+[^\s,;:.()]+){{0,3}}\s+{_kw('đạt được')})"
    r"(?:\s+[^\s,;:.()]+){0,2}\s+$"
)
# The day a thing was done, a few words after "đã": "dự án đã thông xe kỹ thuật vào ngày D".
_DONE_ON_HEAD_RE = re.compile(
    rf"(?<!\w){_kw('đã')}(?!\s+{_kw('được')})(?:\s+[^\s,;:.()]+){{1,4}}\s+$"
)
# What a duty covers by when it arose: "các tờ khai phát sinh trước ngày 1-1-2015".
_ARISEN_RE = re.compile(rf"(?<!\w){_kw('phát sinh', 'xảy ra')}\s+(?:{_kw('từ')}\s+)?$")
# "được dự báo", "theo dự báo": not the forecasting centre's name ("Trung tâm Dự báo ...").
_FORECAST_RE = re.compile(rf"(?<!\w)(?<!tâm\s)(?<!tam\s)(?<!đài\s)(?<!dai\s){_kw('dự báo')}(?!\w)")
_LIST_MARKER = r"(?:[-+•*]|\(?\d{1,2}[.)]|\(?[a-zđ]\)|[ivx]+\.)"
# "đến năm 2025" is a target only after a completion verb in its clause or opening it ("Đến
# năm 2025, 100% xã đạt chuẩn"); never in "tầm nhìn".
_TARGET_VERB_RE = re.compile(
    rf"(?<!\w){_kw('hoàn thành', 'hoàn thiện', 'xong', 'đạt', 'phấn đấu')}(?!\w)"
)
_VISION_HEAD_RE = re.compile(rf"{_kw('tầm nhìn')}\s*$")
_CONDITION_RE = re.compile(rf"(?<!\w){_kw('trường hợp', 'nếu')}(?!\w)")
_CLAUSE_OPENING_RE = re.compile(rf"[\s*#_]*(?:{_LIST_MARKER}\s*)?")
_CLAUSE_BREAKS = ".;:!?"
_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(_CLAUSE_BREAKS)}]")
# "đạt 3/12 tiêu chí": a fraction, when a bare D/M is followed by a counted noun.
_COUNTED_NOUN_RE = re.compile(
    rf"\s*{_kw('tiêu chí', 'chỉ tiêu', 'đơn', 'hộ', 'xã', 'thôn', 'người', 'vụ', 'trường')}(?!\w)"
    rf"|\s*{_kw('dự án', 'công trình', 'hồ sơ', 'lần', 'điểm')}(?!\w)"
)
# A sentence-initial purpose clause ("Để ...", "Nhằm ...") states the superior goal, not a
# deadline. It runs to the next ";" / ":" / sentence end, or to a comma that opens the request.
_PURPOSE_WORD_RE = re.compile(r"để|nhằm|nham")
_PURPOSE_WORD_ALONE_RE = re.compile(rf"(?<!\w)(?:{_PURPOSE_WORD_RE.pattern})(?!\w)")
_PURPOSE_HEAD_RE = re.compile(
    rf"(?:\A\s*|(?<!\.\.)[.!?]\s+|\n\s*(?={_LIST_MARKER}))(?:{_LIST_MARKER}\s*)?"
    # after a word that links the sentence to the one before: "Theo đó, để chủ động ..."
    rf"(?:{_kw('theo đó', 'đồng thời', 'ngoài ra', 'bên cạnh đó', 'do đó', 'vì vậy')}\s*,?\s*)?$"
)
# A purpose clause ends where the sentence's own subject and verb begin: "Để ..., Chủ tịch UBND
# tỉnh yêu cầu ...".
_SENTENCE_END = r"[;:]|\.(?:\s|\Z)"
_REQUEST_AFTER_PURPOSE = (
    rf",\s*(?=(?:[^\s,;:.]+\s+){{0,12}}"
    rf"{_kw('đề nghị', 'yêu cầu', 'giao', 'chỉ đạo', 'kính mong', 'rất mong')}\s)"
)
# ... or where the sentence's subject begins after a comma, a body by its head word or its
# head's title ("Nhằm bảo đảm tiến độ, Công an tỉnh rà soát ... trước ngày D", "Để thi hành Luật
# ..., các sở, ngành gửi báo cáo trước ngày D"): the date is the subject's.
_SUBJECT_AFTER_PURPOSE = (
    r",\s*(?=(?:các|tất cả các)\s|(?!tổ chức|ban hành|hội nghị|hội thảo|trường hợp|báo cáo"
    r"|phòng chống|phòng ngừa|đội ngũ|đoàn kết)"
    r"(?:sở|ubnd|ủy ban|uỷ ban|hđnd|công an|phòng|ban|trung tâm|văn phòng|bộ|cục|chi cục|đội"
    r"|trạm|trường|bệnh viện|hội|liên đoàn|mặt trận|kho bạc|ngân hàng|thanh tra|đảng ủy"
    r"|huyện ủy|tỉnh ủy|thành ủy|chi bộ|đoàn|công ty|chủ tịch|giám đốc|thủ trưởng"
    r"|người đứng đầu)\s)"
)
_PURPOSE_END_RE = re.compile(
    f"{_SENTENCE_END}|{_REQUEST_AFTER_PURPOSE}|{_SUBJECT_AFTER_PURPOSE}")
_SENTENCE_END_RE = re.compile(_SENTENCE_END)
_REQUEST_AFTER_PURPOSE_RE = re.compile(_REQUEST_AFTER_PURPOSE)
# "Chỉ thị số 26-CT/TU ngày ...", "Quyết định 06/QĐ TTg, ngày ...", "Kế hoạch số 12 ngày ...".
# Runs on the original text: document codes are upper case.
_CITED_DOC_TAIL_RE = re.compile(
    r"(?:\d+[-/][\w./-]*[A-ZĐ][\w./-]*(?:\s+[A-ZĐ]\w*)?|[sS]ố\s+\d+)\s*(?:,\s*)?$"
)
_PERIOD_NAME_HEAD_RE = re.compile(rf"(?<!\w){_kw('tháng', 'quý', 'tuần', 'ngày')}\s+$")
_PAST_RE = re.compile(rf"(?<!\w){_kw('đã')}(?!\w)")

# ---------------------------------------------------------------------------------------------
# Calendar

_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


class PostedDate(date):
    """A web copy's posting date standing in for the directive's: the directive was issued on
    or before it, so a deadline before it may still be the directive's own."""


def _passed(due: date, anchor: date | None) -> bool:
    """Whether a deadline lies before the directive was issued: a trap, not a task's date."""
    return anchor is not None and due < anchor and not isinstance(anchor, PostedDate)


@lru_cache(maxsize=4096)
def _parse_dmy(day: int, month: int, year: str) -> date | None:
    """A full date via dateparser (two-digit years, calendar validity), or None."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    parsed = dateparser.parse(
        f"{day}/{month}/{year}", languages=["vi"], settings=_DATEPARSER_SETTINGS
    )
    # dateparser swaps day and month when D/M is impossible; that is not the date written.
    if parsed is None or (parsed.day, parsed.month) != (day, month):
        return None
    if not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    return parsed.date()


def resolve_day_month(day: int, month: int, anchor: date) -> date:
    """Year for a day without one: the anchor's, or the next if that is >60 days before it."""
    for year in (anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if year > anchor.year or (anchor - candidate).days <= NO_YEAR_GRACE_DAYS:
            return candidate
    raise ValueError(f"no such day: {day}/{month}")


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_month_start(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return month_end(day.year, day.month) + timedelta(days=1)


def _year_of_month(month: int, anchor: date) -> int:
    """Year of a month named without one: the no-year rule applied to its last day."""
    late = (anchor - month_end(anchor.year, month)).days > NO_YEAR_GRACE_DAYS
    return anchor.year + 1 if late else anchor.year


# ---------------------------------------------------------------------------------------------
# Atoms


def _day_of(match: re.Match[str], anchor: date) -> date | None:
    """The date of a matched day atom (numeric or textual), or None if impossible."""
    if match["d"] is not None:
        day, month, year = int(match["d"]), int(match["m"]), match["y"]
    else:
        day, month, year = int(match["td"]), int(match["tm"]), match["ty"]
    if year is not None:
        return _parse_dmy(day, month, year)
    try:
        return resolve_day_month(day, month, anchor)
    except ValueError:
        return None


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


_MONTH_NUMBERS = {strip_diacritics(word): month for word, month in _MONTH_WORDS.items()}


def _period_of(match: re.Match[str], anchor: date) -> tuple[str, date, date] | None:
    """Kind, first and last day of a matched period atom, or None if impossible."""
    if match["mnow"] is not None:
        kind, year, first_month, last_month = "month", anchor.year, anchor.month, anchor.month
    elif match["mnext"] is not None:
        following = _next_month_start(anchor)
        kind, year = "month", following.year
        first_month = last_month = following.month
    elif match["mm"] is not None:
        kind, first_month = "month", int(match["mm"])
        if not 1 <= first_month <= 12:
            return None
        last_month = first_month
        year = int(match["my"]) if match["my"] else _year_of_month(last_month, anchor)
    elif match["mw"] is not None:
        kind, year = "month", int(match["mwy"])
        first_month = last_month = _MONTH_NUMBERS[" ".join(strip_diacritics(match["mw"]).split())]
    elif match["q"] is not None:
        kind, last_month = "quarter", 3 * _QUARTERS[match["q"]]
        first_month = last_month - 2
        year = int(match["qy"]) if match["qy"] else _year_of_month(last_month, anchor)
    elif match["qnow"] is not None or match["qnext"] is not None:
        quarters = anchor.year * 4 + (anchor.month - 1) // 3 + (match["qnext"] is not None)
        kind, year, last_month = "quarter", quarters // 4, 3 * (quarters % 4) + 3
        first_month = last_month - 2
    elif match["qw"] is not None:
        kind, last_month = "quarter", 3 if _words(match["qw"]) == ["dau"] else 12
        first_month, year = last_month - 2, int(match["qwy"])
    elif match["half"] is not None:
        kind, last_month = "half", 6 if _words(match["half"]) == ["dau"] else 12
        first_month = last_month - 5
        year = int(match["hy"]) if match["hy"] else anchor.year
    else:
        kind, first_month, last_month = "year", 1, 12
        year = (anchor.year if match["ynow"] is not None or match["ybare"] is not None
                else int(match["yy"]))
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    if kind == "month" and match["mweek"] is not None:
        last = month_end(year, last_month)
        if (week := " ".join(_words(match["mweek"]))) == "cuoi":
            return "week", last - timedelta(days=6), last
        first = date(year, first_month, 7 * _WEEKS[week] - 6)
        return "week", first, first + timedelta(days=6)
    if kind == "month" and match["mdays"] is not None:
        first = date(year, first_month, 1)
        return "month_start", first, first.replace(day=int(match["mdays"]))
    return kind, date(year, first_month, 1), month_end(year, last_month)


# ---------------------------------------------------------------------------------------------
# find_deadlines


def _ends_a_word(low: str, word: re.Match[str]) -> bool:
    """Whether a match ends where its word does ("để", not the start of "đến")."""
    return word.end() == len(low) or not _is_word_char(low[word.end()])


def _opens_sentence(low: str, word: re.Match[str]) -> bool:
    """Whether a matched word is a whole word opening a sentence or a list item."""
    if not _ends_a_word(low, word):
        return False
    return _PURPOSE_HEAD_RE.search(low, max(0, word.start() - 16), word.start()) is not None


# A count started at an event the text does not date: "chậm nhất là 15 ngày, kể từ ngày bế mạc kỳ
# họp cuối năm 2017". The period inside names the event, not the deadline.
_SINCE_EVENT_RE = re.compile(
    rf"{_kw('kể từ', 'tính từ')}\s+(?!(?:{_NGAY}\s+)?\d)[^,;()\n]{{1,80}}"
)


# Time said to be short, no deadline: "Thời gian từ nay đến cuối năm 2023 không còn nhiều".
_TIME_LEFT_RE = re.compile(
    rf"{_kw('từ nay')}\s+{_kw('đến', 'tới')}\s+[^,.;\n]{{1,40}}?\s+"
    rf"(?:{_kw('không còn nhiều', 'còn không nhiều', 'chỉ còn', 'còn rất ít', 'còn ít')})(?!\w)"
)


# A reason given after a comma, no deadline: "..., bởi tháng 8 đến tháng 9 là cao điểm của mùa
# mưa lũ".
_REASON_RE = re.compile(rf"(?<=,\s)(?:{_kw('bởi vì', 'bởi lẽ', 'bởi', 'vì')})\s[^.;\n]*")


def _purpose_spans(low: str) -> list[tuple[int, int]]:
    """Spans of purpose clauses ("Để ...", "Nhằm ...") that open a sentence, or that follow a
    comma and end where the issuer's request begins ("..., để tổng kết ... trình Thủ tướng phê
    duyệt trong năm 2021, Bộ Xây dựng đề nghị ...")."""
    spans = []
    for word in _PURPOSE_WORD_RE.finditer(low):
        if _opens_sentence(low, word):
            end = _PURPOSE_END_RE.search(low, word.end())
            spans.append((word.start(), end.start() if end else len(low)))
        elif low[max(0, word.start() - 1) : word.start()] == "(" and _ends_a_word(low, word):
            # a purpose in brackets: "... trước ngày 21/3/2018 (để thông qua kỳ họp thường kỳ
            # trong tháng 3/2018)"
            close = low.find(")", word.end())
            if close != -1:
                spans.append((word.start(), close))
        elif low[max(0, word.start() - 2) : word.start()] == ", " and _ends_a_word(low, word):
            sentence_end = _SENTENCE_END_RE.search(low, word.end())
            stop = sentence_end.start() if sentence_end else len(low)
            request = _REQUEST_AFTER_PURPOSE_RE.search(low, word.end(), stop)
            if request:
                spans.append((word.start(), request.start()))
    return spans


def _clause_before(low: str, pos: int) -> str:
    """Text from the start of the clause holding pos (looking back at most a paragraph) to pos."""
    reach = max(0, pos - CLAUSE_REACH_CHARS)
    start = max(reach, *(low.rfind(mark, reach, pos) + 1 for mark in _CLAUSE_BREAKS))
    return low[start:pos]


# "kiểm kê toàn bộ tài sản ... đến 0 giờ ngày 01/01/2012": the moment a count stands at, never a
# day to meet (no work is due at the first instant of a day).
_MIDNIGHT_RE = re.compile(rf"(?<!\d)0?0\s*{HOUR_MARK}(?:\s*0?0(?:\s*{_kw('phút')}|['’])?)?\s")


def _is_statistic(low: str, start: int, end: int) -> bool:
    """An "until D" phrase that reports a figure or a period rather than setting a target."""
    if _LATEST_RE.match(low, start):
        return False  # "cung cấp số liệu chậm nhất đến hết ngày D": the latest day is a deadline
    before = low[max(0, start - 80) : start]
    if _STAT_HEAD_RE.search(before) or _GOALS_SET_TAIL_RE.match(low, end):
        return True
    if _MIDNIGHT_RE.search(low, start, end):
        return True
    if _STAT_TAIL_RE.match(low, end):
        head = _clause_before(low, start)
        if not (_CLAUSE_OPENING_RE.fullmatch(head) or _GOAL_WORD_RE.search(head)):
            return True
    if _RESULTS_UP_TO_RE.search(before):
        return True  # "báo cáo các kết quả thực hiện Chiến lược đến ngày 31/12/2020": a cut-off
    status = _STATUS_TAIL_RE.match(low, end)
    if status and not _MUST_RE.search(status["rest"]):
        return True
    range_head = _RANGE_HEAD_RE.search(before)
    return range_head is not None and range_head["label"] is None


def _is_retrospective(low: str, start: int) -> bool:
    """Whether the phrase at start dates something already done ("đã ... trong quý III", "đã
    thông xe kỹ thuật vào ngày D"), what a forecast expects ("cơn bão được dự báo ... ảnh hưởng
    trực tiếp trong ngày 25.8"), or what it covers ("các tờ khai phát sinh trước ngày 1-1-2015")."""
    head = max(0, start - 60)
    done_on = low.startswith(("vào", "vao"), start) and (
        _DONE_ON_HEAD_RE.search(low, head, start) is not None)
    # a forecast expects no day "at the latest": "báo cáo ..., dự báo tình hình năm 2027, chậm
    # nhất ngày 03/12" asks for the forecast by then
    forecast = not _LATEST_RE.match(low, start) and (
        _FORECAST_RE.search(_clause_before(low, start)) is not None)
    return done_on or _RETRO_HEAD_RE.search(low, head, start) is not None or forecast or (
        _ARISEN_RE.search(low, max(0, start - 20), start) is not None)


def _has_day_trigger(match: re.Match[str], prep: list[str]) -> bool:
    """Whether a day atom is introduced as a deadline rather than merely dated."""
    if match["td"] is not None and not match["ngay"] and not (match["ty"] and prep):
        return False  # "trước 30 tháng 4 năm 2026" needs no "ngày"; "30 tháng 4" alone does
    if prep:
        return "trong" not in prep or bool(match["ngay"])
    if match["label"]:
        return True
    # "hoàn thành ngày D", "thời gian hoàn thành 30/6/2024"
    return bool(match["lead"]) and (bool(match["ngay"]) or _words(match["lead"])[0] == "thoi")


def _submitted(low: str, match: re.Match[str], prep: list[str]) -> bool:
    """Whether a meeting's day is a deadline: only where the clause submits something at it (a
    notice's "Kết luận ... tại cuộc họp ngày 10/5/2026" names the meeting held), and not as the
    purpose of a submission already dated ("trình UBND tỉnh chậm nhất ngày 24/8 để thảo luận tại
    phiên họp ... tháng 8")."""
    if "hop" not in prep and "sinh" not in prep:
        return True
    clause = _clause_before(low, match.start())
    submits = list((_SUBMIT_RE if "hop" in prep else _AT_SESSION_WORK_RE).finditer(clause))
    if not submits:
        return False
    after = clause[submits[-1].end() :]
    return not (_PURPOSE_WORD_ALONE_RE.search(after) or _NUM_DATE_RE.search(after))


def _day_candidate(low: str, match: re.Match[str], anchor: date) -> tuple[date, str] | None:
    """Due date and kind of a day phrase, or None when it is not a deadline."""
    prep = _words(match["prep"] or "")
    if not _has_day_trigger(match, prep) or not _submitted(low, match, prep):
        return None
    bare_fraction = match["d"] is not None and match["y"] is None and not match["ngay"]
    if bare_fraction and _COUNTED_NOUN_RE.match(low, match.end()):
        return None
    if ("den" in prep or "toi" in prep) and _is_statistic(low, match.start("prep"), match.end()):
        return None
    due = _day_of(match, anchor)
    return None if due is None else (due, "day")


def _noun_candidate(low: str, match: re.Match[str], anchor: date) -> tuple[date, str] | None:
    """Due date of a deadline noun phrase's day ("Hạn nộp hồ sơ là ngày D")."""
    if match["td"] is not None and not match["ngay"]:
        return None
    due = _day_of(match, anchor)
    return None if due is None else (due, "day")


_LATER_YEARS_RE = re.compile(
    rf"\s*(?:,\s*)?{_kw('và')}\s+(?:{_kw('các', 'những')}\s+)?{_kw('năm')}\s+"
    rf"{_kw('tiếp theo', 'tiếp sau', 'sau', 'tới', 'kế tiếp')}(?!\w)"
)


def _from_then_on(kind: str, low: str, end: int) -> bool:
    """ "trong năm 2026 và các năm tiếp theo": a year the work runs on from, not one due by."""
    return kind == "year" and _LATER_YEARS_RE.match(low, end) is not None


def _in_condition(head: str) -> bool:
    """Whether a clause's head ends in a condition ("trường hợp ...", "nếu ...") not yet closed."""
    conditions = list(_CONDITION_RE.finditer(head))
    return bool(conditions) and "," not in head[conditions[-1].end() :]


# A meeting named by the part of the period it is held in: "Kỳ họp thường lệ cuối năm 2026".
_MEETING_BEFORE_PERIOD_RE = re.compile(
    rf"(?<!\w){_kw('kỳ họp', 'kì họp', 'phiên họp')}(?:\s+[^\s,;:.()]+){{0,2}}\s+$"
)


# A clause that opens on the text it rests on or carries out: "Căn cứ Công văn số ...".
_CITES_A_TEXT_RE = re.compile(
    rf"{_kw('căn cứ', 'thực hiện', 'theo')}\s+(?:{_kw('các')}\s+)?"
    rf"{_kw('công văn', 'văn bản', 'kế hoạch', 'quyết định', 'chỉ thị', 'thông tư', 'nghị định')}"
    rf"|{_kw('căn cứ', 'thực hiện', 'theo')}\s+{_kw('hướng dẫn', 'thông báo', 'công điện')}"
)


def _period_candidate(low: str, match: re.Match[str], anchor: date) -> tuple[date, str] | None:
    """Due date and kind of a month/quarter/year phrase, or None when it is not a deadline."""
    prep = _words(match["prep"] or "")
    if not (prep or match["label"] or match["lead"]) or not _submitted(low, match, prep):
        return None
    period = _period_of(match, anchor)
    if period is None:
        return None
    kind, first, last = period
    end = match.end()
    while kind in ("month", "quarter", "year") and (
        listed := _NEXT_LISTED_PERIOD_RE.match(low, end)
    ) and (later := _period_of(listed, anchor)) and later[0] == kind and later[2] > last:
        last, end = later[2], listed.end()
    if _from_then_on(kind, low, match.end()):
        return None
    if kind == "half" and prep in (["trong"], ["ngay", "trong"]) and not match["lead"]:
        return None  # "các nhiệm vụ trong 6 tháng cuối năm": the half the work is about
    if prep == ["trong"] and _in_condition(_clause_before(low, match.start())):
        return None  # "Đối với trường hợp nghỉ trong quý I, hồ sơ gửi trước ngày ...": the case
    named = _PERIOD_NAME_HEAD_RE.search(low, max(0, match.start() - 12), match.start())
    if prep == ["cuoi"] and (named or (match["ybare"] is not None and not match["lead"])):
        # "6 tháng cuối năm 2020", "quý cuối năm", "báo cáo cuối năm": a period's name, no
        # deadline
        return None
    if prep == ["cuoi"] and not match["lead"] and _MEETING_BEFORE_PERIOD_RE.search(
            low, max(0, match.start() - 40), match.start()):
        return None  # "trước Kỳ họp thường lệ cuối năm 2026": the session's name
    if prep == ["cuoi"] and not match["lead"] and _CITES_A_TEXT_RE.match(
            _clause_before(low, match.start()).lstrip(" \n-+*•")):
        return None  # "Căn cứ Công văn số ... hướng dẫn khóa sổ kế toán cuối năm 2026": its subject
    if ("den" in prep or "toi" in prep) and _is_statistic(low, match.start("prep"), match.end()):
        return None
    if kind == "year" and prep in (["den"], ["toi"]):
        head = _clause_before(low, match.start())
        opens_clause = _CLAUSE_OPENING_RE.fullmatch(head) is not None
        if _VISION_HEAD_RE.search(head) or not (opens_clause or _TARGET_VERB_RE.search(head)):
            return None
    # "trước tháng 5" is before May begins: the last day of the previous period.
    due = first - timedelta(days=1) if prep and prep[-1] == "truoc" else last
    return due, kind


# What a duration may count from that the directive's date stands for: the directive itself
# ("kể từ ngày ký", "kể từ ngày nhận được văn bản (này)"), not an event ("ngày nhận đơn").
_THIS_DOCUMENT_RE = re.compile(
    rf"{_THIS_DOCUMENT_KINDS}"
    rf"(?:\s+{_kw('này')})?\s*$|{_kw('ngày')}\s+{_kw('ký', 'ban hành')}(?!\w)"
    # the day this text is signed, not another's: "kể từ ngày ban hành quyết định điều chỉnh"
    rf"(?:\s+{_THIS_DOCUMENT_KINDS}(?:\s+{_kw('này')})?)?\s*$"
)


# An event held for a number of days: "Kỳ họp dự kiến tổ chức trong 01 ngày", "Hội nghị diễn ra
# trong 02 ngày": its length, no time to do work in.
_EVENT_LENGTH_RE = re.compile(rf"(?<!\w){_kw('tổ chức', 'diễn ra', 'kéo dài', 'họp')}\s*$")


# The event a duration counts from, told before it: "Sau khi kết thúc hoạt động, trong vòng 03
# ngày" (not this document's receipt: "Sau khi nhận được văn bản này, trong 05 ngày").
_AFTER_AN_EVENT_FRONTED_RE = re.compile(
    rf"(?<!\w){_kw('sau khi')}\s(?![^,;.]{{0,30}}?{_THIS_DOCUMENT_KINDS}\s+{_kw('này')})"
    r"[^,;.]{1,80},\s*$"
)


# ... or the condition the duty waits for, earlier in its sentence: "khi phát hiện vi phạm, thông
# báo cho UBND xã trong thời hạn 03 ngày làm việc", "trường hợp có sự cố, báo cáo trong 24 giờ".
_ON_AN_EVENT_RE = re.compile(
    rf"(?<!\w){_kw('khi', 'trường hợp', 'nếu')}\s"
    rf"(?![^,;.]{{0,30}}?{_THIS_DOCUMENT_KINDS}\s+{_kw('này')})[^;.]{{1,120}}$"
)


def _duration_candidate(low: str, match: re.Match[str], anchor: date) -> tuple[date, str] | None:
    """Due date and kind of "trong N ngày (làm việc) (kể từ ...)", counted from the anchor."""
    n = int(match["n"])
    if n < 1 or (not match["since"] and re.match(r"\s*\d", low[match.end() :])):
        return None  # "trong 2 ngày 08 và 09/11": the days are named, it counts nothing
    if not match["since"] and _COUNTED_FROM_RE.match(low, match.end()):
        return None  # counted from an event told at length, no day the text gives
    if not match["since"] and _EVENT_LENGTH_RE.search(low, 0, match.start()):
        return None
    if not match["since"] and _AFTER_AN_EVENT_FRONTED_RE.search(low, 0, match.start()):
        return None  # "Sau khi kết thúc hoạt động, trong vòng 03 ngày, ...": counted from it
    if not match["since"] and _ON_AN_EVENT_RE.search(low, max(0, match.start() - 150),
                                                     match.start()):
        return None
    base = anchor
    if match["since"]:
        since = _NUM_DATE_RE.search(match["since"])
        if since is None and not _THIS_DOCUMENT_RE.search(match["since"]):
            return None  # "kể từ ngày nhận đơn": counted from an event the text cannot date
        base = (_day_of(since, anchor) if since else None) or anchor
    if match["span"] and _words(match["span"]) == ["thang"]:
        month = base.month - 1 + n
        year, month = base.year + month // 12, month % 12 + 1
        return date(year, month, min(base.day, calendar.monthrange(year, month)[1])), "days"
    if match["span"]:
        return base + timedelta(weeks=n), "days"
    if match["work"]:
        return add_working_days(base, n), "working_days"
    return base + timedelta(days=n), "days"


def _event_candidate(low: str, match: re.Match[str], anchor: date) -> tuple[date, str] | None:
    """Due date of a named day dated in brackets: "Ngày nhà giáo Việt Nam (20/11)"."""
    due = _day_of(match, anchor)
    return None if due is None else (due, "day")


def _fills_window(low: str, comma: int) -> bool:
    """Whether the clause after a window's comma sets a duty for it rather than reporting: any
    verb does ("các xã tiêm phòng") that no word of a report marks."""
    end = _CLAUSE_BREAK_RE.search(low, comma + 1)
    after = low[comma : end.start() if end else len(low)][:160]
    return not _REPORT_WORD_RE.search(after)


_WORK_TIME_RE = re.compile(rf"(?<!\w){_kw('thời gian', 'thời hạn')}(?!\w)")


# A window that opens its sentence before a comma ("Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833
# nhiệm vụ") may be a reported period; one after its subject and verb ("các đoàn kiểm tra sẽ làm
# việc từ ngày 12/1 đến 31/1/2026, tại ...") is the time of the work.
FRONTED_WINDOW_WORDS = 4


def _range_candidate(low: str, match: re.Match[str], anchor: date) -> tuple[date, str] | None:
    """The last day of a window, unless the window is a reported period ("Từ ngày 1.1 đến
    ngày 6.7, UBND tỉnh giao 833 nhiệm vụ") or a statistic's span."""
    # a window named as a time is a scope too: "... trong khoảng thời gian từ D1 đến D2, trừ ..."
    before = _clause_before(low, match.start())
    fronted = bool(match.groupdict().get("span")) or len(before.split()) < FRONTED_WINDOW_WORDS or (
        _WORK_TIME_RE.search(before[-20:]) is not None)
    if fronted and re.match(r"\s*,", low[match.end() :]) and not (
            _fills_window(low, match.end()) or match.groupdict().get("days")):
        return None
    if match.groupdict().get("span") and match["m0"] is None:
        return None  # "thời gian 15-20 ngày": a length, not a window
    if match["m0"] is None and low[match.start("d" if match["d"] else "td") - 1] in "-–" and not (
        _WORK_TIME_RE.search(_clause_before(low, match.start())) or match.groupdict().get("days")
    ):
        # "đợt mưa lũ từ ngày 10-12/10": the days of an event, written tight; but "Thời gian cấp
        # phát dự kiến từ ngày 21-28/11" is when the work is done
        return None
    if _is_statistic(low, match.start(), match.end()):
        return None
    data_span = _DATA_SPAN_RE.search(low, max(0, match.start() - 60), match.start())
    head = _clause_before(low, match.start())
    reported = list(_REPORTED_SPAN_RE.finditer(head))
    if reported and not _SPAN_LABEL_RE.search(head, reported[-1].end()):
        return None
    if low[: match.start()].rstrip().endswith("(") and low[match.end() :].lstrip()[:1] == ")" and (
        not _CAMPAIGN_BEFORE_RE.search(low, max(0, match.start() - 100), match.start())
    ):
        # "trong dịp nghỉ Lễ (từ 30/4 - 03/5)": the span of the occasion named; a campaign's
        # ("trong Tháng hành động ... (từ 1- 30/6/2017)") is the window of its work
        return None
    due = _day_of(match, anchor)
    if due is None:
        return None
    start_month = int(match["m0"]) if match["m0"] else due.month
    start_year = int(match["y0"]) if match["y0"] else due.year - (start_month > due.month)
    try:
        start = date(start_year, start_month, int(match["d0"]))
    except ValueError:
        return None
    if not 0 <= (due - start).days <= WINDOW_MAX_DAYS:
        return None  # "Thời kỳ thanh tra từ 01/01/2015 đến 31/12/2022": a scope, not a window
    if data_span and not (
        data_span["result"] and start >= anchor
        and not _RESULTS_REPORTED_RE.search(low, 0, data_span.start())
    ):
        return None  # "số liệu từ ngày 01/10 đến ngày 30/10": what the figures cover
    return due, "day"


_CANDIDATES = (
    (_RANGE_RE, _range_candidate),
    (_DATE_PAIR_RE, _range_candidate),
    (_DAY_RE, _day_candidate),
    (_DEADLINE_NOUN_RE, _noun_candidate),
    (_DAY_IS_DEADLINE_RE, _noun_candidate),
    (_PERIOD_RE, _period_candidate),
    (_DURATION_RE, _duration_candidate),
    (_EVENT_RE, _event_candidate),
    (_NAMED_DAY_RE, _event_candidate),
)


def _scan(regex: re.Pattern[str], low: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Like regex.finditer(low), but trying only the given start positions."""
    end = 0
    for pos in starts:
        if pos >= end and (match := regex.match(low, pos)):
            end = match.end()
            yield match


_Span = TypeVar("_Span", Deadline, Recurrence)


def _non_overlapping(items: list[_Span]) -> list[_Span]:
    """Left to right, the longest item at each start, dropping any that overlap a kept one."""
    kept: list[_Span] = []
    for item in sorted(items, key=lambda it: (it.start, -it.end)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


_YEAR_RE = re.compile(r"(?<![\d/.-])(?:năm\s+|/)((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# A plan's horizon names no year of its work: "quy hoạch ... tầm nhìn đến năm 2050".
_VISION_YEAR_RE = re.compile(r"tầm nhìn\s+(?:đến|tới)\s+năm\s+\d{4}", re.IGNORECASE)
# The year work carries over into is the year after the text's: "các dự án chuyển tiếp sang năm
# 2027" is said in 2026.
_INTO_YEAR_RE = re.compile(r"\bsang\s+năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def with_year_of_clause(deadline: Deadline, clause: str) -> Deadline:
    """A yearless deadline in a text without a date, dated by the one year its clause names.

    "giải ngân 100% kế hoạch vốn năm 2020 ... đến ngày 31-12" is 31/12/2020.
    """
    clause = _INTO_YEAR_RE.sub(lambda into: f"năm {int(into[1]) - 1}", clause)
    years = {int(y) for y in _YEAR_RE.findall(_VISION_YEAR_RE.sub("", clause))}
    if len(years) != 1 or not _placed_by_a_year(deadline):
        return deadline
    try:
        due = _due_in_year(deadline, years.pop())
    except ValueError:
        return deadline
    return replace(deadline, due=due, anchored=False)


# The kinds of a yearless deadline a year can be given to.
_YEARLESS_KINDS = ("day", "week", "month_start", "month", "quarter")
# A period named from the directive's own ("trong tháng này", "tháng tới"): with no date of the
# directive's, no year places it.
_RELATIVE_PERIOD_RE = re.compile(
    rf"(?<!\w){_kw('tuần', 'tháng', 'quý', 'năm')}\s+"
    rf"{_kw('này', 'nay', 'tới', 'sau', 'tiếp theo', 'kế tiếp')}(?!\w)"
)


def _placed_by_a_year(deadline: Deadline, kinds: tuple[str, ...] = _YEARLESS_KINDS) -> bool:
    """Whether a year the text names can date ``deadline``: a day or a period written without
    its year, not one counted from the directive's date."""
    return deadline.anchored and deadline.kind in kinds and not _RELATIVE_PERIOD_RE.search(
        _prepare(deadline.text).low)


def _due_in_year(deadline: Deadline, year: int) -> date:
    """A yearless deadline's due date in ``year``: a day, a week or a month's first days keep
    their day, a month or a quarter ends with its last month; ValueError for 29 February in a
    common year."""
    if deadline.kind in ("day", "week", "month_start"):
        return deadline.due.replace(year=year)
    return month_end(year, deadline.due.month)


def day_of_heading(text: str, anchor: date | None) -> Deadline | None:
    """The day a schedule's heading names ("THỨ HAI (09/02/2026):"), as the items' deadline."""
    nfc, low = _prepare(text)
    match = _NUM_DATE_RE.search(low) or _DAY_ATOM_RE.search(low)  # "ngày 08 tháng 5 năm 2026"
    if match is None:
        return None
    due = _day_of(match, anchor or _PLACEHOLDER_ANCHOR)
    if due is None:
        return None
    return Deadline(due, nfc[match.start() : match.end()], "day", *match.span(),
                    anchored=_needs_anchor(match))


def _needs_anchor(match: re.Match[str]) -> bool:
    """Whether a matched phrase takes its year (or its start) from the directive's date."""
    groups = match.re.groupindex
    if "n" in groups and match["n"] is not None:  # a duration counts from the directive
        return not (match["since"] and re.search(r"\d{4}", match["since"]))
    relative = ("mnow", "mnext", "qnow", "qnext", "ynow", "ybare")
    if "mnow" in groups and any(match[name] is not None for name in relative):
        return True
    if "mm" in groups and match["mm"] is not None:
        return match["my"] is None
    if "q" in groups and match["q"] is not None:
        return match["qy"] is None
    if "half" in groups and match["half"] is not None:
        return match["hy"] is None
    if "d" in groups and match["d"] is not None:
        return match["y"] is None
    if "td" in groups and match["td"] is not None:
        return match["ty"] is None
    return False


# A day of the lunar calendar glossed with its solar date: "từ ngày mùng 4 đến ngày 12 tết (tức
# ngày 8 - 16/2/2019)" is read as "từ ngày 8 - 16/2/2019"; the lunar day may be written in the
# brackets first: "trong ngày Lễ giỗ Tổ (10 tháng 3 âm lịch, tức ngày 31/3/2012)".
_GLOSSED_RE = re.compile(
    rf"(?<!\w)(?P<lead>{_kw('từ', 'trước', 'vào', 'đến', 'trong', 'chậm nhất')})\s+"
    rf"(?P<named>[^()\n;.]{{1,60}}?)\s*\(\s*(?:[^(),\n]{{1,40}},\s*)?(?P<so>{_kw('tức')}"
    rf"(?:\s+{_kw('là')})?\s+)?"
    r"(?P<gloss>[^()\n]{3,40})\)"
)
# A lunar day, which needs no "tức" before its solar date written with its year: "vào ngày mùng
# 8 tháng Giêng (ngày 13/02/2027)".
_LUNAR_DAY_RE = re.compile(rf"{_kw('mùng', 'tháng giêng', 'tháng chạp', 'âm lịch', 'rằm', 'tết')}")


def _glossed_days(nfc: str, low: str, anchor: date | None) -> list[Deadline]:
    """Deadlines written as a lunar or named day with the solar date in brackets after it."""
    found: list[Deadline] = []
    if "(" not in low:
        return found
    for match in _GLOSSED_RE.finditer(low):
        if _NUM_DATE_RE.search(match["named"]):
            continue  # the date is written already: the brackets only repeat it
        if not match["so"] and not (_LUNAR_DAY_RE.search(match["named"]) and (
                solar_day := _NUM_DATE_RE.search(match["gloss"])) and solar_day["y"]):
            continue  # only a lunar day's bracket glosses it, with its solar date in full
        solar = f"{nfc[match.start('lead') : match.end('lead')]} {nfc[slice(*match.span('gloss'))]}"
        found.extend(
            Deadline(d.due, nfc[match.start() : match.end()], d.kind, *match.span(), d.anchored)
            for d in find_deadlines(solar, anchor)[:1])
    return found


def find_deadlines(text: str, anchor: date | None) -> list[Deadline]:
    """Every deadline phrase in text, left to right; traps and dates before anchor excluded.

    With no anchor (a directive whose date is unknown), a date written in full is kept as it
    is, and a phrase that needs the directive's date comes back with ``anchored`` set and a
    placeholder ``due`` that the caller must not use.
    """
    base = anchor or _PLACEHOLDER_ANCHOR
    nfc, low = _prepare(text)
    starts = [m.start() for m in _HOT_RE.finditer(low) if _at_word_start(low, m.start())]
    blocked = _purpose_spans(low) + [
        m.span() for regex in (_SINCE_EVENT_RE, _TIME_LEFT_RE, _REASON_RE)
        for m in regex.finditer(low)]
    found = []
    pairs = [m for m in _DATE_PAIR_RE.finditer(low) if m["y"]]
    for regex, build in _CANDIDATES:
        for match in pairs if regex is _DATE_PAIR_RE else _scan(regex, low, starts):
            start, end = match.span()
            if any(lo <= start < hi for lo, hi in blocked) or _is_retrospective(low, start):
                continue
            if _LUNAR_TAIL_RE.match(low, end):
                continue  # "đến 5.2 năm Quý Mão", "rằm tháng 7 âm lịch": the lunar calendar
            if regex is _DAY_RE and match["count"] and (match["prep"] or "").startswith("trong"):
                # "làm việc tại tỉnh trong 2 ngày 08 và 09/11": how long, not by when; but
                # "treo cờ trong các ngày 21 và 22/12" is on those days
                continue
            due_kind = build(low, match, base)
            if due_kind is None:
                continue
            anchored = _needs_anchor(match)
            if _passed(due_kind[0], anchor):
                continue
            opened = nfc.count("(", start, end) - nfc.count(")", start, end)
            if opened > 0 and low[end : end + 1] == ")":
                end += 1  # "thứ Hai (08/12/2025)": the day's bracket is closed in the phrase
            found.append(
                Deadline(due_kind[0], nfc[start:end], due_kind[1], start, end, anchored)
            )
            if regex is _DAY_RE and match["days"]:
                found.extend(_listed_days(nfc, low, end, anchor, base))
            elif regex is _DAY_RE and match["prep"] and _AND_DAY_RE.match(low, end):
                found[-1:] = _days_joined(nfc, low, match, found[-1], anchor, base)
    found.extend(_same_days(nfc, low, anchor, base))
    found.extend(d for d in _glossed_days(nfc, low, anchor)
                 if not any(lo <= d.start < hi for lo, hi in blocked))
    found.extend(Deadline(base, nfc[m.start() : m.end()], "today", *m.span(), anchored=True)
                 for m in _TODAY_RE.finditer(low))
    if "mai" in low:
        found.extend(Deadline(base + timedelta(days=1), nfc[m.start() : m.end()], "days",
                              *m.span(), anchored=True) for m in _TOMORROW_RE.finditer(low))
    relative = _RELATIVE_PERIOD_RE.search(low) is not None  # the scans below only where it may
    for m in _RELATIVE_WEEK_RE.finditer(low) if relative else ():
        monday = base - timedelta(days=base.weekday() - (0 if m["this"] else 7))
        named = m["wd"] is not None or m["sun"] is not None
        day = monday + timedelta(days=_WEEKDAY_ORDER.index(_weekday(m)) if named else 6)
        found.append(Deadline(day, nfc[m.start() : m.end()], "day" if named else "week",
                              *m.span(), anchored=True))
    for m in _DAY_OF_RELATIVE_MONTH_RE.finditer(low) if relative else ():
        month_start = base.replace(day=1) if m["this"] else _next_month_start(base)
        with suppress(ValueError):  # "ngày 31 tháng sau" in a month of 30 days: no such day
            found.append(Deadline(month_start.replace(day=int(m["day"])),
                                  nfc[m.start() : m.end()], "day", *m.span(), anchored=True))
    return _the_later_of_either(low, _without_replaced(low, _non_overlapping(found)))


# "(trước ngày 20/7/2026) thành trước ngày 31/7/2026", "(dự kiến ngày 15/7) sang 08 giờ 00 ngày
# 29/7": the day a change of date replaces, before the day it sets.
_REPLACED_BY_RE = re.compile(
    rf"\s*\)?\s*,?\s*{_kw('thành', 'sang', 'đổi thành', 'lùi sang', 'lùi đến')}\s*"
    r"(?=(?:(?:trước|vào|ngày|chậm nhất)\s+)*(?:\d{1,2}\s*(?:giờ|h)\b|\d{1,2}\s*[/.-]\s*\d{1,2}))")


def _without_replaced(low: str, found: list[Deadline]) -> list[Deadline]:
    """The deadlines without those a change of date replaces by the one after it."""
    return [deadline for deadline in found if not _REPLACED_BY_RE.match(low, deadline.end)]


_EITHER_RE = re.compile(rf"\s*,?\s*{_kw('hoặc')}\s*")


def _the_later_of_either(low: str, found: list[Deadline]) -> list[Deadline]:
    """Of two days offered as a choice ("vào cuối tháng 5 hoặc vào ngày 1-6"), the later one: the
    doer may take either, so the duty is late only after it."""
    kept: list[Deadline] = []
    for deadline in found:
        if kept and _EITHER_RE.fullmatch(low, kept[-1].end, deadline.start):
            if kept[-1].due > deadline.due:
                continue
            kept.pop()
        kept.append(deadline)
    return kept


# "hằng ngày, chậm nhất 17 giờ 00 cùng ngày": the same day as each day's work, no date.
_EACH_DAY_RE = re.compile(rf"(?<!\w){_kw('hằng ngày', 'hàng ngày', 'mỗi ngày')}(?!\w)")


def _of_each_day(low: str, match: re.Match[str]) -> bool:
    """Whether a "cùng ngày" is the day of a daily duty said before it in its clause."""
    clause = max(low.rfind(mark, 0, match.start()) for mark in ".;\n") + 1
    return _EACH_DAY_RE.search(low, clause, match.start()) is not None


def names_the_same_day(text: str) -> bool:
    """Whether text dates its duty by "cùng ngày", the day written before it."""
    low = _prepare(text).low
    return any(not _of_each_day(low, match) for match in _SAME_DAY_RE.finditer(low))


def _same_days(nfc: str, low: str, anchor: date | None, base: date) -> list[Deadline]:
    """ "ra khơi từ 5h ngày 21/7 ... về bờ trước 10h cùng ngày": the day of the date written
    last before it in its paragraph."""
    same = []
    for match in _SAME_DAY_RE.finditer(low):
        if _of_each_day(low, match):
            continue
        paragraph = low.rfind("\n", 0, match.start()) + 1
        earlier = list(_NUM_DATE_RE.finditer(low, paragraph, match.start()))
        if any(not earlier or m.start() > earlier[-1].start()
               for m in _HOM_NAY_RE.finditer(low, paragraph, match.start())):
            # "từ 17h hôm nay ... trước 19h cùng ngày": the dispatch's own day
            same.append(Deadline(base, nfc[match.start() : match.end()], "today", *match.span(),
                                 anchored=True))
            continue
        due = _day_of(earlier[-1], base) if earlier else None
        if due is not None and not _passed(due, anchor):
            # the day is written into the phrase, so that reading it again finds it
            day = nfc[earlier[-1].start() : earlier[-1].end()]
            written = f"{day} … {nfc[match.start() : match.end()]}"
            same.append(Deadline(due, written, "day", *match.span(),
                                 anchored=earlier[-1]["y"] is None))
    return same


def _days_joined(nfc: str, low: str, match: re.Match[str], first: Deadline,
                 anchor: date | None, base: date) -> list[Deadline]:
    """A due-by day and the days joined to it by "và": each a deadline ("trước ngày 20/7 và
    10/8"), or the days of one event, due by the last ("trong ngày 30-4 và 1-5")."""
    further = _listed_days(nfc, low, match.end(), anchor, base)
    if not further or not _DAYS_OF_EVENT_RE.match(match["prep"]):
        return [first, *further]
    last = further[-1]
    return [Deadline(last.due, nfc[first.start : last.end], "day", first.start, last.end,
                     first.anchored and last.anchored)]


def _listed_days(nfc: str, low: str, end: int, anchor: date | None, base: date) -> list[Deadline]:
    """The further days of a "các ngày D1, D2 và D3" list that ends its first day at end."""
    listed = []
    while (match := _NEXT_LISTED_DAY_RE.match(low, end)) and (due := _day_of(match, base)):
        if not _passed(due, anchor):
            listed.append(
                Deadline(due, nfc[match.start("listed") : match.end()], "day",
                         match.start("listed"), match.end(), _needs_anchor(match))
            )
        end = match.end()
    return listed


# A time cell that holds only a month ("9/2025") or a year ("2025"): a table's column says so.
_BARE_MONTH_CELL_RE = re.compile(r"\s*(?:\d{1,2}\s*/\s*\d{4}|(?:19|20)\d\d)\s*")


def deadlines_of_cell(cell: str, anchor: date | None) -> list[Deadline]:
    """The deadlines of a task table's time cell ("Thời gian" column), read as labelled
    ("Thời hạn: ..."): a bare "9/2025" is the month, a bare "2025" the year."""
    unit = ("tháng " if "/" in cell else "năm ") if _BARE_MONTH_CELL_RE.fullmatch(cell) else ""
    return find_deadlines(f"Thời hạn: {unit}{cell.strip()}", anchor)


# ---------------------------------------------------------------------------------------------
# find_recurrences

_HANG = rf"(?:{_kw('định kỳ')}\s+)?(?P<hang>{_kw('hằng', 'hàng')})"
_PART_OF_DAY = rf"(?:(?:{_kw('buổi')}\s+)?{_kw('sáng', 'chiều', 'tối')}\s+)?"
_WEEKDAY = (
    rf"(?:{_kw('thứ')}\s+(?P<wd>{_kw('hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy')}|[2-7])"
    rf"|(?P<sun>{_kw('chủ nhật')}|cn))(?!\w)"
)
_TUAN = rf"{_kw('tuần')}(?!\w)"
# "trong tuần này", "trước thứ Sáu tuần này", "chậm nhất sáng thứ Hai tuần sau": this week or the
# next (Monday to Sunday), or a day of it (not "tuần sau khi ...").
_RELATIVE_WEEK_RE = re.compile(
    rf"(?<!\w){_kw('trong', 'trước', 'chậm nhất', 'đến hết', 'hết', 'vào')}\s+{_CLOCK}?"
    rf"(?:{_PART_OF_DAY}{_WEEKDAY}\s*,?\s+)?{_TUAN}\s+"
    rf"(?:(?P<this>{_kw('này')})|{_kw('tới', 'sau', 'kế tiếp')})(?!\w)"
    rf"{_NOT_AFTER_AN_EVENT}"
)
_THANG_WORD = rf"{_THANG}(?!\w)"
_DAY_OF_MONTH = rf"{_NGAY}\s+(?P<md>\d{{1,2}})(?!\d|[/.-]\d|\s+{_THANG})"
_WHEN = rf"(?:{_kw('chậm nhất', 'trước', 'vào', 'trong', 'là')}\s+)*"

# after a day, "mỗi" is "every" too: "thứ Sáu mỗi tuần", "trước ngày 25 mỗi tháng"
_EACH_AFTER_DAY = rf"(?:{_HANG}|{_kw('mỗi')})"
_WEEKLY_DAY_FIRST_RE = re.compile(
    rf"(?<!\w){_PART_OF_DAY}{_WEEKDAY}\s*(?:,\s*)?(?:{_kw('của')}\s+)?{_EACH_AFTER_DAY}\s+{_TUAN}"
)
# "hằng tuần vào sáng thứ Hai", "hằng tuần (trước 16 giờ thứ Năm)"
_WEEKLY_DAY_AFTER_RE = re.compile(
    # or once a week, its day after: "mỗi tuần một lần vào thứ Năm"
    rf"(?<!\w)(?:{_HANG}\s+{_TUAN}|{_kw('mỗi')}\s+{_TUAN}\s+(?:{_kw('một')}|0?1)\s+{_kw('lần')}"
    rf"|{_kw('định kỳ')}\s+{_kw('mỗi')}\s+{_TUAN})"
    rf"\s*(?:,\s*|\(\s*)?{_WHEN}"
    rf"(?:\d{{1,2}}\s*{HOUR_MARK}(?:\s*\d{{2}})?\s+)?{_PART_OF_DAY}(?:{_NGAY}\s+)?{_WEEKDAY}"
)
_MONTHLY_DAY_AFTER_RE = re.compile(
    rf"(?<!\w)(?:{_HANG}|{_kw('định kỳ')}\s+{_kw('mỗi')})\s+{_THANG_WORD}\s*(?:,|(?P<paren>\())?"
    rf"\s*{_WHEN}{_DAY_OF_MONTH}"
    r"(?(paren)\s*\))"
)
# "hằng tháng báo cáo UBND tỉnh trước ngày 25", "hằng tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh
# trước ngày 25", "định kỳ hằng tháng, gửi về Sở Nội vụ trước ngày 20": the day a few words
# after, set by "trước".
_MONTHLY_DAY_LATER_RE = re.compile(
    rf"(?<!\w){_HANG}\s+{_THANG_WORD},?\s+[^\s\d,.;:()]+(?:,?\s+[^\s\d,.;:()]+){{0,9}}?"
    rf"\s+{_kw('chậm nhất', 'trước')}\s+{_DAY_OF_MONTH}(?!\s*[/.-]?\s*\d)"
    rf"(?!\s+{_kw('của')}\s)"  # "trước ngày 10 của tháng kế tiếp" says its month itself
)
_MONTHLY_DAY_FIRST_RE = re.compile(
    rf"(?<!\w){_WHEN}{_DAY_OF_MONTH}\s+(?:{_kw('của')}\s+)?{_EACH_AFTER_DAY}\s+{_THANG_WORD}"
)
# A time cell's shorthand with no "ngày": "Trước 10 hằng tháng".
_MONTHLY_BARE_DAY_RE = re.compile(
    rf"(?<!\w){_kw('chậm nhất', 'trước')}\s+(?P<md>\d{{1,2}})\s+{_HANG}\s+{_THANG_WORD}"
)
# "trước ngày 15 của tháng", "chậm nhất ngày 16 (mười sáu) của tháng báo cáo": a day of every
# month, as against a named month ("của tháng 3") or one month of a period ("tháng cuối quý").
_MONTHLY_DAY_OF_MONTH_RE = re.compile(
    rf"(?<!\w){_WHEN}{_DAY_OF_MONTH}(?:\s*\([^()\d]{{1,20}}\))?\s+{_kw('của')}\s+"
    rf"(?:{_kw('mỗi', 'các')}\s+)?{_THANG_WORD}(?:\s+{_kw('báo cáo')})?"
    rf"(?!\s*(?:\d|[ivx]+\b"
    rf"|{_kw('cuối', 'đầu', 'giữa', 'sau', 'tới', 'tiếp', 'trước', 'này', 'đó', 'kế')}))"
)
# "số liệu được tính từ ngày 15 tháng trước đến ngày 14 của tháng báo cáo": the last day of the
# period the figures cover, no day to send them by.
_SPAN_TO_RE = re.compile(
    rf"(?<!\w){_kw('từ')}\s+(?:{_NGAY}\s+)?\d[^;.]{{0,50}}{_kw('đến', 'tới')}\s+$")
# "trước ngày 10 của tháng tiếp theo": a report's day in the month after each month it covers
# ("tháng sau" only where the clause says the report is monthly: it may be the next month).
_NEXT_MONTH_DAY_RE = re.compile(
    rf"(?<!\w){_WHEN}{_NGAY}\s+(?P<md>\d{{1,2}})\s+(?:{_kw('của')}\s+)?{_THANG}\s+"
    rf"(?:{_kw('tiếp theo', 'kế tiếp')}|(?P<sau>{_kw('sau')}))(?!\w)"
)
_NEXT_MONTH_RE = re.compile(rf"{_THANG}\s+{_kw('tiếp theo', 'kế tiếp', 'sau')}(?!\w)")
# "chậm nhất ngày 20 của tháng cuối quý": a quarterly report's day in each quarter's last month,
# as the rules on reporting write it.
_QUARTER_LAST_MONTH = _kw("tháng cuối quý", "tháng cuối của quý", "tháng cuối mỗi quý",
                          "tháng cuối các quý")
_QUARTER_LAST_MONTH_RE = re.compile(_QUARTER_LAST_MONTH)
_QUARTERLY_DAY_RE = re.compile(
    rf"(?<!\w){_WHEN}{_NGAY}\s+(?P<qd>\d{{1,2}})(?:\s*\([^()\d]{{1,20}}\))?\s+"
    rf"(?:{_kw('của')}\s+)?{_QUARTER_LAST_MONTH}(?!\w)"
)
_MONTHLY_REPORT_RE = re.compile(
    rf"(?<!\w)(?:{_HANG}\s+{_THANG}|{_kw('định kỳ', 'báo cáo tháng')})(?!\w)"
)
_OF_MONTH_RE = re.compile(rf"{_kw('của')}\s+(?:{_kw('mỗi', 'các')}\s+)?{_THANG_WORD}")
# Not "hằng năm": a duty done each year with no day named is a task without a date, as a clerk
# enters it; with a day ("trước ngày 15/12 hằng năm") the day is its deadline, at its next
# occurrence.
_PLAIN_RE = re.compile(
    rf"(?<!\w){_HANG}\s+(?P<unit>{_kw('tuần', 'tháng', 'ngày', 'quý', 'quí')})(?!\w)"
)
# "mỗi tháng một lần", "mỗi tuần 01 lần": once each period, as "hằng tháng" (a bare "mỗi tháng"
# is as often a rate: "phấn đấu mỗi tháng sản lượng ... 18%/tháng")
_ONCE_EACH_RE = re.compile(
    rf"(?<!\w){_kw('mỗi')}\s+(?P<unit>{_kw('tuần', 'tháng', 'ngày', 'quý', 'quí')})\s+"
    rf"(?:{_kw('một')}|0?1)\s+{_kw('lần')}(?!\w)"
)
# "báo cáo định kỳ mỗi quý": "mỗi" after "định kỳ" is "every", as "hằng".
_PERIODIC_EACH_RE = re.compile(
    rf"(?<!\w){_kw('định kỳ')}\s+{_kw('mỗi')}\s+"
    rf"(?P<unit>{_kw('tuần', 'tháng', 'quý', 'quí')})(?!\w)"
)
# "vào thứ Sáu cuối mỗi tháng", "đầu mỗi tuần": a part of each period, as "hằng tháng".
_PART_OF_EACH_RE = re.compile(
    rf"(?<!\w){_kw('cuối', 'đầu', 'giữa')}\s+{_kw('mỗi')}\s+"
    rf"(?P<unit>{_kw('tuần', 'tháng', 'quý', 'quí')})(?!\w)"
)
# "định kỳ 3 tháng một lần", "01 tháng/lần": every month or every quarter, by months counted.
_MONTHS_A_TIME_RE = re.compile(
    rf"(?<!\w)(?P<months>0?1|0?3|{_kw('một', 'ba')})\s+{_THANG}\s*"
    rf"(?:/\s*|\s+(?:{_kw('một')}|0?1)\s+){_kw('lần')}(?!\w)(?!\s+{_kw('nữa')})"
)
# A reporting rule's weekly and monthly report by its name, its day after it: "Báo cáo tuần:
# trước 15 giờ thứ Năm", "Báo cáo tháng: trước ngày 20" (not "báo cáo tháng 11 ...").
_REPORT_CADENCE_RE = re.compile(
    rf"(?<!\w){_kw('báo cáo')}\s+(?:(?P<week>{_TUAN})|{_THANG_WORD})(?!\s*\d)\s*[:,]?\s*"
    rf"(?:{_kw('gửi')}\s+)?{_WHEN}(?:\d{{1,2}}\s*{HOUR_MARK}(?:\s*\d{{2}})?\s*,?\s+)?"
    rf"{_PART_OF_DAY}(?(week)(?:{_NGAY}\s+)?{_WEEKDAY}|{_DAY_OF_MONTH}(?!\s+{_kw('của')}))"
)
# "vào ngày làm việc cuối cùng của tháng": each month's end, as "hằng tháng" with no day.
_LAST_WORKDAY_RE = re.compile(
    rf"(?<!\w){_NGAY}\s+{_kw('làm việc')}\s+{_kw('cuối cùng', 'cuối')}\s+"
    rf"(?:{_kw('của', 'trong')}\s+)?(?:{_kw('mỗi', 'hằng', 'hàng', 'các')}\s+)?{_THANG_WORD}"
    rf"(?!\s*(?:\d|{_kw('này', 'đó', 'tới', 'sau', 'trước')}))"
    # ... or the last day of each month: "vào ngày cuối cùng của mỗi tháng"
    rf"|(?<!\w){_NGAY}\s+{_kw('cuối cùng', 'cuối')}\s+(?:{_kw('của', 'trong')}\s+)?"
    rf"{_kw('mỗi', 'hằng', 'hàng')}\s+{_THANG_WORD}"
)
# A week or a weekday by its place in each month: "vào tuần cuối cùng của mỗi tháng", "thứ Hai
# đầu tiên hằng tháng" (not "tuần đầu tháng", one month's; "thứ Sáu cuối mỗi tháng" is read as
# "cuối mỗi tháng").
_PLACE_IN_EACH_MONTH_RE = re.compile(
    rf"(?<!\w)(?:{_TUAN}\s+{_kw('cuối cùng', 'cuối')}|(?:{_TUAN}|{_WEEKDAY})\s+"
    rf"{_kw('đầu tiên', 'đầu')})\s+"
    rf"(?:{_kw('của', 'trong')}\s+)?{_kw('mỗi', 'hằng', 'hàng')}\s+{_THANG_WORD}"
)
# "trong 05 ngày đầu của tháng": by that day of each month (not "... đầu tháng 10/2025").
_FIRST_DAYS_RE = re.compile(
    rf"(?<!\w){_kw('trong')}\s+(?P<md>0?[1-9]|1\d|20)\s+{_NGAY}\s+{_kw('đầu')}\s+"
    rf"(?:{_kw('của')}\s+)?(?:{_kw('mỗi', 'hằng', 'hàng', 'các')}\s+)?{_THANG_WORD}"
    rf"(?!\s*(?:\d|{_kw('này', 'đó', 'tới', 'sau', 'trước')}))"
)
# "3 lần/tuần (vào các ngày thứ 3, thứ 5 và Chủ nhật)", "mỗi tuần 2 buổi (sáng thứ Hai, chiều
# thứ Năm)": a week's days named after how many there are; with none named, weekly.
_TIMES_WORD_RE = re.compile(_kw("lần", "buổi"))
# "2 lần/tháng", "mỗi tháng 02 lần": monthly, as "mỗi tháng 01 lần" is.
_TIMES_A_MONTH_RE = re.compile(
    rf"(?<!\w)(?:0?[2-4]|{_kw('hai', 'ba', 'bốn')})\s*{_kw('lần', 'buổi')}\s*/\s*{_THANG_WORD}"
    rf"|(?<!\w){_kw('mỗi')}\s+{_THANG}\s+(?:0?[2-4]|{_kw('hai', 'ba', 'bốn')})\s+"
    rf"{_kw('lần', 'buổi')}(?!\w)"
)
_TIMES_A_WEEK_RE = re.compile(
    rf"(?<!\w)(?:0?[2-7]|{_kw('hai', 'ba')})\s*{_kw('lần', 'buổi')}\s*/\s*{_TUAN}"
    rf"|(?<!\w)(?:{_kw('mỗi')}\s+)?{_TUAN}\s+(?:0?[2-7]|{_kw('hai', 'ba')})\s+{_kw('lần', 'buổi')}"
    r"(?!\w)"
)
# "2 lần/ngày (trước 7 giờ và trước 16 giờ)", "mỗi ngày 2 lần", "3 lần mỗi ngày": daily.
_TIMES_A_DAY_RE = re.compile(
    rf"(?<!\w)(?:0?[1-9]|{_kw('một', 'hai', 'ba')})\s*{_kw('lần')}\s*"
    rf"(?:/\s*|{_kw('mỗi', 'một', 'trong')}\s+){_kw('ngày')}(?!\w)"
    rf"|(?<!\w){_kw('mỗi')}\s+{_kw('ngày')}\s+(?:0?[1-9]|{_kw('một', 'hai', 'ba')})\s+{_kw('lần')}"
    r"(?!\w)"
)
_WEEK_DAYS_NAMED = 60  # how far after the count its days are named
_WEEKDAY_RE = re.compile(_WEEKDAY)
_HANG_WORD_RE = re.compile(_kw("hằng", "hàng", "mỗi"))
# "định kỳ 7 ngày một lần", "07 ngày/lần": a week's rhythm, with no weekday named.
_EVERY_SEVEN_DAYS_RE = re.compile(
    rf"(?<!\w)(?:(?:{_kw('định kỳ', 'mỗi')})\s+0?7\s+{_kw('ngày')}\s+(?:{_kw('một')}|0?1)\s+"
    rf"{_kw('lần')}|0?7\s+{_kw('ngày')}\s*/\s*{_kw('lần')})(?!\w)"
)
# "trực tất cả các ngày làm việc", "mọi ngày làm việc": daily, with no "hằng".
_EVERY_WORKDAY_RE = re.compile(
    rf"(?<!\w)(?:{_kw('tất cả các', 'mọi')})\s+{_kw('ngày làm việc')}(?!\w)"
)
# "hàng" is also "goods": "mặt hàng năm 2024", "cửa hàng tháng 6", "hàng ngày càng".
_GOODS_HEAD_RE = re.compile(
    rf"(?<!\w){_kw('mặt', 'cửa', 'đơn', 'khách', 'ngân', 'bán', 'món', 'lô', 'nhà', 'gian')}\s+$"
)
# "tại các kết luận hằng tháng", "tại các cuộc họp hằng tuần": the meetings recur, not a duty.
_MEETINGS_HEAD_RE = re.compile(
    rf"(?<!\w)(?:{_kw('kết luận')}|{_kw('tại')}\s+(?:{_kw('các')}\s+)?"
    rf"{_kw('cuộc họp', 'phiên họp', 'hội nghị', 'buổi giao ban')})\s+"
    rf"(?:{_kw('hằng', 'hàng')}\s+\w+\s*(?:,|{_kw('và')})\s*)*$"
)
# What a text says is not to be done: "không thực hiện Báo cáo hàng tháng và hàng quý".
_NOT_DONE_RE = re.compile(
    rf"(?<!\w){_kw('không', 'không cần', 'không phải')}\s+"
    rf"{_kw('thực hiện', 'gửi', 'lập', 'làm', 'báo cáo')}[^,;.\n]{{0,40}}$"
)
# A payment someone receives each month, not a duty: "đối tượng đang hưởng trợ cấp hàng tháng".
_PAID_HEAD_RE = re.compile(
    rf"(?<!\w){_kw('hưởng', 'nhận')}\s+"
    rf"{_kw('trợ cấp', 'phụ cấp', 'lương', 'lương hưu', 'sinh hoạt phí')}\s+$"
)
# Daily life and the day's business, which no duty sets: "trong công tác chỉ đạo, điều hành hàng
# ngày", "phục vụ sinh hoạt hằng ngày của Nhân dân", "trở thành công việc tự thân, hằng ngày của
# cán bộ và nhân dân" (another word of the kind may stand between).
_ROUTINE_HEAD_RE = re.compile(
    rf"(?<!\w){_kw('điều hành', 'cuộc sống', 'đời sống', 'công việc', 'sinh hoạt')}"
    r"(?:\s+[^\W\d]+){0,2}?,?\s+$"
)
_GOODS_TAIL_RE = re.compile(rf"\s+(?:\d|{_kw('càng', 'hóa', 'hoá')}(?!\w))")

# "nghỉ (cố định) thứ Bảy và Chủ nhật hằng tuần", "hai ngày nghỉ hằng tuần": the weekend rest,
# not a duty that recurs.
_REST_DAYS_RE = re.compile(
    rf"(?<!\w){_kw('nghỉ')}(?:\s+{_kw('cố định')})?(?:\s+(?:\d{{1,2}}|{_kw('hai', 'một')})"
    rf"\s+{_kw('ngày')})?"
    rf"(?:\s+{_WEEKDAY}(?:\s*(?:,|{_kw('và')})\s*)?)*"
    r"\s*$"
)
_WEEKDAYS = {
    "hai": "mon", "2": "mon", "ba": "tue", "3": "tue", "tu": "wed", "4": "wed",
    "nam": "thu", "5": "thu", "sau": "fri", "6": "fri", "bay": "sat", "7": "sat",
}  # fmt: skip
_WEEKDAY_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_UNITS = {
    "tuan": "weekly", "thang": "monthly", "ngay": "daily",
    "quy": "quarterly", "qui": "quarterly",
}  # fmt: skip


def _weekday(match: re.Match[str]) -> str:
    """mon..sun for a matched weekday."""
    return "sun" if match["sun"] else _WEEKDAYS[strip_diacritics(match["wd"])]


def _daily_routine(low: str, match: re.Match[str]) -> bool:
    """Whether "hằng ngày" here qualifies daily life or the day's business, not a duty."""
    return ("unit" in match.re.groupindex and strip_diacritics(match["unit"]) == "ngay"
            and _ROUTINE_HEAD_RE.search(low, max(0, match.start() - 40), match.start()) is not None)


def _is_goods(low: str, match: re.Match[str]) -> bool:
    """Whether "hàng" here is the noun "goods" rather than "every"."""
    if "hang" not in match.re.groupindex or match["hang"] in (None, "hằng"):
        return False
    head = low[max(0, match.start("hang") - 12) : match.start("hang")]
    return bool(_GOODS_HEAD_RE.search(head) or _GOODS_TAIL_RE.match(low, match.end()))


_RECURRENCE_PATTERNS = (
    (_WEEKLY_DAY_FIRST_RE, lambda m: f"weekly:{_weekday(m)}"),
    (_WEEKLY_DAY_AFTER_RE, lambda m: f"weekly:{_weekday(m)}"),
    (_MONTHLY_DAY_AFTER_RE, lambda m: f"monthly:{int(m['md'])}"),
    (_MONTHLY_DAY_FIRST_RE, lambda m: f"monthly:{int(m['md'])}"),
    (_MONTHLY_BARE_DAY_RE, lambda m: f"monthly:{int(m['md'])}"),
    (_MONTHLY_DAY_LATER_RE, lambda m: f"monthly:{int(m['md'])}"),
    (_PLAIN_RE, lambda m: _UNITS[strip_diacritics(m["unit"])]),
    (_ONCE_EACH_RE, lambda m: _UNITS[strip_diacritics(m["unit"])]),
    (_PART_OF_EACH_RE, lambda m: _UNITS[strip_diacritics(m["unit"])]),
    (_PERIODIC_EACH_RE, lambda m: _UNITS[strip_diacritics(m["unit"])]),
    (_PLACE_IN_EACH_MONTH_RE, lambda m: "monthly"),
)


def _windows(low: str, positions: list[int], reach: int) -> list[tuple[int, int]]:
    """Merged spans reaching `reach` characters either side of each position."""
    merged: list[tuple[int, int]] = []
    for pos in positions:
        start, end = max(0, pos - reach), min(len(low), pos + reach)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _days_of_the_week(nfc: str, low: str) -> list[Recurrence]:
    """weekly:DAY for each day named after a count of times a week, or weekly with none."""
    found = []
    for count in _TIMES_A_WEEK_RE.finditer(low):
        stop = min((k for k in (low.find(mark, count.end()) for mark in ".;\n") if k != -1),
                   default=len(low))
        reach = min(stop, count.end() + _WEEK_DAYS_NAMED)
        days = list(_WEEKDAY_RE.finditer(low, count.end(), reach))
        if not days:
            found.append(Recurrence("weekly", nfc[count.start() : count.end()], *count.span()))
        for day in days:
            found.append(Recurrence(f"weekly:{_weekday(day)}", nfc[day.start() : day.end()],
                                    *day.span()))
    return found


def _days_of_month(nfc: str, matches: Iterable[re.Match[str]]) -> list[Recurrence]:
    """monthly:N for each matched day N of a month that can be one."""
    return [Recurrence(f"monthly:{int(m['md'])}", nfc[m.start() : m.end()], m.start(), m.end())
            for m in matches if 1 <= int(m["md"]) <= 31]


# Days listed before the one that recurs: "thứ Bảy, Chủ nhật hàng tuần", "thứ 2 và thứ 6 hằng
# tuần", "các ngày 5 và 6 hàng tháng".
_WEEKDAY_LISTED_RE = re.compile(rf"(?P<atom>{_PART_OF_DAY}{_WEEKDAY})\s*(?:,|{_kw('và')})\s*$")
# ... and each with its own "ngày": "ngày 15 và ngày 30 hằng tháng".
_DAY_LISTED_RE = re.compile(
    rf"(?P<atom>(?<!\w){_NGAY}\s+(?P<md>\d{{1,2}}))\s*(?:,|{_kw('và')})\s*$")
_DAYS_LISTED_RE = re.compile(
    rf"(?<!\w){_NGAY}\s+(?P<days>\d{{1,2}}(?:\s*(?:,|{_kw('và')})\s*\d{{1,2}})+)\s+"
    rf"(?:{_kw('của')}\s+)?$"
)


def _listed_before(nfc: str, low: str, found: list[Recurrence]) -> list[Recurrence]:
    """``found`` with a recurrence for each day listed before a recurring one."""
    listed: list[Recurrence] = []
    for recurrence in found:
        if recurrence.every == "monthly" and (days := _DAYS_LISTED_RE.search(
                low, max(0, recurrence.start - 40), recurrence.start)):
            first = days.start("days")
            # each day its own span, so that none overlaps another; the text is the phrase
            listed += [Recurrence(f"monthly:{int(day[0])}", nfc[days.start() : recurrence.end],
                                  first + day.start(), first + day.end())
                       for day in re.finditer(r"\d+", days["days"]) if 1 <= int(day[0]) <= 31]
            continue
        listed.append(recurrence)
        position = recurrence.start
        while recurrence.every.startswith("weekly:") and (day := _WEEKDAY_LISTED_RE.search(
                low, max(0, position - 40), position)):
            listed.append(Recurrence(f"weekly:{_weekday(day)}", nfc[slice(*day.span("atom"))],
                                     *day.span("atom")))
            position = day.start()
        while recurrence.every.startswith("monthly:") and (day := _DAY_LISTED_RE.search(
                low, max(0, position - 20), position)) and 1 <= int(day["md"]) <= 31:
            listed.append(Recurrence(f"monthly:{int(day['md'])}", nfc[slice(*day.span("atom"))],
                                     *day.span("atom")))
            position = day.start()
    return sorted(listed, key=lambda r: r.start)


# A weekday offered as the other choice before a weekly day: "thứ Bảy hoặc Chủ nhật hằng tuần".
_EITHER_DAY_RE = re.compile(rf"{_DAY_NAME}{_kw('hoặc')}\s+$")


def find_recurrences(text: str) -> list[Recurrence]:
    """Every recurrence phrase in text, left to right ("thứ 6 hằng tuần" -> weekly:fri)."""
    nfc, low = _prepare(text)
    hang = [m.start() for m in _HANG_WORD_RE.finditer(low)]
    found = []
    for win_start, win_end in _windows(low, hang, RECURRENCE_REACH_CHARS):
        for regex, every in _RECURRENCE_PATTERNS:
            for match in regex.finditer(low, win_start, win_end):
                if _is_goods(low, match) or _REST_DAYS_RE.search(
                    low, max(0, match.start() - 60), match.start()
                ) or _MEETINGS_HEAD_RE.search(low, max(0, match.start() - 40), match.start()) or (
                    _NOT_DONE_RE.search(low, max(0, match.start() - 60), match.start())
                ) or _PAID_HEAD_RE.search(low, max(0, match.start() - 30), match.start()) or (
                    _daily_routine(low, match)
                ):
                    continue
                if "md" in regex.groupindex and not 1 <= int(match["md"]) <= 31:
                    continue
                start, end = match.span()
                label = every(match)
                either = _EITHER_DAY_RE.search(low, max(0, start - 30), start)
                if either and label.startswith("weekly:"):
                    # "thứ Bảy hoặc Chủ nhật hàng tuần": the day is the doer's choice
                    label, start = "weekly", either.start()
                found.append(Recurrence(label, nfc[start:end], start, end))
    found += [Recurrence("daily", nfc[m.start() : m.end()], m.start(), m.end())
              for regex in (_EVERY_WORKDAY_RE, _TIMES_A_DAY_RE) for m in regex.finditer(low)]
    found += [Recurrence("weekly", nfc[m.start() : m.end()], m.start(), m.end())
              for m in _EVERY_SEVEN_DAYS_RE.finditer(low)]
    found += [Recurrence("quarterly" if m["months"].lstrip("0") in ("3", "ba") else "monthly",
                         nfc[m.start() : m.end()], m.start(), m.end())
              for m in _MONTHS_A_TIME_RE.finditer(low)]
    found += [Recurrence("monthly", nfc[m.start() : m.end()], m.start(), m.end())
              for m in _LAST_WORKDAY_RE.finditer(low)]
    if _TIMES_WORD_RE.search(low):  # as below: the scan only where it may hit
        found += [Recurrence("monthly", nfc[m.start() : m.end()], m.start(), m.end())
                  for m in _TIMES_A_MONTH_RE.finditer(low)]
    found += [Recurrence(f"weekly:{_weekday(m)}" if m["week"] else f"monthly:{int(m['md'])}",
                         nfc[m.start() : m.end()], *m.span())
              for m in _REPORT_CADENCE_RE.finditer(low)
              if m["week"] or 1 <= int(m["md"]) <= 31]
    found += [Recurrence(f"monthly:{int(m['md'])}", nfc[m.start() : m.end()], *m.span())
              for m in _FIRST_DAYS_RE.finditer(low)]
    found += _days_of_the_week(nfc, low)
    if _OF_MONTH_RE.search(low):  # the day-of-month scan tries every position: only when it may hit
        found += _days_of_month(nfc, (
            m for m in _MONTHLY_DAY_OF_MONTH_RE.finditer(low)
            if not _SPAN_TO_RE.search(low, max(0, m.start() - 80), m.start())))
    if _NEXT_MONTH_RE.search(low):  # as above: the scan only where it may hit
        monthly_report = _MONTHLY_REPORT_RE.search(low) is not None
        found += _days_of_month(nfc, (m for m in _NEXT_MONTH_DAY_RE.finditer(low)
                                      if monthly_report or not m["sau"]))
    if _QUARTER_LAST_MONTH_RE.search(low):  # as above
        found += [Recurrence(f"quarterly:{int(m['qd'])}", nfc[m.start() : m.end()], *m.span())
                  for m in _QUARTERLY_DAY_RE.finditer(low) if 1 <= int(m["qd"]) <= 31]
    found = _listed_before(nfc, low, found)
    # "chậm nhất ngày 15 của tháng ... đối với báo cáo định kỳ hằng tháng": one recurrence,
    # the day naming which
    days_named = {r.every.split(":")[0] for r in found if ":" in r.every}
    return _non_overlapping([r for r in found if r.every not in days_named])


# ---------------------------------------------------------------------------------------------
# period_of_heading

_HEADING_MARKER = r"[\s#*_>|]*(?:(?:[ivxlc]+|\d{1,2}|[a-zđ])[.)]\s*)?"
_LEADIN_RE = re.compile(
    rf"{_HEADING_MARKER}(?:{_kw('ngay')}\s+)?{_kw('trong', 'đến hết', 'hết')}\s+{_PERIOD_ATOM}"
    r"\s*[,:]"
)
_DOC_TITLE_RE = re.compile(
    rf"{_HEADING_MARKER}"
    rf"{_kw('báo cáo', 'dự thảo', 'tờ trình', 'đề án', 'quyết định', 'nghị quyết', 'thông báo')}"
    r"(?!\w)"
)
_TASK_WORD_RE = re.compile(
    rf"(?<!\w){_kw('nhiệm vụ', 'kế hoạch', 'chương trình', 'công tác', 'giải pháp')}(?!\w)"
    rf"|(?<!\w){_kw('phương hướng', 'trọng tâm')}(?!\w)"
)
_RESULTS_WORD_RE = re.compile(
    rf"(?<!\w){_kw('kết quả', 'đạt được', 'tình hình', 'đánh giá', 'sơ kết', 'tổng kết')}(?!\w)"
    rf"|(?<!\w){_kw('kết luận', 'đã', 'giao ban', 'hội nghị', 'cuộc họp', 'phiên họp', 'kỳ họp')}"
    r"(?!\w)"
)
_SEGMENT_BREAK_RE = re.compile(rf";|\s{_kw('và')}\s")
_PERIOD_ATOM_RE = re.compile(rf"(?<!\w){_PERIOD_ATOM}")
_LEADIN_PAST_RE = re.compile(rf"(?<!\w){_kw('đã', 'kết quả', 'đạt được')}(?!\w)")


# The figures a year is of, right before it, which set no time for the work: "các chỉ tiêu năm
# 2026", "dự toán ngân sách năm 2027", "các chỉ tiêu, nhiệm vụ năm 2026" (GUIDE: a year that
# names the targets).
_TARGETS_BEFORE_RE = re.compile(
    rf"(?<!\w){_kw('chỉ tiêu', 'mục tiêu', 'dự toán')}(?:,?\s+[^\s,;:.()]+){{0,3}}\s+$")


def _period_at(text: _Text, pos: int, endpos: int, anchor: date | None) -> Deadline | None:
    """The first period atom in [pos, endpos) as a Deadline, unless it ends before anchor."""
    match = _PERIOD_ATOM_RE.search(text.low, pos, endpos)
    period = _period_of(match, anchor or _PLACEHOLDER_ANCHOR) if match else None
    if match is None or period is None or _passed(period[2], anchor):
        return None
    if _TARGETS_BEFORE_RE.search(text.low, max(0, match.start() - 40), match.start()):
        return None  # "Để hoàn thành các chỉ tiêu năm 2026, ...": the year the targets are of
    kind, _, last = period
    if _from_then_on(kind, text.low, match.end()):
        return None
    phrase = text.nfc[match.start() : match.end()]
    return Deadline(last, phrase, kind, *match.span(), anchored=_needs_anchor(match))


def _segments(low: str) -> list[tuple[int, int]]:
    """Spans of the parts of a heading split at ";" and "và"."""
    bounds = [0]
    for match in _SEGMENT_BREAK_RE.finditer(low):
        bounds += [match.start(), match.end()]
    bounds.append(len(low))
    return list(zip(bounds[::2], bounds[1::2], strict=True))


# A stage of a plan headed by its span, over the items below it: "Giai đoạn 1 (1/12 -
# 31/12/2024):", "Đợt 2: từ 01/8 đến 15/8/2025", "Bước 3 (trong tháng 10/2025)"; or a bare month,
# quarter or year closed by a colon: "Quý I/2025:". The stage ends where its span ends.
# a month's programme counts its weeks as stages: "Tuần 1 (từ ngày 01/4 đến ngày 05/4/2026):"
_PHASE_NAME = (
    rf"(?:{_kw('giai đoạn', 'đợt', 'bước')}|(?P<week>{_kw('tuần')}))\s+(?:{_kw('thứ')}\s+)?"
    r"(?:\d{1,2}|[ivx]{1,4})(?!\w)"
)
_SPAN_FROM = (
    rf"(?:{_kw('từ')}\s+)?(?:(?:{_NGAY}|{_THANG}|{_QUY})\s+)?"
    rf"(?:\d{{1,2}}(?:\s*[/.-]\s*\d{{1,2}})?(?:\s*[/.-]\s*\d{{4}})?|[ivx]{{1,3}}|{_kw('nay')})"
    rf"\s*(?:[-–]|{_kw('đến', 'tới')}(?:\s+{_kw('hết')})?)\s*"
)
_PHASE_RE = re.compile(
    rf"{_HEADING_MARKER}(?P<head>(?:(?P<phase>{_PHASE_NAME})\s*[:.,–-]?\s*(?P<open>\()?\s*)?"
    rf"(?P<span>{_SPAN_FROM})?(?:{_kw('trong', 'đến hết', 'hết')}\s+)?"
    rf"(?:(?:{_NGAY}\s+)?{_DAY_ATOM}|{_PERIOD_ATOM})(?(open)\s*\))?)\s*(?P<colon>:)?"
)

_BARE_SECTION_RE = re.compile(rf"{_HEADING_MARKER}(?:{_THANG}|{_QUY})\s")
_NUMBERED_SECTION_RE = re.compile(r"[\s#*_>|]*(?:[ivxlc]+|\d{1,2}|[a-zđ])[.)]")
_MILESTONE_DUTY_RE = re.compile(rf"[ \t]*(?:[-–+•][ \t]*)?(?:[{UPPER}]|các\s|hạn\s)")
_GLUED_SPAN_DASH_RE = re.compile(r"(?<=\d)-(?=\d{1,2}[/.]\d)")
_PHASE_OPENING_RE = re.compile(
    rf"{_HEADING_MARKER}(?:{_kw('giai', 'đợt', 'bước', 'tuần', 'từ', 'trong', 'hết', 'đến')}"
    rf"|{_kw('ngày')}|{_THANG}|{_QUY}|{_NAM}|\d)"
)


def phase_of_heading(text: str, anchor: date | None, numbered: bool = False) -> Deadline | None:
    """The end of the stage a heading opening ``text`` names, spanning the heading itself;
    ``numbered``: the heading's number was cut from ``text`` (an outline item's)."""
    if not _PHASE_OPENING_RE.match(text.lower()):
        return None  # the outline asks of every line: most open with no stage word
    nfc, low = _prepare(text)
    # "(15/12-20/12/2024)": a dash glued to the span's end would read as part of a number
    match = _PHASE_RE.match(_GLUED_SPAN_DASH_RE.sub("–", low))
    # a named stage with its span may run on into its first line ("Đợt 1: từ 1/8 đến 15/8 Sở ...")
    closed = match is not None and (
        match["colon"] or match.end() == len(low.rstrip()) or (match["phase"] and match["span"])
    )
    if not closed or (match["week"] and not match["colon"]):
        return None  # "Tuần 13 (24/3 - 30/3/2025)" titles a week's schedule; "Tuần 1 (...):" heads
    day = match["d"] is not None or match["td"] is not None
    # a milestone: "25/3/2026: Sở Nội vụ trình đề án ...", a day and the duty run on after it
    milestone = match["colon"] and _MILESTONE_DUTY_RE.match(nfc, match.end())
    # a programme's section that is a month or a quarter and nothing else, numbered or in
    # capitals: "I. THÁNG 4 NĂM 2026", "II. Tháng 5/2026" (not a table's cell "Tháng 12/2025")
    section = not day and match.end() == len(low.rstrip()) and _BARE_SECTION_RE.match(low) and (
        numbered or _NUMBERED_SECTION_RE.match(low) or re.sub(r"[\W\d_]+", "", nfc).isupper())
    if not (match["phase"] or match["colon"] or section) or (
        day and not (match["phase"] or match["span"] or milestone)
    ):
        return None  # a lone "Ngày 5/3:" is a schedule's or a letter's, not a stage
    base = anchor or _PLACEHOLDER_ANCHOR
    if day:
        due, kind = _day_of(match, base), "day"
    else:
        period = _period_of(match, base)
        due, kind = (period[2], period[0]) if period else (None, "")
    if due is None or _passed(due, anchor):
        return None
    start, end = match.span("head")
    return Deadline(due, nfc[start:end], kind, start, end, anchored=_needs_anchor(match))


# An item that refers to a stage the plan names elsewhere with its span: "Lập danh sách đối
# tượng, xong trong giai đoạn 1", "Bố trí lực lượng tuần tra trong đợt 2".
_STAGE_NAME_RE = re.compile(
    rf"(?<!\w)(?P<kind>{_kw('giai đoạn', 'đợt', 'bước')})\s+(?:{_kw('thứ')}\s+)?"
    r"(?P<number>\d{1,2}|[ivx]{1,4})(?!\w)"
)
_BULLET_RE = re.compile(r"[\s\-–+•*]*")


def _stage_key(found: re.Match[str]) -> tuple[str, str]:
    """ "Giai đoạn 01" and "giai doan 1" as one key."""
    return _words(found["kind"])[0], found["number"].lstrip("0")


def stages_named(text: str, anchor: date | None) -> dict[tuple[str, str], Deadline]:
    """The stages a plan names on lines of their own with their spans, by name."""
    stages: dict[tuple[str, str], Deadline] = {}
    for line in text.splitlines():
        body = line[_BULLET_RE.match(line).end() :]
        named = _STAGE_NAME_RE.match(body.lower())
        stage = phase_of_heading(body, anchor) if named else None
        if named and stage and not (stage.anchored and anchor is None):
            stages.setdefault(_stage_key(named), stage)
    return stages


def stage_referred(text: str, stages: dict[tuple[str, str], Deadline]) -> Deadline | None:
    """The end of the stage named elsewhere that ``text`` does its work in, if it names one,
    with the words that name the stage and its span."""
    low = _prepare(text).low
    for found in _STAGE_NAME_RE.finditer(low):
        if (stage := stages.get(_stage_key(found))) is not None:
            return replace(stage, start=found.start(), end=found.end())  # the stage's own words
    return None


def period_of_heading(text: str, anchor: date | None) -> Deadline | None:
    """The period a task heading or lead-in sets for the items under it, or None."""
    if phase := phase_of_heading(text, anchor):
        return phase
    prepared = _prepare(text)
    low = prepared.low
    leadin = _LEADIN_RE.match(low)
    if leadin:
        clause_end = _CLAUSE_BREAK_RE.search(low, leadin.end())
        rest_end = clause_end.start() if clause_end else len(low)
        if _LEADIN_PAST_RE.search(low, leadin.end(), rest_end):
            return None
        return _period_at(prepared, leadin.start(), leadin.end(), anchor)
    if _DOC_TITLE_RE.match(low):
        return None
    for seg_start, seg_end in _segments(low):
        task = _TASK_WORD_RE.search(low, seg_start, seg_end)
        if task is None or _RESULTS_WORD_RE.search(low, seg_start, seg_end):
            continue
        deadline = _period_at(prepared, task.end(), seg_end, anchor)
        if deadline is not None:
            return deadline
    return None


# ---------------------------------------------------------------------------------------------
# find_meeting_date

_MEETING_WORD_RE = re.compile(
    rf"(?<!\w){_kw('phiên họp', 'kỳ họp', 'hội nghị', 'cuộc họp', 'buổi làm việc', 'giao ban')}"
    r"(?!\w)"
)
# "ngày 15/12", and an evening's day as news writes it: "diễn ra vào tối 15/12"
_NGAY_DATE_RE = re.compile(
    rf"(?<!\w)(?:{_NGAY}|(?:{_kw('vào')}\s+)?{_kw('sáng', 'chiều', 'tối', 'trưa')})\s+{_DAY_ATOM}"
)
_CLAUSE_STOP_RE = re.compile(r"[.;](?:\s|\Z)")
# "trình phiên họp trước ngày 10/7": a deadline for the meeting's papers, not its date.
_DEADLINE_WORD_TAIL_RE = re.compile(
    rf"(?<!\w){_kw('trước', 'chậm nhất', 'hạn chót', 'hạn cuối', 'đến', 'tới', 'hết')}\s+$"
    # the first day of a span of meetings, no one meeting's: "(hội nghị) được thực hiện trong
    # khoảng từ ngày 04/02/2026 đến ngày 08/02/2026"
    rf"|(?<!\w){_kw('từ')}\s+$"
)


def _is_cited(nfc: str, pos: int) -> bool:
    """Whether the "ngày" at pos dates a cited document ("Chỉ thị số 26-CT/TU ngày ...")."""
    return _CITED_DOC_TAIL_RE.search(nfc, max(0, pos - 60), pos) is not None


def find_meeting_date(text: str, anchor: date | None) -> date | None:
    """The date of a meeting the text announces ("Phiên họp ...: Ngày 21/7/2023"), or None."""
    nfc, low = _prepare(text)
    for meeting in _MEETING_WORD_RE.finditer(low):
        # The slack lets a date starting inside the window be read whole.
        reach = min(len(low), meeting.end() + MEETING_WINDOW_CHARS + 40)
        stop = _CLAUSE_STOP_RE.search(low, meeting.end(), reach)
        endpos = stop.start() if stop else reach
        for match in _NGAY_DATE_RE.finditer(low, meeting.end(), endpos):
            too_far = match.start() - meeting.end() > MEETING_WINDOW_CHARS
            if too_far or _PAST_RE.search(low, meeting.end(), match.start()):
                break
            before = low[max(0, match.start() - 20) : match.start()]
            if _is_cited(nfc, match.start()) or _DEADLINE_WORD_TAIL_RE.search(before):
                continue
            due = _meeting_day(match, anchor)
            # a meeting on the directive's own day is the one it concludes, not one to prepare
            if due is not None and due != anchor:
                return due
    return None


# An event a text announces with its day: "buổi tiếp dân sẽ diễn ra từ 14 giờ 30 phút ngày
# 28/11/2025", "Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân ... vào ngày 11/11/2025", "buổi
# lễ sẽ diễn ra lúc 7 giờ 30 ngày 30-6".
_EVENT_WORD_RE = re.compile(
    rf"(?<!\w)(?:{_MEETING_WORD_RE.pattern}|{_kw('buổi', 'lễ', 'đại hội', 'hội thi', 'ngày hội')})"
)
_EVENT_HAPPENS_RE = re.compile(
    rf"(?<!\w){_kw('sẽ')}\s+"
    rf"{_kw('diễn ra', 'được tổ chức', 'tổ chức', 'khai mạc', 'chủ trì')}(?!\w)"
)
EVENT_HEAD_CHARS = 1500  # an event the text is about is announced near its top


def event_day(text: str, anchor: date | None, event: str | None = None) -> Deadline | None:
    """The day of the event ``event`` names ("buổi tiếp dân"), as the text gives it last, or
    with no event, the day of the first event announced near the text's top; None when the
    text gives none, or it has passed."""
    nfc, low = _prepare(text)
    if event is not None:
        key = re.escape(_prepare(event).low)
        named = list(re.finditer(rf"(?<!\w){key}(?!\w)", low))[::-1]
    else:
        named = list(_EVENT_WORD_RE.finditer(low, 0, EVENT_HEAD_CHARS))
    for found in named:
        stop = _CLAUSE_STOP_RE.search(low, found.end())
        sentence = (low.rfind(".", 0, found.start()) + 1, stop.start() if stop else len(low))
        if event is None and not _EVENT_HAPPENS_RE.search(low, *sentence):
            continue
        for match in _NGAY_DATE_RE.finditer(low, found.end(), sentence[1]):
            if match.start() - found.end() > MEETING_WINDOW_CHARS:
                break
            before = low[max(0, match.start() - 20) : match.start()]
            if _is_cited(nfc, match.start()) or _DEADLINE_WORD_TAIL_RE.search(before):
                continue  # "Hội nghị ... sẽ được tổ chức trước ngày 25/3": by when, not the day
            due = _meeting_day(match, anchor)
            if due is not None and due != anchor:
                return Deadline(due, nfc[match.start() : match.end()], "day", 0, 0)
    return None


def _meeting_day(match: re.Match[str], anchor: date | None) -> date | None:
    """The day a meeting's date names, or None: passed, or without its year in a text without a
    date."""
    if anchor is None and match["y"] is None and match["ty"] is None:
        return None
    due = _day_of(match, anchor or _PLACEHOLDER_ANCHOR)
    return None if due is None or _passed(due, anchor) else due


# An invitation to a meeting ("Kính mời các đồng chí dự họp Ban Thường vụ ...", "trân trọng
# kính mời ... tham dự hội nghị") and the line that gives its time ("1. Thời gian: Vào lúc 14 giờ,
# ngày 23/02/2026").
_INVITES_RE = re.compile(
    rf"(?<!\w){_kw('mời')}\s[^.\n]{{0,160}}?(?<!\w){_kw('dự', 'tham dự')}\s+"
    rf"(?:{_kw('cuộc', 'buổi', 'phiên')}\s+)?{_kw('họp', 'hội nghị', 'làm việc')}(?!\w)"
    # a notice that convenes a session or gives the plan of one: "Thông báo triệu tập Kỳ họp
    # thứ Năm", "Dự kiến thời gian, nội dung Kỳ họp thứ Năm HĐND xã"
    rf"|(?<!\w)(?:{_kw('triệu tập')}\s+(?:{_kw('cuộc', 'buổi')}\s+)?"
    rf"|{_kw('dự kiến', 'về')}\s+{_kw('thời gian', 'nội dung', 'chương trình')}[^.\n]{{0,45}}?"
    r"(?<!\w))"
    rf"{_kw('kỳ họp', 'phiên họp', 'hội nghị')}(?!\w)"
    # a leader's visit a notice announces: "Phó Chủ tịch UBND tỉnh sẽ kiểm tra hiện trường và
    # làm việc về tiến độ ..."
    rf"|(?<!\w){_kw('sẽ')}\s+(?:{_kw('đi')}\s+)?{_kw('kiểm tra', 'làm việc', 'khảo sát')}(?!\w)"
)
# ... or a section so headed, the time on its first line: "I. THỜI GIAN, ĐỊA ĐIỂM\nKỳ họp ...".
_TIME_LINE_RE = re.compile(
    rf"^[\s\d.)*\-ivx]*{_kw('thời gian')}(?:\s*,\s*{_kw('địa điểm')})?(?:\s*:|\s*\n)([^\n]*)",
    re.MULTILINE,
)


# A letter asking its units to prepare for a meeting: "đề nghị các cơ quan, đơn vị chuẩn bị nội
# dung phát biểu tham luận tại Hội nghị", "chuẩn bị tốt nội dung phục vụ kỳ họp".
_PREPARES_FOR_MEETING_RE = re.compile(
    rf"(?<!\w){_kw('chuẩn bị')}\s[^.;\n]{{0,120}}?(?<!\w){_kw('tại', 'cho', 'phục vụ')}\s+"
    rf"{_MEETING_WORD_RE.pattern}"
)


def preparation_request(text: str) -> str | None:
    """The words of ``text`` that ask to prepare for a meeting ("chuẩn bị nội dung phát biểu
    tham luận tại Hội nghị"), or None."""
    nfc, low = _prepare(text)
    asks = _PREPARES_FOR_MEETING_RE.search(low)
    return nfc[asks.start() : asks.end()] if asks else None


def invitation_meeting_date(text: str, anchor: date | None) -> Deadline | None:
    """The day of the meeting a letter invites to or a notice convenes, from its "Thời gian:"
    line, or None when the text announces no meeting or gives it no day."""
    nfc, low = _prepare(text)
    invites = _INVITES_RE.search(low)
    if invites is None:
        return None
    line = _TIME_LINE_RE.search(low, invites.end())
    if line is None:
        return None
    match = _NGAY_DATE_RE.search(low, line.start(1), line.end(1)) or _NUM_DATE_RE.search(
        low, line.start(1), line.end(1))
    due = _meeting_day(match, anchor) if match else None
    if due is None:
        return None
    return Deadline(due, nfc[line.start() : line.end()].strip(), "day", 0, 0)


# ---------------------------------------------------------------------------------------------
# directive_date

# "Sơn Động, ngày 11 tháng 4 năm 2024": the date after a place name.
_COMMA_DATE_RE = re.compile(rf",[ \t]*{_NGAY}\s+{_DAY_ATOM}")
_COLUMN_BREAK_RE = re.compile(r"[ \t]{2,}|\|")
# "Ngày 04/10/2023, Ban Chấp hành ... tổ chức": a dated clause opening the body.
# "Chiều 15.6, ...", "Chiều qua (30.7), ...": a part of the day dates the opening clause too.
_BODY_DATE_RE = re.compile(
    rf"(?:{_NGAY}|{_kw('sáng', 'chiều', 'tối', 'trưa')}(?:\s+{_kw('nay', 'qua')})?)"
    rf"\s+(?P<open>\()?{_DAY_ATOM}(?(open)\))(?P<comma>\s*,)?"
)
_NAMED_SUBJECT_RE = re.compile(rf"\s+(?:[{UPPER}]|(?i:đồng chí|đ/c)\s)")
_BODY_OPENING_RE = re.compile(
    rf"(?:\A|[.;:!?\n])[\s*_#>]*"
    # a news report's dateline: "(Báo Quảng Ngãi) - Chiều 03/12/2026, ...", "QNO - Ngày ..."
    r"(?:(?:\([^()\n]{2,40}\)|[\w.]{2,14})\s*[-–—]\s*)?"
    rf"(?:{_kw('sáng', 'chiều', 'tối', 'vào', 'trong')}\s+)?$"
)
# "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7/2023", "Phiên họp thường kỳ ... tháng 7/2023": the month a
# programme without a dated header is for.
_PROGRAMME_RE = re.compile(
    rf"(?<!\w)(?:{_kw('chương trình', 'lịch', 'kế hoạch')}\s+{_kw('công tác')}|{_kw('phiên họp')})"
    rf"[^\n:;]{{0,60}}?{_THANG}\s+(?P<m>\d{{1,2}})\s*(?:/|-|{_NAM})\s*(?P<y>\d{{4}})(?!\d)"
)
# A week's schedule titled with its days: "Lịch làm việc tuần 21 ... (từ ngày 21/5/2018 đến ngày
# 28/5/2018)", "LỊCH CÔNG TÁC TUẦN 13 (24/3/2025 - 30/3/2025)", "Lịch làm việc của Chủ tịch ... từ
# ngày 14/3 đến ngày 18/3/2022": dated from its first day, in the year its last day is written in.
_WEEK_SCHEDULE_RE = re.compile(
    rf"(?<!\w){_kw('lịch')}\s+{_kw('làm việc', 'công tác')}\s+"
    rf"(?:[^\n]{{0,80}}?{_TUAN}[^\n]{{0,80}}?(?=\D*\d{{1,2}}/\d{{1,2}}/\d{{4}})|[^\n]{{0,120}}?)"
    r"(?<![\d/.-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?"
    rf"(?:\s*(?:-|–|{_kw('đến')})\s*(?:{_NGAY}\s+)?\d{{1,2}}/(?P<last_m>\d{{1,2}})/(?P<last_y>\d{{4}}))?"
)
# A web copy's own date line near its top: "THỨ SÁU, 27/01/2023 09:00:43", "09:10, 14/10/2021",
# "Thứ hai, ngày 01/12/2025 - 08:30", "T2, 01/12/2025, 08:30",
# "Ngày đăng 28/11/2022 | 09:24", "24/08/2023 04:42", "(04/09/2022 09:49:30)", "tacgia |
# 04/03/2020, 16:24", "Cập nhật lúc 07:59, Thứ Tư, 15/11/2017 (GMT+7)", "04/04/2014 | 06:00
# AM", "  •  07-08-2020", "Pháp luật - Lê Phương - 10:51, 23/03/2021" after the section and the
# reporters, and "10:51, 23/03/2021 UBND tỉnh ..." with the article run on: when the page was
# published.
_DATELINE_RE = re.compile(
    r"^[ \t]*(?:[•*][ \t]*|[\w.]+\s*\|\s*|[^\n\d|]{1,60}?\s[-–]\s+(?=\d{1,2}:\d{2}))?"
    rf"\(?(?:{STAMP_WEEKDAY}\s*,?\s*"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*[,|]?\s*"
    rf"|{STAMP_LABEL}\s*:?\s*|ngày\s+)*"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"(?:(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?[^\n\w]*"
    # the page's font-size buttons may follow: "Thứ 2, 29/01/2024 | 16:38:42 [GMT +7] A A"
    r"(?:gmt\s*\+\s*\d+\W*|\d+\s*|lượt xem[^\n]*)?(?:a[+-]?\s+a[+-]?\s*)?$"
    r"|(?<=\d:\d\d, \d\d/\d\d/\d{4})\s)",
    re.IGNORECASE | re.MULTILINE,
)
# A web copy's date stamp written the ISO way at the very top: " date 2025-08-13 Ngày 13-8, ...".
_ISO_DATELINE_RE = re.compile(
    r"\A\s*(?:(?:date|ngày đăng|published)\s*:?\s*)?(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b",
    re.IGNORECASE,
)
# A header's date on a line of its own, with no place before it: "Ngày 20 tháng 11 năm 2025".
_DATE_LINE_RE = re.compile(
    rf"^[ \t*_#]*{_NGAY}\s+(?P<d>\d{{1,2}})\s+{_THANG}\s+(?P<m>\d{{1,2}})\s+{_NAM}\s+"
    r"(?P<y>\d{4})[ \t.*_]*$",
    re.MULTILINE,
)
_CHAT_DAY_LINE_RE = re.compile(rf"^[ \t]*{CHAT_DAY_RULE}[ \t]*$", re.MULTILINE)
# An e-mail's date in its header, which dates the mail: Gmail's "Th 2, 20 thg 4, 2026, 15:48",
# after its sender too ("Văn phòng Sở <vp@...>   Th 2, 8 thg 6, 2026 lúc 09:15"), Outlook's
# "Sent: Thứ Hai, 23 tháng 3, 2026 8:05 SA", Thunderbird's "Ngày: 24/02/2026, 08:31".
_MAIL_DATE_RE = re.compile(
    r"^[ \t]*(?:[^\n<>]{0,80}<[^\n<>@\s]+@[^\n<>\s]+>[ \t]+)?"
    rf"(?:(?:sent|date|gửi|ngày gửi|đã gửi|thời gian)\s*:\s*)?(?:{STAMP_WEEKDAY}|th\s?[2-7])"
    r"\s*,\s*(?P<d>\d{1,2})\s+(?:thg|tháng)\s+(?P<m>\d{1,2}),?\s+(?P<y>\d{4})\b",
    re.MULTILINE,
)
# A notice's or a message's own date on its first lines: "Thông báo ngày 20/4/2026", and a mail
# client's stamp with its weekday: "Thứ hai, ngày 15 tháng 9 năm 2025 08:42:11".
_KIND_DATED_LINE_RE = re.compile(
    r"^[ \t]*(?:thông báo|tin nhắn|nhắn tin|kết luận|công văn)\s+ngày\s+"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})[ \t.:]*$",
    re.MULTILINE,
)
_WEEKDAY_DATE_LINE_RE = re.compile(
    rf"^[ \t]*{STAMP_WEEKDAY}\s*,\s*ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})\s+năm\s+"
    r"(?P<y>\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\b",
    re.MULTILINE,
)
# A chat message's bracketed stamp opening its line, which dates the message: "[20/03/2026 10:42]
# VP HĐND-UBND phường Ngọc Thạch:".
_CHAT_STAMP_RE = re.compile(
    r"^[ \t]*\[(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})[ ,]+\d{1,2}:\d{2}(?::\d{2})?\]",
    re.MULTILINE,
)
_MAIL_LABELLED_DATE_RE = re.compile(
    r"^[ \t]*(?:ngày|ngày gửi|date|sent|gửi lúc)\s*:\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"\s*,?\s*\d{1,2}:\d{2}",
    re.MULTILINE,
)
# ... and in English: "Date: Tue, 20 Jan 2026 09:31:44 +0700" (RFC 5322), "Sent: Tuesday, March
# 10, 2026 9:17 AM".
_MAIL_ENGLISH_DATE_RE = re.compile(
    r"^[ \t]*(?:date|sent)[ \t]*:[ \t]*(?P<value>[a-z][^\n]{8,60}?)[ \t]*$", re.MULTILINE)


def _mail_date_in_english(low: str) -> date | None:
    """The date an e-mail's English header gives it, read by the e-mail standard's parser or by
    dateparser."""
    for match in _MAIL_ENGLISH_DATE_RE.finditer(low, 0, DIRECTIVE_HEAD_CHARS):
        value = match["value"]
        with suppress(TypeError, ValueError, IndexError):
            return email.utils.parsedate_to_datetime(value).date()
        parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
        if parsed is not None and _MIN_YEAR <= parsed.year <= _MAX_YEAR:
            return parsed.date()
    return None


# A header's date whose year wrapped in its narrow column, a PDF's line of the other column
# between: "Số: 95/UBND-VP Tân Thành, ngày 03 tháng 12 năm\nV/v triển khai tiêm vắc xin 2026".
_WRAPPED_YEAR_RE = re.compile(
    rf",[ \t]*{_NGAY}\s+(?P<d>\d{{1,2}})\s+{_THANG}\s+(?P<m>\d{{1,2}})\s+{_NAM}[ \t]*\n"
    r"(?:[^\n]{0,120}?[ \t])?(?P<y>(?:19|20)\d{2})[ \t.]*$",
    re.MULTILINE,
)
# A digital signature's time on a line of its own, labelled or not: "29-09-2025 13:41:12
# +07:00", "Thời gian ký: 06.04.2022 14:15:07 +07:00", "Ngày ký: 2026-05-08 16:42:06 +07:00".
_SIGNED_RE = re.compile(
    r"^[ \t]*(?:(?:ngày ký|thời gian ký)\s*:\s*)?"
    r"(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"[ \tT]+\d{1,2}:\d{2}(?::\d{2})?\s*\+0?7:?00[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A web copy's month line with no day, which dates no directive but gives its year and month.
_ISO_MONTH_LINE_RE = re.compile(
    r"\A\s*(?:date|ngày đăng|published)\s*:?\s*(?P<y>\d{4})-(?P<m>\d{2})\b(?!-)", re.IGNORECASE
)
DATELINE_HEAD_CHARS = 600
# A web copy's posting date labelled as such, which may stand under the article as well.
_POSTED_RE = re.compile(
    rf"^[ \t]*{STAMP_LABEL}\s*:\s*"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\b",
    re.IGNORECASE | re.MULTILINE,
)
# The sentence that issues the directive, in a text without its header: "Ngày 17/10/2019 UBND
# thị xã ban hành Thông báo số 2767/TB-UBND", "(Theo Thông báo số 229/TB-UBND ngày 30/11/2022",
# "ban hành Công văn số 6166/UBND-TH ngày 19/11/2025".
_DOC_KIND = _kw("thông báo", "công văn", "công điện", "văn bản", "kết luận", "chỉ thị", "kế hoạch",
              "quyết định")
_EARLIER_RE = re.compile(rf"{_kw('trước đó', 'trước đây', 'hồi', 'từ')}\s*,?\s*$")
_ISSUED_RES = (
    re.compile(
        rf"(?<!\w){_NGAY}\s+{_DAY_ATOM}\s*,?[^.\n]{{0,120}}?"
        # not "đăng ký" (to register) for "ký" (to sign)
        rf"(?<!\w)(?<!đăng\s)(?<!dang\s)"
        rf"(?:{_kw('ban hành', 'ký')}|{_kw('có', 'công bố', 'phát hành')}\s+{_DOC_KIND})"
        r"(?!\w)"
    ),
    re.compile(
        rf"\(\s*{_kw('theo')}\s+{_DOC_KIND}\s+(?:{_kw('số')}\s*)?[^\s,()]+\s*,?\s*{_NGAY}\s+"
        rf"{_DAY_ATOM}"
    ),
    # "UBND tỉnh vừa ký ban hành Công văn số 6166/UBND-TH ngày 19/11/2025 ...": the date after
    # the number of the document the sentence issues.
    re.compile(
        rf"(?<!\w){_kw('ban hành', 'ký')}\s+{_DOC_KIND}\s+(?:{_kw('số')}\s*:?\s*)?"
        r"\d[^\s,()]*\s*,?\s*"
        rf"{_NGAY}\s+{_DAY_ATOM}"
    ),
)


# A day the text plans for, not the day it reports: "Ngày 27.11.2020, Thường trực HĐND tỉnh sẽ
# tổ chức họp ...".
_PLANNED_RE = re.compile(rf"[^.\n]{{0,60}}?(?<!\w){_kw('sẽ', 'dự kiến')}(?!\w)")


def _dated(match: re.Match[str]) -> date | None:
    """The date of a matched day atom that carries its year, else None."""
    if match["y"] is None and match["ty"] is None:
        return None
    return _day_of(match, date.min)


def _follows_place(nfc: str, comma: int, textual: bool) -> bool:
    """Whether a place name in title case ends at comma.

    After the formal "ngày D tháng M năm Y" the title-case words before the comma suffice
    ("... Hạnh phúc Sơn Động, ngày ..."); before a numeric date the place must stand alone in
    its line or column, as a body clause ("... Tỉnh Ủy, ngày 11/4/2024") would not.
    """
    line_start = nfc.rfind("\n", max(0, comma - 120), comma) + 1
    words = _COLUMN_BREAK_RE.split(nfc[line_start:comma])[-1].strip(" \t*_#").split()
    titled = list(takewhile(lambda word: word[0].isupper(), reversed(words)))
    if (place := list(takewhile(lambda word: not (len(word) > 1 and word.isupper()), titled))) and (
            len(place) < len(titled) and textual):
        # a cell's lines run together: "ĐẢNG CỘNG SẢN VIỆT NAM Bình Minh, ngày ...": the place
        # in title case after the motto in capitals
        titled = place
    if not textual and len(titled) < len(words):
        return False
    return 0 < len(titled) <= PLACE_MAX_WORDS


def _opens_body(low: str, pos: int) -> bool:
    """Whether the "ngày" at pos opens a sentence or a line ("Sáng ngày ..." too)."""
    return _BODY_OPENING_RE.search(low, max(0, pos - 80), pos) is not None


_NGAY_BEFORE_RE = re.compile(rf"{_NGAY}\s+$")
_MONTH_OF_YEAR_RE = re.compile(
    rf"(?<!\w){_THANG}\s+(?P<mm>\d{{1,2}})\s*(?:/|-|{_NAM})\s*(?P<my>\d{{4}})"
)
_SPAN_JOIN_RE = re.compile(rf"\s*(?:[-–]|{_kw('đến')})\s*")


def _written_in_full(low: str, start: int = 0) -> Iterator[tuple[re.Match[str], date]]:
    """Each date the text writes with its four-digit year, and the day it names."""
    for full in _NUM_DATE_RE.finditer(low, start):
        if full["y"] and len(full["y"]) == 4 and (found := _dated(full)):
            yield full, found


def _dates_a_citation(nfc: str, low: str, full: re.Match[str]) -> bool:
    """Whether a written date, with the "ngày" before it, dates a cited document."""
    ngay = _NGAY_BEFORE_RE.search(low, max(0, full.start() - 8), full.start())
    return _is_cited(nfc, ngay.start() if ngay else full.start())


TEXT_DAY_AFTER = timedelta(days=92)  # how long after a date it names a text may be written


def _nearest_to_text_dates(nfc: str, low: str, day: int, month: int, pos: int) -> date | None:
    """A day written without its year ("ngày 29/11, UBND ... công bố kế hoạch"), in the year
    that puts it nearest the full date (or month: "tháng 7/2025") written closest to it; a
    cited document's date and the ends of a span over a year long (an anniversary's
    "03/02/1930 - 03/02/2020") are asides."""
    written: list[tuple[int, date, int]] = []  # distance, date, where it ends
    stamps = {m.start("d"): m.end() for m in _DATELINE_RE.finditer(low, 0, DATELINE_HEAD_CHARS)}
    for full, found in _written_in_full(low):
        if _dates_a_citation(nfc, low, full):
            continue
        if full.start() in stamps and _republished(low, stamps[full.start()], found):
            continue  # a page's stamp years after every date of the letter it re-published
        if written and _SPAN_JOIN_RE.fullmatch(low, written[-1][2], full.start()) and (
            abs((found - written[-1][1]).days) > 366
        ):
            written.pop()
            continue
        written.append((abs(full.start() - pos), found, full.end()))
    written += [(abs(start - pos), first, 0) for start, first in _months_named(low)]
    # the text's own day comes before the days it sets, or not long after those it tells of
    # ("Sáng 5/3, ... đạt chuẩn trước ngày 30/11/2026" is 5/3/2026, not 5/3/2027)
    return _day_nearest(day, month, min(written)[1], TEXT_DAY_AFTER) if written else None


def _page_stamp(low: str) -> tuple[date, bool] | None:
    """The date a web page is stamped with, the stamp nearest the article (a portal's header
    may show the day it was read first: "Thứ Sáu, 22/11/2024 13:17" over the article's "Thứ 2,
    29/01/2024 | 16:38:42"), and whether the page re-published an older letter; None when it
    has no stamp."""
    for match in reversed(list(_DATELINE_RE.finditer(low, 0, DATELINE_HEAD_CHARS))):
        if found := _parse_dmy(int(match["d"]), int(match["m"]), match["y"]):
            return found, _republished(low, match.end(), found)
    return None


def _shortly_before_the_stamp(low: str, day: int, month: int) -> date | None:
    """A yearless day of the sentence that issues a text, on a page stamped with its own date
    ("Chủ Nhật, 17/05/2026" over "Ngày 20/4, UBND tỉnh đã ban hành Chỉ thị ..."): the last such
    day on or before the stamp, when it lies within the three months before it (news tells of
    what was issued lately, whatever years its other sentences name)."""
    stamped = _page_stamp(low)
    if stamped is None or stamped[1]:
        return None
    stamp = stamped[0]
    issued = _day_nearest(day, month, stamp, timedelta(0))
    return issued if issued and stamp - issued <= TEXT_DAY_AFTER else None


def days_written_in_full(text: str) -> list[tuple[int, date]]:
    """The days a text writes with their year, each with where it stands, cited documents'
    dates left out: what ``written_again_in_full`` reads."""
    nfc, low = _prepare(text)
    return [(full.start(), found) for full, found in _written_in_full(low)
            if not _dates_a_citation(nfc, low, full)]


def written_again_in_full(deadline: Deadline, written: list[tuple[int, date]]) -> date | None:
    """A yearless day that the text also writes with its year (``written``, from
    ``days_written_in_full``: a news item's headline "trước 30/6/2023" over its body's "trước
    ngày 30 tháng 6"), in that one year."""
    if not _placed_by_a_year(deadline, ("day",)):
        return None
    years = {day.year for _, day in written
             if (day.month, day.day) == (deadline.due.month, deadline.due.day)}
    return deadline.due.replace(year=years.pop()) if len(years) == 1 else None


def deadline_noun_after_day(text: str) -> int | None:
    """Where the deadline noun starts after a day set as the subject ("ngày 25/5/2026 là hạn
    cuối các trường ..."), or None."""
    low = _prepare(text).low
    if not _LA_RE.search(low):  # the day-atom scan only where it may hit
        return None
    match = _DAY_IS_DEADLINE_RE.search(low)
    return match.start("noun") if match else None


def latest_cited(text: str) -> date | None:
    """The latest date of a document the text cites ("Kết luận số 127-KL/TW ngày 28/2/2025"):
    a text is issued after what it cites, so its yearless deadlines fall after that date."""
    nfc, low = _prepare(text)
    cited = [found for full, found in _written_in_full(low) if _dates_a_citation(nfc, low, full)]
    return max(cited, default=None)


def on_or_after(deadline: Deadline, earliest: date) -> date | None:
    """A yearless deadline's first date on or after ``earliest``; a month's or quarter's, its
    last day."""
    if not _placed_by_a_year(deadline):
        return None
    for year in (earliest.year, earliest.year + 1):
        try:
            due = _due_in_year(deadline, year)
        except ValueError:
            continue
        if due >= earliest:
            return due
    return None


def _day_nearest(
    day: int, month: int, nearest: date, not_after: timedelta | None = None
) -> date | None:
    """The day and month in the year (of three around it) that puts it nearest ``nearest``, and
    no later than ``not_after`` past it when that is given."""
    candidates = []
    for year in (nearest.year - 1, nearest.year, nearest.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if not_after is None or candidate <= nearest + not_after:
            candidates.append(candidate)
    return min(candidates, key=lambda c: abs((c - nearest).days), default=None)


def _months_named(low: str) -> list[tuple[int, date]]:
    """Where the text names a month of a year ("tháng 7/2025", a web copy's "date 2025-07"
    line), with that month's first day."""
    named = [(m.start(), m["my"], m["mm"]) for m in _MONTH_OF_YEAR_RE.finditer(low)]
    if page := _ISO_MONTH_LINE_RE.match(low):
        named.insert(0, (page.start("y"), page["y"], page["m"]))
    return [
        (start, date(int(year), int(month), 1))
        for start, year, month in named
        if 1 <= int(month) <= 12 and _MIN_YEAR <= int(year) <= _MAX_YEAR
    ]


def months_named(text: str) -> list[tuple[int, date]]:
    """The months of a year a text names, by position: what ``in_year_of_text`` reads."""
    return _months_named(_prepare(text).low)


def in_year_of_text(
    deadline: Deadline, months: list[tuple[int, date]], pos: int
) -> date | None:
    """A yearless deadline in a text without a date, in the year of the month the text names
    nearest it (``months`` from ``months_named``; "Trước 30/7" under "thời hạn chót vào tháng
    7/2025" is 30/7/2025). A month so named frames the plan; another deadline's full date does
    not date this one."""
    if not months or not _placed_by_a_year(deadline, ("day", "month", "quarter")):
        return None
    nearest = min((abs(start - pos), first) for start, first in months)[1]
    if deadline.kind == "day":
        return _day_nearest(deadline.due.day, deadline.due.month, nearest)
    # a month's or quarter's last day depends on its year (29 February): place its first day
    first = _day_nearest(1, deadline.due.month, nearest)
    return first and month_end(first.year, first.month)


def _republished(low: str, body_start: int, published: date) -> bool:
    """Whether a web page re-published an older letter: every date the body writes in full
    lies over a year before the page's own date, which is then no date of the letter's."""
    written = [found for _, found in _written_in_full(low, body_start)]
    return bool(written) and max(written) < published - timedelta(days=366)


def directive_date(text: str) -> date | None:
    """The date a directive is anchored to: place-date line, dated opening or issuing sentence
    (a day without its year in the year of the text's dates), programme month, or else the date
    line a web copy was published under."""
    nfc, low = _prepare(text)
    # The slack past the head lets a date that straddles its end be read whole.
    head_end = DIRECTIVE_HEAD_CHARS + 100
    for match in _COMMA_DATE_RE.finditer(low, 0, head_end):
        in_head = match.start() < DIRECTIVE_HEAD_CHARS
        textual = match["td"] is not None
        if in_head and _follows_place(nfc, match.start(), textual) and (found := _dated(match)):
            return found
    # a header whose day the clerk left blank ("ngày    tháng 9 năm 2025") was signed on the day
    # its signature's stamp gives
    if signed := _SIGNED_RE.search(low):
        day, month, year = (signed["d"], signed["m"], signed["y"]) if signed["d"] else (
            signed["id"], signed["im"], signed["iy"])
        if found := _parse_dmy(int(day), int(month), year):
            return found
    for line_re in (_DATE_LINE_RE, _CHAT_DAY_LINE_RE, _MAIL_DATE_RE, _MAIL_LABELLED_DATE_RE,
                    _CHAT_STAMP_RE, _KIND_DATED_LINE_RE, _WEEKDAY_DATE_LINE_RE):
        if (alone := line_re.search(low, 0, DIRECTIVE_HEAD_CHARS)) and (
                found := _parse_dmy(int(alone["d"]), int(alone["m"]), alone["y"])):
            return found
    if found := _mail_date_in_english(low):
        return found
    if (wrapped := _WRAPPED_YEAR_RE.search(low, 0, DIRECTIVE_HEAD_CHARS)) and _follows_place(
            nfc, wrapped.start(), True) and (
            found := _parse_dmy(int(wrapped["d"]), int(wrapped["m"]), wrapped["y"])):
        return found
    yearless = None
    for match in _BODY_DATE_RE.finditer(low, 0, head_end):
        start = match.start()
        opening = start < DIRECTIVE_HEAD_CHARS and _opens_body(low, start)
        # with no comma, the subject's name must follow: "Sáng ngày 23/8/2023 đồng chí ..."
        named = match["comma"] or _NAMED_SUBJECT_RE.match(nfc, match.end())
        if opening and named and not _is_cited(nfc, start) and not _PLANNED_RE.match(
            low, match.end()
        ):
            if found := _dated(match):
                return found
            yearless = yearless or match
    # A body-only programme names its month where its monthly meeting is announced, which can
    # lie well past the head.
    for issued in _ISSUED_RES:
        for match in issued.finditer(low):
            before = low[max(0, match.start() - 20) : match.start()]
            if _EARLIER_RE.search(before) or _is_cited(nfc, match.start()):
                continue  # "Trước đó, ngày ... có công văn": an earlier letter
            if found := _dated(match):
                return found
            yearless = yearless or match
    if yearless:
        day, month = (int(yearless["d"]), int(yearless["m"])) if yearless["d"] else (
            int(yearless["td"]), int(yearless["tm"]))
        if found := _shortly_before_the_stamp(low, day, month) or _nearest_to_text_dates(
                nfc, low, day, month, yearless.start()):
            return found
    for match in _WEEK_SCHEDULE_RE.finditer(low, 0, DIRECTIVE_HEAD_CHARS):
        year = match["y"]
        if year is None and match["last_y"]:  # a week across the new year starts in the old one
            year = str(int(match["last_y"]) - (int(match["m"]) > int(match["last_m"])))
        if year and (found := _parse_dmy(int(match["d"]), int(match["m"]), year)):
            return found
    for match in _PROGRAMME_RE.finditer(low):
        month, year = int(match["m"]), int(match["y"])
        if 1 <= month <= 12 and _MIN_YEAR <= year <= _MAX_YEAR:
            return date(year, month, 1)
    if stamped := _page_stamp(low):
        stamp, republished = stamped
        return None if republished else _posted(stamp)
    if match := _ISO_DATELINE_RE.match(low):
        return _posted(_parse_dmy(int(match["d"]), int(match["m"]), match["y"]))
    if match := _POSTED_RE.search(low):  # "Đăng lúc: 05/08/2011 15:40" under the article
        return _posted(_parse_dmy(int(match["d"]), int(match["m"]), match["y"]))
    return None


def _posted(day: date | None) -> PostedDate | None:
    return PostedDate(day.year, day.month, day.day) if day else None


# A directive's date as the office types it (--date, "ngày: ..." in the bot).
FULL_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
FULL_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
FULL_WORDED_DATE = re.compile(r"(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")


def parse_directive_date(text: str) -> date | None:
    """A directive's date written in full: 17/10/2025, 17-10-2025, 2025-10-17, "ngày 17 tháng
    10 năm 2025"; None for anything else (a day without its year included)."""
    folded = " ".join(strip_diacritics(text).lower().split()).strip(" .")
    if match := FULL_NUMERIC_DATE.fullmatch(folded) or FULL_WORDED_DATE.fullmatch(folded):
        day, month, year = (int(part) for part in match.groups())
    elif match := FULL_ISO_DATE.fullmatch(folded):
        year, month, day = (int(part) for part in match.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
