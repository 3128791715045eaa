"""The weekly summary, the unit digest and the printable reports (chart PNG, .xlsx).

``build_weekly_summary`` and ``build_unit_digest`` read the database once (``db.reports``)
into plain data; everything else here is a pure function of that data: Vietnamese HTML for
Telegram (``parse_mode=HTML``), a matplotlib chart and an openpyxl workbook. Dates are shown
dd/mm/yyyy in the configured zone (Asia/Ho_Chi_Minh).
"""

from __future__ import annotations

import io
import re
import textwrap
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from db import reports
from db.models import Unit
from db.reports import Listing, Period, TaskRow, UnitCounts
from jobs.clock import YEARS_AHEAD, YEARS_BACK, add_years, from_local, local_date
from jobs.config import Settings
from jobs.errors import IngestError
from jobs.ingest.units import loose_key
from jobs.notices import countdown, format_date, format_instant
from jobs.recurrence import WEEKDAY_NAMES
from jobs.status import (
    DUE_SOON,
    DUE_SOON_LABEL,
    Category,
    TaskStatus,
    days_left,
    due_soon_limit,
    task_status,
)
from jobs.telegram_text import esc

LIST_LIMIT = 15  # tasks listed per section of a message
TEXT_WIDTH = 110  # a task's text in a message is cut to this many characters
NO_UNIT = "Chưa rõ đơn vị chủ trì"
CHART_FONT = "DejaVu Sans"  # ships with matplotlib and has every Vietnamese glyph
CHART_WIDTH_PX = 1080
CHART_DPI = 100
CHART_FONT_SIZE = 17  # points at 100 dpi: readable once a phone shrinks 1080 px to its width
CHART_MAX_UNITS = 15  # the rest are drawn as one "other units" bar
# Chart segments in stacking order: (slug, legend label, colour). The in-time slug is drawn
# without its "sắp đến hạn" part, which has a segment of its own.
SEGMENTS = (
    (Category.DONE_ON_TIME.value, "Hoàn thành đúng hạn", "#2e7d32"),
    (Category.DONE_LATE.value, "Hoàn thành quá hạn", "#9ccc65"),
    (Category.IN_PROGRESS.value, "Đang thực hiện trong hạn", "#1e88e5"),
    (DUE_SOON, "Sắp đến hạn", "#ffb300"),
    (Category.OVERDUE.value, "Quá hạn chưa hoàn thành", "#e53935"),
    (Category.NO_DEADLINE.value, "Không thời hạn", "#9e9e9e"),
)
ICONS = {
    Category.DONE_ON_TIME.value: "✅",
    Category.DONE_LATE.value: "☑️",
    Category.IN_PROGRESS.value: "🔵",
    DUE_SOON: "⏳",
    Category.OVERDUE.value: "🔴",
    Category.NO_DEADLINE.value: "⚪",
}
_RENDER_LOCK = threading.Lock()  # matplotlib's rc settings are process-wide


class ReportError(IngestError):
    """A report that cannot be made as asked; str(exc) is the Vietnamese message."""


# -- periods ---------------------------------------------------------------------------------
def days_period(first: date, last: date, zone: ZoneInfo) -> Period:
    """The local days ``first`` to ``last`` inclusive, as a UTC period."""
    if last < first:
        raise ReportError(
            f"Ngày kết thúc {format_date(last)} trước ngày bắt đầu {format_date(first)}."
        )
    return Period(
        from_local(first, time.min, zone), from_local(last + timedelta(1), time.min, zone)
    )


def last_full_week(now: datetime, zone: ZoneInfo) -> Period:
    """The last complete local week, Monday 00:00 to Monday 00:00."""
    today = local_date(now, zone)
    monday = today - timedelta(days=today.weekday())
    return days_period(monday - timedelta(days=7), monday - timedelta(days=1), zone)


def period_days(period: Period, zone: ZoneInfo) -> tuple[date, date]:
    """The first and last local day of a period."""
    return local_date(period.start, zone), local_date(period.end - timedelta.resolution, zone)


