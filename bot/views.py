"""What the bot shows, as Telegram HTML: task lines, a task in full, /overdue, /status, /units.

Pure functions of loaded rows and the current instant; every value from a user, a directive
or the database is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.text import Page, esc
from db.models import AuditEntry, ChatRole, Task, Unit, UnitRole
from jobs.calendar import local_date
from jobs.ingest.units import name_key
from jobs.messages.notices import (
    KIND_LABELS,
    countdown,
    deadline_text,
    format_instant,
    unit_names,
    upper_first,
)
from jobs.messages.wording import NO_UNIT, item_reference, shorten
from jobs.plan.recurrence import parse_every
from jobs.plan.status import DUE_SOON, DUE_SOON_LABEL, Category, task_status

TEXT_WIDTH = 110  # a task's text in a list is cut to this many characters
AUDIT_LABELS = {
    "task.complete": "báo hoàn thành",
    "task.reopen": "mở lại (trả lại)",
    "task.return": "lý do trả lại",
    "task.deadline": "đổi hạn",
}


def lead_names(task: Task) -> str:
    """The task's lead units, comma-separated, or that none is known."""
    return unit_names(task, UnitRole.LEAD) or NO_UNIT


def due_phrase(task: Task, now: datetime, zone: ZoneInfo) -> str:
    """``hạn cuối: 23:59 14/12/2026 (văn bản: trước ngày 15/12/2026), còn 3 ngày đến hạn``, a
    recurrence, or ``không thời hạn``: the closing day as the reminders and /task give it."""
    if task.is_series and task.every:
        return f"định kỳ: {parse_every(task.every).describe()}"
    if task.deadline is None:
        return "không thời hạn"
    phrase = deadline_text(task, zone)
    if task.done_at is not None:
        return phrase
    return f"{phrase}, {countdown(task.deadline, local_date(now, zone), zone)}"


def task_line(task: Task, now: datetime, zone: ZoneInfo, *, units: bool = True) -> str:
    """``<b>#12</b> Nội dung… — Phòng X — hạn ...``, one line."""
    parts = [f"<b>#{task.id}</b> {esc(shorten(task.text, TEXT_WIDTH))}"]
    if units:
        parts.append(esc(lead_names(task)))
    parts.append(esc(due_phrase(task, now, zone)))
    return " — ".join(parts)


def status_label(task: Task, now: datetime, due_soon_days: int, zone: ZoneInfo) -> str:
    """The task's report category, flagged "sắp đến hạn" when it is."""
    if task.is_series:
        return "định kỳ"
    status = task_status(task.deadline, task.done_at, now, due_soon_days=due_soon_days, zone=zone)
    return status.label


def directive_label(task: Task) -> str:
    """The directive's number and title."""
    directive = task.directive
    return " ".join(filter(None, [directive.number, directive.title]))


def task_details(
    task: Task,
    history: Sequence[AuditEntry],
    now: datetime,
    zone: ZoneInfo,
    due_soon_days: int,
) -> str:
    """One task in full: directive, text, units, deadline, status, history, next reminders."""
    lines = [
        f"📌 <b>Nhiệm vụ #{task.id}</b> ({esc(item_reference(task.ref))})",
        f"Văn bản: {esc(directive_label(task))}",
        f"Nội dung: {esc(task.text)}",
        f"Chủ trì: {esc(lead_names(task))}",
    ]
    support = ", ".join(unit.name for unit in task.units_in(UnitRole.SUPPORT))
    if support:
        lines.append(f"Phối hợp: {esc(support)}")
    lines.append(esc(upper_first(deadline_text(task, zone))))
    if task.every:
        lines.append(f"Định kỳ: {esc(parse_every(task.every).describe())}")
    lines.append(f"Trạng thái: {esc(status_label(task, now, due_soon_days, zone))}")
    if task.done_at is not None:
        note = f" — {task.completion_note}" if task.completion_note else ""
        done = f"{format_instant(task.done_at, zone)} bởi {task.done_by}{note}"
        lines.append(f"Hoàn thành: {esc(done)}")
    if history:
        lines += ["", "<b>Lịch sử</b>"]
        lines += [f"• {esc(history_line(entry, zone))}" for entry in history]
    pending = [reminder for reminder in task.reminders if reminder.is_pending][:5]
    lines += ["", "<b>Lượt nhắc sắp tới</b>"]
    if pending:
        lines += [
            f"• {format_instant(r.fire_at, zone)} — {esc(KIND_LABELS[r.kind])}" for r in pending
        ]
    else:
        lines.append("• Không còn lượt nhắc nào đang chờ.")
    return "\n".join(lines)


