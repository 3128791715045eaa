"""Tests for jobs.ingest.reading: fixtures are generated at test time from a corpus seed."""

from __future__ import annotations

import codecs
import email.message
import io
import itertools
import random
import re
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
import matplotlib
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from jobs.config import PdfSettings
from jobs.errors import IngestError
from jobs.ingest import reading, tables
from jobs.ingest.deadlines import directive_date
from jobs.ingest.pipeline import extract_text
from jobs.ingest.reading import SUPPORTED_SUFFIXES, describe_size, read_bytes, read_document
from jobs.ingest.textfix import repair_text, strip_html
from jobs.ingest.units import default_resolver

SEED = next((Path(__file__).parent / "corpus").glob("002_*.txt"))
FONT = Path(matplotlib.__file__).parent / "mpl-data/fonts/ttf/DejaVuSans.ttf"
MIB = 1024 * 1024
VIETNAMESE_MARKS = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE
)
CP1258_TONES = "\u0300\u0301\u0303\u0309\u0323"


@pytest.fixture(scope="session")
def seed_paragraphs() -> list[str]:
    """The seed's paragraphs, as a word processor would hold them."""
    return repair_text(SEED.read_text(encoding="utf-8")).split("\n")


@pytest.fixture(scope="session")
def docx_bytes(seed_paragraphs: list[str]) -> bytes:
    """The seed as a .docx with a bold title, a Heading-style heading, a table and mixed runs."""
    document = docx.Document()
    document.add_paragraph().add_run("THÔNG BÁO KẾT LUẬN").bold = True
    document.add_heading("I. PHÂN CÔNG", level=1)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Đơn vị", "Nhiệm vụ", "Thời hạn"),
        ("Phòng Nội vụ", "Bổ sung công chức", "trước ngày 10/4/2024"),
    ]
    for row, texts in enumerate(rows):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Ghi chú chung"
    table.cell(2, 2).text = "Báo cáo hằng tháng"
    mixed = document.add_paragraph()
    mixed.add_run("Phòng Tư pháp:").bold = True
    mixed.add_run(" chủ trì thẩm định văn bản.")
    for text in seed_paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class PagedPdf(FPDF):
    """An FPDF document with a page number in every footer, as real directives have."""

    def footer(self) -> None:
        self.set_y(-15)
        self.cell(0, 10, str(self.page_no()), align="C")


def new_pdf() -> FPDF:
    """An A4 PDF that writes with a Vietnamese-capable font."""
    pdf = PagedPdf()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=12)
    return pdf


@pytest.fixture(scope="session")
def pdf_bytes(seed_paragraphs: list[str]) -> bytes:
    """The seed as a text-layer PDF, its paragraphs wrapped by the layout."""
    pdf = new_pdf()
    pdf.add_page()
    for text in seed_paragraphs:
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture(scope="session")
def scanned_pdf_bytes() -> bytes:
    """A PDF whose page holds only a drawing, no text."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")
    return bytes(pdf.output())


@pytest.fixture(scope="session")
def encrypted_pdf_bytes(pdf_bytes: bytes) -> bytes:
    """The seed PDF, encrypted with a user password."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    writer.encrypt("pw")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A deflated zip archive holding `members`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed, tone marks combining."""
    pieces = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in decomposed if mark in CP1258_TONES)
        base = "".join(mark for mark in decomposed if mark not in CP1258_TONES)
        pieces.append(unicodedata.normalize("NFC", base) + tones)
    return "".join(pieces).encode("cp1258")


def assert_user_message(error: IngestError, *fragments: str) -> None:
    """The message is Vietnamese, free of traceback text, and says what went wrong."""
    message = str(error)
    assert VIETNAMESE_MARKS.search(message), message
    assert "Traceback" not in message and 'File "' not in message, message
    assert "Error" not in message and "Exception" not in message, message
    for fragment in fragments:
        assert fragment in message, message


# --- reading good files -----------------------------------------------------------------------


