"""One set of numbers: the command line, the summary text, the chart and both sheets agree.

Tasks are built across every category and period boundary of the week Monday 15 – Sunday 21
April 2024, reported on Monday 22 April (statuses as of Monday 00:00 local). Hand-computed:

====  ========  =====================  ============  ============  =========================
task  created   lead units             deadline      completed     as of Mon 22/04 00:00
====  ========  =====================  ============  ============  =========================
A     before    Tài chính              10/04         05/04         done before: not in it
B     before    Tài chính              18/04         17/04         hoàn thành đúng hạn
C     before    Tài chính              16/04         19/04         hoàn thành quá hạn
D     before    Tài chính              12/04         23/04         quá hạn (since before)
E     before    Tài chính              17/04         —             quá hạn (since in it)
F     before    Nội vụ                 30/04         —             đang thực hiện
G     before    Nội vụ                 23/04         —             đang thực hiện, sắp hạn
H     before    Tài chính + Nội vụ     —             —             không thời hạn
I     before    Nội vụ                 —             18/04         hoàn thành đúng hạn
N     before    (none)                 30/04         —             đang thực hiện, no unit
J     in it     Nội vụ                 10/04         —             quá hạn (stored late)
K     in it     Nội vụ                 20/04         20/04         hoàn thành đúng hạn
L     after     Nội vụ                 15/04         —             stored after: not in it
M     after     Tài chính              19/04         —             stored after: not in it
====  ========  =====================  ============  ============  =========================
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_scenario import FINANCE, HOME, NOW, config, header_row, local, run, task_rows
from sqlalchemy import Engine, select
from store_factories import draft, store

from db.models import Task
from db.session import session_scope
from db.write import complete_task
from jobs.calendar import LOCAL_ZONE
from jobs.config import Settings
from jobs.model import DUE_SOON, Category
from jobs.plan.policy import Planner
from jobs.summary.report import (
    NO_UNIT,
    SEGMENTS,
    build_weekly_summary,
    chart_rows,
    chart_segments,
    chart_subtitle,
    last_full_week,
    render_chart_png,
    summary_text,
)
from jobs.summary.report_book import render_xlsx

__all__ = ["config"]

BOTH = (FINANCE, HOME)
TASKS = {  # name: (when stored, lead units, deadline day in April, completed)
    "A": ("before", (FINANCE,), 10, local(5, "09:00")),
    "B": ("before", (FINANCE,), 18, local(17, "10:00")),
    "C": ("before", (FINANCE,), 16, local(19, "06:00")),
    "D": ("before", (FINANCE,), 12, local(23, "09:00")),
    "E": ("before", (FINANCE,), 17, None),
    "F": ("before", (HOME,), 30, None),
    "G": ("before", (HOME,), 23, None),
    "H": ("before", BOTH, None, None),
    "I": ("before", (HOME,), None, local(18, "15:00")),
    "N": ("before", (), 30, None),
    "J": ("in", (HOME,), 10, None),
    "K": ("in", (HOME,), 20, local(20, "16:00")),
    "L": ("after", (HOME,), 15, None),
    "M": ("after", (FINANCE,), 19, None),
}
STORED = {"before": local(1, "09:00"), "in": local(17, "10:00"), "after": local(22, "07:00")}
TOTALS = {
    Category.DONE_ON_TIME.value: 3,  # B, I, K
    Category.DONE_LATE.value: 1,  # C
    Category.IN_PROGRESS.value: 3,  # F, G, N
    DUE_SOON: 1,  # G
    Category.OVERDUE.value: 3,  # D, E, J
    Category.NO_DEADLINE.value: 1,  # H
}
ON_TIME, LATE, IN_TIME, OVERDUE, NONE = (c.value for c in Category)
BY_UNIT = {  # H counts for both of its units
    FINANCE: {ON_TIME: 1, LATE: 1, OVERDUE: 2, NONE: 1},
    HOME: {ON_TIME: 2, IN_TIME: 2, DUE_SOON: 1, OVERDUE: 1, NONE: 1},
    None: {IN_TIME: 1},
}


@pytest.fixture
def tasks(engine: Engine, planner: Planner) -> dict[str, int]:
    """The tasks above, stored and completed as the table says; ids by name."""
    for when, stored_at in STORED.items():
        drafts = [
            draft(name, date(2024, 4, day) if day else None, units=units)
            for name, (stored, units, day, _) in TASKS.items()
            if stored == when
        ]
        store(engine, planner, stored_at, *drafts, file_bytes=when.encode())
    with session_scope(engine) as session:
        ids = {ref: task_id for task_id, ref in session.execute(select(Task.id, Task.ref))}
        for name, (_, _, _, done) in TASKS.items():
            if done is not None:
                complete_task(session, ids[name], by="test", at=done, note=None)
    return ids


def counted(numbers: dict[str, int]) -> dict[str, int]:
    """Zero categories left out, to compare with the hand-written tables."""
    return {slug: n for slug, n in numbers.items() if n}


def test_the_four_surfaces_agree_with_the_hand_count(
    engine: Engine,
    settings: Settings,
    tasks: dict[str, int],
    config: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with session_scope(engine) as session:
        summary = build_weekly_summary(session, last_full_week(NOW, LOCAL_ZONE), NOW, settings)
    assert summary.totals.counts == TOTALS
    by_unit = {u.name: counted(u.counts) for u in summary.units}
    assert by_unit == BY_UNIT
    total, done, overdue = 11, 4, 3
    assert (summary.totals.total, summary.totals.done) == (total, done)
    ids = {task_id: name for name, task_id in tasks.items()}
    assert [ids[t.id] for t in summary.overdue.items] == ["J", "D", "E"]  # oldest deadline first
    assert [ids[t.id] for t in summary.completed.items] == ["B", "I", "C", "K"]
    assert sorted(ids[t.id] for t in summary.tasks) == sorted("BCDEFGHIJKN")

    # 1. the command line
    xlsx = tmp_path / "bao-cao.xlsx"
    assert run(config, "--from", "15/04/2024", "--to", "21/04/2024", "--xlsx", str(xlsx)) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.endswith(
        f": {total} nhiệm vụ, đã hoàn thành {done} (36%), quá hạn chưa hoàn thành {overdue}."
    )

    # 2. the summary text: every count it states, and the list totals
    text = summary_text(summary)
    assert f"Tổng số: {total} nhiệm vụ</b>, đã hoàn thành {done} (36%)" in text
    for category in Category:
        assert f"{category.label.capitalize()}: {TOTALS[category.value]}" in text
    assert f"sắp đến hạn: {TOTALS[DUE_SOON]}" in text
    assert f"Hoàn thành trong kỳ: {done}</b>" in text
    assert f"(tổng số quá hạn: {overdue})" in text
    assert re.search(rf"<b>{HOME}</b>: 6 nhiệm vụ, hoàn thành 33%", text)
    assert re.search(rf"<b>{FINANCE}</b>: 5 nhiệm vụ, hoàn thành 40%", text)

    # 3. the chart: a bar per named unit, the no-unit task in the subtitle, no empty legend
    rows = dict(chart_rows(summary.units))
    assert rows == {
        HOME: [2, 0, 1, 1, 1, 1],  # in SEGMENTS order: in-time less the due-soon one
        FINANCE: [1, 1, 0, 0, 2, 1],
    }
    assert [label for _, label, _ in chart_segments(list(rows.items()))] == [
        label for _, label, _ in SEGMENTS
    ]
    assert f"{NO_UNIT}: 1 nhiệm vụ" in chart_subtitle(summary)
    render_chart_png(summary)

    # 4. both sheets, written by the command line
    book = load_workbook(xlsx)
    report = book["Tổng hợp"]
    top = header_row(report)
    table = {row[1]: row for row in report.iter_rows(min_row=top + 1, values_only=True)}
    assert table["Tổng cộng"][2:9] == (total, 3, 1, 3, 3, 1, 1)
    assert table["Tổng cộng"][9] == pytest.approx(done / total)
    assert table[HOME][2:9] == (6, 2, 0, 2, 1, 1, 1)
    assert table[FINANCE][2:9] == (5, 1, 1, 0, 2, 1, 0)
    assert table[NO_UNIT][2:9] == (1, 0, 0, 1, 0, 0, 0)
    texts = [row[0] for row in report.iter_rows(max_row=top, values_only=True)]
    paragraph = next(v for v in texts if isinstance(v, str) and v.startswith("Trong kỳ có"))
    assert paragraph.startswith(f"Trong kỳ có {total} nhiệm vụ; đã hoàn thành {done} (36,4%)")
    assert f"quá hạn chưa hoàn thành {overdue};" in paragraph
    appendix = task_rows(book["Nhiệm vụ"]).values()
    statuses = [row[5] for row in appendix]
    assert len(statuses) == total
    for category in Category:
        shown = sum(s.startswith(category.label.capitalize()) for s in statuses)
        assert shown == TOTALS[category.value]
    assert sum("(sắp đến hạn)" in s for s in statuses) == TOTALS[DUE_SOON]
    assert io.BytesIO(render_xlsx(summary, settings.report)).getvalue()[:2] == b"PK"


def test_an_empty_legend_entry_is_left_out() -> None:
    rows = [("Phòng A", [1, 0, 0, 0, 2, 0])]
    assert [label for _, label, _ in chart_segments(rows)] == [
        "Hoàn thành đúng hạn",
        "Quá hạn chưa hoàn thành",
    ]
