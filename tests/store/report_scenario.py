"""A constructed week of tasks across every report category, shared by the report tests.

The period is the local week Monday 15 – Sunday 21 April 2024; the summary is made on
Monday 22 April at 07:30 local, so statuses are taken as of Monday 00:00 local.

=====  =========================  ============  ===================  =========================
task   lead units                 deadline      completed (local)    as of Mon 22/04 00:00
=====  =========================  ============  ===================  =========================
T1     Phòng Tài chính - KH       18/04         17/04 10:00          hoàn thành đúng hạn
T2     Phòng Tài chính - KH       16/04         19/04 06:00          hoàn thành quá hạn (3)
T3     Phòng Nội vụ               30/04         —                    đang thực hiện
T4     Phòng Nội vụ               24/04         —                    đang thực hiện, sắp hạn
T5     Phòng Tài chính - KH       10/04         —                    quá hạn (12 ngày)
T6     UBND các xã, thị trấn      19/04         —                    quá hạn (3 ngày)
T7     Phòng TC-KH + Phòng NV     —             —                    không thời hạn
T8     Phòng Nội vụ               21/04         Sun 21/04 23:30      hoàn thành đúng hạn
T9     Phòng Nội vụ               21/04         Mon 22/04 00:30      quá hạn (1 ngày)
T10    Phòng Tư pháp              05/04         05/04 09:00          not in the period
T11    Phòng Nội vụ               30/04         —                    created after the period
=====  =========================  ============  ===================  =========================
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine, select
from store_factories import draft, store

from db import read
from db.models import ChatRole, Task
from db.session import session_scope
from db.write import complete_task, link_chat
from jobs.calendar import from_local, parse_hhmm
from jobs.cli.main import main
from jobs.plan.policy import Planner
from jobs.store import unit_key

FINANCE = "Phòng Tài chính - Kế hoạch"
HOME = "Phòng Nội vụ"
COMMUNES = "UBND các xã, thị trấn"
JUSTICE = "Phòng Tư pháp"
CREATED = datetime(2024, 4, 1, 2, 0, tzinfo=UTC)
CREATED_LATE = datetime(2024, 4, 22, 0, 0, tzinfo=UTC)  # Monday 07:00 local
NOW = datetime(2024, 4, 22, 0, 30, tzinfo=UTC)  # Monday 07:30 local
CHATS = {FINANCE: 1001, COMMUNES: 1003, JUSTICE: 1004}


def local(day: int, hhmm: str, month: int = 4) -> datetime:
    """A local wall time in 2024 as a UTC instant."""
    return from_local(date(2024, month, day), parse_hhmm(hhmm))


TASKS = {
    "T1": ((FINANCE,), date(2024, 4, 18), local(17, "10:00")),
    "T2": ((FINANCE,), date(2024, 4, 16), local(19, "06:00")),
    "T3": ((HOME,), date(2024, 4, 30), None),
    "T4": ((HOME,), date(2024, 4, 24), None),
    "T5": ((FINANCE,), date(2024, 4, 10), None),
    "T6": ((COMMUNES,), date(2024, 4, 19), None),
    "T7": ((FINANCE, HOME), None, None),
    "T8": ((HOME,), date(2024, 4, 21), local(21, "23:30")),
    "T9": ((HOME,), date(2024, 4, 21), local(22, "00:30")),
    "T10": ((JUSTICE,), date(2024, 4, 5), local(5, "09:00")),
}
TEXTS = {"T2": "Rà soát <dự toán> & báo cáo"}


def build(engine: Engine, planner: Planner) -> dict[str, int]:
    """Store the scenario, complete what it says, link the chats; the task ids by name."""
    drafts = [
        draft(
            name,
            due,
            units=units,
            support=(JUSTICE,) if name == "T1" else (),
            text=TEXTS.get(name, "Báo cáo kết quả thực hiện"),
        )
        for name, (units, due, _) in TASKS.items()
    ]
    store(engine, planner, CREATED, *drafts)
    store(
        engine,
        planner,
        CREATED_LATE,
        draft("T11", date(2024, 4, 30), units=(HOME,)),
        file_bytes=b"directive-2",
    )
    with session_scope(engine) as session:
        ids = {ref: task_id for task_id, ref in session.execute(select(Task.id, Task.ref))}
        for name, (_, _, done) in TASKS.items():
            if done is not None:
                complete_task(session, ids[name], by="test", at=done, note=f"Đã xong {name}")
        for name, chat_id in CHATS.items():
            unit = read.units_by_keys(session, [unit_key(name)])[unit_key(name)]
            link_chat(session, unit, chat_id, ChatRole.MEMBER, by=1, at=CREATED, actor="test")
    return ids


@pytest.fixture
def scenario(engine: Engine, planner: Planner) -> dict[str, int]:
    """The scenario stored in the test's database."""
    return build(engine, planner)


def header_row(sheet: Worksheet) -> int:
    """The row of a report sheet's table header (its first cell is "STT")."""
    return next(row[0].row for row in sheet.iter_rows() if row[0].value == "STT")


def task_rows(sheet: Worksheet) -> dict[str, tuple[object, ...]]:
    """The appendix's task rows by their text (the directives' rows, with no STT, left out)."""
    rows = sheet.iter_rows(min_row=header_row(sheet) + 1, values_only=True)
    return {str(row[1]): row for row in rows if isinstance(row[0], int)}


@pytest.fixture
def config(engine: Engine, tmp_path: Path) -> Path:
    """A settings file pointing at the test database."""
    url = engine.url.render_as_string(hide_password=False)
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "{url}"\n', "utf-8")
    return path


def run(config: Path, *argv: str) -> int:
    """``nhacviec --config CONFIG report ARGV...``."""
    return main(["--config", str(config), "report", *argv])
