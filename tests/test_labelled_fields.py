"""A plan with no table writes each task's fields as labelled lines under it ("- Cơ quan chủ
trì: ...", "- Thời gian hoàn thành: ..."): they are read as the fields of one task."""

from __future__ import annotations

import io

import docx
import pytest

from jobs.ingest.pipeline import extract_text
from jobs.ingest.reading import read_bytes
from jobs.ingest.tables import labelled_field_lines
from jobs.ingest.units import default_resolver


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "1. Lập danh mục dự án\n- Cơ quan chủ trì: Sở Xây dựng.\n"
            "- Cơ quan phối hợp: Sở Tài chính.\n- Thời gian hoàn thành: Quý III/2026.",
            "1. Lập danh mục dự án ‖ Chủ trì: Sở Xây dựng ‖ Phối hợp: Sở Tài chính"
            " ‖ Thời hạn: Quý III/2026",
        ),
        (
            "a) Kiểm tra các cơ sở\n+ Đơn vị thực hiện: Đội Quản lý thị trường số 3\n"
            "+ Thời hạn: 30/9/2026\n+ Sản phẩm: Báo cáo kết quả kiểm tra",
            "a) Kiểm tra các cơ sở ‖ Chủ trì: Đội Quản lý thị trường số 3 ‖ Thời hạn: 30/9/2026",
        ),
        (
            "Cập nhật bản đồ số. Đơn vị chủ trì: Trung tâm Công nghệ thông tin; thời gian:"
            " tháng 8/2026.",
            "Cập nhật bản đồ số. ‖ Chủ trì: Trung tâm Công nghệ thông tin ‖ Thời hạn: tháng 8/2026",
        ),
        (
            "3. Tập huấn cán bộ\nChủ trì: Phòng Nội vụ; phối hợp: các xã; thời gian: hằng quý.",
            "3. Tập huấn cán bộ ‖ Chủ trì: Phòng Nội vụ ‖ Phối hợp: các xã ‖ Thời hạn: hằng quý",
        ),
        (
            "Rà soát hồ sơ đất đai. Đơn vị chủ trì: Phòng Kinh tế, thời gian: tháng 11/2026.",
            "Rà soát hồ sơ đất đai. ‖ Chủ trì: Phòng Kinh tế ‖ Thời hạn: tháng 11/2026",
        ),
        (
            "2. Tổng hợp ý kiến cử tri\n- Thời gian hoàn thành: Tháng 1/2026.\n"
            "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách công tác dân vận",
            "2. Tổng hợp ý kiến cử tri ‖ Chủ trì: Phó Chủ tịch Thường trực ‖ Thời hạn: "
            "Tháng 1/2026",
        ),
        (
            "c) Kiểm tra công tác tuyên truyền\n- Cơ quan chủ trì: Đ/c Trưởng ban Tuyên giáo - "
            "Dân vận - phụ trách khối dân vận\n- Thời gian: trước ngày 20/5/2026",
            "c) Kiểm tra công tác tuyên truyền ‖ Chủ trì: Trưởng ban Tuyên giáo - Dân vận ‖ "
            "Thời hạn: "
            "trước ngày 20/5/2026",
        ),
        (
            "- Nội dung: Tổ chức huấn luyện dân quân.\n- Đơn vị chủ trì: Ban Chỉ huy Quân sự xã;"
            " đơn vị phối hợp: Công an xã.\n- Thời gian: Từ ngày 05/3/2026 đến ngày 15/3/2026.",
            "- Tổ chức huấn luyện dân quân ‖ Chủ trì: Ban Chỉ huy Quân sự xã ‖ Phối hợp: Công an"
            " xã ‖ Thời hạn: Từ ngày 05/3/2026 đến ngày 15/3/2026",
        ),
        (
            "- Thời gian: tháng 4/2026.\n- Đơn vị chủ trì: Công an xã.\n"
            "- Nội dung: Diễn tập phòng thủ dân sự.",
            "- Diễn tập phòng thủ dân sự ‖ Chủ trì: Công an xã ‖ Thời hạn: tháng 4/2026",
        ),
        (
            "1. Tên nhiệm vụ: Lập quy hoạch mạng lưới chợ.\n2. Cơ quan chủ trì: Sở Công Thương.\n"
            "3. Cơ quan phối hợp: Sở Xây dựng.\n4. Thời gian hoàn thành: Quý III/2026.",
            "1. Lập quy hoạch mạng lưới chợ ‖ Chủ trì: Sở Công Thương ‖ Phối hợp: Sở Xây dựng ‖"
            " Thời hạn: Quý III/2026",
        ),
        (
            "II. NỘI DUNG THỰC HIỆN\n- Nội dung: Tập huấn nghiệp vụ.\n- Chủ trì: Phòng Văn hóa"
            " - Xã hội.\n- Thời gian: tháng 5/2026.\n- Nội dung: Kiểm tra cơ sở.\n"
            "- Chủ trì: Trạm Y tế xã.\n- Thời gian: tháng 6/2026.",
            "II. NỘI DUNG THỰC HIỆN\n- Tập huấn nghiệp vụ ‖ Chủ trì: Phòng Văn hóa - Xã hội ‖ "
            "Thời hạn: tháng 5/2026\n- Kiểm tra cơ sở ‖ Chủ trì: Trạm Y tế xã ‖ Thời hạn: tháng "
            "6/2026",
        ),
    ],
    ids=["dashes", "pluses-and-product", "sentences-after-the-task", "one-line-under-it",
         "after-a-comma", "a-leader-by-title", "a-leader-by-title-and-a-dash",
         "its-content-a-field-too", "its-time-first", "its-parts-numbered",
         "tasks-one-after-another-under-a-heading"],
)
def test_labelled_fields_render_as_a_row(text: str, row: str) -> None:
    assert labelled_field_lines(text) == row


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's notice: its "Chủ trì" chairs it
        "Họp giao ban tháng 7\n- Thời gian: 8 giờ ngày 03/7/2026\n- Địa điểm: Hội trường xã\n"
        "- Chủ trì: Sở Nội vụ",
        # a person leads: no unit's task
        "Làm việc với doanh nghiệp\n- Chủ trì: đồng chí Phó Chủ tịch UBND xã\n"
        "- Thời gian: 10/7/2026",
        # a time and a product, but no lead
        "Tổng kết năm\n- Thời gian: tháng 12/2026\n- Sản phẩm: Báo cáo",
        # a person by name leads: no unit's task
        "Rà soát hồ sơ\n- Đơn vị chủ trì: Đồng chí Nguyễn Văn An\n- Thời gian: 10/7/2026",
        # a heading that labels the list below it
        "IV. TỔ CHỨC THỰC HIỆN\nTrách nhiệm thực hiện:\n- Sở Y tế: chủ trì triển khai.",
        # the last noun of the list a request goes to, before its colon
        "Tại Công văn này, Sở Văn hóa - Thể thao và Du lịch đề nghị các cơ quan, đơn vị: căn cứ "
        "tiêu chuẩn của tỉnh, xét chọn các tập thể tiêu biểu năm 2026.",
    ],
    ids=["meeting", "person", "no-lead", "named-person", "heading", "plural-list"],
)
def test_lines_that_are_no_task_fields_stay_as_written(text: str) -> None:
    assert labelled_field_lines(text) == text


