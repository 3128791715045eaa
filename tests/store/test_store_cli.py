"""The storage commands, run through ``nhacviec``'s own entry point on both backends."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from store_factories import count, draft, extraction

from db.models import AuditEntry, Directive, Reminder, Task, TaskUnit, Unit, UnitAlias
from db.session import session_scope
from jobs.calendar import SystemClock, end_of_local_day, local_date
from jobs.cli.main import main
from jobs.cli.store import ingest_and_schedule
from jobs.config import load_settings
from jobs.plan.policy import Planner
from jobs.store import extend_horizon

UNITS_TOML = """
[[unit]]
name = "UBND xã Cẩm Quang"
kind = "body"
aliases = ["UBND Cẩm Quang"]

[[unit]]
name = "UBND các xã, thị trấn"
kind = "body"
members = ["UBND xã Cẩm Quang", "UBND thị trấn Thiên Cầm"]
"""
UNITS_CSV = """name,kind,aliases,members
Phòng Nội vụ,office,Phòng NV,
Các phòng chuyên môn,office,,Phòng Nội vụ|Phòng Tư pháp
"""


@pytest.fixture
def config(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings file pointing at the test database; wide tables so that rows do not wrap."""
    monkeypatch.setenv("COLUMNS", "250")
    url = engine.url.render_as_string(hide_password=False)
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "{url}"\n[telegram]\noffice_chat_id = -100\n', "utf-8")
    return path


def run(config: Path, *argv: str) -> int:
    """``nhacviec --config CONFIG ARGV...``."""
    return main(["--config", str(config), *argv])


