"""Tables laid out as directive lines: a grid of cells read by column, or text one cell per line.

A table whose header names its columns (nội dung / chủ trì / phối hợp / thời gian / STT) is read
by column, one line per row, in this contract (U+2016 between fields, a field left out when its
cell is empty or the table has no such column):

    {N}. {content} ‖ Chủ trì: {lead} ‖ Phối hợp: {support} ‖ Thời hạn: {time}

{N} is the row's STT ("1", "1.1") or else a running count within its section; several units in
one cell are joined by "; ". A full-width row, or a row with text in one cell only, is a section
heading on its own line, numbered "I. ", "II. ", ... unless it already carries a marker. Any
other table keeps one line per row, its cells joined by " | ".

Pure text in, lines out: Word's cells (`jobs.ingest.reading`), PDF's cells (the same) and a scan's
word boxes (`jobs.ingest.ocrlayout`) all come here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from jobs.ingest.fold import fold_words
from jobs.ingest.textfix import (
    MOTTO,
    NATIONAL_NAME,
    PIPE_ROW,
    is_all_caps_heading,
    is_page_number,
    is_running_head,
    strip_markdown_line,
)

ROMAN_DIGITS = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def to_roman(number: int) -> str:
    """Lower-case Roman numeral of a positive number ("iv")."""
    digits = []
    for value, letters in ROMAN_DIGITS:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


BRACKETED_NOTE = re.compile(r"\s*\((?:đối với|theo|về|trong|khi|nếu)\b[^()]*(?:\)|$)",
                            re.IGNORECASE)
FIELD_LABELS = {"lead": "Chủ trì", "support": "Phối hợp", "time": "Thời hạn"}
FIELD_SEPARATOR = " ‖ "
NUMBER_HEADER = re.compile(r"s ?t ?t|t ?t|so tt|so thu tu")
LEAD_HEADER = re.compile(r"\b(don vi|co quan|nguoi|bo phan|trach nhiem)\b.*\bthuc hien\b")
# "Đơn vị phụ trách", "Cơ quan tham mưu, soạn thảo", "Đơn vị đầu mối": a body's column is the
# lead's; a person's ("Lãnh đạo phụ trách", "Người phụ trách") is not.
ASSIGNED_BODY_HEADER = re.compile(
    r"\b(don vi|co quan|bo phan)\b.*\b(phu trach|tham muu|chuan bi|soan thao|duoc giao|xu ly"
    r"|chiu trach nhiem|dau moi)\b"
    # who sends what a letter asks for: "Cơ quan gửi", "Đơn vị báo cáo", "Đơn vị cung cấp"
    r"|\b(don vi|co quan|bo phan)\s+(gui|bao cao|cung cap)\b"
)
# "Chủ trì" alone beside "Cơ quan chuẩn bị": who chairs a schedule's meeting.
PERSON_HEADER = re.compile(r"(?:lanh dao|nguoi|dong chi)\b|chu tri$")
# A roster's column of the units on duty: "Đơn vị trực", "Bộ phận trực ban", "Cơ quan thường trực".
DUTY_HEADER = re.compile(r"(?:don vi|co quan|bo phan|phong)\s+(?:thuong\s+)?truc(?:\s+ban)?")
# What a roster's row asks of the units on duty that day, a roster having no column of work.
DUTY_WORK = "Trực theo lịch phân công"
ROW_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?")
ROW_LINE_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.\s")  # a row's line: "1.2. ..."
LETTER_MARK = re.compile(r"([a-zđ])\)")  # a lettered row under a numbered one: "1", "a)", "b)"
SECTION_NUMBER = re.compile(r"[IVXLC]{1,6}|[A-ZĐ]")
OUTLINE_MARKER = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s|[a-zđ]\)\s")
COLUMN_INDEX = re.compile(r"\(?\d{1,2}\)?")
LIST_MARK = re.compile(r"^[-+•–·▪●\uf0a7\uf0b7\uf076\uf0d8]\s*")
HEADER_SEARCH_ROWS = 3


# Sub-headers that part a time column in two ("Thời gian thực hiện" over "Bắt đầu" | "Hoàn
# thành"): when work starts, and when it must be done.
START_HEADERS = frozenset({"bat dau", "ngay bat dau", "thoi gian bat dau", "tu ngay", "khoi cong",
                           "thoi diem bat dau"})
END_HEADERS = frozenset({"hoan thanh", "ket thuc", "den ngay", "ngay ket thuc",
                         "thoi gian ket thuc", "thoi diem ket thuc"})
# A follow-up table's column of where each task stands: "Tình hình thực hiện".
STATUS_HEADERS = frozenset({"tinh hinh thuc hien", "ket qua thuc hien", "tinh trang",
                            "tinh trang thuc hien", "tien do thuc hien hien nay"})


# A header names its column in a few words; a row's sentence ("Chủ trì, phối hợp ...") names none.
HEADER_MAX_WORDS = 12


def header_field(text: str) -> str | None:
    """The field a table header cell names: content, lead, support, time or number."""
    folded = fold_words(text)
    if not folded or len(folded.split()) > HEADER_MAX_WORDS:
        return None
    if NUMBER_HEADER.fullmatch(folded):
        return "number"
    if DUTY_HEADER.fullmatch(folded):
        return "duty"
    if "thanh phan" in folded and "chuan bi" in folded:
        return "labelled"  # a schedule's "Thành phần/Chuẩn bị": each cell labels its parts
    if folded in START_HEADERS:
        return "start"  # the day work begins, under "Thời gian thực hiện": no deadline
    if folded in STATUS_HEADERS:
        return "status"  # a follow-up's column of where each task stands
    if folded in END_HEADERS:
        return "time"  # ... and the day it ends, beside it
    if "chu tri" in folded:
        return "lead"
    if "phoi hop" in folded or "tham gia" in folded:
        return "support"
    if any(word in folded for word in ("thoi gian", "thoi han", "tien do", "han hoan thanh",
                                       "thoi diem", "ngay hoan thanh", "han chot", "moc",
                                       "lo trinh")) or (
        folded in ("han", "ngay", "han nop", "thu ngay", "ngay thang", "thu ngay thang", "gio")
    ) or folded.split()[0] == "tg" or (  # "TG hoàn thành": the time, abbreviated
        folded.split()[0] == "han" and folded != "han che"  # "Hạn gửi", "Hạn báo cáo"
    ):
        return "time"
    if (
        LEAD_HEADER.search(folded)
        or ASSIGNED_BODY_HEADER.search(folded)
        or "phan cong" in folded  # "Phân công thực hiện"
        or folded in ("don vi", "co quan", "trach nhiem", "dau moi", "thuc hien",
                      "chiu trach nhiem", "chuan bi", "chuan bi noi dung",  # a schedule's
                      "co quan don vi", "don vi co quan")  # "Cơ quan, đơn vị"
    ):
        return "lead"
    if any(word in folded for word in ("noi dung", "nhiem vu", "cong viec", "de an",
                                       "ten van ban", "hoat dong", "giai phap")) or (
            folded.startswith("kien nghi")) or (
            folded.split()[0] in ("du", "ten") and "du an" in folded) or (
            folded.startswith("chi tieu")):  # what a unit is to report: "Chỉ tiêu (đơn vị tính)"
        return "content"
    return None


@dataclass
class GridCell:
    """One grid position of a table: the lines of the cell covering it."""

    lines: list[str]
    key: Hashable  # the same for every position of one merged cell
    continued: bool = False  # covered by a cell merged down from a row above

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.lines).split())


Grid = list[list[GridCell]]


def distinct(cells: list[GridCell]) -> list[GridCell]:
    """The cells of a row without the repeats of a cell merged across columns."""
    seen: set[Hashable] = set()
    unique = []
    for cell in cells:
        if cell.key not in seen:
            seen.add(cell.key)
            unique.append(cell)
    return unique


def clean_value(text: str) -> str:
    """One line, single spaces, no field separator inside."""
    return " ".join(text.replace("‖", "|").split())


def join_content(lines: list[str]) -> str:
    """A content cell's lines on one line; its "-"/"+" items joined by "; "."""
    joined = ""
    for raw in lines:
        line = clean_value(raw)
        if not line:
            continue
        item = LIST_MARK.match(line) is not None
        line = LIST_MARK.sub("", line) if item else line
        if not joined:
            joined = line
        elif item and not joined.endswith(":"):
            joined = f"{joined.rstrip(';,. ')}; {line}"
        else:
            joined = f"{joined} {line}"
    return joined


def join_units(lines: list[str]) -> str:
    """A unit cell's units, one per line or ";"-separated, joined by "; ". A line that goes on
    in lower case or after a "," or "và" goes on with the unit before it ("Các bộ," / "cơ quan
    ngang bộ")."""
    merged: list[str] = []
    for line in (clean_value(line) for line in lines):
        if merged and line and (line[0].islower() or merged[-1].endswith(",")
                                or DANGLING_END.search(merged[-1])):
            merged[-1] = f"{merged[-1]} {line}"
        elif line:
            merged.append(line)
    units = []
    for line in merged:
        # a qualifier is no part of a name: "Bộ Tư pháp (đối với các nội dung ...)"
        for part in BRACKETED_NOTE.sub("", line).split(";"):
            unit = clean_value(LIST_MARK.sub("", part.strip())).strip(" ,.;")
            if unit:
                units.append(unit)
    return "; ".join(units)


def join_time(lines: list[str]) -> str:
    """A time cell on one line."""
    return clean_value(" ".join(line for line in lines if line.strip()))


JOINERS: dict[str, Callable[[list[str]], str]] = {
    "content": join_content,
    "lead": join_units,
    "support": join_units,
    "duty": join_units,
    "time": join_time,
    "number": join_time,
    "labelled": join_content,
    "status": join_content,
}


# A column of a plan's timeline, its rows marked in the periods they take: "Tháng 1" ... "T12",
# "Quý I" ... "Q4", a year.
PERIOD_HEADER = re.compile(
    r"(?:thang|th|t)\s*0?(?P<month>[1-9]|1[0-2])|(?:quy|q)\s*(?P<quarter>[1-4]|i{1,3}|iv)"
    r"|(?:nam\s*)?(?P<year>20\d\d)|tuan\s*(?P<week>[1-5])"
)
PERIOD_MARK = re.compile(r"[xX✓✔√•+*]")
QUARTER_NAMES = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def period_column(text: str) -> str | None:
    """The period a timeline column's header names, as a time cell writes it: "tháng 3"."""
    period = PERIOD_HEADER.fullmatch(fold_words(text))
    if period is None:
        return None
    if period["month"]:
        return f"tháng {period['month']}"
    if period["quarter"]:
        return f"quý {QUARTER_NAMES.get(period['quarter'], period['quarter'].upper())}"
    if period["week"]:
        return f"tuần {period['week']}"  # of the month the programme is for
    return f"năm {period['year']}"


