"""Lay out the words Tesseract read on a page: plain text in its reading order, tables by cell.

Tesseract reads a table row by row across its columns, so the cells of one row come out mixed
on one line. From the word boxes of its TSV output (`image_to_data`) a table is found again:

1. Words are grouped into visual lines by their vertical middle; a line is cut into segments
   where a gap wider than `GAP_RATIO` word heights opens, or at a ruling read as "|".
2. A run of lines with two segments or more, close together, is a table candidate. Its column
   gaps are the x ranges that (almost) none of those lines' segments cover (an x-projection);
   a candidate with at least `MIN_COLUMNS` columns, filled on at least `MIN_FULL_LINES` lines,
   is a table. The lines just above and below that fit inside its columns belong to it too.
3. A line whose only segment crosses a column gap spans the table (a section heading). Rows
   begin at such a line and, when the first column holds row numbers, where it has a word
   (the header is everything above the first numbered row); otherwise where the vertical gap
   between lines is wider than between the lines of a cell.
4. Each cell's lines go into the same `Grid` the Word and PDF tables make, and
   `tables.grid_lines` renders it (contract rows when the header names the columns).

Words outside tables keep Tesseract's reading order, a line per OCR line and a blank line
between paragraphs; a page without a table reads exactly as before. Everything here is pure.

What word boxes cannot show: the rulings. A cell merged over two rows shows its text once, so
the second row has that cell empty.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from jobs.ingest.tables import LIST_MARK, Grid, GridCell, TableState, grid_lines

# A ruling read as a word, or stuck to one ("|Cơ", "9|").
RULE_CHARS = "|¦"
# A gap between words wider than this many word heights separates two cells.
GAP_RATIO = 1.0
# A column gap is at least this many word heights wide.
MIN_GAP_RATIO = 0.5
# Two words belong to one visual line when their middles are this many word heights apart, or less.
LINE_RATIO = 0.5
# Lines of one table are at most this many word heights apart (blank space between them).
TABLE_LEADING_RATIO = 1.2
# A table candidate keeps going over this many single-segment lines (a long cell wrapping).
MAX_SINGLE_RUN = 8
MIN_COLUMNS = 3
MIN_FULL_LINES = 2
# A share of a candidate's lines may cover a column gap (a header cell, a stray speck).
GAP_TOLERANCE = 0.1
# Without a number column, a row begins where the space above a line is this much the usual.
ROW_GAP_RATIO = 1.4
ROW_NUMBER = re.compile(r"\d|[IVXLC]+\.")
NUMBER_WIDTH = 5  # the characters of a row number cell ("12.3.")
NUMBER_PREFIX = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
# A line ending further than its next word's width and this many word heights from the
# column's edge was not wrapped: its paragraph ends there.
SPACE_RATIO = 0.5


@dataclass(frozen=True)
class WordBox:
    """A word Tesseract read, with its box (pixels) and its place in Tesseract's reading."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    block: int = 1
    par: int = 1
    line: int = 1

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def middle(self) -> float:
        return self.top + self.height / 2

    @property
    def centre(self) -> float:
        return self.left + self.width / 2

    @property
    def is_rule(self) -> bool:
        return not self.text.strip(RULE_CHARS)

    @property
    def cell_text(self) -> str:
        return self.text.strip(RULE_CHARS)


def words_from_tsv(data: dict[str, list[Any]]) -> list[WordBox]:
    """The words of `pytesseract.image_to_data(..., output_type=DICT)`, empty boxes aside."""
    words = []
    for index, text in enumerate(data["text"]):
        confidence = float(data["conf"][index])
        if confidence < 0 or not str(text).strip():
            continue
        words.append(WordBox(
            str(text).strip(), int(data["left"][index]), int(data["top"][index]),
            int(data["width"][index]), int(data["height"][index]), confidence,
            int(data["block_num"][index]), int(data["par_num"][index]),
            int(data["line_num"][index]),
        ))
    return words


def reading_text(words: Iterable[WordBox]) -> str:
    """Words in Tesseract's order: a line per OCR line, a blank line between paragraphs."""
    lines: list[str] = []
    current: list[str] = []
    key = paragraph = None
    for word in words:
        line_key = (word.block, word.par, word.line)
        if line_key != key:
            if current:
                lines.append(" ".join(current))
            if paragraph is not None and line_key[:2] != paragraph:
                lines.append("")
            current, key, paragraph = [], line_key, line_key[:2]
        current.append(word.text)
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines)


