"""How stored values read to people, on the command line and in the bot: shortened texts, a
task's place in its directive, unit kinds."""

from __future__ import annotations

import re

NO_UNIT = "Chưa rõ đơn vị chủ trì"

# The kinds of jobs/ingest/data/unit_catalogue.toml (and "members", "unknown" of the code).
UNIT_KINDS = {
    "body": "tập thể lãnh đạo",  # UBND, HĐND, Đảng ủy, Ban Thường vụ, Ban Chỉ đạo
    "office": "cơ quan chuyên môn",
    "party": "cơ quan tham mưu của cấp ủy",
    "mass": "Mặt trận, đoàn thể",
    "force": "cơ quan ngành dọc",  # Công an, Quân sự, Thuế, Kho bạc
    "agency": "cơ quan theo cấp",  # Thanh tra huyện, Thanh tra tỉnh
    "members": "thành viên của tập thể",
    "unknown": "chưa rõ",
}

# One segment of a task's ref (jobs/ingest/extract.py): a schedule's day, a dash "-N" or a
# "+"/bullet "+N" item counted in its list, a number, Roman numeral, capital or letter label;
# then the letters that number the tasks of one item ("a", "b", ...); then a dot or the end.
REF_SEGMENT = re.compile(
    r"(?:(?P<day>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|\d{1,2}[.-]\d{1,2}[.-]\d{4})"
    r"|(?P<sign>[-+])(?P<count>\d+)"
    r"|(?P<number>\d+|[IVXLC]+|[A-Z])"
    r"|(?P<letter>[a-zđ]))"
    r"(?P<suffix>[a-z]*)(?:\.|$)"
)
PROSE_REF = re.compile(r"[a-z]*")


def shorten(text: str, width: int = 70) -> str:
    """The start of a long text, with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def unit_kind_label(kind: str) -> str:
    """A unit's kind in Vietnamese; a kind a deployment's directory made up, as written."""
    return UNIT_KINDS.get(kind, kind)


def item_reference(ref: str) -> str:
    """A task's place in its directive as people say it: "II.1.-2a" is "mục II.1, gạch đầu
    dòng thứ 2 — việc thứ 1"; "a" (running text, no numbering) is "phần không đánh số — việc
    thứ 1". A ref this grammar does not know is shown as "mục <ref>"."""
    if PROSE_REF.fullmatch(ref):
        return _with_task("phần không đánh số", ref)
    parts: list[str] = []
    numbers: list[str] = []
    position, suffix = 0, ""
    while position < len(ref):
        match = REF_SEGMENT.match(ref, position)
        if match is None or suffix:  # only the last segment may number the item's tasks
            return f"mục {ref}"
        position, suffix = match.end(), match["suffix"]
        if match["number"]:
            numbers.append(match["number"])
            continue
        if numbers:
            parts.append(f"mục {'.'.join(numbers)}")
            numbers = []
        if match["day"]:
            parts.append(f"ngày {''.join(match['day'].split())}")
        elif match["sign"]:
            kind = "gạch đầu dòng" if match["sign"] == "-" else "ý"
            parts.append(f"{kind} thứ {int(match['count'])}")
        else:
            parts.append(f"điểm {match['letter']}")
    if numbers:
        parts.append(f"mục {'.'.join(numbers)}")
    return _with_task(", ".join(parts), suffix)


def _with_task(place: str, letters: str) -> str:
    """``place``, followed by which of its tasks the letters ("a", "b", ..., "aa") number."""
    if not letters:
        return place
    index = 0
    for letter in letters:  # the inverse of jobs.ingest.extract.letter_suffix
        index = index * 26 + ord(letter) - ord("a") + 1
    return f"{place} — việc thứ {index}"
