"""``make demo`` runs the whole flow: the transcript and the saved files prove each step."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from rich.console import Console

from tests.support.demo import run_demo


async def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    output = io.StringIO()
    await run_demo(tmp_path, Console(file=output, width=120))
    transcript = output.getvalue()
    assert "Đã lưu văn bản #1" in transcript
    assert "Đã liên kết nhóm này với Phòng Nội vụ" in transcript
    assert "NHẮC VIỆC" in transcript
    assert "Đã ghi nhận hoàn thành nhiệm vụ" in transcript
    # A collective's task: one commune closes its part with its report attached.
    assert "1/2 xã đã hoàn thành; còn: UBND xã Cẩm Lạc" in transcript
    assert "Tiến độ: 1/2 xã đã hoàn thành" in transcript
    assert "Minh chứng" in transcript and "bao-cao-so-lieu-can-bo-Cam-Quang.pdf" in transcript
    assert "Quá hạn chưa hoàn thành" in transcript
    assert (tmp_path / "tong-hop-tuan.png").read_bytes().startswith(b"\x89PNG")
    [report] = tmp_path.glob("*.xlsx")
    assert load_workbook(report).sheetnames == ["Tổng hợp", "Nhiệm vụ"]
