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
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from jobs.ingest.fold import fold_words
from jobs.ingest.textfix import strip_markdown_line

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


FIELD_LABELS = {"lead": "Chủ trì", "support": "Phối hợp", "time": "Thời hạn"}
FIELD_SEPARATOR = " ‖ "
NUMBER_HEADER = re.compile(r"s ?t ?t|t ?t|so tt|so thu tu")
LEAD_HEADER = re.compile(r"\b(don vi|co quan|nguoi|bo phan|trach nhiem)\b.*\bthuc hien\b")
# "Đơn vị phụ trách", "Cơ quan tham mưu, soạn thảo", "Đơn vị đầu mối": a body's column is the
# lead's; a person's ("Lãnh đạo phụ trách", "Người phụ trách") is not.
ASSIGNED_BODY_HEADER = re.compile(
    r"\b(don vi|co quan|bo phan)\b.*\b(phu trach|tham muu|chuan bi|soan thao|duoc giao"
    r"|chiu trach nhiem|dau moi)\b"
)
ROW_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?")
SECTION_NUMBER = re.compile(r"[IVXLC]{1,6}|[A-ZĐ]")
OUTLINE_MARKER = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s|[a-zđ]\)\s")
COLUMN_INDEX = re.compile(r"\(?\d{1,2}\)?")
LIST_MARK = re.compile(r"^[-+•–·▪●\uf0a7\uf0b7\uf076\uf0d8]\s*")
HEADER_SEARCH_ROWS = 3


def header_field(text: str) -> str | None:
    """The field a table header cell names: content, lead, support, time or number."""
    folded = fold_words(text)
    if not folded:
        return None
    if NUMBER_HEADER.fullmatch(folded):
        return "number"
    if "chu tri" in folded:
        return "lead"
    if "phoi hop" in folded or "tham gia" in folded:
        return "support"
    if any(word in folded for word in ("thoi gian", "thoi han", "tien do", "han hoan thanh",
                                       "thoi diem", "ngay hoan thanh", "han chot", "moc")) or (
        folded in ("han", "ngay", "han nop")
    ):
        return "time"
    if (
        LEAD_HEADER.search(folded)
        or ASSIGNED_BODY_HEADER.search(folded)
        or "phan cong" in folded  # "Phân công thực hiện"
        or folded in ("don vi", "co quan", "trach nhiem", "dau moi", "thuc hien")
    ):
        return "lead"
    if any(word in folded for word in ("noi dung", "nhiem vu", "cong viec", "de an",
                                       "ten van ban")):
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
    """A unit cell's units, one per line or ";"-separated, joined by "; "."""
    units = []
    for line in lines:
        for part in line.split(";"):
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
    "time": join_time,
    "number": join_time,
}


def row_mapping(row: list[GridCell]) -> dict[int, str]:
    """Grid column → field for the cells of a row that name a field."""
    mapping = {}
    for column, cell in enumerate(row):
        name = header_field(cell.text) if not cell.continued else None
        if name:
            mapping[column] = name
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
            if sub and set(sub) == filled:
                mapping.update(sub)
            elif not (len(texts) >= 2 and all(COLUMN_INDEX.fullmatch(text) for text in texts)):
                break
            end += 1
        fields = set(mapping.values())
        if "content" in fields and fields & {"lead", "support", "time"}:
            return start, end, mapping
    return None


@dataclass
class TableState:
    """What a table laid by column carries from row to row (and across PDF pages)."""

    mapping: dict[int, str]
    columns: int
    sections: int = 0
    counter: int = 0


FIELD_PRIORITY = ("content", "lead", "support", "time", "number")