PLAN = """UBND TỈNH BÌNH PHƯỚC
Số: 77/KH-UBND
Bình Phước, ngày 12 tháng 5 năm 2026
KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026
III. NHIỆM VỤ
1. Khảo sát các điểm du lịch cộng đồng
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Cơ quan phối hợp: UBND các xã có điểm du lịch.
- Thời gian hoàn thành: trước ngày 30/6/2026.
2. Xây dựng bộ nhận diện điểm đến
- Đơn vị thực hiện: Trung tâm Xúc tiến đầu tư, thương mại và du lịch
- Thời gian: Quý IV/2026
3. Báo cáo tiến độ. Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch. Thời gian: hằng tháng.
"""


def test_a_plan_laid_out_in_labelled_lines_gives_one_task_per_item() -> None:
    tasks = extract_text(PLAN, default_resolver()).tasks
    got = [(t.units, t.support, t.due.isoformat() if t.due else t.every) for t in tasks]
    assert got == [
        (["Sở Văn hóa, Thể thao và Du lịch"], ["UBND các xã có điểm du lịch"], "2026-06-30"),
        (["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"], [], "2026-12-31"),
        (["Sở Văn hóa, Thể thao và Du lịch"], [], "monthly"),
    ]


FIELDS_ONLY_PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG
Tân Hưng, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Huấn luyện dân quân năm 2026
II. NỘI DUNG, THỜI GIAN, ĐƠN VỊ THỰC HIỆN
- Nội dung: Tổ chức huấn luyện dân quân.
- Đơn vị chủ trì: Ban Chỉ huy Quân sự xã; đơn vị phối hợp: Công an xã.
- Thời gian: Từ ngày 05/3/2026 đến ngày 15/3/2026.
- Thời gian: tháng 4/2026.
- Đơn vị chủ trì: Công an xã.
- Nội dung: Diễn tập phòng thủ dân sự.
"""


def test_tasks_written_as_their_fields_alone_are_one_task_each() -> None:
    tasks = extract_text(FIELDS_ONLY_PLAN, default_resolver()).tasks
    got = [(t.units, t.support, t.due.isoformat(), t.text) for t in tasks]
    assert got == [
        (["Ban Chỉ huy Quân sự xã"], ["Công an xã"], "2026-03-15", "Tổ chức huấn luyện dân quân"),
        (["Công an xã"], [], "2026-04-30", "Diễn tập phòng thủ dân sự"),
    ]


TASK_SLIP = """PHIẾU GIAO VIỆC
Ngày giao: 04/6/2026

