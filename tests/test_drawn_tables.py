"""Task tables drawn or laid out in plain text, their rows wrapped over several lines, as they
arrive when copied out of an e-mail, a PDF or an old system: each row is read whole, by
column."""

from __future__ import annotations

import pytest

from jobs.ingest.pipeline import extract_text
from jobs.ingest.tables import aligned_table_lines, bordered_table_lines, drawn_table_lines
from jobs.ingest.units import default_resolver

HEADING = "KẾ HOẠCH\nTân Lập, ngày 04 tháng 11 năm 2026\n"

ASCII_GRID = """\
+-----+-------------------------+----------------+----------------+-------------+
| STT | Nội dung                | Chủ trì        | Phối hợp       | Thời hạn    |
+=====+=========================+================+================+=============+
| I. CÔNG TÁC CHUẨN BỊ                                                          |
+-----+-------------------------+----------------+----------------+-------------+
| 1   | Rà soát danh sách hộ    | Phòng Văn hóa -| Các thôn       | Trước ngày  |
|     | cần hỗ trợ sửa nhà      | Xã hội         |                | 20/11/2026  |
+-----+-------------------------+----------------+----------------+-------------+
| 2   | Lập dự toán kinh phí    | Phòng Kinh tế  | Văn phòng HĐND | Chậm nhất   |
|     |                         |                | và UBND xã     | 05/12/2026  |
+-----+-------------------------+----------------+----------------+-------------+
"""

BOX_DRAWN = """\
┌─────┬──────────────────────────┬─────────────────┬──────────────┐
│ TT  │ Nhiệm vụ                 │ Đơn vị chủ trì  │ Thời hạn     │
├─────┼──────────────────────────┼─────────────────┼──────────────┤
│ 1   │ Kiểm tra an toàn thực    │ Trạm Y tế xã    │ Xong trước   │
│     │ phẩm tại chợ             │                 │ 15/12/2026   │
├─────┼──────────────────────────┼─────────────────┼──────────────┤
│ 2   │ Báo cáo kết quả tuần     │ Công an xã      │ Thứ Sáu hằng │
│     │                          │                 │ tuần         │
└─────┴──────────────────────────┴─────────────────┴──────────────┘
"""

# No rule between rows: a row's later lines leave the number cell empty.
PIPES_WRAPPED = """\
| TT | Nội dung nhiệm vụ          | Chủ trì            | Thời hạn          |
|----|----------------------------|--------------------|-------------------|
| 1  | Hoàn thành giải phóng mặt  | Trung tâm Phát     | Trước ngày        |
|    | bằng tuyến đường trục      | triển quỹ đất      | 25/12/2026        |
| 2  | Tổ chức Hội thi văn nghệ   | Phòng Văn hóa -    | Hoàn thành trong  |
|    | các thôn, tuyến Trần Phú   | Xã hội             | quý I/2027        |
|    | Quang Trung                |                    |                   |
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (ASCII_GRID, [("I.1", ["Phòng Văn hóa - Xã hội"], "2026-11-20"),
                      ("I.2", ["Phòng Kinh tế"], "2026-12-05")]),
        (BOX_DRAWN, [("1", ["Trạm Y tế xã"], "2026-12-15"), ("2", ["Công an xã"], "weekly:fri")]),
        (PIPES_WRAPPED, [("1", ["Trung tâm Phát triển quỹ đất"], "2026-12-25"),
                         ("2", ["Phòng Văn hóa - Xã hội"], "2027-03-31")]),
    ],
)
def test_a_drawn_tables_wrapped_rows_are_read_whole(
    table: str, expected: list[tuple[str, list[str], str]]
) -> None:
    tasks = extract_text(HEADING + table + "\nNơi nhận:\n- Lưu: VT.\n", default_resolver()).tasks
    assert [(t.ref, t.units, t.due.isoformat() if t.due else t.every) for t in tasks] == expected


def test_a_wrapped_rows_cells_are_joined_with_a_space() -> None:
    lines = drawn_table_lines(PIPES_WRAPPED).split("\n")
    assert lines[2] == ("| 1 | Hoàn thành giải phóng mặt bằng tuyến đường trục | Trung tâm Phát"
                        " triển quỹ đất | Trước ngày 25/12/2026 |")
    assert lines[3].endswith("| Hoàn thành trong quý I/2027 |")


def test_a_cell_that_is_a_list_keeps_its_items_apart() -> None:
    """A dash the wrapping put first in a line is no item; in a cell that opens with one, each
    dash opens an item."""
    table = ("| TT | Nội dung              | Chủ trì      |\n"
             "|----|-----------------------|--------------|\n"
             "| 1  | - Rà soát hồ sơ       | Phòng Nội vụ |\n"
             "|    | - Lập danh sách       |              |\n"
             "| 2  | Quảng bá hình ảnh xã  | Trung tâm    |\n"
             "|    | - Năm Du lịch 2027    | Dịch vụ      |\n")
    lines = drawn_table_lines(table).split("\n")
    assert lines[2] == "| 1 | - Rà soát hồ sơ<br>- Lập danh sách | Phòng Nội vụ |"
    assert lines[3] == "| 2 | Quảng bá hình ảnh xã - Năm Du lịch 2027 | Trung tâm Dịch vụ |"


@pytest.mark.parametrize(
    "text",
    [
        # a Markdown table, one row a line, even where a row leaves its number cell empty
        "| STT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Rà soát | Sở Tư pháp |\n"
        "|  | Tổng hợp kết quả | Văn phòng |\n",
        # a rule alone, and prose
        "Kính gửi: các phòng\n-----------------\nĐề nghị các phòng báo cáo.\n",
    ],
)
def test_other_text_is_left_as_written(text: str) -> None:
    """(guard, passed before: the reader did not exist)"""
    assert drawn_table_lines(text) == text


# A PDF copied as text with its layout: columns by spaces alone, the header wrapped, a page's
# number and the header again inside the table, a row going on over the page break.
ALIGNED = """\
II. CÁC NỘI DUNG TRÌNH
TT   Nội dung                       Cơ quan chủ trì   Cơ quan phối hợp   Thời gian
                                                                         trình
