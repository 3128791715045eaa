# ruff: noqa: E501  (the expected contract lines are long by nature)
"""Generate the office-format fixtures of tests/corpus/office/ (run from the repository root).

    .venv/bin/python scripts/make_office_fixtures.py [seed004 seed002 programme letter]

For seeds 004 and 002 it writes `NAME-typed.docx` (numbers typed in the text) and `NAME-auto.docx`
(the same items numbered by Word's automatic numbering: a real numbering.xml, "I." / "1." / "a)"
levels and bullets, the "-" bullet of seed 004 a Symbol-font private-use glyph as Word writes it).
It also writes `programme.docx`, a commune's monthly work programme laid out as a table (STT /
Nội dung / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian, two full-width section rows, a cell
holding two units on two lines, a lead cell merged down over two rows), with
`programme.expected.txt` (the lines the reader must give, written here by hand, not by the reader)
and `programme.gold.toml` (the tasks, by /work/shared/corpus/GUIDE.md); and `letter.docx`, a
Sở's letter under a heading laid out as a two-column table whose cells hold several lines each,
with `letter.gold.toml`.

Then every .docx is converted with LibreOffice to .pdf, .doc, .odt and .rtf, next to it. The
outputs are committed, so that the tests only read them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobs.ingest.textfix import repair_text  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
OUT = CORPUS / "office"
SEEDS = {"004": "seed004", "002": "seed002"}
CONVERSIONS = {"pdf": "pdf", "doc": "doc:MS Word 97", "odt": "odt", "rtf": "rtf"}
FONT = "Times New Roman"

# Typed markers that Word's automatic numbering replaces: (pattern, list, level).
AUTO_MARKERS = (
    (re.compile(r"([IVX]+)\.\s+"), "outline", 0),
    (re.compile(r"(\d{1,2})\.\s+(?=\D)"), "outline", 1),
    (re.compile(r"([a-zđ])\)\s+"), "outline", 2),
    (re.compile(r"-\s+"), "bullets", 0),
    (re.compile(r"\+\s+"), "bullets", 1),
)
OUTLINE_ID, BULLETS_ID = 90, 91


def seed_lines(prefix: str) -> list[str]:
    """The repaired lines of a corpus seed: one paragraph or item per line."""
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return repair_text(path.read_text(encoding="utf-8")).split("\n")


def new_document() -> docx.document.Document:
    """An A4 document in the usual font and margins of Vietnamese administrative texts."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    return document


def level_xml(ilvl: int, fmt: str, text: str, *, symbol: bool = False) -> str:
    """One w:lvl of an abstract numbering; a bullet carries its font, as Word writes it."""
    name = "Symbol" if symbol else FONT
    font = (
        f'<w:rPr><w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:hint="default"/></w:rPr>'
        if fmt == "bullet"
        else ""
    )
    indent = 360 * (ilvl + 1)
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr>{font}</w:lvl>'
    )


def add_numbering(document: docx.document.Document, dash_symbol: bool) -> None:
    """Add two lists to numbering.xml: I. / 1. / a) levels, and -/+ bullets."""
    numbering = document.part.numbering_part.element
    outline = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{OUTLINE_ID}">'
        '<w:multiLevelType w:val="multilevel"/>'
        + level_xml(0, "upperRoman", "%1.")
        + level_xml(1, "decimal", "%2.")
        + level_xml(2, "lowerLetter", "%3)")
        + "</w:abstractNum>"
    )
    dash = "\uf0b7" if dash_symbol else "-"
    bullets = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BULLETS_ID}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        + level_xml(0, "bullet", dash, symbol=dash_symbol)
        + level_xml(1, "bullet", "+")
        + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    for xml in (outline, bullets):
        element = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
    for num_id in (OUTLINE_ID, BULLETS_ID):
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{num_id}"/></w:num>'
            )
        )


def set_numbering(paragraph: docx.text.paragraph.Paragraph, num_id: int, ilvl: int) -> None:
    """Attach a paragraph to a list level."""
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def is_heading(line: str) -> bool:
    """Roman-numbered and all-capitals lines are set in bold, as offices do."""
    letters = [char for char in line if char.isalpha()]
    return bool(re.match(r"[IVX]+\.\s", line)) or (
        len(letters) >= 4 and all(char.isupper() for char in letters)
    )


