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
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from db import reports
from db.models import Unit
from db.reports import Listing, Period, TaskRow, UnitCounts
from jobs.calendar import WEEKDAY_NAMES, YEARS_AHEAD, YEARS_BACK, add_years, from_local, local_date
from jobs.config import Settings
from jobs.errors import IngestError
from jobs.ingest.units import loose_key
from jobs.messages.notices import countdown, format_date, format_instant
from jobs.messages.telegram_text import esc
from jobs.plan.status import (
    DUE_SOON,
    DUE_SOON_LABEL,
    Category,
    TaskStatus,
    days_left,
    due_soon_limit,
    task_status,
)

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn, not when the bot starts
    from matplotlib.axes import Axes

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
    directive_heading: str  # number, date and full title: the appendix's group row
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
    issued_on: date  # the local day the report was made
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


def directive_heading(row: TaskRow) -> str:
    """``Số 12/TB-UBND ngày 01/04/2024 — THÔNG BÁO Kết luận ...``, the title in full."""
    parts = [f"Số {row.directive_number}" if row.directive_number else ""]
    if row.directive_issued_on:
        parts.append(f"ngày {format_date(row.directive_issued_on)}")
    head = " ".join(part for part in parts if part)
    return f"{head} — {row.directive_title}" if head else row.directive_title


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
        directive_heading=directive_heading(task),
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
    """Read a period's summary; statuses are as of the period's end (or now, if earlier).

    Every number the text, the chart, the workbook and the command line show is one of the
    counts of ``db.reports`` read here; the lists show the first tasks of those counts.
    """
    zone, days = ZoneInfo(settings.timezone), settings.reminders.due_soon_days
    as_of = min(period.end, now)
    soon = due_soon_limit(as_of, days, zone)

    def line(task: TaskRow) -> TaskLine:
        return task_line(task, as_of, days, zone)

    totals = UnitCounts(None, "Tổng cộng", reports.total_counts(session, period, as_of, soon))
    units = reports.unit_counts(session, period, as_of, soon)
    next_week = Period(as_of, as_of + timedelta(days=7))
    completed = reports.completed_in(session, period, as_of, limit=limit)
    overdue = reports.overdue_in(session, period, as_of, limit=limit)
    return WeeklySummary(
        period=period,
        as_of=as_of,
        issued_on=local_date(now, zone),
        zone=zone,
        due_soon_days=days,
        totals=totals,
        units=sorted(units, key=lambda u: (u.name is None, loose_key(u.name or ""))),
        completed=Listing([line(task) for task in completed], totals.done),
        overdue=Listing([line(task) for task in overdue], totals.counts[Category.OVERDUE]),
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


def summary_line(summary: WeeklySummary) -> str:
    """``9 nhiệm vụ, đã hoàn thành 3 (33%), quá hạn chưa hoàn thành 3``: the command line's."""
    totals = summary.totals
    rate = percent(totals.done, totals.total)
    return (
        f"{totals.total} nhiệm vụ, đã hoàn thành {totals.done} ({rate}),"
        f" {Category.OVERDUE.label} {totals.counts[Category.OVERDUE]}"
    )


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
    """The bars: the named units with the most tasks first, the rest summed into one bar.

    Tasks with no lead unit are not a unit: the chart's subtitle counts them instead.
    """
    ranked = sorted((u for u in units if u.name is not None), key=lambda u: (-u.total, u.name))
    rows = [(u.name or "", chart_counts(u.counts)) for u in ranked[:CHART_MAX_UNITS]]
    rest = ranked[CHART_MAX_UNITS:]
    if rest:
        summed = [
            sum(values) for values in zip(*(chart_counts(u.counts) for u in rest), strict=True)
        ]
        rows.append((f"{len(rest)} đơn vị khác", summed))
    return rows


def chart_segments(rows: Sequence[tuple[str, list[int]]]) -> list[tuple[int, str, str]]:
    """(index, label, colour) of the segments some bar has: empty ones stay off the legend."""
    return [
        (index, label, color)
        for index, (_, label, color) in enumerate(SEGMENTS)
        if any(values[index] for _, values in rows)
    ]


def chart_subtitle(summary: WeeklySummary) -> str:
    """The period and instant, and how many tasks have no lead unit (they have no bar)."""
    text = (
        f"Kỳ {period_text(summary.period, summary.zone)} · tính đến"
        f" {format_instant(summary.as_of, summary.zone)}"
    )
    unassigned = next((u.total for u in summary.units if u.name is None), 0)
    return text + (f"\n{NO_UNIT}: {unassigned} nhiệm vụ (không vẽ)" if unassigned else "")


def render_chart_png(summary: WeeklySummary) -> bytes:
    """Stacked horizontal bars per lead unit in the report categories, 1080 px wide."""
    import matplotlib

    settings = {"font.family": CHART_FONT, "font.size": CHART_FONT_SIZE}
    with _RENDER_LOCK, matplotlib.rc_context(settings):
        return _draw_chart(summary)


def _draw_chart(summary: WeeklySummary) -> bytes:
    """Draw the chart (fonts already set) and encode it as PNG."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    rows = chart_rows(summary.units)
    segments = chart_segments(rows)
    subtitle = chart_subtitle(summary)
    legend_rows = -(-len(segments) // 2)
    head_in = 1.2 + 0.35 * subtitle.count("\n") + 0.45 * legend_rows + 0.3
    foot_in, row_in = 1.0, 0.85
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
    figure.text(0.5, 1 - 0.78 / height_in, subtitle, ha="center", va="top", color="#444444")
    if segments:
        figure.legend(
            handles=[Patch(color=color, label=label) for _, label, color in segments],
            loc="upper center",
            bbox_to_anchor=(0.5, 1 - (1.2 + 0.35 * subtitle.count("\n")) / height_in),
            ncol=2,
            frameon=False,
            handlelength=1.2,
            columnspacing=1.4,
        )
    axes = figure.add_subplot()
    if rows:
        _draw_bars(axes, rows, segments)
    else:
        axes.set_axis_off()
        empty = "Không có nhiệm vụ nào trong kỳ"
        if summary.totals.total:
            empty = "Không nhiệm vụ nào có đơn vị chủ trì"
        axes.text(0.5, 0.5, empty, ha="center", va="center")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return buffer.getvalue()


def wrap_name(name: str, width: int = 24) -> str:
    """A unit name on up to three lines of similar length, none wider than ``width``."""
    lines = -(-len(name) // width)
    even = min(width, -(-len(name) // lines) + 5)
    return "\n".join(textwrap.wrap(name, even, max_lines=3, placeholder="…"))


def _draw_bars(
    axes: Axes, rows: list[tuple[str, list[int]]], segments: list[tuple[int, str, str]]
) -> None:
    """The stacked bars, their counts and the unit names (wrapped)."""
    names = [wrap_name(name) for name, _ in rows]
    positions = list(range(len(rows)))
    widest = max(sum(values) for _, values in rows) or 1
    lefts = [0] * len(rows)
    for index, _, color in segments:
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