def history_line(entry: AuditEntry, zone: ZoneInfo) -> str:
    """One audit entry of a task, for people."""
    label = AUDIT_LABELS.get(entry.action, entry.action)
    details = entry.details or {}
    extra = ""
    if entry.action == "task.deadline" and details.get("new"):
        extra = f": đến {format_instant(datetime.fromisoformat(details['new']), zone)}"
    elif details.get("note"):
        extra = f": {details['note']}"
    return f"{format_instant(entry.at, zone)} {label} — {entry.actor}{extra}"


def overdue_lines(
    entries: Sequence[tuple[str | None, Task]], now: datetime, zone: ZoneInfo
) -> list[tuple[str, str]]:
    """(unit, line) for a page of /overdue's (lead unit, task) entries."""
    return [(unit or NO_UNIT, task_line(task, now, zone, units=False)) for unit, task in entries]


def grouped(entries: Sequence[tuple[str, str]]) -> list[str]:
    """Lines under a bold heading for each unit, in the order given."""
    lines: list[str] = []
    current = None
    for unit, line in entries:
        if unit != current:
            lines += ["", f"<b>{esc(unit)}</b>"]
            current = unit
        lines.append(f"• {line}")
    return lines


def listing(title: str, lines: Sequence[str], page: Page, empty: str) -> str:
    """A titled list, its page number, or what to say when it is empty."""
    if not lines:
        return f"{title}\n{esc(empty)}"
    footer = [f"<i>{page.label}</i>"] if page.label else []
    return "\n".join([title, *lines, *footer])


def status_text(
    totals: dict[str, int], by_unit: dict[str | None, dict[str, int]], now: datetime, zone: ZoneInfo
) -> str:
    """Counts per report category, then per lead unit (most overdue first)."""
    lines = [f"📊 <b>Tình hình thực hiện nhiệm vụ</b> (đến {format_instant(now, zone)})"]
    lines += [
        f"• {esc(category.label.capitalize())}: {totals[category.value]}" for category in Category
    ]
    lines.append(f"• Trong đó {esc(DUE_SOON_LABEL)}: {totals[DUE_SOON]}")
    if by_unit:
        lines += ["", "<b>Theo đơn vị chủ trì</b> (quá hạn / đang thực hiện / đã xong)"]
        ranked = sorted(
            by_unit.items(),
            key=lambda item: (-item[1].get(Category.OVERDUE, 0), item[0] or "\uffff"),
        )
        for name, counts in ranked:
            done = counts.get(Category.DONE_ON_TIME, 0) + counts.get(Category.DONE_LATE, 0)
            open_ = counts.get(Category.IN_PROGRESS, 0) + counts.get(Category.NO_DEADLINE, 0)
            lines.append(
                f"• {esc(name or NO_UNIT)}: {counts.get(Category.OVERDUE, 0)} / {open_} / {done}"
            )
    return "\n".join(lines)


def unit_lines(units: Sequence[Unit], inactive: set[int]) -> tuple[list[str], list[str]]:
    """Units with their linked chats, and the names of units nobody linked."""
    linked, unlinked = [], []
    for unit in units:
        if not unit.chats:
            unlinked.append(unit.name)
            continue
        chats = ", ".join(
            (f"«{esc(chat.title)}» " if chat.title else "")
            + f"<code>{chat.chat_id}</code>"
            + (" (văn phòng)" if chat.role == ChatRole.OFFICE_ADMIN else "")
            + (" ⛔ đã chặn bot" if chat.chat_id in inactive else "")
            for chat in unit.chats
        )
        linked.append(f"• <b>{esc(unit.name)}</b>: {chats}")
    return linked, unlinked


def completion_notice(task: Task, who: str, at: datetime, late_days: int, zone: ZoneInfo) -> str:
    """For the office: who closed which task, when, and whether on time."""
    timing = f"muộn {late_days} ngày" if late_days else "đúng hạn"
    lines = [
        f"✅ <b>#{task.id}</b> đã hoàn thành — {esc(timing)}",
        f"Nội dung: {esc(shorten(task.text, TEXT_WIDTH))}",
        f"Chủ trì: {esc(lead_names(task))}",
        f"Báo bởi: {esc(who)} lúc {format_instant(at, zone)}",
    ]
    if task.completion_note:
        lines.append(f"Ghi chú: {esc(task.completion_note)}")
    lines.append("<i>Trả lời «trả lại» vào tin này (hoặc /reopen ID) nếu chưa đạt.</i>")
    return "\n".join(lines)


def parts_noun(names: Sequence[str]) -> str:
    """ "xã" when every part (named) is a commune's, else "đơn vị"."""
    return "xã" if names and all({"xã", "xa"} & set(name_key(name)) for name in names) else "đơn vị"