def write_numbered(prefix: str, name: str, *, auto: bool) -> Path:
    """The seed as a .docx, its numbers typed or given by Word's automatic numbering."""
    document = new_document()
    if auto:
        add_numbering(document, dash_symbol=prefix == "004")
    ids = {"outline": OUTLINE_ID, "bullets": BULLETS_ID}
    for line in seed_lines(prefix):
        paragraph = document.add_paragraph()
        text = line
        if auto:
            for pattern, list_name, level in AUTO_MARKERS:
                match = pattern.match(line)
                if match:
                    set_numbering(paragraph, ids[list_name], level)
                    text = line[match.end() :]
                    break
        paragraph.add_run(text).bold = is_heading(line) or None
    path = OUT / f"{name}-{'auto' if auto else 'typed'}.docx"
    document.save(path)
    return path


# --- the work programme -----------------------------------------------------------------------

PREAMBLE = [
    ("ỦY BAN NHÂN DÂN XÃ PHÚ MỸ", True),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("Độc lập - Tự do - Hạnh phúc", False),
    ("Số: 215/CTr-UBND", False),
    ("Phú Mỹ, ngày 28 tháng 11 năm 2025", False),
    ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2025", True),
    ("của Ủy ban nhân dân xã Phú Mỹ", False),
    (
        "Căn cứ Quy chế làm việc của UBND xã nhiệm kỳ 2021 - 2026; căn cứ kết quả thực hiện "
        "nhiệm vụ tháng 11 năm 2025, UBND xã ban hành Chương trình công tác tháng 12 năm 2025 "
        "như sau:",
        False,
    ),
]
HEADER = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
# A row: (STT, content, lead, support, time); a str is a full-width section row; lead None
# continues the lead cell of the row above (vertical merge).
ROWS: list[tuple[str, str, str | None, str, str] | str] = [
    "LĨNH VỰC KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ",
    (
        "1",
        "Tổng hợp, báo cáo kết quả thu ngân sách nhà nước năm 2025; xây dựng dự toán thu, "
        "chi ngân sách xã năm 2026 trình HĐND xã",
        "Phòng Kinh tế",
        "Bộ phận Kế toán - Tài chính;\nThuế cơ sở 5",
        "Trước ngày 10/12/2025",
    ),
    (
        "2",
        "Rà soát, đôn đốc giải ngân vốn đầu tư công năm 2025:\n"
        "- Các công trình giao thông nông thôn;\n- Các công trình trường học",
        "Ban Quản lý dự án xã",
        "Phòng Kinh tế",
        "Trước ngày 20/12/2025",
    ),
    (
        "3",
        "Kiểm tra, xử lý các trường hợp vi phạm trật tự xây dựng, lấn chiếm hành lang an toàn "
        "giao thông trên địa bàn xã",
        "Phòng Kinh tế",
        "Công an xã",
        "Trong tháng 12/2025",
    ),
    (
        "4",
        "Hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho các hộ gia đình, cá nhân "
        "đủ điều kiện",
        None,
        "Văn phòng Đăng ký đất đai chi nhánh khu vực",
        "Trước ngày 25/12/2025",
    ),
    (
        "5",
        "Triển khai kế hoạch sản xuất vụ Đông Xuân 2025 - 2026; phòng chống đói, rét cho "
        "cây trồng, vật nuôi",
        "Phòng Kinh tế;\nTrung tâm Dịch vụ tổng hợp xã",
        "Hội Nông dân xã",
        "Tháng 12/2025",
    ),
    "II. LĨNH VỰC VĂN HÓA - XÃ HỘI",
    (
        "6",
        "Tổ chức các hoạt động kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam "
        "(22/12/1944 - 22/12/2025)",
        "Ban Chỉ huy Quân sự xã",
        "Phòng Văn hóa - Xã hội;\nỦy ban MTTQ Việt Nam xã",
        "Trước ngày 22/12/2025",
    ),
    (
        "7",
        "Rà soát hộ nghèo, hộ cận nghèo năm 2025; tổng hợp, báo cáo kết quả",
        "Phòng Văn hóa - Xã hội",
        "Các thôn",
        "Trước ngày 15/12/2025",
    ),
    (
        "8",
        "Chuẩn bị các điều kiện tổ chức Tết Nguyên đán Bính Ngọ năm 2026, thăm hỏi, tặng quà "
        "các gia đình chính sách",
        "Phòng Văn hóa - Xã hội",
        "",
        "Trước ngày 31/12/2025",
    ),
    (
        "9",
        "Tổng kết công tác cải cách hành chính, chuyển đổi số năm 2025",
        "Văn phòng HĐND và UBND xã",
        "Các phòng, ban, đơn vị thuộc UBND xã",
        "Trước ngày 26/12/2025",
    ),
    (
        "10",
        "Duy trì trực tiếp nhận, trả kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ "
        "hành chính công xã",
        "Trung tâm Phục vụ hành chính công xã",
        "",
        "Thường xuyên",
    ),
]
CLOSING = [
    "Trên đây là Chương trình công tác tháng 12 năm 2025 của UBND xã Phú Mỹ. Yêu cầu các cơ quan, "
    "đơn vị căn cứ nội dung được giao triển khai thực hiện.",
    "Nơi nhận:",
    "- Thường trực Đảng ủy, HĐND xã;",
    "- Lưu: VT.",
]
# What the reader must give for the table, written out by hand from the contract.
EXPECTED = """\
I. LĨNH VỰC KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ
1. Tổng hợp, báo cáo kết quả thu ngân sách nhà nước năm 2025; xây dựng dự toán thu, chi ngân sách xã năm 2026 trình HĐND xã ‖ Chủ trì: Phòng Kinh tế ‖ Phối hợp: Bộ phận Kế toán - Tài chính; Thuế cơ sở 5 ‖ Thời hạn: Trước ngày 10/12/2025
2. Rà soát, đôn đốc giải ngân vốn đầu tư công năm 2025: Các công trình giao thông nông thôn; Các công trình trường học ‖ Chủ trì: Ban Quản lý dự án xã ‖ Phối hợp: Phòng Kinh tế ‖ Thời hạn: Trước ngày 20/12/2025
3. Kiểm tra, xử lý các trường hợp vi phạm trật tự xây dựng, lấn chiếm hành lang an toàn giao thông trên địa bàn xã ‖ Chủ trì: Phòng Kinh tế ‖ Phối hợp: Công an xã ‖ Thời hạn: Trong tháng 12/2025
4. Hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho các hộ gia đình, cá nhân đủ điều kiện ‖ Chủ trì: Phòng Kinh tế ‖ Phối hợp: Văn phòng Đăng ký đất đai chi nhánh khu vực ‖ Thời hạn: Trước ngày 25/12/2025
5. Triển khai kế hoạch sản xuất vụ Đông Xuân 2025 - 2026; phòng chống đói, rét cho cây trồng, vật nuôi ‖ Chủ trì: Phòng Kinh tế; Trung tâm Dịch vụ tổng hợp xã ‖ Phối hợp: Hội Nông dân xã ‖ Thời hạn: Tháng 12/2025
II. LĨNH VỰC VĂN HÓA - XÃ HỘI
6. Tổ chức các hoạt động kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025) ‖ Chủ trì: Ban Chỉ huy Quân sự xã ‖ Phối hợp: Phòng Văn hóa - Xã hội; Ủy ban MTTQ Việt Nam xã ‖ Thời hạn: Trước ngày 22/12/2025
7. Rà soát hộ nghèo, hộ cận nghèo năm 2025; tổng hợp, báo cáo kết quả ‖ Chủ trì: Phòng Văn hóa - Xã hội ‖ Phối hợp: Các thôn ‖ Thời hạn: Trước ngày 15/12/2025
8. Chuẩn bị các điều kiện tổ chức Tết Nguyên đán Bính Ngọ năm 2026, thăm hỏi, tặng quà các gia đình chính sách ‖ Chủ trì: Phòng Văn hóa - Xã hội ‖ Thời hạn: Trước ngày 31/12/2025
9. Tổng kết công tác cải cách hành chính, chuyển đổi số năm 2025 ‖ Chủ trì: Văn phòng HĐND và UBND xã ‖ Phối hợp: Các phòng, ban, đơn vị thuộc UBND xã ‖ Thời hạn: Trước ngày 26/12/2025
10. Duy trì trực tiếp nhận, trả kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã ‖ Chủ trì: Trung tâm Phục vụ hành chính công xã ‖ Thời hạn: Thường xuyên
"""
GOLD = """\
# Tasks of programme.docx (and of each of its conversions), annotated by GUIDE.md.
[directive]
file = "programme.docx"
date = "2025-11-28"

[[task]]
ref = "1"
units = ["Phòng Kinh tế"]
support = ["Bộ phận Kế toán - Tài chính", "Thuế cơ sở 5"]
due = "2025-12-10"
due_text = "Trước ngày 10/12/2025"
every = ""
what = "Tổng hợp, báo cáo kết quả thu ngân sách nhà nước năm 2025"

[[task]]
ref = "2"
units = ["Ban Quản lý dự án xã"]
support = ["Phòng Kinh tế"]
due = "2025-12-20"
due_text = "Trước ngày 20/12/2025"
every = ""
what = "Rà soát, đôn đốc giải ngân vốn đầu tư công năm 2025"

[[task]]
ref = "3"
units = ["Phòng Kinh tế"]
support = ["Công an xã"]
due = "2025-12-31"
due_text = "Trong tháng 12/2025"
every = ""
what = "Kiểm tra, xử lý các trường hợp vi phạm trật tự xây dựng"

[[task]]
ref = "4"
units = ["Phòng Kinh tế"]
support = ["Văn phòng Đăng ký đất đai chi nhánh khu vực"]
due = "2025-12-25"
due_text = "Trước ngày 25/12/2025"
every = ""
what = "Hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất"

[[task]]
ref = "5"
units = ["Phòng Kinh tế", "Trung tâm Dịch vụ tổng hợp xã"]
support = ["Hội Nông dân xã"]
due = "2025-12-31"
due_text = "Tháng 12/2025"
every = ""
what = "Triển khai kế hoạch sản xuất vụ Đông Xuân 2025 - 2026"

[[task]]
ref = "6"
units = ["Ban Chỉ huy Quân sự xã"]
support = ["Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam xã"]
due = "2025-12-22"
due_text = "Trước ngày 22/12/2025"
every = ""
what = "Tổ chức các hoạt động kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam"

[[task]]
ref = "7"
units = ["Phòng Văn hóa - Xã hội"]
support = ["Các thôn"]
due = "2025-12-15"
due_text = "Trước ngày 15/12/2025"
every = ""
what = "Rà soát hộ nghèo, hộ cận nghèo năm 2025"

[[task]]
ref = "8"
units = ["Phòng Văn hóa - Xã hội"]
support = []
due = "2025-12-31"
due_text = "Trước ngày 31/12/2025"
every = ""
what = "Chuẩn bị các điều kiện tổ chức Tết Nguyên đán Bính Ngọ năm 2026"

[[task]]
ref = "9"
units = ["Văn phòng HĐND và UBND xã"]
support = ["Các phòng, ban, đơn vị thuộc UBND xã"]
due = "2025-12-26"
due_text = "Trước ngày 26/12/2025"
every = ""
what = "Tổng kết công tác cải cách hành chính, chuyển đổi số năm 2025"

[[task]]
ref = "10"
units = ["Trung tâm Phục vụ hành chính công xã"]
support = []
every = ""
what = "Duy trì trực tiếp nhận, trả kết quả giải quyết thủ tục hành chính"
"""


