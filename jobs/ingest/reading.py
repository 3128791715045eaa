"""Read a directive file into raw text, or explain in Vietnamese why not.

Formats: .txt, .md, .html, .docx, .pdf, and .doc, .odt, .rtf through LibreOffice (`soffice`).

The text is returned raw: `jobs.ingest.textfix.repair_text` cleans it up. A .docx paragraph that is
bold throughout comes out as `**text**` (a heading signal), and Word's automatic numbering and
bullets come out as the labels Word shows ("1. ", "a) ", "- "), as if typed.

Tables. A Word or PDF table whose header names its columns (nội dung / chủ trì / phối hợp /
thời gian / STT) is read by column, one line per row, in this contract (U+2016 between fields,
a field left out when its cell is empty or the table has no such column):

    {N}. {content} ‖ Chủ trì: {lead} ‖ Phối hợp: {support} ‖ Thời hạn: {time}

{N} is the row's STT ("1", "1.1") or else a running count within its section; several units in
one cell are joined by "; ". A full-width row, or a row with text in one cell only, is a section
heading on its own line, numbered "I. ", "II. ", ... unless it already carries a marker. A PDF
table drawn without lines is found by the alignment of its text (`borderless_table`). Any
other table keeps one line per row, its cells joined by " | ". Every failure is an
`IngestError` whose message is meant for the user.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.policy
import io
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise, takewhile
from pathlib import Path

import docx
import pdfplumber
import pypdfium2 as pdfium
from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from pdfminer.pdfdocument import PDFEncryptionError

from jobs.config import PdfSettings
from jobs.errors import IngestError
from jobs.ingest import IMAGE_SUFFIXES
from jobs.ingest.tables import (
    FIELD_SEPARATOR,
    LIST_MARK,
    ROW_NUMBER,
    SECTION_NUMBER,
    Grid,
    GridCell,
    TableState,
    distinct,
    grid_lines,
    header_field,
    join_carried_rows,
    nested_rows,
    to_roman,
)
from jobs.ingest.textfix import LETTERS, MOTTO, NATIONAL_NAME, is_page_number, is_syllable

OFFICE_SUFFIXES = (".doc", ".odt", ".rtf")  # read by converting them to .docx with LibreOffice
# A saved web page is read as text; `textfix.strip_html` lays out its markup.
SUPPORTED_SUFFIXES = (
    ".txt", ".md", ".html", ".htm", ".docx", ".pdf", *OFFICE_SUFFIXES, *IMAGE_SUFFIXES
)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Zip-bomb guard for .docx: total unpacked size and per-member compression ratio.
UNZIPPED_FACTOR = 50
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM_BYTES = 1024 * 1024

# The PDF limits files are read with (``jobs.ingest.apply_ocr_settings`` sets the configured).
DEFAULT_PDF_LIMITS = PdfSettings()
# Fewer letters than this per page on average means the PDF is a scan without a text layer.
MIN_LETTERS_PER_PAGE = 30
# Share of control characters above which a .txt/.md file is binary, not text.
MAX_CONTROL_SHARE = 0.01

ZIP_MAGIC = b"PK\x03\x04"
RTF_MAGIC = b"{\\rtf"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF"
HEADING_STYLES = ("Heading", "Title")
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
CID_TOKEN = re.compile(r"\(cid:\d+\)")
VIETNAMESE_LOWER = (
    "abcdefghijklmnopqrstuvwxyzđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
VIETNAMESE_LETTERS = frozenset(VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper())
MIN_VIETNAMESE_SHARE = 0.95
SUPPORTED_LIST = ", ".join(SUPPORTED_SUFFIXES)


def describe_size(size: int) -> str:
    """Format a byte count for a Vietnamese reader: "20 MB", "1,5 KB", "100 byte"."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            number = f"{size / scale:.2f}".rstrip("0").rstrip(".")
            return f"{number.replace('.', ',')} {unit}"
    return f"{size} byte"


def check_suffix(name: str) -> str:
    """Return the file's lower-case suffix, or refuse an unsupported one."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = f"«{suffix}»" if suffix else "không có phần mở rộng"
        raise IngestError(
            f"Không hỗ trợ định dạng tệp «{name}» ({shown}). "
            f"Hãy gửi tệp có phần mở rộng {SUPPORTED_LIST}."
        )
    return suffix


def check_size(name: str, size: int, max_bytes: int) -> None:
    """Refuse an empty file or one larger than `max_bytes`."""
    if size == 0:
        raise IngestError(f"Tệp «{name}» trống (0 byte).")
    if size > max_bytes:
        raise IngestError(
            f"Tệp «{name}» quá lớn ({describe_size(size)}); giới hạn là {describe_size(max_bytes)}."
        )


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a directive file from disk and return its raw text."""
    if not path.exists():
        raise IngestError(f"Không tìm thấy tệp «{path}».")
    if not path.is_file():
        raise IngestError(f"«{path}» không phải là một tệp.")
    check_suffix(path.name)
    try:
        check_size(path.name, path.stat().st_size, max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"Không đọc được tệp «{path}» (không có quyền hoặc lỗi ổ đĩa).") from exc
    return read_bytes(path.name, data, max_bytes=max_bytes)


PdfPages = Callable[[str, bytes], list[str]]


def read_bytes(
    name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, pdf_pages: PdfPages | None = None
) -> str:
    """Return the raw text of a directive file given its name and content (e.g. an upload).

    ``pdf_pages`` reads a PDF's text layer (``extract_pdf_pages``; the bot's runs it in a
    bounded worker process)."""
    name = Path(name).name
    suffix = check_suffix(name)
    check_size(name, len(data), max_bytes)
    if suffix == ".docx":
        text = read_docx(name, data, max_bytes)
    elif suffix == ".pdf":
        text = read_pdf(name, data, pdf_pages or extract_pdf_pages)
    elif suffix in OFFICE_SUFFIXES:
        text = read_office(name, data, suffix, max_bytes)
    elif suffix in IMAGE_SUFFIXES:  # photos and scanned pages: OCR
        from jobs.ingest import ocr

        text = ocr.read_image(name, data)
    elif suffix in WEB_PAGE_SUFFIXES:
        text = decode_web_page(name, data)
    else:
        text = decode_text(name, data)
    if not text.strip():
        raise IngestError(f"Tệp «{name}» không có nội dung chữ nào.")
    return text


# --- .txt / .md -------------------------------------------------------------------------------