1    Báo cáo tình hình thu ngân     Phòng Kinh tế     Thuế cơ sở 3       Trước
     sách năm 2026                                                       05/12/2026
2    Kế hoạch tổ chức Tết Nguyên    Phòng Văn hóa -   Công an xã; Đoàn   Trước
     đán Đinh Mùi năm 2027          Xã hội            Thanh niên xã      20/12/2026

                                                                   Trang 2
TT   Nội dung                       Cơ quan chủ trì   Cơ quan phối hợp   Thời gian
                                                                         trình
     (phương án bảo đảm an ninh)
3    Chương trình công tác năm      Văn phòng HĐND    Các phòng, đơn vị  25/12/2026
     2027                           và UBND xã

III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã theo dõi, đôn đốc.
"""


def test_a_table_laid_out_by_spaces_is_read_by_column() -> None:
    tasks = extract_text(HEADING + ALIGNED + "\nNơi nhận:\n- Lưu: VT.\n", default_resolver()).tasks
    assert [(t.ref, t.units, t.support, t.due.isoformat() if t.due else None)
            for t in tasks][:3] == [
        ("II.1", ["Phòng Kinh tế"], ["Thuế cơ sở 3"], "2026-12-05"),
        ("II.2", ["Phòng Văn hóa - Xã hội"], ["Công an xã", "Đoàn Thanh niên xã"], "2026-12-20"),
        ("II.3", ["Văn phòng HĐND và UBND xã"], ["Các phòng, đơn vị"], "2026-12-25"),
    ]


def test_a_laid_out_rows_cells_are_joined_and_the_text_after_the_table_kept() -> None:
    lines = aligned_table_lines(ALIGNED).split("\n")
    assert lines[1] == "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian trình |"
    assert lines[4] == ("| 2 | Kế hoạch tổ chức Tết Nguyên đán Đinh Mùi năm 2027 (phương án bảo đảm"
                        " an ninh) | Phòng Văn hóa - Xã hội | Công an xã; Đoàn Thanh niên xã |"
                        " Trước 20/12/2026 |")
    assert lines[-4:] == ["", "III. TỔ CHỨC THỰC HIỆN",
                          "Văn phòng HĐND và UBND xã theo dõi, đôn đốc.", ""]


@pytest.mark.parametrize(
    "text",
    [
        # columns of figures, no task header
        "Đơn vị      Số hộ     Tỷ lệ\nThôn 1       120       35%\nThôn 2       98        28%\n",
        # a header that names task columns, with no rows under it
        "TT   Nội dung    Chủ trì    Thời hạn\n\nĐề nghị các phòng thực hiện.\n",
    ],
)
def test_text_in_columns_that_is_no_task_table_is_left_as_written(text: str) -> None:
    """(guard, passed before: the reader did not exist)"""
    assert aligned_table_lines(text) == text


def test_a_laid_out_tables_section_heading_is_a_row_of_its_own() -> None:
    table = ("TT   Nội dung                     Chủ trì          Thời hạn\n"
             "I. CÔNG TÁC TUYÊN TRUYỀN TRÊN ĐỊA BÀN XÃ\n"
             "     (các thôn phối hợp)\n"
             "1    Treo băng rôn, khẩu hiệu     Trung tâm Dịch   Trước\n"
             "     tại trụ sở                   vụ tổng hợp      20/12/2025\n"
             "2    Phát thanh chuyên mục        Phòng Văn hóa -  Trước\n"
             "                                  Xã hội           25/12/2025\n")
    assert aligned_table_lines(table).split("\n")[2:5] == [
        "| I. CÔNG TÁC TUYÊN TRUYỀN TRÊN ĐỊA BÀN XÃ |",
        "|  | (các thôn phối hợp) |  |  |",
        "| 1 | Treo băng rôn, khẩu hiệu tại trụ sở | Trung tâm Dịch vụ tổng hợp"
        " | Trước 20/12/2025 |"]


# A Word table saved as text: its cells parted by pipes with no outer border, a section row of
# two cells, a wrapped row's later line with its number cell empty, a page number between rows.
INNER_PIPES = """\
STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
I | CÁC NỘI DUNG TRÌNH HĐND XÃ
1 | Báo cáo tình hình thực hiện dự toán ngân sách năm 2026; | Phòng Kinh tế | Các thôn | 10/11/2026
 | dự toán ngân sách năm 2027 | | |