# --- tables -------------------------------------------------------------------------------------


@dataclass
class Line:
    """A visual line: its words left to right (rulings included) cut into segments."""

    words: list[WordBox]
    segments: list[list[WordBox]]

    @property
    def top(self) -> int:
        return min(word.top for word in self.words)

    @property
    def bottom(self) -> int:
        return max(word.bottom for word in self.words)


@dataclass
class Table:
    """A table found on a page: its lines, its column gaps, and its grid."""

    lines: list[Line]
    gaps: list[tuple[float, float]]
    grid: Grid
    height: float  # the page's word height

    @property
    def top(self) -> int:
        return self.lines[0].top

    @property
    def bottom(self) -> int:
        return max(line.bottom for line in self.lines)

    @property
    def words(self) -> set[WordBox]:
        return {word for line in self.lines for word in line.words}


def word_height(words: list[WordBox]) -> float:
    """The median height of the page's words (rulings aside)."""
    heights = [word.height for word in words if not word.is_rule]
    return float(statistics.median(heights)) if heights else 0.0


def visual_lines(words: list[WordBox], height: float) -> list[Line]:
    """The page's words grouped into lines by their vertical middle, top to bottom."""
    groups: list[list[WordBox]] = []
    for word in sorted(words, key=lambda w: w.middle):
        if groups:
            middle = statistics.fmean(w.middle for w in groups[-1])
            if abs(word.middle - middle) <= LINE_RATIO * height:
                groups[-1].append(word)
                continue
        groups.append([word])
    lines = []
    for group in groups:
        group.sort(key=lambda w: w.left)
        lines.append(Line(group, segments_of(group, height)))
    return lines


def segments_of(words: list[WordBox], height: float) -> list[list[WordBox]]:
    """A line's words cut where a wide gap opens or a ruling stands (rulings dropped)."""
    segments: list[list[WordBox]] = []
    cut = True
    for word in words:
        if word.is_rule:
            cut = True
            continue
        wide = bool(segments) and word.left - segments[-1][-1].right > GAP_RATIO * height
        if cut or wide or word.text.startswith(tuple(RULE_CHARS)):
            segments.append([])
        segments[-1].append(word)
        cut = word.text.endswith(tuple(RULE_CHARS))
    return segments


def column_gaps(lines: list[Line], height: float) -> list[tuple[float, float]]:
    """The x ranges between columns: covered by the segments of almost none of `lines`."""
    tolerance = int(GAP_TOLERANCE * len(lines))
    events: list[tuple[float, int]] = []
    for line in lines:
        for segment in line.segments:
            events += [(segment[0].left, 1), (segment[-1].right, -1)]
    events.sort()
    gaps = []
    depth, opened = 0, None
    for x, step in events:
        depth += step
        if depth <= tolerance and opened is None:
            opened = x
        elif depth > tolerance and opened is not None:
            if x - opened >= MIN_GAP_RATIO * height:
                gaps.append((opened, x))
            opened = None
    return gaps


def column_of(x: float, gaps: list[tuple[float, float]]) -> int:
    """The column a position lies in."""
    return sum(1 for start, end in gaps if x > (start + end) / 2)


def crosses(segment: list[WordBox], gaps: list[tuple[float, float]]) -> bool:
    """Tell whether a segment runs over a column gap."""
    return any(segment[0].left < start and segment[-1].right > end for start, end in gaps)


def fits(line: Line, gaps: list[tuple[float, float]]) -> bool:
    """Tell whether a line's segments each stay inside one column."""
    return not any(crosses(segment, gaps) for segment in line.segments)


def spans(line: Line, gaps: list[tuple[float, float]]) -> bool:
    """Tell whether a line is one segment running over column gaps: a heading across the table."""
    return len(line.segments) == 1 and crosses(line.segments[0], gaps)


def candidates(lines: list[Line], height: float) -> Iterable[tuple[int, int]]:
    """(first, last) indexes of runs of lines with several segments, close together."""
    start = last_multi = None
    for index, line in enumerate(lines):
        close = index > 0 and line.top - lines[index - 1].bottom <= TABLE_LEADING_RATIO * height
        if start is not None and (not close or index - last_multi > MAX_SINGLE_RUN):
            yield start, last_multi
            start = None
        if len(line.segments) >= 2:
            if start is None:
                start = index
            last_multi = index
    if start is not None:
        yield start, last_multi


