"""Table tests for jobs.ingest.ocrlayout: tables found again from Tesseract's word boxes.

The word boxes are made here as Tesseract lays them out on a 200-dpi page (words about 30 px
high, 14 px a character, 12 px between words, a line every 42 px), read row by row across the
columns as Tesseract reads a table; none is taken from the scan fixtures.
"""

from __future__ import annotations

from jobs.ingest.ocrlayout import WordBox, find_tables, page_text, pages_text, reading_text

HEIGHT = 30
CHAR = 14
SPACE = 12
PITCH = 42
# Where each column of the work programme's table starts: STT, content, lead, support, time.
COLUMNS = (100, 200, 700, 950, 1200)


def line_words(top: int, cells: list[tuple[int, str]], par: int, line: int = 1) -> list[WordBox]:
    """The words of one OCR line: each (x, text) cell's words from x on, 95% confident."""
    words = []
    for x, text in cells:
        for word in text.split():
            words.append(WordBox(word, x, top, len(word) * CHAR, HEIGHT, 95.0, 1, par, line))
            x += len(word) * CHAR + SPACE
    return words


def table_lines(top: int, rows: list[tuple[str, ...]], par: int) -> list[WordBox]:
    """A table's visual lines, a tuple of cell texts per line ("" for nothing in a column)."""
    words = []
    for index, cells in enumerate(rows):
        placed = [(x, text) for x, text in zip(COLUMNS, cells, strict=True) if text]
        words += line_words(top + index * PITCH, placed, par, index + 1)
    return words


def paragraph(top: int, lines: list[str], par: int, x: int = 100) -> list[WordBox]:
    return [
        word for index, text in enumerate(lines)
        for word in line_words(top + index * PITCH, [(x, text)], par, index + 1)
    ]


INTRO = ["Ủy ban nhân dân xã ban hành Chương trình công tác", "tháng 3 năm 2025 như sau:"]
CLOSING = ["Trên đây là Chương trình công tác tháng 3 năm 2025."]
HEADER = [
    ("STT", "Nội dung công việc", "Đơn vị chủ", "Đơn vị phối", "Thời gian"),
    ("", "", "trì", "hợp", "hoàn thành"),
]
ROWS = [
    ("1", "Rà soát, cập nhật danh sách hộ", "Phòng Văn hóa -", "Công an xã", "Trước ngày"),
    ("", "nghèo, hộ cận nghèo năm 2025 trên", "Xã hội", "", "15/3/2025"),
    ("", "địa bàn các thôn", "", "", ""),
    ("2", "Kiểm tra công tác phòng cháy", "Công an xã", "", "Trong tháng"),
    ("", "chữa cháy tại các chợ", "", "", "3/2025"),
]
EXPECTED = [
    "1. Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn các thôn"
    " ‖ Chủ trì: Phòng Văn hóa - Xã hội ‖ Phối hợp: Công an xã ‖ Thời hạn: Trước ngày 15/3/2025",
    "2. Kiểm tra công tác phòng cháy chữa cháy tại các chợ ‖ Chủ trì: Công an xã"
    " ‖ Thời hạn: Trong tháng 3/2025",
]


def programme_page() -> list[WordBox]:
    """An introduction, the table (header on two lines), a closing line."""
    table_top = 400
    rows = HEADER + ROWS
    return (
        paragraph(300 - PITCH, INTRO, 1)
        + table_lines(table_top, rows, 2)
        + paragraph(table_top + len(rows) * PITCH + 20, CLOSING, 3)
    )


def test_a_scanned_table_becomes_contract_rows() -> None:
    """A wrapped cell over 3 lines, an empty cell (no support), a wrapped two-line header."""
    text, _ = page_text(programme_page())
    assert text.split("\n\n") == ["\n".join(INTRO), *EXPECTED, CLOSING[0]]


def test_a_section_row_across_the_table_is_a_heading() -> None:
    rows = [*HEADER, ("LĨNH VỰC VĂN HÓA - XÃ HỘI", "", "", "", ""), *ROWS]
    text, _ = page_text(table_lines(400, rows, 1))
    assert text.split("\n\n") == ["I. LĨNH VỰC VĂN HÓA - XÃ HỘI", *EXPECTED]


