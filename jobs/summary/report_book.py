"""The printed report (.xlsx) laid out per Nghị định 30/2020/NĐ-CP.

Sheet "Tổng hợp" is the report: the issuing office beside the national heading, the number
line and the place-and-date line, the title and period, the counts in words and per lead unit,
and the signature block (all from ``[report]``). Sheet "Nhiệm vụ" is its appendix: the
period's tasks grouped under their directive. A4 landscape with the decree's margins, Times
New Roman 12-14 pt; each sheet's columns add up to about the printable width, so fitting to
the width keeps the scale at 95% or more. Rows are as tall as their wrapped text.

XlsxWriter writes in constant memory, its cells through ``jobs.summary.report_sheet``'s faster loop,
and is imported only when a workbook is made.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from jobs.calendar import local_date
from jobs.config import ReportSettings
from jobs.messages.notices import format_date, format_instant
from jobs.model import DUE_SOON, DUE_SOON_LABEL, Category
from jobs.summary.report import NO_UNIT, TaskLine, WeeklySummary, period_days

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

FONT = "Times New Roman"
SIZE = 12  # table text
BLANK = "……………………"  # a setting left empty: filled in by hand
# (header, width in characters of the default font, Times New Roman 12 pt: about 6 pt each,
# plus 4 pt of padding a column). Landscape A4 less the decree's margins (left 30 mm, right
# 15 mm) is 714 pt wide: the appendix's 119 characters print at about 97%, the summary's 116
# at about 98%, as measured in LibreOffice's PDF.
TASK_COLUMNS = (
    ("STT", 4),
    ("Nội dung nhiệm vụ", 36),
    ("Đơn vị chủ trì", 15),
    ("Đơn vị phối hợp", 12),
    ("Thời hạn", 10.5),
    ("Tình trạng", 13),
    ("Ngày hoàn thành", 10.5),
    ("Ghi chú", 15),
)
TOTAL_COLUMNS = (
    ("STT", 4),
    ("Đơn vị chủ trì", 27),
    ("Tổng số", 7),
    *((category.label.capitalize(), 11) for category in Category),
    (f"Trong đó {DUE_SOON_LABEL}", 10),
    ("Tỷ lệ hoàn thành", 10),
)
STATUS_FILLS = {
    Category.DONE_ON_TIME.value: "#E8F5E9",
    Category.DONE_LATE.value: "#F1F8E9",
    Category.IN_PROGRESS.value: "#E3F2FD",
    DUE_SOON: "#FFF8E1",
    Category.OVERDUE.value: "#FFEBEE",
    Category.NO_DEADLINE.value: "#F5F5F5",
}
DATE_FORMAT = "dd/mm/yyyy"
RATE_FORMAT = "0.0%"
# Characters of 12 pt text a line of a column holds: 1.2 per unit of width, less one and a
# half for the word that does not fit (measured on the README's picture).
CHARS_PER_WIDTH, WRAP_LOSS = 1.2, 1.5
LINE_POINTS = 13.8  # a line of 12 pt text, in points (13 pt: see ``_line_points``)
PAGE_POINTS = 470.0  # the height A4 landscape less the margins leaves for rows
DEFAULT_ROW = 15.75  # an empty row of the 12 pt default font


def _line_points(size: int) -> float:
    """The height of one line of text of ``size`` points."""
    return LINE_POINTS * size / SIZE


def line_count(value: object, width: float, size: int = SIZE) -> int:
    """Lines a wrapped cell of ``width`` needs (numbers and dates: one); fast, a little generous."""
    if not isinstance(value, str):
        return 1
    chars = max(1, int(width * CHARS_PER_WIDTH * SIZE / size - WRAP_LOSS))
    if len(value) <= chars and "\n" not in value:
        return 1
    return sum(math.ceil(len(part) / chars) or 1 for part in value.split("\n"))


def place_date(settings: ReportSettings, day: date) -> str:
    """``Tam Kỳ, ngày 05 tháng 02 năm 2025``: a day under 10 and months 1-2 take a zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{settings.place or BLANK}, ngày {day.day:02d} tháng {month} năm {day.year}"


def period_phrase(summary: WeeklySummary) -> str:
    """``từ ngày 14/04/2025 đến ngày 20/04/2025``."""
    first, last = period_days(summary.period, summary.zone)
    return f"từ ngày {format_date(first)} đến ngày {format_date(last)}"