# A column that names who answers for each row only as a table's header, not as an item's label
# ("Chủ đầu tư: Phối hợp ..." under a project is that item's own words): a progress table's
# "Chủ đầu tư", each project's investor.
COLUMN_ONLY_LEADS = frozenset({"chu dau tu"})


def column_field(text: str) -> str | None:
    """The field a table's header cell names (`header_field`, and the leads only a column
    names)."""
    return header_field(text) or ("lead" if fold_words(text) in COLUMN_ONLY_LEADS else None)


def row_mapping(row: list[GridCell]) -> dict[int, str]:
    """Grid column → field for the cells of a row that name a field; a timeline's column is
    "period:" and its period ("period:quý II")."""
    mapping = {}
    for column, cell in enumerate(row):
        if cell.continued:
            continue
        name = column_field(cell.text)
        if name is None and (period := period_column(cell.text)):
            name = f"period:{period}"
        if name:
            mapping[column] = name
    # a leader's column beside the unit's ("Cơ quan chuẩn bị" | "Lãnh đạo chủ trì"): the leader
    # chairs, the unit does the work
    leads = [column for column, name in mapping.items() if name == "lead"]
    if len(leads) > 1:
        for column in leads:
            if PERSON_HEADER.match(fold_words(row[column].text)):
                del mapping[column]
    return mapping


# A headerless table's cells, by what they hold: an item's mark (`ROW_MARK`), a time
# (`ROW_TIME`: "Trước 10/5", "Thứ Sáu hằng tuần", "Trong tháng") and a unit's name ("Phòng Văn
# hóa - Xã hội").
# (A guess at which column holds units, by head nouns only: a table is laid out while a file is
# read, in the PDF worker too, before any unit resolver or the deployment's directory is loaded;
# the resolver reads the names in the column afterwards.)
UNIT_CELL = re.compile(
    r"(?:các\s+)?(?:phòng|sở|ban|ubnd|hđnd|ủy ban|uỷ ban|văn phòng|công an|trung tâm|trạm|trường"
    r"|chi cục|đội|hội|đoàn|bộ|cục|kho bạc|thuế|bảo hiểm|đảng ủy|đảng uỷ|chi bộ|mặt trận|tổ|hạt"
    r"|điện lực|bệnh viện|thanh tra|tòa án|viện|thường trực|khu phố|thôn|xã|phường|ấp|công ty"
    # not the work a content cell opens on: "Tổ chức ...", "Báo cáo ...", "Hội nghị ..."
    r"|hợp tác xã|đài|báo|bql|bch|mttq)\b(?!\s+(?:chức|cáo|hành|nghị|chống|cháy)\b)",
    re.IGNORECASE)
INFERRED_SHARE = 0.6  # of a column's filled cells that must hold its kind
INFERRED_MIN_ROWS = 3
CONTENT_MIN_LENGTH = 25  # a content column's cells are this long on average
UNIT_CELL_MAX = 120


def _column_kind(texts: list[str]) -> str | None:
    """What most of a column's filled cells hold: "number", "time", "unit", or None."""
    tests = (
        ("number", lambda t: ROW_MARK.fullmatch(t) is not None),
        ("time", lambda t: len(t) <= ROW_TIME_CHARS and ROW_TIME.match(t) is not None),
        ("unit", lambda t: len(t) <= UNIT_CELL_MAX and UNIT_CELL.match(t) is not None),
    )
    for kind, holds in tests:
        if sum(1 for text in texts if holds(text)) >= INFERRED_SHARE * len(texts):
            return kind
    return None


def inferred_mapping(grid: Grid) -> dict[int, str] | None:
    """Column → field for a task table whose header row was lost (a Markdown converter made its
    first row the header; a page's table goes on under no header), from what its cells hold:
    a number column, a time column, unit columns (the first leads, the next supports) and the
    longest text as content; None unless it has content, a lead and a time."""
    if len(grid) < INFERRED_MIN_ROWS or len(grid[0]) < 3:
        return None
    kinds: dict[int, str] = {}
    lengths: dict[int, float] = {}
    for column in range(len(grid[0])):
        texts = [" ".join(row[column].text.split()) for row in grid if column < len(row)]
        texts = [t for t in texts if t]
        if len(texts) < INFERRED_MIN_ROWS:
            continue
        lengths[column] = sum(map(len, texts)) / len(texts)
        if kind := _column_kind(texts):
            kinds[column] = kind
    units = [column for column, kind in kinds.items() if kind == "unit"]
    times = [column for column, kind in kinds.items() if kind == "time"]
    rest = [column for column in lengths if column not in kinds]
    content = max(rest, key=lengths.__getitem__, default=None)
    if not units or not times or content is None or lengths[content] < CONTENT_MIN_LENGTH:
        return None
    mapping = {column: "number" for column, kind in kinds.items() if kind == "number"}
    # the last time column ends the work ("Bắt đầu" | "Hoàn thành")
    mapping |= {content: "content", units[0]: "lead", times[-1]: "time"}
    if len(units) > 1:
        mapping[units[1]] = "support"
    return mapping


def find_header(grid: Grid) -> tuple[int, int, dict[int, str]] | None:
    """(header's first row, first data row, column → field), or None when not laid by column.

    The header is a row naming at least two fields, within the table's first rows, plus the
    sub-header rows under it ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"); a row of
    column numbers ("(1) | (2) | (3)") after it is skipped.
    """
    for start in range(min(HEADER_SEARCH_ROWS, len(grid))):
        mapping = row_mapping(grid[start])
        if len(set(mapping.values())) < 2:
            continue
        end = start + 1
        while end < len(grid):
            sub = row_mapping(grid[end])
            texts = [cell.text for cell in distinct(grid[end]) if cell.text and not cell.continued]
            # a cell merged down from the header row above is the header's, not the sub-row's
            filled = {column for column, cell in enumerate(grid[end])
                      if cell.text and not cell.continued}
            # a row of one cell is a section heading ("I. NHIỆM VỤ CHUNG"), never a sub-header
            if sub and set(sub) == filled and len(texts) >= 2:
                mapping.update(sub)
            elif not (len(texts) >= 2 and all(COLUMN_INDEX.fullmatch(text) for text in texts)):
                break
            end += 1
        fields = set(mapping.values())
        if "content" in fields and fields & {"lead", "support", "time"}:
            return start, end, _without_chairs(grid[start:end], mapping)
        if {"duty", "time"} <= fields and "content" not in fields:
            return start, end, mapping  # a duty roster: each row, its day and its units
    return None


# The columns of a meeting schedule ("Thời gian | Nội dung | Chủ trì | Thành phần | Địa điểm"),
# whose "Chủ trì" is who chairs each meeting, not a unit that must do work.
MEETING_COLUMNS = frozenset({"dia diem", "thanh phan", "thanh phan tham du", "thanh phan moi"})


def _without_chairs(header: Grid, mapping: dict[int, str]) -> dict[int, str]:
    """The mapping with a meeting schedule's "Chủ trì" column left out: the work a schedule
    gives is in its content ("(Phòng Kinh tế chuẩn bị nội dung)")."""
    folded = {column: fold_words(cell.text) for row in header
              for column, cell in enumerate(row) if cell.text}
    if not MEETING_COLUMNS & set(folded.values()) and "labelled" not in mapping.values():
        return mapping
    return {column: name for column, name in mapping.items()
            if not (name == "lead" and folded.get(column) == "chu tri")}


@dataclass
class TableState:
    """What a table laid by column carries from row to row (and across PDF pages)."""

    mapping: dict[int, str]
    columns: int
    sections: int = 0
    counter: int = 0
    above: dict[str, str] | None = None  # the last data row's values


FIELD_PRIORITY = ("content", "lead", "duty", "support", "time", "number", "labelled", "status")


def with_fields(line: str, values: Mapping[str, str]) -> str:
    """A row's line with its lead, support and time fields in the contract format."""
    for name, label in FIELD_LABELS.items():
        if values.get(name):
            line += f"{FIELD_SEPARATOR}{label}: {values[name]}"
    return line


def row_lines(row: list[GridCell], mapping: dict[int, str]) -> dict[str, list[str]]:
    """The row's cell lines by field; a cell merged across columns goes to its first field in
    FIELD_PRIORITY (content before units before time)."""
    fields_of: dict[Hashable, set[str]] = {}
    for column, cell in enumerate(row):
        if mapping.get(column) in FIELD_PRIORITY:
            fields_of.setdefault(cell.key, set()).add(mapping[column])
    lines: dict[str, list[str]] = {}
    for cell in distinct(row):
        names = fields_of.get(cell.key)
        if names:
            name = next(name for name in FIELD_PRIORITY if name in names)
            lines.setdefault(name, []).extend(_without_own_label(cell.lines, name))
    return lines


# A cell's value after its column's own label, as a spreadsheet exported with labels writes it:
# "Đơn vị: Sở Y tế" under "Đơn vị", "Hạn: 20/12" under "Hạn".
CELL_LABEL = re.compile(r"^\s*([^:\n]{2,30}?)\s*:\s*(?=\S)")


def _without_own_label(lines: list[str], field: str) -> list[str]:
    """A cell's lines with the label of its own field dropped from the first."""
    label = CELL_LABEL.match(lines[0]) if lines else None
    if label is None or header_field(label.group(1)) != field:
        return lines
    return [lines[0][label.end() :], *lines[1:]]


def row_fields(row: list[GridCell], mapping: dict[int, str]) -> dict[str, str]:
    """The row's values by field, each on one line; a row with no time cell takes the periods
    its timeline marks ("x" under "Quý II" and "Quý IV": "quý II, quý IV", due at the last)."""
    values = {name: JOINERS[name](lines) for name, lines in row_lines(row, mapping).items()}
    if labelled := values.pop("labelled", ""):
        _with_labelled_parts(values, labelled)
    if duty := values.pop("duty", ""):
        values.setdefault("lead", duty)
        values.setdefault("content", DUTY_WORK)
    marked = [name.removeprefix("period:") for column, name in mapping.items()
              if name.startswith("period:") and PERIOD_MARK.fullmatch(row[column].text)]
    if marked and not values.get("time"):
        values["time"] = f"trong {', '.join(marked)}"
    return values


# A sentence that follows a labelled value in the same cell: "Chuẩn bị: Văn phòng. Công an xã bố
# trí lực lượng ...".
NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-ZĐ])")


