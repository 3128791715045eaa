"""How offices lay out task tables: rules read from Word tables written here, end to end.

Each table goes through the real path (python-docx writes a .docx, `read_bytes` reads it by
column, `extract_text` makes the tasks), so a rule is only as good as the reader and the
extractor together.
"""

from __future__ import annotations

import io

import docx
import pytest

from jobs.ingest.extract import cell_roles, time_cell
from jobs.ingest.outline import build_outline
from jobs.ingest.pipeline import extract_text
from jobs.ingest.reading import _goes_on_in_a_word, read_bytes
from jobs.ingest.tables import (
    GridCell,
    grid_lines,
    header_field,
    join_carried_rows,
    period_column,
    pipe_table_lines,
)
from jobs.ingest.units import default_resolver
from tests.test_reading import new_pdf


def table_docx(before: list[str], rows: list[tuple[str, ...] | str], after: list[str]) -> bytes:
    """A .docx: paragraphs, a table (its first row the header; a str row merged full width),
    paragraphs, and Word's closing paragraph."""
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    width = max(len(row) for row in rows if not isinstance(row, str))
    table = document.add_table(rows=len(rows), cols=width)
    for index, row in enumerate(rows):
        if isinstance(row, str):
            table.cell(index, 0).merge(table.cell(index, width - 1)).text = row
            continue
        for column, text in enumerate(row):
            table.cell(index, column).text = text
    for text in after:
        document.add_paragraph(text)
    document.add_paragraph("Nơi nhận:")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def tasks_of(data: bytes) -> list[tuple[list[str], str | None]]:
    text = read_bytes("bang.docx", data)
    extraction = extract_text(text, default_resolver())
    return [(t.units, t.due.isoformat() if t.due else None) for t in extraction.tasks]


HEADER_DATE = "Hòa Bình, ngày 02 tháng 9 năm 2025"


# --- header words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "header"),
    [
        ("lead", "Đơn vị phụ trách"),
        ("time", "Thứ/ngày"),  # a schedule's day, and its hour
        ("time", "Ngày, tháng"),
        ("time", "Giờ"),
        ("lead", "Cơ quan tham mưu, soạn thảo"),
        ("lead", "Bộ phận chuẩn bị"),
        ("lead", "Đơn vị được giao"),
        ("lead", "Cơ quan đầu mối"),
        (None, "Lãnh đạo phụ trách"),  # a person, not the unit that does the work
        (None, "Người phụ trách"),
        (None, "Đối tượng kiểm tra"),  # the units inspected are not the leads
        ("content", "Tên đề án, văn bản"),  # a province's programme of drafts
        ("content", "Tên văn bản"),
        (None, "Hình thức văn bản"),
        ("time", "Hạn hoàn thành"),
        ("time", "Hạn gửi"),  # when each unit must send
        ("time", "Hạn báo cáo"),
        (None, "Hạn chế"),  # a remedy table's shortcomings, no time
        ("content", "Dự án (mã dự án)"),  # a progress table's projects
        ("content", "Tên dự án"),
        # an item's label "Chủ đầu tư: ..." is no lead (only a table's column: below)
        (None, "Chủ đầu tư"),
        ("time", "Thời điểm hoàn thành"),
        ("time", "Ngày hoàn thành"),
        ("time", "Hạn chót"),
        ("time", "Hạn"),
        ("time", "Mốc thời gian"),
        ("lead", "Phân công thực hiện"),
        ("lead", "Trách nhiệm"),
        ("lead", "Đơn vị đầu mối"),
        (None, "Sản phẩm"),
        (None, "Kết quả"),
        ("time", "TG hoàn thành"),  # abbreviated, as narrow columns are
        ("time", "Lộ trình"),
        ("lead", "Chịu trách nhiệm"),
        ("content", "Hoạt động"),  # a project plan's rows
        ("content", "Giải pháp"),
        ("lead", "Cơ quan, đơn vị"),  # a plan's part "Tổ chức thực hiện" laid out as a table
        ("lead", "Cơ quan gửi"),  # who sends what a letter asks for
        ("lead", "Đơn vị báo cáo"),
        ("lead", "Đơn vị cung cấp"),
        (None, "Cơ quan nhận báo cáo"),  # the receiver is no lead
        ("content", "Chỉ tiêu"),  # what a letter's table asks each unit to report
        ("content", "Chỉ tiêu báo cáo (đơn vị tính)"),
        # a row's sentence that opens on a field's word names no column
        (None, "Chủ trì, phối hợp Trạm Y tế phường kiểm tra an toàn thực phẩm tại các cơ sở sản "
               "xuất, kinh doanh thực phẩm dịp Tết"),
    ],
)
def test_header_words_offices_use(field: str | None, header: str) -> None:
    assert header_field(header) == field


def test_a_table_led_by_a_tham_muu_column_in_second_place() -> None:
    data = table_docx(
        [HEADER_DATE, "KẾ HOẠCH", "Phân công như sau:"],
        [
            ("TT", "Đơn vị tham mưu", "Nội dung", "Hạn hoàn thành"),
            ("1", "Phòng Tư pháp", "Rà soát văn bản quy phạm", "Trước 20/9/2025"),
            ("2", "Văn phòng HĐND và UBND xã", "Tổng hợp báo cáo quý", "Quý IV/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Phòng Tư pháp"], "2025-09-20"),
        (["Văn phòng HĐND và UBND xã"], "2025-12-31"),
    ]


def test_a_province_programme_of_drafts() -> None:
    """The leader's column names a person, not the lead; "Cấp trình" is no field."""
    data = table_docx(
        [HEADER_DATE, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2025"],
        [
            ("TT", "Tên đề án, văn bản", "Cơ quan chủ trì soạn thảo",
             "Lãnh đạo UBND tỉnh phụ trách", "Cấp trình", "Thời gian trình"),
            ("1", "Đề án phát triển du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch",
             "Phó Chủ tịch UBND tỉnh", "HĐND tỉnh", "Tháng 11/2025"),
            ("2", "Quy định bảng giá đất năm 2026", "Sở Nông nghiệp và Môi trường",
             "Chủ tịch UBND tỉnh", "UBND tỉnh", "Tháng 12/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Sở Văn hóa, Thể thao và Du lịch"], "2025-11-30"),
        (["Sở Nông nghiệp và Môi trường"], "2025-12-31"),
    ]


# --- time cells -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("Dự kiến tháng 5/2026", "tháng 5/2026"),
        ("Khoảng tháng 11/2025", "tháng 11/2025"),
        ("Tiến độ: Quý I/2026", "Quý I/2026"),
        ("Tháng 9 - 10/2025", "Tháng 10/2025"),
        ("Tháng 3 đến tháng 6/2026", "Tháng 6/2026"),
        ("Quý II, III/2026", "Quý III/2026"),
        ("Từ tháng 3 đến tháng 6/2026", "tháng 6/2026"),
        ("Tháng 6 và tháng 12/2026", "Tháng 6/2026 và Tháng 12/2026"),  # two times, not a span
        ("Quý I và II/2026", "Quý I/2026 và Quý II/2026"),
        ("Trước ngày 15/8/2025", "Trước ngày 15/8/2025"),  # already a deadline's words
        ("Thường xuyên", "Thường xuyên"),
        # months listed apart are each a time; months in a row are one span
        ("Tháng 3, 6, 9, 12", "Tháng 3; Tháng 6; Tháng 9; Tháng 12"),
        ("Tháng 6, 12/2026", "Tháng 6/2026; Tháng 12/2026"),
        ("Tháng 11, 12/2026", "Tháng 12/2026"),
        # a stage's label before its time, and a month or quarter by its letter
        ("Đợt 1: tháng 4/2026; Đợt 2: tháng 9/2026", "tháng 4/2026; tháng 9/2026"),
        ("T5/2026", "tháng 5/2026"),
        # a part of a month, to the day it ends on
        ("Giữa tháng 5/2026", "ngày 15/5/2026"),
        ("Tuần đầu tháng 4", "ngày 7/4"),
        ("Thượng tuần tháng 6 năm 2026", "ngày 10/6/2026"),
        ("Q2/2026", "quý 2/2026"),
        # the part of a day, or the occasion, a cell dates by its day
        ("Tối 16/02/2026", "ngày 16/02/2026"),
        ("Sáng ngày 20/01/2026", "ngày 20/01/2026"),
        ("Đêm Giao thừa (16/02/2026)", "ngày 16/02/2026"),
        # a span of days, to the day it ends on
        ("01/12 - 05/12", "đến ngày 05/12"),
        ("07 - 11/12/2026", "đến ngày 11/12/2026"),
        ("Từ 14/12 đến 18/12", "đến ngày 18/12"),
    ],
)
def test_time_cell_words(cell: str, words: str) -> None:
    assert time_cell(cell) == words


