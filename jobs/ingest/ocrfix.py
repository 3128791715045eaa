"""Repair the habits of OCR (Tesseract `vie`) in the text of a scanned directive.

These steps run on OCR output only, before `jobs.ingest.textfix.repair_text`, which then treats
the text like any other raw text. Each is a small pure function:

1. `fix_eth`: "Ð"/"ð" (Icelandic eth, U+00D0/U+00F0) read for "Đ"/"đ" (U+0110/U+0111).
2. `fix_bullets`: a dash bullet read as "®", "«", "©", "•", "e" or "o" at the start of a line
   becomes "- ".
3. `split_national_heading`: the two-column heading (issuing body on the left; "CỘNG HÒA XÃ HỘI
   CHỦ NGHĨA VIỆT NAM", the motto and the place and date on the right) read line by line
   across both columns is put back as the left column, then the right column.
4. `join_hyphenated`: a word or code broken at a line end after a hyphen ("VH-" / "XH") is
   joined without a space ("VH-XH"); a dash standing apart ("kinh tế -") is left alone.
5. `join_paragraph_lines`: the lines of one Tesseract paragraph (the OCR text puts a blank line
   between paragraphs) become one line, except where a line opens an outline item or is a page
   number. Without this, a justified line ending in "." before a capital would split a paragraph.
6. `split_glued_abbreviations`: a capitals abbreviation glued to the word after it, its space
   lost ("UBNDxã"), gets its space back ("UBND xã").
7. `drop_running_lines` (on the list of pages, first): header and footer lines repeated on most
   pages (digits aside, so "Trang 2/7" and "Trang 3/7" are the same line) are removed.

`split_national_heading` puts a blank line after each heading line so that step 5 leaves them
apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from jobs.ingest.textfix import (
    MOTTO,
    NATIONAL_NAME,
    is_all_caps_heading,
    is_page_number,
    starts_outline_item,
)

ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})

# What a "-" or "•" bullet is often read as, alone at the start of a line before a capital.
BULLET_MISREAD = re.compile(r"^([ \t]*)(?:[®«©•°¢»*]|e|o)[ \t]+(?=\w)", re.MULTILINE)
# A dash bullet with a speck read as punctuation after it: "-.Trung tâm", "- ,Phòng".
BULLET_SPECK = re.compile(r"^([ \t]*)[-–][ \t]*[.,·'`][ \t]*(?=\w)", re.MULTILINE)

# "Văn Lãng, ngày 25 tháng 10 năm 2022": a place of one to five capitalised words, then the date.
DATE_AFTER_PLACE = re.compile(r"\s*,\s*ngày\s+[\d.…]+\s+tháng\b")
PLACE_WORDS = 5
# The left column's "Số: 12/TB-UBND": after it, the place and date begin.
NUMBER_CODE = re.compile(r"\s*Số\s*[:.]?\s*\S+\s+")
# The heading sits in the first lines of the first page.
HEADING_ZONE = 12

# Three capitals or more, then a lower-case word: "UBNDxã", "HĐNDhuyện" (never so in Vietnamese).
GLUED_ABBREVIATION = re.compile(r"(?<!\w)([A-ZĐ]{3,})([^\W\d_]{2,})(?!\w)")
HYPHENATED_END = re.compile(r"(?<=[^\W_])-$")
WORD_START = re.compile(r"^[^\W_]")

# Header or footer candidates: this many non-blank lines at the top and bottom of each page.
RUNNING_ZONE = 2
MIN_RUNNING_LETTERS = 3
DIGITS = re.compile(r"\d+")
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def fix_eth(text: str) -> str:
    """Turn the eth OCR reads for "Đ"/"đ" into the Vietnamese letter (Vietnamese has no eth)."""
    return text.translate(ETH)


def bullet_or_keep(found: re.Match[str]) -> str:
    """A misread bullet becomes "- " when a capital or a digit follows it."""
    following = found.string[found.end() : found.end() + 1]
    return f"{found.group(1)}- " if following.isupper() or following.isdigit() else found.group(0)


def fix_bullets(text: str) -> str:
    """Turn a misread bullet ("®", "«", "e", "o", ...) opening a line before a capital into "- "."""
    return BULLET_SPECK.sub(bullet_or_keep, BULLET_MISREAD.sub(bullet_or_keep, text))


def place_date_start(line: str) -> int | None:
    """Where "<Place>, ngày N tháng" starts in a line: after "Số: <code>" if the line opens with
    it, else at the capitalised words before ", ngày"."""
    found = DATE_AFTER_PLACE.search(line)
    if found is None:
        return None
    code = NUMBER_CODE.match(line)
    if code is not None and code.end() <= found.start():
        return code.end()
    words = line[: found.start()].split(" ")
    place = 0
    while place < min(PLACE_WORDS, len(words)) and words[-1 - place][:1].isupper():
        place += 1
        if not words[-place].isalpha():
            break
    if place == 0:
        return None
    return len(" ".join(words[:-place])) + (1 if len(words) > place else 0)


def right_column_start(line: str) -> int | None:
    """Where the right column's part of a heading line starts, or None if it has none."""
    starts = [
        found.start() for pattern in (NATIONAL_NAME, MOTTO) if (found := pattern.search(line))
    ]
    if (place := place_date_start(line)) is not None:
        starts.append(place)
    return min(starts) if starts else None


