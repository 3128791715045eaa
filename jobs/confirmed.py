"""Storing a confirmed directive: the one path of ``nhacviec ingest --yes`` and the bot's
✅ Xác nhận. The callers read the file and say the outcome; this writes it, in their session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from db import read
from db.models import UnitRole
from jobs.ingest.textfix import repair_text
from jobs.ingest.units import UnitResolver
from jobs.model import Extraction, StoreError
from jobs.plan.late import Past
from jobs.plan.policy import Planner
from jobs.store import StoredDirective, store_extraction
from jobs.unit_names import remember_alias


@dataclass
class ConfirmedDirective:
    """What storing a confirmed directive wrote, for the caller to say."""

    stored: StoredDirective
    tasks: int
    reminders: int
    taught: list[tuple[str, str]] = field(default_factory=list)
    untaught: list[str] = field(default_factory=list)
    unlinked: list[str] = field(default_factory=list)

    @property
    def saved_line(self) -> str:
        """The directive stored, its tasks and reminders, in Vietnamese."""
        return (
            f"Đã lưu văn bản #{self.stored.directive.id}: {self.tasks} nhiệm vụ, "
            f"{self.reminders} lượt nhắc đã lên lịch."
        )


def store_confirmed(
    session: Session,
    extraction: Extraction,
    source_name: str,
    *,
    sha256: str,
    raw_text: str,
    planner: Planner,
    now: datetime,
    actor: str,
    past: Past,
    aliases: Mapping[str, str] | None = None,
    resolver: UnitResolver | None = None,
) -> ConfirmedDirective:
    """Store a confirmed extraction and plan its reminders; when it is new, remember the
    ``aliases`` (a name in the text → the unit the office mapped it to) through ``resolver``,
    each refused one as a reason in ``untaught``."""
    stored = store_extraction(
        session,
        extraction,
        source_name,
        b"",
        sha256=sha256,
        text=repair_text(raw_text),
        planner=planner,
        now=now,
        actor=actor,
        past=past,
    )
    session.flush()
    taught, untaught = [], []
    if stored.created and resolver is not None:
        for alias, unit in (aliases or {}).items():
            try:  # refused before anything is written
                remember_alias(session, resolver, alias, unit, now=now, actor=actor)
            except StoreError as exc:
                untaught.append(exc.message)
            else:
                taught.append((alias, unit))
    tasks, reminders = read.directive_counts(session, stored.directive.id)
    unlinked = sorted(
        {
            unit.name
            for task in stored.directive.tasks
            for unit in task.units_in(UnitRole.LEAD)
            if not unit.chats and not unit.members
        }
    )
    return ConfirmedDirective(stored, tasks, reminders, taught, untaught, unlinked)