def _with_labelled_parts(values: dict[str, str], cell: str) -> None:
    """A schedule cell's parts put where they belong: who prepares ("Chuẩn bị: Phòng Kinh tế")
    leads, who attends ("Thành phần: ...") does no work, and a sentence of its own ("Đề nghị
    Đoàn Thanh niên xã chuẩn bị lực lượng") goes with the row's content."""
    before, fields = _labelled_fields(cell)
    sentences = [before.strip(" \t.;,")]
    leads = []
    for field, value in fields:
        if field != "lead":
            continue
        name, *rest = NEXT_SENTENCE.split(value, maxsplit=1)
        leads.append(name)
        sentences.extend(rest)
    if leads:
        values["lead"] = "; ".join([*filter(None, [values.get("lead", "")]), *leads])
    if sentences := [sentence for sentence in sentences if sentence]:
        values["content"] = ". ".join(
            [values.get("content", "").rstrip(" ."), *sentences]).lstrip(" .")


# A cell's item mark: a bullet, or a letter ("a) Hoàn thiện hồ sơ ..." / "a) Trước 10/12/2026").
ITEM_MARK = re.compile(rf"{LIST_MARK.pattern}|^[a-zđ]\)\s*")


def list_items(lines: list[str]) -> list[str]:
    """A cell's "-"/"+" or lettered items, each with the lines that go on under it; [] unless
    the cell is nothing but such items."""
    items: list[list[str]] = []
    for line in (clean_value(line) for line in lines):
        if ITEM_MARK.match(line):
            items.append([ITEM_MARK.sub("", line, count=1)])
        elif items and line:
            items[-1].append(line)
        elif line:
            return []
    return [" ".join(item) for item in items]


def paired_items(lines: dict[str, list[str]]) -> list[dict[str, str]]:
    """A content cell's items with the time cell's items beside them, one by one, when both
    cells list as many ("- Tham mưu ..." / "- Trước 31/3/2026", "- Báo cáo ..." / "- Hằng
    tháng"), and the lead cell's too when it lists as many ("a) Phòng A" / "b) Phòng B"); []
    otherwise."""
    contents = list_items(lines.get("content", []))
    times = list_items(lines.get("time", []))
    if len(contents) < 2 or len(contents) != len(times):
        return []
    pairs = [{"content": content, "time": time}
             for content, time in zip(contents, times, strict=True)]
    if len(leads := list_items(lines.get("lead", []))) == len(contents):
        for pair, lead in zip(pairs, leads, strict=True):
            pair["lead"] = lead
    return pairs


def section_text(row: list[GridCell], values: dict[str, str]) -> str | None:
    """The heading a row holds, when it is a section row; else None."""
    own = [cell for cell in distinct(row) if not cell.continued and cell.text]
    if any(cell.continued and cell.text for cell in row):
        return None
    if len(own) == 1:
        text = clean_value(own[0].text)
        if values.get("content") and LIST_MARK.match(text):
            return None  # a sub-item of the row above, not a heading
        return text
    number = values.get("number", "")
    others = any(values.get(name) for name in ("lead", "support", "time"))
    if SECTION_NUMBER.fullmatch(number.rstrip(".")) and values.get("content") and not others:
        return f"{number.rstrip('.')}. {values['content']}"
    return None


# Where a follow-up's status cell says a task stands: done, or due again by a new time.
DONE = re.compile(r"(?<!chưa )\bđã hoàn thành\b|(?:^|[.;]\s)\W*hoàn thành\s*(?:[.;(]|$)",
                  re.IGNORECASE)
NEW_TIME = re.compile(
    r"(?:trước|chậm nhất|đến)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
    r"|trong\s+(?:tháng|quý)\s+[\dIV]{1,3}/\d{4}", re.IGNORECASE)
# A cell that says it holds what the cell above holds: "-nt-", "nt", "Như trên".
DITTO = re.compile(r"\W*(?:nt|như trên)\W*", re.IGNORECASE)


def render_row(row: list[GridCell], state: TableState) -> str | None:
    """One data or section row in the contract format; None for an empty row."""
    values = row_fields(row, state.mapping)
    if not any(cell.text for cell in row):
        return None
    heading = section_text(row, values)
    if heading is not None:
        state.sections += 1
        state.counter = 0
        if OUTLINE_MARKER.match(heading + " ") is None:
            heading = f"{to_roman(state.sections).upper()}. {heading}"
        return heading
    above = state.above or {}
    for name in ("lead", "support", "time"):
        if DITTO.fullmatch(values.get(name, "")):  # "-nt-", "Như trên": the cell above's
            values[name] = above.get(name, "")
    state.above = values
    status = values.pop("status", "")
    if DONE.search(status):
        return None  # "Đã hoàn thành (Báo cáo số 410/BC-CAT ...)": no task left
    if renewed := NEW_TIME.search(status):  # "Quá hạn. Đề nghị trình ... trước ngày 20/10/2026"
        values["time"] = renewed.group()
    lettered = LETTER_MARK.fullmatch(values.get("number", ""))
    paired = [] if lettered else paired_items(row_lines(row, state.mapping))
    if paired:
        # each item of the content is its own work, by the time beside it: lettered sub-rows
        # under the row's number and units (each item's own unit, when the lead cell lists them)
        values = {name: value for name, value in values.items()
                  if name not in ("content", *paired[0])}
    if lettered:  # "a)" under a numbered row: the outline nests it there
        line = f"{lettered[1]}) {values.get('content', '')}".rstrip()
    else:
        state.counter += 1
        number_match = ROW_NUMBER.fullmatch(values.get("number", ""))
        number = number_match.group(1) if number_match else str(state.counter)
        if number.isdigit():  # a row whose number is missing (or misread) follows the one above
            state.counter = int(number)
        line = f"{number}. {values.get('content', '')}".rstrip()
    line = with_fields(line, values)
    if paired and line == f"{number}.":
        # every field of the row went to its items: the number still opens a row ("1. ‖"), a
        # mark alone being no item
        line += FIELD_SEPARATOR.rstrip()
    for index, item in enumerate(paired):
        line += "\n" + with_fields(f"{chr(ord('a') + index)}) {item.pop('content')}", item)
    return line


def plain_row(row: list[GridCell]) -> str | None:
    """A row of a table not laid by column: its cells joined by " | "."""
    cells = [cell.text for cell in distinct(row)]
    return " | ".join(cells) if any(cells) else None


# A leaders' schedule laid by the parts of each day: "Thứ, ngày | Sáng | Chiều".
DAY_PARTS = {"sang": "Sáng", "buoi sang": "Sáng", "chieu": "Chiều", "buoi chieu": "Chiều",
             "toi": "Tối", "buoi toi": "Tối"}


def day_part_schedule_lines(grid: Grid) -> list[str] | None:
    """A schedule table whose columns are a day's parts ("Thứ, ngày | Sáng | Chiều") as the
    text of a schedule: each day on a line, then each entry of its parts ("- Sáng: 8h00: ...
    (Văn phòng chuẩn bị)"); None for any other table."""
    if len(grid) < 2 or len(grid[0]) < 2:
        return None
    parts = [DAY_PARTS.get(fold_words(cell.text)) for cell in distinct(grid[0][1:])]
    if not all(parts) or not fold_words(grid[0][0].text).startswith(("thu", "ngay")):
        return None
    lines = []
    for row in grid[1:]:
        if not (day := row[0].text) or row[0].continued:
            continue
        lines.append(f"{day}:")
        for part, cell in zip(parts, distinct(row[1:]), strict=False):
            lines.extend(f"- {part}: {entry}" for line in cell.lines
                         if (entry := line.strip().lstrip("-+•").strip()))
    return lines


def field_column_row(grid: Grid) -> str | None:
    """A task laid out down a table, its fields named in the first column ("Nội dung công
    việc | ...", "Đơn vị chủ trì | ...", "Thời hạn hoàn thành | ...", as a "phiếu giao việc"
    is), as one row in the contract format; None for any other table."""
    values: dict[str, list[str]] = {}
    for row in grid:
        cells = distinct(row)
        if len(cells) != 2:
            return None
        name = header_field(cells[0].text)
        if name in ("content", "lead", "support", "time") and cells[1].text:
            values.setdefault(name, []).extend(cells[1].lines)
    if not ("content" in values and "lead" in values):
        return None
    joined = {name: JOINERS[name](lines) for name, lines in values.items()}
    return with_fields(f"1. {joined['content']}", joined)


HEADING_ROWS = 3  # a letter's heading laid in a table: its rows are few


def letter_heading_lines(grid: Grid) -> list[str]:
    """A letter's heading laid in a table, its cells holding several lines each (the issuer, the
    number and the subject beside the national name, the motto and the place and date): each
    line its own, column by column, as the heading reads when it is typed. A heading laid one
    line per row keeps its rows."""
    cells = [cell for row in grid for cell in distinct(row) if not cell.continued]
    if not grid or len(grid) > HEADING_ROWS or len(grid[0]) < 2 or not any(
            len([line for line in cell.lines if line.strip()]) > 1 for cell in cells) or not any(
            NATIONAL_NAME.search(line.upper()) or MOTTO.search(line)
            for cell in cells for line in cell.lines):
        return []
    seen: set = set()
    lines: list[str] = []
    for column in range(len(grid[0])):
        for row in grid:
            cell = row[column]
            if cell.key not in seen and not cell.continued:
                seen.add(cell.key)
                lines += [line.strip() for line in cell.lines if line.strip()]
    return lines


def grid_lines(grid: Grid, state: TableState | None = None) -> tuple[list[str], TableState | None]:
    """The lines of a table, and its state when it is laid by column.

    `state` continues a table from the previous PDF page: a page's table with no header of its
    own but the same number of columns keeps that table's columns and counters.
    """
    columns = len(grid[0]) if grid else 0
    if (slip := field_column_row(grid)) is not None:
        return [slip], None
    if (schedule := day_part_schedule_lines(grid)) is not None:
        return schedule, None
    if heading := letter_heading_lines(grid):
        return heading, None
    header = find_header(grid)
    if header is not None:
        first, start, mapping = header
        if state is None or state.mapping != mapping or state.columns != columns:
            state = TableState(mapping, columns)
    elif state is not None and grid and columns == state.columns:
        first = start = 0
        if (carried := carried_row(grid[0], state)) is not None:
            return [carried, *(line for row in grid[1:] if (line := render_row(row, state)))], state
    elif (mapping := inferred_mapping(grid)) is not None:
        first = start = 0
        state = TableState(mapping, columns)
    else:
        return [line for row in grid if (line := plain_row(row))], None
    lines = [line for row in grid[:first] if (line := plain_row(row))]
    lines += [line for row in grid[start:] if (line := render_row(row, state))]
    return lines, state