1.
Đơn vị xử lý: Phòng Văn hóa - Xã hội
Nội dung: Rà soát danh sách hộ nghèo, hộ cận nghèo trên địa bàn.
Thời hạn: 15-6

2.
Bộ phận xử lý: Trung tâm Phục vụ hành chính công xã
Nội dung: Thống kê hồ sơ trễ hạn, báo cáo Chủ tịch UBND xã.
Thời hạn: Hằng tháng, trước ngày 25

NGƯỜI GIAO VIỆC
"""


def test_a_task_slips_items_name_their_handling_office() -> None:
    """A task slip ("Phiếu giao việc") numbers each item alone on its line and names who acts
    as "Đơn vị xử lý" / "Bộ phận xử lý"."""
    tasks = extract_text(TASK_SLIP, default_resolver()).tasks
    got = [(t.units, t.due.isoformat() if t.due else t.every) for t in tasks]
    assert got == [
        (["Phòng Văn hóa - Xã hội"], "2026-06-15"),
        (["Trung tâm Phục vụ hành chính công xã"], "monthly:25"),
    ]


def test_a_field_lists_a_known_unit_then_a_team_by_its_name() -> None:
    """ "Đơn vị thực hiện: Công an phường, Đội Quản lý trật tự đô thị phường": two leads, the
    comma before the team's head word parts them."""
    text = ("UBND PHƯỜNG HÒA KHÁNH\nĐà Nẵng, ngày 05 tháng 12 năm 2026\nKẾ HOẠCH\nII. NỘI DUNG\n"
            "1. Kiểm tra, xử lý vi phạm trật tự đô thị\n- Đơn vị thực hiện: Công an phường, Đội "
            "Quản lý trật tự đô thị phường.\n- Thời gian: Thứ Sáu hằng tuần.\n")
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.every) for t in tasks] == [
        (["Công an phường", "Đội Quản lý trật tự đô thị phường"], "weekly:fri")]