def test_units_import_toml_and_csv_idempotent(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    toml_file, csv_file = tmp_path / "units.toml", tmp_path / "units.csv"
    toml_file.write_text(UNITS_TOML, "utf-8")
    csv_file.write_text(UNITS_CSV, "utf-8")
    assert run(config, "units", "import", str(toml_file)) == 0
    out = capsys.readouterr().out
    assert "thêm mới 2, cập nhật 0, không đổi 0" in out
    assert "UBND thị trấn Thiên Cầm" in out  # the unknown member is reported
    assert run(config, "units", "import", str(toml_file)) == 0
    assert "thêm mới 0, cập nhật 0, không đổi 2" in capsys.readouterr().out
    assert run(config, "units", "import", str(csv_file)) == 0
    assert "Phòng Tư pháp" in capsys.readouterr().out
    assert count(engine, Unit) == 4
    assert run(config, "units", "list") == 0
    listing = capsys.readouterr().out
    assert "UBND Cẩm Quang" in listing and "Đơn vị (4)" in listing
    assert "tập thể lãnh đạo" in listing and "cơ quan chuyên môn" in listing
    assert "body" not in listing and "office" not in listing


def test_bad_input_is_a_vietnamese_error_and_exit_2(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(config, "tasks", "--status", "xong") == 2
    assert "Trạng thái «xong» không hợp lệ" in capsys.readouterr().err
    assert run(config, "task", "999") == 2
    assert "Không có nhiệm vụ #999" in capsys.readouterr().err
    assert run(config, "tasks", "--unit", "Phòng Không Có") == 2
    assert "Không có đơn vị «Phòng Không Có»" in capsys.readouterr().err
    assert run(config, "units", "import", str(tmp_path / "missing.toml")) == 2
    assert "Không đọc được danh mục đơn vị" in capsys.readouterr().err


def test_ingest_yes_stores_once_and_commands_show_it(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tb12.txt"
    source.write_text("THÔNG BÁO\nGiao UBND huyện báo cáo trước ngày 25/4/2024.\n", "utf-8")
    settings = load_settings(config)
    stored = extraction(
        draft("1", date(2030, 4, 25), "trước ngày 25/4/2030", units=("UBND huyện",)),
        draft("2", date(2020, 4, 25), "đến ngày 25/4/2020", units=("Phòng Nội vụ",)),
        draft("3", every="weekly:fri", due_text="thứ 6 hằng tuần", units=("Phòng Nội vụ",)),
    )
    assert ingest_and_schedule(settings, source, stored) == 0
    assert "Đã lưu văn bản #1: 3 nhiệm vụ" in capsys.readouterr().out
    rows = (count(engine, Directive), count(engine, Task), count(engine, Reminder))
    assert ingest_and_schedule(settings, source, stored) == 3  # a refusal: nothing stored
    assert "đã được lưu trước đây" in capsys.readouterr().out
    assert (count(engine, Directive), count(engine, Task), count(engine, Reminder)) == rows

    assert run(config, "tasks", "--unit", "UBND huyện") == 0
    assert "Nhiệm vụ (1)" in capsys.readouterr().out
    assert run(config, "tasks", "--status", "qua-han") == 0
    assert "quá hạn chưa hoàn thành" in capsys.readouterr().out
    assert run(config, "overdue") == 0
    out = capsys.readouterr().out
    assert "Quá hạn chưa hoàn thành: 1 nhiệm vụ" in out and "Phòng Nội vụ" in out
    today = local_date(SystemClock().now())
    late = (today - date(2020, 4, 25)).days  # the deadline closes at the end of 25/4
    lines = out.splitlines()
    header, row = (next(line for line in lines if mark in line) for mark in ("#", "25/04/2020"))
    assert header.rstrip(" ┃│").endswith("Số ngày trễ") and row.rstrip(" │").endswith(f" {late}")
    assert run(config, "task", "1") == 0
    out = capsys.readouterr().out
    assert "Lịch nhắc sắp tới" in out and "24/04/2030" in out  # "trước ngày 25" closes the 24th
    assert run(config, "task", "3") == 0
    assert "Các lần thực hiện" in capsys.readouterr().out
    assert run(config, "jobs") == 0
    out = capsys.readouterr().out
    assert "Lượt nhắc đang chờ" in out and "chờ bot đồng bộ" in out


def test_ingest_of_a_bad_extraction_writes_nothing(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tb13.txt"
    source.write_text("THÔNG BÁO\nnội dung\n", "utf-8")
    bad = extraction(draft("1", date(2030, 1, 1)), draft("2", every="hai tuần một lần"))
    with pytest.raises(Exception, match="chu kỳ"):
        ingest_and_schedule(load_settings(config), source, bad)
    assert count(engine, Directive) == count(engine, Task) == count(engine, Unit) == 0


UNDATED = (
    "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n"
    "1. Phòng Nội vụ: Rà soát hồ sơ cán bộ, hoàn thành trước ngày 30/10.\n"
    "2. Phòng Tư pháp: Tổng hợp kết quả, báo cáo trước ngày 15/11/2025.\n"
)
NO_TASK = "THÔNG BÁO\nLịch tiếp công dân\nLịch được niêm yết tại trụ sở UBND xã.\n"
TEAM = "Tổ giúp việc Đề án 06"
WITH_TEAM = f"THÔNG BÁO\n1. Giao {TEAM} chủ trì rà soát dữ liệu dân cư trước ngày 10/10/2025.\n"


def test_ingest_yes_refuses_what_is_not_fit_to_store_with_exit_3(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "lich.txt"
    empty.write_text(NO_TASK, "utf-8")
    assert run(config, "ingest", "--yes", str(empty)) == 3
    err = capsys.readouterr().err
    assert "Cảnh báo: Không tìm thấy nhiệm vụ nào" in err
    assert "Không lưu: văn bản không có nhiệm vụ nào." in err
    undated = tmp_path / "kl.txt"
    undated.write_text(UNDATED, "utf-8")
    assert run(config, "ingest", "--yes", "--json", str(undated)) == 3
    captured = capsys.readouterr()
    assert json.loads(captured.out)["tasks"]
    assert "1 nhiệm vụ (mục 1) đang chờ ngày ban hành" in captured.err
    assert "--date 17/10/2025" in captured.err
    assert count(engine, Directive) == count(engine, Task) == count(engine, Unit) == 0
    assert run(config, "ingest", "--yes", "--date", "17/10", str(undated)) == 2
    assert count(engine, Directive) == 0


def test_ingest_yes_with_the_date_the_office_sets(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    undated = tmp_path / "kl.txt"
    undated.write_text(UNDATED, "utf-8")
    assert run(config, "ingest", "--yes", "--date", "17/10/2025", str(undated)) == 0
    assert "Đã lưu văn bản #1: 2 nhiệm vụ" in capsys.readouterr().out
    with session_scope(engine) as session:
        directive = session.scalars(select(Directive)).one()
        assert directive.issued_on == date(2025, 10, 17)
        deadlines = session.scalars(select(Task.deadline).order_by(Task.id)).all()
    assert deadlines == [end_of_local_day(date(2025, 10, 29)), end_of_local_day(date(2025, 11, 14))]

    dated_in_full = tmp_path / "kl2.txt"  # no directive date, and no deadline needs it
    dated_in_full.write_text(UNDATED.replace("30/10.", "30/10/2025."), "utf-8")
    assert run(config, "ingest", "--yes", str(dated_in_full)) == 0
    with session_scope(engine) as session:
        assert session.scalars(select(Directive.issued_on).order_by(Directive.id)).all() == [
            date(2025, 10, 17),
            None,
        ]


def test_units_alias_teaches_the_next_ingest(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tb.txt"
    source.write_text(WITH_TEAM, "utf-8")
    assert run(config, "ingest", "--dry-run", "--json", str(source)) == 0
    [task] = json.loads(capsys.readouterr().out)["tasks"]
    assert task["unknown_units"] == [TEAM]

    assert run(config, "units", "alias", TEAM, "phong noi vu") == 0
    assert f"Đã lưu «{TEAM}» là tên gọi khác của «Phòng Nội vụ»" in capsys.readouterr().out
    assert run(config, "units", "alias", TEAM, "Phòng Nội vụ") == 0
    assert "không đổi gì" in capsys.readouterr().out
    with session_scope(engine) as session:
        [alias] = session.scalars(select(UnitAlias)).all()
        assert (alias.alias, alias.unit.name) == (TEAM, "Phòng Nội vụ")
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "unit.alias"))
        assert entry.actor.startswith("cli:") and entry.details["alias"] == TEAM

    assert run(config, "ingest", "--dry-run", "--json", str(source)) == 0
    [task] = json.loads(capsys.readouterr().out)["tasks"]
    assert (task["units"], task["unknown_units"]) == (["Phòng Nội vụ"], [])
    assert run(config, "ingest", "--yes", str(source)) == 0
    assert "Đơn vị mới" not in capsys.readouterr().out
    with session_scope(engine) as session:
        [link] = session.scalars(select(TaskUnit)).all()
        assert link.unit.name == "Phòng Nội vụ"

    assert run(config, "units", "alias", "Ban Không Có", "Phòng Không Có") == 2
    assert "Không có đơn vị «Phòng Không Có»" in capsys.readouterr().err
    assert run(config, "units", "alias", "Phòng Tư pháp", "Phòng Nội vụ") == 2
    assert "đã là tên của đơn vị «Phòng Tư pháp»" in capsys.readouterr().err
    assert count(engine, UnitAlias) == 1


def late_directive(folder: Path, name: str, issued: date, *dues: date) -> Path:
    """A notice issued on ``issued`` giving one task per deadline."""
    lines = [
        "UBND HUYỆN CẨM XUYÊN",
        f"Số: {len(name)}/TB-UBND",
        f"Cẩm Xuyên, ngày {issued.day} tháng {issued.month} năm {issued.year}",
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND huyện",
        *(
            f"{n}. Giao Phòng Nội vụ báo cáo việc {n} trước ngày {due:%d/%m/%Y}."
            for n, due in enumerate(dues, start=1)
        ),
    ]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def reminder_kinds(engine: Engine) -> list[str]:
    """The kinds of the stored reminders, in id order."""
    with session_scope(engine) as session:
        return [r.kind.value for r in session.scalars(select(Reminder).order_by(Reminder.id))]


def test_an_old_directive_is_history_unless_told(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    old = late_directive(tmp_path, "2024.txt", date(2024, 1, 10), date(2024, 1, 25))
    assert run(config, "ingest", "--dry-run", str(old)) == 0
    err = capsys.readouterr().err
    assert "1 nhiệm vụ đã quá hạn khi nhập" in err and "ngày trước" in err
    assert "hơn 90 ngày" in err and "lưu làm lịch sử, không nhắc" in err
    assert run(config, "ingest", "--yes", str(old)) == 0
    assert "lưu làm lịch sử" in capsys.readouterr().err
    with session_scope(engine) as session:
        assert session.scalars(select(Task.history_at)).one() is not None
        settings = load_settings(config)
        planner, now = Planner.from_settings(settings), SystemClock().now()
        assert extend_horizon(session, planner, now) == 0  # the daily top-up leaves it alone
    assert reminder_kinds(engine) == []


def test_past_nag_nags_at_once_and_escalates_what_is_past_the_threshold(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    old = late_directive(tmp_path, "2024.txt", date(2024, 1, 10), date(2024, 1, 25))
    assert run(config, "ingest", "--yes", "--past", "nag", str(old)) == 0
    assert "nhắc như nhiệm vụ quá hạn" in capsys.readouterr().err
    now = SystemClock().now()
    with session_scope(engine) as session:
        due_now = session.scalars(
            select(Reminder.kind).where(Reminder.fire_at <= now).order_by(Reminder.id)
        ).all()
    assert [kind.value for kind in due_now] == ["overdue", "escalate"]


def test_a_recent_directive_with_a_past_deadline_nags_by_default(
    config: Path, tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()
    issued, past, future = (today + timedelta(days=n) for n in (-20, -10, 30))
    recent = late_directive(tmp_path, "moi.txt", issued, past, future)
    assert run(config, "ingest", "--yes", str(recent)) == 0
    err = capsys.readouterr().err
    assert "1 nhiệm vụ đã quá hạn khi nhập" in err and "Mặc định" in err and "--past" in err
    with session_scope(engine) as session:
        assert session.scalars(select(Task.id).where(Task.history_at.is_not(None))).all() == []
    assert "overdue" in reminder_kinds(engine)


def test_past_takes_nag_or_history_only(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = late_directive(tmp_path, "2024.txt", date(2024, 1, 10), date(2024, 1, 25))
    with pytest.raises(SystemExit) as exited:
        run(config, "ingest", "--yes", "--past", "later", str(old))
    assert exited.value.code == 2