def set_cell_lines(cell: docx.table._Cell, text: str, *, bold: bool = False) -> None:
    """Fill a cell with one paragraph per line of `text`."""
    lines = text.split("\n")
    cell.paragraphs[0].add_run(lines[0]).bold = bold or None
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).bold = bold or None


def mark_row(table: Table, index: int, *, header: bool = False) -> None:
    """Keep a row on one page; repeat the header row on every page."""
    tr_pr = table.rows[index]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    if header:
        tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def add_table(
    document: docx.document.Document,
    header: tuple[str, ...],
    rows: Sequence[tuple[str | None, ...] | str],
    widths: tuple[float, ...],
) -> None:
    """A Word table: a header row repeated on every page, a str row merged full width (bold),
    a None cell merged down from the row above, columns of `widths` cm."""
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for column, width in enumerate(widths):
        table.columns[column].width = Cm(width)
        for cell in table.columns[column].cells:
            cell.width = Cm(width)
    for column, text in enumerate(header):
        set_cell_lines(table.cell(0, column), text, bold=True)
    mark_row(table, 0, header=True)
    for index, row in enumerate(rows, start=1):
        mark_row(table, index)
        if isinstance(row, str):
            merged = table.cell(index, 0).merge(table.cell(index, len(header) - 1))
            set_cell_lines(merged, row, bold=True)
            continue
        for column, text in enumerate(row):
            if text is None:
                table.cell(index - 1, column).merge(table.cell(index, column))
            elif text:
                set_cell_lines(table.cell(index, column), text)