# A numbered paragraph that heads what follows it: a name with no sentence's end ("1. Văn phòng
# HĐND và UBND phường", bold or not) or a lead-in ("2. Nhiệm vụ cụ thể ... như sau:"); not an
# item's own sentence ("1. Giao Phòng Kinh tế rà soát hồ sơ trước ngày 10/12/2025.").
NUMBERED_HEADING = re.compile(r"\**(\d{1,2})\.\s+(?:.+:|[^.:]{1,100}?)\**")


def nested_rows(lines: list[str], above: str) -> list[str]:
    """A task table's rows numbered under the numbered heading just above it: a unit's heading
    "1. Văn phòng ..." over its own table of "Nhiệm vụ | Thời hạn" rows, each numbered from 1
    again, is that heading's list ("1.1.", "1.2."), not the next items of the outline."""
    heading = NUMBERED_HEADING.fullmatch(above.strip())
    rows = [line for line in lines if FIELD_SEPARATOR in line]
    if heading is None or not rows or not rows[0].startswith("1. ") or any(
            ROW_LINE_NUMBER.match(line) is None for line in lines):
        return lines
    return [ROW_LINE_NUMBER.sub(rf"{heading[1]}.\1. ", line, count=1) for line in lines]


# Marks a row's rest that a page break carried to the next page, for `join_carried_rows`.
CARRIED = "\u2063"


def carried_row(row: list[GridCell], state: TableState) -> str | None:
    """The rest of the last row of the page before, as a line marked CARRIED, when a page's
    table goes on with a row whose number cell is empty; else None."""
    numbers = [column for column, name in state.mapping.items() if name == "number"]
    if not numbers or row[numbers[0]].text or not any(cell.text for cell in row) or not (
            state.above and state.above.get("number")):  # the rows above are numbered
        return None
    values = row_fields(row, state.mapping)
    if section_text(row, values) is not None:
        return None
    return CARRIED + with_fields(values.get("content", ""), values)


def join_carried_rows(pages: list[str]) -> list[str]:
    """The pages with each row a page break cut joined back whole: a CARRIED line's cells go on
    with the cells of the last row on the page before."""
    pages = list(pages)
    for k in range(1, len(pages)):
        lines = pages[k].split("\n")
        carried = next((n for n, line in enumerate(lines) if line.startswith(CARRIED)), None)
        if carried is None:
            continue
        rest = lines[carried][len(CARRIED) :]
        before = pages[k - 1].split("\n")
        last = max((n for n, line in enumerate(before) if ROW_LINE.match(line)), default=None)
        if last is None:
            lines[carried] = rest  # no row to go on with: the rest stands as it is
        else:
            before[last] = _joined_row(before[last], rest)
            pages[k - 1] = "\n".join(before)
            del lines[carried]
        pages[k] = "\n".join(lines)
    return pages


# A table's row as `render_row` writes it: its number, its content, its labelled fields.
ROW_LINE = re.compile(
    rf"\d{{1,3}}\. .*(?:{FIELD_SEPARATOR}(?:{'|'.join(FIELD_LABELS.values())}): [^‖]*)+$")


def _joined_row(line: str, rest: str) -> str:
    """A rendered row's line with the rest of each of its cells after it."""
    head, *fields = line.split(FIELD_SEPARATOR)
    more_head, *more_fields = rest.split(FIELD_SEPARATOR)
    values = dict(field.partition(": ")[::2] for field in fields)
    for field in more_fields:
        label, _, value = field.partition(": ")
        values[label] = f"{values[label]} {value}" if label in values else value
    head = f"{head} {more_head}" if more_head else head
    return FIELD_SEPARATOR.join([head, *(f"{label}: {value}" for label, value in values.items())])


# --- tables laid one cell per line (text and PDF extractions) ----------------------------------