def split_national_heading(text: str) -> str:
    """Put a national heading read across its two columns back in reading order."""
    lines = text.split("\n")
    zone = lines[:HEADING_ZONE]
    if not any(NATIONAL_NAME.search(line) or MOTTO.search(line) for line in zone):
        return text
    # The heading ends with its place-and-date line, or with the motto when the date is missing.
    last = max(
        (i for i, line in enumerate(zone) if place_date_start(line) is not None),
        default=max(i for i, line in enumerate(zone) if NATIONAL_NAME.search(line)
                    or MOTTO.search(line)),
    )
    left: list[str] = []
    right: list[str] = []
    for line in lines[: last + 1]:
        start = right_column_start(line)
        if start is None:
            left.append(line)
            continue
        if line[:start].strip():
            left.append(line[:start].rstrip())
        right.append(line[start:].strip())
    heading = [line for line in (*left, *right) if line.strip()]
    return "\n\n".join([*heading, "\n".join(lines[last + 1 :])])


def split_glued_abbreviations(text: str) -> str:
    """Put back the space OCR lost between a capitals abbreviation and a lower-case word."""

    def split(found: re.Match[str]) -> str:
        rest = found.group(2)
        return f"{found.group(1)} {rest}" if rest.islower() else found.group(0)

    return GLUED_ABBREVIATION.sub(split, text)


def join_hyphenated(text: str) -> str:
    """Join a word or code broken after a hyphen at a line end ("VH-" / "XH" -> "VH-XH")."""
    lines = text.split("\n")
    joined: list[str] = []
    for line in lines:
        previous = joined[-1].rstrip() if joined else ""
        if HYPHENATED_END.search(previous) and WORD_START.match(line.lstrip()):
            joined[-1] = previous + line.lstrip()
        else:
            joined.append(line)
    return "\n".join(joined)


def join_paragraph_lines(text: str) -> str:
    """Join the lines of each paragraph (paragraphs are separated by blank lines) into one line.

    A line that opens an outline item ("1.", "- ", a capitals heading...) or is only a page number
    starts a new line; a page number or a capitals heading also ends its line.
    """
    out: list[str] = []
    for paragraph in PARAGRAPH_BREAK.split(text):
        joined: list[str] = []
        for line in paragraph.split("\n"):
            line = line.strip()
            if not line:
                continue
            alone = is_page_number(line) or starts_outline_item(line)
            after_heading = bool(joined) and (
                is_page_number(joined[-1]) or is_all_caps_heading(joined[-1])
            )
            if joined and not alone and not after_heading:
                joined[-1] = f"{joined[-1]} {line}"
            else:
                joined.append(line)
        if joined:
            out.append("\n".join(joined))
    return "\n\n".join(out)


def line_key(line: str) -> str:
    """A header/footer line's identity: casefolded, digits and spacing aside."""
    return " ".join(DIGITS.sub("#", line.casefold()).split())


def edge_lines(page: str) -> dict[int, tuple[str, str]]:
    """A page's first and last few non-blank lines: index -> ("top" or "bottom", line key)."""
    indexed = [(i, line) for i, line in enumerate(page.split("\n")) if line.strip()]
    edges = {i: ("bottom", line_key(line)) for i, line in indexed[-RUNNING_ZONE:]}
    edges.update({i: ("top", line_key(line)) for i, line in indexed[:RUNNING_ZONE]})
    return edges


def drop_running_lines(pages: list[str]) -> list[str]:
    """Remove header (footer) lines found at the top (bottom) of most pages, at least two."""
    if len(pages) < 2:
        return pages
    edges = [edge_lines(page) for page in pages]
    seen = Counter(edge for page in edges for edge in set(page.values()))
    needed = max(2, (len(pages) + 1) // 2)
    running = {
        edge for edge, count in seen.items()
        if count >= needed and sum(char.isalpha() for char in edge[1]) >= MIN_RUNNING_LETTERS
    }
    return [
        "\n".join(
            line for i, line in enumerate(page.split("\n")) if page_edges.get(i) not in running
        )
        for page, page_edges in zip(pages, edges, strict=True)
    ]


STEPS: tuple[Callable[[str], str], ...] = (
    fix_eth,
    fix_bullets,
    split_national_heading,
    split_glued_abbreviations,
    join_hyphenated,
    join_paragraph_lines,
)


def repair_ocr_pages(pages: list[str]) -> str:
    """Repair the OCR text of a document's pages and join them into one raw text."""
    text = "\n\n".join(drop_running_lines(pages))
    for step in STEPS:
        text = step(text)
    return text
