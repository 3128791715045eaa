"""The printable report (.xlsx) and the chart (.png), from the constructed week."""

from __future__ import annotations

import io
import struct
import warnings
from datetime import UTC, date, datetime

import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from openpyxl import Workbook, load_workbook
from report_scenario import COMMUNES, FINANCE, HOME, NOW, header_row, scenario, task_rows
from sqlalchemy import Engine, select

from db.models import TaskEvidence, TaskShare, Unit
from db.reports import UnitCounts
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE
from jobs.config import ReportSettings, Settings
from jobs.ingest.units import UnitEntry
from jobs.plan.status import DUE_SOON, Category
from jobs.store import import_units
from jobs.summary.report import (
    CHART_FONT,
    CHART_MAX_UNITS,
    WeeklySummary,
    build_weekly_summary,
    chart_rows,
    last_full_week,
    render_chart_png,
)
from jobs.summary.report_book import (
    LINE_POINTS,
    TASK_COLUMNS,
    line_count,
    place_date,
    render_xlsx,
)

__all__ = ["scenario"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
OFFICE = ReportSettings(
    parent_office="UBND huyện Núi Thành",
    office="Văn phòng HĐND và UBND",
    number="Số: 7/BC-VP",
    place="Núi Thành",
    signer_title="Chánh Văn phòng",
    signer_name="Trần Thị B",
)


@pytest.fixture
def summary(engine: Engine, settings: Settings, scenario: dict[str, int]) -> WeeklySummary:
    """The constructed week's summary."""
    with session_scope(engine) as session:
        return build_weekly_summary(session, last_full_week(NOW, LOCAL_ZONE), NOW, settings)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def workbook(summary: WeeklySummary, office: ReportSettings = OFFICE) -> Workbook:
    """The report as a spreadsheet program reads it back."""
    return load_workbook(io.BytesIO(render_xlsx(summary, office)))


def test_xlsx_lists_the_period_tasks(summary: WeeklySummary, scenario: dict[str, int]) -> None:
    book = workbook(summary)
    assert book.sheetnames == ["Tổng hợp", "Nhiệm vụ"]
    sheet = book["Nhiệm vụ"]
    header = [cell.value for cell in sheet[header_row(sheet)]]
    assert header == [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời hạn",
        "Tình trạng",
        "Ngày hoàn thành",
        "Ghi chú",
    ]
    rows = task_rows(sheet)
    assert len(rows) == 9
    t1 = rows["Báo cáo kết quả thực hiện T1"]
    assert t1[0] == 1 and (t1[2], t1[3]) == (FINANCE, "Phòng Tư pháp")
    assert (t1[4], t1[5], t1[6]) == (
        datetime(2024, 4, 18),
        "Hoàn thành đúng hạn",
        datetime(2024, 4, 17),
    )
    t2 = rows["Rà soát <dự toán> & báo cáo T2"]
    assert (t2[5], t2[7]) == ("Hoàn thành quá hạn", "Hoàn thành muộn 3 ngày\nĐã xong T2")
    t4 = rows["Báo cáo kết quả thực hiện T4"]
    assert t4[5] == "Đang thực hiện trong hạn (sắp đến hạn)" and t4[6] is None
    t7 = rows["Báo cáo kết quả thực hiện T7"]
    assert (t7[2], t7[4], t7[5]) == (f"{FINANCE}\n{HOME}", "Không thời hạn", "Không thời hạn")
    t9 = rows["Báo cáo kết quả thực hiện T9"]  # completed after the period: open then
    assert (t9[5], t9[6], t9[7]) == ("Quá hạn chưa hoàn thành", None, "Quá hạn 1 ngày")
    first = header_row(sheet) + 2
    assert sheet.cell(first, 5).number_format == "dd/mm/yyyy"


def test_xlsx_groups_tasks_under_their_directive(
    summary: WeeklySummary, scenario: dict[str, int]
) -> None:
    sheet = workbook(summary)["Nhiệm vụ"]
    start = header_row(sheet) + 1
    groups = [
        row[0]
        for row in sheet.iter_rows(min_row=start)
        if isinstance(row[0].value, str) and row[0].font.b
    ]
    assert [cell.value for cell in groups] == ["Số 12/TB-UBND ngày 01/04/2024 — Thông báo kết luận"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f"A{groups[0].row}:H{groups[0].row}" in merged
    numbers = [row[0] for row in sheet.iter_rows(min_row=start, values_only=True)]
    assert numbers == [groups[0].value, *range(1, 10)]  # the group row once, then its tasks


def test_xlsx_has_the_decrees_heading_and_signature(summary: WeeklySummary) -> None:
    sheet = workbook(summary)["Tổng hợp"]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value}
    assert cells["UBND HUYỆN NÚI THÀNH"].coordinate == "A1"
    assert cells["VĂN PHÒNG HĐND VÀ UBND"].font.b
    nation = cells["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    motto = cells["Độc lập - Tự do - Hạnh phúc"]
    assert nation.font.b and nation.row == 1 and motto.row == 2 and motto.font.sz == 14
    assert "Núi Thành, ngày 22 tháng 4 năm 2024" in cells and cells["Số: 7/BC-VP"].row == 3
    assert cells["BÁO CÁO"].font.b and cells["BÁO CÁO"].font.sz == 14
    assert "Kỳ báo cáo: từ ngày 15/04/2024 đến ngày 21/04/2024 (tình trạng tính" in "".join(
        str(v) for v in cells
    )
    assert cells["CHÁNH VĂN PHÒNG"].row == cells["Nơi nhận:"].row > header_row(sheet)
    assert cells["Trần Thị B"].font.b and cells["- Lưu: VT."].column == 1
    fonts = {(cell.font.name, cell.font.sz) for cell in cells.values()}
    assert {name for name, _ in fonts} == {"Times New Roman"}
    assert min(size for _, size in fonts) >= 11


def test_xlsx_place_date_pads_small_days_and_months() -> None:
    assert place_date(OFFICE, date(2025, 2, 5)) == "Núi Thành, ngày 05 tháng 02 năm 2025"
    assert place_date(ReportSettings(), date(2025, 11, 20)).endswith("ngày 20 tháng 11 năm 2025")
    assert place_date(ReportSettings(), date(2025, 3, 1)).startswith("……")


def test_xlsx_totals_sheet(summary: WeeklySummary) -> None:
    sheet = workbook(summary)["Tổng hợp"]
    top = header_row(sheet)
    header = [cell.value for cell in sheet[top]]
    assert header[:3] == ["STT", "Đơn vị chủ trì", "Tổng số"]
    assert header[3:] == [
        "Hoàn thành đúng hạn",
        "Hoàn thành quá hạn",
        "Đang thực hiện trong hạn",
        "Quá hạn chưa hoàn thành",
        "Không thời hạn",
        "Trong đó sắp đến hạn",
        "Tỷ lệ hoàn thành",
    ]
    rows = [row for row in sheet.iter_rows(min_row=top + 1, max_row=top + 4, values_only=True)]
    assert rows == [
        (1, HOME, 5, 1, 0, 2, 1, 1, 1, pytest.approx(0.2)),
        (2, FINANCE, 4, 1, 1, 0, 1, 1, 0, pytest.approx(0.5)),
        (3, COMMUNES, 1, 0, 0, 0, 1, 0, 0, 0),
        (None, "Tổng cộng", 9, 2, 1, 2, 3, 1, 1, pytest.approx(3 / 9)),
    ]
    rate = sheet.cell(top + 1, 10)
    assert rate.data_type == "n" and rate.number_format == "0.0%"
    assert sheet.cell(top + 4, 2).font.b
    assert "mỗi nhiệm vụ một lần" in sheet.cell(top + 5, 1).value


def test_xlsx_is_printable(summary: WeeklySummary) -> None:
    book = workbook(summary)
    for sheet in book.worksheets:
        top = header_row(sheet)
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # fitToWidth is absent when 1, the default of the file format
        assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == f"${top}:${top}"
        assert sheet.page_margins.left == pytest.approx(1.18)  # 30 mm
        assert all(cell.font.b and cell.border.left.style == "thin" for cell in sheet[top])
        first = top + (2 if sheet.title == "Nhiệm vụ" else 1)  # under the directive's row
        assert sheet.cell(first, 2).alignment.wrap_text
        assert sheet.cell(first, 2).font.sz == 12
        # The columns' stored widths (each a little over the one asked for) add up to at most
        # 128 characters: the summary's 127.6 and the appendix's 121.7 print at 99% in
        # LibreOffice's PDF (measured on the README's picture); 5% more would be under 95%.
        widths = [sheet.column_dimensions[chr(65 + i)].width for i in range(sheet.max_column)]
        assert sum(widths) <= 128


def test_xlsx_rows_are_as_tall_as_their_text(summary: WeeklySummary) -> None:
    sheet = workbook(summary)["Nhiệm vụ"]
    top = header_row(sheet)
    widths = [width for _, width in TASK_COLUMNS]
    for row in sheet.iter_rows(min_row=top + 2):
        lines = max(line_count(cell.value, width) for cell, width in zip(row, widths, strict=True))
        height = sheet.row_dimensions[row[0].row].height
        assert height == pytest.approx(lines * LINE_POINTS + 4, abs=0.75)  # whole pixels
        assert lines <= 3  # the scenario's texts are short: no blank lines are added
    assert line_count("a" * 100, 10) == 10  # 10.5 characters a line
    assert line_count("a" * 10, 10) == 1
    assert line_count("một\nhai\nba", 30) == 3


def test_chart_png_renders_wide_and_non_trivial(summary: WeeklySummary) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph is a warning from matplotlib
        data = render_chart_png(summary)
    width, height = png_size(data)
    assert width >= 1000 and height >= 500
    assert len(data) > 20_000


def test_chart_font_has_the_vietnamese_glyphs() -> None:
    path = font_manager.findfont(
        font_manager.FontProperties(family=CHART_FONT), fallback_to_default=False
    )
    assert path.endswith("DejaVuSans.ttf")
    font = FT2Font(path)
    assert all(font.get_char_index(ord(char)) for char in "ữặđƯơỹẫỆ")


def test_chart_of_many_units_groups_the_rest() -> None:
    units = [
        UnitCounts(
            n, f"UBND xã số {n}", {**dict.fromkeys(Category, 0), DUE_SOON: 0, Category.OVERDUE: n}
        )
        for n in range(1, 31)
    ]
    rows = chart_rows(units)
    assert len(rows) == CHART_MAX_UNITS + 1
    assert rows[0][0] == "UBND xã số 30"
    assert rows[-1] == ("15 đơn vị khác", [0, 0, 0, 0, sum(range(1, 16)), 0])


def test_chart_of_an_empty_week(engine: Engine, settings: Settings) -> None:
    with session_scope(engine) as session:
        empty = build_weekly_summary(session, last_full_week(NOW, LOCAL_ZONE), NOW, settings)
    assert png_size(render_chart_png(empty))[0] >= 1000
    sheet = workbook(empty)["Nhiệm vụ"]
    assert sheet.cell(header_row(sheet) + 1, 1).value == "Không có nhiệm vụ nào trong kỳ."


def test_dates_are_local_days(summary: WeeklySummary, scenario: dict[str, int]) -> None:
    t2 = next(line for line in summary.tasks if line.id == scenario["T2"])
    assert t2.done_at is not None and t2.done_at.date() == date(2024, 4, 18)  # 23:00 UTC
    rows = task_rows(workbook(summary)["Nhiệm vụ"])
    row = next(r for text, r in rows.items() if text.endswith("T2"))
    assert row[6] == datetime(2024, 4, 19)  # 06:00 local


def test_xlsx_lists_a_collectives_members_and_the_evidence_files(
    engine: Engine, settings: Settings, scenario: dict[str, int]
) -> None:
    with session_scope(engine) as session:
        import_units(
            session,
            [
                (UnitEntry("UBND xã An Phú", "body", named=True), ()),
                (UnitEntry("UBND xã Bình Minh", "body", named=True), ()),
                (
                    UnitEntry(
                        COMMUNES,
                        "body",
                        named=True,
                        members=("UBND xã An Phú", "UBND xã Bình Minh"),
                    ),
                    (),
                ),
            ],
            now=NOW,
            actor="test",
        )
        session.flush()
        an_phu = session.scalar(select(Unit.id).where(Unit.name == "UBND xã An Phú"))
        at = datetime(2024, 4, 18, 3, 0, tzinfo=UTC)
        session.add(TaskShare(task_id=scenario["T6"], unit_id=an_phu, done_at=at, done_by="t"))
        for number, name in enumerate(("bao-cao-T1.pdf", "anh 12.jpg"), start=1):
            session.add(
                TaskEvidence(
                    task_id=scenario["T1"],
                    unit_id=None,
                    chat_id=1001,
                    message_id=number,
                    kind="document",
                    file_id=f"F{number}",
                    file_unique_id=f"U{number}",
                    file_name=name,
                    file_size=10,
                    sha256=None,
                    added_at=at,
                    added_by="t",
                )
            )
    with session_scope(engine) as session:
        summary = build_weekly_summary(session, last_full_week(NOW, LOCAL_ZONE), NOW, settings)
    rows = task_rows(workbook(summary)["Nhiệm vụ"])
    t6 = rows["Báo cáo kết quả thực hiện T6"]
    assert t6[7].splitlines() == [
        "Quá hạn 3 ngày",
        "1/2 đơn vị đã hoàn thành:",
        "- UBND xã An Phú: xong 18/04/2024",
        "- UBND xã Bình Minh: chưa",
    ]
    t1 = rows["Báo cáo kết quả thực hiện T1"]
    assert t1[7].splitlines()[-1] == "Minh chứng: bao-cao-T1.pdf, anh 12.jpg"