# Header cells of columns that hold no task field: "Ghi chú", "Sản phẩm", ...
NOTE_HEADERS = frozenset(
    {"ghi chu", "san pham", "du kien san pham", "ket qua", "hinh thuc", "kinh phi",
     "nguon kinh phi", "dia diem", "cap trinh", "hinh thuc van ban"}
)
# A time cell's own start: "Quý IV/2026", "Tháng 5/2026", "2026 và hằng năm", "Trước ngày
# 30/6", "Thường xuyên"; a note cell's document number ("Nghị quyết số 66-NQ/TW") is no time.
TIME_START = re.compile(
    r"^(?:(?:trước|trong|chậm nhất|hoàn thành|từ|đến|cuối|đầu|giữa|ngày|tháng|quý|năm|tuần"
    r"|thường xuyên|hằng|hàng|định kỳ|liên tục|nhiệm vụ thường xuyên)\b"
    r"|\d{1,2}[/.-]\d{1,4}|(?:19|20)\d\d\b|[IV]{1,3}/\d{4})",
    re.IGNORECASE,
)
TIME_CELL = re.compile(
    r"\d|\b(?:thường xuyên|hằng|hàng|định kỳ|liên tục|tháng|quý|năm|tuần|trước|trong|ngày)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LineHeader:
    """A table header written one cell per line: its cells' fields and texts, and the line
    after it."""

    fields: list[str]
    cells: list[str]
    end: int


# Cells after a header's named ones and before its first row: "Kết quả", "Căn cứ bổ sung".
MAX_UNNAMED_HEADER_CELLS = 3


def _next_filled(lines: list[str], k: int) -> int:
    while k < len(lines) and not lines[k]:
        k += 1
    return k


def _header_cell(lines: list[str], k: int) -> tuple[str, int]:
    """The header cell whose first line is ``k``, with the words wrapped onto lines of their
    own that go on in lower case ("Cơ quan" / "chủ trì"), and the line after it."""
    cell, end = lines[k], k + 1
    while (n := _next_filled(lines, end)) < len(lines):
        if not lines[n][0].islower() or len(lines[n]) > 40:
            break
        cell, end = f"{cell} {lines[n]}", n + 1
    return cell, end


# A schedule's row opens on its day or its part of a day: "Ngày 02/12", "Thứ Hai hằng tuần".
WEEKDAY = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật"
HOUR = r"\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?:\s*phút)?"
ROW_TIME = re.compile(
    rf"{TIME_START.pattern}|^(?:{WEEKDAY}|sáng|chiều|tối)\b",
    re.IGNORECASE,
)
ROW_TIME_CHARS = 60
# The leader who chairs a schedule's item, beside the office that prepares it: no unit's work.
CHAIR_HEADER = re.compile(r"lanh dao\b")


# A line of a schedule's time cell, the day's or the hour's: "16/3", "(Thứ Ba)", "14h00",
# "8 giờ 30", "Cả ngày"; an hour opens a row of its own within the day.
SCHEDULE_TIME_LINE = re.compile(
    rf"\(?(?:{WEEKDAY}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{HOUR}|cả ngày|sáng|chiều|tối)\)?\s*:?",
    re.IGNORECASE,
)
HOUR_LINE = re.compile(rf"{HOUR}|cả ngày", re.IGNORECASE)
DAYS_LINE = re.compile(r"\d{1,2}(?:\s*,\s*\d{1,2})+\s*,?")  # "03, 10, 17, 24," over "31/12"
SCHEDULE_DAY = re.compile(r"\d{1,2}/\d{1,2}|thứ\s|chủ nhật", re.IGNORECASE)


def _opens_row(line: str, first_field: str) -> bool:
    """Whether ``line`` opens a row of a table whose first column is ``first_field``."""
    if first_field == "time":
        return len(line) <= ROW_TIME_CHARS and (
            ROW_TIME.match(line) is not None or HOUR_LINE.fullmatch(line) is not None
            or DAYS_LINE.fullmatch(line) is not None)
    return _marks_row(line)


def _header_run(lines: list[str], start: int) -> LineHeader | None:
    """The header written one cell per line from ``start`` ("STT", "Nội dung", "Đơn vị chủ
    trì", ...), or None: a number column, a content column and one more; or a schedule's
    time column, its content and who prepares it ("Thời gian", "Nội dung", "Cơ quan chuẩn
    bị", "Lãnh đạo chủ trì"). A web copy may put blank lines between the cells; a cell's words
    may wrap onto lines of their own; a few cells that name no field before the first row are
    notes ("Căn cứ bổ sung")."""
    if len(lines[start]) > 12 or header_field(lines[start]) not in ("number", "time"):
        return None
    fields: list[str] = []
    cells: list[str] = []
    k = end = start
    while (k := _next_filled(lines, k)) < len(lines) and len(lines[k]) <= 40:
        cell, after = _header_cell(lines, k)
        name = header_field(cell)
        if name is None and "content" in fields and fold_words(cell) in NOTE_HEADERS:
            name = "note"
        if fields[:1] == ["time"] and (CHAIR_HEADER.match(fold_words(cell)) or (
                name == "lead" and PERSON_HEADER.match(fold_words(cell)))):
            name = "chair"
        if fields == ["time"] and name == "time":  # the day's column, then the hour's
            cells[0] = f"{cells[0]} {cell}"
            k = end = after
            continue
        if name is None or (name in fields and name != "note"):
            break
        fields.append(name)
        cells.append(cell)
        k = end = after
    if fields[:1] == ["time"]:
        if "chair" in fields and "lead" not in fields and not CHAIR_HEADER.match(
                fold_words(cells[fields.index("chair")])):
            fields[fields.index("chair")] = "lead"  # "Chủ trì" with no preparer: the lead
        if not {"content", "lead"} <= set(fields):
            return None
    elif fields[:1] != ["number"] or "content" not in fields or not set(fields) & {
        "lead", "support", "time"
    }:
        return None
    notes: list[str] = []
    k = end
    while len(notes) < MAX_UNNAMED_HEADER_CELLS and (k := _next_filled(lines, k)) < len(lines):
        if _opens_row(lines[k], fields[0]):
            fields += ["note"] * len(notes)
            cells += notes
            return LineHeader(fields, cells, k)
        if len(lines[k]) > 40:
            break
        cell, k = _header_cell(lines, k)
        notes.append(cell)
    return LineHeader(fields, cells, end)


# A cell's line cut after a word that cannot end it: "Từ ngày 01/4 đến ngày" / "30/4/2015".
# A document number cut after "số" or inside it ("Nghị định số" / "09/2026/NĐ-" / "CP").
DANGLING_END = re.compile(
    r"(?<!\w)(?:ngày|đến|từ|và|trước|tháng|(?<!hằng )(?<!hàng )năm|của|với|số)$|\w[-/]$",
    re.IGNORECASE,
)
# A footnote at a page's foot: its number, then its text ("2 Nghị quyết số 140/NQ-CP ...").
FOOTNOTE = re.compile(r"\d{1,2} [A-ZĐ]")
COLUMN_GAP = re.compile(r"\s{2,}")
# Where a row goes on after a page break: its cells' lines on either side are kept apart.
PAGE_BREAK = "\f"


# A title before the units it heads in a unit cell: "Trưởng các thôn", "Thủ trưởng các cơ quan".
TITLE_BEFORE_UNITS = re.compile(
    r"(?:(?:tổ\s+)?trưởng|thủ trưởng|giám đốc|chủ tịch|bí thư|người đứng đầu)\s+(?=các\s)",
    re.IGNORECASE)


def _names_units(names_unit: Callable[[str], bool] | None, group: list[str]) -> bool:
    """Whether a cell's lines name units, with any title before them."""
    text = " ".join(group)
    return names_unit is not None and names_unit(TITLE_BEFORE_UNITS.sub("", text, count=1))


def _open_bracket(text: str) -> bool:
    """Whether text opens a bracket it does not close."""
    return text.count("(") > text.count(")")


def _group_lines(values: list[str]) -> list[list[str]]:
    """A row's lines grouped into cells: a line that goes on in lower case, or after one
    ending in ";", "," or a word that cannot end a cell, stays in the cell before it."""
    groups: list[list[str]] = []
    for line in values:
        if groups and (line[0].islower() or groups[-1][-1].endswith((";", ","))
                       or DANGLING_END.search(groups[-1][-1])
                       or _open_bracket(groups[-1][-1])  # "(tại Hội trường" / "Sở X)"
                       # a list's items, after the line that opens it (a lone "-" is an empty
                       # cell's)
                       or (LIST_MARK.match(line) and line != "-" and (
                           groups[-1][-1].endswith(":") or LIST_MARK.match(groups[-1][-1])))):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


# A schedule's cell naming who chairs: "Chủ tịch UBND phường", "Đ/c Bí thư Đảng ủy".
LEADER_LINE = re.compile(
    r"(?:đ/c|đồng chí|lãnh đạo|(?:phó )?chủ tịch|(?:phó )?bí thư|(?:phó )?giám đốc|chủ nhiệm"
    r"|(?:phó )?trưởng ban|thường trực)\b", re.IGNORECASE)


def _segment_cells(
    values: list[str], fields: list[str], names_unit: Callable[[str], bool] | None
) -> dict[str, list[str]]:
    """The lines of a row (or of its part on one page) shared out over its columns. A
    time-like last cell is the time. When the lead column's cell is known by the unit it
    names, the content is every cell before it and the support the unit cells after it;
    otherwise extra cells go to the content (the first column) and missing ones leave the last
    unit columns empty."""
    groups = _group_lines(values)
    cells: dict[str, list[str]] = {}
    columns = [f for f in fields if f not in ("number", "note", "chair")]
    if "chair" in fields:  # the leader who chairs, beside the unit that prepares
        chair = next((k for k, group in enumerate(groups) if k and (
            LEADER_LINE.match(group[0]) or group == ["-"])), None)
        if chair is not None:
            del groups[chair]
    if "time" in columns:
        columns.remove("time")
        # the time cell, with the note cells after it dropped: "Quý II/2026", "Báo cáo quý"
        backs = range(1, min(fields.count("note") + 1, len(groups) - 1) + 1)
        times = [back for back in backs if TIME_START.match(" ".join(groups[-back]))] or [
            back for back in backs if TIME_CELL.search(" ".join(groups[-back]))]
        if times:
            cells["time"] = groups[-times[0]]
            groups = groups[: -times[0]]
    units = [k for k, group in enumerate(groups) if k and _names_units(names_unit, group)]
    if columns[:2] == ["content", "lead"] and units:
        first = units[0]
        cells["content"] = [line for group in groups[:first] for line in group]
        cells["lead"] = groups[first]
        below = []  # the unit cells right below the lead's
        for k in range(first + 1, len(groups)):
            if k not in units:
                break
            below.append(k)
        if "support" in columns:
            if below:
                cells["support"] = [line for k in below for line in groups[k]]
            return cells
        # no support column: the units' lines below the lead are its cell's, but for a notes'
        # cell after it ("Thành phần") that ends the row
        if below and below[-1] == len(groups) - 1 and "note" in fields[fields.index("lead") :]:
            below.pop()
        cells["lead"] = cells["lead"] + [line for k in below for line in groups[k]]
        return cells
    spare = max(0, len(groups) - len(columns))
    for k, name in enumerate(columns):
        take = 1 + spare if k == 0 else 1
        if groups:
            cells[name] = [line for group in groups[:take] for line in group]
            groups = groups[take:]
    return cells


def _sub_rows(values: list[str], names_unit: Callable[[str], bool] | None) -> list[list[str]]:
    """A row's lines, one list per sub-row: a row whose units, result and time are given
    twice for one content ("Bộ Y tế", ..., "Tháng 5/2026", "Bộ Y tế", ..., "Tháng 11/2026")
    is two rows with that content. A sub-row starts at a unit cell after a time cell, and has a
    time cell of its own."""
    if names_unit is None:
        return [values]
    groups = _group_lines(values)
    is_units = [k > 0 and _names_units(names_unit, group) for k, group in enumerate(groups)]
    is_time = [TIME_START.match(" ".join(group)) is not None for group in groups]
    if not any(is_units):
        return [values]
    first_unit = is_units.index(True)
    starts = [0]
    for k in range(first_unit + 1, len(groups)):
        since = max(starts[-1], first_unit)
        if is_units[k] and not is_units[k - 1] and any(is_time[since:k]) and any(is_time[k:]):
            starts.append(k)
    if len(starts) == 1:
        return [values]
    content = [line for group in groups[:first_unit] for line in group]
    bounds = [*starts, len(groups)]
    rows = []
    for n, (start, end) in enumerate(pairwise(bounds)):
        lines = [line for group in groups[start:end] for line in group]
        rows.append(lines if n == 0 else content + lines)
    return rows


def _row_cells(
    values: list[str], fields: list[str], names_unit: Callable[[str], bool] | None = None
) -> dict[str, list[str]]:
    """A row's lines shared out over its columns. A row cut by a page break is read on each
    page apart: its cells on the next page go on with the content, and fill a unit or time
    cell the first page left empty."""
    parts: list[list[str]] = [[]]
    for line in values:
        if line == PAGE_BREAK:
            parts.append([])
        else:
            parts[-1].append(line)
    parts = [part for part in parts if part]
    if not parts:
        return {}
    cells = _segment_cells(parts[0], fields, names_unit)
    for part in parts[1:]:
        more = _segment_cells(part, fields, names_unit)
        if part[0][0].islower() and "content" in cells:
            cells["content"] = cells["content"] + _group_lines(part)[0]
        for name, lines in more.items():
            if name != "content" and name not in cells:
                cells[name] = lines
    return cells


def _row_key(mark: str) -> tuple[int, ...]:
    return tuple(int(part) for part in ROW_NUMBER.fullmatch(mark).group(1).split("."))


def _follows(previous: str, mark: str) -> bool:
    """Whether a row number can come after the row ``previous``: its next sibling at any
    depth ("1.4" -> "1.5", "2"), its first child ("1" -> "1.1"), a fresh "1" after a section,
    or a skip of one. Anything else is a page number, not a row."""
    before, key = _row_key(previous), _row_key(mark)
    if key in ((*before, 1), (1,)):
        return True
    depth = len(key) - 1
    return (
        depth < len(before) and key[:depth] == before[:depth]
        and 1 <= key[depth] - before[depth] <= 2
    )


def _page_block_end(lines: list[str], k: int, header: LineHeader) -> int | None:
    """Where the page break that starts at line ``k`` ends (a gazette's running head, the page
    number, the table's header repeated), or None when no page break starts there."""
    start = k
    if is_running_head(lines[k]):
        k = _next_filled(lines, k + 1)
    if k < len(lines) and is_page_number(lines[k]):
        k = _next_filled(lines, k + 1)
    repeated = _header_run(lines, k) if k < len(lines) else None
    if repeated is not None and repeated.fields[:3] == header.fields[:3]:
        return repeated.end
    return k if is_running_head(lines[start]) else None


ROW_LETTERS = "abcdđeghiklmnopqrstuvxy"  # lettered rows' order, the Vietnamese alphabet's


def _as_number(mark: str, number: str | None) -> str:
    """A lettered row's place as a number under the numbered row ``number`` ("a)" under "2" is
    "2.1"), so that it follows in sequence; any other mark as it is."""
    letter = LETTER_MARK.fullmatch(mark)
    if letter is None or number is None or letter[1] not in ROW_LETTERS:
        return mark
    return f"{number.rstrip('.')}.{ROW_LETTERS.index(letter[1]) + 1}"


def _marks_row(line: str) -> bool:
    return bool(ROW_NUMBER.fullmatch(line) or SECTION_NUMBER.fullmatch(line.rstrip(".")))


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
MARK_WITH_TEXT = re.compile(
    r"(\d{1,3}(?:\.\d{1,3})*\.?)\s{2,}(\S.*)|(\d{1,3}(?:\.\d{1,3})*\.) ([A-ZĐ].*)"
)


def _split_mark(line: str) -> tuple[str, str]:
    """A row's number and the text on its line after a run of spaces ("7  Đề án ...") or after
    a dotted number ("5. Thúc đẩy ..."), or the line and ""."""
    match = MARK_WITH_TEXT.fullmatch(line)
    if match is None:
        return line, ""
    return (match[1], match[2]) if match[1] else (match[3], match[4])


def _section_value(mark: str) -> int:
    mark = mark.rstrip(".")
    if len(mark) == 1 and mark not in ROMAN_VALUES:
        return ord(mark) - ord("A") + 1
    values = [ROMAN_VALUES[letter] for letter in mark]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v
               for k, v in enumerate(values))


def _section_follows(previous: str | None, mark: str) -> bool:
    """Whether a section mark comes next ("I", then "II"; "A", then "B"): a roman numeral in a
    cell ("Quốc hội khóa" / "XVI") opens no section."""
    value = _section_value(mark)
    return value == (_section_value(previous) + 1 if previous else 1)


