"""The stored data: units and their chats, directives, tasks, reminders and the audit log;
the bot's rows (invites, inactive chats, extension requests, collective shares, drafts and
prompts awaiting an answer, evidence, report posts)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# A reminder still to be delivered.
PENDING = "sent_at IS NULL AND cancelled_at IS NULL AND failed_at IS NULL"


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: aware UTC in Python, ``timestamptz`` on PostgreSQL, naive UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive values; store UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def bind_processor(self, dialect: Dialect) -> Callable[[datetime | None], Any] | None:
        """On SQLite, straight to the text SQLAlchemy stores there: "YYYY-MM-DD HH:MM:SS.ffffff"."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def to_text(value: datetime | None) -> str | None:
            """The stored text of an instant (its own isoformat: no second formatting pass)."""
            naive = self.process_bind_param(value, dialect)
            return None if naive is None else naive.isoformat(" ", "microseconds")

        return to_text

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Always hand back aware UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


def _enum(cls: type[enum.Enum]) -> Enum:
    """A portable enum column: VARCHAR of the values plus a CHECK constraint."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        name=cls.__name__.lower(),
    )


class ChatRole(enum.StrEnum):
    MEMBER = "member"
    OFFICE_ADMIN = "office_admin"


class UnitRole(enum.StrEnum):
    LEAD = "lead"
    SUPPORT = "support"


class ReminderKind(enum.StrEnum):
    BEFORE = "before"
    ON_DAY = "on_day"
    OVERDUE = "overdue"
    ESCALATE = "escalate"


unit_members = Table(
    "unit_members",
    Base.metadata,
    Column("collective_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_unit_members_member_id", "member_id"),
)


class Unit(Base):
    """A government unit, or a collective of units ("UBND các xã, thị trấn")."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(50))
    created_at: Mapped[datetime]

    aliases: Mapped[list[UnitAlias]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="UnitAlias.alias"
    )
    members: Mapped[list[Unit]] = relationship(
        secondary=unit_members,
        primaryjoin=lambda: Unit.id == unit_members.c.collective_id,
        secondaryjoin=lambda: Unit.id == unit_members.c.member_id,
        order_by=lambda: Unit.name,
    )
    chats: Mapped[list[UnitChat]] = relationship(
        back_populates="unit", cascade="all, delete-orphan"
    )


def expand_collectives(units: list[Unit]) -> list[Unit]:
    """The units themselves and, for collectives, their members (to any depth)."""
    seen: dict[int, Unit] = {}
    pending = list(units)
    while pending:
        unit = pending.pop(0)
        if unit.id not in seen:
            seen[unit.id] = unit
            pending.extend(unit.members)
    return list(seen.values())



class UnitAlias(Base):
    """Another name a unit goes by ("Phòng TC-KH")."""

    __tablename__ = "unit_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255), unique=True)

    unit: Mapped[Unit] = relationship(back_populates="aliases")


class UnitChat(Base):
    """A Telegram chat linked to a unit."""

    __tablename__ = "unit_chats"
    __table_args__ = (UniqueConstraint("unit_id", "chat_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    role: Mapped[ChatRole] = mapped_column(_enum(ChatRole))
    linked_by: Mapped[int | None] = mapped_column(BigInteger)
    linked_at: Mapped[datetime]
    # The chat's title when it was linked (kept up to date when Telegram tells a new one).
    title: Mapped[str | None] = mapped_column(String(255))

    unit: Mapped[Unit] = relationship(back_populates="chats")


class Directive(Base):
    """A stored directive; ``sha256`` recognises the same file ingested twice."""

    __tablename__ = "directives"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date | None] = mapped_column(Date)
    source_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100))

    tasks: Mapped[list[Task]] = relationship(
        back_populates="directive", order_by="Task.id", cascade="all, delete-orphan"
    )


class TaskUnit(Base):
    """A unit's part in a task: lead (chủ trì) or support (phối hợp)."""

    __tablename__ = "task_units"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[UnitRole] = mapped_column(_enum(UnitRole), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    unit: Mapped[Unit] = relationship(lazy="joined")


class Task(Base):
    """A task; a recurring one is a series row whose occurrences are child tasks."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index(
            "ix_tasks_open_deadline",
            "deadline",
            sqlite_where=text("done_at IS NULL"),
            postgresql_where=text("done_at IS NULL"),
        ),
        UniqueConstraint("parent_id", "occurrence_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    directive_id: Mapped[int] = mapped_column(
        ForeignKey("directives.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)
    deadline: Mapped[datetime | None]
    due_text: Mapped[str] = mapped_column(String(255))
    every: Mapped[str | None] = mapped_column(String(30))
    repeat_until: Mapped[date | None] = mapped_column(Date)
    occurrence_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100))
    done_at: Mapped[datetime | None]
    done_by: Mapped[str | None] = mapped_column(String(100))
    completion_note: Mapped[str | None] = mapped_column(Text)
    reopened_at: Mapped[datetime | None]
    reopened_by: Mapped[str | None] = mapped_column(String(100))
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    # Stored as history (its deadline had passed when stored, and the office chose so): never
    # reminded.
    history_at: Mapped[datetime | None]

    directive: Mapped[Directive] = relationship(back_populates="tasks")
    parent: Mapped[Task | None] = relationship(remote_side=lambda: Task.id)
    units: Mapped[list[TaskUnit]] = relationship(
        cascade="all, delete-orphan", order_by=lambda: [TaskUnit.role, TaskUnit.position]
    )
    reminders: Mapped[list[Reminder]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="Reminder.fire_at"
    )

    @property
    def is_series(self) -> bool:
        """A recurring obligation whose occurrences carry the deadlines."""
        return self.every is not None and self.parent_id is None

    def units_in(self, role: UnitRole) -> list[Unit]:
        """The units that play ``role`` in this task, in document order."""
        return [link.unit for link in self.units if link.role == role]


class Reminder(Base):
    """One planned reminder; the row, not the scheduler, is the truth."""

    __tablename__ = "reminders"
    __table_args__ = (
        Index(
            "ix_reminders_pending_fire_at",
            "fire_at",
            sqlite_where=text(PENDING),
            postgresql_where=text(PENDING),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ReminderKind] = mapped_column(_enum(ReminderKind))
    fire_at: Mapped[datetime]
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    failed_at: Mapped[datetime | None]
    # Cancelled because a later reminder of the same task went out in its place (downtime).
    superseded_by: Mapped[int | None]

    task: Mapped[Task] = relationship(back_populates="reminders")

    @property
    def is_pending(self) -> bool:
        """Still to be delivered: not sent, cancelled or given up on."""
        return self.sent_at is None and self.cancelled_at is None and self.failed_at is None

    messages: Mapped[list[ReminderMessage]] = relationship(
        back_populates="reminder", cascade="all, delete-orphan", order_by="ReminderMessage.id"
    )


class ReminderMessage(Base):
    """A Telegram message that a reminder produced, one per chat."""

    __tablename__ = "reminder_messages"
    __table_args__ = (UniqueConstraint("reminder_id", "chat_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminders.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    sent_at: Mapped[datetime]

    reminder: Mapped[Reminder] = relationship(back_populates="messages")


class ChatDelivery(Base):
    """A reminder's failed tries at one chat: each chat fails and is given up on its own."""

    __tablename__ = "chat_deliveries"

    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminders.id", ondelete="CASCADE"), primary_key=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    failed_at: Mapped[datetime | None]


class AuditEntry(Base):
    """One change and who made it."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


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
