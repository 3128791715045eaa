"""What reminders and summaries say, in Vietnamese, with local dates and times."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from db.models import ReminderKind, Task, UnitRole
from jobs.calendar import LOCAL_ZONE, local_date, to_local
from jobs.messages.sender import Button
from jobs.messages.wording import NO_UNIT, item_reference
from jobs.model import format_date as format_date
from jobs.plan.recurrence import parse_every

KIND_LABELS = {
    ReminderKind.BEFORE: "nhắc trước hạn",
    ReminderKind.ON_DAY: "nhắc đúng hạn",
    ReminderKind.OVERDUE: "nhắc quá hạn",
    ReminderKind.ESCALATE: "báo Văn phòng",
}


def format_instant(instant: datetime, zone: ZoneInfo = LOCAL_ZONE) -> str:
    """A UTC instant as local ``HH:MM dd/mm/yyyy``."""
    return to_local(instant, zone).strftime("%H:%M %d/%m/%Y")


def closing_phrase(deadline: datetime | None, due_text: str, zone: ZoneInfo = LOCAL_ZONE) -> str:
    """The one way a deadline is written: ``hạn cuối: 23:59 14/12/2026 (văn bản: trước ngày
    15/12/2026)`` — the instant the task closes (the deadline rule of ``jobs.plan.policy``) and the
    phrase of the directive it comes from."""
    if deadline is None:
        return "không thời hạn"
    source = f" (văn bản: {due_text})" if due_text else ""
    return f"hạn cuối: {format_instant(deadline, zone)}{source}"


def upper_first(text: str) -> str:
    """``text`` with its first letter in capitals (a line starting with a phrase)."""
    return text[:1].upper() + text[1:]


def deadline_text(task: Task, zone: ZoneInfo = LOCAL_ZONE) -> str:
    """A stored task's deadline as people read it (``closing_phrase``)."""
    return closing_phrase(task.deadline, task.due_text, zone)


def unit_names(task: Task, role: UnitRole) -> str:
    """The task's units in one role, comma-separated."""
    return ", ".join(unit.name for unit in task.units_in(role))


def countdown(deadline: datetime, today: date, zone: ZoneInfo = LOCAL_ZONE) -> str:
    """ "còn 3 ngày", "hôm nay là hạn cuối" or "quá hạn 2 ngày"."""
    days = (local_date(deadline, zone) - today).days
    if days > 0:
        return f"còn {days} ngày đến hạn"
    return "hôm nay là hạn cuối" if days == 0 else f"quá hạn {-days} ngày"


def reminder_text(
    task: Task,
    kind: ReminderKind,
    now: datetime,
    zone: ZoneInfo = LOCAL_ZONE,
    *,
    unlinked: bool = False,
) -> str:
    """The message of one reminder."""
    left = countdown(task.deadline, local_date(now, zone), zone) if task.deadline else ""
    heads = {
        ReminderKind.BEFORE: f"⏰ NHẮC VIỆC: {left}",
        ReminderKind.ON_DAY: f"⏰ NHẮC VIỆC: {left}",
        ReminderKind.OVERDUE: f"⚠️ CHƯA HOÀN THÀNH: {left}",
        ReminderKind.ESCALATE: f"🚨 BÁO VĂN PHÒNG: nhiệm vụ {left}, chưa báo cáo hoàn thành",
    }
    lines = [heads[kind], f"Nhiệm vụ #{task.id} ({item_reference(task.ref)}): {task.text}"]
    directive = task.directive
    lines.append(f"Văn bản: {' '.join(filter(None, [directive.number, directive.title]))}")
    if task.occurrence_on is not None and task.every:
        cadence = parse_every(task.every).describe()
        lines.append(f"Lần thực hiện: {format_date(task.occurrence_on)} ({cadence})")
    lines.append(upper_first(deadline_text(task, zone)))
    lines.append(f"Đơn vị chủ trì: {unit_names(task, UnitRole.LEAD) or NO_UNIT}")
    support = unit_names(task, UnitRole.SUPPORT)
    if support:
        lines.append(f"Đơn vị phối hợp: {support}")
    if unlinked:
        lines.append(
            "Ghi chú: đơn vị chủ trì chưa liên kết nhóm Telegram nào, tin này gửi Văn phòng."
        )
    return "\n".join(lines)


def reminder_entry(task: Task, now: datetime, zone: ZoneInfo = LOCAL_ZONE) -> str:
    """A reminder's entry in a message that lists several: the task, its directive, its
    deadline and how far it is."""
    left = countdown(task.deadline, local_date(now, zone), zone) if task.deadline else ""
    directive = task.directive
    lines = [
        f"Nhiệm vụ #{task.id} ({item_reference(task.ref)}): {task.text}",
        f"Văn bản: {' '.join(filter(None, [directive.number, directive.title]))}",
        upper_first(", ".join(filter(None, [deadline_text(task, zone), left]))),
    ]
    if task.occurrence_on is not None:
        lines.insert(1, f"Lần thực hiện: {format_date(task.occurrence_on)}")
    return "\n".join(lines)


def reminder_buttons(task: Task) -> tuple[Button, ...]:
    """The answer a unit can give from the reminder itself."""
    return (Button("✅ Báo cáo hoàn thành", f"done:{task.id}"),)