def test_a_word_plan_with_numbered_tasks_bulleted_fields_and_an_appendix_table() -> None:
    """Word's automatic numbering and bullets, then a task table in the appendix after the
    signature: every task is read."""
    document = docx.Document()
    for line in ["UBND TỈNH HÀ TĨNH", "Hà Tĩnh, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
                 "II. NHIỆM VỤ"]:
        document.add_paragraph(line)
    document.add_paragraph("Rà soát thủ tục hành chính", style="List Number")
    for line in ["Cơ quan chủ trì: Sở Tư pháp.", "Cơ quan phối hợp: các sở, ngành.",
                 "Thời gian hoàn thành: Quý II/2026."]:
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph("Số hóa hồ sơ", style="List Number")
    for line in ["Đơn vị thực hiện: Văn phòng UBND tỉnh.", "Thời hạn: 30/9/2026."]:
        document.add_paragraph(line, style="List Bullet")
    for line in ["Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"]:
        document.add_paragraph(line)
    rows = [("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"),
            ("1", "Đào tạo công chức", "Sở Nội vụ", "Tháng 11/2026")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_bytes("kehoach.docx", buffer.getvalue())
    tasks = extract_text(text, default_resolver()).tasks
    assert [(t.units, t.support, t.due.isoformat()) for t in tasks] == [
        (["Sở Tư pháp"], ["Các sở, ngành"], "2026-06-30"),
        (["Văn phòng UBND tỉnh"], [], "2026-09-30"),
        (["Sở Nội vụ"], [], "2026-11-30"),
    ]


# A national plan's sections: the content's points, then the lead bodies listed under their
# label (its parts lettered under one heading), then the time; the heading's horizon above
# ("... TỪ NAY ĐẾN NĂM 2030") does not date a section whose time field says otherwise.
SECTIONED_PLAN = """BAN CHỈ ĐẠO TỈNH
Số: 25/KH-BCĐ
Hà Nội, ngày 11 tháng 11 năm 2025
KẾ HOẠCH
B. NỘI DUNG, NHIỆM VỤ TỪ NAY ĐẾN NĂM 2030
I. CÔNG TÁC TUYÊN TRUYỀN
1. Nội dung, biện pháp
a) Tổ chức hội nghị quán triệt kế hoạch;
b) Tuyên truyền trên các phương tiện thông tin đại chúng.
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì
- Sở Văn hóa, Thể thao và Du lịch.
- Tư lệnh các quân khu; Chủ tịch UBND các tỉnh.
(Văn phòng Ban Chỉ đạo là cơ quan thường trực.)
b) Cơ quan phối hợp
Sở Nội vụ; các tổ chức chính trị - xã hội.
3. Thời gian thực hiện: Tháng 12/2025 và thường xuyên.
II. KIỆN TOÀN TỔ CHỨC
1. Nội dung, biện pháp
a) Rà soát, kiện toàn các Ban Chỉ đạo.
2. Cơ quan chủ trì
- Sở Nội vụ.
3. Thời gian thực hiện: Từ tháng 11/2025 trở đi.
"""


def test_fields_listed_under_their_labels_are_one_task_of_the_section() -> None:
    tasks = extract_text(SECTIONED_PLAN, default_resolver()).tasks
    got = [(t.units, t.support, t.due.isoformat() if t.due else t.every) for t in tasks]
    assert got == [
        (["Sở Văn hóa, Thể thao và Du lịch", "Các quân khu", "UBND các tỉnh"],
         ["Sở Nội vụ", "Các tổ chức chính trị - xã hội"], "2025-12-31"),
        (["Sở Nội vụ"], [], None),
    ]


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("Tư lệnh các quân khu; Chủ tịch UBND các tỉnh", ["Các quân khu", "UBND các tỉnh"]),
        ("Phó Chủ tịch Thường trực", ["Phó Chủ tịch Thường trực"]),  # a person's own title
    ],
)
def test_a_lead_cells_titles_before_collectives_are_cut(cell: str, units: list[str]) -> None:
    data = f"""UBND XÃ AN PHÚ
An Phú, ngày 05 tháng 12 năm 2025
KẾ HOẠCH
| TT | Nội dung | Chủ trì | Thời gian |
|---|---|---|---|
| 1 | Rà soát hồ sơ | {cell} | Tháng 12/2025 |
"""
    assert [t.units for t in extract_text(data, default_resolver()).tasks] == [units]