def write_programme() -> Path:
    """The work programme as a Word table, with its expected lines and its gold file."""
    document = new_document()
    for text, bold in PREAMBLE:
        document.add_paragraph().add_run(text).bold = bold or None
    widths = (1.2, 6.3, 3.0, 3.0, 2.7)  # cm: an A4 page less 3 cm and 2 cm margins
    add_table(document, HEADER, ROWS, widths)
    for text in CLOSING:
        document.add_paragraph(text)
    path = OUT / "programme.docx"
    document.save(path)
    (OUT / "programme.expected.txt").write_text(EXPECTED, encoding="utf-8")
    (OUT / "programme.gold.toml").write_text(GOLD, encoding="utf-8")
    return path


# --- a letter under a heading laid in a table -------------------------------------------------

# The issuer's column beside the national name's, each cell holding its lines (as offices lay a
# heading out in Word), centred; the subject wraps in its narrow column, and so does the place
# and date in the other. The body's first deadline has no year: the directive's date dates it.
LETTER_HEADING = (
    ["ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: 1888/SKHĐT-TH",
     "V/v báo cáo tình hình thực hiện kế hoạch đầu tư công năm 2026"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
     "Thừa Thiên Huế, ngày 03 tháng 12 năm 2026"],
)
LETTER_BODY = [
    "Kính gửi: Các chủ đầu tư sử dụng vốn đầu tư công.",
    "Để tổng hợp báo cáo UBND tỉnh, Sở Kế hoạch và Đầu tư đề nghị các chủ đầu tư báo cáo tình hình "
    "giải ngân vốn đầu tư công năm 2026 trước ngày 15/12.",
    "Riêng Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh báo cáo bổ sung tiến độ "
    "giải phóng mặt bằng trước ngày 20/12/2026.",
]
LETTER_SIGNATURE = (["Nơi nhận:", "- Như trên;", "- Lưu: VT, TH."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn An"])
LETTER_GOLD = """\
[directive]
file = "letter.docx"
date = "2026-12-03"
# A Sở's letter whose heading is a two-column Word table (each cell holding several lines); the
# first deadline has no year and takes the header's ("Thừa Thiên Huế, ngày 03 tháng 12 năm 2026").

[[task]]
units = ["Các chủ đầu tư"]
support = []
due = "2026-12-15"
due_text = "trước ngày 15/12"
every = ""
what = "báo cáo tình hình giải ngân vốn đầu tư công năm 2026"

[[task]]
units = ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]
support = []
due = "2026-12-20"
due_text = "trước ngày 20/12/2026"
every = ""
what = "báo cáo bổ sung tiến độ giải phóng mặt bằng"
"""


def add_columns(document: docx.document.Document, columns: tuple[list[str], list[str]],
                widths: Sequence[float]) -> None:
    """A borderless table of one row, each cell holding its lines, centred."""
    table = document.add_table(rows=1, cols=len(columns))
    table.autofit = False
    for cell, lines, width in zip(table.rows[0].cells, columns, widths, strict=True):
        cell.width = Cm(width)
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph.alignment = 1  # centred
            paragraph.add_run(line).bold = (index < 2 and line.isupper()) or None


def write_letter() -> Path:
    """A letter under a heading laid in a table, with its gold file."""
    document = new_document()
    add_columns(document, LETTER_HEADING, (7.5, 8.5))
    for text in LETTER_BODY:
        document.add_paragraph(text).paragraph_format.first_line_indent = Cm(1)
    add_columns(document, LETTER_SIGNATURE, (8.0, 8.0))
    path = OUT / "letter.docx"
    document.save(path)
    (OUT / "letter.gold.toml").write_text(LETTER_GOLD, encoding="utf-8")
    return path


# --- conversion -------------------------------------------------------------------------------


def convert(sources: list[Path], out: Path = OUT) -> None:
    """Convert each .docx to every other format into `out`, one LibreOffice call per format."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) is needed: scripts/system-deps.sh installs it")
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder, "profile").as_uri()
        for suffix, target in CONVERSIONS.items():
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", target, "--outdir", str(out), *map(str, sources)],
                check=True, capture_output=True, timeout=300,
                env={"HOME": folder, "PATH": "/usr/bin:/bin"},
            )  # fmt: skip
            for source in sources:
                assert source.with_suffix(f".{suffix}").is_file(), source


def main(names: Sequence[str]) -> None:
    """Write the fixtures named (all when none is: seed004, seed002, programme, letter)."""
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set(names) or {*SEEDS.values(), "programme", "letter"}
    sources = [
        write_numbered(prefix, name, auto=auto)
        for prefix, name in SEEDS.items()
        if name in wanted
        for auto in (False, True)
    ]
    if "programme" in wanted:
        sources.append(write_programme())
    if "letter" in wanted:
        sources.append(write_letter())
    convert(sources)
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
