"""Table tests for jobs.ingest.ocrfix: one per OCR repair rule, on OCR-like text written here.

The inputs imitate Tesseract `vie` output on scanned directives; none is taken from the scan
fixtures, so that these rules are not fitted to them.
"""

from __future__ import annotations

import pytest

from jobs.ingest.ocrfix import (
    drop_running_lines,
    fix_bullets,
    fix_eth,
    join_hyphenated,
    join_paragraph_lines,
    repair_ocr_pages,
    split_glued_abbreviations,
    split_national_heading,
)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Ðồng chí Phó Chủ tịch", "Đồng chí Phó Chủ tịch"),
        ("Phòng Giáo dục và Ðào tạo; ÐVSN", "Phòng Giáo dục và Đào tạo; ĐVSN"),
        ("hoàn thành ðúng hạn", "hoàn thành đúng hạn"),
        ("Đã đúng: Đảng ủy", "Đã đúng: Đảng ủy"),
    ],
)
def test_eth_becomes_d_with_stroke(raw: str, fixed: str) -> None:
    assert fix_eth(raw) == fixed


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Văn phòng HĐND và UBNDhuyện", "Văn phòng HĐND và UBND huyện"),
        ("Ủy ban MTTQxã Tân Lập; HĐNDtỉnh", "Ủy ban MTTQ xã Tân Lập; HĐND tỉnh"),
        ("Số: 12/CTr-UBND; QĐ-TTg", "Số: 12/CTr-UBND; QĐ-TTg"),
        ("UBND TỈNH", "UBND TỈNH"),
        ("Thị xã Hà Tiên; TP.HCM", "Thị xã Hà Tiên; TP.HCM"),
    ],
)
def test_capitals_glued_to_a_word_are_split(raw: str, fixed: str) -> None:
    assert split_glued_abbreviations(raw) == fixed


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("® Phòng Tư pháp chủ trì", "- Phòng Tư pháp chủ trì"),
        ("« Công an huyện phối hợp", "- Công an huyện phối hợp"),
        ("e Trung tâm Y tế huyện", "- Trung tâm Y tế huyện"),
        ("o Đội QLTT số 5", "- Đội QLTT số 5"),
        ("  © UBND các xã", "  - UBND các xã"),
        ("-.Ban Quản lý dự án", "- Ban Quản lý dự án"),
        ("- ,Hạt Kiểm lâm", "- Hạt Kiểm lâm"),
        # Left alone: a lowercase word after "o"/"e", a quotation, a real bullet.
        ("o các đơn vị còn lại", "o các đơn vị còn lại"),
        ("«Nông thôn mới» là chương trình", "«Nông thôn mới» là chương trình"),
        ("- Phòng Nội vụ", "- Phòng Nội vụ"),
        ("giao cho ® Phòng", "giao cho ® Phòng"),
    ],
)
def test_misread_bullets_become_dashes(raw: str, fixed: str) -> None:
    assert fix_bullets(raw) == fixed


HEADING_ACROSS = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG SƠN Độc lập - Tự do - Hạnh phúc

Số: 77/TB-UBND Đông Sơn, ngày 3 tháng 5 năm 2021
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện"""

HEADING_ORDERED = """ỦY BAN NHÂN DÂN

HUYỆN ĐÔNG SƠN