def line_table_lines(text: str, names_unit: Callable[[str], bool] | None = None) -> str:
    """Text with each table laid one cell per line ("STT", "Nội dung", "Đơn vị chủ trì",
    "Phối hợp", "Thời gian", then "1", its content, its units, its time, "2", ...) rendered by
    column, as a Word table is. A row runs from its number to the next one in sequence; a
    line "I", "II" or "A" where a number is due opens a section, its heading on the next line.
    A page break inside the table (a gazette's running head, the page number, the header
    repeated) is no row. ``names_unit`` tells a cell that lists units
    (`UnitResolver.names_units`)."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _header_run(stripped, i)
        if header is None:
            out.append(lines[i])
            i += 1
            continue
        fields = header.fields
        grid: Grid = [[GridCell([cell], ("header", k)) for k, cell in enumerate(header.cells)]]
        if fields[0] == "time":
            rows, i = _schedule_rows(stripped, header)
            for n, (time, row) in enumerate(rows):
                columns = [field for field in fields if field != "time"]
                cells = _row_cells([*row, time], [*columns, "time"], names_unit)
                grid.append([GridCell(cells.get(name, []), (n, k))
                             for k, name in enumerate(fields)])
            out.extend(grid_lines(grid)[0])
            continue
        j = header.end
        section: str | None = None
        number: str | None = None  # the last numbered row, whose lettered rows follow it
        while (j := _next_filled(stripped, j)) < len(lines):
            if (after := _page_block_end(stripped, j, header)) is not None:
                j = after
                continue
            shown, text_after = _split_mark(stripped[j])
            mark = _as_number(shown, number)
            if not _marks_row(mark):
                break
            if ROW_NUMBER.fullmatch(mark) is None:  # a section: its mark, then its heading
                title = stripped[j + 1] if j + 1 < len(lines) else ""
                grid.append([GridCell([f"{mark.rstrip('.')}. {title}"], ("section", j))
                             for _ in fields])
                section = mark
                j += 2
                continue
            if mark == shown:
                number = mark
            values, j = _row_values(stripped, j + 1, fields, header, mark, section, number)
            for n, row in enumerate(_sub_rows([text_after, *values] if text_after else values,
                                              names_unit)):
                cells = _row_cells(row, fields, names_unit)
                grid.append([
                    GridCell([shown] if name == "number" else cells.get(name, []), (j, n, k))
                    for k, name in enumerate(fields)
                ])
        out.extend(grid_lines(grid)[0])
        i = j
    return "\n".join(out)


def _schedule_rows(lines: list[str], header: LineHeader) -> tuple[list[tuple[str, list[str]]], int]:
    """The rows of a table whose first column is the time, each its time cell and its other
    lines, and the line after the table. A row runs from its time to the next one that comes
    after a line for each of its columns; the table ends where no time opens the next row."""
    def opens(n: int) -> bool:
        return n < len(lines) and _opens_row(lines[n], "time")

    width = len(header.fields)
    rows: list[tuple[str, list[str]]] = []
    day = ""

    def page_break_end(n: int) -> int:
        """The line after a page break at ``n`` (the page's number, a running title in
        capitals, the header repeated), or ``n`` when none starts there."""
        if n >= len(lines) or not is_page_number(lines[n]):
            return n
        after = _next_filled(lines, n + 1)
        if after < len(lines) and is_all_caps_heading(lines[after]) and not opens(after):
            after = _next_filled(lines, after + 1)  # the running title
        repeated = _header_run(lines, after) if after < len(lines) else None
        if repeated is not None and repeated.fields == header.fields:
            return repeated.end
        return after if opens(after) else n

    k = _next_filled(lines, header.end)
    while opens(k):
        time, row = lines[k], []
        k = _next_filled(lines, k + 1)
        while k < len(lines) and SCHEDULE_TIME_LINE.fullmatch(lines[k]):
            time = f"{time} {lines[k]}"  # the day's date, its weekday, the hour
            k = _next_filled(lines, k + 1)
        if SCHEDULE_DAY.search(time):
            day = HOUR_LINE.sub("", time).strip()
        elif day and HOUR_LINE.fullmatch(time):
            time = f"{day} {time}"  # an hour's row within the day above
        groups = 0  # the row's cells so far
        while k < len(lines) and groups < width + 2 and not (groups >= width - 2 and opens(k)):
            row.append(lines[k])
            groups = len(_group_lines(row))
            k = page_break_end(_next_filled(lines, k + 1))
            if groups >= width - 1 and not any(
                    opens(n) for n in (k, page_break_end(_next_filled(lines, k + 1)))):
                break  # the last row: one line for each column
        rows.append((time, row))
    return rows, k


def _row_values(
    lines: list[str], j: int, fields: list[str], header: LineHeader, mark: str,
    section: str | None, number: str | None = None,
) -> tuple[list[str], int]:
    """The lines of the row numbered ``mark`` from ``j`` (PAGE_BREAK where a page break cuts
    it), and the line after it: the next row number in sequence or section mark; the table's
    last row ends after its time line (or as many lines as it has columns)."""
    values: list[str] = []
    positions: list[int] = []
    k = j
    while k < len(lines):
        if not lines[k]:
            k += 1
            continue
        if (after := _page_block_end(lines, k, header)) is not None:
            footnote = next((n for n in range(len(values) - 1, max(-1, len(values) - 8), -1)
                             if FOOTNOTE.match(values[n])), None)
            if footnote is not None:  # the page's footnotes, under the table
                del values[footnote:], positions[footnote:]
            if values and values[-1] != PAGE_BREAK:
                values.append(PAGE_BREAK)
                positions.append(k)
            k = after
            continue
        next_mark = _as_number(_split_mark(lines[k])[0], number)
        if _marks_row(next_mark) and (
            _follows(mark, next_mark) if ROW_NUMBER.fullmatch(next_mark)
            else _section_follows(section, next_mark)
        ):
            break
        if not (is_page_number(lines[k]) and ROW_NUMBER.fullmatch(lines[k])):
            # a bare page number out of sequence is dropped; cells side by side on one line
            # are set apart by a run of spaces
            for cell in COLUMN_GAP.split(lines[k]):
                values.append(cell)
                positions.append(k)
        k += 1
    else:
        filled = [n for n, line in enumerate(values) if line != PAGE_BREAK]
        ends = [n for count, n in enumerate(filled, start=1)
                if "time" in fields and count >= 2 and TIME_CELL.search(values[n])]
        if not ends and len(filled) > len(fields) - 2:
            ends = [filled[len(fields) - 2]]
        if ends:
            values, k = values[: ends[0] + 1], positions[ends[0]] + 1
    while values and values[-1] == PAGE_BREAK:
        values.pop()
    return values, k


# A Markdown pipe table's rule ("|---|:--:|").
PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# A line break inside a pipe table's cell, the only way Markdown has to write one.
CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


# A table drawn in plain text: its borders with box-drawing characters ("│ 1 │ ... │", "├───┼"),
# or with "+", "-", "=" and "|" ("+-----+-----+"); the rules between its rows, when drawn, are
# lines of those characters only.
BOX_BORDERS = str.maketrans({"│": "|", "║": "|", "┃": "|"})
DRAWN_RULE = re.compile(r"^\s*[-=+|:─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╞╡╪╟╢╫┏┓┗┛┣┫┳┻╋]*$")
RULE_STROKES = re.compile(r"[-=─━═]{3,}")
GRID_CORNER = re.compile(r"[+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╞╡╪╟╢╫┏┓┗┛┣┫┳┻╋]")


def _drawn_rule(line: str) -> bool:
    return bool(RULE_STROKES.search(line)) and bool(DRAWN_RULE.match(line))


def _drawn_cells(line: str) -> list[str] | None:
    row = PIPE_ROW.match(line.translate(BOX_BORDERS))
    return None if row is None else [cell.strip() for cell in row[1].split("|")]


def _wrapped_cell(fragments: list[str]) -> str:
    """One cell's text from its lines as the drawing wrapped them: a line break is a space, but
    in a cell that is a list each item goes on a line of its own ("<br>", as Markdown writes; a
    dash the wrapping put first in a line is no item: "Phú Quốc" / "- Năm APEC 2027")."""
    filled = [fragment for fragment in fragments if fragment]
    listed = bool(filled) and bool(LIST_MARK.match(filled[0]))
    text = ""
    for fragment in filled:
        text += ("<br>" if listed and LIST_MARK.match(fragment) else " ") * bool(text) + fragment
    return text


def _drawn_rows(block: list[str]) -> list[list[str]] | None:
    """The rows of a drawn table, each a list of cells; None when the block is no such table
    (a Markdown table, one row a line, is left to `pipe_table_lines`)."""
    cells = [None if _drawn_rule(line) else _drawn_cells(line) for line in block]
    lines = [(k, row) for k, row in enumerate(cells) if row is not None]
    if len(lines) < 2:
        return None
    width = len(lines[0][1])
    rules = [k for k, row in enumerate(cells) if row is None]
    grid_drawn = any(GRID_CORNER.search(block[k]) for k in rules)
    if grid_drawn:  # a section's row of its mark and its title, across the other columns
        lines = [(k, row + [""] * (width - len(row)) if len(row) == 2 and (
            SECTION_NUMBER.fullmatch(row[0].rstrip("."))) else row) for k, row in lines]
    if width < 2 or any(len(row) not in (1, width) for _, row in lines):
        return None
    header_end = next((k for k in rules if k > lines[0][0]), None)
    inner_rules = [k for k in rules if header_end is not None and header_end < k < lines[-1][0]]
    groups: list[list[list[str]]] = []
    previous = -1
    if grid_drawn and inner_rules:
        for k, row in lines:  # a rule between two lines closes a row
            if not groups or any(previous < rule < k for rule in rules) or len(row) == 1:
                groups.append([])
            groups[-1].append(row)
            previous = k
    else:
        numbered = header_field(lines[0][1][0]) == "number"
        wrapped = False
        for k, row in lines:
            starts = (not groups or len(row) == 1 or len(groups[-1][0]) == 1
                      or any(previous < rule < k for rule in rules if rule == header_end))
            if not starts and numbered and not row[0] and _continues(groups[-1], row):
                wrapped = True
            else:
                groups.append([])
            groups[-1].append(row)
            previous = k
        if not (wrapped or grid_drawn):
            return None
    return [[_wrapped_cell([row[c] for row in group]) for c in range(len(group[0]))]
            for group in groups]


def _continues(group: list[list[str]], row: list[str]) -> bool:
    """Whether a line with its number cell empty goes on with the row above, wrapped: a cell
    goes on in lower case, or fewer cells are filled than on the row's first line."""
    filled = [cell for cell in row[1:] if cell]
    return bool(filled) and (any(cell[0].islower() or not cell[0].isalnum() for cell in filled)
                             or len(filled) < len([cell for cell in group[0][1:] if cell]))


