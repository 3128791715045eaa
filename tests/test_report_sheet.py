"""ReportWorksheet writes the same sheet XML as XlsxWriter's own worksheet, cell for cell."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from jobs.summary.report_sheet import ReportWorksheet

TEXTS = (
    "Nội dung nhiệm vụ",
    "Phòng Nội vụ\nPhòng Tài chính - Kế hoạch",  # line breaks are written as they are
    'Trích "đúng hạn"',
    "Sở Tài chính & Sở Nội vụ",
    "số lượng > 100",
    "số lượng < 100",
    "<r>looks rich</r>",
    " lề trái",
    "lề phải ",
    "dòng cuối\n",
    "\tthụt",
    "_x0041_ như mã thoát",
    "_x00zz_ không phải mã thoát",
    "ký tự điều khiển \x01\x1f",
    "ngoài bảng mã \ufffe\uffff",
    "",
)
NUMBERS = (0, 1, 70_000, 0.857142857142857, 1 / 3, -2.5, 1e20, 12345678901234567)


def sheet_xml(worksheet_class: type[Worksheet] | None) -> bytes:
    """A constant-memory workbook with every kind of cell the report writes, and a few it does
    not (no format, a formula, a boolean); its first sheet's XML."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": False})
    wrap = book.add_format({"text_wrap": True, "border": 1})
    rate = book.add_format({"num_format": "0.0%"})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet = book.add_worksheet("Nhiệm vụ", worksheet_class)
    row = 0
    for text in TEXTS:
        sheet.write_string(row, 0, text, wrap)
        sheet.write_string(row, 1, text)
        sheet.write_blank(row, 2, None, wrap)
        row += 1
    for number in NUMBERS:
        sheet.write_number(row, 0, number, rate)
        sheet.write_number(row, 1, number)
        sheet.write_datetime(row, 2, date(2025, 4, 30), day)
        sheet.write_datetime(row, 3, datetime(2025, 4, 30, 17, 45), day)
        sheet.set_row(row, 31.6)
        row += 1
    sheet.write_formula(row, 0, "=A1&B1", wrap, "x")
    sheet.write_boolean(row, 1, True, wrap)
    sheet.merge_range(row + 1, 0, row + 1, 5, "Văn bản số 12/KH-UBND", wrap)
    book.close()
    with zipfile.ZipFile(buffer) as package:
        return package.read("xl/worksheets/sheet1.xml")


def test_report_worksheet_writes_what_xlsxwriter_writes() -> None:
    stock = sheet_xml(None)
    assert b"_x005F_x0041_" in stock and b"&amp;" in stock  # the escapes are exercised
    assert sheet_xml(ReportWorksheet) == stock