def decode_or_none(data: bytes, encoding: str) -> str | None:
    """Decode strictly, or return None."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def control_share(text: str) -> float:
    """Return the share of control characters other than tabs and line breaks."""
    controls = sum(unicodedata.category(char) == "Cc" for char in text if char not in TEXT_CONTROLS)
    return controls / len(text) if text else 0.0


def looks_vietnamese(text: str) -> bool:
    """Tell whether text is printable and its letters are (nearly all) Vietnamese letters."""
    letters = [char for char in text if char.isalpha()]
    if not letters or is_binary(text):
        return False
    vietnamese = sum(char in VIETNAMESE_LETTERS for char in letters)
    return vietnamese / len(letters) >= MIN_VIETNAMESE_SHARE


def decode_legacy(data: bytes) -> str | None:
    """Decode Windows-1258 (composed to NFC) if the result looks like Vietnamese, else None."""
    text = decode_or_none(data, "cp1258")
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text)
    return text if looks_vietnamese(text) else None


def is_binary(text: str) -> bool:
    """Tell whether decoded text holds NUL bytes or too many control characters."""
    return "\x00" in text or control_share(text) > MAX_CONTROL_SHARE


def decode_unicode(data: bytes) -> str | None:
    """Decode UTF-16 when a UTF-16 BOM is present, else UTF-8 (BOM or not); None on failure."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return decode_or_none(data, "utf-16" if utf16 else "utf-8-sig")


def decode_text(name: str, data: bytes) -> str:
    """Decode a .txt/.md file: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1258."""
    text = decode_unicode(data)
    if text is None and b"\x00" not in data:
        text = decode_legacy(data)
        if text is None:
            raise IngestError(
                f"Không nhận ra bảng mã của tệp «{name}». Hãy lưu lại tệp ở dạng UTF-8 rồi gửi lại."
            )
    if text is None or is_binary(text):
        raise IngestError(
            f"Tệp «{name}» chứa dữ liệu nhị phân, không phải văn bản thuần. "
            "Hãy gửi tệp văn bản UTF-8, tệp .docx hoặc tệp .pdf."
        )
    return text


# A web page names its encoding in its head: a page Word saves in Western European (windows-1252)
# writes "ã", "ý", "Ð" as bytes that Windows-1258 reads as "ă", "ư", "Đ", and the rest as entities.
WEB_PAGE_SUFFIXES = frozenset({".html", ".htm"})
DECLARED_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w.:-]{1,40})", re.IGNORECASE
)
CHARSET_SCAN_BYTES = 4096


def decode_web_page(name: str, data: bytes) -> str:
    """Decode a saved web page by the charset its head declares, else as a plain text file."""
    declared = DECLARED_CHARSET.search(data[:CHARSET_SCAN_BYTES])
    if declared is not None:
        with contextlib.suppress(LookupError):
            text = decode_or_none(data, declared.group(1).decode("ascii"))
            if text is not None and not is_binary(text):
                return unicodedata.normalize("NFC", text)
    return decode_text(name, data)


def web_page_of_mime(data: bytes) -> str | None:
    """The HTML part of a single-file web page (.mht, MIME), decoded, or None."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                return unicodedata.normalize("NFC", part.get_content())
    return None


# --- .docx ------------------------------------------------------------------------------------


def check_zip_safety(
    name: str,
    data: bytes,
    max_bytes: int,
    *,
    member: str = "word/document.xml",
    kind: str = "Word .docx",
) -> None:
    """Refuse a corrupt zip, a zip bomb, or a zip that holds no document (`member`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise IngestError(f"Tệp «{name}» bị hỏng: không mở được nội dung tệp.") from exc
    unzipped_limit = min(UNZIPPED_FACTOR * max_bytes, MAX_UNZIPPED_BYTES)
    too_compressed = any(
        info.file_size > RATIO_CHECKED_FROM_BYTES
        and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        for info in members
    )
    if too_compressed or sum(info.file_size for info in members) > unzipped_limit:
        raise IngestError(
            f"Tệp «{name}» khi giải nén quá lớn hoặc nén bất thường; không thể xử lý an toàn."
        )
    if member not in {info.filename for info in members}:
        raise IngestError(f"Tệp «{name}» không phải là tệp {kind} hợp lệ.")


def style_bold(style: BaseStyle | None) -> bool | None:
    """Return the bold setting a style or its nearest base style sets, or None."""
    while style is not None:
        if style.font.bold is not None:
            return style.font.bold
        style = style.base_style
    return None


def is_bold_run(run: Run, paragraph: Paragraph) -> bool:
    """Tell whether a run shows bold, directly or through its character or paragraph style."""
    for setting in (run.bold, style_bold(run.style), style_bold(paragraph.style)):
        if setting is not None:
            return setting
    return False


def is_heading_paragraph(paragraph: Paragraph) -> bool:
    """Tell whether a paragraph has a Heading/Title style or every run with text is bold."""
    style_name = paragraph.style.name if paragraph.style is not None else None
    if style_name and style_name.startswith(HEADING_STYLES):
        return True
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(is_bold_run(run, paragraph) for run in runs)


# --- Word automatic numbering -----------------------------------------------------------------

MAX_LEVELS = 9
LEVEL_REFERENCE = re.compile(r"%([1-9])")


def to_letters(number: int) -> str:
    """Word's lowerLetter: a, b, ..., z, aa, bb, ..."""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda number: f"{number:02d}",
    "lowerLetter": to_letters,
    "upperLetter": lambda number: to_letters(number).upper(),
    "lowerRoman": to_roman,
    "upperRoman": lambda number: to_roman(number).upper(),
}


def attribute(element: object, tag: str) -> str | None:
    """The w:val of the child `tag` of an lxml element, or None."""
    child = element.find(qn(tag)) if element is not None else None  # type: ignore[attr-defined]
    return child.get(qn("w:val")) if child is not None else None


def int_or(value: str | None, default: int | None) -> int | None:
    """`value` as an int, or `default` when it is missing or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass(frozen=True)
class ListLevel:
    """One level of a Word list: its number format, label template, start and restart rule."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart only after this (1-based) level
    legal: bool = False  # w:isLgl: every level shown in decimal

    @classmethod
    def from_xml(cls, lvl: object) -> ListLevel:
        return cls(
            fmt=attribute(lvl, "w:numFmt") or "decimal",
            text=attribute(lvl, "w:lvlText") or "",
            start=int_or(attribute(lvl, "w:start"), 1) or 0,
            restart=int_or(attribute(lvl, "w:lvlRestart"), None),
            legal=lvl.find(qn("w:isLgl")) is not None,  # type: ignore[attr-defined]
        )


def levels_of(element: object) -> dict[int, ListLevel]:
    """The w:lvl children of an abstractNum (or lvlOverride) by level index."""
    return {
        int_or(lvl.get(qn("w:ilvl")), 0) or 0: ListLevel.from_xml(lvl)
        for lvl in element.findall(qn("w:lvl"))  # type: ignore[attr-defined]
    }