def counts_paragraph(summary: WeeklySummary) -> str:
    """The report's numbers in a sentence, from the same counts as the tables."""
    counts, totals = summary.totals.counts, summary.totals
    rate = f"{totals.completion_rate:.1%}".replace(".", ",")
    return (
        f"Trong kỳ có {totals.total} nhiệm vụ; đã hoàn thành {totals.done} ({rate}), trong đó"
        f" đúng hạn {counts[Category.DONE_ON_TIME]}, quá hạn {counts[Category.DONE_LATE]};"
        f" đang thực hiện trong hạn {counts[Category.IN_PROGRESS]}"
        f" ({DUE_SOON_LABEL} {counts[DUE_SOON]}); quá hạn chưa hoàn thành"
        f" {counts[Category.OVERDUE]}; không thời hạn {counts[Category.NO_DEADLINE]}."
    )


class _Sheet:
    """One sheet being written top to bottom, with the workbook's formats at hand."""

    def __init__(self, sheet: Worksheet, formats: dict[str, Format], widths: Sequence[float]):
        self.sheet, self.formats, self.widths, self.row = sheet, formats, widths, 0
        self.page_used = 0.0  # points of the current printed page taken, as estimated
        self.repeated = 0.0  # the height of the rows repeated at the top of each page
        for index, width in enumerate(widths):
            sheet.set_column(index, index, width)

    def span(self, first: int, last: int) -> float:
        """The width of columns ``first`` to ``last``, in character units."""
        return sum(self.widths[first : last + 1])

    def merged(self, first: int, last: int, text: str, style: str, size: int = 13) -> int:
        """Text across columns ``first``-``last`` of the current row; the lines it needs."""
        if first == last:
            self.sheet.write_string(self.row, first, text, self.formats[style])
        else:
            self.sheet.merge_range(self.row, first, self.row, last, text, self.formats[style])
        return line_count(text, self.span(first, last), size)

    def line(self, text: str, style: str, size: int = 13) -> None:
        """A full-width line (merged across the sheet) and move down."""
        lines = self.merged(0, len(self.widths) - 1, text, style, size)
        self.next(lines * _line_points(size) + 4)

    def next(self, height: float | None = None) -> None:
        """Set the current row's height (None: the default) and move down."""
        if height is not None:
            self.sheet.set_row(self.row, height)
        self.page_used += height or DEFAULT_ROW
        if self.page_used > PAGE_POINTS:
            self.page_used = self.repeated + (height or DEFAULT_ROW)
        self.row += 1

    def keep_together(self, height: float) -> None:
        """Start a new page here unless the next ``height`` points fit on this one."""
        if self.page_used + height > PAGE_POINTS:
            self.sheet.set_h_pagebreaks([self.row])
            self.page_used = self.repeated

    def cells(self, values: Sequence[tuple[Any, str]]) -> float:
        """A table row of (value, format) pairs, as tall as its longest wrapped text; its height."""
        write, formats = self.sheet, self.formats
        lines = 1
        for column, (value, style) in enumerate(values):
            if value is None or value == "":
                write.write_blank(self.row, column, None, formats[style])
            elif isinstance(value, str):
                write.write_string(self.row, column, value, formats[style])
                lines = max(lines, line_count(value, self.widths[column]))
            elif isinstance(value, date):
                write.write_datetime(self.row, column, value, formats[style])
            else:
                write.write_number(self.row, column, value, formats[style])
        height = lines * LINE_POINTS + 4
        self.next(height)
        return height


def _formats(book: Any) -> dict[str, Format]:
    """The workbook's cell formats by name."""
    base = {"font_name": FONT, "font_size": SIZE, "valign": "top", "text_wrap": True}
    cell = {**base, "border": 1, "border_color": "#808080"}
    head = {**base, "font_size": 13, "align": "center"}
    specs: dict[str, dict[str, Any]] = {
        "office parent": head,
        "office": {**head, "bold": True},
        "nation": {**head, "bold": True},
        "motto": {**head, "bold": True, "font_size": 14, "underline": 1},
        "number": head,
        "place date": {**head, "italic": True, "font_size": 14},
        "title": {**head, "bold": True, "font_size": 14},
        "subtitle": {**head, "italic": True},
        "body": {**base, "font_size": 13, "align": "justify"},
        "section": {**base, "font_size": 13, "bold": True},
        "note": {**base, "font_size": 11, "italic": True},
        "recipients head": {**base, "bold": True, "italic": True},
        "recipients": {**base, "font_size": 11},
        "signer": {**head, "bold": True},
        "header": {
            **cell,
            "bold": True,
            "align": "center",
            "valign": "vcenter",
            "bg_color": "#D9E1F2",
        },
        "group": {**cell, "bold": True, "bg_color": "#F2F2F2"},
        "text": cell,
        "center": {**cell, "align": "center"},
        "date": {**cell, "align": "center", "num_format": DATE_FORMAT},
        "rate": {**cell, "align": "right", "num_format": RATE_FORMAT},
        "total text": {**cell, "bold": True},
        "total center": {**cell, "bold": True, "align": "center"},
        "total rate": {**cell, "bold": True, "align": "right", "num_format": RATE_FORMAT},
        **{f"status {slug}": {**cell, "bg_color": fill} for slug, fill in STATUS_FILLS.items()},
    }
    return {name: book.add_format(spec) for name, spec in specs.items()}


