"""XlsxWriter's worksheet with a faster innermost loop, for the report's 70,000-row appendix.

In constant-memory mode XlsxWriter writes each cell's ``<c>`` element as its row is done, and
that per-cell step (a list of attributes, each run through a regular expression, then three
more for the text) is most of the workbook's time. ``ReportWorksheet`` writes the cells a report
has (text, numbers, dates and blanks, each with a format) straight to the same XML, and hands
every other cell, or text that needs escaping, to XlsxWriter. ``tests/test_report_sheet.py``
holds the output byte for byte against XlsxWriter's own. Imported with the workbook only.
"""

from __future__ import annotations

import re
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import Worksheet

# Text XlsxWriter would change: XML escapes, control characters, its "_xHHHH_" escape, and
# the characters Excel cannot store.
ESCAPED = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
# Leading or trailing whitespace keeps an xml:space="preserve" (XlsxWriter's own patterns).
LEADING_SPACE, TRAILING_SPACE = re.compile(r"^\s"), re.compile(r"\s$")


class ReportWorksheet(Worksheet):
    """A worksheet that writes formatted text, number, date and blank cells itself."""

    def _write_cell(self, row: int, col: int, cell: Any) -> None:
        """One ``<c>`` element, as ``Worksheet._write_cell`` writes it in constant memory."""
        kind = cell.__class__.__name__
        if cell.format is None or not self.constant_memory:
            super()._write_cell(row, col, cell)
            return
        head = f'<c r="{xl_rowcol_to_cell_fast(row, col)}" s="{cell.format._get_xf_index()}"'
        if kind == "String" and not ESCAPED.search(cell.string):
            text = cell.string
            space = LEADING_SPACE.search(text) or TRAILING_SPACE.search(text)
            preserve = ' xml:space="preserve"' if space else ""
            self.fh.write(f'{head} t="inlineStr"><is><t{preserve}>{text}</t></is></c>')
        elif kind in ("Number", "Datetime"):
            self.fh.write(f"{head}><v>{cell.number:.16G}</v></c>")
        elif kind == "Blank":
            self.fh.write(f"{head}/>")
        else:
            super()._write_cell(row, col, cell)