@dataclass
class ListCounter:
    """The running counters of one list (one abstract numbering, or a restarted instance)."""

    levels: dict[int, ListLevel]
    counts: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)

    def level(self, index: int) -> ListLevel:
        return self.levels.get(index, ListLevel())

    def restart(self, index: int, start: int) -> None:
        """Start level `index` (and those under it) again, its next item numbered `start`."""
        self.counts[index] = start - 1
        for deeper in range(index + 1, MAX_LEVELS):
            self.counts[deeper] = None

    def advance(self, index: int) -> str:
        """Count one more item at level `index` and return the label Word shows for it."""
        current = self.counts[index]
        self.counts[index] = self.level(index).start if current is None else current + 1
        for deeper in range(index + 1, MAX_LEVELS):
            restart = self.level(deeper).restart
            if restart != 0 and index < (deeper if restart is None else restart):
                self.counts[deeper] = None
        return self.label(index)

    def label(self, index: int) -> str:
        level = self.level(index)
        if level.fmt == "bullet":
            # a bullet under a bullet of its list is the second level's "+", as typed lists have
            nested = any(self.level(shallower).fmt == "bullet" for shallower in range(index))
            return "+" if level.text.strip() == "+" or nested else "-"
        if level.fmt == "none":
            return level.text.strip()

        def number(match: re.Match[str]) -> str:
            referenced = int(match.group(1)) - 1
            value = self.counts[referenced]
            value = self.level(referenced).start if value is None else value
            fmt = "decimal" if level.legal else self.level(referenced).fmt
            return NUMBER_FORMATS.get(fmt, str)(max(value, 0))

        return LEVEL_REFERENCE.sub(number, level.text).strip()


class Numbering:
    """Word's list numbering (numbering.xml): the label each numbered paragraph shows."""

    def __init__(self, document: Document) -> None:
        self.abstracts: dict[str, dict[int, ListLevel]] = {}
        # each list instance: its abstract numbering, its own levels, the levels it restarts
        self.instances: dict[str, tuple[str, dict[int, ListLevel], dict[int, int]]] = {}
        self.counters: dict[str, ListCounter] = {}  # one count per abstract numbering
        self.started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            self.abstracts[abstract.get(qn("w:abstractNumId"))] = levels_of(abstract)
        for num in root.findall(qn("w:num")):
            abstract_id = attribute(num, "w:abstractNumId") or ""
            overrides: dict[int, ListLevel] = {}
            restarts: dict[int, int] = {}
            for override in num.findall(qn("w:lvlOverride")):
                index = int_or(override.get(qn("w:ilvl")), 0) or 0
                redefined = levels_of(override)
                overrides.update(redefined)
                start = int_or(attribute(override, "w:startOverride"), None)
                if start is None and index in redefined:
                    start = redefined[index].start  # a level redefined starts again
                if start is not None:
                    restarts[index] = start
            self.instances[num.get(qn("w:numId"))] = (abstract_id, overrides, restarts)

    @staticmethod
    def numbering_properties(paragraph: Paragraph) -> tuple[str | None, int | None]:
        """(numId, ilvl) set on the paragraph, else through its style or the style's bases."""
        num_id, level = None, None
        p_pr = paragraph._p.pPr
        candidates = [p_pr.numPr if p_pr is not None else None]
        style = paragraph.style
        while style is not None:
            style_p_pr = style.element.pPr
            candidates.append(style_p_pr.numPr if style_p_pr is not None else None)
            style = style.base_style
        for num_pr in candidates:
            if num_pr is None:
                continue
            if num_id is None:
                num_id = attribute(num_pr, "w:numId")
            if level is None:
                level = int_or(attribute(num_pr, "w:ilvl"), None)
        return num_id, level

    def label(self, paragraph: Paragraph) -> str | None:
        """Advance the paragraph's list and return its label ("1.", "a)", "-"), or None."""
        if not self.instances:
            return None
        num_id, level = self.numbering_properties(paragraph)
        if num_id is None or num_id not in self.instances:
            return None
        abstract_id, overrides, restarts = self.instances[num_id]
        # Instances of one abstract numbering count on as one list ("1)", "2)" whichever
        # instance a paragraph names); an instance that overrides a level's start restarts
        # it where its first paragraph stands.
        counter = self.counters.setdefault(abstract_id, ListCounter({}))
        counter.levels = {**self.abstracts.get(abstract_id, {}), **overrides}
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted, start in sorted(restarts.items()):
                counter.restart(restarted, start)
        index = min(max(level or 0, 0), MAX_LEVELS - 1)
        return counter.advance(index) or None


# What Word shows of a paragraph, wherever it stands: in a run, a hyperlink, a tracked insertion,
# a content control or a field's result (python-docx's `Paragraph.text` reads only the first two).
SHOWN = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
# Deleted text, tab stops, and the copy of a text box kept for older readers.
NOT_SHOWN = frozenset({
    qn("w:del"), qn("w:pPr"), qn("w:rPr"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
})


def shown_text(paragraph: Paragraph) -> str:
    """The text Word shows of a paragraph, deleted revisions left out."""
    parts: list[str] = []
    for node in paragraph._p.iter(*SHOWN):
        if any(ancestor.tag in NOT_SHOWN for ancestor in node.iterancestors()):
            continue
        parts.append(node.text or "" if node.tag == qn("w:t") else SHOWN[node.tag])
    return "".join(parts)


def paragraph_text(paragraph: Paragraph, numbering: Numbering) -> str:
    """The paragraph's text with its list label in front, as Word shows it."""
    label = numbering.label(paragraph)
    text = shown_text(paragraph)
    if label and text.strip():
        return f"{label} {text.lstrip()}"
    return text


def paragraph_lines(paragraph: Paragraph, numbering: Numbering) -> list[str]:
    """Return a paragraph's lines, each wrapped in `**` when the paragraph is a heading."""
    lines = paragraph_text(paragraph, numbering).split("\n")
    if not is_heading_paragraph(paragraph):
        return lines
    return [f"**{line.strip()}**" for line in lines if line.strip()]


# Content controls and custom XML wrap paragraphs, tables, rows and cells without changing what
# Word shows; python-docx's iterators see only an element's direct children, so a template's
# body held in a content control was read as nothing.
WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})
BLOCK_TAGS = frozenset({qn("w:p"), qn("w:tbl")})
ROW_TAGS = frozenset({qn("w:tr")})
CELL_TAGS = frozenset({qn("w:tc")})


def unwrapped(element: BaseOxmlElement, tags: frozenset[str]) -> Iterator[BaseOxmlElement]:
    """The children of ``element`` with one of ``tags``, looking through wrappers."""
    for child in element.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in WRAPPERS:
            yield from unwrapped(child, tags)


def blocks(container: Document | _Cell) -> Iterator[Paragraph | Table]:
    """The paragraphs and tables of a document body or a cell, in order, wrappers looked through."""
    if isinstance(container, _Cell):
        element, parent = container._element, container
    else:
        element, parent = container.element.body, container._body
    for child in unwrapped(element, BLOCK_TAGS):
        yield Table(child, parent) if child.tag == qn("w:tbl") else Paragraph(child, parent)


def cell_lines(cell: _Cell, numbering: Numbering) -> list[str]:
    """A Word cell's paragraphs (with their list labels), nested tables flattened."""
    lines: list[str] = []
    for block in blocks(cell):
        if isinstance(block, Table):
            lines.extend(docx_table_lines(block, numbering))
        else:
            lines.extend(paragraph_text(block, numbering).split("\n"))
    return lines


