"""``nhacviec report``: files written whole, bad input refused with exit code 2."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_scenario import config, run, scenario, task_rows

from jobs.cli.main import build_parser
from jobs.cli.report import write_atomically
from jobs.summary.report import ReportError

__all__ = ["config", "scenario"]


def test_report_command_is_wired() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert "report" in commands.choices, "define `report` in jobs/cli/main.py"


def test_report_writes_the_workbook_and_the_chart(
    config: Path, tmp_path: Path, scenario: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx, png = tmp_path / "bao-cao.xlsx", tmp_path / "bieu-do.png"
    argv = ("--from", "15/04/2024", "--to", "2024-04-21", "--xlsx", str(xlsx), "--png", str(png))
    assert run(config, *argv) == 0
    assert len(task_rows(load_workbook(io.BytesIO(xlsx.read_bytes()))["Nhiệm vụ"])) == 9
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    out = capsys.readouterr().out
    assert (
        "Báo cáo kỳ 15/04/2024 – 21/04/2024: 9 nhiệm vụ, đã hoàn thành 3 (33%),"
        " quá hạn chưa hoàn thành 3." in out
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bao-cao.xlsx",
        "bieu-do.png",
        "config.toml",
    ]


def test_report_defaults_to_the_last_full_week(config: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "tuan.xlsx"
    assert run(config, "--xlsx", str(xlsx)) == 0
    assert load_workbook(xlsx).sheetnames == ["Tổng hợp", "Nhiệm vụ"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--from", "32/13/2024"), "Ngày «32/13/2024» không hợp lệ"),
        (("--to", "hôm qua"), "Ngày «hôm qua» không hợp lệ"),
        (("--from", "21/04/2024", "--to", "15/04/2024"), "trước ngày bắt đầu"),
    ],
)
def test_report_refuses_bad_dates(
    config: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    message: str,
) -> None:
    xlsx = tmp_path / "bao-cao.xlsx"
    xlsx.write_bytes(b"old")
    assert run(config, *argv, "--xlsx", str(xlsx)) == 2
    assert message in capsys.readouterr().err
    assert xlsx.read_bytes() == b"old"


def test_report_refuses_a_missing_folder(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(config, "--xlsx", str(tmp_path / "khong-co" / "a.xlsx")) == 2
    assert "không tồn tại" in capsys.readouterr().err


def test_report_needs_an_xlsx_target(config: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(config, "--from", "15/04/2024")
    assert exit_info.value.code == 2


def test_nothing_is_half_written(tmp_path: Path) -> None:
    first = tmp_path / "a.xlsx"
    first.write_bytes(b"old")
    with pytest.raises(ReportError, match="Không ghi được tệp"):
        write_atomically({first: b"new", tmp_path / "gone" / "b.png": b"png"})
    assert first.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]