def period_text(period: Period, zone: ZoneInfo) -> str:
    """``15/04/2024 – 21/04/2024``."""
    first, last = period_days(period, zone)
    return f"{format_date(first)} – {format_date(last)}"


def requested_period(first: str | None, last: str | None, now: datetime, zone: ZoneInfo) -> Period:
    """Days typed: both (inclusive), from (to today), to (7 days), none (the last full week)."""
    if first is None and last is None:
        return last_full_week(now, zone)
    today = local_date(now, zone)
    end = parse_day(last) if last else today
    start = parse_day(first) if first else end - timedelta(days=6)
    earliest, latest = add_years(today, -YEARS_BACK), add_years(today, YEARS_AHEAD)
    for day in (start, end):
        if day < earliest:
            raise ReportError(
                f"Ngày {format_date(day)} quá xa trong quá khứ: báo cáo chỉ tính từ "
                f"{format_date(earliest)} ({YEARS_BACK} năm trở lại đây)."
            )
        if day > latest:
            raise ReportError(
                f"Ngày {format_date(day)} quá xa: báo cáo chỉ tính đến {format_date(latest)}."
            )
    if start > today:
        raise ReportError(
            f"Ngày bắt đầu {format_date(start)} chưa tới: kỳ báo cáo phải bắt đầu từ hôm nay "
            "trở về trước."
        )
    return days_period(start, end, zone)


def parse_day(text: str) -> date:
    """A date typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or ISO yyyy-mm-dd."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            return date.fromisoformat("-".join(p.zfill(2) for p in text.split("-")))
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ReportError(f"Ngày «{text}» không hợp lệ: hãy viết dd/mm/yyyy hoặc yyyy-mm-dd.")


# -- plain data ------------------------------------------------------------------------------
@dataclass(frozen=True)
class TaskLine:
    """One task as reports show it, its status taken at the report's instant."""

    id: int
    text: str
    directive: str
    leads: tuple[str, ...]
    supports: tuple[str, ...]
    deadline: datetime | None
    done_at: datetime | None
    status: TaskStatus
    days_late: int
    note: str | None
    members: tuple[tuple[str, datetime | None], ...] = ()  # a collective's members, closed when
    files: tuple[str, ...] = ()  # evidence file names

    @property
    def lead_text(self) -> str:
        """The lead units, comma-separated."""
        return ", ".join(self.leads) or NO_UNIT


@dataclass(frozen=True)
class WeeklySummary:
    """Everything the weekly summary, its chart and its workbook show."""

    period: Period
    as_of: datetime
    zone: ZoneInfo
    due_soon_days: int
    totals: UnitCounts
    units: list[UnitCounts]
    completed: Listing[TaskLine]
    overdue: Listing[TaskLine]
    next_week: Period  # the seven days after ``as_of``, whose deadlines ``upcoming`` lists
    upcoming: Listing[TaskLine]
    tasks: list[TaskLine]


@dataclass(frozen=True)
class UnitDigest:
    """What one unit's chat is told each week."""

    unit: str
    as_of: datetime
    zone: ZoneInfo
    last_week: Period
    overdue: Listing[TaskLine]
    open: Listing[TaskLine]
    closed: Listing[TaskLine]


def directive_label(row: TaskRow) -> str:
    """``12/TB-UBND ngày 01/04/2024``; the title stands in for a missing number."""
    name = row.directive_number or textwrap.shorten(row.directive_title, 60, placeholder="…")
    issued = row.directive_issued_on
    return f"{name} ngày {format_date(issued)}" if issued else name