def render_xlsx(summary: WeeklySummary, settings: ReportSettings) -> bytes:
    """The report (sheet "Tổng hợp") and its appendix of tasks (sheet "Nhiệm vụ")."""
    import xlsxwriter

    from jobs.summary.report_sheet import ReportWorksheet

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "constant_memory": True,
            "in_memory": False,
            # The width unit is the default font's digit: Times New Roman 12 pt, which Excel
            # and LibreOffice (Liberation Serif) both have, so both print at the same scale.
            "default_format_properties": {"font_name": FONT, "font_size": SIZE},
        },
    )
    formats = _formats(book)
    sheets = [book.add_worksheet(name, ReportWorksheet) for name in ("Tổng hợp", "Nhiệm vụ")]
    report = _Sheet(sheets[0], formats, [w for _, w in TOTAL_COLUMNS])
    appendix = _Sheet(sheets[1], formats, [w for _, w in TASK_COLUMNS])
    _write_report(report, summary, settings)
    _write_appendix(appendix, summary, settings)
    for sheet in (report, appendix):
        _print_setup(sheet.sheet)
    book.close()
    return buffer.getvalue()


def _heading(sheet: _Sheet, summary: WeeklySummary, settings: ReportSettings) -> None:
    """The issuing office (left) beside the national heading (right), the number and date."""
    split = 2  # the office block is columns A-C
    last = len(sheet.widths) - 1
    rows = (
        ((settings.parent_office or BLANK).upper(), "office parent"),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ((settings.office or BLANK).upper(), "office"),
        "Độc lập - Tự do - Hạnh phúc",
        (settings.number, "number"),
        place_date(settings, summary.issued_on),
    )
    for (left, left_style), right, right_style in zip(
        rows[0::2], rows[1::2], ("nation", "motto", "place date"), strict=True
    ):
        lines = max(
            sheet.merged(0, split, left, left_style),
            sheet.merged(split + 1, last, right, right_style, 14),
        )
        sheet.next(lines * _line_points(14) + 4)
    sheet.next(10)


def _write_report(sheet: _Sheet, summary: WeeklySummary, settings: ReportSettings) -> None:
    """Sheet "Tổng hợp": heading, title, numbers in words and per unit, signature."""
    _heading(sheet, summary, settings)
    sheet.line("BÁO CÁO", "title", 14)
    sheet.line("Tình hình thực hiện nhiệm vụ theo văn bản chỉ đạo", "title", 14)
    sheet.line(
        f"Kỳ báo cáo: {period_phrase(summary)} (tình trạng tính đến"
        f" {format_instant(summary.as_of, summary.zone)})",
        "subtitle",
    )
    sheet.next(10)
    sheet.line(counts_paragraph(summary), "body")
    sheet.line("Số liệu theo đơn vị chủ trì:", "section")
    header_row = sheet.row
    sheet.repeated = sheet.cells([(name, "header") for name, _ in TOTAL_COLUMNS])
    for number, unit in enumerate(summary.units, start=1):
        sheet.cells(_totals_row(unit.name or NO_UNIT, unit, number, ""))
    sheet.cells(_totals_row("Tổng cộng", summary.totals, None, "total "))
    sheet.line(
        "Ghi chú: nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị; dòng Tổng cộng tính"
        " mỗi nhiệm vụ một lần. Tỷ lệ hoàn thành = số đã hoàn thành (đúng hạn và quá hạn) / tổng"
        " số nhiệm vụ trong kỳ. Danh sách nhiệm vụ: Phụ lục kèm theo.",
        "note",
        11,
    )
    sheet.sheet.repeat_rows(header_row)
    sheet.next(12)
    sheet.repeated = 0.0  # the table is over: its header is not repeated under it
    _signature(sheet, settings)


