"""The bot's own rows: invite tokens, chats that no longer accept the bot, extension requests
and the members' shares of collective tasks.

Kept apart from ``db.models`` while another change owns that module; the tables are in the
same metadata and migrated by ``0002_invites_inactive_chats`` and ``0003``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models import Base, ChatRole, Unit, _enum


class Invite(Base):
    """A single-use invitation that links the chat redeeming it to a unit."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    # SHA-256 of the token: the token itself is only ever shown to whoever created it.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    role: Mapped[ChatRole] = mapped_column(_enum(ChatRole))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_chat: Mapped[int | None] = mapped_column(BigInteger)
    used_by_user: Mapped[int | None] = mapped_column(BigInteger)
    # Revoked: unusable, and the chat it linked (if any) unlinked.
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(100))

    unit: Mapped[Unit] = relationship(lazy="joined")


class InactiveChat(Base):
    """A chat that blocked the bot or removed it (403): nothing is sent there until it returns."""

    __tablename__ = "inactive_chats"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    since: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)


class ExtensionRequest(Base):
    """A unit's request to move a task's deadline, decided once by the office.

    ``deadline_seen`` is the deadline the unit asked against: a decision applies only while
    the task still has it (an older request does not undo a later change).
    """

    __tablename__ = "extension_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    deadline_seen: Mapped[datetime | None]
    requested_at: Mapped[datetime]
    requested_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(100))
    approved: Mapped[bool | None]


class TaskShare(Base):
    """A member unit's part of a collective task, closed on its own ("xã A đã xong")."""

    __tablename__ = "task_shares"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    done_at: Mapped[datetime]
    done_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