def task_line(task: TaskRow, as_of: datetime, due_soon_days: int, zone: ZoneInfo) -> TaskLine:
    """A stored task as of ``as_of``: a completion after that instant has not happened yet."""
    done_at = task.done_at if task.done_at is not None and task.done_at <= as_of else None
    status = task_status(task.deadline, done_at, as_of, due_soon_days=due_soon_days, zone=zone)
    late = status.category in (Category.OVERDUE, Category.DONE_LATE)
    days_late = max(1, -days_left(task.deadline, done_at or as_of, zone)) if late else 0
    return TaskLine(
        id=task.id,
        text=task.text,
        directive=directive_label(task),
        leads=task.leads,
        supports=task.supports,
        deadline=task.deadline,
        done_at=done_at,
        status=status,
        days_late=days_late,
        note=task.completion_note if done_at else None,
        members=tuple(
            (name, done_at or (at if at is not None and at <= as_of else None))
            for name, at in task.members
        ),
        files=task.files,
    )


def _lines(listing: Listing[TaskRow], line: Callable[[TaskRow], TaskLine]) -> Listing[TaskLine]:
    """A listing of stored tasks as task lines."""
    return Listing([line(task) for task in listing.items], listing.total)


def build_weekly_summary(
    session: Session, period: Period, now: datetime, settings: Settings, *, limit: int = LIST_LIMIT
) -> WeeklySummary:
    """Read a period's summary; statuses are as of the period's end (or now, if earlier)."""
    zone, days = ZoneInfo(settings.timezone), settings.reminders.due_soon_days
    as_of = min(period.end, now)
    soon = due_soon_limit(as_of, days, zone)

    def line(task: TaskRow) -> TaskLine:
        return task_line(task, as_of, days, zone)

    totals = reports.total_counts(session, period, as_of, soon)
    units = reports.unit_counts(session, period, as_of, soon)
    next_week = Period(as_of, as_of + timedelta(days=7))
    return WeeklySummary(
        period=period,
        as_of=as_of,
        zone=zone,
        due_soon_days=days,
        totals=UnitCounts(None, "Tổng cộng", totals),
        units=sorted(units, key=lambda u: (u.name is None, loose_key(u.name or ""))),
        completed=_lines(reports.completed_between(session, period, limit=limit), line),
        overdue=_lines(reports.longest_overdue(session, as_of, limit=limit), line),
        next_week=next_week,
        upcoming=_lines(reports.due_between(session, next_week, as_of, limit=limit), line),
        tasks=[line(task) for task in reports.period_tasks(session, period)],
    )


def build_unit_digest(
    session: Session, unit: Unit, now: datetime, settings: Settings, *, limit: int = LIST_LIMIT
) -> UnitDigest:
    """Read one unit's digest: open tasks now, and what it closed in the last full week."""
    zone, days = ZoneInfo(settings.timezone), settings.reminders.due_soon_days

    def line(task: TaskRow) -> TaskLine:
        return task_line(task, now, days, zone)

    week = last_full_week(now, zone)
    return UnitDigest(
        unit=unit.name,
        as_of=now,
        zone=zone,
        last_week=week,
        overdue=_lines(reports.longest_overdue(session, now, unit_id=unit.id, limit=limit), line),
        open=_lines(reports.open_in_time(session, now, unit_id=unit.id, limit=limit), line),
        closed=_lines(reports.completed_between(session, week, unit_id=unit.id, limit=limit), line),
    )


# -- Telegram text ---------------------------------------------------------------------------
def percent(part: int, whole: int) -> str:
    """``33%``; 0% of nothing."""
    return f"{part / whole:.0%}" if whole else "0%"


def _weekday(instant: datetime | None, zone: ZoneInfo) -> str:
    """``thứ Hai 22/04/2024``: the local day of an instant with its weekday."""
    if instant is None:
        return "—"
    day = local_date(instant, zone)
    return f"{WEEKDAY_NAMES[day.weekday()]} {format_date(day)}"


def _day(instant: datetime | None, zone: ZoneInfo) -> str:
    """The local day of an instant, dd/mm/yyyy ("—" for none)."""
    return format_date(local_date(instant, zone)) if instant else "—"