def test_a_table_runs_on_to_the_next_page_without_its_header() -> None:
    """The second page's rows keep the first page's columns; a misread number follows on."""
    first = table_lines(400, HEADER + ROWS[:3], 1)
    last = ("3", "Báo cáo kết quả tháng 3", "Văn phòng", "", "Ngày 31/3/2025")
    second = table_lines(200, [("Ỷ", *ROWS[3][1:]), ROWS[4], last], 1)
    second += paragraph(400, CLOSING, 2)
    texts = pages_text([first, second])
    assert texts[0] == EXPECTED[0]
    assert texts[1].split("\n\n") == [
        EXPECTED[1],
        "3. Báo cáo kết quả tháng 3 ‖ Chủ trì: Văn phòng ‖ Thời hạn: Ngày 31/3/2025",
        CLOSING[0],
    ]


def test_without_a_number_column_rows_are_told_by_the_space_between_them() -> None:
    columns = {0: 200, 1: 700, 2: 1200}
    lines = [
        ("Nội dung", "Đơn vị chủ trì", "Thời hạn"),
        None,
        ("Báo cáo kết quả thu ngân", "Phòng Kinh tế", "Trước ngày"),
        ("sách quý I năm 2025", "", "10/4/2025"),
        None,
        ("Tổng kết công tác năm", "Văn phòng", "Tháng 12/2025"),
        ("2025", "", ""),
    ]
    words = []
    top = 400
    for number, cells in enumerate(lines):
        if cells is None:
            top += 20  # the space a row's padding and its ruling leave
            continue
        placed = [(columns[i], text) for i, text in enumerate(cells) if text]
        words += line_words(top, placed, 1, number + 1)
        top += PITCH
    text, _ = page_text(words)
    assert text.split("\n\n") == [
        "1. Báo cáo kết quả thu ngân sách quý I năm 2025 ‖ Chủ trì: Phòng Kinh tế"
        " ‖ Thời hạn: Trước ngày 10/4/2025",
        "2. Tổng kết công tác năm 2025 ‖ Chủ trì: Văn phòng ‖ Thời hạn: Tháng 12/2025",
    ]


def test_a_page_without_a_table_reads_as_before() -> None:
    words = paragraph(200, ["QUYẾT ĐỊNH", "Về việc giao nhiệm vụ"], 1, x=600) + paragraph(
        300, ["1. Giao Phòng Tư pháp chủ trì, hoàn thành trước", "ngày 30/4/2025."], 2
    )
    assert find_tables(words) == []
    assert page_text(words) == (
        "QUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n\n"
        "1. Giao Phòng Tư pháp chủ trì, hoàn thành trước\nngày 30/4/2025.",
        None,
    )
    assert page_text(words)[0] == reading_text(words)


def test_the_national_heading_in_two_columns_is_not_a_table() -> None:
    heading = [
        [(130, "ỦY BAN NHÂN DÂN"), (760, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        [(150, "XÃ TÂN LẬP"), (840, "Độc lập - Tự do - Hạnh phúc")],
        [(140, "Số: 45/KH-UBND"), (800, "Tân Lập, ngày 3 tháng 3 năm 2025")],
    ]
    words = [
        word for index, cells in enumerate(heading)
        for word in line_words(150 + index * PITCH, cells, 1, index + 1)
    ] + paragraph(350, ["KẾ HOẠCH", "Triển khai công tác tháng 3"], 2, x=550)
    assert find_tables(words) == []
    assert page_text(words) == (reading_text(words), None)


def test_a_misread_row_number_follows_the_row_above() -> None:
    rows = [*HEADER, ("6", *ROWS[0][1:]), *ROWS[1:3], ("Ỷ", *ROWS[3][1:]), ROWS[4]]
    text, _ = page_text(table_lines(400, rows, 1))
    assert text.split("\n\n") == [f"6.{EXPECTED[0][2:]}", f"7.{EXPECTED[1][2:]}"]