Số: 77/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Đông Sơn, ngày 3 tháng 5 năm 2021

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện"""


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (HEADING_ACROSS, HEADING_ORDERED),
        # The tone mark placed the old way, and a place of three words after a code with "-".
        (
            "BAN CHỈ ĐẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 5-TB/BCĐ Thành phố Huế, ngày 10 tháng 2 năm 2020\nNội dung",
            "BAN CHỈ ĐẠO\n\nSố: 5-TB/BCĐ\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Thành phố Huế, ngày 10 tháng 2 năm 2020\n\nNội dung",
        ),
        # No national heading: nothing moves.
        ("THÔNG BÁO\nNgày 12/3/2024, Ban Chỉ đạo", "THÔNG BÁO\nNgày 12/3/2024, Ban Chỉ đạo"),
    ],
)
def test_national_heading_read_across_columns_is_reordered(raw: str, fixed: str) -> None:
    assert split_national_heading(raw) == fixed


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("lĩnh vực VH-\nXH có nhiều chuyển biến", "lĩnh vực VH-XH có nhiều chuyển biến"),
        ("phòng chống dịch Covid-\n19 cho người dân", "phòng chống dịch Covid-19 cho người dân"),
        ("Phòng Tài chính-\nKế hoạch", "Phòng Tài chính-Kế hoạch"),
        # A dash standing apart is a separator, not a hyphen: the lines stay for textfix.
        ("phát triển kinh tế -\nxã hội", "phát triển kinh tế -\nxã hội"),
        ("đạt kết quả tốt.\n- Phòng Nội vụ", "đạt kết quả tốt.\n- Phòng Nội vụ"),
    ],
)
def test_hyphenation_at_line_ends_is_joined(raw: str, fixed: str) -> None:
    assert join_hyphenated(raw) == fixed


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        # A justified line ending in "." before a capital stays in its paragraph.
        (
            "Chỉ đạo đẩy nhanh tiến độ xây dựng NTM.\nUBND huyện đã phối hợp với các Sở.",
            "Chỉ đạo đẩy nhanh tiến độ xây dựng NTM. UBND huyện đã phối hợp với các Sở.",
        ),
        # Outline items, capitals headings and page numbers start their own line.
        (
            "II. NHIỆM VỤ TRỌNG TÂM\nTập trung chỉ đạo\n- Phòng Nội vụ rà soát\n"
            "biên chế.\n3\ntrước ngày 10/11.",
            "II. NHIỆM VỤ TRỌNG TÂM\nTập trung chỉ đạo\n- Phòng Nội vụ rà soát biên chế.\n3\n"
            "trước ngày 10/11.",
        ),
        ("Đoạn một dòng một\ndòng hai.\n\nĐoạn hai.", "Đoạn một dòng một dòng hai.\n\nĐoạn hai."),
    ],
)
def test_lines_of_a_paragraph_are_joined(raw: str, fixed: str) -> None:
    assert join_paragraph_lines(raw) == fixed


@pytest.mark.parametrize(
    ("pages", "kept"),
    [
        # A running header with the page number in it, on every page: dropped everywhere.
        (
            [
                "THÔNG BÁO\nNội dung trang một.",
                "Thông báo số 12/TB-UBND - Trang 2\nNội dung trang hai.",
                "Thông báo số 12/TB-UBND - Trang 3\nNội dung trang ba.",
                "Thông báo số 12/TB-UBND - Trang 4\nNội dung trang bốn.",
            ],
            [
                "THÔNG BÁO\nNội dung trang một.",
                "Nội dung trang hai.",
                "Nội dung trang ba.",
                "Nội dung trang bốn.",
            ],
        ),
        # A footer on both pages of two.
        (
            ["Việc một.\nVăn phòng UBND huyện Cao Lộc", "Việc hai.\nVăn phòng UBND huyện Cao Lộc"],
            ["Việc một.", "Việc hai."],
        ),
        # The same line at the top of one page and the bottom of another is not a header; one page
        # keeps everything.
        (
            ["- Phòng Nội vụ\nchủ trì.\nA\nB\nC", "X\nY\nZ\n- Phòng Nội vụ\nphối hợp."],
            ["- Phòng Nội vụ\nchủ trì.\nA\nB\nC", "X\nY\nZ\n- Phòng Nội vụ\nphối hợp."],
        ),
        (["Một trang\nVăn phòng"], ["Một trang\nVăn phòng"]),
    ],
)
def test_running_headers_and_footers_are_dropped(pages: list[str], kept: list[str]) -> None:
    assert drop_running_lines(pages) == kept


def test_the_steps_chain_over_pages() -> None:
    pages = [
        "UBND HUYỆN A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 1/TB-UBND A Lưới, ngày 2 tháng 3 năm 2024\n\nThông báo kết luận\n\n"
        "® Ðội QLTT số 5 chủ trì, hoàn thành trước ngày 30/3/2024.\n\nTrang 1/2",
        "® Phòng VH-\nTT phối hợp.\n\nTrang 2/2",
    ]
    assert repair_ocr_pages(pages).split("\n\n") == [
        "UBND HUYỆN A",
        "Số: 1/TB-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "A Lưới, ngày 2 tháng 3 năm 2024",
        "Thông báo kết luận",
        "- Đội QLTT số 5 chủ trì, hoàn thành trước ngày 30/3/2024.",
        "- Phòng VH-TT phối hợp.",
    ]