def _task_text(line: TaskLine) -> str:
    """``#12 Nội dung…``, on one line, escaped and cut short at a word."""
    return f"<b>#{line.id}</b> {esc(textwrap.shorten(line.text, TEXT_WIDTH, placeholder='…'))}"


def _more(listing: Listing[TaskLine]) -> list[str]:
    """The "and N more" line of a cut-short list."""
    return [f"<i>… và {listing.more} nhiệm vụ khác</i>"] if listing.more else []


def _done_phrase(line: TaskLine, zone: ZoneInfo) -> str:
    """``19/04/2024, đúng hạn`` or ``19/04/2024, muộn 2 ngày``."""
    late = f"muộn {line.days_late} ngày" if line.days_late else "đúng hạn"
    return f"{_day(line.done_at, zone)}, {late}"


def _counts_line(counts: dict[str, int]) -> str:
    """``✅ 3 · ☑️ 1 · 🔵 5 (⏳ 2) · 🔴 3``, zero categories left out."""
    parts = []
    for category in Category:
        n = counts[category.value]
        if n:
            soon = counts[DUE_SOON] if category is Category.IN_PROGRESS else 0
            parts.append(f"{ICONS[category.value]} {n}" + (f" (⏳ {soon})" if soon else ""))
    return " · ".join(parts)


def summary_text(summary: WeeklySummary) -> str:
    """The weekly summary as Telegram HTML (split it with ``split_message``)."""
    zone, totals = summary.zone, summary.totals
    counts = totals.counts
    lines = [
        "📊 <b>TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ</b>",
        f"Kỳ báo cáo: {period_text(summary.period, zone)}"
        f" (tình trạng tính đến {format_instant(summary.as_of, zone)})",
        "",
        f"<b>Tổng số: {totals.total} nhiệm vụ</b>, đã hoàn thành {totals.done}"
        f" ({percent(totals.done, totals.total)})",
    ]
    for category in Category:
        line = f"{ICONS[category.value]} {category.label.capitalize()}: {counts[category.value]}"
        if category is Category.IN_PROGRESS:
            line += f", trong đó {ICONS[DUE_SOON]} {DUE_SOON_LABEL}: {counts[DUE_SOON]}"
        lines.append(line)
    lines += ["", *_units_section(summary.units)]
    lines += ["", f"<b>✅ Hoàn thành trong kỳ: {summary.completed.total}</b>"]
    lines += [
        f"• {_task_text(t)} — {esc(t.lead_text)} ({_done_phrase(t, zone)})"
        for t in summary.completed.items
    ] or ["Không có nhiệm vụ nào hoàn thành trong kỳ."]
    lines += _more(summary.completed)
    lines += ["", f"<b>🔴 Quá hạn lâu nhất</b> (tổng số quá hạn: {summary.overdue.total})"]
    lines += [
        f"• {_task_text(t)} — {esc(t.lead_text)}: quá hạn <b>{t.days_late} ngày</b>"
        f" (hạn {_day(t.deadline, zone)})"
        for t in summary.overdue.items
    ] or ["Không có nhiệm vụ nào quá hạn."]
    lines += _more(summary.overdue)
    lines += [
        "",
        f"<b>📅 Đến hạn trong 7 ngày tới ({period_text(summary.next_week, zone)}):"
        f" {summary.upcoming.total}</b>",
    ]
    lines += [
        f"• {_weekday(t.deadline, zone)}: {_task_text(t)} — {esc(t.lead_text)}"
        for t in summary.upcoming.items
    ] or ["Không có nhiệm vụ nào đến hạn."]
    lines += _more(summary.upcoming)
    return "\n".join(lines)