def row_fields(row: list[GridCell], mapping: dict[int, str]) -> dict[str, str]:
    """The row's values by field; a cell merged across columns goes to its first field in
    FIELD_PRIORITY (content before units before time)."""
    fields_of: dict[Hashable, set[str]] = {}
    for column, cell in enumerate(row):
        if column in mapping:
            fields_of.setdefault(cell.key, set()).add(mapping[column])
    lines: dict[str, list[str]] = {}
    for cell in distinct(row):
        names = fields_of.get(cell.key)
        if names:
            name = next(name for name in FIELD_PRIORITY if name in names)
            lines.setdefault(name, []).extend(cell.lines)
    return {name: JOINERS[name](values) for name, values in lines.items()}


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
    state.counter += 1
    number_match = ROW_NUMBER.fullmatch(values.get("number", ""))
    number = number_match.group(1) if number_match else str(state.counter)
    if number.isdigit():  # a row whose number is missing (or misread) follows the one above
        state.counter = int(number)
    line = f"{number}. {values.get('content', '')}".rstrip()
    for name, label in FIELD_LABELS.items():
        if values.get(name):
            line += f"{FIELD_SEPARATOR}{label}: {values[name]}"
    return line


def plain_row(row: list[GridCell]) -> str | None:
    """A row of a table not laid by column: its cells joined by " | "."""
    cells = [cell.text for cell in distinct(row)]
    return " | ".join(cells) if any(cells) else None


def grid_lines(grid: Grid, state: TableState | None = None) -> tuple[list[str], TableState | None]:
    """The lines of a table, and its state when it is laid by column.

    `state` continues a table from the previous PDF page: a page's table with no header of its
    own but the same number of columns keeps that table's columns and counters.
    """
    columns = len(grid[0]) if grid else 0
    header = find_header(grid)
    if header is not None:
        first, start, mapping = header
        if state is None or state.mapping != mapping or state.columns != columns:
            state = TableState(mapping, columns)
    elif state is not None and grid and columns == state.columns:
        first = start = 0
    else:
        return [line for row in grid if (line := plain_row(row))], None
    lines = [line for row in grid[:first] if (line := plain_row(row))]
    lines += [line for row in grid[start:] if (line := render_row(row, state))]
    return lines, state


# --- tables laid one cell per line (text and PDF extractions) ----------------------------------

