"""The hour of a deadline: "trước 17 giờ ngày D", "16h30", the office's "11g00".

Pure and light: the reminder planner reads it, and the bot starts without the deadline reader
(and dateparser) until a directive comes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time
from functools import lru_cache

# "16h", "16 giờ", and the office's "11g00"; the "g" is an hour only when no letter follows it.
HOUR_MARK = r"(?:h|giờ|gio|g(?![^\W\d_]))"
_AFTERNOON = ("chiều", "chieu", "tối", "toi")
# The hour a deadline phrase closes at: "trước 17 giờ ngày 03/12/2026", "chậm nhất 16h30",
# "trước 5 giờ chiều thứ Sáu" (17:00). Not "24/24 giờ", and "24 giờ" is the day's end.
_CLOSING_CLOCK_RE = re.compile(
    rf"(?<![\d/])(?P<hour>\d{{1,2}})\s*{HOUR_MARK}(?![^\W\d_])(?:\s*(?P<minute>\d{{2}})(?!\d))?"
    rf"(?:\s*(?:phút|phut))?(?:\s+(?P<part>sáng|sang|trưa|trua|{'|'.join(_AFTERNOON)})(?!\w))?"
)


@lru_cache(maxsize=4096)
def closing_clock(due_text: str) -> time | None:
    """The time of day a deadline phrase names ("trước 17 giờ ngày D"), the last where two are
    ("trước 7 giờ và 15 giờ hằng ngày"); None when it names none."""
    clock = None
    for found in _CLOSING_CLOCK_RE.finditer(unicodedata.normalize("NFC", due_text).lower()):
        hour, minute = int(found["hour"]), int(found["minute"] or 0)
        if found["part"] in _AFTERNOON and hour < 12:
            hour += 12
        clock = time(hour, minute) if hour < 24 and minute < 60 else None
    return clock