def _units_section(units: Sequence[UnitCounts]) -> list[str]:
    """Per lead unit, most overdue first: total, completion rate and the counts by category."""
    legend = " · ".join(f"{ICONS[slug]} {label.lower()}" for slug, label, _ in SEGMENTS)
    lines = ["<b>Theo đơn vị chủ trì</b>", f"<i>{legend}</i>"]
    ranked = sorted(units, key=lambda u: (-u.counts[Category.OVERDUE], -u.total, u.name or ""))
    for unit in ranked:
        lines.append(
            f"• <b>{esc(unit.name or NO_UNIT)}</b>: {unit.total} nhiệm vụ, hoàn thành"
            f" {percent(unit.done, unit.total)} — {_counts_line(unit.counts)}"
        )
    return lines if units else [lines[0], "Không có nhiệm vụ nào trong kỳ."]


def unit_digest_text(digest: UnitDigest) -> str | None:
    """A unit's weekly digest as Telegram HTML; None when it has nothing open."""
    open_total = digest.overdue.total + digest.open.total
    if open_total == 0:
        return None
    zone, today = digest.zone, local_date(digest.as_of, digest.zone)
    lines = [
        f"📋 <b>NHIỆM VỤ CỦA ĐƠN VỊ — {esc(digest.unit)}</b>",
        f"Tính đến {format_instant(digest.as_of, zone)}: {open_total} nhiệm vụ chưa hoàn thành,"
        f" trong đó {digest.overdue.total} quá hạn.",
    ]
    if digest.overdue.total:
        lines += ["", f"<b>🔴 Quá hạn: {digest.overdue.total}</b>"]
        lines += [
            f"• {_task_text(t)} — hạn {_day(t.deadline, zone)}, quá hạn <b>{t.days_late} ngày</b>"
            for t in digest.overdue.items
        ]
        lines += _more(digest.overdue)
    if digest.open.total:
        lines += ["", f"<b>🔵 Đang thực hiện, theo thời hạn: {digest.open.total}</b>"]
        lines += [f"• {_task_text(t)} — {_due_phrase(t, today, zone)}" for t in digest.open.items]
        lines += _more(digest.open)
    lines += [
        "",
        f"<b>✅ Đã hoàn thành tuần trước ({period_text(digest.last_week, zone)}):"
        f" {digest.closed.total}</b>",
    ]
    lines += [f"• {_task_text(t)} ({_done_phrase(t, zone)})" for t in digest.closed.items]
    lines += _more(digest.closed)
    return "\n".join(lines)


def _due_phrase(line: TaskLine, today: date, zone: ZoneInfo) -> str:
    """``hạn 25/04/2024 (còn 3 ngày đến hạn)`` or ``không thời hạn``."""
    if line.deadline is None:
        return "không thời hạn"
    due = f"hạn {_day(line.deadline, zone)} ({countdown(line.deadline, today, zone)})"
    return f"{ICONS[DUE_SOON]} {due}" if line.status.due_soon else due


# -- the chart -------------------------------------------------------------------------------
def chart_counts(counts: dict[str, int]) -> list[int]:
    """A unit's counts in segment order; "đang thực hiện" without its "sắp đến hạn" part."""
    values = {slug: counts[slug] for slug, _, _ in SEGMENTS}
    values[Category.IN_PROGRESS.value] -= counts[DUE_SOON]
    return [values[slug] for slug, _, _ in SEGMENTS]


def chart_rows(units: Sequence[UnitCounts]) -> list[tuple[str, list[int]]]:
    """The bars: the units with the most tasks first, the rest summed into one bar."""
    ranked = sorted(units, key=lambda u: (-u.total, u.name or ""))
    rows = [(u.name or NO_UNIT, chart_counts(u.counts)) for u in ranked[:CHART_MAX_UNITS]]
    rest = ranked[CHART_MAX_UNITS:]
    if rest:
        summed = [
            sum(values) for values in zip(*(chart_counts(u.counts) for u in rest), strict=True)
        ]
        rows.append((f"{len(rest)} đơn vị khác", summed))
    return rows


