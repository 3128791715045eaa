"""A day as people type it in Vietnamese, resolved against the local today: a pure function.

"15/5", "15/5/2024", "ngày 15 tháng 5", "mai", "thứ 6 tuần sau", "3 ngày nữa", "cuối tháng"
(diacritics optional). The weekday and relative forms dateparser lacks are read here; the rest
goes to dateparser (Vietnamese, day before month, dates from the future preferred).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime, timedelta

from jobs.calendar import YEARS_AHEAD, add_years
from jobs.ingest.fold import fold
from jobs.messages.notices import format_date

PREFIX = re.compile(
    r"[\s:,-]*(?:(?:(?:xin\s+)?gia\s+han|han\s+moi|han|den|toi|vao|truoc|ngay)[\s:,-]+)*"
)
WEEKDAY_NUMBERS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
WEEKDAY = re.compile(
    r"(?:thu\s*(?P<day>[2-7]|hai|ba|tu|nam|sau|bay)|(?P<sunday>chu\s*nhat|cn))"
    r"(?:\s+(?P<week>tuan\s+(?:nay|sau|toi)))?$"
)
RELATIVE = re.compile(r"(?:sau\s+)?(?P<n>\d{1,3})\s*(?P<unit>ngay|tuan|thang)(?:\s+(?:nua|toi))?$")
FIXED = {
    "hom nay": 0,
    "mai": 1,
    "kia": 2,
    "mot": 2,
}
# Where the reason starts after a proposed day: a comma, a dash, "vì", "do", "lý do".
REASON = re.compile(r"\s*[,;]\s*|\s+[-–—]\s+|\s+(?:vì|vi|do|lý do|ly do)\s+", re.IGNORECASE)
DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY"}


def parse_day(text: str, today: date) -> date | None:
    """The calendar day ``text`` names, counted from ``today``; None when it names none."""
    folded = fold(text.strip()).rstrip(" .!")
    start = PREFIX.match(folded)
    offset = start.end() if start else 0
    phrase = " ".join(folded[offset:].split())
    if not phrase:
        return None
    return _vietnamese(phrase, today) or _dateparser(text.strip()[offset:], today)


def _vietnamese(phrase: str, today: date) -> date | None:
    """The relative and weekday forms."""
    if phrase in FIXED:
        return today + timedelta(days=FIXED[phrase])
    if phrase == "cuoi thang":
        return today.replace(day=monthrange(today.year, today.month)[1])
    if match := RELATIVE.match(phrase):
        n = int(match["n"])
        if match["unit"] == "thang":
            return _add_months(today, n)
        return today + timedelta(days=n * (7 if match["unit"] == "tuan" else 1))
    if match := WEEKDAY.match(phrase):
        day = match["day"]
        weekday = 6 if match["sunday"] else int(day) - 2 if day.isdigit() else WEEKDAY_NUMBERS[day]
        monday = today - timedelta(days=today.weekday())
        week = match["week"] or ""
        if week.endswith(("sau", "toi")):
            return monday + timedelta(days=7 + weekday)
        if week:
            return monday + timedelta(days=weekday)
        ahead = (weekday - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    return None


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _dateparser(text: str, today: date) -> date | None:
    """Absolute dates in any form dateparser reads in Vietnamese."""
    import dateparser  # with the first date to read: the bot starts without it

    settings = {
        **DATEPARSER_SETTINGS,
        "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
    }
    parsed = dateparser.parse(text, languages=["vi"], settings=settings)
    return parsed.date() if parsed else None


def deadline_refusal(day: date, today: date, *, earliest: date) -> str:
    """Why ``day`` cannot be a new deadline ("" when it can): past ``earliest``, at most
    YEARS_AHEAD years after ``today``."""
    latest = add_years(today, YEARS_AHEAD)
    if day < today:
        return f"Ngày {format_date(day)} đã qua; hãy chọn một ngày từ hôm nay trở đi."
    if day < earliest:
        return f"Ngày đề xuất phải sau hôm nay ({format_date(today)})."
    if day > latest:
        return (
            f"Ngày {format_date(day)} quá xa: hạn mới không được quá {YEARS_AHEAD} năm kể từ "
            f"hôm nay (muộn nhất {format_date(latest)})."
        )
    return ""


def parse_proposal(text: str, today: date) -> tuple[date | None, str | None]:
    """A proposed day and the reason written after it: "15/5, vì chờ số liệu của Sở"."""
    day = parse_day(text, today)
    if day is not None:
        return day, None
    match = REASON.search(text)
    if match is None:
        return None, None
    day = parse_day(text[: match.start()], today)
    reason = text[match.end() :].strip() or None
    return (day, reason) if day else (None, None)
