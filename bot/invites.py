"""Invite tokens as the office hands them out, from the bot (/invite) or the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from db import write
from db.models import ChatRole
from jobs.calendar import local_date
from jobs.ingest.units import UnitResolver
from jobs.messages.notices import format_date
from jobs.model import StoreError
from jobs.store import UnitBook
from jobs.unit_names import find_or_add_unit


@dataclass(frozen=True)
class IssuedInvite:
    """A token just created: for which unit, until when."""

    token: str
    unit_name: str
    role: ChatRole
    expires_at: datetime


def issue_invite(
    session: Session,
    resolver: UnitResolver,
    unit_name: str,
    *,
    role: ChatRole,
    now: datetime,
    days: int,
    actor: str,
    units_listed_by: str = "/units",
) -> IssuedInvite:
    """A single-use token for the unit ``unit_name`` names (added when the catalogue knows it).

    ``units_listed_by`` is how the asker lists the units: a bot command or a CLI command.
    """
    unit = find_or_add_unit(session, resolver, unit_name, UnitBook(session, now))
    if unit is None:
        raise StoreError(
            f"Không có đơn vị «{unit_name}» trong danh mục. Kiểm tra lại tên "
            f"(xem {units_listed_by}) hoặc nhập danh mục đơn vị trước."
        )
    token, invite = write.create_invite(session, unit, role, now=now, days=days, actor=actor)
    return IssuedInvite(token, unit.name, role, invite.expires_at)


def deep_links(username: str, token: str) -> tuple[str, str]:
    """The links that open a private chat, or add the bot to a group, with the token."""
    base = f"https://t.me/{username}"
    return f"{base}?start={token}", f"{base}?startgroup={token}"


def invite_lines(issued: IssuedInvite, username: str, zone: ZoneInfo) -> list[str]:
    """What the office is told about a new invite (plain text; escape it for HTML)."""
    until = format_date(local_date(issued.expires_at, zone))
    role = " (quyền Văn phòng)" if issued.role == ChatRole.OFFICE_ADMIN else ""
    lines = [
        f"Mã mời cho {issued.unit_name}{role}: dùng một lần, hết hạn ngày {until}.",
        f"Mã: {issued.token}",
    ]
    if username:
        private, group = deep_links(username, issued.token)
        lines += [f"Nhóm của đơn vị: {group}", f"Chat riêng: {private}"]
    lines.append(f"Hoặc gõ trong nhóm/chat với bot: /start {issued.token}")
    return lines