def table_at(lines: list[Line], first: int, last: int, height: float) -> Table | None:
    """The table lines[first..last] hold, grown by the fitting lines around it; None if none."""
    multi = [line for line in lines[first : last + 1] if len(line.segments) >= 2]
    gaps = column_gaps(multi, height)
    full = sum(
        1 for line in multi
        if len({column_of(word.centre, gaps) for word in line.words if not word.is_rule})
        >= MIN_COLUMNS
    )
    if len(gaps) + 1 < MIN_COLUMNS or full < MIN_FULL_LINES:
        return None

    def near(upper: Line, lower: Line) -> bool:
        return lower.top - upper.bottom <= TABLE_LEADING_RATIO * height

    while first > 0 and fits(lines[first - 1], gaps) and near(lines[first - 1], lines[first]):
        first -= 1
    while last + 1 < len(lines) and fits(lines[last + 1], gaps) and near(lines[last],
                                                                          lines[last + 1]):
        last += 1
    chosen = lines[first : last + 1]
    return Table(chosen, gaps, table_grid(chosen, gaps, height), height)


def find_tables(words: list[WordBox]) -> list[Table]:
    """The tables on a page, top to bottom."""
    height = word_height(words)
    if not height:
        return []
    lines = visual_lines(words, height)
    tables: list[Table] = []
    for first, last in candidates(lines, height):
        if tables and lines[first].top < tables[-1].bottom:
            continue  # already grown into the table above
        table = table_at(lines, first, last, height)
        if table is not None:
            tables.append(table)
    return tables


def cells_of(line: Line, gaps: list[tuple[float, float]]) -> dict[int, list[WordBox]]:
    """A line's words by column."""
    cells: dict[int, list[WordBox]] = {}
    for word in line.words:
        if not word.is_rule:
            cells.setdefault(column_of(word.centre, gaps), []).append(word)
    return cells


def first_column_texts(lines: list[Line], gaps: list[tuple[float, float]]) -> list[str]:
    """Each line's text in the first column ("" for a line spanning the table)."""
    return [
        "" if spans(line, gaps)
        else " ".join(w.cell_text for w in cells_of(line, gaps).get(0, []))
        for line in lines
    ]


def has_number_column(firsts: list[str]) -> bool:
    """Tell whether the first column holds row numbers: short cells, some of them numbers."""
    filled = [text for text in firsts if any(char.isalnum() for char in text)]
    return all(len(text) <= NUMBER_WIDTH for text in filled) and any(
        ROW_NUMBER.match(text) for text in filled
    )


def row_starts(lines: list[Line], gaps: list[tuple[float, float]], numbered: bool) -> list[int]:
    """The indexes of the lines that begin a row (the first line always does)."""
    spanning = [spans(line, gaps) for line in lines]
    if numbered:
        # A speck read in the number column is no row number; the header is everything above
        # the first numbered row (its "STT" may wrap to a second line).
        texts = first_column_texts(lines, gaps)
        opener = next(
            (i for i, text in enumerate(texts) if spanning[i] or ROW_NUMBER.match(text)),
            len(lines),
        )
        starts = {0, opener} | {
            i for i in range(opener, len(lines))
            if spanning[i] or any(char.isalnum() for char in texts[i])
        }
    else:
        leading = [below.top - above.bottom for above, below in pairwise(lines)]
        usual = statistics.median(leading) if leading else 0
        starts = {0} | {
            i + 1 for i, space in enumerate(leading) if space > ROW_GAP_RATIO * max(usual, 1)
        } | {i for i, flag in enumerate(spanning) if flag}
    starts |= {i + 1 for i, flag in enumerate(spanning) if flag}
    return sorted(start for start in starts if start < len(lines))


