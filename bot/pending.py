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

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.drafts import Draft
from db import read, write
from db.session import session_scope
from jobs.calendar import Clock

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
            draft = self.read(session, chat_id)
        return default if draft is None else draft

    def read(self, session: Session, chat_id: int) -> Draft | None:
        """The chat's draft, unless it expired, read in the caller's unit of work."""
        row = read.live_draft(session, chat_id, self.clock.now())
        if row is None:
            return None
        return Draft.from_state(row.number, row.file_name, row.sha256, row.raw_text, row.state)

    def __getitem__(self, chat_id: int) -> Draft:
        draft = self.get(chat_id)
        if draft is None:
            raise KeyError(chat_id)
        return draft

    def __setitem__(self, chat_id: int, draft: Draft) -> None:
        """Keep ``draft`` as the chat's (a new one replaces the old; an edit keeps its age)."""
        with session_scope(self.engine) as session:
            write.save_draft(
                session,
                chat_id,
                number=draft.number,
                file_name=draft.file_name,
                sha256=draft.sha256,
                raw_text=draft.raw_text,
                state=draft.to_state(),
                now=self.clock.now(),
                ttl=self.ttl,
            )

    save = __setitem__

    def pop(self, chat_id: int, default: Draft | None = None) -> Draft | None:
        """Forget the chat's draft; it, or ``default`` when there was none."""
        draft = self.get(chat_id, default)
        with session_scope(self.engine) as session:
            write.drop_drafts(session, chat_id)
        return draft

    def clear(self) -> None:
        """Forget every draft."""
        with session_scope(self.engine) as session:
            write.drop_drafts(session)

    def __len__(self) -> int:
        with session_scope(self.engine) as session:
            return read.count_live_drafts(session, self.clock.now())

    def __bool__(self) -> bool:
        return len(self) > 0


class ChatPrompts(MutableMapping[int, Any]):
    """One chat's questions of one kind: question message id -> what the answer completes."""

    def __init__(self, book: PromptBook, chat_id: int) -> None:
        self.book, self.chat_id = book, chat_id

    def __getitem__(self, message_id: int) -> Any:
        with session_scope(self.book.engine) as session:
            found, value = self.book.read(session, self.chat_id, message_id)
        if not found:
            raise KeyError(message_id)
        return value

    def __setitem__(self, message_id: int, value: Any) -> None:
        with session_scope(self.book.engine) as session:
            write.save_prompt(
                session,
                self.chat_id,
                message_id,
                self.book.kind,
                value,
                now=self.book.clock.now(),
                ttl=self.book.ttl,
            )

    def __delitem__(self, message_id: int) -> None:
        with session_scope(self.book.engine) as session:
            found = write.drop_prompt(session, self.chat_id, message_id, self.book.kind)
        if not found:
            raise KeyError(message_id)

    def _ids(self) -> list[int]:
        with session_scope(self.book.engine) as session:
            now = self.book.clock.now()
            return read.live_prompt_ids(session, self.chat_id, self.book.kind, now)

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

    def read(self, session: Session, chat_id: int, message_id: int) -> tuple[bool, Any]:
        """Whether the question ``message_id`` of the chat is open, and its value, read in the
        caller's unit of work."""
        row = read.live_prompt(session, chat_id, self.kind, message_id, self.clock.now())
        return (False, None) if row is None else (True, row.payload.get("value"))

    def __getitem__(self, chat_id: int) -> ChatPrompts:
        return ChatPrompts(self, chat_id)

    def now(self) -> datetime:
        return self.clock.now()
