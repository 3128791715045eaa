"""Read a directive file (.txt, .md, .docx, .pdf) into raw text, or explain in Vietnamese why not.

The text is returned raw: `jobs.ingest.textfix.repair_text` cleans it up. A .docx paragraph that is
bold throughout comes out as `**text**` (a heading signal) and a table row as its cells joined
by " | ". Every failure is an `IngestError` whose message is meant for the user.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
import pdfplumber
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from pdfminer.pdfdocument import PDFEncryptionError

from jobs.errors import IngestError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Zip-bomb guard for .docx: total unpacked size and per-member compression ratio.
UNZIPPED_FACTOR = 50
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM_BYTES = 1024 * 1024

MAX_PDF_PAGES = 300
# Fewer letters than this per page on average means the PDF is a scan without a text layer.
MIN_LETTERS_PER_PAGE = 30
# Share of control characters above which a .txt/.md file is binary, not text.
MAX_CONTROL_SHARE = 0.01

ZIP_MAGIC = b"PK\x03\x04"
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


def read_bytes(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the raw text of a directive file given its name and content (e.g. an upload)."""
    name = Path(name).name
    suffix = check_suffix(name)
    check_size(name, len(data), max_bytes)
    if suffix == ".docx":
        text = read_docx(name, data, max_bytes)
    elif suffix == ".pdf":
        text = read_pdf(name, data)
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


# --- .docx ------------------------------------------------------------------------------------


def check_zip_safety(name: str, data: bytes, max_bytes: int) -> None:
    """Refuse a corrupt zip, a zip bomb, or a zip that holds no Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise IngestError(f"Tệp «{name}» bị hỏng: không mở được nội dung Word.") from exc
    unzipped_limit = min(UNZIPPED_FACTOR * max_bytes, MAX_UNZIPPED_BYTES)
    too_compressed = any(
        member.file_size > RATIO_CHECKED_FROM_BYTES
        and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if too_compressed or sum(member.file_size for member in members) > unzipped_limit:
        raise IngestError(
            f"Tệp «{name}» khi giải nén quá lớn hoặc nén bất thường; không thể xử lý an toàn."
        )
    if "word/document.xml" not in {member.filename for member in members}:
        raise IngestError(f"Tệp «{name}» không phải là tệp Word .docx hợp lệ.")


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


def paragraph_lines(paragraph: Paragraph) -> list[str]:
    """Return a paragraph's lines, each wrapped in `**` when the paragraph is a heading."""
    lines = paragraph.text.split("\n")
    if not is_heading_paragraph(paragraph):
        return lines
    return [f"**{line.strip()}**" for line in lines if line.strip()]


def distinct_cells(cells: tuple[_Cell, ...]) -> list[_Cell]:
    """Drop the repeats python-docx yields for a cell merged across columns."""
    return [cell for index, cell in enumerate(cells) if index == 0 or cell is not cells[index - 1]]


def table_lines(table: Table) -> list[str]:
    """Return one line per non-empty table row, its cells joined by " | "."""
    rows = (
        [" ".join(cell.text.split()) for cell in distinct_cells(row.cells)] for row in table.rows
    )
    return [" | ".join(cells) for cells in rows if any(cells)]


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
        lines = [
            line
            for block in document.iter_inner_content()
            for line in (table_lines(block) if isinstance(block, Table) else paragraph_lines(block))
        ]
    except Exception as exc:  # python-docx, lxml and zipfile raise many unrelated types
        raise IngestError(f"Tệp «{name}» bị hỏng: không đọc được nội dung Word.") from exc
    return "\n".join(lines)


# --- .pdf -------------------------------------------------------------------------------------


def is_encryption_error(exc: BaseException) -> bool:
    """Tell whether a (possibly wrapped) pdfminer error is about encryption."""
    causes = [exc, *exc.args, exc.__cause__, exc.__context__]
    return any(isinstance(cause, PDFEncryptionError) for cause in causes)


def has_text_layer(pages: list[str]) -> bool:
    """Tell whether the pages hold real text, not just a few stray glyphs of a scan."""
    letters = sum(char.isalpha() for page in pages for char in CID_TOKEN.sub("", page))
    return letters >= MIN_LETTERS_PER_PAGE * max(len(pages), 1)


def extract_pdf_pages(name: str, data: bytes) -> list[str]:
    """Return the text layer of each page of a PDF."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise IngestError(
                    f"Tệp PDF «{name}» có quá nhiều trang ({len(pdf.pages)}); "
                    f"giới hạn là {MAX_PDF_PAGES} trang."
                )
            return [page.extract_text() or "" for page in pdf.pages]
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        if is_encryption_error(exc):
            raise IngestError(
                f"Tệp PDF được mã hóa («{name}»). Hãy gỡ mật khẩu rồi gửi lại tệp."
            ) from exc
        raise IngestError(
            f"Tệp PDF «{name}» bị hỏng hoặc không đầy đủ (có thể tải lên bị gián đoạn)."
        ) from exc


def read_pdf(name: str, data: bytes) -> str:
    """Return the text layer of a PDF, pages joined by a line break."""
    if PDF_MAGIC not in data[:1024]:
        raise IngestError(f"Tệp «{name}» không phải là tệp PDF thật (thiếu phần đầu %PDF).")
    pages = extract_pdf_pages(name, data)
    if not has_text_layer(pages):
        raise IngestError(
            f"Tệp PDF «{name}» không có lớp văn bản (có thể là bản quét hoặc ảnh chụp). "
            "Hãy gửi tệp PDF có lớp văn bản hoặc tệp .docx."
        )
    return "\n".join(pages)