def table_grid(lines: list[Line], gaps: list[tuple[float, float]], height: float) -> Grid:
    """The table's grid: a row per row found, a cell per column (a spanning line one cell)."""
    columns = len(gaps) + 1
    rights: dict[int, int] = {}
    for line in lines:
        if not spans(line, gaps):
            for column, words in cells_of(line, gaps).items():
                rights[column] = max(rights.get(column, 0), words[-1].right)
    numbered = has_number_column(first_column_texts(lines, gaps))
    starts = row_starts(lines, gaps, numbered)
    grid: Grid = []
    for number, (begin, end) in enumerate(pairwise([*starts, len(lines)])):
        rows = lines[begin:end]
        if len(rows) == 1 and spans(rows[0], gaps):
            text = " ".join(word.cell_text for word in rows[0].segments[0])
            grid.append([GridCell([text], ("span", number))] * columns)
            continue
        row = [
            GridCell(cell_lines(rows, gaps, column, rights.get(column, 0), height),
                     (number, column))
            for column in range(columns)
        ]
        if numbered and (found := NUMBER_PREFIX.match(row[0].text)):
            row[0].lines = [found.group()]  # "4-_" read for "4", a ruling's speck after it
        grid.append(row)
    return grid


def cell_lines(
    rows: list[Line], gaps: list[tuple[float, float]], column: int, right: int, height: float
) -> list[str]:
    """A cell's paragraphs, as `reading.pdf_cell_lines` makes them: a line that ends short of
    the column's edge (the next word would have fitted) ends its paragraph, a wrapped one is
    joined to the next; a number or date broken at the edge ("10/12/20" / "25") is joined
    without a space."""
    paragraphs: list[str] = []
    previous: list[WordBox] = []
    for row in rows:
        words = [word for word in cells_of(row, gaps).get(column, []) if word.cell_text]
        if not words:
            continue
        text = " ".join(word.cell_text for word in words)
        room = right - previous[-1].right if previous else 0
        if not previous or room > words[0].width + SPACE_RATIO * height or LIST_MARK.match(text):
            paragraphs.append(text)
        elif len(previous) == 1 and not previous[-1].text[-1].isalpha() and text[0].isdigit():
            paragraphs[-1] += text
        else:
            paragraphs[-1] += f" {text}"
        previous = words
    return paragraphs


@dataclass
class RunOn:
    """A table that ends its page: its state and its columns, for the next page's rows."""

    state: TableState
    gaps: list[tuple[float, float]]


def continued(table: Table, run_on: RunOn | None) -> Table:
    """The table in the columns of the one it continues, when a column of it is empty here (its
    gaps are some of the previous page's)."""
    if run_on is None or len(table.gaps) + 1 >= run_on.state.columns:
        return table
    if not all(any(a < end and start < b for a, b in run_on.gaps) for start, end in table.gaps):
        return table
    grid = table_grid(table.lines, run_on.gaps, table.height)
    return Table(table.lines, run_on.gaps, grid, table.height)


def page_text(words: list[WordBox], run_on: RunOn | None = None) -> tuple[str, RunOn | None]:
    """A page's text with its tables laid out by cell, and the table that runs on to the next
    page (`run_on` is the one the previous page's table left)."""
    tables = find_tables(words)
    if not tables:
        return reading_text(words), None
    tables[0] = continued(tables[0], run_on)
    in_table = set().union(*(table.words for table in tables))
    slots: list[list[WordBox]] = [[] for _ in range(len(tables) + 1)]
    paragraph_slot: dict[tuple[int, int], int] = {}
    for word in words:
        if word in in_table:
            continue
        key = (word.block, word.par)
        if key not in paragraph_slot:
            paragraph_slot[key] = sum(1 for table in tables if table.top < word.top)
        slots[paragraph_slot[key]].append(word)
    pieces = [reading_text(slots[0])]
    state = run_on.state if run_on else None
    for number, table in enumerate(tables):
        lines, state = grid_lines(table.grid, state if number == 0 else None)
        pieces += ["\n\n".join(lines), reading_text(slots[number + 1])]
    text = "\n\n".join(piece for piece in pieces if piece)
    if slots[-1] or state is None:
        return text, None  # text follows the last table: it does not run on
    return text, RunOn(state, tables[-1].gaps)


def pages_text(pages: list[list[WordBox]]) -> list[str]:
    """Each page's text, a table laid by column carrying on across page breaks."""
    texts = []
    run_on: RunOn | None = None
    for words in pages:
        text, run_on = page_text(words, run_on)
        texts.append(text)
    return texts
