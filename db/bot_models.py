"""The bot's own rows: invite tokens, chats that no longer accept the bot, extension requests,
the members' shares of collective tasks, drafts and prompts awaiting an answer, and evidence.

Kept apart from ``db.models`` while another change owns that module; the tables are in the
same metadata and migrated by ``0002_invites_inactive_chats``, ``0003`` and ``0005``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, ForeignKey, String, Text, UniqueConstraint
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


class IngestDraft(Base):
    """A directive read from an upload, under review in one chat (one per chat).

    The file's bytes are not kept: ``raw_text`` is what re-reading it with a directive date
    needs, ``state`` the extraction and the office's edits (``bot.drafts.Draft.to_state``).
    """

    __tablename__ = "ingest_drafts"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    number: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    raw_text: Mapped[str] = mapped_column(Text)
    state: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class ReportPost(Base):
    """The weekly summary of one period to one chat: its idempotency key and how far it got.

    ``sending`` while the text, chart and workbook go out, ``done`` once all three have;
    a post found ``sending`` at start was cut off and is sent again, once (``resending``, then
    ``done`` or ``failed``).
    """

    __tablename__ = "report_posts"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    period_start: Mapped[datetime] = mapped_column(primary_key=True)
    period_end: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class BotPrompt(Base):
    """A bot message waiting for an answer: an extension day, a note, a file of evidence."""

    __tablename__ = "bot_prompts"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    message_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class TaskEvidence(Base):
    """A file a unit sent as evidence (minh chứng) of a task done; Telegram keeps the bytes."""

    __tablename__ = "task_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(20))  # "document" or "photo"
    file_id: Mapped[str] = mapped_column(String(255))
    file_unique_id: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(255))
    file_size: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))  # when the bot could download it
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(100))


class EvidenceRule(Base):
    """The office requires evidence for every task of a directive, or for one task."""

    __tablename__ = "evidence_rules"
    __table_args__ = (UniqueConstraint("directive_id"), UniqueConstraint("task_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    directive_id: Mapped[int | None] = mapped_column(
        ForeignKey("directives.id", ondelete="CASCADE")
    )
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(String(100))