# A table laid out in columns by spaces alone, as a PDF copied as text with its layout comes
# out: a gap of two spaces or more parts the cells of one line.
ALIGNED_GAP = re.compile(r"\S+(?: \S+)*")
ROW_MARK = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?")
COLUMN_SLACK = 3  # a cell starts this close to its column's start
DRAWN_OR_TABBED = re.compile("[|│║\t]")  # a table of another kind


def _aligned_segments(line: str) -> list[tuple[int, str]]:
    return [(found.start(), found.group()) for found in ALIGNED_GAP.finditer(line)]


def _aligned_header(lines: list[str], k: int) -> list[tuple[int, str]] | None:
    """The columns of a task table laid out by spaces whose header is line ``k``."""
    segments = _aligned_segments(lines[k])
    if len(segments) < 3 or DRAWN_OR_TABBED.search(lines[k]) or not _names_task_columns(
            [cell for _, cell in segments]):
        return None
    return segments


def _column_of(start: int, columns: list[int]) -> int:
    return max((c for c, column in enumerate(columns) if column <= start + COLUMN_SLACK),
               default=0)


def _aligned_cells(line: str, columns: list[int]) -> list[str]:
    cells = [""] * len(columns)
    for start, segment in _aligned_segments(line):
        c = _column_of(start, columns)
        cells[c] = f"{cells[c]} {segment}".strip()
    return cells


def _across(line: str, columns: list[int]) -> str:
    """The text of a line that runs from the margin across the first column's edge, or ""."""
    start, text = _aligned_segments(line)[0]
    return text if start < columns[1] < start + len(text) - COLUMN_SLACK else ""


def _aligned_rows(lines: list[str], k: int) -> tuple[list[list[str]], int] | None:
    """The rows of a table laid out by spaces whose header is line ``k``, each row a list of
    cells, and the index past the table."""
    header = _aligned_header(lines, k)
    if header is None:
        return None
    columns = [start for start, _ in header]
    numbered = header_field(header[0][1]) == "number"
    heads = [[cell] for _, cell in header]
    repeated = {" ".join(lines[k].split())}
    j = k + 1
    # the header's cells wrapped ("Thời gian" / "trình"): lines before the first row's number
    while j < len(lines) and lines[j].strip() and not _drawn_rule(lines[j]) and numbered and (
            not ROW_MARK.fullmatch(lines[j][: columns[1]].strip())) and not _across(
            lines[j], columns):
        repeated.add(" ".join(lines[j].split()))
        for c, cell in enumerate(_aligned_cells(lines[j], columns)):
            if cell:
                heads[c].append(cell)
        j += 1
    rows: list[list[str]] = [[" ".join(cell) for cell in heads]]
    body_start = len(rows)
    end = j
    while j < len(lines):
        line = lines[j]
        if not line.strip() or _drawn_rule(line) or is_page_number(line) or (
                " ".join(line.split()) in repeated):
            j += 1
            continue
        if opening := _across(line, columns):
            # a line from the margin across the columns: a section's heading in the table
            # ("II. CÔNG TÁC TUYÊN TRUYỀN"), or the text after it
            if not (lines[j - 1].strip() and opening.isupper()):
                break
            rows.append([[opening]])
            j += 1
            continue
        cells = _aligned_cells(line, columns)
        opens = ROW_MARK.fullmatch(cells[0]) if numbered else cells[0]
        if opens or len(rows) == body_start or len(rows[-1]) < len(columns):  # after a section
            rows.append([[cell] if cell else [] for cell in cells])
        else:
            for c, cell in enumerate(cells):
                if cell:
                    rows[-1][c].append(cell)
        j += 1
        end = j
    body = [[_wrapped_cell(cell) for cell in row] for row in rows[body_start:]]
    while end > k and not lines[end - 1].strip():
        end -= 1
    return ([rows[0], *body], end) if len(body) >= 2 else None


def _pipe_line(cells: list[str]) -> str:
    """A row's cells between pipes, as a Markdown table writes them."""
    return f"| {' | '.join(cells)} |"


def _markdown_table(rows: list[list[str]]) -> list[str]:
    """A table's rows as a Markdown pipe table, the first its header."""
    return [_pipe_line(rows[0]), f"|{'---|' * len(rows[0])}", *map(_pipe_line, rows[1:])]


def aligned_table_lines(text: str) -> str:
    """Text with each task table laid out in columns by spaces (a PDF copied as text with its
    layout), its cells wrapped over several lines, written as a Markdown pipe table, one line a
    row, for `pipe_table_lines` to read."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        found = _aligned_rows(lines, k)
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        rows, k = found
        out.extend(_markdown_table(rows))
    return "\n".join(out)


def _inner_pipe_cells(line: str) -> list[str] | None:
    """A line's cells parted by pipes with no outer border, as a Word table saved as text
    writes them ("1 | Nội dung | Sở Tài chính | 10/11/2026", " | a wrapped cell's rest | |");
    None for a line with no pipe."""
    return [cell.strip() for cell in line.split("|")] if "|" in line else None


def bordered_table_lines(text: str) -> str:
    """Text with each task table whose cells are parted by inner pipes only given its outer
    pipes, each row as wide as its header (a section row "I | CÁC NỘI DUNG ..." or a heading in
    capitals with no pipe filled out with empty cells), and with the page numbers between its
    rows dropped, so that a row wrapped over several lines is read by `drawn_table_lines` as
    one."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        header = _inner_pipe_cells(lines[k])  # no line without a pipe is matched further
        if header is None or len(header) < 3 or PIPE_ROW.match(lines[k]) or not (
                _names_task_columns(header)):
            out.append(lines[k])
            k += 1
            continue
        rows = [header]
        j = k + 1
        while j < len(lines):
            if _drawn_rule(lines[j]) or (is_page_number(lines[j]) and j + 1 < len(lines)
                                         and _inner_pipe_cells(lines[j + 1])):
                j += 1  # a rule under the header ("----+----"), a page number between rows
                continue
            cells = _inner_pipe_cells(lines[j])
            if cells is None and is_all_caps_heading(lines[j]) and j + 1 < len(lines) and (
                    _inner_pipe_cells(lines[j + 1])):
                cells = [lines[j].strip()]  # a section's heading between rows, with no pipe
            if cells is None or len(cells) > len(header):
                break
            rows.append(cells + [""] * (len(header) - len(cells)))
            j += 1
        # no rule under the header: `drawn_table_lines` would take the rows for a Markdown table's
        out.extend(map(_pipe_line, rows))
        k = j
    return "\n".join(out)


def drawn_table_lines(text: str) -> str:
    """Text with each table drawn in plain text whose rows wrap over several lines ("+---+"
    grids, box-drawing borders, or pipes with a row's later lines leaving the number cell empty)
    written as a Markdown pipe table, one line a row, for `pipe_table_lines` to read."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_drawn_rule(lines[j]) or _drawn_cells(lines[j]) is not None):
            j += 1
        rows = _drawn_rows(lines[i:j]) if j - i >= 3 else None
        if rows is None:
            out.extend(lines[i : max(j, i + 1)])
            i = max(j, i + 1)
            continue
        out.extend(_markdown_table(rows))
        i = j
    return "\n".join(out)


def pipe_table_lines(text: str) -> str:
    """Text with each Markdown pipe table that names its columns as a task table does read by
    column, as a Word table is (and such a table dumped as text, its cells joined by " | "
    with no outer pipes or by tabs); any other pipe table is left as written."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and PIPE_ROW.match(lines[j]):
            j += 1
        rows = [lines[k] for k in range(i, j) if not PIPE_RULE.match(lines[k])]
        cells = [["\n".join(strip_markdown_line(line).strip() for line in CELL_BREAK.split(cell))
                  .strip() for cell in PIPE_ROW.match(row)[1].split("|")] for row in rows]
        if j == i:
            # a table dumped as text, its cells joined by " | " with no outer pipes, or by tabs
            # (a Word or spreadsheet table pasted as text)
            separator = "\t" if "\t" in lines[i].strip() else "|"
            while j < len(lines) and lines[j].strip().count(separator) >= (
                    1 if separator == "\t" else 2):
                j += 1
            rows = lines[i:j]
            cells = [[cell.strip() for cell in row.split(separator)] for row in rows]
            if len(rows) < 2 or not _names_task_columns(cells[0]):
                out.append(lines[i])
                i += 1
                continue
        if len(rows) == 1 and j - i == 2 and _names_task_columns(cells[0]):
            # Only the header came out as a pipe row, the body one cell per line (a PDF
            # converted to Markdown): the header goes one cell per line as well.
            out.extend(cell for cell in cells[0] if cell)
            i = j
            continue
        if len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        width = max(len(row) for row in cells)
        grid: Grid = [
            [GridCell([line for line in row[c].split("\n") if line] if c < len(row) else [],
                      (r, c)) for c in range(width)]
            for r, row in enumerate(cells)
        ]
        rendered, state = grid_lines(grid)
        out.extend(rendered if state is not None else (
            CELL_BREAK.sub(" ", line) for line in lines[i:j]))
        i = j
    return "\n".join(out)


def _names_task_columns(cells: list[str]) -> bool:
    """Whether header cells name a task table's lead column among others."""
    fields = [column_field(cell) for cell in cells]
    return "lead" in fields and len([f for f in fields if f]) >= 2


# A label and its colon, where a line (after a list mark) or a sentence of it starts:
# "- Cơ quan chủ trì: ", "; thời gian: ", ", thời gian: ", ". Đơn vị thực hiện: ".
FIELD_LABEL = re.compile(
    r"(?:^[ \t]*(?:[-+•*–·▪●\uf0a7\uf0b7\uf076\uf0d8][ \t]*)?|(?<=[.;,])[ \t]+)"
    r"(?P<label>(?![^\W\d_]\))[^\W\d_][^:;.\n]{1,40}?)[ \t]*:[ \t]*"
)
# A colon that opens a list of names rather than a field's value: "phối hợp với các Bộ: Tài
# chính, Xây dựng", "các Sở: Nội vụ, Tư pháp".
LIST_OPENING_LABEL = re.compile(r"\bcác\s+\w+$", re.IGNORECASE)
# A plural's list running up to the comma before a label: "các cơ quan, đơn vị: ..." names the
# units a request goes to, not a field.
PLURAL_LIST_BEFORE = re.compile(r"\bcác\s+[^,;.:()\n]+(?:,\s*[^,;.:()\n]+)*$", re.IGNORECASE)
# Labels of a meeting's notice ("Thời gian: 8h00 ... Địa điểm: ... Thành phần: ..."): its
# "Chủ trì" is who chairs it, not who must do a task.
MEETING_LABELS = frozenset({"dia diem", "thanh phan", "thanh phan tham du", "thanh phan moi"})
OTHER_LABELS = NOTE_HEADERS | MEETING_LABELS
PERSON_VALUE = re.compile(
    r"^(?:các\s+)?(?:đồng chí|đ/c|ông|bà|(?:phó\s+)?chủ tịch|bí thư|(?:phó\s+)?giám đốc"
    r"|lãnh đạo)\b",
    re.IGNORECASE,
)
# A person by title alone in a lead field, the way a body's own plan gives each task to one of
# its leaders: "Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực ...".
TITLED_LEADER = re.compile(
    r"^(?:đồng chí|đ/c)\s+(?P<title>(?:phó\s+)?(?:chủ tịch|bí thư|trưởng ban|trưởng phòng"
    r"|giám đốc|chánh văn phòng)\b[^,;(]*?)\s*(?:[,;(]|[-–]\s*phụ trách|$)",
    re.IGNORECASE,
)


