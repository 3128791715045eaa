"""What waits for an answer, kept in the database so that a restart keeps it: the previews of
uploaded directives (one per chat) and the bot's questions (an extension day, the note of a
bare "xong", the file a task's evidence needs).

Both expire after ``[bot] draft_ttl_days`` (7 by default); expired rows are read as absent
and deleted by the next write. They are small rows read and written in the handler's turn.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, MutableMapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, select

from bot.drafts import Draft
from db.models import BotPrompt, IngestDraft
from db.session import session_scope
from jobs.clock import Clock

# Draft numbers are seconds since this instant: unique across restarts, at most 9 digits (the
# buttons' pattern) until about 2051, and never reused by a later draft of the same chat.
NUMBER_EPOCH = 1_577_836_800  # 2020-01-01T00:00:00Z

EXTENSION = "extension"  # value: the task id
NOTE = "note"  # value: the note written with a bare "xong", or None
EVIDENCE = "evidence"  # value: {"task": id, "note": str | None}


class DraftBook:
    """The unconfirmed drafts by chat, as a small mapping over the ``ingest_drafts`` table."""

    def __init__(self, engine: Engine, clock: Clock, ttl_days: int) -> None:
        self.engine, self.clock, self.ttl = engine, clock, timedelta(days=ttl_days)
        self._last_number = 0

    def next_number(self) -> int:
        """A new draft's number (its buttons name it)."""
        self._last_number = max(self._last_number + 1, int(time.time()) - NUMBER_EPOCH)
        return self._last_number

    def get(self, chat_id: int, default: Draft | None = None) -> Draft | None:
        """The chat's draft, unless it expired."""
        with session_scope(self.engine) as session:
            row = session.get(IngestDraft, chat_id)
            if row is None or row.expires_at <= self.clock.now():
                return default
            return Draft.from_state(row.number, row.file_name, row.sha256, row.raw_text, row.state)

    def __getitem__(self, chat_id: int) -> Draft:
        draft = self.get(chat_id)
        if draft is None:
            raise KeyError(chat_id)
        return draft

    def __setitem__(self, chat_id: int, draft: Draft) -> None:
        """Keep ``draft`` as the chat's (a new one replaces the old; an edit keeps its age)."""
        now = self.clock.now()
        with session_scope(self.engine) as session:
            session.execute(delete(IngestDraft).where(IngestDraft.expires_at <= now))
            row = session.get(IngestDraft, chat_id)
            if row is not None and row.number != draft.number:
                session.delete(row)
                session.flush()
                row = None
            if row is None:
                row = IngestDraft(chat_id=chat_id, created_at=now, expires_at=now + self.ttl)
                session.add(row)
            row.number, row.file_name, row.sha256 = draft.number, draft.file_name, draft.sha256
            row.raw_text, row.state = draft.raw_text, draft.to_state()

    save = __setitem__

    def pop(self, chat_id: int, default: Draft | None = None) -> Draft | None:
        """Forget the chat's draft; it, or ``default`` when there was none."""
        draft = self.get(chat_id, default)
        with session_scope(self.engine) as session:
            session.execute(delete(IngestDraft).where(IngestDraft.chat_id == chat_id))
        return draft

    def clear(self) -> None:
        """Forget every draft."""
        with session_scope(self.engine) as session:
            session.execute(delete(IngestDraft))

    def __len__(self) -> int:
        with session_scope(self.engine) as session:
            alive = IngestDraft.expires_at > self.clock.now()
            return session.scalar(select(func.count()).select_from(IngestDraft).where(alive)) or 0

    def __bool__(self) -> bool:
        return len(self) > 0


class ChatPrompts(MutableMapping[int, Any]):
    """One chat's questions of one kind: question message id -> what the answer completes."""

    def __init__(self, book: PromptBook, chat_id: int) -> None:
        self.book, self.chat_id = book, chat_id

    def _where(self, message_id: int | None = None) -> list[Any]:
        conditions = [BotPrompt.chat_id == self.chat_id, BotPrompt.kind == self.book.kind]
        if message_id is not None:
            conditions.append(BotPrompt.message_id == message_id)
        return conditions

    def __getitem__(self, message_id: int) -> Any:
        with session_scope(self.book.engine) as session:
            row = session.scalars(select(BotPrompt).where(*self._where(message_id))).first()
            if row is None or row.expires_at <= self.book.clock.now():
                raise KeyError(message_id)
            return row.payload.get("value")

    def __setitem__(self, message_id: int, value: Any) -> None:
        now = self.book.clock.now()
        with session_scope(self.book.engine) as session:
            session.execute(delete(BotPrompt).where(BotPrompt.expires_at <= now))
            session.execute(delete(BotPrompt).where(*self._where(message_id)))
            session.add(
                BotPrompt(
                    chat_id=self.chat_id,
                    message_id=message_id,
                    kind=self.book.kind,
                    payload={"value": value},
                    created_at=now,
                    expires_at=now + self.book.ttl,
                )
            )

    def __delitem__(self, message_id: int) -> None:
        with session_scope(self.book.engine) as session:
            result = session.execute(delete(BotPrompt).where(*self._where(message_id)))
        if not result.rowcount:
            raise KeyError(message_id)

    def _ids(self) -> list[int]:
        with session_scope(self.book.engine) as session:
            alive = BotPrompt.expires_at > self.book.clock.now()
            query = select(BotPrompt.message_id).where(*self._where(), alive)
            return list(session.scalars(query.order_by(BotPrompt.created_at)))

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids())

    def __len__(self) -> int:
        return len(self._ids())

    def latest(self) -> tuple[int, Any] | None:
        """The newest question still open, and its value."""
        ids = self._ids()
        for message_id in reversed(ids):
            try:
                return message_id, self[message_id]
            except KeyError:
                continue
        return None


class PromptBook:
    """The open questions of one kind, by chat (``rt.extension_prompts`` and the like)."""

    def __init__(self, engine: Engine, clock: Clock, ttl_days: int, kind: str) -> None:
        self.engine, self.clock, self.kind = engine, clock, kind
        self.ttl = timedelta(days=ttl_days)

    def get(self, chat_id: int, default: object = None) -> ChatPrompts:
        """The chat's questions (an empty mapping when it has none)."""
        return ChatPrompts(self, chat_id)

    setdefault = get

    def __getitem__(self, chat_id: int) -> ChatPrompts:
        return ChatPrompts(self, chat_id)

    def now(self) -> datetime:
        return self.clock.now()
