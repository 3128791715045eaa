"""The bot's own rows: single-use invite tokens, and chats that no longer accept the bot.

Kept apart from ``db.models`` while another change owns that module; the tables are in the
same metadata and migrated by ``0002_invites_inactive_chats``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text
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

    unit: Mapped[Unit] = relationship(lazy="joined")


class InactiveChat(Base):
    """A chat that blocked the bot or removed it (403): nothing is sent there until it returns."""

    __tablename__ = "inactive_chats"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    since: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