# Header cells of columns that hold no task field: "Ghi chú", "Sản phẩm", ...
NOTE_HEADERS = frozenset(
    {"ghi chu", "san pham", "du kien san pham", "ket qua", "hinh thuc", "kinh phi",
     "nguon kinh phi", "dia diem", "cap trinh", "hinh thuc van ban"}
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


def _header_run(lines: list[str], start: int) -> LineHeader | None:
    """The header written one cell per line from ``start`` ("STT", "Nội dung", "Đơn vị chủ
    trì", ...), or None: a number column, a content column and one more. A web copy may put
    blank lines between the cells, and a cell's words wrapped onto a line of their own go on
    in lower case ("Đơn vị", "chủ trì")."""
    if len(lines[start]) > 12 or header_field(lines[start]) != "number":
        return None
    fields: list[str] = []
    cells: list[str] = []
    end = start
    for k in range(start, len(lines)):
        line = lines[k]
        if not line:
            continue
        if cells and line[0].islower() and len(line) <= 40:
            joined = f"{cells[-1]} {line}"
            name = header_field(joined)
            if name is None or name in fields[:-1]:
                break
            cells[-1], fields[-1], end = joined, name, k + 1
            continue
        name = header_field(line) if len(line) <= 40 else None
        if name is None and "content" in fields and fold_words(line) in NOTE_HEADERS:
            name = "note"
        if name is None or (name in fields and name != "note"):
            break
        fields.append(name)
        cells.append(line)
        end = k + 1
    wanted = fields[:1] == ["number"] and "content" in fields
    return LineHeader(fields, cells, end) if wanted and set(fields) & {
        "lead", "support", "time"} else None


# A cell's line cut after a word that cannot end it: "Từ ngày 01/4 đến ngày" / "30/4/2015".
DANGLING_END = re.compile(r"(?<!\w)(?:ngày|đến|từ|và|trước|tháng|năm|của|với)$", re.IGNORECASE)


def _row_cells(values: list[str], fields: list[str]) -> dict[str, list[str]]:
    """A row's lines shared out over its columns. A line that goes on in lower case, or after
    one ending in ";", "," or a word that cannot end a cell, stays in the cell before it; a
    time-like last cell is the time; extra cells go to the content (the first column),
    missing ones leave the last unit columns empty."""
    groups: list[list[str]] = []
    for line in values:
        if groups and (line[0].islower() or groups[-1][-1].endswith((";", ","))
                       or DANGLING_END.search(groups[-1][-1])):
            groups[-1].append(line)
        else:
            groups.append([line])
    cells: dict[str, list[str]] = {}
    columns = [f for f in fields if f not in ("number", "note")]
    if "time" in columns:
        columns.remove("time")
        # the time cell, with the note cells after it dropped: "Quý II/2026", "Báo cáo quý"
        for back in range(1, min(fields.count("note") + 1, len(groups) - 1) + 1):
            if TIME_CELL.search(" ".join(groups[-back])):
                cells["time"] = groups[-back]
                groups = groups[:-back]
                break
    spare = max(0, len(groups) - len(columns))
    for k, name in enumerate(columns):
        take = 1 + spare if k == 0 else 1
        if groups:
            cells[name] = [line for group in groups[:take] for line in group]
            groups = groups[take:]
    return cells


def _row_end(lines: list[str], j: int, fields: list[str]) -> int:
    """Where the row whose lines start at ``j`` ends: at the next row number or section mark;
    the table's last row, after its time line (or as many lines as it has columns)."""
    k = j
    while k < len(lines) and not _marks_row(lines[k].strip()):
        k += 1
    if k < len(lines):
        return k
    filled = [n for n in range(j, len(lines)) if lines[n].strip()]
    for count, n in enumerate(filled, start=1):
        if "time" in fields and count >= 2 and TIME_CELL.search(lines[n]):
            return n + 1
    return filled[len(fields) - 2] + 1 if len(filled) >= len(fields) - 1 else len(lines)


# A Markdown pipe table's row ("| 1 | Rà soát | Sở Tư pháp |") and its rule ("|---|:--:|").
PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def pipe_table_lines(text: str) -> str:
    """Text with each Markdown pipe table that names its columns as a task table does read by
    column, as a Word table is; any other pipe table is left as written."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and PIPE_ROW.match(lines[j]):
            j += 1
        rows = [lines[k] for k in range(i, j) if not PIPE_RULE.match(lines[k])]
        if len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        cells = [[strip_markdown_line(cell).strip() for cell in PIPE_ROW.match(row)[1].split("|")]
                 for row in rows]
        width = max(len(row) for row in cells)
        grid: Grid = [
            [GridCell([row[c]] if c < len(row) and row[c] else [], (r, c)) for c in range(width)]
            for r, row in enumerate(cells)
        ]
        rendered, state = grid_lines(grid)
        out.extend(rendered if state is not None else lines[i:j])
        i = j
    return "\n".join(out)


def _marks_row(line: str) -> bool:
    return bool(ROW_NUMBER.fullmatch(line) or SECTION_NUMBER.fullmatch(line.rstrip(".")))


def line_table_lines(text: str) -> str:
    """Text with each table laid one cell per line ("STT", "Nội dung", "Đơn vị chủ trì",
    "Phối hợp", "Thời gian", then "1", its content, its units, its time, "2", ...) rendered by
    column, as a Word table is. A row runs from its number to the next one; a line "I", "II"
    or "A" where a number is due opens a section, its heading on the next line."""
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
        j = header.end
        while j < len(lines):
            mark = lines[j].strip()
            if not mark:
                j += 1
                continue
            if not _marks_row(mark):
                break
            if ROW_NUMBER.fullmatch(mark) is None:  # a section: its mark, then its heading
                title = lines[j + 1].strip() if j + 1 < len(lines) else ""
                heading = f"{mark.rstrip('.')}. {title}"
                grid.append([GridCell([heading], ("section", j)) for _ in fields])
                j += 2
                continue
            end = _row_end(lines, j + 1, fields)
            values = [line.strip() for line in lines[j + 1 : end] if line.strip()]
            cells = _row_cells(values, fields)
            grid.append([
                GridCell([mark] if name == "number" else cells.get(name, []), (j, k))
                for k, name in enumerate(fields)
            ])
            j = end
        out.extend(grid_lines(grid)[0])
        i = j
    return "\n".join(out)


# A label and its colon, where a line (after a list mark) or a sentence of it starts:
# "- Cơ quan chủ trì: ", "; thời gian: ", ", thời gian: ", ". Đơn vị thực hiện: ".
FIELD_LABEL = re.compile(
    r"(?:^[ \t]*(?:[-+•*–·▪●\uf0a7\uf0b7\uf076\uf0d8][ \t]*)?|(?<=[.;,])[ \t]+)"
    r"(?P<label>[^\W\d_][^:;.\n]{1,40}?)[ \t]*:[ \t]*"
)
# Labels of a meeting's notice ("Thời gian: 8h00 ... Địa điểm: ... Thành phần: ..."): its
# "Chủ trì" is who chairs it, not who must do a task.
MEETING_LABELS = frozenset({"dia diem", "thanh phan", "thanh phan tham du", "thanh phan moi"})
OTHER_LABELS = NOTE_HEADERS | MEETING_LABELS
PERSON_VALUE = re.compile(
    r"^(?:các\s+)?(?:đồng chí|đ/c|ông|bà|(?:phó\s+)?chủ tịch|bí thư|(?:phó\s+)?giám đốc"
    r"|lãnh đạo)\b",
    re.IGNORECASE,
)


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
        labels.append((match, field or ("meeting" if label in MEETING_LABELS else "note")))
    if not labels:
        return line, []
    fields = []
    for k, (match, field) in enumerate(labels):
        end = labels[k + 1][0].start() if k + 1 < len(labels) else len(line)
        fields.append((field, line[match.end() : end].strip(" \t.;,")))
    return line[: labels[0][0].start()], fields


def _field_row(item: str, fields: list[tuple[str, str]]) -> str | None:
    """An item and its labelled fields as a rendered table row; None unless a unit leads it."""
    values: dict[str, list[str]] = {}
    for field, value in fields:
        if value:
            values.setdefault(field, []).append(value)
    leads = values.get("lead", [])
    if not leads or "meeting" in values or any(PERSON_VALUE.match(v) for v in leads):
        return None
    line = " ".join([item.rstrip(" \t:"), *values.get("content", [])]).strip()
    for name, label in FIELD_LABELS.items():
        if values.get(name):
            line += f"{FIELD_SEPARATOR}{label}: {'; '.join(values[name])}"
    return line


def labelled_field_lines(text: str) -> str:
    """Text with each task whose fields are written as labelled lines under it (a plan with no
    table: "1. Xây dựng ...", "- Cơ quan chủ trì: Công an tỉnh.", "- Cơ quan phối hợp: ...",
    "- Thời gian hoàn thành: Quý II/2025.") rendered on one line as a table row is, and so
    each labelled sentence after a task's own ("Rà soát hạ tầng. Đơn vị thực hiện: Sở X.
    Thời hạn: 15/8/2025.")."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        item, fields = _labelled_fields(lines[i])
        j = i + 1
        if not fields:
            while j < len(lines):
                prefix, more = _labelled_fields(lines[j])
                if not more or prefix.strip():
                    break
                fields += more
                j += 1
        row = _field_row(item, fields) if item.strip() and FIELD_SEPARATOR not in item else None
        if row is None:
            out.append(lines[i])
            i += 1
            continue
        out.append(row)
        i = j
    return "\n".join(out)