def render_chart_png(summary: WeeklySummary) -> bytes:
    """Stacked horizontal bars per lead unit in the report categories, 1080 px wide."""
    settings = {"font.family": CHART_FONT, "font.size": CHART_FONT_SIZE}
    with _RENDER_LOCK, matplotlib.rc_context(settings):
        return _draw_chart(summary)


def _draw_chart(summary: WeeklySummary) -> bytes:
    """Draw the chart (fonts already set) and encode it as PNG."""
    rows = chart_rows(summary.units)
    head_in, foot_in, row_in = 2.9, 1.0, 0.85
    height_in = head_in + foot_in + row_in * max(len(rows), 1)
    figure = Figure(figsize=(CHART_WIDTH_PX / CHART_DPI, height_in), dpi=CHART_DPI)
    FigureCanvasAgg(figure)
    figure.subplots_adjust(
        left=0.37, right=0.93, top=1 - head_in / height_in, bottom=foot_in / height_in
    )
    figure.suptitle(
        "Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì",
        y=1 - 0.2 / height_in,
        va="top",
        fontsize=CHART_FONT_SIZE + 6,
        fontweight="bold",
    )
    figure.text(
        0.5,
        1 - 0.78 / height_in,
        f"Kỳ {period_text(summary.period, summary.zone)} · tính đến"
        f" {format_instant(summary.as_of, summary.zone)}",
        ha="center",
        va="top",
        color="#444444",
    )
    figure.legend(
        handles=[Patch(color=color, label=label) for _, label, color in SEGMENTS],
        loc="upper center",
        bbox_to_anchor=(0.5, 1 - 1.2 / height_in),
        ncol=2,
        frameon=False,
        handlelength=1.2,
        columnspacing=1.4,
    )
    axes = figure.add_subplot()
    if rows:
        _draw_bars(axes, rows)
    else:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "Không có nhiệm vụ nào trong kỳ", ha="center", va="center")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return buffer.getvalue()