# A line's opening before its first field that is only the task's number: "1. Nội dung: ...".
ITEM_LABEL_ALONE = re.compile(
    r"\s*(?:(?:[IVX]{1,5}|\d{1,3}(?:\.\d{1,3})*|[a-zđ]|\(\d{1,3}\))[.)/\-–]?)?\s*"
)
ROMAN_LABEL = re.compile(r"\s*[IVX]{1,5}[.\-–]\s")
# The fields a task has once: another of them opens the next task.
TASK_FIELDS = frozenset({"content", "lead", "time"})


def _section_heading(line: str) -> bool:
    """Whether a line is a section's heading: Roman-numbered ("II. Nội dung thực hiện") or in
    capitals ("NỘI DUNG, THỜI GIAN THỰC HIỆN")."""
    return bool(ROMAN_LABEL.match(line)) or (
        any(c.isalpha() for c in line) and line == line.upper())


UNITS_THEN_TIME = re.compile(
    r"\s*;\s*(?=(?:hoàn thành|xong|trước|chậm nhất|thời hạn|thời gian hoàn thành)\b)",
    re.IGNORECASE)


def _labelled_fields(line: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before a line's first field label, and its (field, value) pairs: lead,
    support, time, content or note. No field at all (a rendered table row has none): the
    whole line and an empty list."""
    if ":" not in line or FIELD_SEPARATOR in line:
        return line, []
    labels = []
    for match in FIELD_LABEL.finditer(line):
        label = fold_words(match["label"])
        field = header_field(match["label"])
        if field in ("number", None) and label not in OTHER_LABELS:
            continue
        if LIST_OPENING_LABEL.search(match["label"]) or (
                line[: match.start()].endswith(",") and PLURAL_LIST_BEFORE.search(
                    line, 0, match.start() - 1)):
            continue  # "đề nghị các cơ quan, đơn vị: căn cứ ...": the list's last noun
        labels.append((match, field or ("meeting" if label in MEETING_LABELS else "note")))
    if not labels:
        return line, []
    fields = []
    for k, (match, field) in enumerate(labels):
        end = labels[k + 1][0].start() if k + 1 < len(labels) else len(line)
        value = line[match.end() : end].strip(" \t.;,")
        if fold_words(match["label"]) == "chu tri" and PERSON_VALUE.match(value):
            field = "meeting"  # "Chủ trì: đồng chí Phó Chủ tịch UBND xã": who chairs it
        if field in ("lead", "support") and (time := UNITS_THEN_TIME.search(value)):
            # "Cơ quan chuẩn bị: X chủ trì, phối hợp với Y; hoàn thành trước ngày D để ...": the
            # units, then the time they have
            fields += [(field, value[: time.start()]), ("time", value[time.end() :])]
            continue
        fields.append((field, value))
    return line[: labels[0][0].start()], fields


def _field_row(item: str, fields: list[tuple[str, str]]) -> str | None:
    """An item and its labelled fields as a rendered table row; None unless a unit leads it."""
    values: dict[str, list[str]] = {}
    for field, value in fields:
        if value:
            values.setdefault(field, []).append(value)
    leads = [(v, TITLED_LEADER.match(v)) for v in values.get("lead", [])]
    if not leads or "meeting" in values or any(
            PERSON_VALUE.match(v) and not leader for v, leader in leads):
        return None
    values["lead"] = [leader["title"] if leader else v for v, leader in leads]
    line = " ".join([item.rstrip(" \t:"), *values.get("content", [])]).strip()
    return with_fields(line, {name: "; ".join(listed) for name, listed in values.items()})


# A field's label alone on its numbered line, its values listed under it: "2. Cơ quan chủ trì",
# "a) Cơ quan phối hợp:", "2. Cơ quan chủ trì, phối hợp" (over its two parts).
FIELD_LABEL_ALONE = re.compile(
    r"\s*(?P<mark>(?:\d{1,3}|[a-zđ])[.)]\s*)(?P<label>(?:(?:cơ quan|đơn vị|bộ phận)\s+)?"
    r"(?:chủ trì|phối hợp|thực hiện)(?:\s*(?:,|và)\s*(?:phối hợp|thực hiện))?"
    r"(?:\s+thực hiện)?)\s*:?\s*$",
    re.IGNORECASE,
)
# A field's label with its value on the line: "b) Đơn vị thực hiện: Các Đội chuyên trách".
FIELD_LABEL_VALUED = re.compile(
    r"\s*(?:\d{1,3}|[a-zđ])[.)]\s*(?P<label>[^\W\d_][^:;.\n]{1,40}?)\s*:\s*(?P<value>\S.*)$")
def _listed_values(lines: list[str], i: int) -> tuple[list[str], int]:
    """The values listed from line ``i`` on, one per list-marked line, and the line after."""
    values: list[str] = []
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("(") and line.rstrip(".;").endswith(")") and values:
            i += 1  # a note in brackets under the list ("(Văn phòng Ban Chỉ đạo ... )")
            continue
        mark = LIST_MARK.match(line)
        if not mark and (values or not line or OUTLINE_MARKER.match(line) or line.endswith(":")):
            break  # unmarked, only the label's one value line ("b) Cơ quan phối hợp" / "Mặt ...")
        values.append(line[mark.end() if mark else 0 :].strip(" \t.;"))
        i += 1
    return values, i


def _listed_field(lines: list[str], i: int) -> tuple[str, str, str, int] | None:
    """The label, field and values of the field at line ``i`` whose values are listed under it
    (or written after its colon), and the line after it."""
    if valued := FIELD_LABEL_VALUED.match(lines[i]):
        field = header_field(valued["label"])
        if field is None:
            return None
        return valued["label"], field, valued["value"].strip(" \t.;"), i + 1
    alone = FIELD_LABEL_ALONE.match(lines[i])  # a lead's or a supporters' label, by its words
    if alone is None:
        return None
    values, after = _listed_values(lines, i + 1)
    if not values:
        return None
    return alone["label"], header_field(alone["label"]) or "", "; ".join(values), after


def _fold_listed_fields(lines: list[str]) -> list[str]:
    """Lines with each field whose values are listed under its label on one line ("2. Cơ quan
    chủ trì" / "- Ban Chỉ đạo quốc gia." / "- Bộ Quốc phòng." is "2. Cơ quan chủ trì: Ban Chỉ
    đạo quốc gia; Bộ Quốc phòng"), and a heading over the parts of such fields ("2. Cơ quan chủ
    trì, phối hợp" / "a) Cơ quan chủ trì" / ... / "b) Cơ quan phối hợp" / ...) one line of them
    under its own number."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        alone = FIELD_LABEL_ALONE.match(lines[i])
        if alone and i + 1 < len(lines) and not LIST_MARK.match(lines[i + 1].lstrip()):
            parts, j = [], i + 1
            while j < len(lines) and (part := _listed_field(lines, j)):
                parts.append(part)
                j = part[3]
            if any(field == "lead" for _, field, _, _ in parts):
                labelled = ". ".join(f"{label}: {values}" for label, _, values, _ in parts)
                out.append(f"{alone['mark']}{labelled}.")
                i = j
                continue
        if alone and (part := _listed_field(lines, i)) and part[3] > i + 1:
            out.append(f"{alone['mark']}{part[0]}: {part[2]}.")
            i = part[3]
            continue
        out.append(lines[i])
        i += 1
    return out


def labelled_field_lines(text: str) -> str:
    """Text with each task whose fields are written as labelled lines under it (a plan with no
    table: "1. Xây dựng ...", "- Cơ quan chủ trì: Công an tỉnh.", "- Cơ quan phối hợp: ...",
    "- Thời gian hoàn thành: Quý II/2025.") rendered on one line as a table row is, and so
    each labelled sentence after a task's own ("Rà soát hạ tầng. Đơn vị thực hiện: Sở X.
    Thời hạn: 15/8/2025.")."""
    lines = _fold_listed_fields(text.split("\n"))
    out: list[str] = []
    i = 0
    while i < len(lines):
        row, after = _task_of_fields(lines, i)
        out.append(row if row is not None else lines[i])
        i = after if row is not None else i + 1
    return "\n".join(out)


def _task_of_fields(lines: list[str], i: int) -> tuple[str | None, int]:
    """The row of the task whose labelled fields start on line ``i``, and the line after them;
    None when no unit leads a task there.

    The task is its item and the field lines under it, or its fields alone, its content among
    them ("- Nội dung: ...", "- Đơn vị chủ trì: ...", "- Thời gian: ...", in any order, or its
    parts numbered: "1. Tên nhiệm vụ: ...", "2. Cơ quan chủ trì: ..."); a field met again opens
    the next task. A section's heading over tasks written as fields is no task's text."""
    item, fields = _labelled_fields(lines[i])
    j = i + 1
    fields_alone = bool(fields) and ITEM_LABEL_ALONE.fullmatch(item) is not None
    numbered_alone = fields_alone and bool(item.strip())
    if fields_alone and not item.strip() and (mark := LIST_MARK.match(lines[i].lstrip())):
        item = mark.group()  # the task's own list mark
    named = {field for field, _ in fields}
    heads_tasks = _section_heading(lines[i]) and j < len(lines) and any(
        field == "content" for field, _ in _labelled_fields(lines[j])[1])
    gathers = fields_alone or not (fields or heads_tasks)
    while gathers and j < len(lines):
        prefix, more = _labelled_fields(lines[j])
        numbered = fields_alone and ITEM_LABEL_ALONE.fullmatch(prefix) is not None
        if not more or (prefix.strip() and not numbered) or (
                named & {field for field, _ in more} & TASK_FIELDS):
            break
        fields += more
        named |= {field for field, _ in more}
        j += 1
    if not item.strip() or FIELD_SEPARATOR in item or (
            fields_alone and not numbered_alone and "content" not in named):
        return None, i + 1
    return _field_row(item, fields), j