def test_hedged_and_ranged_time_cells_give_their_dates() -> None:
    data = table_docx(
        [HEADER_DATE, "KẾ HOẠCH", "Phân công như sau:"],
        [
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"),
            ("1", "Khảo sát hiện trạng chợ", "Phòng Kinh tế", "Dự kiến tháng 11/2025"),
            ("2", "Tập huấn chuyển đổi số", "Phòng Văn hóa - Xã hội", "Tháng 10 - 11/2025"),
            ("3", "Kiểm tra an toàn thực phẩm", "Trạm Y tế", "Quý III, IV/2025"),
            ("4", "Kế hoạch thu ngân sách năm 2026", "Phòng Kinh tế", "Tuần 2 tháng 12"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Phòng Kinh tế"], "2025-11-30"),
        (["Phòng Văn hóa - Xã hội"], "2025-11-30"),
        (["Trạm Y tế"], "2025-12-31"),
        (["Phòng Kinh tế"], "2025-12-14"),
    ]


def test_a_duty_rosters_rows_are_each_units_duty_on_its_day() -> None:
    data = table_docx(
        [HEADER_DATE, "LỊCH TRỰC TẾT NGUYÊN ĐÁN", "UBND xã phân công trực như sau:"],
        [
            ("Ngày", "Lãnh đạo trực", "Đơn vị trực", "Điện thoại"),
            ("Thứ Hai, 16/02/2026", "Đ/c Nguyễn Văn A - Chủ tịch", "Văn phòng HĐND và UBND xã",
             "0912345678"),
            ("Thứ Ba, 17/02/2026", "Đ/c Trần Văn B - Phó Chủ tịch", "Phòng Kinh tế",
             "0912345679"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Văn phòng HĐND và UBND xã"], "2026-02-16"), (["Phòng Kinh tế"], "2026-02-17")]
    text = read_bytes("bang.docx", data)
    assert [t.text for t in extract_text(text, default_resolver()).tasks] == [
        "Trực theo lịch phân công"] * 2


def test_a_leaders_attendance_in_a_schedule_is_no_task() -> None:
    data = table_docx(
        [HEADER_DATE, "LỊCH CÔNG TÁC TUẦN"],
        [
            ("Ngày", "Nội dung", "Lãnh đạo chủ trì/tham dự", "Địa điểm"),
            ("Thứ 3 (09/9/2025)", "Dự họp nghe thông báo kết quả giám sát", "Đ/c Sinh - PCT UBND",
             "Hội trường"),
            ("Thứ 4 (10/9/2025)", "Tham dự hội nghị trực tuyến", "Đ/c: Thanh - CT UBND",
             "Phòng họp"),
            ("Thứ 5 (11/9/2025)", "Kiểm tra tiến độ thu ngân sách", "Phòng Kinh tế", "Các xã"),
        ],
        [],
    )
    assert tasks_of(data) == [(["Phòng Kinh tế"], "2025-09-11")]


def test_a_row_whose_lead_cell_is_empty_is_a_task_its_supporter_does_not_lead() -> None:
    """The row's work and time are kept for the office to give a lead (it had been dropped)."""
    data = table_docx(
        [HEADER_DATE, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 9"],
        [
            ("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"),
            ("1", "Kiểm tra trật tự xây dựng", "Phòng Kinh tế", "Công an xã", "Trước 20/9/2025"),
            ("2", "Hoàn thiện hồ sơ cấp giấy chứng nhận", "", "Công an xã", "Trước 25/9/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [(["Phòng Kinh tế"], "2025-09-20"), ([], "2025-09-25")]


def test_a_follow_up_tables_status_drops_what_is_done_and_sets_the_new_time() -> None:
    """"Kiến nghị | Đơn vị thực hiện | Thời hạn | Kết quả thực hiện": a row done is no task; a
    new time in the status ("Đề nghị ... trước ngày D", "gia hạn đến ngày D") is the row's."""
    data = table_docx(
        [HEADER_DATE, "PHỤ LỤC KẾT QUẢ THỰC HIỆN KIẾN NGHỊ"],
        [
            ("STT", "Kiến nghị", "Đơn vị thực hiện", "Thời hạn", "Kết quả thực hiện"),
            ("1", "Thu hồi số tiền chi sai chế độ", "UBND xã Ia Grai", "Trước 31/8/2025",
             "Đã nộp đủ vào tài khoản tạm giữ. Đã hoàn thành."),
            ("2", "Kiểm điểm trách nhiệm tập thể", "UBND xã Ia Grai", "Trước 31/8/2025",
             "Chưa thực hiện. Đề nghị hoàn thành trước ngày 30/10/2025."),
            ("3", "Lập hồ sơ thu hồi giấy chứng nhận", "Phòng Kinh tế", "Trước 31/8/2025",
             "Quá hạn; Chủ tịch UBND tỉnh đồng ý gia hạn đến ngày 15/11/2025."),
            ("4", "Rà soát đất công", "Phòng Kinh tế", "Trước 31/12/2025", "Đang thực hiện."),
        ],
        [],
    )
    assert tasks_of(data) == [(["UBND xã Ia Grai"], "2025-10-30"),
                              (["Phòng Kinh tế"], "2025-11-15"), (["Phòng Kinh tế"], "2025-12-31")]


def test_a_status_that_is_done_only_when_it_says_so() -> None:
    """Done with a date is done; "hoàn thành 80% khối lượng" or "Hoàn thành một phần" is not;
    "-nt-" under a row done holds that row's cell."""
    data = table_docx(
        [HEADER_DATE, "PHỤ LỤC"],
        [
            ("STT", "Kiến nghị", "Đơn vị thực hiện", "Thời hạn", "Kết quả thực hiện"),
            ("1", "Thu hồi tiền", "Phòng Kinh tế", "Trước 30/9/2025",
             "Đã hoàn thành trước ngày 25/8/2025."),
            ("2", "Kiểm điểm", "-nt-", "Trước 30/10/2025",
             "Đang triển khai, hoàn thành 80% khối lượng"),
            ("3", "Lập hồ sơ", "Công an xã", "Trước 30/11/2025", "Hoàn thành một phần."),
        ],
        [],
    )
    assert tasks_of(data) == [(["Phòng Kinh tế"], "2025-10-30"), (["Công an xã"], "2025-11-30")]


def test_a_cell_that_says_as_above_holds_the_cell_above() -> None:
    """"-nt-" or "Như trên" in a unit or time column repeats the row above's."""
    data = table_docx(
        [HEADER_DATE, "KẾ HOẠCH"],
        [
            ("STT", "Nội dung", "Chủ trì", "Thời hạn"),
            ("1", "Rà soát hồ sơ xã đạt chuẩn", "Văn phòng Điều phối nông thôn mới tỉnh",
             "Trước 15/10/2025"),
            ("2", "Tổng hợp kết quả rà soát", "-nt-", "Như trên"),
            ("3", "Thẩm định hồ sơ", "Như trên", "Trước 30/10/2025"),
        ],
        [],
    )
    unit = ["Văn phòng Điều phối nông thôn mới tỉnh"]
    assert tasks_of(data) == [(unit, "2025-10-15"), (unit, "2025-10-15"), (unit, "2025-10-30")]


def test_a_time_cell_with_two_dates_sets_two_obligations() -> None:
    data = table_docx(
        [HEADER_DATE],
        [
            ("TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"),
            ("1", "Báo cáo sơ kết, tổng kết", "Văn phòng HĐND và UBND xã",
             "Trước 15/11/2025 và 15/12/2025"),
            ("2", "Kiểm tra quỹ đất công", "Phòng Kinh tế", "Tháng 10 và tháng 12/2025"),
        ],
        [],
    )
    extraction = extract_text(read_bytes("bang.docx", data), default_resolver())
    assert [(t.ref, t.units, str(t.due)) for t in extraction.tasks] == [
        ("1a", ["Văn phòng HĐND và UBND xã"], "2025-11-15"),
        ("1b", ["Văn phòng HĐND và UBND xã"], "2025-12-15"),
        ("2a", ["Phòng Kinh tế"], "2025-10-31"),
        ("2b", ["Phòng Kinh tế"], "2025-12-31"),
    ]


def test_a_ranged_time_cell_keeps_its_own_words() -> None:
    data = table_docx(
        [HEADER_DATE],
        [("TT", "Nội dung", "Chủ trì", "Tiến độ"), ("1", "Rà soát hộ nghèo", "Phòng Nội vụ",
                                                 "Tháng 10 - 11/2025")],
        [],
    )
    extraction = extract_text(read_bytes("bang.docx", data), default_resolver())
    assert extraction.tasks[0].due_text == "Thời hạn: Tháng 10 - 11/2025"


# --- section rows -----------------------------------------------------------------------------


def test_a_section_row_addressed_to_a_unit_leads_its_rows() -> None:
    """ "Đối với X" over rows that name no lead of their own; the column of units inspected
    ("Đối tượng kiểm tra") gives none."""
    data = table_docx(
        [HEADER_DATE, "KẾ HOẠCH KIỂM TRA NĂM 2025"],
        [
            ("STT", "Nội dung kiểm tra", "Đối tượng kiểm tra", "Thời gian"),
            "Đối với Thanh tra xã",
            ("1", "Kiểm tra công tác tiếp công dân", "UBND các thôn", "Tháng 10/2025"),
            ("2", "Kiểm tra việc thu, chi quỹ", "Hội Nông dân xã", "Tháng 11/2025"),
            "Đối với Phòng Kinh tế:",
            ("1", "Kiểm tra trật tự xây dựng", "Các hộ kinh doanh", "Quý IV/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Thanh tra xã"], "2025-10-31"),
        (["Thanh tra xã"], "2025-11-30"),
        (["Phòng Kinh tế"], "2025-12-31"),
    ]


def test_a_section_row_on_a_field_names_no_lead() -> None:
    data = table_docx(
        [HEADER_DATE],
        [
            ("STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"),
            "Đối với lĩnh vực văn hóa",
            ("1", "Tổ chức hội thao", "Phòng Văn hóa - Xã hội", "Tháng 12/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [(["Phòng Văn hóa - Xã hội"], "2025-12-31")]


def test_a_section_row_under_the_header_named_like_a_column_is_a_heading() -> None:
    """ "I. NHIỆM VỤ CHUNG" right under the header holds the word of the content column; it
    heads the rows, it does not map every column to the content."""
    data = table_docx(
        [HEADER_DATE],
        [
            ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
            "I. NHIỆM VỤ CHUNG",
            ("1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Các sở, ngành",
             "Tháng 11/2025"),
            "II. NỘI DUNG CỤ THỂ",
            ("1", "Ban hành quy chế khai thác dữ liệu", "Sở Tư pháp", "", "Trước 15/12/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Sở Khoa học và Công nghệ"], "2025-11-30"),
        (["Sở Tư pháp"], "2025-12-15"),
    ]


def test_a_lettered_sub_row_takes_its_rows_cells() -> None:
    """ "a)" under a numbered row with empty cells is that row's lead's work, by its time."""
    data = table_docx(
        [HEADER_DATE],
        [
            ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian trình"),
            ("1", "Kế hoạch tổ chức Đại hội Thể dục thể thao", "Sở Văn hóa và Thể thao", "",
             "Tháng 11/2025"),
            ("a)", "Điều lệ Đại hội", "", "", ""),
            ("b)", "Danh sách trọng tài", "", "", "Trước 20/10/2025"),
            ("2", "Đề án phát triển du lịch", "Sở Tài chính", "", "Tháng 12/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Sở Văn hóa và Thể thao"], "2025-11-30"),
        (["Sở Văn hóa và Thể thao"], "2025-11-30"),
        (["Sở Văn hóa và Thể thao"], "2025-10-20"),
        (["Sở Tài chính"], "2025-12-31"),
    ]


def test_a_content_cells_items_are_dated_by_the_time_cells_items_beside_them() -> None:
    """Two "-" items of work beside two "-" times are two tasks of the row's lead, each by its
    own time; a content cell of items with one time stays one task."""
    data = table_docx(
        [HEADER_DATE],
        [
            ("TT", "Đơn vị", "Nhiệm vụ được giao", "Thời hạn"),
            ("1", "Phòng Kinh tế", "- Rà soát quỹ đất ở.\n- Báo cáo tiến độ giải ngân.",
             "- Trước 31/10/2025\n- Hằng tháng"),
            ("2", "Phòng Nội vụ", "- Rà soát biên chế;\n- Lập danh sách.", "Tháng 11/2025"),
        ],
        [],
    )
    text = read_bytes("bang.docx", data)
    extraction = extract_text(text, default_resolver())
    assert [(t.ref, t.units, t.due and t.due.isoformat(), t.every)
            for t in extraction.tasks] == [
        ("1.a", ["Phòng Kinh tế"], "2025-10-31", None),
        ("1.b", ["Phòng Kinh tế"], None, "monthly"),
        ("2", ["Phòng Nội vụ"], "2025-11-30", None),
    ]


def test_a_rows_lettered_items_take_the_lettered_times_and_units_beside_them() -> None:
    """ "a) ..." / "b) ..." in the content cell beside "a) Trước D1" / "b) Trước D2", and in the
    lead cell "a) Phòng A" / "b) Phòng B": each item is its own unit's work by its own time."""
    data = table_docx(
        [HEADER_DATE],
        [
            ("TT", "Nội dung", "Chủ trì", "Thời hạn"),
            ("1", "a) Xây dựng phương án bảo đảm an toàn giao thông;\nb) Xây dựng kế hoạch "
             "tăng cường phương tiện vận tải.", "a) Phòng Quản lý giao thông\nb) Phòng Quản lý "
             "vận tải", "a) Trước 20/9/2025\nb) Trước 05/10/2025"),
            ("2", "a) Hoàn thiện hồ sơ quy hoạch;\nb) Trình UBND tỉnh phê duyệt.",
             "Phòng Quy hoạch - Kiến trúc", "a) Trước 10/9/2025\nb) Trước 15/10/2025"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Phòng Quản lý giao thông"], "2025-09-20"), (["Phòng Quản lý vận tải"], "2025-10-05"),
        (["Phòng Quy hoạch - Kiến trúc"], "2025-09-10"),
        (["Phòng Quy hoạch - Kiến trúc"], "2025-10-15"),
    ]


def test_a_meeting_schedules_chair_leads_nothing_and_its_preparer_is_due_on_the_day() -> None:
    """A week's schedule as a table ("Thứ/ngày | Thời gian | Nội dung | Chủ trì | Thành phần |
    Địa điểm"): who chairs a meeting is no lead; the unit that prepares it is due on its day."""
    data = table_docx(
        [HEADER_DATE, "LỊCH CÔNG TÁC TUẦN"],
        [
            ("Thứ/ngày", "Thời gian", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm"),
            ("Thứ Hai 08/9", "8h00", "Giao ban lãnh đạo UBND xã", "Chủ tịch UBND xã",
             "Các Phó Chủ tịch", "Phòng họp"),
            ("Thứ Ba 09/9", "14h00",
             "Họp bàn công tác giải phóng mặt bằng (Phòng Kinh tế chuẩn bị nội dung)",
             "Phó Chủ tịch Nguyễn Văn B", "Phòng Kinh tế, các thôn", "Phòng họp"),
        ],
        [],
    )
    assert tasks_of(data) == [(["Phòng Kinh tế"], "2025-09-09")]


def test_a_schedules_attendees_and_preparers_column_leads_by_its_preparers() -> None:
    """ "Thành phần/Chuẩn bị": the cell's "Chuẩn bị:" names the leads, its "Thành phần:" names
    attendees with no work, and a sentence of its own goes with the row's content."""
    data = table_docx(
        [HEADER_DATE, "LỊCH CÔNG TÁC TUẦN"],
        [
            ("Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Thành phần/Chuẩn bị", "Địa điểm"),
            ("Thứ Hai 08/9", "7h30", "Giao ban lãnh đạo UBND xã", "Chủ tịch UBND xã",
             "Thành phần: các Phó Chủ tịch, Công an xã. Chuẩn bị: Văn phòng HĐND và UBND xã",
             "Phòng họp"),
            ("Thứ Ba 09/9", "14h00", "Kiểm tra công tác phòng, chống lũ", "Chủ tịch UBND xã",
             "Thành phần: Ban Chỉ huy Quân sự xã, Công an xã", "Các thôn"),
            ("Thứ Tư 10/9", "7h00", "Ra quân thu gom rác thải", "Phó Chủ tịch UBND xã",
             "Đề nghị Đoàn Thanh niên xã chuẩn bị lực lượng, dụng cụ", "Tuyến ĐT.602"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Văn phòng HĐND và UBND xã"], "2025-09-08"),
        ([], "2025-09-09"),
        (["Đoàn Thanh niên xã"], "2025-09-10"),
    ]


def test_a_task_laid_down_a_table_with_its_fields_in_the_first_column() -> None:
    """A "phiếu giao việc": one task, its fields named down the first column."""
    data = table_docx(
        [HEADER_DATE, "PHIẾU GIAO VIỆC"],
        [
            ("Nội dung công việc", "Rà soát hồ sơ đất đai tồn đọng"),
            ("Đơn vị chủ trì", "Phòng Kinh tế"),
            ("Đơn vị phối hợp", "Công an xã"),
            ("Thời hạn hoàn thành", "Trước ngày 30/9/2025"),
        ],
        [],
    )
    text = read_bytes("phieu.docx", data)
    assert "Rà soát hồ sơ đất đai tồn đọng ‖ Chủ trì: Phòng Kinh tế ‖ Phối hợp: Công an xã" in text
    assert tasks_of(data) == [(["Phòng Kinh tế"], "2025-09-30")]


def test_a_list_item_addressed_to_a_unit_leads_its_sub_items() -> None:
    """The same rule in a numbered list: "1. Đối với X:" over "a)", "b)"."""
    text = (
        f"{HEADER_DATE}\nKẾ HOẠCH KIỂM TRA\nNăm 2025, các phòng tập trung kiểm tra:\n"
        "1. Đối với Phòng Tư pháp:\n"
        "a) Kiểm tra công tác hộ tịch, hoàn thành trong tháng 10/2025.\n"
        "b) Kiểm tra công tác hòa giải ở cơ sở, hoàn thành trong tháng 11/2025.\n"
        "2. Đối với Thanh tra xã:\n"
        "a) Kiểm tra việc giải quyết đơn thư, hoàn thành trước ngày 15/12/2025.\n"
    )
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.ref, t.units, str(t.due)) for t in tasks] == [
        ("1.a", ["Phòng Tư pháp"], "2025-10-31"),
        ("1.b", ["Phòng Tư pháp"], "2025-11-30"),
        ("2.a", ["Thanh tra xã"], "2025-12-15"),
    ]


# --- the text around a table ------------------------------------------------------------------


def test_a_lead_in_above_a_table_dates_its_undated_rows() -> None:
    data = table_docx(
        [HEADER_DATE, "Các phần việc sau hoàn thành trước ngày 30/11/2025, gồm:"],
        [
            ("TT", "Cơ quan thực hiện", "Nội dung"),
            ("1", "Công an xã", "Rà soát dữ liệu dân cư"),
            ("2", "Ban Chỉ huy Quân sự xã", "Đăng ký nghĩa vụ quân sự"),
        ],
        [],
    )
    assert tasks_of(data) == [
        (["Công an xã"], "2025-11-30"),
        (["Ban Chỉ huy Quân sự xã"], "2025-11-30"),
    ]


def test_text_after_a_table_is_not_its_last_row() -> None:
    data = table_docx(
        [HEADER_DATE, "KẾ HOẠCH"],
        [
            ("TT", "Nội dung", "Chủ trì", "Thời hạn"),
            ("1", "Lập danh sách cử tri", "Công an xã", "Trước 10/10/2025"),
        ],
        ["Giao Phòng Văn hóa - Xã hội tổng hợp, báo cáo trước ngày 25/10/2025."],
    )
    assert tasks_of(data) == [
        (["Công an xã"], "2025-10-10"),
        (["Phòng Văn hóa - Xã hội"], "2025-10-25"),
    ]


def test_outline_ends_a_table_row_at_its_line() -> None:
    root = build_outline(
        "Mở đầu:\n1. Việc một ‖ Chủ trì: Phòng A\n2. Việc hai ‖ Chủ trì: Phòng B\n"
        "Đoạn sau bảng.\nĐoạn nữa."
    )
    assert [child.text for child in root.children] == [
        "Việc một ‖ Chủ trì: Phòng A", "Việc hai ‖ Chủ trì: Phòng B"
    ]
    assert root.tail == "Đoạn sau bảng.\nĐoạn nữa."
    assert root.text == "Mở đầu:"



# --- PDF tables without ruling lines ------------------------------------------------------------


def borderless_pdf(
    rows: list[tuple[str, ...] | list[str] | str],
    widths: tuple[int, ...],
    padding: float = 2,
    v_align: str = "M",
    header_align: str = "LEFT",
) -> bytes:
    """A PDF page with a table drawn without any line, cells wrapping (centred in height, or
    at the top), its first row aligned as ``header_align``, a str row spanning all columns, a
    [mark, text] row whose text spans all but the first, between two paragraphs."""
    pdf = new_pdf()
    pdf.add_page()
    for text in ("UBND XÃ AN BÌNH", "An Bình, ngày 05 tháng 9 năm 2025", "Phân công như sau:"):
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(borders_layout="NONE", col_widths=widths, text_align="LEFT", padding=padding,
                   v_align=v_align, first_row_as_headings=False) as table:
        for number, row in enumerate(rows):
            cells = table.row()
            if number == 0 and isinstance(row, tuple):
                for text in row:
                    cells.cell(text, align=header_align)
            elif isinstance(row, str):
                cells.cell(row, colspan=len(widths))
            elif isinstance(row, list):
                cells.cell(row[0])
                cells.cell(row[1], colspan=len(widths) - 1)
            else:
                for text in row:
                    cells.cell(text)
    pdf.multi_cell(0, 7, "Trên đây là kế hoạch của UBND xã, yêu cầu các đơn vị thực hiện.",
                   new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("previous", "line", "one_word"),
    [
        ("Tháng", "5/2026", False),  # a narrow time cell wraps between words
        ("Quý", "II/2026", False),
        ("Thườn", "g xuyên", True),  # a word too long for its cell, broken
        ("2026123", "45", True),
        ("UBND", "xã", False),  # an abbreviation in capitals is a whole word
        ("HĐND", "và UBND", False),
        # a cell one word a line ("Thời" / "gian" / "hoàn" / "thành", "Văn" / "phòng"): two
        # whole syllables are two words; only a syllable cut at the edge goes on
        ("Thời", "gian", False),
        ("gian", "hoàn", False),
        ("Văn", "phòng Sở", False),
        ("Trồn", "g trọt", True),
    ],
)
def test_a_pdf_cell_line_goes_on_in_the_word_before_it_only_in_lower_case_or_digits(
    previous: str, line: str, one_word: bool
) -> None:
    assert _goes_on_in_a_word(previous, line) is one_word


@pytest.mark.parametrize(("padding", "v_align"), [(2, "M"), (0, "T")], ids=["padded", "tight"])
def test_a_pdf_table_without_lines_is_read_by_column(padding: float, v_align: str) -> None:
    """Rows parted by the cells' padding, the number centred in height; or rows set tight, each
    starting at its number."""
    data = borderless_pdf(
        [
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"),
            "I. LĨNH VỰC KINH TẾ",
            ("1", "Rà soát quy hoạch sử dụng đất toàn xã", "Phòng Kinh tế;\nCông an xã",
             "Trước 15/10/2025"),
            ("2", "Kiểm tra trật tự xây dựng", "Ban Quản lý dự án xã", "Tháng 11/2025"),
        ],
        (14, 80, 50, 40),
        padding,
        v_align,
    )
    lines = read_bytes("bang.pdf", data).split("\n")
    assert lines[3:6] == [
        "I. LĨNH VỰC KINH TẾ",
        "1. Rà soát quy hoạch sử dụng đất toàn xã ‖ Chủ trì: Phòng Kinh tế; Công an xã "
        "‖ Thời hạn: Trước 15/10/2025",
        "2. Kiểm tra trật tự xây dựng ‖ Chủ trì: Ban Quản lý dự án xã ‖ Thời hạn: Tháng 11/2025",
    ]
    assert lines[6].startswith("Trên đây là kế hoạch")


def test_a_pdf_table_without_lines_whose_header_is_centred_keeps_its_columns() -> None:
    """Header texts centred over their columns start right of the columns' text: the rows
    below show where each column starts, and every row is read."""
    data = borderless_pdf(
        [
            ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"),
            "I. PHIÊN HỌP THƯỜNG KỲ THÁNG 4/2026",
            ("1", "Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh tháng 4",
             "Văn phòng HĐND và UBND xã", "Trước 25/4/2026"),
            ("2", "Tờ trình thông qua Kế hoạch sử dụng đất năm 2027", "Phòng Kinh tế",
             "Trước 28/4/2026"),
        ],
        (14, 80, 50, 30),
        header_align="CENTER",
    )
    extraction = extract_text(read_bytes("bang.pdf", data), default_resolver())
    assert [(t.units, t.due.isoformat() if t.due else None) for t in extraction.tasks] == [
        (["Văn phòng HĐND và UBND xã"], "2026-04-25"), (["Phòng Kinh tế"], "2026-04-28")]


def test_a_section_rows_mark_in_its_own_column_keeps_the_table_whole() -> None:
    """ "I | LĨNH VỰC KINH TẾ" with the rest of the row merged, as Word lays a section row: the
    rows below it are still the table's."""
    data = borderless_pdf(
        [
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"),
            ["I", "LĨNH VỰC KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"],
            ("1", "Rà soát quy hoạch sử dụng đất toàn xã", "Phòng Kinh tế", "Trước 15/10/2025"),
            ["II", "LĨNH VỰC VĂN HÓA - XÃ HỘI VÀ GIÁO DỤC"],
            ("2", "Tổ chức Ngày hội đại đoàn kết", "Phòng Văn hóa - Xã hội", "Tháng 11/2025"),
        ],
        (14, 40, 50, 40),
    )
    extraction = extract_text(read_bytes("bang.pdf", data), default_resolver())
    assert [(t.units, t.due.isoformat() if t.due else None) for t in extraction.tasks] == [
        (["Phòng Kinh tế"], "2025-10-15"), (["Phòng Văn hóa - Xã hội"], "2025-11-30")]


def test_columns_of_text_with_no_field_header_stay_text() -> None:
    data = borderless_pdf(
        [("STT", "Họ và tên", "Chức vụ", "Đơn vị công tác"), ("1", "Nguyễn Văn A", "Trưởng thôn",
                                                             "Thôn 1")],
        (14, 60, 50, 50),
    )
    text = read_bytes("ds.pdf", data)
    assert "‖" not in text and "Nguyễn Văn A" in text


def test_a_header_over_two_rows_with_cells_merged_down_maps_its_sub_header() -> None:
    """ "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp", while "STT", "Nội dung" and "Thời gian"
    are merged down over both rows, as Word lays such a header."""
    document = docx.Document()
    document.add_paragraph(HEADER_DATE)
    table = document.add_table(rows=4, cols=5)
    for column, text in enumerate(["STT", "Nội dung", "Cơ quan thực hiện", "", "Thời gian"]):
        table.cell(0, column).text = text
    for column in (0, 1, 4):
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Cơ quan thực hiện"
    table.cell(1, 2).text, table.cell(1, 3).text = "Chủ trì", "Phối hợp"
    for row, values in enumerate([("1", "Lập kế hoạch", "Sở Tư pháp", "Các sở", "Tháng 11/2025"),
                                  ("2", "Tổng kết", "Sở Nội vụ", "", "15/12/2025")], start=2):
        for column, text in enumerate(values):
            table.cell(row, column).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    extraction = extract_text(read_bytes("bang.docx", buffer.getvalue()), default_resolver())
    assert [(t.units, t.support, t.due.isoformat() if t.due else None)
            for t in extraction.tasks] == [
        (["Sở Tư pháp"], ["Các sở"], "2025-11-30"),
        (["Sở Nội vụ"], [], "2025-12-15"),
    ]


@pytest.mark.parametrize(("start", "end"), [("Bắt đầu", "Hoàn thành"), ("Từ ngày", "Đến ngày")])
def test_a_time_column_parted_into_start_and_end_is_due_at_the_end(start: str, end: str) -> None:
    """ "Thời gian thực hiện" over "Bắt đầu" | "Hoàn thành": the day work begins is no deadline;
    both had been read as one time, due at the first."""
    document = docx.Document()
    document.add_paragraph(HEADER_DATE)
    table = document.add_table(rows=4, cols=5)
    for column, text in enumerate(["STT", "Nội dung", "Chủ trì", "Thời gian thực hiện", ""]):
        table.cell(0, column).text = text
    for column in (0, 1, 2):
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Thời gian thực hiện"
    table.cell(1, 3).text, table.cell(1, 4).text = start, end
    for row, values in enumerate([("1", "Tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch",
                                   "01/11/2025", "30/4/2026"),
                                  ("2", "Kiểm tra an toàn", "Sở Công Thương", "Quý IV/2025",
                                   "Quý I/2026")], start=2):
        for column, text in enumerate(values):
            table.cell(row, column).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    extraction = extract_text(read_bytes("bang.docx", buffer.getvalue()), default_resolver())
    assert [(t.units, t.due.isoformat() if t.due else None) for t in extraction.tasks] == [
        (["Sở Văn hóa, Thể thao và Du lịch"], "2026-04-30"),
        (["Sở Công Thương"], "2026-03-31"),
    ]


def test_a_lead_cell_merged_down_over_rows_leads_each_of_them() -> None:
    document = docx.Document()
    document.add_paragraph(HEADER_DATE)
    rows = [("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"),
            ("1", "Rà soát quy hoạch sử dụng đất", "Sở Nông nghiệp và Môi trường", "Tháng 10/2025"),
            ("2", "Cập nhật cơ sở dữ liệu đất đai", "", "Tháng 11/2025"),
            ("3", "Tổng kết, báo cáo", "Văn phòng UBND tỉnh", "Tháng 12/2025")]
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            if text:
                table.cell(row, column).text = text
    table.cell(1, 2).merge(table.cell(2, 2))
    buffer = io.BytesIO()
    document.save(buffer)
    extraction = extract_text(read_bytes("bang.docx", buffer.getvalue()), default_resolver())
    assert [(t.units, t.due.isoformat()) for t in extraction.tasks] == [
        (["Sở Nông nghiệp và Môi trường"], "2025-10-31"),
        (["Sở Nông nghiệp và Môi trường"], "2025-11-30"),
        (["Văn phòng UBND tỉnh"], "2025-12-31"),
    ]


def test_a_unit_cell_that_says_each_units_part_splits_leads_from_supporters() -> None:
    data = table_docx(
        [HEADER_DATE, "KẾ HOẠCH"],
        [
            ("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"),
            ("1", "Xây dựng đề án sắp xếp", "Sở Nội vụ (chủ trì); Sở Tài chính (phối hợp)",
             "30/11/2025"),
            ("2", "Cập nhật cơ sở dữ liệu",
             "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành", "31/12/2025"),
        ],
        [],
    )
    extraction = extract_text(read_bytes("bang.docx", data), default_resolver())
    assert [(t.units, t.support, t.due.isoformat() if t.due else None)
            for t in extraction.tasks] == [
        (["Sở Nội vụ"], ["Sở Tài chính"], "2025-11-30"),
        (["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "2025-12-31"),
    ]


MARKDOWN_PLAN = """# KẾ HOẠCH
Bình Định, ngày 05 tháng 01 năm 2026

| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Rà soát thủ tục | Sở Tư pháp | Các sở, ngành | Quý I/2026 |
| 2 | Số hóa hồ sơ | Văn phòng UBND tỉnh | | 30/6/2026 |
| **II** | **NHIỆM VỤ KHÁC** | | | |
| 1 | Đào tạo | Sở Nội vụ | | Tháng 9/2026 |
"""


def test_a_markdown_rows_blank_lead_cell_keeps_its_work_and_time() -> None:
    """A row whose lead cell is blank had been dropped; its work and time stay, with no unit."""
    text = (f"{HEADER_DATE}\nKẾ HOẠCH\n| STT | Nội dung | Chủ trì | Thời gian |\n"
            "|---|---|---|---|\n"
            "| 1 | Rà soát hộ nghèo | Phòng Văn hóa - Xã hội | Trước 15/12/2025 |\n"
            "| 2 | Tổng hợp danh sách |  | Trước 20/12/2025 |\n")
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.text, t.units, t.due.isoformat()) for t in tasks] == [
        ("Rà soát hộ nghèo", ["Phòng Văn hóa - Xã hội"], "2025-12-15"),
        ("Tổng hợp danh sách", [], "2025-12-20"),
    ]


def test_a_markdown_pipe_table_is_read_by_column_and_its_late_section_heads_no_row() -> None:
    tasks = extract_text(MARKDOWN_PLAN, default_resolver()).tasks
    assert [(t.ref, t.units, t.due.isoformat()) for t in tasks] == [
        ("1", ["Sở Tư pháp"], "2026-03-31"),
        ("2", ["Văn phòng UBND tỉnh"], "2026-06-30"),
        ("II.1", ["Sở Nội vụ"], "2026-09-30"),
    ]


def test_line_breaks_inside_a_markdown_tables_cells_keep_its_rows_whole() -> None:
    """ "<br>" is how Markdown breaks a line inside a cell; a table full of them had been read as
    a web page, each break ending its row mid-cell, and the next row's cells glued to the
    lead ("Phòng Kinh tế Ngày")."""
    text = (f"{HEADER_DATE}\nCHƯƠNG TRÌNH CÔNG TÁC\n"
            "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Phiên họp thường kỳ:<br>- Báo cáo tình hình tháng 11 | Văn phòng HĐND và UBND xã"
            " | Phòng Kinh tế | Trước 20/11/2025 |\n"
            "| 2 | Đôn đốc thu ngân sách | Phòng Kinh tế<br>Thuế cơ sở 5 tỉnh Phú Thọ | Các thôn |"
            " Trước 30/11/2025 |\n"
            "| 3 | Kiểm tra an toàn thực phẩm | Trạm Y tế xã<br/>Phòng Văn hóa - Xã hội | | "
            "Trước 15/12/2025 |\n")
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.due.isoformat()) for t in tasks] == [
        (["Văn phòng HĐND và UBND xã"], "2025-11-20"),
        (["Phòng Kinh tế", "Thuế cơ sở 5 tỉnh Phú Thọ"], "2025-11-30"),
        (["Trạm Y tế xã", "Phòng Văn hóa - Xã hội"], "2025-12-15"),
    ]


def test_a_pipe_table_with_no_task_columns_loses_its_cells_line_breaks() -> None:
    text = "| Họ và tên | Chức vụ |\n|---|---|\n| Nguyễn Văn A | Giám đốc<br>Sở Y tế |"
    assert pipe_table_lines(text) == text.replace("<br>", " ")


def test_a_pipe_table_with_no_task_columns_stays_as_written() -> None:
    text = "| Họ và tên | Chức vụ |\n|---|---|\n| Nguyễn Văn A | Giám đốc |"
    assert pipe_table_lines(text) == text


# A PDF converted to Markdown: only the header came out as a pipe row, the last header cell and
# the body one cell per line, with lettered rows under numbered ones.
HEADER_ONLY_PIPE_PLAN = """KẾ HOẠCH
Hà Nội, ngày 10 tháng 6 năm 2026
| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |
| --- | --- | --- | --- |
Thời gian thực hiện
1
Phổ biến, hướng dẫn thực hiện Nghị định
a)
Tổ chức hội nghị phổ biến Nghị định.
Cục Quản lý đất đai
Vụ Pháp chế
Quý III/2026
b)
Biên soạn tài liệu hỏi đáp.
Cục Quản lý đất đai, Sở Nông nghiệp và Môi trường
Các cơ quan, đơn vị có liên quan
Quý IV/2026
2
Rà soát văn bản
a)
Rà soát các thông tư hướng dẫn.
Vụ Pháp chế
Văn phòng Bộ
Tháng 12/2026
"""


def test_a_header_only_pipe_row_over_a_body_laid_one_cell_per_line() -> None:
    tasks = extract_text(HEADER_ONLY_PIPE_PLAN, default_resolver()).tasks
    assert [(t.ref, t.units, t.support, t.due.isoformat() if t.due else None) for t in tasks
            if t.units] == [
        ("1.a", ["Cục Quản lý đất đai"], ["Vụ Pháp chế"], "2026-09-30"),
        ("1.b", ["Cục Quản lý đất đai", "Sở Nông nghiệp và Môi trường"],
         ["Các cơ quan, đơn vị có liên quan"], "2026-12-31"),
        ("2.a", ["Vụ Pháp chế"], ["Văn phòng Bộ"], "2026-12-31"),
    ]


def test_a_table_dumped_as_text_with_cells_joined_by_pipes_is_read_by_column() -> None:
    text = ("KẾ HOẠCH\nĐà Nẵng, ngày 05 tháng 01 năm 2026\n"
            "TT | Tên nhiệm vụ | Sở, ngành chủ trì | Đơn vị phối hợp | Thời gian thực hiện"
            " | Ghi chú\n"
            "1 | Rà soát quy hoạch | Sở Xây dựng | Các sở, ngành | Xong trong tháng 5/2026 | \n"
            "2 | Kiểm tra mỏ | Công an tỉnh | | Quý II/2026 | \n")
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.ref, t.units, t.due.isoformat()) for t in tasks] == [
        ("1", ["Sở Xây dựng"], "2026-05-31"),
        ("2", ["Công an tỉnh"], "2026-06-30"),
    ]
    prose = "Giá | lượng | tồn kho\n100 | 20 | 5\n"
    assert pipe_table_lines(prose) == prose


def test_a_table_pasted_as_text_with_cells_joined_by_tabs_is_read_by_column() -> None:
    """A Word or spreadsheet table pasted into a .txt keeps a tab between its cells."""
    text = ("KẾ HOẠCH\nĐà Nẵng, ngày 05 tháng 01 năm 2026\n"
            "STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
            "1\tRà soát hộ nghèo\tPhòng Văn hóa - Xã hội\tCác thôn\tTrước 20/3/2026\n"
            "2\tBáo cáo giải ngân\tPhòng Kinh tế\t\tThứ Sáu hằng tuần\n"
            "Nơi nhận:\n")
    read = read_bytes("bang.txt", text.encode())
    tasks = extract_text(read, default_resolver()).tasks
    assert [(t.ref, t.units, t.support, t.due and t.due.isoformat(), t.every)
            for t in tasks] == [
        ("1", ["Phòng Văn hóa - Xã hội"], ["Các thôn"], "2026-03-20", None),
        ("2", ["Phòng Kinh tế"], [], None, "weekly:fri"),
    ]
    indented = "\tCăn cứ Luật Tổ chức chính quyền địa phương;\n\tXét đề nghị của Phòng Nội vụ.\n"
    assert pipe_table_lines(indented) == indented


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        # a collective after a unit named in full is a lead of its own
        ("Bộ Tài chính và các bộ, ngành quản lý lĩnh vực",
         ["Bộ Tài chính", "các bộ, ngành quản lý lĩnh vực"]),
        ("Sở Y tế, các Sở, ngành liên quan", ["Sở Y tế", "các Sở, ngành liên quan"]),
        # ... but a collective's own "các" splits nothing
        ("UBND các xã, phường", ["UBND các xã, phường"]),
        # a form's blank names no one ("Họ và tên người chủ trì: ………… Chức vụ …………")
        ("………………… Chức vụ …………………", []),
        ("Sở Nội vụ; ...................", ["Sở Nội vụ"]),
        # a cell's own list numbers are no part of the names
        ("1. Sở Xây dựng\n2. Sở Nông nghiệp và Môi trường",
         ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]),
        ("a) Công an tỉnh; b) Sở Y tế", ["Công an tỉnh", "Sở Y tế"]),
    ],
)
def test_a_lead_cell_names_each_lead(cell: str, leads: list[str]) -> None:
    assert cell_roles(cell) == (leads, [])


@pytest.mark.parametrize(
    ("cell", "leads", "support"),
    [
        # a role said after a unit covers the units listed before it in its part
        ("Sở Tài chính (chủ trì); Sở Nội vụ, Sở Tư pháp (phối hợp)",
         ["Sở Tài chính"], ["Sở Nội vụ", "Sở Tư pháp"]),
        ("Sở Y tế (chủ trì), Sở Tài chính, Công an tỉnh (phối hợp)",
         ["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"]),
        # the units listed after the lead's marker support it
        ("Sở Y tế (chủ trì), Sở Tài chính", ["Sở Y tế"], ["Sở Tài chính"]),
        ("Sở Tài chính (chủ trì); Sở Khoa học và Công nghệ",
         ["Sở Tài chính"], ["Sở Khoa học và Công nghệ"]),
        ("Sở Y tế (chủ trì)\nUBND các xã, phường", ["Sở Y tế"], ["UBND các xã, phường"]),
        ("Sở Nội vụ chủ trì, phối hợp Sở Tài chính, Sở Y tế",
         ["Sở Nội vụ"], ["Sở Tài chính", "Sở Y tế"]),
        # labelled parts, on lines of their own or joined as a PDF cell's lines come
        ("Chủ trì: Sở Y tế\nPhối hợp: Công an tỉnh, Sở Công Thương",
         ["Sở Y tế"], ["Công an tỉnh", "Sở Công Thương"]),
        ("Cơ quan chủ trì: Sở Xây dựng Cơ quan phối hợp: UBND các xã",
         ["Sở Xây dựng"], ["UBND các xã"]),
        ("Đơn vị chủ trì: Sở Tư pháp; Đơn vị phối hợp: Hội Luật gia tỉnh",
         ["Sở Tư pháp"], ["Hội Luật gia tỉnh"]),
    ],
)
def test_a_unit_cell_says_each_units_part(cell: str, leads: list[str], support: list[str]) -> None:
    assert cell_roles(cell) == (leads, support)


def test_a_doers_column_with_roles_gives_leads_and_supporters() -> None:
    """One "Đơn vị thực hiện" column that says who leads and who supports, in a Word table."""
    data = table_docx([HEADER_DATE], [
        ("TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"),
        ("1", "Lập dự toán ngân sách năm 2026",
         "Sở Tài chính (chủ trì); Sở Nội vụ, Sở Tư pháp (phối hợp)", "Tháng 10/2025"),
        ("2", "Kiểm tra an toàn thực phẩm", "Chủ trì: Sở Y tế\nPhối hợp: Công an tỉnh",
         "Quý IV/2025"),
    ], ["Nơi nhận:"])  # fmt: skip
    extraction = extract_text(read_bytes("bang.docx", data), default_resolver())
    assert [(t.units, t.support, str(t.due)) for t in extraction.tasks] == [
        (["Sở Tài chính"], ["Sở Nội vụ", "Sở Tư pháp"], "2025-10-31"),
        (["Sở Y tế"], ["Công an tỉnh"], "2025-12-31"),
    ]


def test_a_programme_of_work_gives_each_row_to_the_unit_preparing_it() -> None:
    """ "Thời gian | Nội dung | Cơ quan chuẩn bị | Lãnh đạo chủ trì": the leader chairs; a
    schedule whose only such column is the leader's keeps it (its rows may name a unit)."""
    data = table_docx(
        ["ĐẢNG ỦY XÃ IA HRUNG", "Ia Hrung, ngày 28 tháng 11 năm 2026", "CHƯƠNG TRÌNH",
         "công tác tháng 12 năm 2026 của Ban Thường vụ Đảng ủy xã"],
        [("Thời gian", "Nội dung", "Cơ quan chuẩn bị", "Lãnh đạo chủ trì"),
         ("Ngày 03/12", "Họp Ban Thường vụ cho ý kiến dự thảo báo cáo", "Văn phòng Đảng ủy",
          "Bí thư Đảng ủy"),
         ("Ngày 18/12", "Kiểm tra công tác chuẩn bị Tết", "Ủy ban Kiểm tra Đảng ủy",
          "Phó Bí thư Thường trực")],
        ["Nơi nhận:"])
    extraction = extract_text(read_bytes("ctr.docx", data), default_resolver())
    assert [(t.units, str(t.due)) for t in extraction.tasks] == [
        (["Văn phòng Đảng ủy"], "2026-12-03"), (["Ủy ban Kiểm tra Đảng ủy"], "2026-12-18")]


# --- a plan's timeline: its rows marked under the periods they take ----------------------------


def test_a_timeline_dates_each_row_by_the_last_period_it_marks() -> None:
    """ "STT | Nội dung | Chủ trì | T1 ... T6", an "x" under each month the work takes."""
    data = table_docx(
        ["UBND XÃ TÂN HƯNG", "Tân Hưng, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH"],
        [("TT", "Nội dung công việc", "Đơn vị chủ trì", "T1", "T2", "T3", "T4", "T5", "T6"),
         ("1", "Lập kế hoạch", "Phòng Kinh tế", "x", "x", "", "", "", ""),
         ("2", "Tập huấn", "Phòng Văn hóa - Xã hội", "", "", "", "X", "", ""),
         ("3", "Sơ kết", "Văn phòng HĐND và UBND xã", "", "", "", "", "", "")],
        [],
    )
    assert tasks_of(data) == [(["Phòng Kinh tế"], "2026-02-28"),
                              (["Phòng Văn hóa - Xã hội"], "2026-04-30"),
                              (["Văn phòng HĐND và UBND xã"], None)]


def test_a_timeline_under_a_time_header_over_two_rows() -> None:
    """ "Thời gian thực hiện" merged over "Quý I | Quý II | Quý III | Quý IV"; a row's own time
    cell, where it has one, is its time."""
    document = docx.Document()
    for text in ["UBND XÃ TÂN HƯNG", "Tân Hưng, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH"]:
        document.add_paragraph(text)
    table = document.add_table(rows=5, cols=7)
    for column, text in enumerate(["STT", "Nội dung", "Chủ trì"]):
        table.cell(0, column).merge(table.cell(1, column)).text = text
    table.cell(0, 3).merge(table.cell(0, 6)).text = "Thời gian thực hiện"
    for column, text in enumerate(["Quý I", "Quý II", "Quý III", "Quý IV"], start=3):
        table.cell(1, column).text = text
    rows = [("1", "Rà soát hộ nghèo", "Phòng Văn hóa - Xã hội", "x", "", "", ""),
            ("2", "Kiểm tra an toàn thực phẩm", "Trạm Y tế xã", "", "x", "x", ""),
            ("3", "Tổng kết năm", "Văn phòng HĐND và UBND xã", "", "", "", "x")]
    for index, row in enumerate(rows, start=2):
        for column, text in enumerate(row):
            table.cell(index, column).text = text
    document.add_paragraph("Nơi nhận:")
    buffer = io.BytesIO()
    document.save(buffer)
    assert tasks_of(buffer.getvalue()) == [(["Phòng Văn hóa - Xã hội"], "2026-03-31"),
                                           (["Trạm Y tế xã"], "2026-09-30"),
                                           (["Văn phòng HĐND và UBND xã"], "2026-12-31")]


@pytest.mark.parametrize(
    ("header", "period"),
    [("Tháng 3", "tháng 3"), ("T12", "tháng 12"), ("Th.05", "tháng 5"), ("Quý IV", "quý IV"),
     ("Q2", "quý II"), ("Năm 2027", "năm 2027"), ("2028", "năm 2028"), ("Thời gian", None),
     ("Tháng 13", None)],
)
def test_timeline_column_headers(header: str, period: str | None) -> None:
    assert period_column(header) == period


@pytest.mark.parametrize(
    ("title", "dues"),
    [
        # a month's programme: each row by the last week it marks, or at the month's end
        ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12/2025", ["2025-12-21", "2025-12-14", "2025-12-31"]),
        # with no month, weeks date nothing (guard, passed before)
        ("KẾ HOẠCH CÔNG TÁC", [None, None, None]),
    ],
)
def test_a_months_programme_dates_its_rows_by_the_weeks_they_mark(
    title: str, dues: list[str | None]
) -> None:
    """ "TT | Nội dung | Chủ trì | Tuần 1 ... Tuần 4" under a month's programme, an "x" under
    each week the work takes."""
    data = table_docx(
        ["UBND PHƯỜNG TÂN AN", "Tân An, ngày 28 tháng 11 năm 2025", title],
        [("TT", "Nội dung", "Cơ quan chủ trì", "Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"),
         ("1", "Hội nghị tổng kết công tác dân vận", "Văn phòng Đảng ủy", "", "", "x", ""),
         ("2", "Kiểm tra công tác PCCC", "Công an phường", "x", "x", "", ""),
         ("3", "Sơ kết công tác quý IV", "Văn phòng HĐND và UBND phường", "", "", "", "")],
        [],
    )
    assert tasks_of(data) == list(zip(
        [["Văn phòng Đảng ủy"], ["Công an phường"], ["Văn phòng HĐND và UBND phường"]], dues,
        strict=True))


@pytest.mark.parametrize(
    ("title", "dues"),
    [
        # a month's programme: its week dates the row, in that month
        ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2025", ["2025-12-14", "2025-12-21"]),
        # with no month, a week dates nothing (guard, passed before)
        ("KẾ HOẠCH CÔNG TÁC", [None, None]),
    ],
)
def test_a_months_programme_dates_a_row_by_the_week_its_time_cell_names(
    title: str, dues: list[str | None]
) -> None:
    """ "Thời gian hoàn thành: Tuần 2" under a month's programme is that week of the month."""
    data = table_docx(
        ["ĐẢNG ỦY XÃ PHÚ LỘC", "Phú Lộc, ngày 28 tháng 11 năm 2025", title],
        [("TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"),
         ("1", "Hướng dẫn kiểm điểm tổ chức đảng", "Ban Xây dựng Đảng", "Tuần 2"),
         ("2", "Kiểm tra tài chính đảng", "Ủy ban Kiểm tra Đảng ủy", "Tuần thứ 3")],
        [],
    )
    assert tasks_of(data) == list(zip(
        [["Ban Xây dựng Đảng"], ["Ủy ban Kiểm tra Đảng ủy"]], dues, strict=True))


def test_a_weekly_schedule_dates_each_meeting_for_the_unit_that_prepares_it() -> None:
    """ "Thứ, ngày | Nội dung | Chủ trì | Chuẩn bị | ...": the unit in the "Chuẩn bị" column
    readies the meeting, due on its day (GUIDE: a meeting's agenda item); the chair is no unit."""
    data = table_docx(
        ["UBND XÃ PHONG HÒA", "Phong Hòa, ngày 05 tháng 12 năm 2025",
         "LỊCH CÔNG TÁC TUẦN 50 (Từ ngày 08/12/2025 đến ngày 14/12/2025)"],
        [("Thứ, ngày", "Nội dung", "Chủ trì", "Chuẩn bị", "Địa điểm"),
         ("Thứ Hai 08/12", "Giao ban lãnh đạo UBND xã", "Chủ tịch UBND xã",
          "Văn phòng HĐND và UBND xã", "Phòng họp số 1"),
         ("Thứ Tư 10/12", "Kiểm tra công tác chuẩn bị Tết tại các thôn", "Phó Chủ tịch UBND xã",
          "Phòng Văn hóa - Xã hội", "Các thôn")],
        [],
    )
    assert tasks_of(data) == [(["Văn phòng HĐND và UBND xã"], "2025-12-08"),
                              (["Phòng Văn hóa - Xã hội"], "2025-12-10")]


def test_a_duty_of_the_work_cell_dated_apart_is_an_obligation_of_its_own() -> None:
    """ "- Kiểm tra ..., hoàn thành trước ngày 25/12/2025" among the lines of a row whose time
    cell says the month: two obligations of the row's unit."""
    data = table_docx(
        [HEADER_DATE, "KẾ HOẠCH", "IV. TỔ CHỨC THỰC HIỆN"],
        [
            ("STT", "Cơ quan, đơn vị", "Nhiệm vụ", "Thời hạn"),
            ("1", "Phòng Kinh tế", "- Thu gom rác thải tồn đọng;\n- Kiểm tra, xử lý lấn chiếm vỉa "
             "hè, hoàn thành trước ngày 25/12/2025;\n- Đôn đốc các chợ niêm yết giá.",
             "Trong tháng 01/2026"),
            ("2", "Công an xã", "Bảo đảm an ninh trật tự dịp Tết", "Trước 05/02/2026"),
        ],
        [],
    )
    assert tasks_of(data) == [(["Phòng Kinh tế"], "2026-01-31"), (["Phòng Kinh tế"], "2025-12-25"),
                              (["Công an xã"], "2026-02-05")]


def test_a_remark_after_the_preparers_name_is_no_part_of_it() -> None:
    """A schedule's "Chuẩn bị" cell "Văn phòng HĐND và UBND xã (đảm bảo đường truyền)"."""
    data = table_docx(
        [HEADER_DATE, "LỊCH CÔNG TÁC TUẦN"],
        [
            ("Thứ, ngày", "Nội dung", "Chuẩn bị"),
            ("Thứ Ba 09/9/2025", "Dự hội nghị trực tuyến của UBND tỉnh",
             "Văn phòng HĐND và UBND xã (đảm bảo đường truyền)"),
        ],
        [],
    )
    assert tasks_of(data) == [(["Văn phòng HĐND và UBND xã"], "2025-09-09")]


@pytest.mark.parametrize("title", [
    "CHƯƠNG TRÌNH CÔNG TÁC\nTháng 12 năm 2025 của UBND xã Ea Rông",
    "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12/2025",
])
def test_a_months_programme_dates_its_day_and_whole_month_cells(title: str) -> None:
    """In a month's programme (its month on the title's line or the line under it), "Ngày 15"
    is that day of the month and "Cả tháng" its end."""
    text = (f"{HEADER_DATE}\n{title}\n| STT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tiếp công dân | Văn phòng HĐND và UBND xã | Ngày 15 |\n"
            "| 2 | Bảo đảm an ninh trật tự | Công an xã | Cả tháng |\n")
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.due.isoformat() if t.due else None) for t in tasks] == [
        (["Văn phòng HĐND và UBND xã"], "2025-12-15"),
        (["Công an xã"], "2025-12-31"),
    ]


def test_cells_that_repeat_their_columns_label_are_read_by_their_value() -> None:
    """A spreadsheet exported with each cell labelled ("Đơn vị: Sở Y tế" under "Đơn vị", "Hạn:
    20/12" under "Hạn"): the label is no part of the unit, nor does it hide the date."""
    text = ("Đắk Lắk, ngày 16 tháng 12 năm 2025\nBẢNG THEO DÕI NHIỆM VỤ\n"
            "STT\tĐơn vị\tNhiệm vụ\tHạn\tPhối hợp\n"
            "1\tĐơn vị: Sở Y tế\tNhiệm vụ: Trực cấp cứu dịp Tết\tHạn: 20/12\t"
            "Phối hợp: Bảo hiểm xã hội tỉnh\n"
            "2\tĐơn vị: Sở Công Thương\tNhiệm vụ: Bình ổn thị trường\tHạn: 31/12/2025\t\n")
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.support, t.due.isoformat()) for t in tasks] == [
        (["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"], "2025-12-20"),
        (["Sở Công Thương"], [], "2025-12-31"),
    ]


def test_a_letters_table_of_units_and_when_each_must_send() -> None:
    data = table_docx(
        [HEADER_DATE, "Kính gửi: UBND các xã.", "Đề nghị các đơn vị gửi báo cáo như sau:"],
        [("TT", "Đơn vị", "Nội dung cần báo cáo", "Hạn gửi"),
         ("1", "UBND xã Cam Lộ", "Giải trình chênh lệch diện tích đất", "Trước 08/12/2025"),
         ("2", "UBND xã Hải Lăng", "Bản đồ hiện trạng sử dụng đất", "Trước 10/12/2025")],
        [],
    )
    assert tasks_of(data)[-2:] == [(["UBND xã Cam Lộ"], "2025-12-08"),
                                   (["UBND xã Hải Lăng"], "2025-12-10")]


def test_a_progress_tables_investor_column_leads_each_project() -> None:
    data = table_docx(
        [HEADER_DATE, "Sở Tài chính đề nghị các chủ đầu tư hoàn thành theo tiến độ sau:"],
        [("STT", "Dự án", "Chủ đầu tư", "Khối lượng còn lại", "Thời hạn hoàn thành"),
         ("1", "Cầu Thị Nại 2", "Ban Quản lý dự án giao thông tỉnh", "Lao lắp 14 dầm",
          "Quý I/2026"),
         ("2", "Đường nội thị", "UBND phường Hoài Nhơn Bắc", "0,8 km", "Trong tháng 12/2025")],
        [],
    )
    assert tasks_of(data)[-2:] == [(["Ban Quản lý dự án giao thông tỉnh"], "2026-03-31"),
                                   (["UBND phường Hoài Nhơn Bắc"], "2025-12-31")]


def test_a_pdf_table_goes_on_past_the_page_number_under_it() -> None:
    """A table that fills its page, with only the page's number under it, goes on on the next
    page without its header: the rows there are still read by column."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 7, "An Bình, ngày 05 tháng 9 năm 2025", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(14, 90, 50, 36), text_align="LEFT",
                   first_row_as_headings=False) as table:
        for row in [("STT", "Nội dung", "Chủ trì", "Thời hạn"),
                    *((str(n), f"Rà soát hồ sơ đợt {n}", "Phòng Kinh tế", "Trước 15/10/2025")
                      for n in range(1, 41))]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    assert pdf.page_no() >= 2  # the table goes on past its first page
    lines = read_bytes("bang.pdf", bytes(pdf.output())).split("\n")
    rows = [line for line in lines if line[:1].isdigit() and "Rà soát" in line]
    assert len(rows) == 40
    assert all("‖ Chủ trì: Phòng Kinh tế ‖ Thời hạn: Trước 15/10/2025" in row for row in rows)


def test_a_row_a_page_break_cut_is_joined_back_whole() -> None:
    """The rest of a row on the next page, its number cell empty, goes on with each cell."""
    def grid(rows: list[tuple[str, ...]]) -> list[list[GridCell]]:
        return [[GridCell([text] if text else [], (r, c)) for c, text in enumerate(row)]
                for r, row in enumerate(rows)]

    first, state = grid_lines(grid([
        ("STT", "Nội dung", "Chủ trì", "Thời hạn"),
        ("1", "Triển khai thu ngân sách; rà soát", "Phòng Kinh tế, Hạ tầng và Đô", "Tháng 01/2026"),
    ]))
    second, _ = grid_lines(grid([
        ("", "nguồn thu tiền sử dụng đất", "thị", ""),
        ("2", "Tổ chức Lễ giao nhận quân", "Ban Chỉ huy Quân sự xã", "Tháng 3/2026"),
    ]), state)
    assert join_carried_rows(["STT ‖ Ghi chú", "\n".join(second)])[1].split("\n")[0] == (
        "nguồn thu tiền sử dụng đất ‖ Chủ trì: thị")  # no row above: the rest stands alone
    pages = join_carried_rows(["\n".join(first), "\n".join(second)])
    assert pages[0].split("\n")[-1] == (
        "1. Triển khai thu ngân sách; rà soát nguồn thu tiền sử dụng đất ‖ Chủ trì: Phòng Kinh "
        "tế, Hạ tầng và Đô thị ‖ Thời hạn: Tháng 01/2026")
    assert pages[1] == ("2. Tổ chức Lễ giao nhận quân ‖ Chủ trì: Ban Chỉ huy Quân sự xã ‖ Thời "
                        "hạn: Tháng 3/2026")


HEADERLESS_PROGRAMME = """UBND PHƯỜNG AN BÌNH
An Bình, ngày 27 tháng 4 năm 2026
CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2026

| 1 | Thứ Hai, 04/5 | Tổ chức giao ban lãnh đạo UBND phường với các phòng, đơn vị | Văn phòng HĐND và UBND phường | Các phòng, đơn vị |
| --- | --- | --- | --- | --- |
| 2 | Thứ Sáu hằng tuần | Báo cáo tình hình an ninh, trật tự trên địa bàn phường | Công an phường | Các khu phố |
| 3 | Trước 10/5 | Tổ chức rà soát, lập danh sách trẻ em vào lớp 1 năm học mới | Phòng Văn hóa - Xã hội | Các trường học |
| 4 | Thường xuyên | Kiểm tra, xử lý vi phạm trật tự đô thị, lấn chiếm vỉa hè | Phòng Kinh tế, Hạ tầng và Đô thị | Công an phường |
"""  # noqa: E501


def test_a_task_table_that_lost_its_header_row_is_read_by_what_its_columns_hold() -> None:
    """A converter made a headerless table's first row its header: its columns are known by
    their cells (a time, units, the longest text as content), the first units' column leads."""
    tasks = extract_text(HEADERLESS_PROGRAMME, default_resolver()).tasks
    got = [(t.units, t.support, t.due.isoformat() if t.due else t.every) for t in tasks]
    assert got == [
        (["Văn phòng HĐND và UBND phường"], ["Các phòng, đơn vị"], "2026-05-04"),
        (["Công an phường"], ["Các khu phố"], "weekly:fri"),
        (["Phòng Văn hóa - Xã hội"], ["Các trường học"], "2026-05-10"),
        (["Phòng Kinh tế - Hạ tầng - Đô thị"], ["Công an phường"], None),
    ]


def test_a_headerless_table_of_figures_is_no_task_table() -> None:
    """(guard, passed before) Units beside figures, with no time column, are a table of
    results: left as written."""
    text = (
        "| 1 | Phòng Kinh tế | 120 hồ sơ đã giải quyết đúng hạn trong quý | 98% |\n"
        "| --- | --- | --- | --- |\n"
        "| 2 | Phòng Văn hóa - Xã hội | 85 hồ sơ đã giải quyết đúng hạn trong quý | 97% |\n"
        "| 3 | Công an xã | 240 hồ sơ cư trú đã giải quyết đúng hạn trong quý | 100% |\n"
    )
    assert extract_text(text, default_resolver()).tasks == []


def test_a_leaders_schedule_laid_by_the_parts_of_each_day() -> None:
    """ "Thứ, ngày | Sáng | Chiều", each entry a paragraph of its cell: what a unit prepares
    for an entry is due that entry's day."""
    data = table_docx(
        ["UBND XÃ PHÚ LỘC", "Phú Lộc, ngày 11 tháng 9 năm 2026",
         "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND XÃ", "Tuần 38 (từ ngày 14/9/2026 đến ngày 20/9/2026)"],
        [("Thứ, ngày", "Sáng", "Chiều"),
         ("Thứ Hai 14/9", "- 7h30: Lãnh đạo UBND xã dự chào cờ.\n- 8h00: Chủ tịch UBND xã chủ trì "
          "họp giao ban (Văn phòng HĐND và UBND xã chuẩn bị).",
          "- 14h00: Phó Chủ tịch UBND xã họp Ban Chỉ đạo phổ cập giáo dục (Phòng Văn hóa - Xã "
          "hội chuẩn bị)."),
         ("Thứ Ba 15/9", "- 8h00: Chủ tịch UBND xã tiếp công dân định kỳ.",
          "- 14h00: Phó Chủ tịch UBND xã họp Hội đồng bồi thường (Phòng Kinh tế chuẩn bị).")],
        [],
    )
    assert tasks_of(data) == [
        (["Văn phòng HĐND và UBND xã"], "2026-09-14"),
        (["Phòng Văn hóa - Xã hội"], "2026-09-14"),
        (["Phòng Kinh tế"], "2026-09-15"),
    ]


def test_units_headings_each_over_a_task_table_of_their_own() -> None:
    """ "1. Văn phòng ..." over a "Nhiệm vụ | Thời hạn" table, "2. Phòng ..." over another, each
    numbered from 1 again: each table's rows are its heading's, led by its unit (a row that
    opens "Chủ trì, phối hợp ..." is no header)."""
    document = docx.Document()
    for text in ("UBND PHƯỜNG BÌNH MINH", "Bình Minh, ngày 14 tháng 12 năm 2026", "THÔNG BÁO",
                 "Chủ tịch UBND phường phân công nhiệm vụ như sau:"):
        document.add_paragraph(text)
    sections = {
        "1. Văn phòng HĐND và UBND phường": [
            ("Tổng hợp dự thảo Báo cáo kinh tế - xã hội năm 2026", "Trước 20/12"),
            ("Xây dựng Chương trình công tác năm 2027 của UBND phường", "Chậm nhất 31/01/2027")],
        "2. Phòng Văn hóa - Xã hội": [
            ("Báo cáo tổng kết công tác văn hóa, giáo dục năm 2026", "Trước 18/12"),
            ("Chủ trì, phối hợp Trạm Y tế phường kiểm tra an toàn thực phẩm tại các cơ sở sản "
             "xuất, kinh doanh thực phẩm dịp Tết", "05/01/2027")],
    }
    for heading, rows in sections.items():
        document.add_paragraph().add_run(heading).bold = True
        table = document.add_table(rows=len(rows) + 1, cols=2)
        for index, row in enumerate([("Nhiệm vụ", "Thời hạn"), *rows]):
            for column, text in enumerate(row):
                table.cell(index, column).text = text
    document.add_paragraph("Nơi nhận:")
    buffer = io.BytesIO()
    document.save(buffer)
    assert tasks_of(buffer.getvalue()) == [
        (["Văn phòng HĐND và UBND phường"], "2026-12-20"),
        (["Văn phòng HĐND và UBND phường"], "2027-01-31"),
        (["Phòng Văn hóa - Xã hội"], "2026-12-18"),
        (["Phòng Văn hóa - Xã hội"], "2027-01-05"),
    ]


def test_a_content_cells_duties_each_due_by_their_own_day_are_each_a_task() -> None:
    """A row with no time column whose content holds two duties, each "trước ngày D": two
    obligations of the row's lead."""
    data = table_docx(
        ["UBND TỈNH LAM GIANG", "Lam Giang, ngày 08 tháng 01 năm 2026",
         "2. Nhiệm vụ cụ thể của các cơ quan, đơn vị như sau:"],
        [("Nội dung", "Đơn vị chủ trì"),
         ("Xây dựng kế hoạch bình ổn giá, trình UBND tỉnh trước ngày 15/01/2026; Chủ trì kiểm "
          "tra thị trường, báo cáo kết quả về UBND tỉnh trước ngày 06/3/2026.", "Sở Công Thương")],
        ["3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện."],
    )
    assert [task for task in tasks_of(data) if task[1]] == [
        (["Sở Công Thương"], "2026-01-15"), (["Sở Công Thương"], "2026-03-06")]


def test_a_schedules_preparers_cell_names_its_units_before_what_they_prepare() -> None:
    """ "Sở Nông nghiệp và Môi trường chuẩn bị báo cáo; Văn phòng UBND tỉnh bố trí phòng họp"
    in a schedule's "Chuẩn bị" column: each unit, due on the entry's day, without its work."""
    data = table_docx(
        ["UBND TỈNH LÂM GIANG", "Lâm Giang, ngày 27 tháng 3 năm 2026", "LỊCH CÔNG TÁC TUẦN"],
        [("Thứ, ngày", "Nội dung", "Chuẩn bị"),
         ("Thứ Tư 01/4/2026", "Tiếp và làm việc với Đoàn công tác của Bộ Nông nghiệp và Môi "
          "trường về công tác quản lý đất đai.", "Sở Nông nghiệp và Môi trường chuẩn bị báo "
          "cáo; Văn phòng UBND tỉnh bố trí phòng họp, đón tiếp Đoàn")],
        [],
    )
    assert tasks_of(data) == [
        (["Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh"], "2026-04-01")]
