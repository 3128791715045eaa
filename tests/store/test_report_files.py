"""The printable report (.xlsx) and the chart (.png), from the constructed week."""

from __future__ import annotations

import io
import struct
import warnings
from datetime import UTC, date, datetime

import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from openpyxl import load_workbook
from report_scenario import COMMUNES, FINANCE, HOME, NOW, scenario
from sqlalchemy import Engine, select

from db.bot_models import TaskEvidence, TaskShare
from db.models import Unit
from db.reports import UnitCounts
from db.session import session_scope
from jobs.clock import LOCAL_ZONE
from jobs.config import Settings
from jobs.ingest.units import UnitEntry
from jobs.report import (
    CHART_FONT,
    CHART_MAX_UNITS,
    WeeklySummary,
    build_weekly_summary,
    chart_rows,
    last_full_week,
    render_chart_png,
    render_xlsx,
)
from jobs.status import DUE_SOON, Category
from jobs.store import import_units

__all__ = ["scenario"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


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


def test_xlsx_lists_the_period_tasks(summary: WeeklySummary, scenario: dict[str, int]) -> None:
    book = load_workbook(io.BytesIO(render_xlsx(summary)))
    assert book.sheetnames == ["Nhiệm vụ", "Tổng hợp"]
    sheet = book["Nhiệm vụ"]
    header = [cell.value for cell in sheet[1]]
    assert header == [
        "STT",
        "Văn bản (số, ngày)",
        "Nội dung",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời hạn",
        "Tình trạng",
        "Ngày hoàn thành",
        "Ghi chú",
        "Đơn vị thành viên (tiến độ)",
        "Minh chứng (tệp)",
    ]
    rows = {row[2]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == 9 and sheet.max_row == 10
    t1 = rows["Báo cáo kết quả thực hiện T1"]
    assert t1[0] == 1 and t1[1] == "12/TB-UBND ngày 01/04/2024"
    assert (t1[3], t1[4]) == (FINANCE, "Phòng Tư pháp")
    assert (t1[5], t1[6], t1[7]) == (
        datetime(2024, 4, 18),
        "Hoàn thành đúng hạn",
        datetime(2024, 4, 17),
    )
    t2 = rows["Rà soát <dự toán> & báo cáo T2"]
    assert (t2[6], t2[8]) == ("Hoàn thành quá hạn", "Hoàn thành muộn 3 ngày\nĐã xong T2")
    t4 = rows["Báo cáo kết quả thực hiện T4"]
    assert t4[6] == "Đang thực hiện trong hạn (sắp đến hạn)" and t4[7] is None
    t7 = rows["Báo cáo kết quả thực hiện T7"]
    assert (t7[3], t7[5], t7[6]) == (f"{FINANCE}\n{HOME}", "Không thời hạn", "Không thời hạn")
    t9 = rows["Báo cáo kết quả thực hiện T9"]  # completed after the period: open then
    assert (t9[6], t9[7], t9[8]) == ("Quá hạn chưa hoàn thành", None, "Quá hạn 1 ngày")
    assert sheet["F2"].number_format == "DD/MM/YYYY"


def test_xlsx_totals_sheet(summary: WeeklySummary) -> None:
    sheet = load_workbook(io.BytesIO(render_xlsx(summary)))["Tổng hợp"]
    header = [cell.value for cell in sheet[1]]
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
    rows = [row for row in sheet.iter_rows(min_row=2, max_row=5, values_only=True)]
    assert rows == [
        (1, HOME, 5, 1, 0, 2, 1, 1, 1, pytest.approx(0.2)),
        (2, FINANCE, 4, 1, 1, 0, 1, 1, 0, pytest.approx(0.5)),
        (3, COMMUNES, 1, 0, 0, 0, 1, 0, 0, 0),
        (None, "Tổng cộng", 9, 2, 1, 2, 3, 1, 1, pytest.approx(3 / 9)),
    ]
    assert sheet["J2"].number_format == "0.0%"
    assert sheet["B5"].font.b
    assert "mỗi nhiệm vụ một lần" in sheet["B7"].value


def test_xlsx_is_printable(summary: WeeklySummary) -> None:
    book = load_workbook(io.BytesIO(render_xlsx(summary)))
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$1:$1"
        assert all(cell.font.b and cell.border.left.style == "thin" for cell in sheet[1])
        assert sheet["B2"].alignment.wrap_text
    widths = book["Nhiệm vụ"].column_dimensions
    assert widths["C"].width > 40 and widths["A"].width < 10


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
    assert load_workbook(io.BytesIO(render_xlsx(empty)))["Nhiệm vụ"].max_row == 1


def test_dates_are_local_days(summary: WeeklySummary, scenario: dict[str, int]) -> None:
    t2 = next(line for line in summary.tasks if line.id == scenario["T2"])
    assert t2.done_at is not None and t2.done_at.date() == date(2024, 4, 18)  # 23:00 UTC
    sheet = load_workbook(io.BytesIO(render_xlsx(summary)))["Nhiệm vụ"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[2].endswith("T2"))
    assert row[7] == datetime(2024, 4, 19)  # 06:00 local


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
    sheet = load_workbook(io.BytesIO(render_xlsx(summary)))["Nhiệm vụ"]
    header = [cell.value for cell in sheet[1]]
    members, files = header.index("Đơn vị thành viên (tiến độ)"), header.index("Minh chứng (tệp)")
    rows = {row[2]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    t6 = rows["Báo cáo kết quả thực hiện T6"]
    assert t6[members].splitlines() == [
        "1/2 đã hoàn thành",
        "UBND xã An Phú: đã hoàn thành 18/04/2024",
        "UBND xã Bình Minh: chưa hoàn thành",
    ]
    t1 = rows["Báo cáo kết quả thực hiện T1"]
    assert t1[files].splitlines() == ["bao-cao-T1.pdf", "anh 12.jpg"] and not t1[members]
    assert not t6[files]