def wrap_name(name: str, width: int = 24) -> str:
    """A unit name on up to three lines of similar length, none wider than ``width``."""
    lines = -(-len(name) // width)
    even = min(width, -(-len(name) // lines) + 5)
    return "\n".join(textwrap.wrap(name, even, max_lines=3, placeholder="…"))


def _draw_bars(axes: Axes, rows: list[tuple[str, list[int]]]) -> None:
    """The stacked bars, their counts and the unit names (wrapped)."""
    names = [wrap_name(name) for name, _ in rows]
    positions = list(range(len(rows)))
    widest = max(sum(values) for _, values in rows) or 1
    lefts = [0] * len(rows)
    for index, (_, _, color) in enumerate(SEGMENTS):
        widths = [values[index] for _, values in rows]
        bars = axes.barh(positions, widths, left=lefts, color=color, height=0.72)
        labels = [str(w) if w and w / widest >= 0.05 else "" for w in widths]
        axes.bar_label(bars, labels=labels, label_type="center", color="white")
        lefts = [left + width for left, width in zip(lefts, widths, strict=True)]
    for position, total in zip(positions, lefts, strict=True):
        axes.text(total + widest * 0.01, position, str(total), va="center", fontweight="bold")
    axes.set_yticks(positions, names)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(0, widest * 1.12)
    axes.set_xlabel("Số nhiệm vụ")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)


# -- the workbook ----------------------------------------------------------------------------
TASK_COLUMNS = (
    ("STT", 6),
    ("Văn bản (số, ngày)", 18),
    ("Nội dung", 56),
    ("Đơn vị chủ trì", 22),
    ("Đơn vị phối hợp", 22),
    ("Thời hạn", 12),
    ("Tình trạng", 18),
    ("Ngày hoàn thành", 12),
    ("Ghi chú", 22),
    ("Đơn vị thành viên (tiến độ)", 30),
    ("Minh chứng (tệp)", 26),
)
TOTAL_COLUMNS = (
    ("STT", 6),
    ("Đơn vị chủ trì", 34),
    ("Tổng số", 10),
    *((category.label.capitalize(), 14) for category in Category),
    (f"Trong đó {DUE_SOON_LABEL}", 14),
    ("Tỷ lệ hoàn thành", 13),
)
STATUS_FILLS = {
    Category.DONE_ON_TIME.value: "E8F5E9",
    Category.DONE_LATE.value: "F1F8E9",
    Category.IN_PROGRESS.value: "E3F2FD",
    DUE_SOON: "FFF8E1",
    Category.OVERDUE.value: "FFEBEE",
    Category.NO_DEADLINE.value: "F5F5F5",
}
FONT_NAME = "Times New Roman"
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "DD/MM/YYYY"
RATE_FORMAT = "0.0%"
LINE_HEIGHT = 13.5  # points per line of 11 pt Times New Roman
CHARS_PER_WIDTH = 1.15  # its characters per unit of column width, a little conservative


def _style(
    name: str,
    *,
    bold: bool = False,
    align: str = "general",
    valign: str = "top",
    fill: str | None = None,
    number_format: str = "General",
) -> NamedStyle:
    """A bordered, wrapped cell style in the report's font."""
    return NamedStyle(
        name,
        font=Font(name=FONT_NAME, size=11, bold=bold),
        border=BORDER,
        alignment=Alignment(horizontal=align, vertical=valign, wrap_text=True),
        fill=PatternFill("solid", fgColor=fill) if fill else PatternFill(),
        number_format=number_format,
    )


def _styles() -> list[NamedStyle]:
    """The workbook's cell styles, registered once and applied by name (fast on big sheets)."""
    return [
        _style("nv header", bold=True, align="center", valign="center", fill="D9E1F2"),
        _style("nv text"),
        _style("nv center", align="center"),
        _style("nv date", align="center", number_format=DATE_FORMAT),
        _style("nv total text", bold=True),
        _style("nv total center", bold=True, align="center"),
        _style("nv rate", align="right", number_format=RATE_FORMAT),
        _style("nv total rate", bold=True, align="right", number_format=RATE_FORMAT),
        *(_style(f"nv {slug}", fill=color) for slug, color in STATUS_FILLS.items()),
    ]


def render_xlsx(summary: WeeklySummary) -> bytes:
    """The period's tasks (sheet "Nhiệm vụ") and the per-unit totals (sheet "Tổng hợp")."""
    workbook = Workbook()
    for named in _styles():
        workbook.add_named_style(named)
    tasks = workbook.active
    tasks.title = "Nhiệm vụ"
    totals = workbook.create_sheet("Tổng hợp")
    _fill_tasks(tasks, summary)
    _fill_totals(totals, summary)
    title = f"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ — KỲ {period_text(summary.period, summary.zone)}"
    for sheet in (tasks, totals):
        _print_setup(sheet, title)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _line_count(value: object, width: int) -> int:
    """Lines a wrapped cell of ``width`` characters needs (numbers and dates: one)."""
    if not isinstance(value, str):
        return 1
    chars = int(width * CHARS_PER_WIDTH)
    return sum(len(textwrap.wrap(part, chars)) or 1 for part in value.split("\n"))


def _put_row(
    sheet: Worksheet,
    row: int,
    cells: Sequence[tuple[object, str]],
    columns: Sequence[tuple[str, int]],
) -> None:
    """Write one row of (value, style name) pairs, tall enough for its wrapped text."""
    for column, (value, style) in enumerate(cells, start=1):
        sheet.cell(row=row, column=column, value=value).style = style
    pairs = zip(cells, columns, strict=True)
    lines = max(_line_count(value, width) for (value, _), (_, width) in pairs)
    sheet.row_dimensions[row].height = lines * LINE_HEIGHT + 3


def _header(sheet: Worksheet, columns: Sequence[tuple[str, int]]) -> None:
    """The bold, bordered header row, the column widths, and the pane frozen under it."""
    _put_row(sheet, 1, [(name, "nv header") for name, _ in columns], columns)
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def _task_note(line: TaskLine) -> str:
    """The note column: lateness, then what the unit wrote when closing the task."""
    late = ""
    if line.days_late:
        done = line.status.category is Category.DONE_LATE
        late = f"{'Hoàn thành muộn' if done else 'Quá hạn'} {line.days_late} ngày"
    return "\n".join(part for part in (late, line.note) if part)


def _members_cell(line: TaskLine, zone: ZoneInfo) -> str:
    """ "1/2 đã hoàn thành" then one line per member with its state ("" for other tasks)."""
    if not line.members:
        return ""
    done = sum(at is not None for _, at in line.members)
    states = [
        f"{name}: đã hoàn thành {format_date(local_date(at, zone))}"
        if at is not None
        else f"{name}: chưa hoàn thành"
        for name, at in line.members
    ]
    return "\n".join([f"{done}/{len(line.members)} đã hoàn thành", *states])


def _fill_tasks(sheet: Worksheet, summary: WeeklySummary) -> None:
    """Sheet 1: one row per task of the period."""
    _header(sheet, TASK_COLUMNS)
    zone = summary.zone
    for number, line in enumerate(summary.tasks, start=1):
        deadline = local_date(line.deadline, zone) if line.deadline else "Không thời hạn"
        done = local_date(line.done_at, zone) if line.done_at else None
        status = DUE_SOON if line.status.due_soon else line.status.category.value
        cells = [
            (number, "nv center"),
            (line.directive, "nv text"),
            (line.text, "nv text"),
            ("\n".join(line.leads), "nv text"),
            ("\n".join(line.supports), "nv text"),
            (deadline, "nv date"),
            (line.status.label.capitalize(), f"nv {status}"),
            (done, "nv date"),
            (_task_note(line), "nv text"),
            (_members_cell(line, zone), "nv text"),
            ("\n".join(line.files), "nv text"),
        ]
        _put_row(sheet, number + 1, cells, TASK_COLUMNS)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(TASK_COLUMNS))}{len(summary.tasks) + 1}"


