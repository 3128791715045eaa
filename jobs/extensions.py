"""Extension requests, decided once by the office (a unit asks through ``db.write.record_request``).

``decide_request`` is the one write that decides. It starts with a conditional UPDATE of the
request row (still undecided), which takes that row's lock on PostgreSQL and the write lock on
SQLite before anything is read: of two presses at the same moment (a double tap, or ✅ Duyệt
and ❌ Từ chối together) the second waits, then finds the request decided. It then checks,
again with a conditional UPDATE that locks the task, that the task still has the deadline
the unit asked against: an old request pressed after a later change raises too.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from db.models import ExtensionRequest, Task
from db.write import audit
from jobs.messages.notices import format_date
from jobs.model import StoreError
from jobs.plan.policy import Planner
from jobs.store import change_deadline

HANDLED = "Yêu cầu này đã được xử lý"


class RequestHandled(StoreError):
    """The request was decided already, or the task changed since it was made."""


def decide_request(
    session: Session,
    request_id: int,
    *,
    approve: bool,
    by: str,
    at: datetime,
    planner: Planner,
) -> ExtensionRequest:
    """Approve (move the deadline) or refuse a request, once and against the state asked on.

    Raises RequestHandled when it was decided already, when the task's deadline changed since
    (a later /extend or another approved request), or when the task was closed; StoreError
    when there is no such request. Either way nothing changes.
    """
    claimed = session.execute(
        update(ExtensionRequest)
        .where(ExtensionRequest.id == request_id, ExtensionRequest.decided_at.is_(None))
        .values(decided_at=at, decided_by=by, approved=approve)
        .execution_options(synchronize_session=False)
    ).rowcount
    request = session.get(ExtensionRequest, request_id)
    if request is None:
        raise StoreError(f"Không có yêu cầu gia hạn #{request_id}.")
    if not claimed:
        session.refresh(request)
        outcome = "đã duyệt" if request.approved else "đã từ chối"
        raise RequestHandled(f"{HANDLED} ({outcome}); không thay đổi gì.")
    unchanged = session.execute(
        update(Task)
        .where(
            Task.id == request.task_id,
            Task.done_at.is_(None),
            Task.deadline.is_not_distinct_from(request.deadline_seen),
        )
        .values(reopen_count=Task.reopen_count)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not unchanged:
        raise RequestHandled(
            f"{HANDLED}: nhiệm vụ #{request.task_id} đã được đổi hạn hoặc đã hoàn thành sau khi "
            "đơn vị xin gia hạn; không thay đổi gì."
        )
    if approve:
        change_deadline(
            session,
            request.task_id,
            request.day,
            f"gia hạn đến ngày {format_date(request.day)}",
            by=by,
            planner=planner,
            now=at,
        )
    audit(
        session,
        at,
        by,
        "extension.approve" if approve else "extension.refuse",
        "task",
        request.task_id,
        request=request.id,
        day=str(request.day),
    )
    return request
