"""The storage commands, run through ``nhacviec``'s own entry point on both backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from store_factories import count, draft, extraction

from db.models import Directive, Reminder, Task, Unit
from jobs.cli import main
from jobs.cli_store import ingest_and_schedule
from jobs.config import load_settings

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
    assert ingest_and_schedule(settings, source, stored) == 0
    assert "đã được lưu trước đây" in capsys.readouterr().out
    assert (count(engine, Directive), count(engine, Task), count(engine, Reminder)) == rows

    assert run(config, "tasks", "--unit", "UBND huyện") == 0
    assert "Nhiệm vụ (1)" in capsys.readouterr().out
    assert run(config, "tasks", "--status", "qua-han") == 0
    assert "quá hạn chưa hoàn thành" in capsys.readouterr().out
    assert run(config, "overdue") == 0
    out = capsys.readouterr().out
    assert "Quá hạn chưa hoàn thành: 1 nhiệm vụ" in out and "Phòng Nội vụ" in out
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