def docx_grid(table: Table, numbering: Numbering) -> Grid:
    """The grid of a Word table: merged cells repeated, vertical merges marked as continued."""
    # Keys are grid positions, not id() of lxml proxies: a freed proxy's id is reused by the
    # next one, which would merge two unrelated cells.
    grid: Grid = []
    for index, tr in enumerate(unwrapped(table._tbl, ROW_TAGS)):
        row: list[GridCell] = [GridCell([], ("before", index, n)) for n in range(tr.grid_before)]
        for tc in unwrapped(tr, CELL_TAGS):
            column = len(row)
            above = grid[-1][column] if grid and column < len(grid[-1]) else None
            if tc.vMerge == "continue" and above is not None:
                cell = GridCell(above.lines, above.key, continued=True)
            else:
                cell = GridCell(cell_lines(_Cell(tc, table), numbering), ("cell", index, column))
            row.extend([cell] * max(tc.grid_span, 1))
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    for index, row in enumerate(grid):
        row.extend(GridCell([], ("after", index, n)) for n in range(width - len(row)))
    return grid


def docx_table_lines(table: Table, numbering: Numbering) -> list[str]:
    """The lines of a Word table: by column when its header names fields, else " | " rows; a
    table of one column is a frame around paragraphs, read as its paragraphs."""
    grid = docx_grid(table, numbering)
    if grid and all(len(distinct(row)) == 1 for row in grid):
        return [line for row in grid if not row[0].continued for line in row[0].lines
                if line.strip()]
    lines, _ = grid_lines(grid)
    return lines


