"""Evidence (minh chứng) of a task done: the files units send, and the office's rules.

A file is kept as Telegram knows it (file_id, unique id, name, size) plus its SHA-256 when
the bot could download it; the office opens it again by its file_id. The office may require
evidence for every task of a directive or for one task: a unit's "xong" without a file is
then answered with a question, and the file sent in reply closes the task.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from telegram import Update

from bot.notify import reply
from bot.pending import EVIDENCE, PromptBook
from bot.runtime import Runtime
from db.models import EvidenceRule, Task, TaskEvidence


@dataclass(frozen=True)
class EvidenceFile:
    """A file a unit sent with (or for) its "xong"."""

    kind: str  # "document" or "photo"
    file_id: str
    file_unique_id: str
    name: str
    size: int | None
    chat_id: int
    message_id: int
    sha256: str | None = None

    def with_bytes(self, data: bytes) -> EvidenceFile:
        """The same file, its hash taken from the downloaded bytes."""
        return EvidenceFile(
            self.kind,
            self.file_id,
            self.file_unique_id,
            self.name,
            self.size if self.size is not None else len(data),
            self.chat_id,
            self.message_id,
            hashlib.sha256(data).hexdigest(),
        )


def evidence_prompts(rt: Runtime) -> PromptBook:
    """The questions "send the file of evidence for task #N", by chat."""
    return PromptBook(rt.engine, rt.clock, rt.bot_settings.draft_ttl_days, EVIDENCE)


async def ask_for_evidence(
    rt: Runtime, update: Update, chat_id: int, task_id: int, note: str | None
) -> None:
    """The office requires a file for this task: ask the unit for it."""
    question = await reply(
        rt,
        update,
        f"📎 Nhiệm vụ <b>#{task_id}</b> cần có <b>minh chứng</b> khi báo hoàn thành. Hãy "
        "<b>trả lời tin này</b> bằng tệp hoặc ảnh (báo cáo, biên bản, văn bản đã ban hành…); "
        "bot ghi nhận hoàn thành khi nhận được tệp.",
        force_reply=True,
    )
    prompts = evidence_prompts(rt)[chat_id]
    await asyncio.to_thread(prompts.__setitem__, question, {"task": task_id, "note": note})


def requires_evidence(session: Session, task_id: int) -> bool:
    """Whether the office asked for evidence for this task, its series or its directive."""
    task = session.get(Task, task_id)
    if task is None:
        return False
    tasks = [task.id] + ([task.parent_id] if task.parent_id else [])
    rule = select(EvidenceRule.id).where(
        (EvidenceRule.task_id.in_(tasks)) | (EvidenceRule.directive_id == task.directive_id)
    )
    return session.scalar(rule.limit(1)) is not None


def set_rule(
    session: Session,
    *,
    task_id: int | None = None,
    directive_id: int | None = None,
    required: bool,
    at: datetime,
    by: str,
) -> bool:
    """Require evidence (or stop requiring it) for a task or a directive; True if it changed."""
    column = EvidenceRule.task_id if task_id is not None else EvidenceRule.directive_id
    value = task_id if task_id is not None else directive_id
    existing = session.scalar(select(EvidenceRule).where(column == value))
    if required == (existing is not None):
        return False
    if required:
        session.add(EvidenceRule(task_id=task_id, directive_id=directive_id, set_at=at, set_by=by))
    else:
        session.execute(delete(EvidenceRule).where(column == value))
    return True


def keep(
    session: Session,
    task_id: int,
    file: EvidenceFile,
    *,
    unit_id: int | None,
    at: datetime,
    by: str,
) -> TaskEvidence:
    """Store a file as evidence of a task."""
    row = TaskEvidence(
        task_id=task_id,
        unit_id=unit_id,
        chat_id=file.chat_id,
        message_id=file.message_id,
        kind=file.kind,
        file_id=file.file_id,
        file_unique_id=file.file_unique_id,
        file_name=file.name,
        file_size=file.size,
        sha256=file.sha256,
        added_at=at,
        added_by=by,
    )
    session.add(row)
    return row


def evidence_of(session: Session, task_id: int) -> list[TaskEvidence]:
    """A task's evidence, oldest first."""
    query = select(TaskEvidence).where(TaskEvidence.task_id == task_id)
    return list(session.scalars(query.order_by(TaskEvidence.id)))


def size_text(size: int | None) -> str:
    """``120 KB``, ``1,5 MB``."""
    if size is None:
        return "không rõ cỡ"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