def _totals_row(name: str, unit: Any, number: int | None, prefix: str) -> list[tuple[Any, str]]:
    """STT, unit, total, each category, due soon, completion rate (a number, shown as %)."""
    counts = [unit.counts[category.value] for category in Category]
    numbers = [unit.total, *counts, unit.counts[DUE_SOON]]
    return [
        (number, f"{prefix or ''}center"),
        (name, f"{prefix}text"),
        *((n, f"{prefix}center") for n in numbers),
        (unit.completion_rate, f"{prefix}rate"),
    ]


def _signature(sheet: _Sheet, settings: ReportSettings) -> None:
    """ "Nơi nhận" on the left; the signer's title, room to sign and the name on the right."""
    last = len(sheet.widths) - 1
    first_right = last - 3
    title = (settings.signer_title or BLANK).upper().split("\n")
    left = ["Nơi nhận:", *(f"- {name}" for name in settings.recipients)]
    right = [*title, "", "", "", "", settings.signer_name or BLANK]
    sheet.keep_together(max(len(left), len(right)) * (_line_points(13) + 2))
    for index in range(max(len(left), len(right))):
        if index < len(left):
            style = "recipients head" if index == 0 else "recipients"
            sheet.merged(0, 2, left[index], style, 12)
        if index < len(right) and right[index]:
            sheet.merged(first_right, last, right[index], "signer")
        sheet.next(_line_points(13) + 2)


def _write_appendix(sheet: _Sheet, summary: WeeklySummary, settings: ReportSettings) -> None:
    """Sheet "Nhiệm vụ": the period's tasks under their directive, one group row each."""
    office = settings.office or BLANK
    sheet.line("PHỤ LỤC", "title", 13)
    sheet.line("DANH SÁCH NHIỆM VỤ TRONG KỲ BÁO CÁO", "title", 13)
    sheet.line(
        f"(Kèm theo Báo cáo của {office} ngày {format_date(summary.issued_on)};"
        f" kỳ báo cáo {period_phrase(summary)})",
        "subtitle",
    )
    sheet.next(8)
    header_row = sheet.row
    sheet.repeated = sheet.cells([(name, "header") for name, _ in TASK_COLUMNS])
    sheet.sheet.repeat_rows(header_row)
    sheet.sheet.freeze_panes(header_row + 1, 0)
    group = None
    for number, line in enumerate(summary.tasks, start=1):
        if line.directive_heading != group:
            group = line.directive_heading
            # bold runs wider: counted as 13 pt text
            lines = sheet.merged(0, len(sheet.widths) - 1, group, "group", SIZE + 1)
            sheet.next(lines * LINE_POINTS + 4)
        sheet.cells(_task_cells(number, line, summary))
    if not summary.tasks:
        sheet.line("Không có nhiệm vụ nào trong kỳ.", "body")


def _task_cells(number: int, line: TaskLine, summary: WeeklySummary) -> list[tuple[Any, str]]:
    """STT, text, lead and support units, deadline, status, completion day, note."""
    zone = summary.zone
    deadline = local_date(line.deadline, zone) if line.deadline else "Không thời hạn"
    done = local_date(line.done_at, zone) if line.done_at else None
    status = DUE_SOON if line.status.due_soon else line.status.category.value
    return [
        (number, "center"),
        (line.text, "text"),
        ("\n".join(line.leads) or NO_UNIT, "text"),
        ("\n".join(line.supports), "text"),
        (deadline, "date"),
        (line.status.label.capitalize(), f"status {status}"),
        (done, "date"),
        (task_note(line, summary), "text"),
    ]


def task_note(line: TaskLine, summary: WeeklySummary) -> str:
    """Lateness, the unit's closing note, a collective's members, the evidence files."""
    parts = []
    if line.days_late:
        done = line.status.category is Category.DONE_LATE
        parts.append(f"{'Hoàn thành muộn' if done else 'Quá hạn'} {line.days_late} ngày")
    if line.note:
        parts.append(line.note)
    if line.members:
        closed = sum(at is not None for _, at in line.members)
        parts.append(f"{closed}/{len(line.members)} đơn vị đã hoàn thành:")
        parts += [
            f"- {name}: " + (f"xong {format_date(local_date(at, summary.zone))}" if at else "chưa")
            for name, at in line.members
        ]
    if line.files:
        parts.append("Minh chứng: " + ", ".join(line.files))
    return "\n".join(parts)


def _print_setup(sheet: Worksheet) -> None:
    """A4 landscape, the decree's margins, fit to the page width, page numbers below."""
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.set_margins(left=1.18, right=0.59, top=0.79, bottom=0.79)
    sheet.fit_to_pages(1, 0)
    sheet.center_horizontally()
    sheet.set_footer('&C&"Times New Roman"&11Trang &P/&N')