2 | Đề án sắp xếp thôn, tổ dân phố | Phòng Nội vụ | Các thôn | 20/11/2026
Trang 2/3
II | CÁC NHIỆM VỤ THƯỜNG XUYÊN
3 | Báo cáo tiến độ giải ngân vốn đầu tư công | Phòng Kinh tế | Các chủ đầu tư | Thứ Sáu hằng
 | | | | tuần
"""


def test_a_table_with_inner_pipes_only_is_read_by_column() -> None:
    tasks = extract_text(HEADING + INNER_PIPES + "Nơi nhận:\n- Lưu: VT.\n",
                         default_resolver()).tasks
    assert [(t.ref, t.units, t.due.isoformat() if t.due else t.every) for t in tasks] == [
        ("I.1", ["Phòng Kinh tế"], "2026-11-10"), ("I.2", ["Phòng Nội vụ"], "2026-11-20"),
        ("II.3", ["Phòng Kinh tế"], "weekly:fri")]


def test_an_inner_pipe_tables_rule_under_its_header_is_no_row() -> None:
    table = ("STT | Nội dung | Cơ quan chủ trì | Thời gian\n----+----------+-------------+-----\n"
             "A | CÔNG TÁC CHĂM LO TẾT\n1 | Thăm, tặng quà gia đình chính sách | Phòng Văn hóa - "
             "Xã hội | Trước ngày 04/02/2027\n2 | Tổng hợp tình hình đón Tết | Văn phòng HĐND và "
             "UBND xã | Hằng ngày\n")
    tasks = extract_text(HEADING + table, default_resolver()).tasks
    assert [(t.ref, t.units, t.due.isoformat() if t.due else t.every) for t in tasks] == [
        ("A.1", ["Phòng Văn hóa - Xã hội"], "2027-02-04"),
        ("A.2", ["Văn phòng HĐND và UBND xã"], "daily")]


def test_an_inner_pipe_tables_section_heading_may_have_no_pipe() -> None:
    table = ("STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện\n"
             "A. KIỂM TRA KHI CÓ DẤU HIỆU VI PHẠM\n"
             "1 | Kiểm tra việc quản lý đất đai | Ủy ban Kiểm tra Đảng ủy | Quý II/2027\n"
             "B. GIÁM SÁT CHUYÊN ĐỀ\n"
             "2 | Giám sát việc kê khai tài sản | Ủy ban Kiểm tra Đảng ủy | Tháng 10/2027\n")
    tasks = extract_text(HEADING + table, default_resolver()).tasks
    assert [(t.ref, t.due.isoformat()) for t in tasks] == [("A.1", "2027-06-30"),
                                                         ("B.2", "2027-10-31")]


def test_an_inner_pipe_tables_wrapped_row_is_one_row() -> None:
    lines = drawn_table_lines(bordered_table_lines(INNER_PIPES)).split("\n")
    assert lines[3] == ("| 1 | Báo cáo tình hình thực hiện dự toán ngân sách năm 2026; dự toán ngân"
                        " sách năm 2027 | Phòng Kinh tế | Các thôn | 10/11/2026 |")


@pytest.mark.parametrize(
    "text",
    [
        # pipes in prose, and a pipe table with no column a task table has
        "Đề nghị các phòng | các thôn báo cáo | trước ngày 20/11/2026.\n",
        "Thôn | Số hộ | Tỷ lệ\nThôn 1 | 120 | 35%\n",
        # a Markdown table has its outer pipes already
        "| STT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Rà soát | Sở Tư pháp |\n",
    ],
)
def test_other_pipes_are_left_as_written(text: str) -> None:
    """(guard, passed before: the reader did not exist)"""
    assert bordered_table_lines(text) == text


# A week's schedule copied out of a PDF, one cell a line: the day's column and the hour's, the
# leader who chairs and the office that prepares; a day's second meeting opens at its hour; a
# page's number, the running head and the header again between two days.
WEEK_SCHEDULE = """\
LỊCH CÔNG TÁC TUẦN 12
Thứ, ngày
Thời gian
Nội dung công việc
Lãnh đạo chủ trì
Đơn vị chuẩn bị
Thứ Hai
16/3
07h30
Giao ban lãnh đạo UBND phường tuần 12
Chủ tịch UBND phường
Văn phòng HĐND và UBND phường
14h00
Làm việc về tiến độ thi công Trường Tiểu học Đông Sơn (tại Hội trường
Trường Tiểu học Đông Sơn)
Phó Chủ tịch Lê Văn Tùng
Phòng Kinh tế, Hạ tầng và Đô thị
Công an phường
Trang 1/2
LỊCH CÔNG TÁC TUẦN 12 - UBND PHƯỜNG HẠC THÀNH
Thứ, ngày
Thời gian
Nội dung công việc
Lãnh đạo chủ trì
Đơn vị chuẩn bị
Thứ Ba
17/3
08h00
Họp thường kỳ UBND phường tháng 3/2026:
- Báo cáo tình hình kinh tế - xã hội quý I
- Tờ trình điều chỉnh dự toán ngân sách
Chủ tịch UBND phường
Phòng Văn hóa - Xã hội
Ghi chú:
"""


def test_a_schedule_one_cell_a_line_gives_each_meeting_to_who_prepares_it() -> None:
    text = "Hạc Thành, ngày 13 tháng 3 năm 2026\n" + WEEK_SCHEDULE
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.due.isoformat()) for t in tasks] == [
        (["Văn phòng HĐND và UBND phường"], "2026-03-16"),
        (["Phòng Kinh tế - Hạ tầng - Đô thị", "Công an phường"], "2026-03-16"),
        (["Phòng Văn hóa - Xã hội"], "2026-03-17")]
    assert tasks[2].text.startswith("Họp thường kỳ UBND phường tháng 3/2026: Báo cáo tình hình")


def test_a_month_schedules_chair_and_attendees_are_no_units_of_its_work() -> None:
    """"Chủ trì" beside "Cơ quan chuẩn bị" is who chairs; "Thành phần" who attends."""
    text = ("Tam Nông, ngày 25 tháng 11 năm 2026\nLỊCH LÀM VIỆC THÁNG 12\nNgày\nNội dung\n"
            "Chủ trì\nCơ quan chuẩn bị\nThành phần\n01/12\n(Thứ Ba)\nHội nghị Ban Chấp hành Đảng"
            " bộ xã lần thứ 14\nĐ/c Bí thư Đảng ủy\nVăn phòng Đảng ủy;\nUBND xã\nỦy viên BCH "
            "Đảng bộ xã\n08/12\n(Thứ Ba)\nLàm việc về công tác tuyển quân\nĐ/c Phó Bí thư "
            "Thường trực\nBan Chỉ huy Quân sự xã\nHội đồng nghĩa vụ quân sự xã\nNơi nhận:\n")
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.due.isoformat()) for t in tasks] == [
        (["Văn phòng Đảng ủy", "UBND xã"], "2026-12-01"),
        (["Ban Chỉ huy Quân sự xã"], "2026-12-08")]


def test_a_grids_section_row_keeps_its_mark_in_a_cell_of_its_own() -> None:
    """"| I | XÂY DỰNG ĐẢNG ... |": the mark in the number column, the title across the rest."""
    table = ("+----+---------------------+-------------------+-------------+\n"
             "| TT | Nhiệm vụ            | Cơ quan chủ trì   | Thời hạn    |\n"
             "+====+=====================+===================+=============+\n"
             "| I  | XÂY DỰNG ĐẢNG                                             |\n"
             "+----+---------------------+-------------------+-------------+\n"
             "| 1  | Xây dựng Quy chế    | Văn phòng Đảng ủy | Tháng       |\n"
             "|    | làm việc            | phường            | 12/2026     |\n"
             "+----+---------------------+-------------------+-------------+\n")
    tasks = extract_text(HEADING + table, default_resolver()).tasks
    assert [(t.ref, t.units, t.due.isoformat()) for t in tasks] == [
        ("I.1", ["Văn phòng Đảng ủy phường"], "2026-12-31")]