def test_docx_keeps_order_tables_and_bold_headings(tmp_path: Path, docx_bytes: bytes) -> None:
    path = tmp_path / "ket_luan.docx"
    path.write_bytes(docx_bytes)
    lines = read_document(path).split("\n")
    expected_in_order = [
        "**THÔNG BÁO KẾT LUẬN**",
        "**I. PHÂN CÔNG**",
        "1. Bổ sung công chức ‖ Chủ trì: Phòng Nội vụ ‖ Thời hạn: trước ngày 10/4/2024",
        "2. Ghi chú chung ‖ Thời hạn: Báo cáo hằng tháng",
        "Phòng Tư pháp: chủ trì thẩm định văn bản.",
        "THÔNG BÁO",
    ]
    positions = [lines.index(line) for line in expected_in_order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("in_rows", [False, True])
def test_a_letters_heading_table_reads_as_its_lines(tmp_path: Path, in_rows: bool) -> None:
    """The issuer's column beside the national name's, each cell holding its lines: the lines
    one by one, column by column (they had run together into a row: "ỦY BAN NHÂN DÂN XÃ ĐẠI
    LỘC Số: 188/KH-UBND | CỘNG HÒA ..."); a heading laid a line per row keeps its rows."""
    left = ["ỦY BAN NHÂN DÂN", "XÃ ĐẠI LỘC", "Số: 188/KH-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Đại Lộc, ngày 01 tháng 12 năm 2026"]
    document = docx.Document()
    table = document.add_table(rows=3 if in_rows else 1, cols=2)
    for row, (issuer, national) in enumerate(zip(left, right, strict=True)):
        if in_rows:
            table.cell(row, 0).text, table.cell(row, 1).text = issuer, national
    if not in_rows:
        table.cell(0, 0).text, table.cell(0, 1).text = "\n".join(left), "\n".join(right)
    document.add_paragraph("KẾ HOẠCH")
    path = tmp_path / "ke_hoach.docx"
    document.save(path)
    lines = read_document(path).split("\n")
    if in_rows:  # (guard, passed before)
        assert lines[0] == "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    else:
        assert lines == [*left, *right, "KẾ HOẠCH"]


@pytest.mark.parametrize(
    ("issuer", "column"),
    [
        ("UBND TỈNH QUẢNG TRỊ", 110),
        # an issuer's column wider than most: the national name's begins past the page's middle
        ("ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", 125),
    ],
)
def test_a_letters_heading_in_two_pdf_columns_reads_column_by_column(issuer: str, column: int):
    """A heading laid in two columns, as a Word table without borders prints: line by line, the
    columns' wrapped lines had interleaved (the place and date ran into the number's line, the
    year into the subject's) and the directive's date was lost. The subject's wrapped last line
    below the columns stays with it; the address, in two columns too, is no part of it."""
    left = [issuer, "SỞ NỘI VỤ", "-------", "Số: 2310/SNV-CCVC",
            "V/v đánh giá, xếp loại chất lượng", "cán bộ, công chức năm 2026"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Quảng Trị, ngày 02 tháng 12 năm", "2026"]
    pdf = new_pdf()
    pdf.add_page()
    top = pdf.get_y()
    for row, pair in enumerate(itertools.zip_longest(left, right)):
        for x, text in zip((pdf.l_margin, column), pair, strict=True):
            if text:
                pdf.set_xy(x, top + 5 * row)
                pdf.cell(text=text)
    # the address laid in two columns too, right under the heading, ends it
    for x, text in ((pdf.l_margin, "Kính gửi:"), (column, "- Các cơ quan chuyên môn;")):
        pdf.set_xy(x, top + 5 * len(left) + 2)
        pdf.cell(text=text)
    pdf.set_xy(column, top + 5 * len(left) + 7)
    pdf.cell(text="- UBND các xã, phường.")
    lines = read_bytes("cong_van.pdf", bytes(pdf.output())).split("\n")
    assert lines[:11] == [*left, *right]
    assert lines[11:13] == ["Kính gửi: - Các cơ quan chuyên môn;", "- UBND các xã, phường."]
    assert directive_date(repair_text("\n".join(lines))) == date(2026, 12, 2)


def test_docx_text_survives_repair(docx_bytes: bytes, seed_paragraphs: list[str]) -> None:
    repaired = repair_text(read_bytes("ket_luan.docx", docx_bytes)).split("\n")
    assert set(seed_paragraphs) <= set(repaired)
    assert any(line.startswith("- Phòng Nội vụ:") for line in repaired)
    assert any("trước ngày 10/4/2024" in line for line in repaired)


def test_pdf_text_layer_survives_repair(tmp_path: Path, pdf_bytes: bytes) -> None:
    path = tmp_path / "ket_luan.pdf"
    path.write_bytes(pdf_bytes)
    raw = read_document(path)
    assert "Phòng Nội vụ" in raw
    repaired = repair_text(raw).split("\n")
    assert any(line.startswith("- Phòng Nội vụ: Chủ trì, phối hợp") for line in repaired)
    assert any(line.startswith("+ Điện:") for line in repaired)
    assert any("TN - MT trước ngày 10/4/2024" in line for line in repaired)
    assert not any(line.strip().isdigit() for line in repaired)  # footers' page numbers


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8.txt", lambda text: text.encode("utf-8")),
        ("utf8_bom.md", lambda text: codecs.BOM_UTF8 + text.encode("utf-8")),
        ("utf16.txt", lambda text: text.encode("utf-16")),
        ("utf16_be.txt", lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
        ("cp1258.txt", to_cp1258),
    ],
)
def test_text_encodings(name: str, encode: Callable[[str], bytes]) -> None:
    text = SEED.read_text(encoding="utf-8")
    decoded = read_bytes(name, encode(text))
    assert unicodedata.normalize("NFC", decoded) == text
    assert "Phòng Nội vụ" in decoded and "trước ngày 10/4/2024" in decoded


def test_cp1258_really_differs_from_utf8() -> None:
    data = to_cp1258("Phòng Nội vụ")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert read_bytes("legacy.txt", data) == "Phòng Nội vụ"


def test_raw_text_is_not_repaired() -> None:
    assert read_bytes("a.txt", "dòng một \r\n\r\ndòng hai".encode()) == "dòng một \r\n\r\ndòng hai"


def test_upload_name_may_carry_a_path() -> None:
    assert read_bytes("../../tmp/Kết luận.TXT", "Nội dung".encode()) == "Nội dung"


# --- refusing bad files -----------------------------------------------------------------------


def bomb_by_ratio() -> bytes:
    """A docx-named zip whose 2 MB member compresses about 1000:1."""
    return zip_bytes({"word/document.xml": bytes(2 * MIB)})


def bomb_by_total() -> tuple[bytes, int]:
    """A zip compressing about 58:1 (a sane ratio) that unpacks beyond 50 x its size limit."""
    rng = random.Random(0)
    member = b"".join(rng.randbytes(12) + bytes(988) for _ in range(6000))
    data = zip_bytes({"word/document.xml": member})
    max_bytes = len(data) + 1
    (info,) = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert info.file_size < 100 * info.compress_size  # the ratio check alone would let it pass
    assert info.file_size > 50 * max_bytes
    return data, max_bytes


BAD_INPUTS: list[tuple[str, str, Callable[..., bytes], dict[str, int], tuple[str, ...]]] = [
    ("empty", "trong.txt", lambda **_: b"", {}, ("trống",)),
    ("whitespace only", "trang.md", lambda **_: b" \n\t\r\n", {}, ("không có nội dung chữ",)),
    ("NUL junk", "rac.txt", lambda **_: b"ab\x00\x01\x02cd" * 200, {}, ("nhị phân",)),
    (
        "control junk",
        "rac.md",
        lambda **_: bytes(range(1, 32)) * 50,
        {},
        ("nhị phân",),
    ),
    (
        "unknown encoding",
        "la.txt",
        lambda **_: random.Random(1).randbytes(4000).replace(b"\x00", b""),
        {},
        ("bảng mã",),
    ),
    ("exe", "virus.exe", lambda **_: b"MZ\x90\x00", {}, ("Không hỗ trợ", ".docx", ".pdf")),
    ("gif", "anh.gif", lambda **_: b"GIF89a", {}, ("Không hỗ trợ", ".txt")),
    ("no suffix", "README", lambda **_: b"abc", {}, ("Không hỗ trợ",)),
    (
        "oversized",
        "lon.txt",
        lambda **_: b"a" * (MIB + MIB // 2),
        {"max_bytes": MIB},
        ("quá lớn", "1,5 MB", "giới hạn là 1 MB"),
    ),
    ("pdf that is text", "gia.pdf", lambda **_: "Đây là văn bản.".encode(), {}, ("không phải",)),
    ("docx that is text", "gia.docx", lambda **_: b"hello", {}, ("không phải là tệp Word",)),
    (
        "legacy doc",
        "cu.docx",
        lambda **_: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        {},
        ("Word cũ",),
    ),
    (
        "zip without a document",
        "nen.docx",
        lambda **_: zip_bytes({"hello.txt": b"hi"}),
        {},
        ("không phải là tệp Word",),
    ),
    ("zip bomb by ratio", "bom.docx", lambda **_: bomb_by_ratio(), {}, ("giải nén",)),
    (
        "truncated docx",
        "cut.docx",
        lambda docx_bytes, **_: docx_bytes[: len(docx_bytes) // 2],
        {},
        ("bị hỏng",),
    ),
    (
        "docx with broken xml",
        "xml.docx",
        lambda **_: zip_bytes({"word/document.xml": b"<w:document", "[Content_Types].xml": b"<"}),
        {},
        ("bị hỏng",),
    ),
    (
        "truncated pdf",
        "cut.pdf",
        lambda pdf_bytes, **_: pdf_bytes[: len(pdf_bytes) // 2],
        {},
        ("bị hỏng",),
    ),
    (
        "encrypted pdf",
        "khoa.pdf",
        lambda encrypted_pdf_bytes, **_: encrypted_pdf_bytes,
        {},
        ("Tệp PDF được mã hóa",),
    ),
    (
        "scanned pdf",
        "scan.pdf",
        lambda scanned_pdf_bytes, **_: scanned_pdf_bytes,
        {},
        ("không có lớp văn bản", ".docx"),
    ),
    (
        "empty docx",
        "rong.docx",
        lambda **_: empty_docx(),
        {},
        ("không có nội dung chữ",),
    ),
]


def empty_docx() -> bytes:
    """A valid .docx with no text at all."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "kwargs", "fragments"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_is_refused_in_vietnamese(
    name: str,
    make: Callable[..., bytes],
    kwargs: dict[str, int],
    fragments: tuple[str, ...],
    docx_bytes: bytes,
    pdf_bytes: bytes,
    encrypted_pdf_bytes: bytes,
    scanned_pdf_bytes: bytes,
) -> None:
    data = make(
        docx_bytes=docx_bytes,
        pdf_bytes=pdf_bytes,
        encrypted_pdf_bytes=encrypted_pdf_bytes,
        scanned_pdf_bytes=scanned_pdf_bytes,
    )
    with pytest.raises(IngestError) as caught:
        read_bytes(name, data, **kwargs)
    assert_user_message(caught.value, *fragments)


def test_zip_bomb_by_total_size_is_refused() -> None:
    data, max_bytes = bomb_by_total()
    with pytest.raises(IngestError) as caught:
        read_bytes("bom.docx", data, max_bytes=max_bytes)
    assert_user_message(caught.value, "giải nén")


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("cut.pdf", lambda pdf, _docx: pdf[: len(pdf) // 2]),
        ("cut.docx", lambda _pdf, docx_data: docx_data[:-200]),
        ("xml.docx", lambda _pdf, _docx: zip_bytes({"word/document.xml": b"<w:document"})),
    ],
)
def test_library_errors_are_chained(
    name: str, make: Callable[[bytes, bytes], bytes], pdf_bytes: bytes, docx_bytes: bytes
) -> None:
    with pytest.raises(IngestError) as caught:
        read_bytes(name, make(pdf_bytes, docx_bytes))
    assert caught.value.__cause__ is not None
    assert_user_message(caught.value)


def test_encrypted_pdf_error_is_chained(encrypted_pdf_bytes: bytes) -> None:
    with pytest.raises(IngestError) as caught:
        read_bytes("khoa.pdf", encrypted_pdf_bytes)
    assert caught.value.__cause__ is not None


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "khong_co.docx")
    assert_user_message(caught.value, "Không tìm thấy", "khong_co.docx")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "thu_muc.txt"
    folder.mkdir()
    with pytest.raises(IngestError) as caught:
        read_document(folder)
    assert_user_message(caught.value, "không phải là một tệp")


def test_oversized_file_on_disk_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "lon.pdf"
    path.write_bytes(b"%PDF" + bytes(3 * MIB))
    with pytest.raises(IngestError) as caught:
        read_document(path, max_bytes=2 * MIB)
    assert_user_message(caught.value, "quá lớn", "3 MB", "giới hạn là 2 MB")


def test_default_limit_is_twenty_megabytes() -> None:
    with pytest.raises(IngestError) as caught:
        read_bytes("lon.txt", b"a" * (20 * MIB + 1))
    assert_user_message(caught.value, "giới hạn là 20 MB")


def test_unsupported_suffix_message_lists_supported_ones() -> None:
    with pytest.raises(IngestError) as caught:
        read_bytes("bang.xlsx", b"PK\x03\x04")
    assert_user_message(caught.value, *SUPPORTED_SUFFIXES)


def test_too_many_pdf_pages(monkeypatch: pytest.MonkeyPatch, pdf_bytes: bytes) -> None:
    monkeypatch.setattr(reading, "DEFAULT_PDF_LIMITS", PdfSettings(max_pages=1))
    with pytest.raises(IngestError) as caught:
        read_bytes("dai.pdf", pdf_bytes)
    assert_user_message(caught.value, "quá nhiều trang", "giới hạn là 1 trang")


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (100, "100 byte"),
        (1536, "1,5 KB"),
        (20 * MIB, "20 MB"),
        (int(20.04 * MIB), "20,04 MB"),
    ],
)
def test_describe_size(size: int, expected: str) -> None:
    assert describe_size(size) == expected


# --- Word tables by column and Word list numbering ------------------------------------------------


def saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_of(build: Callable[[docx.document.Document], None]) -> bytes:
    document = docx.Document()
    build(document)
    document.add_paragraph("Nơi nhận:")
    return saved(document)


def fill(table: docx.table.Table, rows: list[tuple[str, ...]]) -> None:
    for row, texts in enumerate(rows):
        for column, text in enumerate(texts):
            if text:
                table.cell(row, column).text = text


def test_table_by_column_sections_units_and_vertical_merge() -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=6, cols=5)
        fill(table, [
            ("TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Phối hợp", "Thời hạn"),
            ("I", "CÔNG TÁC NỘI CHÍNH", "", "", ""),
            ("1.", "Rà soát hồ sơ\n- hộ nghèo\n- hộ cận nghèo", "", "", "Quý I/2026"),
            ("", "Tổng hợp báo cáo", "", "Phòng C;\nPhòng D", "Tháng 3/2026"),
            ("", "", "", "", ""),
            ("", "Việc chung", "", "", ""),
        ])  # fmt: skip
        table.cell(2, 2).merge(table.cell(3, 2))
        table.cell(2, 2).text = "- Phòng A\n- Phòng B"

    lines = read_bytes("bang.docx", docx_of(build)).split("\n")
    assert lines[:4] == [
        "I. CÔNG TÁC NỘI CHÍNH",
        "1. Rà soát hồ sơ; hộ nghèo; hộ cận nghèo ‖ Chủ trì: Phòng A; Phòng B "
        "‖ Thời hạn: Quý I/2026",
        "2. Tổng hợp báo cáo ‖ Chủ trì: Phòng A; Phòng B ‖ Phối hợp: Phòng C; Phòng D "
        "‖ Thời hạn: Tháng 3/2026",
        "II. Việc chung",
    ]


def test_word_grid_gives_every_unmerged_cell_its_own_key() -> None:
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    for row in range(4):
        for column in range(4):
            table.cell(row, column).text = f"{row}{column}"
    table.cell(1, 0).merge(table.cell(2, 0))

    grid = reading.docx_grid(table, reading.Numbering(document))

    keys = {cell.key for row in grid for cell in row}
    assert len(keys) == 15
    assert grid[1][0].key == grid[2][0].key


def test_a_one_column_table_is_a_frame_read_as_its_paragraphs() -> None:
    """The body set in a one-cell table (a frame) keeps one line per paragraph, so its items
    stay items."""
    def build(document: docx.document.Document) -> None:
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "1. Giao Công an xã rà soát, báo cáo trước ngày 25/3/2026."
        cell.add_paragraph("2. Giao Trạm Y tế xã kiểm tra trước ngày 10/4/2026.")

    lines = read_bytes("khung.docx", docx_of(build)).split("\n")
    assert lines[:2] == ["1. Giao Công an xã rà soát, báo cáo trước ngày 25/3/2026.",
                         "2. Giao Trạm Y tế xã kiểm tra trước ngày 10/4/2026."]


def test_table_without_field_header_keeps_pipes() -> None:
    def build(document: docx.document.Document) -> None:
        fill(document.add_table(rows=2, cols=3), [("Họ tên", "Chức vụ", "Ghi chú"), ("A", "B", "")])

    lines = read_bytes("bang.docx", docx_of(build)).split("\n")
    assert lines[:2] == ["Họ tên | Chức vụ | Ghi chú", "A | B | "]


@pytest.mark.parametrize(
    ("field", "header"),
    [
        ("content", "NỘI DUNG CÔNG VIỆC"),
        ("lead", "Cơ quan chủ trì"),
        ("lead", "Đơn vị/người thực hiện"),
        ("support", "Cơ quan phối hợp"),
        ("time", "Thời gian hoàn thành"),
        ("time", "Tiến độ"),
        ("number", "STT"),
        ("number", "T.T"),
        (None, "Ghi chú"),
    ],
)
def test_header_field(field: str | None, header: str) -> None:
    assert tables.header_field(header) == field


def test_word_numbering_levels_restart_and_formats() -> None:
    counter = reading.ListCounter(
        {
            0: reading.ListLevel("upperRoman", "%1."),
            1: reading.ListLevel("decimal", "%2.", start=1),
            2: reading.ListLevel("lowerLetter", "%3)"),
            3: reading.ListLevel("bullet", "\uf0b7"),
            4: reading.ListLevel("decimal", "%2.%5."),
            5: reading.ListLevel("lowerRoman", "(%6)", start=3),
        }
    )
    labels = [counter.advance(level) for level in (0, 1, 2, 2, 3, 1, 4, 4, 0, 1, 5, 5)]
    assert labels == [
        *("I.", "1.", "a)", "b)", "-", "2.", "2.1.", "2.2.", "II.", "1.", "(iii)", "(iv)")
    ]


def test_a_bullet_under_a_bullet_is_the_second_levels_plus() -> None:
    """Word's nested bullet lists ("•" then "o") read as typed ones: "-" items, "+" under them."""
    counter = reading.ListCounter(
        {0: reading.ListLevel("bullet", "\uf0b7"), 1: reading.ListLevel("bullet", "o"),
         2: reading.ListLevel("bullet", "\uf0a7")}
    )
    assert [counter.advance(level) for level in (0, 1, 1, 0, 1, 2)] == [
        "-", "+", "+", "-", "+", "+"]


def test_a_pdfs_running_header_and_footer_are_left_out() -> None:
    """A line at the top or foot of two pages or more, the same but for the page's number, is
    the page's, not the text's; a table's repeated header and its rows stay."""
    pages = [
        "Kế hoạch số 15/KH-UBND của UBND xã Tân An\nUBND XÃ TÂN AN\n1. Giao Công an xã rà soát."
        "\n2. Văn phòng tổng hợp báo cáo hằng tuần.\nTrang 1 - Hạn xử lý: trước ngày 20/3/2026",
        "Kế hoạch số 15/KH-UBND của UBND xã Tân An\nSTT Nội dung Đơn vị chủ trì\n"
        "3. Trạm Y tế xã kiểm tra.\n4. Rà soát ‖ Chủ trì: Sở Y tế\n"
        "Trang 2 - Hạn xử lý: trước ngày 20/3/2026",
        "STT Nội dung Đơn vị chủ trì\n5. Báo cáo ‖ Chủ trì: Sở Y tế\nNơi nhận:",
    ]
    assert reading.without_running_lines(pages) == [
        "UBND XÃ TÂN AN\n1. Giao Công an xã rà soát.\n2. Văn phòng tổng hợp báo cáo hằng tuần.",
        "STT Nội dung Đơn vị chủ trì\n3. Trạm Y tế xã kiểm tra.\n4. Rà soát ‖ Chủ trì: Sở Y tế",
        "STT Nội dung Đơn vị chủ trì\n5. Báo cáo ‖ Chủ trì: Sở Y tế\nNơi nhận:",
    ]
    assert reading.without_running_lines(pages[:1]) == pages[:1]


def test_list_instances_of_one_numbering_count_on_until_one_restarts_it() -> None:
    """Two lists over one abstract numbering, the second restarting it (as Word and LibreOffice
    write "Restart at 1"); a paragraph of the first list after the restart counts on from it."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="97"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="97"><w:abstractNumId w:val="97"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {ns} w:numId="98"><w:abstractNumId w:val="97"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for text, num_id in (("Việc một", "97"), ("Việc hai", "97"), ("II. PHẦN HAI", None),
                         ("Việc ba", "98"), ("Việc bốn", "97")):
        paragraph = document.add_paragraph(text)
        if num_id:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    assert read_bytes("ds.docx", saved(document)).split("\n")[:5] == [
        "1) Việc một", "2) Việc hai", "II. PHẦN HAI", "1) Việc ba", "2) Việc bốn"]


def test_list_number_style_numbers_paragraphs() -> None:
    def build(document: docx.document.Document) -> None:
        for text in ("Việc một", "Việc hai"):
            document.add_paragraph(text, "List Number")
        document.add_paragraph("Ý phụ", "List Bullet")

    lines = read_bytes("ds.docx", docx_of(build)).split("\n")
    assert lines[:3] == ["1. Việc một", "2. Việc hai", "- Ý phụ"]


def _element(tag: str, *children, **attributes):
    """A WordprocessingML element with its attributes (in the w: namespace) and children."""
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    element.extend(children)
    return element


def _run(text: str, tag: str = "w:t"):
    node = OxmlElement(tag)
    node.text = text
    return _element("w:r", node)


def test_a_word_paragraph_reads_as_word_shows_it() -> None:
    """Text in a tracked insertion, a content control or a field's result is shown by Word and
    read; a tracked deletion is not, nor are the paragraph's tab stops."""
    document = docx.Document()
    inserted = document.add_paragraph("Giao Sở Xây dựng báo cáo trước ngày ")
    inserted._p.append(_element("w:ins", _run("25/3/2026."), id="1"))
    controlled = document.add_paragraph("Giao ")
    controlled._p.append(_element("w:sdt", _element("w:sdtContent", _run("Sở Nội vụ"))))
    controlled.add_run(" tổng hợp.")
    fielded = document.add_paragraph("Hạn: ")
    fielded._p.append(_element("w:fldSimple", _run("31/3/2026"), instr="DATE"))
    revised = document.add_paragraph("Giao Sở Y tế")
    revised._p.append(_element("w:del", _run(" và Sở Tài chính", "w:delText"), id="2"))
    revised.paragraph_format.tab_stops.add_tab_stop(docx.shared.Cm(3))
    revised.add_run(" chủ trì.")
    assert read_bytes("x.docx", saved(document)).split("\n") == [
        "Giao Sở Xây dựng báo cáo trước ngày 25/3/2026.",
        "Giao Sở Nội vụ tổng hợp.",
        "Hạn: 31/3/2026",
        "Giao Sở Y tế chủ trì.",
    ]


def test_content_controls_around_blocks_rows_and_cells_are_looked_through() -> None:
    """A template's content controls may hold whole paragraphs, a table, a table's rows or a
    cell's paragraphs; Word shows them all, so they are all read."""
    def wrap(*elements):
        control = _element("w:sdt", _element("w:sdtPr"), _element("w:sdtContent"))
        elements[0].addprevious(control)
        control[1].extend(elements)
        return control

    document = docx.Document()
    heading = document.add_paragraph("Hòa Bình, ngày 02 tháng 9 năm 2025")
    first = document.add_paragraph("1. Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/9/2025.")
    second = document.add_paragraph("2. Sở Nội vụ rà soát, báo cáo trước ngày 15/10/2025.")
    wrap(first._p, second._p)
    table = document.add_table(rows=3, cols=3)
    fill(table, [
        ("Nội dung", "Đơn vị chủ trì", "Thời hạn"),
        ("Kiểm tra an toàn thực phẩm", "Sở Y tế", "Tháng 10/2025"),
        ("Rà soát trường học", "Sở Giáo dục và Đào tạo", "Tháng 11/2025"),
    ])  # fmt: skip
    wrap(*table.cell(2, 0)._tc.xpath("./w:p"))
    wrap(table.rows[1]._tr, table.rows[2]._tr)
    wrap(table._tbl)
    document.add_paragraph("Nơi nhận:")
    lines = read_bytes("x.docx", saved(document)).split("\n")
    assert lines[0] == heading.text
    assert lines[1:3] == [first.text, second.text]
    assert any("Kiểm tra an toàn thực phẩm" in line and "Tháng 10/2025" in line for line in lines)
    assert any("Rà soát trường học" in line and "Sở Giáo dục và Đào tạo" in line for line in lines)
    assert lines[-1] == "Nơi nhận:"


def test_a_text_box_reads_once() -> None:
    """A text box is stored twice, for Word and for older readers: its text is read once."""
    document = docx.Document()
    paragraph = document.add_paragraph("Giao ")
    box = "<w:txbxContent><w:p><w:r><w:t>Sở Nội vụ</w:t></w:r></w:p></w:txbxContent>"
    paragraph._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    ))
    paragraph.add_run(" tổng hợp.")
    assert read_bytes("x.docx", saved(document)) == "Giao Sở Nội vụ tổng hợp."


def test_a_saved_web_page_is_read_as_text() -> None:
    page = "<html><body><p>Giao S\u1edf Y t\u1ebf r&agrave; so&aacute;t.</p></body></html>"
    assert read_bytes("trang.html", page.encode("utf-8")) == page
    assert read_bytes("trang.htm", page.encode("utf-8")) == page


WORD_WEB_PAGE = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
    '<meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
    "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml>"
    "<![endif]-->\n<style>p.MsoNormal {{margin:0cm}}</style>\n</head>\n"
    "<body lang=VI><div class=WordSection1>\n"
    "<p class=MsoNormal>Thanh Hóa, ngày 02 tháng 9 năm 2025</p>\n"
    "<p class=MsoNormal>1. Giao Ủy ban nhân dân các xã, phường chủ trì quản lý di tích,\n"
    "hoàn thành trước ngày 30/11/2025.</p>\n"
    "<table class=MsoTableGrid border=1><tr><td><p>Nội dung</p></td><td><p>Đơn vị chủ trì</p></td>"
    "<td><p>Thời hạn</p></td></tr><tr><td><p>Rà soát hồ sơ di tích</p></td>"
    "<td><p>Ban Quản lý di tích tỉnh</p></td><td><p>Tháng 12/2025</p></td></tr></table>\n"
    "</div></body></html>"
)


def _word_web_page(charset: str) -> bytes:
    """A page as Word's "Save as Web Page" writes it: letters outside the charset as entities."""
    return WORD_WEB_PAGE.format(charset=charset).encode(charset, "xmlcharrefreplace")


def _read_lines(name: str, data: bytes) -> list[str]:
    return [line.strip() for line in strip_html(read_bytes(name, data)).split("\n") if line.strip()]


@pytest.mark.parametrize("charset", ["windows-1252", "windows-1258", "utf-8"])
def test_a_web_page_is_decoded_by_the_charset_it_declares(charset: str) -> None:
    """Windows-1252 writes "ã", "ý" as bytes that Windows-1258 reads as "ă", "ư": the declared
    charset decides, so Word's web pages in any encoding read as they show; a line break in the
    page's source is a space, as a browser shows it."""
    lines = _read_lines("trang.htm", _word_web_page(charset))
    assert lines[:2] == [
        "Thanh Hóa, ngày 02 tháng 9 năm 2025",
        "1. Giao Ủy ban nhân dân các xã, phường chủ trì quản lý di tích, hoàn thành trước ngày "
        "30/11/2025.",
    ]


def test_a_web_page_saved_as_doc_is_read_as_a_web_page() -> None:
    """Old systems save Word's web page under a .doc name and Word opens it: so does the reader."""
    lines = _read_lines("congvan.doc", _word_web_page("windows-1252"))
    assert lines[0] == "Thanh Hóa, ngày 02 tháng 9 năm 2025"
    assert "Rà soát hồ sơ di tích" in "\n".join(lines)
    assert "Ban Quản lý di tích tỉnh" in "\n".join(lines)


def test_a_single_file_web_page_saved_as_doc_is_read() -> None:
    """Word's "Single File Web Page" (MIME, quoted-printable) under a .doc name."""
    message = email.message.EmailMessage()
    message["MIME-Version"] = "1.0"
    page = _word_web_page("utf-8").decode("utf-8")
    message.set_content(page, subtype="html", cte="quoted-printable")
    lines = _read_lines("congvan.doc", message.as_bytes())
    assert lines[0] == "Thanh Hóa, ngày 02 tháng 9 năm 2025"
    assert any("Ban Quản lý di tích tỉnh" in line for line in lines)



COLUMN_ITEMS = [
    "1. Phòng Kinh tế chủ trì, phối hợp các thôn kiểm tra, nạo vét hệ thống thoát nước tại các "
    "điểm thường xuyên ngập úng, hoàn thành trước ngày 22/10/2025.",
    "2. Công an xã bố trí lực lượng phân luồng, bảo đảm giao thông tại các điểm ngập sâu, báo "
    "cáo tình hình về Ủy ban nhân dân xã trước ngày 24/10/2025.",
    "3. Trạm Y tế xã chuẩn bị cơ số thuốc, hóa chất khử khuẩn; hướng dẫn Nhân dân vệ sinh môi "
    "trường, hoàn thành trong tháng 11/2025.",
    "4. Văn phòng HĐND và UBND xã bố trí trực ban 24/24 giờ, tổng hợp tình hình, báo cáo Ủy "
    "ban nhân dân huyện trước ngày 27/10/2025.",
]


def test_a_pdfs_body_set_in_two_columns_is_read_column_by_column() -> None:
    """A Word section of two columns prints its lines side by side; read line by line, the
    columns' lines interleave and each item's date goes to another item."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 7, "Tân Lập, ngày 20 tháng 10 năm 2025\nCÔNG VĂN\nChủ tịch UBND xã yêu "
                   "cầu các cơ quan, đơn vị triển khai ngay các nội dung sau:",
                   new_x="LMARGIN", new_y="NEXT")
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", balance=True) as columns:
        for item in COLUMN_ITEMS:
            columns.write(text=item + "\n")
    text = read_bytes("cv.pdf", bytes(pdf.output()))
    tasks = extract_text(text + "\nNơi nhận:\n", default_resolver()).tasks
    assert [(t.units, t.due.isoformat()) for t in tasks] == [
        (["Phòng Kinh tế"], "2025-10-22"), (["Công an xã"], "2025-10-24"),
        (["Trạm Y tế xã"], "2025-11-30"), (["Văn phòng HĐND và UBND xã"], "2025-10-27")]


def test_a_pdfs_footnotes_are_left_out_and_their_marks_do_not_join_a_year() -> None:
    """A raised note mark after a date ("trước ngày 31/01/2027⁴") and the notes at the page's
    foot, set smaller (citations with dates of their own): the date stays whole, the notes go."""
    pdf = new_pdf()
    pdf.add_page()
    for text, mark in (("UBND TỈNH LAM GIANG", ""), ("Lam Giang, ngày 19 tháng 6 năm 2026", ""),
                       ("Thực hiện Công điện số 58/CĐ-TTg của Thủ tướng Chính phủ", "1"),
                       ("1. Sở Tài chính tham mưu điều chuyển vốn, trình UBND tỉnh trước ngày "
                        "31/01/2027", "2")):
        pdf.write(7, text)
        if mark:
            pdf.char_vpos = "SUP"
            pdf.write(7, mark)
            pdf.char_vpos = "LINE"
        pdf.ln(9)
    pdf.set_y(250)
    pdf.set_font("DejaVu", size=9)
    for mark, note in (("1", "Công điện số 58/CĐ-TTg ngày 02/6/2026 của Thủ tướng Chính phủ."),
                       ("2", "Luật Đầu tư công: giải ngân đến ngày 31 tháng 01 năm sau.")):
        pdf.char_vpos = "SUP"
        pdf.write(5, mark)
        pdf.char_vpos = "LINE"
        pdf.write(5, f" {note}")
        pdf.ln(6)
    text = read_bytes("cong_van.pdf", bytes(pdf.output()))
    assert "31/01/2027" in text and "20272" not in text
    assert "02/6/2026" not in text and "năm sau" not in text
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.due) for t in tasks] == [(["Sở Tài chính"], date(2027, 1, 31))]