def _totals_row(unit: UnitCounts, number: int | None, prefix: str) -> list[tuple[object, str]]:
    """STT, unit, total, each category, due soon, completion rate; ``prefix`` picks the styles."""
    counts = [unit.counts[category.value] for category in Category]
    numbers = [unit.total, *counts, unit.counts[DUE_SOON]]
    return [
        (number, f"{prefix} center"),
        (unit.name or NO_UNIT, f"{prefix} text"),
        *((n, f"{prefix} center") for n in numbers),
        (unit.completion_rate, f"{prefix} rate"),
    ]


def _fill_totals(sheet: Worksheet, summary: WeeklySummary) -> None:
    """Sheet 2: per lead unit, the totals by category and the completion rate; then the sum."""
    _header(sheet, TOTAL_COLUMNS)
    for number, unit in enumerate(summary.units, start=1):
        _put_row(sheet, number + 1, _totals_row(unit, number, "nv"), TOTAL_COLUMNS)
    last = len(summary.units) + 2
    _put_row(sheet, last, _totals_row(summary.totals, None, "nv total"), TOTAL_COLUMNS)
    note = sheet.cell(row=last + 2, column=2)
    note.value = (
        "Ghi chú: nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị; dòng Tổng cộng"
        " tính mỗi nhiệm vụ một lần. Tỷ lệ hoàn thành = số đã hoàn thành (đúng hạn và quá hạn)"
        " / tổng số nhiệm vụ trong kỳ."
    )
    note.font = Font(name=FONT_NAME, size=10, italic=True)


def _print_setup(sheet: Worksheet, title: str) -> None:
    """A4 landscape, fit to width, header row repeated, title and page numbers in the margins."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.9
    sheet.oddHeader.center.text = title
    sheet.oddHeader.center.size = 12
    sheet.oddHeader.center.font = f"{FONT_NAME},Bold"
    sheet.oddFooter.center.text = "Trang &P / &N"