def read_docx(name: str, data: bytes, max_bytes: int) -> str:
    """Return the paragraphs and table rows of a .docx, in document order."""
    if data.startswith(OLE_MAGIC):
        raise IngestError(
            f"Tệp «{name}» là tệp Word cũ (.doc) hoặc được đặt mật khẩu. "
            "Hãy mở bằng Word, gỡ mật khẩu nếu có, lưu lại dạng .docx rồi gửi lại."
        )
    if not data.startswith(ZIP_MAGIC):
        raise IngestError(f"Tệp «{name}» không phải là tệp Word .docx hợp lệ.")
    check_zip_safety(name, data, max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(document)
        lines: list[str] = []
        for block in blocks(document):
            if isinstance(block, Table):
                above = next((line for line in reversed(lines) if line.strip()), "")
                lines += nested_rows(docx_table_lines(block, numbering), above)
            else:
                lines += paragraph_lines(block, numbering)
    except Exception as exc:  # python-docx, lxml and zipfile raise many unrelated types
        raise IngestError(f"Tệp «{name}» bị hỏng: không đọc được nội dung Word.") from exc
    return "\n".join(lines)


# --- .pdf -------------------------------------------------------------------------------------

# A page with fewer ruling lines and rectangles than this has no table worth looking for.
MIN_TABLE_EDGES = 8
GRID_TOLERANCE = 1.5  # points: cell edges this close are one grid line


def is_caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Tell whether a (possibly wrapped) pdfminer error is of ``kind``."""
    causes = [exc, *exc.args, exc.__cause__, exc.__context__]
    return any(isinstance(cause, kind) for cause in causes)


def has_text_layer(pages: list[str]) -> bool:
    """Tell whether the pages hold real text, not just a few stray glyphs of a scan."""
    letters = sum(char.isalpha() for page in pages for char in CID_TOKEN.sub("", page))
    return letters >= MIN_LETTERS_PER_PAGE * max(len(pages), 1)


Box = tuple[float, float, float, float]


def grid_stops(values: list[float]) -> list[float]:
    """Sorted positions with near-duplicates merged."""
    stops: list[float] = []
    for value in sorted(values):
        if not stops or value - stops[-1] > GRID_TOLERANCE:
            stops.append(value)
    return stops


def first_word_width(line: dict) -> float:
    """The width of a text line's first word."""
    chars = line.get("chars") or []
    end = next((i for i, char in enumerate(chars) if char["text"].isspace()), len(chars))
    return chars[end - 1]["x1"] - chars[0]["x0"] if end else 0.0


def _goes_on_in_a_word(previous: str, line: str) -> bool:
    """Whether a line may go on with the word that ends the line before: a syllable's letters
    in lower case, or a number's digits ("Tháng" over "5/2026" and "Thời" over "gian" are two
    words; "Thườn" over "g xuyên" is one); never after an abbreviation in capitals ("HĐND" over
    "và UBND")."""
    before, after = previous.rstrip()[-1:], line.lstrip()[:1]
    if len(words := previous.split()) and len(words[-1]) > 1 and words[-1].isupper():
        return False
    if after.isalpha() and after.islower():
        head = LETTERS.match(line.lstrip())  # the line opens on a letter: it always matches
        return bool(words) and head is not None and is_syllable(words[-1] + head.group())
    return before.isdigit() and after.isdigit()


def pdf_cell_lines(page: pdfplumber.page.Page, box: Box) -> list[str]:
    """The paragraphs of a PDF table cell: a line wrapped at the cell's edge is joined to the
    next, a line that ends short of it (the next word would have fitted) ends its paragraph."""
    x0, top, x1, bottom = box

    def inside(obj: dict) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return obj.get("object_type") == "char" and x0 <= x <= x1 and top <= y <= bottom

    lines = page.filter(inside).extract_text_lines(return_chars=True)
    if not lines:
        return []
    margin = max(min(min(line["x0"] - x0, x1 - line["x1"]) for line in lines), 0.0)
    paragraphs = [lines[0]["text"]]
    for previous, line in pairwise(lines):
        size = line["chars"][0].get("size", 10) if line.get("chars") else 10
        room = x1 - margin - previous["x1"]
        item = LIST_MARK.match(line["text"])
        opens_item = item is not None and line["text"][item.end() : item.end() + 1].isupper()
        if room > first_word_width(line) + 0.25 * size + 1 or opens_item:
            paragraphs.append(line["text"])
        elif " " not in previous["text"].strip() and room < size and _goes_on_in_a_word(
                previous["text"], line["text"]):
            paragraphs[-1] += line["text"].lstrip()  # a word too long for the cell, broken
        else:
            paragraphs[-1] = f"{paragraphs[-1].rstrip()} {line['text'].lstrip()}"
    return paragraphs


def pdf_grid(page: pdfplumber.page.Page, cells: list[Box]) -> Grid:
    """The grid of a PDF table from its cell boxes: merged cells repeated, vertical merges
    marked as continued, as in `docx_grid`."""
    xs = grid_stops([cell[0] for cell in cells])
    ys = grid_stops([cell[1] for cell in cells])
    texts: dict[Box, list[str]] = {}
    grid: Grid = []
    for row, top in enumerate(ys):
        grid_row = []
        for column, left in enumerate(xs):
            x, y = left + GRID_TOLERANCE, top + GRID_TOLERANCE
            box = next((c for c in cells if c[0] <= x <= c[2] and c[1] <= y <= c[3]), None)
            if box is None:
                grid_row.append(GridCell([], ("empty", row, column)))
                continue
            if box not in texts:
                texts[box] = pdf_cell_lines(page, box)
            continued = box[1] < top - GRID_TOLERANCE
            grid_row.append(GridCell(texts[box], box, continued=continued))
        grid.append(grid_row)
    return grid


# --- PDF tables without ruling lines, found by the alignment of their text ---------------------

# Words further apart than this share of the font size stand in different columns (a space is
# about a quarter of it; two cells' paddings together more than half).
COLUMN_GAP = 0.45
LINE_SLACK = 0.5  # share of the font size: words this close in height are on one line
ROW_GAP = 2.0  # share of the font size: a larger gap between two lines ends the table
HEADER_LINES = 4  # a header's cells wrap onto at most this many lines
HEADER_PITCH = 1.6  # share of the font size: header lines at most this far apart are one header
BLOCK_SPREAD = 1.4  # lines further apart than this times the closest pair are in different rows
NUMBER_COLUMN = re.compile(r"^\s*S?TT\b", re.MULTILINE)  # a page that may hold such a table


@dataclass
class Segment:
    """A run of words on one line with no column gap inside."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def text_lines(page: pdfplumber.page.Page) -> list[list[Segment]]:
    """The page's lines, top to bottom, each cut into segments at the column gaps."""
    return lines_of_words(page.extract_words(extra_attrs=["size"]))


def lines_of_words(page_words: list[dict]) -> list[list[Segment]]:
    """Words' lines, top to bottom, each cut into segments at the column gaps."""
    words = sorted(page_words, key=lambda w: (w["top"], w["x0"]))
    rows: list[list[dict]] = []
    for word in words:
        if rows and word["top"] - rows[-1][0]["top"] <= LINE_SLACK * word["size"]:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        segments: list[Segment] = []
        for word in sorted(row, key=lambda w: w["x0"]):
            last = segments[-1] if segments else None
            if last and word["x0"] - last.x1 <= COLUMN_GAP * word["size"]:
                last.x1, last.text = word["x1"], f"{last.text} {word['text']}"
                last.bottom = max(last.bottom, word["bottom"])
            else:
                segments.append(Segment(word["x0"], word["x1"], word["top"], word["bottom"],
                                        word["text"]))
        lines.append(segments)
    return lines


def column_of(columns: list[tuple[float, float]], segment: Segment) -> int | None:
    """The column a segment lies in, or None when it runs across a column's edge."""
    for index, (left, right) in enumerate(columns):
        if left - GRID_TOLERANCE <= segment.x0 and segment.x1 <= right + GRID_TOLERANCE:
            return index
    return None


ALIGNING_LINES = 12  # the lines under a header that show where its centred columns start


def header_columns(
    block: list[list[Segment]], right: float, below: Sequence[list[Segment]] = ()
) -> list[tuple[float, float]]:
    """The columns a header's lines set: each from where its header text starts to where the
    next one's does (the last to ``right``); header texts that overlap are one column's. A
    header centred over its column starts right of the column's text: the first ``below``
    lines that start a column's text between the header text before it and its own, and end
    within it, move its start left to theirs."""
    spans = sorted((seg.x0, seg.x1) for line in block for seg in line)
    lefts: list[float] = []
    ends: list[float] = []
    reach = float("-inf")
    for left, end in spans:
        if left > reach + GRID_TOLERANCE:
            lefts.append(left)
            ends.append(end)
        reach = max(reach, end)
        ends[-1] = max(ends[-1], end)
    body = [seg for line in below[:ALIGNING_LINES] for seg in line]
    for k in range(len(lefts)):
        before = ends[k - 1] + GRID_TOLERANCE if k else float("-inf")
        following = lefts[k + 1] if k + 1 < len(lefts) else right
        starts = [seg.x0 for seg in body if before < seg.x0 < lefts[k]
                  and lefts[k] < seg.x1 <= following + GRID_TOLERANCE]
        if starts:
            lefts[k] = min(starts)
    return [(left, following - 1) for left, following in pairwise([*lefts, right + 1])]


def opens_row(line: list[Segment], columns: list[tuple[float, float]]) -> bool:
    """A line whose first column holds a row number ("1", "1.2.") or a section mark ("II")."""
    first = line[0].text.rstrip(".")
    return column_of(columns, line[0]) == 0 and bool(
        ROW_NUMBER.fullmatch(line[0].text) or SECTION_NUMBER.fullmatch(first)
    )


def is_section_line(line: list[Segment], columns: list[tuple[float, float]]) -> bool:
    """A full-width row: one segment from the first columns across a column edge, marked as a
    heading ("I. LĨNH VỰC ...") or in capitals; its mark may stand in the number column of its
    own ("I | LĨNH VỰC KINH TẾ", the rest of the row merged)."""
    if len(line) == 2 and SECTION_NUMBER.fullmatch(line[0].text.rstrip(".")) and (
            column_of(columns, line[0]) == 0):
        line = line[1:]
    if len(line) != 1 or column_of(columns, line[0]) is not None:
        return False
    text = line[0].text
    letters = [char for char in text if char.isalpha()]
    marked = re.match(r"(?:[IVXLC]{1,6}|[A-ZĐ])[.)]\s", text) is not None
    return line[0].x0 < columns[min(1, len(columns) - 1)][1] and (
        marked or all(char.isupper() for char in letters)
    )


def line_blocks(lines: list[list[Segment]]) -> list[list[list[Segment]]]:
    """Lines in runs set closer together than the rest: cells' paddings part rows more widely
    than a cell's own lines are apart."""
    pitches = [b[0].top - a[0].top for a, b in pairwise(lines)]
    tight = min(pitches, default=0.0)
    blocks = [[lines[0]]]
    for line, pitch in zip(lines[1:], pitches, strict=True):
        if pitch > BLOCK_SPREAD * tight:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def table_region(lines: list[list[Segment]], found: int, right: float) -> tuple[int, int]:
    """The lines [first, last] of the table whose header has the line ``found``: header lines
    just above it that fit its columns (a cell centred in height), then every line below that
    fits the columns or is a full-width section row, up to a wide gap."""
    below = lines[found + 1 :]
    columns = header_columns([lines[found]], right, below)
    size = lines[found][0].bottom - lines[found][0].top
    first = found
    while (
        first > 0
        and found - first < HEADER_LINES
        and lines[first][0].top - lines[first - 1][0].top <= HEADER_PITCH * size
        and all(column_of(columns, seg) is not None for seg in lines[first - 1])
    ):
        first -= 1
    columns = header_columns(lines[first : found + 1], right, below)
    last = found
    for index in range(found + 1, len(lines)):
        current = lines[index]
        if current[0].top - lines[last][0].bottom > ROW_GAP * size:
            break
        if not is_section_line(current, columns) and any(
            column_of(columns, seg) is None for seg in current
        ):
            break
        last = index
    return first, last


def table_rows(
    lines: list[list[Segment]], found: int, right: float
) -> tuple[list[list[Segment]], list[list[list[Segment]]]] | None:
    """The header's lines and the rows' lines of the table at ``lines``: rows are the runs of
    lines parted by the cells' padding when each holds one row number (or is a section row),
    else they start at their numbers; None when no row follows the header."""
    blocks = line_blocks(lines)
    at = next(k for k, block in enumerate(blocks) if any(line is lines[found] for line in block))
    header = [line for block in blocks[: at + 1] for line in block]
    columns = header_columns(header, right, lines[len(header) :])

    def one_row(block: list[list[Segment]]) -> bool:
        if len(block) == 1 and is_section_line(block[0], columns):
            return True
        return sum(opens_row(line, columns) for line in block) == 1

    rows = blocks[at + 1 :]
    if rows and all(one_row(block) for block in rows):
        return header, rows
    # no padding between rows: a row runs from its number (or section row) to the next
    body = lines[found + 1 :]
    columns = header_columns(lines[: found + 1], right, body)
    starts = [k for k, line in enumerate(body)
              if opens_row(line, columns) or is_section_line(line, columns)]
    if not starts:
        return None
    header = lines[: found + 1 + starts[0]]
    return header, [body[a:b] for a, b in pairwise([*starts, len(body)])]


def borderless_table(page: pdfplumber.page.Page) -> tuple[Box, list[Box]] | None:
    """A table with no ruling lines whose header names its fields ("STT", "Nội dung", "Cơ quan
    chủ trì", ...): its box and its cells' boxes, columns where the header's texts start, rows
    parted by the cells' padding or at their numbers; None when the page has none."""
    lines = text_lines(page)
    right = page.bbox[2]
    for found, line in enumerate(lines):
        if len(line) < 3 or sum(header_field(seg.text) is not None for seg in line) < 2:
            continue
        first, last = table_region(lines, found, right)
        split = table_rows(lines[first : last + 1], found - first, right)
        if split is None:
            continue
        header, rows = split
        columns = header_columns(header, right, [line for row in rows for line in row])
        if len(columns) < 3:
            continue
        lefts = [left for left, _ in columns]
        # where a column's lines wrap: its longest line's end (the cell's padding is not text)
        rights = [left + 1 for left in lefts]
        for seg in (seg for current in lines[first : last + 1] for seg in current):
            column = column_of(columns, seg)
            if column is not None:
                rights[column] = max(rights[column], seg.x1 + 1)
        tops = [min(seg.top for seg in header[0]) - 1]
        tops += [min(seg.top for seg in row[0]) - 1 for row in rows]
        bottom = max(seg.bottom for seg in lines[last]) + 1
        cells: list[Box] = []
        for row, (top, below) in enumerate(pairwise([*tops, bottom])):
            if row and len(rows[row - 1]) == 1 and is_section_line(rows[row - 1][0], columns):
                cells.append((lefts[0], top, rights[-1], below))
            else:
                cells.extend((left, top, edge, below)
                             for left, edge in zip(lefts, rights, strict=True))
        return (lefts[0], tops[0], rights[-1], bottom), cells
    return None


ADDRESS = re.compile(r"\s*kính\s+gửi\b", re.IGNORECASE)
HEADING_REACH = 12  # a letter's heading lies within the first lines of its page ...
HEADING_SHARE = 0.4  # ... in the top of it
HEADING_MIDDLE = (0.3, 0.7)  # shares of the page's width the national name's column begins in
WRAP_SPACE = 0.6  # share of a line's height: a wrapped line's space above it, not a paragraph's


def letter_heading(page: pdfplumber.page.Page) -> tuple[list[str], float] | None:
    """A letter's heading laid in two columns at the top of a page (the issuer, the number and
    the subject beside the national name, the motto and the place and date, as a Word table
    without borders prints): its lines column by column, and where it ends. Read line by line,
    the columns' wrapped lines interleave ("Số: 2310/SNV-CCVC Quảng Trị, ngày 02 tháng 12 năm",
    "V/v đánh giá ... 2026")."""
    left, top, right, bottom = page.bbox
    limit = top + HEADING_SHARE * (bottom - top)
    written = "".join(char["text"] for char in page.chars if char["top"] < limit).upper()
    if "NGHĨA" not in written and "HẠNH" not in written:
        return None  # no national name ("CHỦ NGHĨA") nor motto ("Hạnh phúc") up there
    lines = text_lines(page.crop((left, top, right, limit)))[:HEADING_REACH]
    # the address ends it, though it is laid in two columns too ("Kính gửi:" | "- Sở A; ...")
    lines = list(takewhile(lambda line: not ADDRESS.match(line[0].text), lines))
    # the national name's column begins where the second segment of a line begins, leftmost
    middle = min((line[1].x0 for line in lines if len(line) == 2), default=right)
    if not HEADING_MIDDLE[0] <= (middle - left) / (right - left) <= HEADING_MIDDLE[1]:
        return None
    last = max((k for k, line in enumerate(lines) if any(s.x0 >= middle for s in line)),
               default=None)
    if last is None or any(s.x0 < middle < s.x1 for line in lines[: last + 1] for s in line):
        return None
    # the subject's last wrapped lines may go on below the right column's, with no paragraph's
    # space before them: "V/v đánh giá, xếp loại chất lượng" / "cán bộ, công chức năm 2026"
    while last + 1 < len(lines) and all(s.x1 < middle for s in lines[last + 1]) and (
            lines[last + 1][0].top - max(s.bottom for s in lines[last])
            <= WRAP_SPACE * (lines[last + 1][0].bottom - lines[last + 1][0].top)):
        last += 1
    columns = [[s.text for line in lines[: last + 1] for s in line if (s.x0 >= middle) == side]
               for side in (False, True)]
    national = " ".join(columns[1])
    if not (NATIONAL_NAME.search(national.upper()) or MOTTO.search(national)) or not columns[0]:
        return None
    return [*columns[0], *columns[1]], max(s.bottom for s in lines[last]) + GRID_TOLERANCE


# Body text set in two columns (a Word section of two columns): at least this many lines hold a
# segment on each side of one gutter, which no line between them crosses.
TWO_COLUMN_LINES = 5
GUTTER_SLACK = 3.0  # points: the right column's lines start this close to one another
COLUMN_SPACE = 0.6  # share of a line's height: a wider space below the columns ends them


def text_columns(page: pdfplumber.page.Page) -> str | None:
    """The page's text where part of it is set in two columns: the part above, the left column,
    the right column, the part below (read line by line, the columns' lines interleave)."""
    words = page.extract_words(extra_attrs=["size"])
    lines = lines_of_words(words)
    left, top, right, bottom = page.bbox
    low, high = (left + share * (right - left) for share in HEADING_MIDDLE)
    starts = [s.x0 for line in lines for s in line[1:] if low <= s.x0 <= high]
    if not starts:
        return None
    gutter = max(starts, key=lambda x: sum(abs(x - y) <= GUTTER_SLACK for y in starts))
    if sum(abs(gutter - y) <= GUTTER_SLACK for y in starts) < TWO_COLUMN_LINES:
        return None
    edge = gutter - GUTTER_SLACK
    # a word across the gutter joins the columns (two words close by across it do not)
    across = [word["top"] for word in words if word["x0"] < edge < word["x1"]]

    def apart(line: list[Segment]) -> bool:
        return not any(line[0].top - GUTTER_SLACK <= y <= line[0].bottom for y in across)

    def beside(line: list[Segment]) -> bool:
        return any(abs(s.x0 - gutter) <= GUTTER_SLACK for s in line[1:]) and apart(line)

    def goes_on(upper: list[Segment], lower: list[Segment]) -> bool:
        """Whether ``lower`` is set right under ``upper``, no wider space than a paragraph's
        between (the signature block below the columns stands further off)."""
        height = upper[0].bottom - upper[0].top
        return apart(lower) and lower[0].top - max(s.bottom for s in upper) <= (
            COLUMN_SPACE * height)

    first = next((k for k, line in enumerate(lines) if beside(line)), None)
    if first is None:
        return None
    while first and any(s.x0 >= edge for s in lines[first - 1]) and goes_on(
            lines[first - 1], lines[first]):
        first -= 1
    last = first
    while last + 1 < len(lines) and goes_on(lines[last], lines[last + 1]):
        last += 1
    if sum(map(beside, lines[first : last + 1])) < TWO_COLUMN_LINES:
        return None
    upper = min(s.top for s in lines[first]) - GRID_TOLERANCE
    lower = max(s.bottom for s in lines[last]) + GRID_TOLERANCE
    pieces = [page.crop((left, top, right, upper)) if upper > top else None,
              page.crop((left, upper, edge, lower)), page.crop((edge, upper, right, lower)),
              page.crop((left, lower, right, bottom)) if lower < bottom else None]
    return "\n".join(text for piece in pieces if piece is not None
                     and (text := piece.extract_text() or ""))


# A note's mark is set smaller than the word it follows and raised above its line: "năm 2027⁴";
# the notes at the page's foot are set smaller than its body, each opening on its mark.
MARK_SHARE = 0.8
MARK_RISE = 0.15  # of the word's size
NOTE_SHARE = 0.85


def without_notes(page: pdfplumber.page.Page) -> pdfplumber.page.Page:
    """The page without its footnotes: the raised marks after words (glued to a year they would
    make "20274") and the notes at its foot (citations, no one's work)."""
    marks: dict[int, str] = {}
    word: dict | None = None
    for char in page.chars:
        if word is not None and char["text"].isdigit() and (
                char["size"] < MARK_SHARE * word["size"]
                and char["bottom"] < word["bottom"] - MARK_RISE * word["size"]):
            marks[id(char)] = char["text"]
            continue
        word = char
    if not marks:
        return page
    sizes = [char["size"] for char in page.chars if char["text"].isalpha()]
    body = statistics.median_high(sizes) if sizes else 0.0
    # the first note: a line in the page's lower half, set smaller than the body, that opens
    # on a mark the text above uses
    foot = next((line["top"] for line in page.extract_text_lines()
                 if line["top"] > page.height / 2 and line["chars"][0]["text"] in marks.values()
                 and max(char["size"] for char in line["chars"]) < NOTE_SHARE * body), None)

    def kept(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        in_notes = foot is not None and obj["top"] >= foot - GRID_TOLERANCE and (
            obj["size"] < NOTE_SHARE * body)
        return id(obj) not in marks and not in_notes

    return page.filter(kept)


@dataclass
class PageReader:
    """Reads PDF pages in order; a table laid by column carries on across a page break."""

    state: TableState | None = None

    def page_text(self, page: pdfplumber.page.Page) -> str:
        """The page's text, footnotes left out; its tables laid by column as contract lines, in
        reading order; a letter's heading in two columns read column by column."""
        page = without_notes(page)
        if heading := letter_heading(page):
            lines, bottom = heading
            left, _, right, end = page.bbox
            rest = self.page_text(page.crop((left, bottom, right, end))) if bottom < end else ""
            return "\n".join([*lines, rest])
        edges = len(page.lines) + len(page.rects)
        tables = page.find_tables() if edges >= MIN_TABLE_EDGES else []
        laid: list[tuple[Box, list[str]]] = []
        state = self.state
        for number, table in enumerate(sorted(tables, key=lambda t: t.bbox[1])):
            cells = [tuple(cell) for cell in table.cells]
            grid = pdf_grid(page, cells)
            lines, new_state = grid_lines(grid, state if number == 0 else None)
            if new_state is not None or any(FIELD_SEPARATOR in line for line in lines):
                laid.append((table.bbox, lines))  # by column, or a task laid down the table
            state = new_state
        text = "" if laid else page.extract_text() or ""
        found = borderless_table(page) if NUMBER_COLUMN.search(text) else None
        if found is not None:
            box, cells = found
            lines, state = grid_lines(pdf_grid(page, cells))
            if state is not None:
                laid.append((box, lines))
        self.state = state if laid and not self.ends_after(page, laid[-1][0]) else None
        if not laid:
            return text_columns(page) or text
        return self.compose(page, laid)

    @staticmethod
    def ends_after(page: pdfplumber.page.Page, box: Box) -> bool:
        """Tell whether text follows the table `box` on the page (so it does not carry on); a
        page number in the footer ("Trang 1/3") is no such text."""
        if not any(char["top"] > box[3] + GRID_TOLERANCE for char in page.chars):
            return False
        left, _, right, bottom = page.bbox
        below = page.crop((left, box[3] + GRID_TOLERANCE, right, bottom)).extract_text() or ""
        return not all(is_page_number(line) for line in below.splitlines() if line.strip())

    @staticmethod
    def compose(page: pdfplumber.page.Page, laid: list[tuple[Box, list[str]]]) -> str:
        """The text around the laid tables, with their lines in between."""

        def outside(obj: dict) -> bool:
            if obj.get("object_type") != "char":
                return True
            x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b, _ in laid)

        rest = page.filter(outside)
        left, top, right, bottom = page.bbox
        pieces = []
        for box, lines in laid:
            if box[1] > top:
                pieces.append(rest.crop((left, top, right, box[1])).extract_text() or "")
            pieces.append("\n".join(lines))
            top = max(top, box[3])
        if top < bottom:
            pieces.append(rest.crop((left, top, right, bottom)).extract_text() or "")
        return "\n".join(piece for piece in pieces if piece)


def check_pdf_size(name: str, data: bytes, limits: PdfSettings) -> None:
    """Refuse a PDF over the page limit, or with a page holding more letters than a page can,
    before any text is extracted: PDFium (C) counts pages and letters without laying them out.
    A file PDFium cannot open is left to the extraction, which says what is wrong with it."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return
    try:
        if (count := len(pdf)) > limits.max_pages:
            raise IngestError(
                f"Tệp PDF «{name}» có quá nhiều trang ({count}); "
                f"giới hạn là {limits.max_pages} trang."
            )
        for number in range(count):
            page = pdf[number]
            letters = page.get_textpage().count_chars()
            page.close()
            if letters > limits.max_page_chars:
                raise IngestError(
                    f"Trang {number + 1} của tệp PDF «{name}» có quá nhiều chữ ({letters} ký tự); "
                    f"giới hạn là {limits.max_page_chars} ký tự một trang."
                )
    finally:
        pdf.close()


def extract_pdf_pages(name: str, data: bytes, limits: PdfSettings | None = None) -> list[str]:
    """Return the text of each page of a PDF, tables laid by column read by column, once its
    size is within ``limits`` (the configured ones by default)."""
    check_pdf_size(name, data, limits or DEFAULT_PDF_LIMITS)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            reader = PageReader()
            return join_carried_rows([reader.page_text(page) for page in pdf.pages])
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        if is_caused_by(exc, MemoryError):
            raise MemoryError from exc  # over the worker's memory bound, not a damaged file
        if is_caused_by(exc, PDFEncryptionError):
            raise IngestError(
                f"Tệp PDF được mã hóa («{name}»). Hãy gỡ mật khẩu rồi gửi lại tệp."
            ) from exc
        raise IngestError(
            f"Tệp PDF «{name}» bị hỏng hoặc không đầy đủ (có thể tải lên bị gián đoạn)."
        ) from exc


MARGIN_LINES = 2  # how many lines at a page's top and foot a running header or footer takes


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running header and footer: a line among the first or last
    MARGIN_LINES of two pages or more, the same but for the page's number ("Trang 2 - Kế hoạch
    số 15/KH-UBND"). A table's header repeated on each page stays (the readers need it), and
    so do the rows of a table read by column."""
    def margins(page: str) -> set[str]:
        lines = [line.strip() for line in page.split("\n")
                 if line.strip() and FIELD_SEPARATOR not in line]
        return set(lines[:MARGIN_LINES] + lines[-MARGIN_LINES:])

    def shape(line: str, number: int) -> str:
        return re.sub(rf"(?<!\d){number}(?!\d)", "#", line.strip())

    # each margin line by itself and by its shape with the page's number blanked
    edges = [{line: {line, shape(line, number)} for line in margins(page)}
             for number, page in enumerate(pages, start=1)]
    seen = Counter(key for edge in edges for key in set().union(*edge.values()))
    running = [{line for line, keys in edge.items()
                if any(seen[key] >= 2 for key in keys) and header_field(line) is None}
               for edge in edges]
    return ["\n".join(line for line in page.split("\n") if line.strip() not in drop)
            for page, drop in zip(pages, running, strict=True)]


def read_pdf(name: str, data: bytes, pdf_pages: PdfPages = extract_pdf_pages) -> str:
    """Return the text layer of a PDF, pages joined by a line break, its running header and
    footer left out."""
    if PDF_MAGIC not in data[:1024]:
        raise IngestError(f"Tệp «{name}» không phải là tệp PDF thật (thiếu phần đầu %PDF).")
    pages = pdf_pages(name, data)
    if not has_text_layer(pages):  # a scan: OCR
        from jobs.ingest import ocr

        return ocr.read_scanned_pdf(name, data, page_count=len(pages))
    return "\n".join(without_running_lines(pages))


# --- .doc, .odt, .rtf through LibreOffice ---------------------------------------------------

SOFFICE_TIMEOUT_SECONDS = 60
FORMAT_NAMES = {".doc": "Word cũ (.doc)", ".odt": "OpenDocument (.odt)", ".rtf": "RTF (.rtf)"}
OFFICE_MAGIC = {".doc": (OLE_MAGIC, RTF_MAGIC), ".odt": (ZIP_MAGIC,), ".rtf": (RTF_MAGIC,)}


def soffice_path() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(name: str, data: bytes, suffix: str) -> bytes:
    """Convert a .doc/.odt/.rtf to .docx with LibreOffice headless, in a throwaway folder with
    its own profile, within SOFFICE_TIMEOUT_SECONDS (the whole process group killed after)."""
    kind = FORMAT_NAMES[suffix]
    executable = soffice_path()
    if executable is None:
        raise IngestError(
            f"Máy chủ chưa cài LibreOffice nên không đọc được tệp {kind} «{name}». "
            "Hãy mở tệp bằng Word hoặc LibreOffice, chọn «Lưu thành» dạng .docx rồi gửi lại."
        )
    with tempfile.TemporaryDirectory(prefix="nhacviec-soffice-") as folder:
        root = Path(folder)
        source = root / f"vanban{suffix}"
        source.write_bytes(data)
        command = [
            executable,
            f"-env:UserInstallation={(root / 'profile').as_uri()}",
            "--headless", "--norestore", "--nolockcheck",
            "--convert-to", "docx", "--outdir", str(root / "out"), str(source),
        ]  # fmt: skip
        env = {**os.environ, "HOME": str(root)}
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, start_new_session=True,
        )  # fmt: skip
        try:
            process.communicate(timeout=SOFFICE_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired as exc:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise IngestError(
                f"Chuyển đổi tệp {kind} «{name}» quá {SOFFICE_TIMEOUT_SECONDS} giây nên đã dừng. "
                "Hãy lưu tệp lại dạng .docx rồi gửi lại."
            ) from exc
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # helpers left behind by soffice
        converted = root / "out" / "vanban.docx"
        if process.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
            raise IngestError(
                f"Không chuyển đổi được tệp {kind} «{name}» (tệp hỏng, sai định dạng hoặc có "
                "mật khẩu). Hãy mở tệp, lưu lại dạng .docx rồi gửi lại."
            )
        return converted.read_bytes()


# What old systems save under a .doc name and Word opens all the same: a web page (Word's "Web
# Page" or "Single File Web Page") or a Word 2003 XML document.
MIME_START = re.compile(rb"(?:MIME-Version|Content-Type|From|Subject|Date)\s*:", re.IGNORECASE)
HTML_START = re.compile(rb"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
WORD_XML = re.compile(rb"<\?mso-application\s+progid=\"Word\.Document\"|<w:wordDocument\b")


def read_saved_as_doc(name: str, data: bytes, max_bytes: int) -> str | None:
    """The text of a web page or Word 2003 XML saved under a .doc name, or None."""
    head = data[:CHARSET_SCAN_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if MIME_START.match(head):
        return web_page_of_mime(data)
    if HTML_START.search(head):
        return decode_web_page(name, data)
    if WORD_XML.search(head):
        return read_docx(name, convert_to_docx(name, data, ".doc"), max_bytes)
    return None


def read_office(name: str, data: bytes, suffix: str, max_bytes: int) -> str:
    """Read a .doc, .odt or .rtf: a .docx saved under that name is read as it is, a web page
    or Word 2003 XML saved as .doc as what it is, anything else goes through LibreOffice and
    then the .docx reader."""
    if data.startswith(ZIP_MAGIC) and suffix == ".doc":
        return read_docx(name, data, max_bytes)
    if not data.lstrip()[:8].startswith(OFFICE_MAGIC[suffix]):
        saved_as_doc = read_saved_as_doc(name, data, max_bytes) if suffix == ".doc" else None
        if saved_as_doc is None:
            raise IngestError(f"Tệp «{name}» không phải là tệp {FORMAT_NAMES[suffix]} hợp lệ.")
        return saved_as_doc
    if suffix == ".odt":
        check_zip_safety(name, data, max_bytes, member="content.xml", kind="OpenDocument .odt")
    return read_docx(name, convert_to_docx(name, data, suffix), max_bytes)
